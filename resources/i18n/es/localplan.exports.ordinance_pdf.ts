<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Ordinance</source>
        <translation>Ordenanza</translation>
    </message>
    <message>
        <source>Writing the ordinance (PDF)</source>
        <translation>Escribiendo la ordenanza (PDF)</translation>
    </message>
    <message>
        <source>Human-mobility ordinance</source>
        <translation>Ordenanza de movilidad humana</translation>
    </message>
</context>
</TS>
