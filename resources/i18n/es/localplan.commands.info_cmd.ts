<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>describe a plan file</source>
        <translation>describe un archivo de plan</translation>
    </message>
    <message>
        <source>Show the GAD, period, schema version and rows per section.</source>
        <translation>Muestra el GAD, el periodo, la versión del esquema y las filas por sección.</translation>
    </message>
    <message>
        <source>GAD: {name} ({code})</source>
        <translation>GAD: {name} ({code})</translation>
    </message>
    <message>
        <source>Level: {level}</source>
        <translation>Nivel: {level}</translation>
    </message>
    <message>
        <source>Period: {period}</source>
        <translation>Periodo: {period}</translation>
    </message>
    <message>
        <source>Schema version: {version}</source>
        <translation>Versión del esquema: {version}</translation>
    </message>
    <message>
        <source>(newer than this program)</source>
        <translation>(más reciente que este programa)</translation>
    </message>
    <message>
        <source>This is an example plan.</source>
        <translation>Este es un plan de ejemplo.</translation>
    </message>
    <message>
        <source>Rows per section:</source>
        <translation>Filas por sección:</translation>
    </message>
    <message>
        <source>{section}: {rows}</source>
        <translation>{section}: {rows}</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>{count} fila</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} filas</translation>
    </message>
</context>
</TS>
