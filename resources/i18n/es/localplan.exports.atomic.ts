<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name>Export</name>
    <message>
        <source>“{name}” is an input of this command; it was not overwritten.</source>
        <translation>«{name}» es una entrada de este comando; no se sobrescribió.</translation>
    </message>
    <message>
        <source>“{name}” is named for two outputs.</source>
        <translation>«{name}» se indicó para dos salidas.</translation>
    </message>
    <message>
        <source>“{name}” is a plan file; an export never overwrites a plan.</source>
        <translation>«{name}» es un archivo de plan; una exportación nunca sobrescribe un plan.</translation>
    </message>
    <message>
        <source>“{name}” is a folder.</source>
        <translation>«{name}» es una carpeta.</translation>
    </message>
    <message>
        <source>“{name}” already exists; add --force to replace it.</source>
        <translation>«{name}» ya existe; añada --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>Cannot write in the folder “{folder}” ({reason}).</source>
        <translation>No se puede escribir en la carpeta «{folder}» ({reason}).</translation>
    </message>
    <message>
        <source>Cannot write “{name}” ({reason}).</source>
        <translation>No se puede escribir «{name}» ({reason}).</translation>
    </message>
</context>
</TS>
