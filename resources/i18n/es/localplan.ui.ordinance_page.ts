<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>Start from template</source>
            <translation>Partir de la plantilla</translation>
        </message>
        <message>
            <source>Template</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>Heading and motives</source>
            <translation>Encabezado y motivos</translation>
        </message>
        <message>
            <source>Recitals</source>
            <translation>Considerandos</translation>
        </message>
        <message>
            <source>Articles</source>
            <translation>Articulado</translation>
        </message>
        <message>
            <source>Dispositions</source>
            <translation>Disposiciones</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Aprobación</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Lista de control</translation>
        </message>
        <message>
            <source>Versions</source>
            <translation>Versiones</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Vista previa</translation>
        </message>
        <message>
            <source>Export to Word…</source>
            <translation>Exportar a Word…</translation>
        </message>
        <message>
            <source>Export to PDF…</source>
            <translation>Exportar a PDF…</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Estado: {status}</translation>
        </message>
        <message>
            <source>Legislates: {body}. Act: {act}. Procedure: {procedure}. Signs: {executive}.</source>
            <translation>Legisla: {body}. Acto: {act}. Trámite: {procedure}. Firma: {executive}.</translation>
        </message>
        <message>
            <source>Competences of this level ({source}):</source>
            <translation>Competencias de este nivel ({source}):</translation>
        </message>
        <message>
            <source>Replace the ordinance text?</source>
            <translation>¿Reemplazar el texto de la ordenanza?</translation>
        </message>
        <message>
            <source>Starting from a template replaces the title, motives, recitals, articles and dispositions you have written. The approval steps and saved versions stay. You can undo this.</source>
            <translation>Partir de una plantilla reemplaza el título, los motivos, los considerandos, los artículos y las disposiciones que ha escrito. Los pasos del trámite y las versiones guardadas se conservan. Puede deshacerlo.</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>Exportando…</translation>
        </message>
        <message>
            <source>the ordinance export</source>
            <translation>la exportación de la ordenanza</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>Se escribió {path}</translation>
        </message>
        <message>
            <source>The export was stopped; nothing half-written was left.</source>
            <translation>La exportación se detuvo; no quedó nada a medio escribir.</translation>
        </message>
        <message>
            <source>Ordinance</source>
            <translation>Ordenanza</translation>
        </message>
    </context>
</TS>
