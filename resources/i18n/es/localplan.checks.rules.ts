<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>The goal has no baseline: the national planning system cannot take a goal without one.</source>
        <translation>La meta no tiene línea base: el sistema nacional de planificación no acepta una meta sin ella.</translation>
    </message>
    <message>
        <source>Enter the baseline value and the year it was measured.</source>
        <translation>Ingrese el valor de la línea base y el año en que se midió.</translation>
    </message>
    <message>
        <source>The target year {year} is outside the plan period {start}–{end}.</source>
        <translation>El año meta {year} está fuera del periodo del plan {start}–{end}.</translation>
    </message>
    <message>
        <source>Choose a target year within the plan period.</source>
        <translation>Elija un año meta dentro del periodo del plan.</translation>
    </message>
    <message>
        <source>The target year comes before the baseline year.</source>
        <translation>El año meta es anterior al año de la línea base.</translation>
    </message>
    <message>
        <source>Correct one of the two years.</source>
        <translation>Corrija uno de los dos años.</translation>
    </message>
    <message>
        <source>Values are programmed for years outside the plan period: {years}.</source>
        <translation>Hay valores programados para años fuera del periodo del plan: {years}.</translation>
    </message>
    <message>
        <source>Programme only the years of the plan period.</source>
        <translation>Programe solo los años del periodo del plan.</translation>
    </message>
    <message>
        <source>The goal has no value programmed per year.</source>
        <translation>La meta no tiene valores programados por año.</translation>
    </message>
    <message>
        <source>Programme a value for each year of the period.</source>
        <translation>Programe un valor para cada año del periodo.</translation>
    </message>
    <message>
        <source>No project delivers this goal.</source>
        <translation>Ningún proyecto cumple esta meta.</translation>
    </message>
    <message>
        <source>Link the goal from a project in “Programs and projects”.</source>
        <translation>Vincule la meta desde un proyecto en «Programas y proyectos».</translation>
    </message>
    <message>
        <source>The goal has no monitoring entry.</source>
        <translation>La meta no tiene registro de seguimiento.</translation>
    </message>
    <message>
        <source>Say who follows it, how often and in which report (Management model).</source>
        <translation>Indique quién la sigue, con qué frecuencia y en qué informe (Modelo de gestión).</translation>
    </message>
    <message>
        <source>The goal is not linked to an objective.</source>
        <translation>La meta no está vinculada a un objetivo.</translation>
    </message>
    <message>
        <source>Choose the strategic objective it serves.</source>
        <translation>Elija el objetivo estratégico al que aporta.</translation>
    </message>
    <message>
        <source>The project has no budget.</source>
        <translation>El proyecto no tiene presupuesto.</translation>
    </message>
    <message>
        <source>Enter its budget per year in USD.</source>
        <translation>Ingrese su presupuesto por año en USD.</translation>
    </message>
    <message>
        <source>The budget by year adds up to {total} but the funding sources add up to {sources}.</source>
        <translation>El presupuesto por año suma {total}, pero las fuentes de financiamiento suman {sources}.</translation>
    </message>
    <message>
        <source>Make the funding sources add up to the yearly budget.</source>
        <translation>Haga que las fuentes de financiamiento sumen el presupuesto anual.</translation>
    </message>
    <message>
        <source>Part of the budget falls outside the plan period {start}–{end}.</source>
        <translation>Parte del presupuesto cae fuera del periodo del plan {start}–{end}.</translation>
    </message>
    <message>
        <source>Budget only the years of the plan period.</source>
        <translation>Presupueste solo los años del periodo del plan.</translation>
    </message>
    <message>
        <source>The project runs outside the plan period.</source>
        <translation>El proyecto se ejecuta fuera del periodo del plan.</translation>
    </message>
    <message>
        <source>Adjust its start and end years.</source>
        <translation>Ajuste sus años de inicio y fin.</translation>
    </message>
    <message>
        <source>The project serves no goal.</source>
        <translation>El proyecto no aporta a ninguna meta.</translation>
    </message>
    <message>
        <source>Link the goals the project delivers.</source>
        <translation>Vincule las metas que el proyecto cumple.</translation>
    </message>
    <message>
        <source>Link the problem from a strategic objective, or lower its priority if it is not one.</source>
        <translation>Vincule el problema desde un objetivo estratégico, o baje su prioridad si no lo es.</translation>
    </message>
    <message>
        <source>Add at least one goal for it.</source>
        <translation>Agregue al menos una meta para él.</translation>
    </message>
    <message>
        <source>GCM objective {number} is named in the diagnosis but no objective, goal or project addresses it.</source>
        <translation>El objetivo {number} del PMM aparece en el diagnóstico, pero ningún objetivo, meta o proyecto lo aborda.</translation>
    </message>
    <message>
        <source>Align an objective, goal or project to it, or remove it from the diagnosis.</source>
        <translation>Alinee a él un objetivo, meta o proyecto, o quítelo del diagnóstico.</translation>
    </message>
    <message>
        <source>The figure has no source.</source>
        <translation>La cifra no tiene fuente.</translation>
    </message>
    <message>
        <source>Say where it comes from (census, registry, survey…).</source>
        <translation>Indique de dónde proviene (censo, registro, encuesta…).</translation>
    </message>
    <message>
        <source>The figure has no year.</source>
        <translation>La cifra no tiene año.</translation>
    </message>
    <message>
        <source>Enter the year.</source>
        <translation>Ingrese el año.</translation>
    </message>
    <message>
        <source>The figure has a value but is marked as not available.</source>
        <translation>La cifra tiene un valor, pero está marcada como no disponible.</translation>
    </message>
    <message>
        <source>Keep one of the two.</source>
        <translation>Conserve una de las dos opciones.</translation>
    </message>
    <message>
        <source>The figure has no value.</source>
        <translation>La cifra no tiene valor.</translation>
    </message>
    <message>
        <source>Enter it, or mark it as not available (which is not zero).</source>
        <translation>Ingréselo o márquelo como no disponible (que no es cero).</translation>
    </message>
    <message>
        <source>Another figure has the same category, nationality, sex, age, parish, year and other disaggregation.</source>
        <translation>Otra cifra tiene la misma categoría, nacionalidad, sexo, edad, parroquia, año y demás desagregaciones.</translation>
    </message>
    <message>
        <source>Merge them or tell them apart.</source>
        <translation>Únalas o diferéncielas.</translation>
    </message>
    <message>
        <source>It refers to row #{id}, which does not exist.</source>
        <translation>Hace referencia a la fila #{id}, que no existe.</translation>
    </message>
    <message>
        <source>Choose an existing row or remove the reference.</source>
        <translation>Elija una fila existente o quite la referencia.</translation>
    </message>
    <message>
        <source>Complete the ordinance in its step.</source>
        <translation>Complete la ordenanza en su paso.</translation>
    </message>
</context>
</TS>
