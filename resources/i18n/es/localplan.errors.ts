<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name>Problems</name>
    <message>
        <source>“{section}”</source>
        <translation>«{section}»</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>fila {row}</translation>
    </message>
    <message>
        <source>field “{field}”</source>
        <translation>campo «{field}»</translation>
    </message>
</context>
</TS>
