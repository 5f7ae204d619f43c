<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Cannot read “{name}” ({reason}).</source>
        <translation>No se puede leer «{name}» ({reason}).</translation>
    </message>
    <message>
        <source>“{name}” is too large ({size} MB) for a plan workbook; at most {limit} MB.</source>
        <translation>«{name}» es demasiado grande ({size} MB) para un libro de plan; máximo {limit} MB.</translation>
    </message>
    <message>
        <source>“{name}” is not an Excel workbook (.xlsx).</source>
        <translation>«{name}» no es un libro de Excel (.xlsx).</translation>
    </message>
    <message>
        <source>“{name}” is a ZIP file but not an Excel workbook.</source>
        <translation>«{name}» es un archivo ZIP, pero no es un libro de Excel.</translation>
    </message>
    <message>
        <source>“{name}” expands to {size} MB: too large to be a plan workbook.</source>
        <translation>«{name}» se expande a {size} MB: es demasiado grande para ser un libro de plan.</translation>
    </message>
    <message>
        <source>“{name}” has merged cells; unmerge them so each value sits in its own cell, then import again.</source>
        <translation>«{name}» tiene celdas combinadas; sepárelas para que cada valor quede en su propia celda e importe de nuevo.</translation>
    </message>
    <message>
        <source>“{name}” is a damaged workbook.</source>
        <translation>«{name}» es un libro dañado.</translation>
    </message>
    <message>
        <source>“{name}” could not be read as an Excel workbook.</source>
        <translation>«{name}» no se pudo leer como libro de Excel.</translation>
    </message>
    <message>
        <source>Unknown section “{key}”; the sheet was skipped.</source>
        <translation>Sección desconocida «{key}»; se omitió la hoja.</translation>
    </message>
    <message>
        <source>Too many columns.</source>
        <translation>Demasiadas columnas.</translation>
    </message>
    <message>
        <source>Unknown column “{key}”; it was ignored.</source>
        <translation>Columna desconocida «{key}»; se ignoró.</translation>
    </message>
    <message>
        <source>More than {limit} rows: the rest of the sheet was not read.</source>
        <translation>Más de {limit} filas: no se leyó el resto de la hoja.</translation>
    </message>
    <message>
        <source>A formula is not accepted here; type the value.</source>
        <translation>Aquí no se acepta una fórmula; escriba el valor.</translation>
    </message>
    <message>
        <source>The row number (N.º) must be a positive whole number or empty.</source>
        <translation>El número de fila (N.º) debe ser un entero positivo o quedar vacío.</translation>
    </message>
    <message>
        <source>Import workbook ({count} rows)</source>
        <translation>Importar libro ({count} filas)</translation>
    </message>
</context>
</TS>
