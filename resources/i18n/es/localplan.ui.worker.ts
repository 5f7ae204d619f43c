<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Something went wrong; the details are in {log}.</source>
        <translation>Algo salió mal; los detalles están en {log}.</translation>
    </message>
    <message>
        <source>a task</source>
        <translation>una tarea</translation>
    </message>
</context>
</TS>
