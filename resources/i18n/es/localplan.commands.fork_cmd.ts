<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>give a copy of a plan to a colleague</source>
        <translation>entregar una copia del plan a un colega</translation>
    </message>
    <message>
        <source>Write a copy of the plan that can later be combined with it (localplan merge).</source>
        <translation>Escribe una copia del plan que luego se puede combinar con él (localplan merge).</translation>
    </message>
    <message>
        <source>who the copy is for (shown when combining)</source>
        <translation>para quién es la copia (se muestra al combinar)</translation>
    </message>
    <message>
        <source>Copy written: {path}. Combine it back with “localplan merge {plan} {path}”.</source>
        <translation>Copia escrita: {path}. Combínela de vuelta con «localplan merge {plan} {path}».</translation>
    </message>
</context>
</TS>
