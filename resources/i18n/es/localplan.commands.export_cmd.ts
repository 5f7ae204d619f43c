<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>write the submission files</source>
        <translation>escribe los archivos de entrega</translation>
    </message>
    <message>
        <source>Export a plan to one or more files.</source>
        <translation>Exporta un plan a uno o varios archivos.</translation>
    </message>
    <message>
        <source>replace output files that exist (never a plan or an input)</source>
        <translation>reemplazar los archivos de salida que ya existen (nunca un plan ni una entrada)</translation>
    </message>
    <message>
        <source>Say what to export, e.g. --json OUT.json (see “localplan export --help”).</source>
        <translation>Indique qué exportar, p. ej. --json SALIDA.json (consulte «localplan export --help»).</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Se escribió {path}</translation>
    </message>
</context>
</TS>
