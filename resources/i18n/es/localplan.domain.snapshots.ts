<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>This version's frozen content cannot be read.</source>
            <translation>El contenido congelado de esta versión no se puede leer.</translation>
        </message>
    </context>
</TS>
