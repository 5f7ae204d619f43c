<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>[to verify — source: {source}]</source>
        <translation>[por verificar — fuente: {source}]</translation>
    </message>
    <message>
        <source>[to verify]</source>
        <translation>[por verificar]</translation>
    </message>
</context>
</TS>
