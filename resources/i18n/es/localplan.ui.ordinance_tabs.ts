<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Draft from the diagnosis</source>
        <translation>Redactar a partir del diagnóstico</translation>
    </message>
    <message>
        <source>In exercise of the powers conferred by {powers},</source>
        <translation>En ejercicio de las atribuciones que le confieren {powers},</translation>
    </message>
    <message>
        <source>The diagnosis has nothing to draft from yet.</source>
        <translation>El diagnóstico todavía no tiene datos para redactar.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>Registrar paso</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>e.g. bill for the first debate</source>
        <translation>p. ej. proyecto para primer debate</translation>
    </message>
    <message>
        <source>Save version</source>
        <translation>Guardar versión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Current text</source>
        <translation>Texto actual</translation>
    </message>
    <message>
        <source>{changed} paragraph(s) changed, {added} added, {removed} removed.</source>
        <translation>{changed} párrafo(s) cambiado(s), {added} añadido(s), {removed} eliminado(s).</translation>
    </message>
</context>
</TS>
