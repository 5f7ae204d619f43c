<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>{name} is too large ({size} MB).</source>
        <translation>{name} es demasiado grande ({size} MB).</translation>
    </message>
    <message>
        <source>The package has no readable manifest.json.</source>
        <translation>El paquete no tiene un manifest.json legible.</translation>
    </message>
    <message>
        <source>The package holds no plan data (JSON).</source>
        <translation>El paquete no contiene los datos del plan (JSON).</translation>
    </message>
    <message>
        <source>Unexpected problem reading this file ({reason}).</source>
        <translation>Problema inesperado al leer este archivo ({reason}).</translation>
    </message>
    <message>
        <source>Reading plans</source>
        <translation>Leyendo planes</translation>
    </message>
</context>
</TS>
