<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>Choose plan files…</source>
            <translation>Elegir archivos de plan…</translation>
        </message>
        <message>
            <source>Choose a folder…</source>
            <translation>Elegir una carpeta…</translation>
        </message>
        <message>
            <source>Save as workbook…</source>
            <translation>Guardar como libro de Excel…</translation>
        </message>
        <message>
            <source>Plans and packages (*.lplan *.json)</source>
            <translation>Planes y paquetes (*.lplan *.json)</translation>
        </message>
        <message>
            <source>Reading…</source>
            <translation>Leyendo…</translation>
        </message>
        <message>
            <source>reading the plans</source>
            <translation>la lectura de los planes</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing {path}…</source>
            <translation>Escribiendo {path}…</translation>
        </message>
        <message>
            <source>writing the workbook</source>
            <translation>la escritura del libro</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>Se escribió {path}</translation>
        </message>
        <message>
            <source>Compare plans</source>
            <translation>Comparar planes</translation>
        </message>
        <message>
            <source>Open several participants' plan files to see them side by side: completeness, index, counts and checker findings.</source>
            <translation>Abra los archivos de plan de varios participantes para verlos lado a lado: completitud, índice, conteos y hallazgos del verificador.</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <source>GAD</source>
            <translation>GAD</translation>
        </message>
        <message>
            <source>Mainstreaming index</source>
            <translation>Índice de transversalización</translation>
        </message>
        <message>
            <source>Checker errors</source>
            <translation>Errores del verificador</translation>
        </message>
        <message>
            <source>Goals</source>
            <translation>Metas</translation>
        </message>
        <message>
            <source>Projects</source>
            <translation>Proyectos</translation>
        </message>
        <message>
            <source>Rows against the first copy</source>
            <translation>Filas frente a la primera copia</translation>
        </message>
        <message>
            <source>{new} new, {changed} changed, {deleted} deleted</source>
            <translation>{new} nuevas, {changed} cambiadas, {deleted} eliminadas</translation>
        </message>
        <message>
            <source>{count} plans compared; {broken} files could not be read.</source>
            <translation>{count} planes comparados; {broken} archivos no se pudieron leer.</translation>
        </message>
        <message>
            <source>comparison</source>
            <translation>comparacion</translation>
        </message>
        <message>
            <source>Consolidate for the ministry</source>
            <translation>Consolidar para el ministerio</translation>
        </message>
        <message>
            <source>Choose plan files, JSON files and ministry packages, or a folder holding them: one row per GAD; the same GAD twice keeps the newest; broken files are listed, never fatal.</source>
            <translation>Elija archivos de plan, archivos JSON y paquetes para el ministerio, o una carpeta que los contenga: una fila por GAD; si el mismo GAD aparece dos veces se conserva el más reciente; los archivos dañados se listan, nunca detienen el proceso.</translation>
        </message>
        <message>
            <source>{count} GADs; {replaced} older duplicates left out; {broken} files could not be read.</source>
            <translation>{count} GAD; se dejaron fuera {replaced} duplicados más antiguos; {broken} archivos no se pudieron leer.</translation>
        </message>
        <message>
            <source>national</source>
            <translation>nacional</translation>
        </message>
    </context>
</TS>
