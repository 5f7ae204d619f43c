<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Report on mainstreaming human mobility in the PDOT</source>
        <translation>Informe de transversalización de la movilidad humana en el PDOT</translation>
    </message>
    <message>
        <source>Example plan</source>
        <translation>Plan de ejemplo</translation>
    </message>
    <message>
        <source>fictitious data for training; not an official document.</source>
        <translation>datos ficticios para capacitación; no es un documento oficial.</translation>
    </message>
    <message>
        <source>Executive authority</source>
        <translation>Autoridad ejecutiva</translation>
    </message>
    <message>
        <source>Planning unit</source>
        <translation>Unidad de planificación</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Huella de los datos</translation>
    </message>
    <message>
        <source>Prepared with LocalPlan. The data fingerprint is also printed on the workbook made from the same data: if they match, both documents show the same plan.</source>
        <translation>Elaborado con LocalPlan. La huella de los datos también se imprime en el libro de Excel hecho con los mismos datos: si coinciden, ambos documentos muestran el mismo plan.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
</context>
</TS>
