<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Paste from spreadsheet</source>
        <translation>Pegar desde hoja de cálculo</translation>
    </message>
    <message>
        <source>{added} rows added, {changed} rows changed; {refused} cells refused (the rest of their rows went in).</source>
        <translation>{added} filas agregadas, {changed} filas modificadas; {refused} celdas rechazadas (el resto de sus filas sí se guardó).</translation>
    </message>
    <message>
        <source>The first {shown} of {count} problems are listed.</source>
        <translation>Se muestran los primeros {shown} de {count} problemas.</translation>
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
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
</context>
</TS>
