<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
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
            <source>The file “{name}” is too large ({size} MB) to be a LocalPlan plan.</source>
            <translation>El archivo «{name}» es demasiado grande ({size} MB) para ser un plan de LocalPlan.</translation>
        </message>
        <message>
            <source>The plan “{name}” is damaged. Open one of its automatic backups instead.</source>
            <translation>El plan «{name}» está dañado. Abra en su lugar una de sus copias de seguridad automáticas.</translation>
        </message>
        <message>
            <source>The file “{name}” cannot be opened as a plan.</source>
            <translation>El archivo «{name}» no se puede abrir como plan.</translation>
        </message>
        <message>
            <source>The plan “{name}” is damaged or is not a LocalPlan plan.</source>
            <translation>El plan «{name}» está dañado o no es un plan de LocalPlan.</translation>
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
            <source>The plan “{name}” has been altered outside LocalPlan (unknown tables, views or triggers) and will not be opened.</source>
            <translation>El plan «{name}» fue modificado fuera de LocalPlan (tablas, vistas o disparadores desconocidos) y no se abrirá.</translation>
        </message>
        <message>
            <source>The plan “{name}” was made by a newer LocalPlan in a form this version cannot read.</source>
            <translation>El plan «{name}» fue creado por un LocalPlan más reciente en una forma que esta versión no puede leer.</translation>
        </message>
        <message>
            <source>The plan “{name}” holds more than {limit} rows in one table, far more than any plan; it will not be opened.</source>
            <translation>El plan «{name}» contiene más de {limit} filas en una tabla, muchas más que cualquier plan; no se abrirá.</translation>
        </message>
        <message>
            <source>This plan holds values LocalPlan cannot use ({count} found), so it is shown read-only and they are left empty in views and exports. First: {where}</source>
            <translation>Este plan contiene valores que LocalPlan no puede usar ({count} encontrados), por eso se muestra en solo lectura y esos valores quedan vacíos en las vistas y exportaciones. Primero: {where}</translation>
        </message>
    </context>
</TS>
