<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>{label} (as printed)</source>
        <translation>{label} (como se imprime)</translation>
    </message>
    <message>
        <source>The text as the ordinance prints it, with article references resolved to their current numbers. Edit the text in LocalPlan; this column is not imported.</source>
        <translation>El texto tal como lo imprime la ordenanza, con las referencias a artículos convertidas en sus números actuales. Edite el texto en LocalPlan; esta columna no se importa.</translation>
    </message>
    <message>
        <source>Total over the years (USD)</source>
        <translation>Total de todos los años (USD)</translation>
    </message>
</context>
</TS>
