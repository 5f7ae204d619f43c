<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>Import a workbook</source>
            <translation>Importar un libro de Excel</translation>
        </message>
        <message>
            <source>Choose workbook…</source>
            <translation>Elegir libro…</translation>
        </message>
        <message>
            <source>Choose a workbook exported by LocalPlan or a blank template filled in.</source>
            <translation>Elija un libro exportado por LocalPlan o una plantilla en blanco ya llenada.</translation>
        </message>
        <message>
            <source>Sheet</source>
            <translation>Hoja</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Fila</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Columna</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>Write the accepted rows</source>
            <translation>Escribir las filas aceptadas</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Leyendo {file}…</translation>
        </message>
        <message>
            <source>reading the workbook</source>
            <translation>la lectura del libro</translation>
        </message>
        <message>
            <source>{rows} accepted ({changes}), {refused} refused.</source>
            <translation>{rows} aceptadas ({changes}), {refused} rechazadas.</translation>
        </message>
        <message>
            <source>{count} row</source>
            <translation>{count} fila</translation>
        </message>
        <message>
            <source>{count} rows</source>
            <translation>{count} filas</translation>
        </message>
        <message>
            <source>{count} change</source>
            <translation>{count} cambio</translation>
        </message>
        <message>
            <source>{count} changes</source>
            <translation>{count} cambios</translation>
        </message>
    </context>
</TS>
