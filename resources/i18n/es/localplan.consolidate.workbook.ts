<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>INEC code</source>
        <translation>Código INEC</translation>
    </message>
    <message>
        <source>GAD</source>
        <translation>GAD</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Mainstreaming index</source>
        <translation>Índice de transversalización</translation>
    </message>
    <message>
        <source>People in mobility (total)</source>
        <translation>Personas en movilidad (total)</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Proyectos</translation>
    </message>
    <message>
        <source>Mobility budget (USD)</source>
        <translation>Presupuesto para movilidad (USD)</translation>
    </message>
    <message>
        <source>GCM objectives covered</source>
        <translation>Objetivos del PMM abordados</translation>
    </message>
    <message>
        <source>GCM objectives (list)</source>
        <translation>Objetivos del PMM (lista)</translation>
    </message>
    <message>
        <source>Ordinance status</source>
        <translation>Estado de la ordenanza</translation>
    </message>
    <message>
        <source>Checker errors</source>
        <translation>Errores del verificador</translation>
    </message>
    <message>
        <source>Example plan</source>
        <translation>Plan de ejemplo</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Archivo de origen</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>By GAD</source>
        <translation>Por GAD</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>By GCM objective</source>
        <translation>Por objetivo del PMM</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>In the national implementation plan</source>
        <translation>En el plan nacional de implementación</translation>
    </message>
    <message>
        <source>GADs addressing it</source>
        <translation>GAD que lo abordan</translation>
    </message>
    <message>
        <source>Budget (USD)</source>
        <translation>Presupuesto (USD)</translation>
    </message>
    <message>
        <source>By province</source>
        <translation>Por provincia</translation>
    </message>
    <message>
        <source>GADs</source>
        <translation>GAD</translation>
    </message>
    <message>
        <source>People in mobility</source>
        <translation>Personas en movilidad</translation>
    </message>
    <message>
        <source>Average index</source>
        <translation>Índice promedio</translation>
    </message>
    <message>
        <source>To verify</source>
        <translation>Por verificar</translation>
    </message>
    <message>
        <source>Unreadable file</source>
        <translation>Archivo ilegible</translation>
    </message>
    <message>
        <source>Replaced by a newer file of the same GAD</source>
        <translation>Reemplazado por un archivo más reciente del mismo GAD</translation>
    </message>
    <message>
        <source>kept: {name}</source>
        <translation>se conservó: {name}</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Checker warnings</source>
        <translation>Advertencias del verificador</translation>
    </message>
    <message>
        <source>Completeness: {step}</source>
        <translation>Completitud: {step}</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
</context>
</TS>
