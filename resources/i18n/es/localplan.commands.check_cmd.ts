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
        <source>{errors}, {warnings}, {infos}. Mainstreaming index: {index} of 100.</source>
        <translation>{errors}, {warnings}, {infos}. Índice de transversalización: {index} de 100.</translation>
    </message>
    <message>
        <source>{count} error</source>
        <translation>{count} error</translation>
    </message>
    <message>
        <source>{count} errors</source>
        <translation>{count} errores</translation>
    </message>
    <message>
        <source>{count} warning</source>
        <translation>{count} advertencia</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} advertencias</translation>
    </message>
    <message>
        <source>{count} note</source>
        <translation>{count} nota</translation>
    </message>
    <message>
        <source>{count} notes</source>
        <translation>{count} notas</translation>
    </message>
</context>
</TS>
