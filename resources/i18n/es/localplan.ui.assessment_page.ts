<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Mainstreaming index: {index} of 100</source>
        <translation>Índice de transversalización: {index} de 100</translation>
    </message>
    <message>
        <source>What would raise the index most</source>
        <translation>Lo que más elevaría el índice</translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation>(automática)</translation>
    </message>
    <message>
        <source>unanswered</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Evidence or note</source>
        <translation>Evidencia o nota</translation>
    </message>
    <message>
        <source>Choose an answer to keep this evidence.</source>
        <translation>Elija una respuesta para guardar esta evidencia.</translation>
    </message>
</context>
</TS>
