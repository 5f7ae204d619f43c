<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Valid options: {options}.</source>
        <translation>Opciones válidas: {options}.</translation>
    </message>
    <message>
        <source>The pasted text is too large ({size} characters; at most {limit}).</source>
        <translation>El texto pegado es demasiado grande ({size} caracteres; máximo {limit}).</translation>
    </message>
    <message>
        <source>{count} cells more than the table&apos;s columns; the extra ones were ignored.</source>
        <translation>{count} celdas más que las columnas de la tabla; las sobrantes se ignoraron.</translation>
    </message>
</context>
</TS>
