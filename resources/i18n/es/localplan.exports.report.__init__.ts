<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Other sections</source>
        <translation>Otras secciones</translation>
    </message>
    <message>
        <source>Human mobility in the development and land-use plan (PDOT)</source>
        <translation>Movilidad humana en el Plan de Desarrollo y Ordenamiento Territorial (PDOT)</translation>
    </message>
    <message>
        <source>human mobility</source>
        <translation>movilidad humana</translation>
    </message>
    <message>
        <source>Global Compact for Migration</source>
        <translation>Pacto Mundial para la Migración</translation>
    </message>
</context>
<context>
    <name>Exporters</name>
    <message>
        <source>Writing the PDF report</source>
        <translation>Escribiendo el informe PDF</translation>
    </message>
</context>
</TS>
