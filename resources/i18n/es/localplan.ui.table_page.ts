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
            <source>Delete</source>
            <translation>Eliminar</translation>
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
            <source>{count} rows</source>
            <translation>{count} filas</translation>
        </message>
        <message>
            <source>1 row</source>
            <translation>1 fila</translation>
        </message>
        <message>
            <source>The clipboard holds no rows to paste.</source>
            <translation>El portapapeles no contiene filas para pegar.</translation>
        </message>
        <message>
            <source>Paste 1 row</source>
            <translation>Pegar 1 fila</translation>
        </message>
        <message>
            <source>Paste {count} rows</source>
            <translation>Pegar {count} filas</translation>
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
