<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>People in mobility by category</source>
            <translation>Personas en movilidad por categoría</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Categoría</translation>
        </message>
        <message>
            <source>Persons</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>Year</source>
            <translation>Año</translation>
        </message>
        <message>
            <source>Sources</source>
            <translation>Fuentes</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>Problems and potentialities by priority (severity × urgency)</source>
            <translation>Problemas y potencialidades por prioridad (gravedad × urgencia)</translation>
        </message>
        <message>
            <source>12 or more is a priority: the proposal must answer it with an objective.</source>
            <translation>12 o más es prioritario: la propuesta debe responderle con un objetivo.</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Título</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Componente</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Tipo</translation>
        </message>
        <message>
            <source>Answered by an objective</source>
            <translation>Respondido por un objetivo</translation>
        </message>
        <message>
            <source>Actors by interest and influence</source>
            <translation>Actores por interés e influencia</translation>
        </message>
        <message>
            <source>Interest</source>
            <translation>Interés</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Influencia</translation>
        </message>
        <message>
            <source>Keep informed</source>
            <translation>Mantener informado</translation>
        </message>
        <message>
            <source>Involve closely</source>
            <translation>Involucrar de cerca</translation>
        </message>
        <message>
            <source>Monitor</source>
            <translation>Vigilar</translation>
        </message>
        <message>
            <source>Keep satisfied</source>
            <translation>Mantener satisfecho</translation>
        </message>
        <message>
            <source>From problems to projects</source>
            <translation>De los problemas a los proyectos</translation>
        </message>
        <message>
            <source>{count} gaps marked in red.</source>
            <translation>{count} vacíos marcados en rojo.</translation>
        </message>
        <message>
            <source>No gaps in the chain.</source>
            <translation>No hay vacíos en la cadena.</translation>
        </message>
        <message>
            <source>1 gap marked in red.</source>
            <translation>1 vacío marcado en rojo.</translation>
        </message>
        <message>
            <source>Element</source>
            <translation>Elemento</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Vacío</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objetivo</translation>
        </message>
        <message>
            <source>Goal</source>
            <translation>Meta</translation>
        </message>
        <message>
            <source>Project</source>
            <translation>Proyecto</translation>
        </message>
        <message>
            <source>Budget for mobility: {total}</source>
            <translation>Presupuesto para movilidad: {total}</translation>
        </message>
        <message>
            <source>Priority-attention groups: the floor of COOTAD art. 249</source>
            <translation>Grupos de atención prioritaria: el mínimo del art. 249 del COOTAD</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
        <message>
            <source>Floor (10 %)</source>
            <translation>Mínimo (10 %)</translation>
        </message>
        <message>
            <source>Priority-group budget</source>
            <translation>Presupuesto para grupos prioritarios</translation>
        </message>
        <message>
            <source>Of which this plan</source>
            <translation>De ello, este plan</translation>
        </message>
        <message>
            <source>Floor met</source>
            <translation>Cumple el mínimo</translation>
        </message>
        <message>
            <source>Fulfilment of goals per year</source>
            <translation>Cumplimiento de metas por año</translation>
        </message>
        <message>
            <source>Achieved value against the value programmed for the year, capped at 100 %.</source>
            <translation>Valor alcanzado frente al valor programado para el año, con un máximo de 100 %.</translation>
        </message>
        <message>
            <source>Average fulfilment per year (%)</source>
            <translation>Cumplimiento promedio por año (%)</translation>
        </message>
        <message>
            <source>Summary and charts</source>
            <translation>Resumen y gráficos</translation>
        </message>
        <message>
            <source>Prioritisation</source>
            <translation>Priorización</translation>
        </message>
        <message>
            <source>Actor map</source>
            <translation>Mapa de actores</translation>
        </message>
        <message>
            <source>Traceability</source>
            <translation>Trazabilidad</translation>
        </message>
        <message>
            <source>Budget summary</source>
            <translation>Resumen del presupuesto</translation>
        </message>
        <message>
            <source>Fulfilment</source>
            <translation>Cumplimiento</translation>
        </message>
        <message>
            <source>Self-assessment</source>
            <translation>Autoevaluación</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
    </context>
</TS>
