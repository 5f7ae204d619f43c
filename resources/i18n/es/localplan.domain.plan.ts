<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
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
</context>
</TS>
