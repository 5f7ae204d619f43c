<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>write blank templates for participants</source>
        <translation>escribe plantillas en blanco para participantes</translation>
    </message>
    <message>
        <source>Blank matrices to fill without a laptop; the workbook imports back into a plan.</source>
        <translation>Matrices en blanco para llenar sin computadora; el libro se importa de vuelta a un plan.</translation>
    </message>
    <message>
        <source>a blank workbook</source>
        <translation>un libro en blanco</translation>
    </message>
    <message>
        <source>printable blank forms</source>
        <translation>formularios en blanco para imprimir</translation>
    </message>
    <message>
        <source>INEC code, so parish lists fit the GAD</source>
        <translation>código INEC, para que las listas de parroquias correspondan al GAD</translation>
    </message>
    <message>
        <source>replace output files that exist (never a plan or an input)</source>
        <translation>reemplazar los archivos de salida que ya existen (nunca un plan ni una entrada)</translation>
    </message>
    <message>
        <source>Say what to write, e.g. --xlsx OUT.xlsx or --pdf OUT.pdf.</source>
        <translation>Indique qué escribir, p. ej. --xlsx SALIDA.xlsx o --pdf SALIDA.pdf.</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>Se escribió {path}</translation>
    </message>
</context>
</TS>
