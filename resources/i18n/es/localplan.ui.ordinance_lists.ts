<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>From the library…</source>
        <translation>De la biblioteca…</translation>
    </message>
    <message>
        <source>Own recital</source>
        <translation>Considerando propio</translation>
    </message>
    <message>
        <source>Legal bases</source>
        <translation>Bases legales</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nuevo título</translation>
    </message>
    <message>
        <source>Chapter</source>
        <translation>Capítulo</translation>
    </message>
    <message>
        <source>New chapter</source>
        <translation>Nuevo capítulo</translation>
    </message>
    <message>
        <source>Free article</source>
        <translation>Artículo libre</translation>
    </message>
    <message>
        <source>Cite an article…</source>
        <translation>Remitir a un artículo…</translation>
    </message>
    <message>
        <source>Outside this level&apos;s competences: only by agreement (convenio)</source>
        <translation>Fuera de las competencias de este nivel: solo por convenio</translation>
    </message>
    <message>
        <source>Clause library</source>
        <translation>Biblioteca de cláusulas</translation>
    </message>
    <message>
        <source>Cite an article</source>
        <translation>Remitir a un artículo</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <source>Add disposition</source>
        <translation>Añadir disposición</translation>
    </message>
</context>
</TS>
