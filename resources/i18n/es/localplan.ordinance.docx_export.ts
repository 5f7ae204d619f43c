<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <source>Writing the ordinance (Word)</source>
        <translation>Escribiendo la ordenanza (Word)</translation>
    </message>
    <message>
        <source>Human-mobility ordinance</source>
        <translation>Ordenanza de movilidad humana</translation>
    </message>
</context>
</TS>
