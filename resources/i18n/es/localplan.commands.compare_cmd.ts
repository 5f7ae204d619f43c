<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>compare workshop exercises side by side</source>
            <translation>compara ejercicios de taller lado a lado</translation>
        </message>
        <message>
            <source>Completeness, index, counts and checker findings of several plans, side by side.</source>
            <translation>Completitud, índice, conteos y hallazgos del verificador de varios planes, lado a lado.</translation>
        </message>
        <message>
            <source>also write the comparison as a workbook</source>
            <translation>escribe además la comparación como libro de Excel</translation>
        </message>
        <message>
            <source>replace output files that exist (never a plan or an input)</source>
            <translation>reemplazar los archivos de salida que ya existen (nunca un plan ni una entrada)</translation>
        </message>
        <message>
            <source>{file} against {first} (rows matched as when combining): {new}, {changed}, {deleted}</source>
            <translation>{file} frente a {first} (filas emparejadas como al combinar): {new}, {changed}, {deleted}</translation>
        </message>
        <message>
            <source>{count} new row</source>
            <translation>{count} fila nueva</translation>
        </message>
        <message>
            <source>{count} new rows</source>
            <translation>{count} filas nuevas</translation>
        </message>
        <message>
            <source>{count} row changed</source>
            <translation>{count} fila cambiada</translation>
        </message>
        <message>
            <source>{count} rows changed</source>
            <translation>{count} filas cambiadas</translation>
        </message>
        <message>
            <source>{count} row deleted</source>
            <translation>{count} fila eliminada</translation>
        </message>
        <message>
            <source>{count} rows deleted</source>
            <translation>{count} filas eliminadas</translation>
        </message>
        <message>
            <source>No plan files were found.</source>
            <translation>No se encontraron archivos de plan.</translation>
        </message>
        <message>
            <source>{file}: {gad} — {share} % complete, index {index}, {goals}, {projects}</source>
            <translation>{file}: {gad} — {share} % completo, índice {index}, {goals}, {projects}</translation>
        </message>
        <message>
            <source>{count} goal</source>
            <translation>{count} meta</translation>
        </message>
        <message>
            <source>{count} goals</source>
            <translation>{count} metas</translation>
        </message>
        <message>
            <source>{count} project</source>
            <translation>{count} proyecto</translation>
        </message>
        <message>
            <source>{count} projects</source>
            <translation>{count} proyectos</translation>
        </message>
        <message>
            <source>Could not read {file}: {reason}</source>
            <translation>No se pudo leer {file}: {reason}</translation>
        </message>
        <message>
            <source>{section}: {new} new, {changed} changed, {deleted} deleted</source>
            <translation>{section}: {new} nuevas, {changed} cambiadas, {deleted} eliminadas</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>Se escribió {path}</translation>
        </message>
    </context>
</TS>
