<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>“{value}” is not one of the options of this list.</source>
        <translation>«{value}» no es una de las opciones de esta lista.</translation>
    </message>
    <message>
        <source>Expected text.</source>
        <translation>Se esperaba un texto.</translation>
    </message>
    <message>
        <source>The text contains characters that are not valid.</source>
        <translation>El texto contiene caracteres no válidos.</translation>
    </message>
    <message>
        <source>The text is too long ({length} characters; at most {limit}).</source>
        <translation>El texto es demasiado largo ({length} caracteres; máximo {limit}).</translation>
    </message>
    <message>
        <source>Expected a whole number.</source>
        <translation>Se esperaba un número entero.</translation>
    </message>
    <message>
        <source>Expected a year between {low} and {high}.</source>
        <translation>Se esperaba un año entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Expected yes or no.</source>
        <translation>Se esperaba sí o no.</translation>
    </message>
    <message>
        <source>Unsupported value.</source>
        <translation>Valor no admitido.</translation>
    </message>
    <message>
        <source>Expected a number.</source>
        <translation>Se esperaba un número.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» no es un número.</translation>
    </message>
    <message>
        <source>The number is out of range.</source>
        <translation>El número está fuera de rango.</translation>
    </message>
    <message>
        <source>The value must be at least {minimum}.</source>
        <translation>El valor debe ser al menos {minimum}.</translation>
    </message>
    <message>
        <source>The value must be at most {maximum}.</source>
        <translation>El valor debe ser como máximo {maximum}.</translation>
    </message>
    <message>
        <source>“{value}” is not a date (use dd/mm/yyyy).</source>
        <translation>«{value}» no es una fecha (use dd/mm/aaaa).</translation>
    </message>
    <message>
        <source>Expected the number of a row.</source>
        <translation>Se esperaba el número de una fila.</translation>
    </message>
    <message>
        <source>Row {row} does not exist in the linked table.</source>
        <translation>La fila {row} no existe en la tabla vinculada.</translation>
    </message>
    <message>
        <source>Expected yearly values as “2024: 10, 2025: 20”.</source>
        <translation>Se esperaban valores anuales como «2024: 10, 2025: 20».</translation>
    </message>
    <message>
        <source>“{value}” is not a year.</source>
        <translation>«{value}» no es un año.</translation>
    </message>
</context>
</TS>
