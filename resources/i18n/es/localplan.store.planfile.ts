<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>The file “{name}” does not exist.</source>
        <translation>El archivo «{name}» no existe.</translation>
    </message>
    <message>
        <source>“{name}” is a folder, not a plan file.</source>
        <translation>«{name}» es una carpeta, no un archivo de plan.</translation>
    </message>
    <message>
        <source>The file “{name}” cannot be read ({reason}).</source>
        <translation>El archivo «{name}» no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>The file “{name}” is empty: it is not a LocalPlan plan.</source>
        <translation>El archivo «{name}» está vacío: no es un plan de LocalPlan.</translation>
    </message>
    <message>
        <source>The file “{name}” is not a LocalPlan plan.</source>
        <translation>El archivo «{name}» no es un plan de LocalPlan.</translation>
    </message>
    <message>
        <source>The file “{name}” cannot be opened as a plan.</source>
        <translation>El archivo «{name}» no se puede abrir como plan.</translation>
    </message>
    <message>
        <source>“{name}” is a database of another program, not a LocalPlan plan.</source>
        <translation>«{name}» es una base de datos de otro programa, no un plan de LocalPlan.</translation>
    </message>
    <message>
        <source>“{name}” was made by a version of LocalPlan too old to open.</source>
        <translation>«{name}» fue creado por una versión de LocalPlan demasiado antigua para abrirlo.</translation>
    </message>
    <message>
        <source>The plan “{name}” is damaged. Open one of its automatic backups instead.</source>
        <translation>El plan «{name}» está dañado. Abra en su lugar una de sus copias de seguridad automáticas.</translation>
    </message>
    <message>
        <source>The plan “{name}” has been altered outside LocalPlan (unknown tables, views or triggers) and will not be opened.</source>
        <translation>El plan «{name}» fue modificado fuera de LocalPlan (tablas, vistas o disparadores desconocidos) y no se abrirá.</translation>
    </message>
    <message>
        <source>The plan “{name}” was made by a newer LocalPlan in a form this version cannot read.</source>
        <translation>El plan «{name}» fue creado por un LocalPlan más reciente en una forma que esta versión no puede leer.</translation>
    </message>
    <message>
        <source>The plan “{name}” is damaged or is not a LocalPlan plan.</source>
        <translation>El plan «{name}» está dañado o no es un plan de LocalPlan.</translation>
    </message>
    <message>
        <source>The file “{name}” is too large ({size} MB) to be a LocalPlan plan.</source>
        <translation>El archivo «{name}» es demasiado grande ({size} MB) para ser un plan de LocalPlan.</translation>
    </message>
    <message>
        <source>The plan “{name}” holds more than {limit} rows in one table, far more than any plan; it will not be opened.</source>
        <translation>El plan «{name}» contiene más de {limit} filas en una tabla, muchas más que cualquier plan; no se abrirá.</translation>
    </message>
    <message>
        <source>This plan holds values LocalPlan cannot use ({count} found), so it is shown read-only and they are left empty in views and exports. First: {where}</source>
        <translation>Este plan contiene valores que LocalPlan no puede usar ({count} encontrados), por eso se muestra en solo lectura y esos valores quedan vacíos en las vistas y exportaciones. Primero: {where}</translation>
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
