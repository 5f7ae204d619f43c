<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
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
        <source>“{name}” holds more than {limit} cells, far more than any plan; nothing was imported.</source>
        <translation>«{name}» contiene más de {limit} celdas, muchas más que cualquier plan; no se importó nada.</translation>
    </message>
    <message>
        <source>“{name}” holds more than {limit} texts, far more than any plan; nothing was imported.</source>
        <translation>«{name}» contiene más de {limit} textos, muchos más que cualquier plan; no se importó nada.</translation>
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
        <source>“{name}” holds no sheet LocalPlan can read: each matrix sheet needs its hidden row 2 (the column ids written by LocalPlan). Export a workbook or a blank template from LocalPlan and fill that one.</source>
        <translation>«{name}» no contiene ninguna hoja que LocalPlan pueda leer: cada hoja de matriz necesita su fila 2 oculta (los identificadores de columna que escribe LocalPlan). Exporte un libro o una plantilla en blanco desde LocalPlan y llene esa.</translation>
    </message>
    <message>
        <source>Adding rows as new rows: this single-record sheet was left out.</source>
        <translation>Al añadir las filas como filas nuevas, esta hoja de registro único se omitió.</translation>
    </message>
    <message>
        <source>“{name}” was exported from the plan of another GAD (INEC code {code}; this plan: {own}); nothing was imported. To add its rows to this plan as new rows, import it as new rows (--as-new-rows).</source>
        <translation>«{name}» se exportó del plan de otro GAD (código INEC {code}; este plan: {own}); no se importó nada. Para añadir sus filas a este plan como filas nuevas, impórtelo como filas nuevas (--as-new-rows).</translation>
    </message>
    <message>
        <source>“{name}” was exported from another plan file of this GAD; nothing was imported. To add its rows to this plan as new rows, import it as new rows (--as-new-rows).</source>
        <translation>«{name}» se exportó de otro archivo de plan de este GAD; no se importó nada. Para añadir sus filas a este plan como filas nuevas, impórtelo como filas nuevas (--as-new-rows).</translation>
    </message>
    <message>
        <source>The hidden row 2 with the column ids is missing; the sheet was not read (LocalPlan matches columns on those ids, not on the headings).</source>
        <translation>Falta la fila 2 oculta con los identificadores de columna; la hoja no se leyó (LocalPlan reconoce las columnas por esos identificadores, no por los encabezados).</translation>
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
        <source>A second sheet of the same matrix; it was skipped.</source>
        <translation>Una segunda hoja de la misma matriz; se omitió.</translation>
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
        <source>The row number (N.º) must be a whole number from 1 to {limit} (a row of the plan), or empty for a new row.</source>
        <translation>El número de fila (N.º) debe ser un número entero de 1 a {limit} (una fila del plan), o quedar vacío para una fila nueva.</translation>
    </message>
    <message>
        <source>The row number (N.º) {id} appears twice in this sheet.</source>
        <translation>El número de fila (N.º) {id} aparece dos veces en esta hoja.</translation>
    </message>
    <message>
        <source>Adding rows as new rows: links to other rows were left empty (their numbers name rows of the other plan).</source>
        <translation>Al añadir las filas como filas nuevas, los vínculos a otras filas quedaron vacíos (sus números señalan filas del otro plan).</translation>
    </message>
    <message>
        <source>A formula is not accepted here; type the value.</source>
        <translation>Aquí no se acepta una fórmula; escriba el valor.</translation>
    </message>
    <message>
        <source>The value is nested too deeply.</source>
        <translation>El valor está anidado a demasiada profundidad.</translation>
    </message>
    <message>
        <source>The INEC code of the GAD cannot be changed by a workbook.</source>
        <translation>El código INEC del GAD no se puede cambiar con un libro.</translation>
    </message>
    <message>
        <source>This sheet holds {count} records; it must hold exactly one (the plan&apos;s {section}). Nothing of it was imported.</source>
        <translation>Esta hoja contiene {count} registros; debe contener exactamente uno ({section} del plan). No se importó nada de ella.</translation>
    </message>
    <message>
        <source>Import workbook ({count} rows)</source>
        <translation>Importar libro ({count} filas)</translation>
    </message>
</context>
</TS>
