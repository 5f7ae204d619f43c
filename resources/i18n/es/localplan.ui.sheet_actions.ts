<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>The pasted text is too large ({size} characters; at most {limit}).</source>
            <translation>El texto pegado es demasiado grande ({size} caracteres; máximo {limit}).</translation>
        </message>
        <message>
            <source>{count} cells more than the table's columns; the extra ones were ignored.</source>
            <translation>{count} celdas más que las columnas de la tabla; las sobrantes se ignoraron.</translation>
        </message>
        <message>
            <source>Paste {count} rows</source>
            <translation>Pegar {count} filas</translation>
        </message>
        <message>
            <source>Paste 1 row</source>
            <translation>Pegar 1 fila</translation>
        </message>
        <message>
            <source>Fill down</source>
            <translation>Rellenar hacia abajo</translation>
        </message>
        <message>
            <source>Clear {count} cells</source>
            <translation>Vaciar {count} celdas</translation>
        </message>
        <message>
            <source>Clear 1 cell</source>
            <translation>Vaciar 1 celda</translation>
        </message>
    </context>
</TS>
