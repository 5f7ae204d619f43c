<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Say which plan the workbook goes into with --into PLAN.lplan.</source>
        <translation>Indique a qué plan va el libro con --into PLAN.lplan.</translation>
    </message>
    <message>
        <source>This plan is open read-only.</source>
        <translation>Este plan está abierto solo para lectura.</translation>
    </message>
    <message>
        <source>Accepted: {rows} ({changes}); refused: {refused}.</source>
        <translation>Aceptadas: {rows} ({changes}); rechazadas: {refused}.</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} fila</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} filas</translation>
    </message>
    <message>
        <source>{count} change</source>
        <translation>{count} cambio</translation>
    </message>
    <message>
        <source>{count} changes</source>
        <translation>{count} cambios</translation>
    </message>
    <message>
        <source>Nothing to change in the plan.</source>
        <translation>No hay nada que cambiar en el plan.</translation>
    </message>
    <message>
        <source>Nothing was written; add --yes to accept the valid rows.</source>
        <translation>No se escribió nada; agregue --yes para aceptar las filas válidas.</translation>
    </message>
    <message>
        <source>Write these changes into the plan? [y/N] </source>
        <translation>¿Escribir estos cambios en el plan? [s/N] </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
    <message>
        <source>{count} change written into {plan} (one step of undo).</source>
        <translation>Se escribió {count} cambio en {plan} (un solo paso para deshacer).</translation>
    </message>
    <message>
        <source>{count} changes written into {plan} (one step of undo).</source>
        <translation>Se escribieron {count} cambios en {plan} (un solo paso para deshacer).</translation>
    </message>
</context>
</TS>
