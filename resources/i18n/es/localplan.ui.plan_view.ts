<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Read more in the manual</source>
        <translation>Más en el manual</translation>
    </message>
    <message>
        <source>Example plan.</source>
        <translation>Plan de ejemplo.</translation>
    </message>
    <message>
        <source>A fictitious canton for learning and workshops. Its figures are illustrative, except those that name their source.</source>
        <translation>Un cantón ficticio para aprender y para talleres. Sus cifras son ilustrativas, salvo las que citan su fuente.</translation>
    </message>
    <message>
        <source>This plan is open read-only.</source>
        <translation>Este plan está abierto solo para lectura.</translation>
    </message>
    <message>
        <source>Read-only.</source>
        <translation>Solo lectura.</translation>
    </message>
    <message>
        <source>This plan was upgraded from an older version of LocalPlan; a backup of the original was kept.</source>
        <translation>Este plan se actualizó desde una versión anterior de LocalPlan; se guardó una copia de seguridad del original.</translation>
    </message>
    <message>
        <source>Upgraded.</source>
        <translation>Actualizado.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
</context>
</TS>
