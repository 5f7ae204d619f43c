<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>The ordinance has not been drafted yet: it has no title, no recitals and no articles. Its document is not part of this submission until it is.</source>
        <translation>La ordenanza todavía no ha sido redactada: no tiene título, considerandos ni artículos. Su documento no forma parte de esta entrega hasta que lo esté.</translation>
    </message>
    <message>
        <source>The ordinance&apos;s title, subject and explanatory statement are not written yet.</source>
        <translation>El título, la materia y la exposición de motivos de la ordenanza no están escritos todavía.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>content unreadable</source>
        <translation>contenido ilegible</translation>
    </message>
    <message>
        <source>first version</source>
        <translation>primera versión</translation>
    </message>
    <message>
        <source>{added} paragraph(s) added, {removed} removed, {changed} changed</source>
        <translation>{added} párrafo(s) añadido(s), {removed} suprimido(s), {changed} modificado(s)</translation>
    </message>
    <message>
        <source>no change in the text</source>
        <translation>sin cambios en el texto</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articulado</translation>
    </message>
    <message>
        <source>Changes from the previous version</source>
        <translation>Cambios respecto de la versión anterior</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
</TS>
