<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <source>Ordinance</source>
        <translation>Ordenanza</translation>
    </message>
    <message>
        <source>human mobility</source>
        <translation>movilidad humana</translation>
    </message>
    <message>
        <source>ordinance</source>
        <translation>ordenanza</translation>
    </message>
    <message>
        <source>Prepared with LocalPlan {version}.</source>
        <translation>Elaborado con LocalPlan {version}.</translation>
    </message>
    <message>
        <source>Writing the ordinance (Word)</source>
        <translation>Escribiendo la ordenanza (Word)</translation>
    </message>
    <message>
        <source>The human-mobility ordinance of {gad} has not been drafted yet: the plan holds no title, recitals or articles for it. Draft it in LocalPlan&apos;s Ordinance step, then export this document again.</source>
        <translation>La ordenanza de movilidad humana del {gad} todavía no ha sido redactada: el plan no tiene título, considerandos ni artículos para ella. Redáctela en el paso Ordenanza de LocalPlan y vuelva a exportar este documento.</translation>
    </message>
    <message>
        <source>ISSUES the following:</source>
        <translation>EXPIDE la siguiente:</translation>
    </message>
    <message>
        <source>Human-mobility ordinance</source>
        <translation>Ordenanza de movilidad humana</translation>
    </message>
</context>
</TS>
