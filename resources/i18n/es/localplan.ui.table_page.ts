<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>Add row</source>
            <translation>Agregar fila</translation>
        </message>
        <message>
            <source>Add a row at the end (Ctrl++). Delete rows: Ctrl+-. Fill down: Ctrl+D.</source>
            <translation>Agregar una fila al final (Ctrl++). Eliminar filas: Ctrl+-. Rellenar hacia abajo: Ctrl+D.</translation>
        </message>
        <message>
            <source>Delete rows</source>
            <translation>Eliminar filas</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Subir</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Bajar</translation>
        </message>
        <message>
            <source>Paste from spreadsheet</source>
            <translation>Pegar desde hoja de cálculo</translation>
        </message>
        <message>
            <source>Filter rows…</source>
            <translation>Filtrar filas…</translation>
        </message>
        <message>
            <source>Row editor</source>
            <translation>Editor de fila</translation>
        </message>
        <message>
            <source>Show the form below the table that edits the current row</source>
            <translation>Muestra, debajo de la tabla, el formulario que edita la fila actual</translation>
        </message>
        <message>
            <source>{count} rows</source>
            <translation>{count} filas</translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 fila</translation>
        </message>
        <message>
            <source>Delete {count} rows</source>
            <translation>Eliminar {count} filas</translation>
        </message>
        <message>
            <source>Delete row</source>
            <translation>Eliminar fila</translation>
        </message>
        <message>
            <source>1 row deleted. Undo (Ctrl+Z) brings it back.</source>
            <translation>1 fila eliminada. Deshacer (Ctrl+Z) la recupera.</translation>
        </message>
        <message>
            <source>{count} rows deleted. Undo (Ctrl+Z) brings them back.</source>
            <translation>{count} filas eliminadas. Deshacer (Ctrl+Z) las recupera.</translation>
        </message>
        <message>
            <source>The clipboard holds no rows to paste.</source>
            <translation>El portapapeles no contiene filas para pegar.</translation>
        </message>
        <message>
            <source>{count} row added</source>
            <translation>{count} fila agregada</translation>
        </message>
        <message>
            <source>{count} rows added</source>
            <translation>{count} filas agregadas</translation>
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
            <source>Paste</source>
            <translation>Pegar</translation>
        </message>
        <message>
            <source>Only the first {limit} rows were read; {count} more were left out. Paste them in parts of up to {limit} rows, or import them from the Excel workbook.</source>
            <translation>Solo se leyeron las primeras {limit} filas; quedaron fuera {count} más. Péguelas por partes de hasta {limit} filas o impórtelas desde el libro de Excel.</translation>
        </message>
    </context>
</TS>
