<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Source: {sources}.</source>
        <translation>Fuente: {sources}.</translation>
    </message>
    <message>
        <source>Source: not recorded.</source>
        <translation>Fuente: no registrada.</translation>
    </message>
    <message>
        <source>Source: the plan&apos;s programs and projects (programmed budget, USD).</source>
        <translation>Fuente: programas y proyectos del plan (presupuesto programado, USD).</translation>
    </message>
    <message>
        <source>No data recorded yet.</source>
        <translation>Todavía no hay datos registrados.</translation>
    </message>
    <message>
        <source>n/a: figure not available (not zero).</source>
        <translation>n/d: cifra no disponible (no es cero).</translation>
    </message>
    <message>
        <source>People in human mobility by category (latest year of each)</source>
        <translation>Personas en movilidad humana por categoría (último año de cada una)</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>People in human mobility by sex and age group</source>
        <translation>Personas en movilidad humana por sexo y grupo de edad</translation>
    </message>
    <message>
        <source>People in human mobility by disability, ethnicity, migratory status and SOGI</source>
        <translation>Personas en movilidad humana por discapacidad, etnia, condición migratoria y orientación sexual e identidad de género</translation>
    </message>
    <message>
        <source>People in human mobility by year and category</source>
        <translation>Personas en movilidad humana por año y categoría</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Presupuesto</translation>
    </message>
    <message>
        <source>Budget by year (USD)</source>
        <translation>Presupuesto por año (USD)</translation>
    </message>
    <message>
        <source>Budget by funding source (USD)</source>
        <translation>Presupuesto por fuente de financiamiento (USD)</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>Sin especificar</translation>
    </message>
    <message>
        <source>Budget by objective of the Global Compact for Migration (USD)</source>
        <translation>Presupuesto por objetivo del Pacto Mundial para la Migración (USD)</translation>
    </message>
    <message>
        <source>A project serving several objectives is split evenly among them.</source>
        <translation>Un proyecto que atiende varios objetivos se reparte por igual entre ellos.</translation>
    </message>
    <message>
        <source>Budget by mobility group served (USD)</source>
        <translation>Presupuesto por grupo en movilidad atendido (USD)</translation>
    </message>
    <message>
        <source>A project serving several groups is split evenly among them.</source>
        <translation>Un proyecto que atiende varios grupos se reparte por igual entre ellos.</translation>
    </message>
    <message>
        <source>Mainstreaming index by dimension (0–100)</source>
        <translation>Índice de transversalización por dimensión (0–100)</translation>
    </message>
</context>
</TS>
