<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>The export failed; the details are in {log}.</source>
        <translation>La exportación falló; los detalles están en {log}.</translation>
    </message>
    <message>
        <source>The export was stopped.</source>
        <translation>La exportación se detuvo.</translation>
    </message>
    <message>
        <source>The export stopped unexpectedly.</source>
        <translation>La exportación se detuvo de forma inesperada.</translation>
    </message>
</context>
</TS>
