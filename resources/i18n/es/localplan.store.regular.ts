<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>“{name}” is a folder, not a file.</source>
        <translation>«{name}» es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>“{name}” is a named pipe (FIFO), not a file; it was not read.</source>
        <translation>«{name}» es una tubería con nombre (FIFO), no un archivo; no se leyó.</translation>
    </message>
    <message>
        <source>“{name}” is a device, not a file; it was not read.</source>
        <translation>«{name}» es un dispositivo, no un archivo; no se leyó.</translation>
    </message>
    <message>
        <source>“{name}” is a socket, not a file; it was not read.</source>
        <translation>«{name}» es un socket, no un archivo; no se leyó.</translation>
    </message>
    <message>
        <source>Cannot use “{name}” ({reason}).</source>
        <translation>No se puede usar «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” is not a regular file; it was not read.</source>
        <translation>«{name}» no es un archivo normal; no se leyó.</translation>
    </message>
    <message>
        <source>The file “{name}” does not exist.</source>
        <translation>El archivo «{name}» no existe.</translation>
    </message>
    <message>
        <source>Cannot read “{name}” ({reason}).</source>
        <translation>No se puede leer «{name}» ({reason}).</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the folder cannot be written</source>
        <translation>no se puede escribir en la carpeta</translation>
    </message>
    <message>
        <source>the name is too long for the file system</source>
        <translation>el nombre es demasiado largo para el sistema de archivos</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>la carpeta no existe</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>una carpeta tiene ese nombre</translation>
    </message>
    <message>
        <source>the name is a loop of symbolic links</source>
        <translation>el nombre es un bucle de enlaces simbólicos</translation>
    </message>
</context>
</TS>
