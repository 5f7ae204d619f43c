<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>This plan is open read-only.</source>
        <translation>Este plan está abierto solo para lectura.</translation>
    </message>
    <message>
        <source>No backup of the current state could be written, so nothing was restored.</source>
        <translation>No se pudo escribir una copia de respaldo del estado actual, así que no se restauró nada.</translation>
    </message>
    <message>
        <source>Restore an earlier version</source>
        <translation>Restaurar una versión anterior</translation>
    </message>
</context>
</TS>
