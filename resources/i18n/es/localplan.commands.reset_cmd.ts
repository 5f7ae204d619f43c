<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>reset an exercise plan to a step</source>
        <translation>restablece un plan de ejercicio hasta un paso</translation>
    </message>
    <message>
        <source>Empty every section of the steps after the chosen one (for workshops).</source>
        <translation>Vacía todas las secciones de los pasos posteriores al elegido (para talleres).</translation>
    </message>
    <message>
        <source>confirm: the later steps are emptied</source>
        <translation>confirma: se vacían los pasos posteriores</translation>
    </message>
    <message>
        <source>This empties every step after “{step}”; add --yes to confirm.</source>
        <translation>Esto vacía todos los pasos posteriores a «{step}»; agregue --yes para confirmar.</translation>
    </message>
    <message>
        <source>This plan is open read-only.</source>
        <translation>Este plan está abierto solo para lectura.</translation>
    </message>
    <message>
        <source>{count} row removed; the plan now ends at the step “{step}”.</source>
        <translation>Se eliminó {count} fila; el plan ahora termina en el paso «{step}».</translation>
    </message>
    <message>
        <source>{count} rows removed; the plan now ends at the step “{step}”.</source>
        <translation>Se eliminaron {count} filas; el plan ahora termina en el paso «{step}».</translation>
    </message>
</context>
</TS>
