<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>the plan file was moved, renamed or deleted while it was open</source>
        <translation>el archivo del plan fue movido, renombrado o borrado mientras estaba abierto</translation>
    </message>
    <message>
        <source>the disk is full or cannot be written</source>
        <translation>el disco está lleno o no se puede escribir en él</translation>
    </message>
    <message>
        <source>the file or its folder cannot be written</source>
        <translation>no se puede escribir en el archivo o en su carpeta</translation>
    </message>
    <message>
        <source>the folder of the plan cannot be reached</source>
        <translation>no se puede acceder a la carpeta del plan</translation>
    </message>
    <message>
        <source>another program is using the file</source>
        <translation>otro programa está usando el archivo</translation>
    </message>
    <message>
        <source>This plan is open read-only.</source>
        <translation>Este plan está abierto solo para lectura.</translation>
    </message>
    <message>
        <source>The change could not be saved ({reason}). Nothing was changed; if the disk is full or the memory stick was removed, fix that or use “Save a copy as…”.</source>
        <translation>No se pudo guardar el cambio ({reason}). No se modificó nada; si el disco está lleno o se retiró la memoria USB, corríjalo o use «Guardar una copia como…».</translation>
    </message>
    <message>
        <source>That row no longer exists.</source>
        <translation>Esa fila ya no existe.</translation>
    </message>
    <message>
        <source>Edit {field}</source>
        <translation>Editar {field}</translation>
    </message>
    <message>
        <source>Edit {section}</source>
        <translation>Editar {section}</translation>
    </message>
    <message>
        <source>This section holds a single record.</source>
        <translation>Esta sección tiene un único registro.</translation>
    </message>
    <message>
        <source>Add {row}</source>
        <translation>Agregar {row}</translation>
    </message>
    <message>
        <source>Delete {row}</source>
        <translation>Eliminar {row}</translation>
    </message>
    <message>
        <source>Delete {count} rows</source>
        <translation>Eliminar {count} filas</translation>
    </message>
    <message>
        <source>Move {row}</source>
        <translation>Mover {row}</translation>
    </message>
    <message>
        <source>Choose another name or folder: “{name}” is the plan that is open.</source>
        <translation>Elija otro nombre u otra carpeta: «{name}» es el plan que está abierto.</translation>
    </message>
</context>
</TS>
