<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>The indicator counts people or things, but has decimal values: {values}.</source>
        <translation>El indicador cuenta personas o cosas, pero tiene valores con decimales: {values}.</translation>
    </message>
    <message>
        <source>Use whole numbers, or change the measure if it is not a count.</source>
        <translation>Use números enteros, o cambie la medida si no es un conteo.</translation>
    </message>
    <message>
        <source>Targets are programmed for the baseline year {base} or before: {years}.</source>
        <translation>Hay metas programadas para el año de línea base {base} o antes: {years}.</translation>
    </message>
    <message>
        <source>The baseline year holds the baseline; programme only the years after it.</source>
        <translation>El año de línea base lleva la línea base; programe solo los años posteriores.</translation>
    </message>
    <message>
        <source>The target year is the baseline year.</source>
        <translation>El año de la meta es el mismo de la línea base.</translation>
    </message>
    <message>
        <source>Choose a target year after the baseline year.</source>
        <translation>Elija un año de meta posterior al de la línea base.</translation>
    </message>
    <message>
        <source>A cumulative indicator&apos;s programmed values go against its direction from one year to the next.</source>
        <translation>Los valores programados de un indicador acumulado van contra su tendencia de un año al siguiente.</translation>
    </message>
    <message>
        <source>Cumulative values keep what earlier years reached; check the values or the indicator type.</source>
        <translation>Un valor acumulado conserva lo logrado en los años anteriores; revise los valores o el tipo de indicador.</translation>
    </message>
    <message>
        <source>The indicator does not say whether it is cumulative or per year, or what it measures.</source>
        <translation>El indicador no dice si es acumulado o anual, o qué mide.</translation>
    </message>
    <message>
        <source>Choose its type and its measure.</source>
        <translation>Elija su tipo y su medida.</translation>
    </message>
    <message>
        <source>The goal&apos;s indicator is a count, but achieved values have decimals: {values}.</source>
        <translation>El indicador de la meta es un conteo, pero hay valores alcanzados con decimales: {values}.</translation>
    </message>
    <message>
        <source>Record whole numbers.</source>
        <translation>Registre números enteros.</translation>
    </message>
    <message>
        <source>The goal claims the {approach} approach but is not disaggregated by {by}.</source>
        <translation>La meta declara el enfoque {approach}, pero no se desagrega por {by}.</translation>
    </message>
    <message>
        <source>Add the disaggregation, or remove the approach.</source>
        <translation>Añada la desagregación o quite el enfoque.</translation>
    </message>
    <message>
        <source>The goal names mobility groups but is not disaggregated by mobility category.</source>
        <translation>La meta nombra grupos en movilidad, pero no se desagrega por categoría de movilidad.</translation>
    </message>
    <message>
        <source>Add the disaggregation by mobility category.</source>
        <translation>Añada la desagregación por categoría de movilidad.</translation>
    </message>
    <message>
        <source>The national plan objective or target does not say which national plan it belongs to.</source>
        <translation>El objetivo o la meta del Plan Nacional no dice a qué plan nacional pertenece.</translation>
    </message>
    <message>
        <source>Choose the national plan&apos;s version.</source>
        <translation>Elija la versión del Plan Nacional.</translation>
    </message>
    <message>
        <source>The proposal has no vision.</source>
        <translation>La propuesta no tiene visión.</translation>
    </message>
    <message>
        <source>Write the vision that heads the proposal.</source>
        <translation>Escriba la visión que encabeza la propuesta.</translation>
    </message>
    <message>
        <source>The management model lacks one of the guide&apos;s four strategies.</source>
        <translation>Al modelo de gestión le falta una de las cuatro estrategias de la guía.</translation>
    </message>
    <message>
        <source>Add at least one row to this strategy.</source>
        <translation>Añada al menos una fila a esta estrategia.</translation>
    </message>
    <message>
        <source>In {year} the budget for priority-attention groups ({priority}) is below 10 % of the non-tax revenue ({floor}; COOTAD art. 249).</source>
        <translation>En {year} el presupuesto para grupos de atención prioritaria ({priority}) es menor que el 10 % de los ingresos no tributarios ({floor}; COOTAD, art. 249).</translation>
    </message>
    <message>
        <source>Check the figures against the GAD&apos;s budget.</source>
        <translation>Contraste las cifras con el presupuesto del GAD.</translation>
    </message>
</context>
</TS>
