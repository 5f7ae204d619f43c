<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name>Exporters</name>
        <message>
            <source>Writing JSON</source>
            <translation>Escribiendo el JSON</translation>
        </message>
        <message>
            <source>Report (PDF)</source>
            <translation>Informe (PDF)</translation>
        </message>
        <message>
            <source>Workbook (Excel)</source>
            <translation>Libro de Excel</translation>
        </message>
        <message>
            <source>Plan data (JSON interchange file)</source>
            <translation>Datos del plan (archivo de intercambio JSON)</translation>
        </message>
        <message>
            <source>Ordinance (Word, for legal review)</source>
            <translation>Ordenanza (Word, para revisión jurídica)</translation>
        </message>
        <message>
            <source>Ordinance (PDF)</source>
            <translation>Ordenanza (PDF)</translation>
        </message>
    </context>
</TS>
