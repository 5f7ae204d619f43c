<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Report on mainstreaming human mobility in the PDOT</source>
        <translation>Informe de transversalización de la movilidad humana en el PDOT</translation>
    </message>
    <message>
        <source>Example plan</source>
        <translation>Plan de ejemplo</translation>
    </message>
    <message>
        <source>fictitious data for training; not an official document.</source>
        <translation>datos ficticios para capacitación; no es un documento oficial.</translation>
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
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Huella de los datos</translation>
    </message>
    <message>
        <source>Prepared with LocalPlan. The data fingerprint is also printed on the workbook made from the same data: if they match, both documents show the same plan.</source>
        <translation>Elaborado con LocalPlan. La huella de los datos también se imprime en el libro de Excel hecho con los mismos datos: si coinciden, ambos documentos muestran el mismo plan.</translation>
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
        <source>This report shows how {gad} puts human mobility into its development and land-use plan (PDOT){period}: who is in mobility in the territory, which problems and potentialities the diagnosis found, what the plan proposes to do about them with which budget, and how it will be managed and followed up.</source>
        <translation>Este informe muestra cómo el {gad} incorpora la movilidad humana en su Plan de Desarrollo y Ordenamiento Territorial (PDOT){period}: quiénes están en movilidad en el territorio, qué problemas y potencialidades encontró el diagnóstico, qué propone el plan al respecto y con qué presupuesto, y cómo se gestionará y se le dará seguimiento.</translation>
    </message>
    <message>
        <source>people in human mobility (latest figures)</source>
        <translation>personas en movilidad humana (cifras más recientes)</translation>
    </message>
    <message>
        <source>problems / potentialities</source>
        <translation>problemas / potencialidades</translation>
    </message>
    <message>
        <source>strategic objectives</source>
        <translation>objetivos estratégicos</translation>
    </message>
    <message>
        <source>goals with indicators</source>
        <translation>metas con indicadores</translation>
    </message>
    <message>
        <source>programs and projects</source>
        <translation>programas y proyectos</translation>
    </message>
    <message>
        <source>total budget (USD)</source>
        <translation>presupuesto total (USD)</translation>
    </message>
    <message>
        <source>objectives of the Global Compact for Migration addressed</source>
        <translation>objetivos del Pacto Mundial para la Migración atendidos</translation>
    </message>
    <message>
        <source>{n} of {total}</source>
        <translation>{n} de {total}</translation>
    </message>
    <message>
        <source>mainstreaming index (0–100)</source>
        <translation>índice de transversalización (0–100)</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
    <message>
        <source>People in human mobility by category</source>
        <translation>Personas en movilidad humana por categoría</translation>
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
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>“not available” means the figure is unknown, not zero. Each category is counted for its latest year with data; breakdowns by sex and age are not added twice.</source>
        <translation>«no disponible» significa que la cifra se desconoce, no que sea cero. Cada categoría se cuenta en su último año con datos; los desgloses por sexo y edad no se suman dos veces.</translation>
    </message>
    <message>
        <source>Completeness of each step</source>
        <translation>Completitud de cada paso</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Required data filled</source>
        <translation>Datos obligatorios llenos</translation>
    </message>
    <message>
        <source>Traceability from problems to projects</source>
        <translation>Trazabilidad de los problemas a los proyectos</translation>
    </message>
    <message>
        <source>The chain problem → objective → goal → project has {n} gap(s); they are listed in the traceability section of the proposal.</source>
        <translation>La cadena problema → objetivo → meta → proyecto tiene {n} vacío(s); se listan en la sección de trazabilidad de la propuesta.</translation>
    </message>
    <message>
        <source>Every priority problem is answered by an objective, every objective has goals, and every goal has a baseline and a project with a budget.</source>
        <translation>Cada problema prioritario tiene un objetivo que le responde, cada objetivo tiene metas y cada meta tiene línea base y un proyecto con presupuesto.</translation>
    </message>
    <message>
        <source>Mainstreaming index</source>
        <translation>Índice de transversalización</translation>
    </message>
    <message>
        <source>Source: the plan&apos;s self-assessment and data.</source>
        <translation>Fuente: autoevaluación y datos del plan.</translation>
    </message>
</context>
</TS>
