<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Give the version a name, e.g. “bill for the first debate”.</source>
        <translation>Dé un nombre a la versión, p. ej. «proyecto para primer debate».</translation>
    </message>
    <message>
        <source>Save version “{name}”</source>
        <translation>Guardar la versión «{name}»</translation>
    </message>
</context>
</TS>
