<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Blank forms for the PDOT human-mobility matrices</source>
        <translation>Formularios en blanco de las matrices de movilidad humana del PDOT</translation>
    </message>
    <message>
        <source>Fill one row per item. Use the options listed under each table for the columns that have them. Afterwards, type the rows into the blank workbook (localplan template --xlsx) and import it into the plan: the columns are the same.</source>
        <translation>Llene una fila por elemento. En las columnas que tienen opciones, use las que se listan debajo de cada tabla. Después, digite las filas en el libro en blanco (localplan template --xlsx) e impórtelo al plan: las columnas son las mismas.</translation>
    </message>
</context>
</TS>
