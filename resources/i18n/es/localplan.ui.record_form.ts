<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Correct it, or press Escape to cancel.</source>
        <translation>Corríjalo, o presione Escape para cancelar.</translation>
    </message>
</context>
</TS>
