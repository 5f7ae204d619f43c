<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>No entries recorded in this section.</source>
        <translation>No hay filas registradas en esta sección.</translation>
    </message>
</context>
</TS>
