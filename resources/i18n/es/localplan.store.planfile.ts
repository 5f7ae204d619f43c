<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>“{name}” is a folder, not a plan file.</source>
        <translation>«{name}» es una carpeta, no un archivo de plan.</translation>
    </message>
    <message>
        <source>The file “{name}” cannot be read ({reason}).</source>
        <translation>El archivo «{name}» no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>The plan “{name}” is damaged or is not a LocalPlan plan.</source>
        <translation>El plan «{name}» está dañado o no es un plan de LocalPlan.</translation>
    </message>
    <message>
        <source>This plan is open in another window or program; it is shown read-only.</source>
        <translation>Este plan está abierto en otra ventana o programa; se muestra solo para lectura.</translation>
    </message>
    <message>
        <source>The folder of this plan cannot be written to; it is shown read-only. Use “Save a copy as…” to keep working elsewhere.</source>
        <translation>No se puede escribir en la carpeta de este plan; se muestra solo para lectura. Use «Guardar una copia como…» para seguir trabajando en otro lugar.</translation>
    </message>
    <message>
        <source>The file is read-only; it is shown read-only. Use “Save a copy as…” to keep working elsewhere.</source>
        <translation>El archivo es de solo lectura; se muestra solo para lectura. Use «Guardar una copia como…» para seguir trabajando en otro lugar.</translation>
    </message>
    <message>
        <source>This plan was last saved by another program in a way LocalPlan does not use; it is shown read-only. Use “Save a copy as…” to keep working on a copy.</source>
        <translation>Este plan fue guardado por última vez por otro programa de una forma que LocalPlan no usa; se muestra solo para lectura. Use «Guardar una copia como…» para seguir trabajando en una copia.</translation>
    </message>
    <message>
        <source>This plan was made by a newer version of LocalPlan; it is shown read-only.</source>
        <translation>Este plan fue creado por una versión más reciente de LocalPlan; se muestra solo para lectura.</translation>
    </message>
    <message>
        <source>Opened read-only.</source>
        <translation>Abierto solo para lectura.</translation>
    </message>
    <message>
        <source>This plan comes from an older version and no backup could be written before upgrading it; it is shown read-only.</source>
        <translation>Este plan proviene de una versión anterior y no se pudo escribir una copia de seguridad antes de actualizarlo; se muestra solo para lectura.</translation>
    </message>
    <message>
        <source>The plan “{name}” could not be opened for writing ({reason}).</source>
        <translation>El plan «{name}» no se pudo abrir para escritura ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” already exists.</source>
        <translation>«{name}» ya existe.</translation>
    </message>
    <message>
        <source>“{name}” is open in another window or program; it was not replaced.</source>
        <translation>«{name}» está abierto en otra ventana o programa; no se reemplazó.</translation>
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
