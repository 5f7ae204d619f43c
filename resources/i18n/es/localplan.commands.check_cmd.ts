<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>check a plan for errors and gaps</source>
        <translation>verifica un plan en busca de errores y vacíos</translation>
    </message>
    <message>
        <source>Findings with severity, location, message and a suggested fix. Exit code 1 when errors exist.</source>
        <translation>Hallazgos con gravedad, ubicación, mensaje y una corrección sugerida. Código de salida 1 cuando hay errores.</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>salida legible por máquina</translation>
    </message>
    <message>
        <source>Fix: {fix}</source>
        <translation>Corrección: {fix}</translation>
    </message>
    <message>
        <source>{errors} errors, {warnings} warnings, {infos} notes. Mainstreaming index: {index} of 100.</source>
        <translation>{errors} errores, {warnings} advertencias, {infos} notas. Índice de transversalización: {index} de 100.</translation>
    </message>
</context>
</TS>
