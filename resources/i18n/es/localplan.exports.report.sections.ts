<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Population figures by the categories of the human-mobility law, each with its source and year. An empty figure means the figure is not available, not zero.</source>
        <translation>Cifras de población por las categorías de la Ley Orgánica de Movilidad Humana, cada una con su fuente y año. Una cifra vacía significa que no está disponible, no que sea cero.</translation>
    </message>
    <message>
        <source>For each category: what the data says, and what data is missing.</source>
        <translation>Para cada categoría: qué dicen los datos y qué datos faltan.</translation>
    </message>
    <message>
        <source>One matrix across the PDOT components. Priority = severity × urgency (1–5 each).</source>
        <translation>Una matriz para todos los componentes del PDOT. Prioridad = gravedad × urgencia (de 1 a 5 cada una).</translation>
    </message>
    <message>
        <source>Who works on human mobility in the territory, their interest and influence (1–5).</source>
        <translation>Quiénes trabajan en movilidad humana en el territorio, su interés y su influencia (1–5).</translation>
    </message>
    <message>
        <source>What the GAD will achieve for people in mobility; each objective answers problems or potentialities of the diagnosis.</source>
        <translation>Lo que el GAD logrará para las personas en movilidad; cada objetivo responde a problemas o potencialidades del diagnóstico.</translation>
    </message>
    <message>
        <source>Each goal has an indicator, a baseline (value and year), a final target and a programmed value for each year of the plan.</source>
        <translation>Cada meta tiene un indicador, una línea base (valor y año), una meta final y un valor programado para cada año del plan.</translation>
    </message>
    <message>
        <source>Budget in USD by year and by funding source; both add up to the same total.</source>
        <translation>Presupuesto en USD por año y por fuente de financiamiento; ambos suman el mismo total.</translation>
    </message>
    <message>
        <source>The actors the GAD coordinates with, what for and through which instrument.</source>
        <translation>Los actores con los que se coordina el GAD, para qué y mediante qué instrumento.</translation>
    </message>
    <message>
        <source>For each goal: how often it is followed up, by whom, in which report, and the value achieved each year.</source>
        <translation>Para cada meta: cada cuánto se le da seguimiento, quién lo hace, en qué informe y el valor alcanzado cada año.</translation>
    </message>
    <message>
        <source>The hazards the territory faces, who they expose, and what the GAD does to reduce them, including displacement by disasters and violence.</source>
        <translation>Las amenazas que enfrenta el territorio, a quiénes exponen y qué hace el GAD para reducirlas, incluido el desplazamiento por desastres y por violencia.</translation>
    </message>
    <message>
        <source>How the plan is made known to the population and to people in mobility, through which channels and in which languages.</source>
        <translation>Cómo se da a conocer el plan a la población y a las personas en movilidad, por qué canales y en qué idiomas.</translation>
    </message>
    <message>
        <source>How people in mobility take part in planning and follow-up.</source>
        <translation>Cómo participan las personas en movilidad en la planificación y el seguimiento.</translation>
    </message>
    <message>
        <source>What could stop the plan, how likely, with what impact, and what the GAD will do.</source>
        <translation>Qué podría impedir el plan, con qué probabilidad, con qué impacto y qué hará el GAD.</translation>
    </message>
    <message>
        <source>The GAD&apos;s answers to the self-assessment criteria, with their evidence.</source>
        <translation>Las respuestas del GAD a los criterios de la autoevaluación, con su evidencia.</translation>
    </message>
    <message>
        <source>The steps of the approval procedure with their dates.</source>
        <translation>Los pasos del trámite de aprobación con sus fechas.</translation>
    </message>
    <message>
        <source>{section} (continued)</source>
        <translation>{section} (continuación)</translation>
    </message>
</context>
</TS>
