<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>roll many plans up into one national workbook</source>
        <translation>consolida muchos planes en un libro nacional</translation>
    </message>
    <message>
        <source>Read plan files, JSON files and ministry packages (or folders of them) and write one workbook with a row per GAD, sheets by GCM objective and by province, and notes on broken and duplicated files.</source>
        <translation>Lee archivos de plan, archivos JSON y paquetes para el ministerio (o carpetas que los contengan) y escribe un libro con una fila por GAD, hojas por objetivo del PMM y por provincia, y notas sobre archivos dañados y duplicados.</translation>
    </message>
    <message>
        <source>replace output files that exist (never a plan or an input)</source>
        <translation>reemplazar los archivos de salida que ya existen (nunca un plan ni una entrada)</translation>
    </message>
    <message>
        <source>No plan files, JSON files or packages were found.</source>
        <translation>No se encontraron archivos de plan, archivos JSON ni paquetes.</translation>
    </message>
    <message>
        <source>{count} GADs consolidated into {path}.</source>
        <translation>{count} GAD consolidados en {path}.</translation>
    </message>
    <message>
        <source>Same GAD twice: kept {new}, left out {old}.</source>
        <translation>El mismo GAD dos veces: se conservó {new} y se dejó fuera {old}.</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>No se pudo leer {file}: {reason}</translation>
    </message>
</context>
</TS>
