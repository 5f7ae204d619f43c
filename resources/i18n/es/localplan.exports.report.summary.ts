<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>State of the plan</source>
        <translation>Estado del plan</translation>
    </message>
    <message>
        <source>This plan holds no data yet: only the GAD&apos;s profile has been filled in. The diagnosis, the proposal, the management model and the ordinance are still to be written; each chapter of this report says so where it is empty.</source>
        <translation>Este plan todavía no contiene datos: solo se ha llenado el perfil del GAD. El diagnóstico, la propuesta, el modelo de gestión y la ordenanza están por escribirse; cada capítulo de este informe lo indica donde está vacío.</translation>
    </message>
    <message>
        <source>The plan checker found no errors.</source>
        <translation>La revisión del plan no encontró errores.</translation>
    </message>
    <message>
        <source>The plan checker found {n} error(s). This report is a draft until they are corrected; every page carries the draft mark.</source>
        <translation>La revisión del plan encontró {n} error(es). Este informe es un borrador hasta que se corrijan; cada página lleva la marca de borrador.</translation>
    </message>
    <message>
        <source>… and {n} more (see the Check page of LocalPlan).</source>
        <translation>… y {n} más (vea la página Revisión de LocalPlan).</translation>
    </message>
    <message>
        <source>people in human mobility living in the territory</source>
        <translation>personas en movilidad humana que viven en el territorio</translation>
    </message>
    <message>
        <source>people in transit ({year}, per period recorded; not added)</source>
        <translation>personas en tránsito ({year}, por periodo registrado; no se suman)</translation>
    </message>
    <message>
        <source>emigrants living abroad ({year}; not added)</source>
        <translation>personas emigrantes que viven en el exterior ({year}; no se suman)</translation>
    </message>
    <message>
        <source>The mobility profile holds no figures yet, so no number of people in mobility is given.</source>
        <translation>El perfil de movilidad todavía no tiene cifras, por eso no se da ningún número de personas en movilidad.</translation>
    </message>
    <message>
        <source>People living in the territory adds {cats}, each for its latest year with data.</source>
        <translation>Las personas que viven en el territorio suman {cats}, cada categoría en su último año con datos.</translation>
    </message>
    <message>
        <source>{cat} ({n}) are counted among {host}, not added again.</source>
        <translation>{cat} ({n}) están contadas entre {host}; no se suman de nuevo.</translation>
    </message>
    <message>
        <source>{cats} are also counted in their other category, not added.</source>
        <translation>{cats} están contadas también en su otra categoría; no se suman.</translation>
    </message>
    <message>
        <source>People in transit are a flow counted per period as the source records it ({source}); they may be counted more than once and are not added.</source>
        <translation>Las personas en tránsito son un flujo contado por periodo tal como lo registra la fuente ({source}); pueden contarse más de una vez y no se suman.</translation>
    </message>
    <message>
        <source>period not stated</source>
        <translation>periodo no indicado</translation>
    </message>
    <message>
        <source>Emigrants live abroad and are not added.</source>
        <translation>Las personas emigrantes viven en el exterior y no se suman.</translation>
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
        <source>“not available” means the figure is unknown, not zero. Each category is counted for its latest year with data; breakdowns by sex and age are not added twice. Categories without any row are not listed.</source>
        <translation>«no disponible» significa que la cifra se desconoce, no que sea cero. Cada categoría se cuenta en su último año con datos; los desgloses por sexo y edad no se suman dos veces. No se listan las categorías sin ninguna fila.</translation>
    </message>
    <message>
        <source>No figures recorded yet.</source>
        <translation>Todavía no hay cifras registradas.</translation>
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
        <source>Mainstreaming index</source>
        <translation>Índice de transversalización</translation>
    </message>
    <message>
        <source>Source: the plan&apos;s self-assessment and data.</source>
        <translation>Fuente: autoevaluación y datos del plan.</translation>
    </message>
    <message>
        <source>No problems, objectives, goals or projects are recorded yet, so there is no chain to follow.</source>
        <translation>Todavía no hay problemas, objetivos, metas ni proyectos registrados, así que no hay cadena que seguir.</translation>
    </message>
    <message>
        <source>The chain problem → objective → goal → project has {n} gap(s); they are listed in the traceability section of the proposal.</source>
        <translation>La cadena problema → objetivo → meta → proyecto tiene {n} vacío(s); se listan en la sección de trazabilidad de la propuesta.</translation>
    </message>
    <message>
        <source>objectives</source>
        <translation>objetivos</translation>
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
        <source>The checker found no gap in the chain, but it is not complete: {p} priority problem(s), {o} objective(s), {g} goal(s) and {j} project(s) are recorded.</source>
        <translation>La revisión no encontró vacíos en la cadena, pero no está completa: hay registrados {p} problema(s) prioritario(s), {o} objetivo(s), {g} meta(s) y {j} proyecto(s).</translation>
    </message>
    <message>
        <source>Each of the {n} priority problems is answered by an objective, every objective has goals, and every goal has a baseline and a project with a budget.</source>
        <translation>Cada uno de los {n} problemas prioritarios tiene un objetivo que le responde, cada objetivo tiene metas y cada meta tiene línea base y un proyecto con presupuesto.</translation>
    </message>
</context>
</TS>
