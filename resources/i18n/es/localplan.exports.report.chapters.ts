<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>The local government that plans, its level, the planning period and the team responsible.</source>
        <translation>El gobierno local que planifica, su nivel, el periodo de planificación y el equipo responsable.</translation>
    </message>
    <message>
        <source>Who is in human mobility in the territory, what the data says and what is missing, the problems and potentialities found across the PDOT components, and the actors involved.</source>
        <translation>Quiénes están en movilidad humana en el territorio, qué dicen los datos y qué falta, los problemas y potencialidades encontrados en los componentes del PDOT y los actores involucrados.</translation>
    </message>
    <message>
        <source>What the GAD will achieve for people in human mobility: the vision, policies and strategies that head the proposal, strategic objectives aligned with the national plan, the SDGs and the Global Compact for Migration, goals with baselines and yearly programming, and the projects that deliver them with their budget.</source>
        <translation>Lo que el GAD logrará para las personas en movilidad humana: la visión, las políticas y las estrategias que encabezan la propuesta, los objetivos estratégicos alineados con el plan nacional, los ODS y el Pacto Mundial para la Migración, las metas con línea base y programación anual, y los proyectos que las cumplen con su presupuesto.</translation>
    </message>
    <message>
        <source>How the plan will be carried out, through the four strategies of the planning guide: articulation and coordination with other actors; progressive reduction of risk factors; monitoring and evaluation of the goals; and promotion and dissemination of the plan. The participation of people in mobility and the risks to carrying out the plan follow.</source>
        <translation>Cómo se ejecutará el plan, mediante las cuatro estrategias de la guía de planificación: articulación y coordinación con otros actores; reducción progresiva de los factores de riesgo; seguimiento y evaluación de las metas; y promoción y difusión del plan. A continuación, la participación de las personas en movilidad y los riesgos para la ejecución del plan.</translation>
    </message>
    <message>
        <source>The GAD&apos;s answers to the mainstreaming self-assessment, with their evidence.</source>
        <translation>Las respuestas del GAD a la autoevaluación de la transversalización, con su evidencia.</translation>
    </message>
    <message>
        <source>No data has been entered in this step yet.</source>
        <translation>Todavía no se han ingresado datos en este paso.</translation>
    </message>
    <message>
        <source>Summary by category</source>
        <translation>Resumen por categoría</translation>
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
        <source>Rows</source>
        <translation>Filas</translation>
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
        <source>People in mobility living in the territory, each counted once</source>
        <translation>Personas en movilidad que viven en el territorio, cada una contada una vez</translation>
    </message>
    <message>
        <source>All figures of the profile</source>
        <translation>Todas las cifras del perfil</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <source>Priority = severity × urgency; {n} or more is a priority problem.</source>
        <translation>Prioridad = gravedad × urgencia; desde {n} es un problema prioritario.</translation>
    </message>
    <message>
        <source>Total (USD)</source>
        <translation>Total (USD)</translation>
    </message>
    <message>
        <source>Budget summary</source>
        <translation>Resumen del presupuesto</translation>
    </message>
    <message>
        <source>No programs or projects are recorded yet, so there is no budget to sum up.</source>
        <translation>Todavía no hay programas ni proyectos registrados, así que no hay presupuesto que resumir.</translation>
    </message>
    <message>
        <source>Total programmed budget: {total}.</source>
        <translation>Presupuesto total programado: {total}.</translation>
    </message>
    <message>
        <source>Amount (USD)</source>
        <translation>Monto (USD)</translation>
    </message>
    <message>
        <source>By year</source>
        <translation>Por año</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>By funding source</source>
        <translation>Por fuente de financiamiento</translation>
    </message>
    <message>
        <source>Funding source</source>
        <translation>Fuente de financiamiento</translation>
    </message>
    <message>
        <source>In {n} project(s) the funding sources do not add up to the yearly budget.</source>
        <translation>En {n} proyecto(s) las fuentes de financiamiento no suman el presupuesto anual.</translation>
    </message>
    <message>
        <source>Traceability: from problems to projects</source>
        <translation>Trazabilidad: de los problemas a los proyectos</translation>
    </message>
    <message>
        <source>Each problem or potentiality of the diagnosis, the objectives that answer it, their goals and the projects that deliver them. Gaps in the chain are listed after the table.</source>
        <translation>Cada problema o potencialidad del diagnóstico, los objetivos que le responden, sus metas y los proyectos que las cumplen. Los vacíos de la cadena se listan después de la tabla.</translation>
    </message>
    <message>
        <source>Problem / potentiality</source>
        <translation>Problema / potencialidad</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objetivos</translation>
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
        <source>No problems, objectives, goals or projects are recorded yet, so there is no chain to follow.</source>
        <translation>Todavía no hay problemas, objetivos, metas ni proyectos registrados, así que no hay cadena que seguir.</translation>
    </message>
    <message>
        <source>Gaps in the chain</source>
        <translation>Vacíos de la cadena</translation>
    </message>
    <message>
        <source>No gaps: the chain is complete.</source>
        <translation>Sin vacíos: la cadena está completa.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Vacío</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Goal fulfilment per year</source>
        <translation>Cumplimiento de metas por año</translation>
    </message>
    <message>
        <source>Achieved ÷ programmed value (programmed ÷ achieved for goals that decrease), at most 100 %; “—” when a value is missing.</source>
        <translation>Valor alcanzado ÷ programado (programado ÷ alcanzado en metas que disminuyen), máximo 100 %; «—» cuando falta un valor.</translation>
    </message>
    <message>
        <source>Average of goals with a figure</source>
        <translation>Promedio de las metas con dato</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Annexes</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Annex A. Directory of actors</source>
        <translation>Anexo A. Directorio de actores</translation>
    </message>
    <message>
        <source>Annex B. Sources of data</source>
        <translation>Anexo B. Fuentes de datos</translation>
    </message>
    <message>
        <source>The sources behind the figures of the mobility profile, with the categories and years they cover.</source>
        <translation>Las fuentes de las cifras del perfil de movilidad, con las categorías y los años que cubren.</translation>
    </message>
    <message>
        <source>Source type</source>
        <translation>Tipo de fuente</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Confiabilidad</translation>
    </message>
    <message>
        <source>No sources recorded.</source>
        <translation>No hay fuentes registradas.</translation>
    </message>
    <message>
        <source>Other sources and means of verification cited</source>
        <translation>Otras fuentes y medios de verificación citados</translation>
    </message>
    <message>
        <source>Annex D. Glossary of acronyms</source>
        <translation>Anexo D. Glosario de siglas</translation>
    </message>
</context>
</TS>
