<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>write the example plan</source>
        <translation>escribe el plan de ejemplo</translation>
    </message>
    <message>
        <source>Write the example plan: a fictitious canton, complete in every step.</source>
        <translation>Escribe el plan de ejemplo: un cantón ficticio, completo en todos los pasos.</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>reemplaza el archivo si existe</translation>
    </message>
    <message>
        <source>Wrote the example plan to {path}.</source>
        <translation>Se escribió el plan de ejemplo en {path}.</translation>
    </message>
</context>
</TS>
