<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Mainstreaming human mobility in the PDOT</source>
        <translation>Transversalización de la movilidad humana en el PDOT</translation>
    </message>
    <message>
        <source>Content fingerprint {fingerprint}</source>
        <translation>Huella del contenido {fingerprint}</translation>
    </message>
    <message>
        <source>EXAMPLE PLAN (fictitious)</source>
        <translation>PLAN DE EJEMPLO (ficticio)</translation>
    </message>
    <message>
        <source>Laying out the report</source>
        <translation>Componiendo el informe</translation>
    </message>
    <message>
        <source>Report on mainstreaming human mobility in the PDOT</source>
        <translation>Informe de transversalización de la movilidad humana en el PDOT</translation>
    </message>
    <message>
        <source>Level of government</source>
        <translation>Nivel de gobierno</translation>
    </message>
    <message>
        <source>INEC code</source>
        <translation>Código INEC</translation>
    </message>
    <message>
        <source>Plan period</source>
        <translation>Periodo del plan</translation>
    </message>
    <message>
        <source>Executive authority</source>
        <translation>Autoridad ejecutiva</translation>
    </message>
    <message>
        <source>Planning unit</source>
        <translation>Unidad de planificación</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Content fingerprint</source>
        <translation>Huella del contenido</translation>
    </message>
    <message>
        <source>Example plan of a fictitious canton, for learning. Its figures are illustrative except those that name their source.</source>
        <translation>Plan de ejemplo de un cantón ficticio, para aprender. Sus cifras son ilustrativas, salvo las que citan su fuente.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Resumen ejecutivo</translation>
    </message>
    <message>
        <source>No rows yet.</source>
        <translation>Todavía no hay filas.</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Annex: sources of data</source>
        <translation>Anexo: fuentes de datos</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>Informe escrito</translation>
    </message>
    <message>
        <source>people in mobility (latest figures)</source>
        <translation>personas en movilidad (cifras más recientes)</translation>
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
        <source>problems and potentialities</source>
        <translation>problemas y potencialidades</translation>
    </message>
    <message>
        <source>GCM objectives addressed (of 23)</source>
        <translation>objetivos del PMM abordados (de 23)</translation>
    </message>
    <message>
        <source>actors</source>
        <translation>actores</translation>
    </message>
    <message>
        <source>mainstreaming index</source>
        <translation>índice de transversalización</translation>
    </message>
    <message>
        <source>Completeness of each step</source>
        <translation>Completitud de cada paso</translation>
    </message>
    <message>
        <source>{count} gaps in the chain from problems to projects are listed in the proposal chapter.</source>
        <translation>En el capítulo de la propuesta se señalan {count} vacíos en la cadena de problemas a proyectos.</translation>
    </message>
    <message>
        <source>Sources: {sources}</source>
        <translation>Fuentes: {sources}</translation>
    </message>
    <message>
        <source>People in mobility by category (latest year of each)</source>
        <translation>Personas en movilidad por categoría (último año de cada una)</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>People in mobility by sex and age</source>
        <translation>Personas en movilidad por sexo y edad</translation>
    </message>
    <message>
        <source>Budget for mobility by year (USD)</source>
        <translation>Presupuesto para movilidad por año (USD)</translation>
    </message>
    <message>
        <source>Budget by funding source</source>
        <translation>Presupuesto por fuente de financiamiento</translation>
    </message>
    <message>
        <source>not specified</source>
        <translation>sin especificar</translation>
    </message>
    <message>
        <source>Budget by GCM objective</source>
        <translation>Presupuesto por objetivo del PMM</translation>
    </message>
    <message>
        <source>Traceability: from problems to projects</source>
        <translation>Trazabilidad: de los problemas a los proyectos</translation>
    </message>
    <message>
        <source>Fulfilment of goals per year</source>
        <translation>Cumplimiento de metas por año</translation>
    </message>
    <message>
        <source>Achieved value against the value programmed for the year, capped at 100 %.</source>
        <translation>Valor alcanzado frente al valor programado para el año, con un máximo de 100 %.</translation>
    </message>
</context>
</TS>
