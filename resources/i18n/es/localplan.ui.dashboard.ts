<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>people in mobility (latest figures)</source>
        <translation>personas en movilidad (cifras más recientes)</translation>
    </message>
    <message>
        <source>mainstreaming index (0–100)</source>
        <translation>índice de transversalización (0–100)</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>metas</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>proyectos</translation>
    </message>
    <message>
        <source>budget for mobility</source>
        <translation>presupuesto para movilidad</translation>
    </message>
    <message>
        <source>checker errors</source>
        <translation>errores del verificador</translation>
    </message>
    <message>
        <source>Completeness of each step</source>
        <translation>Completitud de cada paso</translation>
    </message>
    <message>
        <source>GCM objectives: addressed by the proposal, and those of the national implementation plan</source>
        <translation>Objetivos del PMM: los que aborda la propuesta y los del plan nacional de implementación</translation>
    </message>
    <message>
        <source>Green: addressed by the plan ({count} of 23). Orange frame: prioritised by the national implementation plan.</source>
        <translation>Verde: abordado por el plan ({count} de 23). Marco naranja: priorizado por el plan nacional de implementación.</translation>
    </message>
    <message>
        <source>Suggested next actions</source>
        <translation>Acciones sugeridas</translation>
    </message>
</context>
</TS>
