<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>create a new plan file</source>
        <translation>crea un archivo de plan nuevo</translation>
    </message>
    <message>
        <source>Create a new plan file for a GAD.</source>
        <translation>Crea un archivo de plan nuevo para un GAD.</translation>
    </message>
    <message>
        <source>the plan file to create</source>
        <translation>el archivo de plan que se creará</translation>
    </message>
    <message>
        <source>INEC code of the province (2 digits), canton (4) or parish (6)</source>
        <translation>código INEC de la provincia (2 dígitos), el cantón (4) o la parroquia (6)</translation>
    </message>
    <message>
        <source>first and last year of the plan</source>
        <translation>año inicial y año final del plan</translation>
    </message>
    <message>
        <source>replace the file if it exists</source>
        <translation>reemplaza el archivo si existe</translation>
    </message>
    <message>
        <source>The period “{period}” is not valid; write it as 2023-2027.</source>
        <translation>El periodo «{period}» no es válido; escríbalo como 2023-2027.</translation>
    </message>
    <message>
        <source>Created {path} for {name}.</source>
        <translation>Se creó {path} para {name}.</translation>
    </message>
</context>
</TS>
