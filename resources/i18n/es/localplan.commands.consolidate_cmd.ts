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
        <source>Read plan files, JSON files and ministry packages (or folders of them, searched {depth} levels deep, at most {files} files, symbolic links not followed) and write one workbook with a row per GAD, sheets by GCM objective and by province (each GAD level apart), and notes on broken, duplicated and example files.</source>
        <translation>Lee archivos de plan, archivos JSON y paquetes para el ministerio (o carpetas que los contengan, buscando hasta {depth} niveles de profundidad, como máximo {files} archivos, sin seguir enlaces simbólicos) y escribe un libro con una fila por GAD, hojas por objetivo del PMM y por provincia (cada nivel de GAD por separado) y notas sobre archivos dañados, duplicados y de ejemplo.</translation>
    </message>
    <message>
        <source>count example plans in the totals (marked); by default they are listed apart</source>
        <translation>cuenta los planes de ejemplo en los totales (marcados); por defecto se listan aparte</translation>
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
        <source>{count} GAD consolidated into {path}.</source>
        <translation>{count} GAD consolidado en {path}.</translation>
    </message>
    <message>
        <source>Same GAD twice: left out {file} ({reason}).</source>
        <translation>El mismo GAD dos veces: se dejó fuera {file} ({reason}).</translation>
    </message>
    <message>
        <source>Example plan left out of the totals: {file}</source>
        <translation>Plan de ejemplo fuera de los totales: {file}</translation>
    </message>
    <message>
        <source>Example plan included in the totals: {file}</source>
        <translation>Plan de ejemplo incluido en los totales: {file}</translation>
    </message>
    <message>
        <source>Package that does not verify: {file}</source>
        <translation>Paquete que no se verifica: {file}</translation>
    </message>
    <message>
        <source>Not read: {file}: {reason}</source>
        <translation>No leído: {file}: {reason}</translation>
    </message>
    <message>
        <source>Could not read {file}: {reason}</source>
        <translation>No se pudo leer {file}: {reason}</translation>
    </message>
</context>
</TS>
