<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Cannot write in the folder “{folder}” ({reason}).</source>
        <translation>No se puede escribir en la carpeta «{folder}» ({reason}).</translation>
    </message>
    <message>
        <source>“{folder}” already exists and is not an earlier package; choose an empty or new folder.</source>
        <translation>«{folder}» ya existe y no es un paquete anterior; elija una carpeta vacía o nueva.</translation>
    </message>
    <message>
        <source>Checking the plan</source>
        <translation>Verificando el plan</translation>
    </message>
    <message>
        <source>Package written</source>
        <translation>Paquete escrito</translation>
    </message>
</context>
</TS>
