<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Province</source>
        <translation>Provincia</translation>
    </message>
    <message>
        <source>Canton</source>
        <translation>Cantón</translation>
    </message>
    <message>
        <source>Urban parish</source>
        <translation>Parroquia urbana</translation>
    </message>
    <message>
        <source>Cantonal seat</source>
        <translation>Cabecera cantonal</translation>
    </message>
    <message>
        <source>Rural parish</source>
        <translation>Parroquia rural</translation>
    </message>
    <message>
        <source>Province / canton / parish</source>
        <translation>Provincia / cantón / parroquia</translation>
    </message>
    <message>
        <source>INEC code</source>
        <translation>Código INEC</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <source>Choose the local government (GAD) that plans: a province, a canton or a rural parish.</source>
        <translation>Elija el gobierno local (GAD) que planifica: una provincia, un cantón o una parroquia rural.</translation>
    </message>
    <message>
        <source>Search by name or INEC code, e.g. Tulcán or 0401</source>
        <translation>Busque por nombre o código INEC, p. ej. Tulcán o 0401</translation>
    </message>
    <message>
        <source>No GAD chosen yet.</source>
        <translation>Todavía no ha elegido un GAD.</translation>
    </message>
    <message>
        <source>Name of the prefect, mayor or parish president</source>
        <translation>Nombre del prefecto, alcalde o presidente de la junta</translation>
    </message>
    <message>
        <source>e.g. Directorate of Territorial Planning</source>
        <translation>p. ej. Dirección de Planificación Territorial</translation>
    </message>
    <message>
        <source>One person per line: name — role</source>
        <translation>Una persona por línea: nombre — función</translation>
    </message>
    <message>
        <source>Official name</source>
        <translation>Nombre oficial</translation>
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
        <source>Team (optional)</source>
        <translation>Equipo técnico (opcional)</translation>
    </message>
    <message>
        <source>Create plan…</source>
        <translation>Crear plan…</translation>
    </message>
    <message>
        <source>“{name}” is the plan that is open: a new plan never replaces it. Choose another name.</source>
        <translation>«{name}» es el plan que está abierto: un plan nuevo nunca lo reemplaza. Elija otro nombre.</translation>
    </message>
    <message>
        <source>“{name}” already exists. Replace it with the new plan? A backup of it is kept first in {folder}.</source>
        <translation>«{name}» ya existe. ¿Desea reemplazarlo con el plan nuevo? Antes se guarda una copia de respaldo en {folder}.</translation>
    </message>
    <message>
        <source>Choose the GAD in the list first.</source>
        <translation>Elija el GAD en la lista primero.</translation>
    </message>
    <message>
        <source>The first year of the period must not come after the last.</source>
        <translation>El año inicial del periodo no puede ser posterior al final.</translation>
    </message>
    <message>
        <source>Save the new plan as</source>
        <translation>Guardar el plan nuevo como</translation>
    </message>
    <message>
        <source>LocalPlan plans (*.lplan)</source>
        <translation>Planes de LocalPlan (*.lplan)</translation>
    </message>
</context>
</TS>
