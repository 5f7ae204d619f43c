<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Not read: the search stops at {limit} files.</source>
        <translation>No se leyó: la búsqueda se detiene en {limit} archivos.</translation>
    </message>
    <message>
        <source>Cannot read this folder ({reason}).</source>
        <translation>No se puede leer esta carpeta ({reason}).</translation>
    </message>
    <message>
        <source>Symbolic link not followed.</source>
        <translation>Enlace simbólico no seguido.</translation>
    </message>
    <message>
        <source>Not searched: deeper than {limit} folders.</source>
        <translation>No se buscó: está a más de {limit} carpetas de profundidad.</translation>
    </message>
    <message>
        <source>The package holds no plan data (JSON).</source>
        <translation>El paquete no contiene los datos del plan (JSON).</translation>
    </message>
    <message>
        <source>Unexpected problem reading this file ({reason}).</source>
        <translation>Problema inesperado al leer este archivo ({reason}).</translation>
    </message>
    <message>
        <source>has no content; {kept} has</source>
        <translation>no tiene contenido; {kept} sí lo tiene</translation>
    </message>
    <message>
        <source>edited at the same time ({when}) as {kept}; the later file name is kept</source>
        <translation>editado al mismo tiempo ({when}) que {kept}; se conserva el último nombre de archivo</translation>
    </message>
    <message>
        <source>last edited {when}, before {kept} ({kept_when})</source>
        <translation>editado por última vez el {when}, antes que {kept} ({kept_when})</translation>
    </message>
    <message>
        <source>Reading plans</source>
        <translation>Leyendo planes</translation>
    </message>
</context>
</TS>
