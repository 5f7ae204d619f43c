<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>[… continued in the sheet “{sheet}”]</source>
        <translation>[… continúa en la hoja «{sheet}»]</translation>
    </message>
</context>
</TS>
