<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Expected “{value}”.</source>
        <translation>Se esperaba «{value}».</translation>
    </message>
    <message>
        <source>The text is too long ({length} characters; at most {limit}).</source>
        <translation>El texto es demasiado largo ({length} caracteres; máximo {limit}).</translation>
    </message>
    <message>
        <source>“{value}” is not a date written as yyyy-mm-dd.</source>
        <translation>«{value}» no es una fecha escrita como aaaa-mm-dd.</translation>
    </message>
    <message>
        <source>Too many rows ({count}; at most {limit}).</source>
        <translation>Demasiadas filas ({count}; máximo {limit}).</translation>
    </message>
    <message>
        <source>The list names the same item twice.</source>
        <translation>La lista nombra el mismo elemento dos veces.</translation>
    </message>
    <message>
        <source>This value is required.</source>
        <translation>Este valor es obligatorio.</translation>
    </message>
    <message>
        <source>“{key}” is not a year between {low} and {high}.</source>
        <translation>«{key}» no es un año entre {low} y {high}.</translation>
    </message>
    <message>
        <source>“{value}” is not a number.</source>
        <translation>«{value}» no es un número.</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>Expected {kind}.</source>
        <translation>Se esperaba {kind}.</translation>
    </message>
    <message>
        <source>“{value}” is not one of the codes of this list (the interchange file holds codes, not labels).</source>
        <translation>«{value}» no es uno de los códigos de esta lista (el archivo de intercambio lleva códigos, no etiquetas).</translation>
    </message>
    <message>
        <source>Expected a code of the list (text) or null.</source>
        <translation>Se esperaba un código de la lista (texto) o null.</translation>
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
        <source>Expected a date written as yyyy-mm-dd.</source>
        <translation>Se esperaba una fecha escrita como aaaa-mm-dd.</translation>
    </message>
    <message>
        <source>The text contains characters that are not valid.</source>
        <translation>El texto contiene caracteres no válidos.</translation>
    </message>
    <message>
        <source>Unknown section “{key}”.</source>
        <translation>Sección desconocida «{key}».</translation>
    </message>
    <message>
        <source>Unknown entry “{key}” at the top of the document.</source>
        <translation>Entrada desconocida «{key}» en el nivel superior del documento.</translation>
    </message>
    <message>
        <source>Unknown field “{key}”.</source>
        <translation>Campo desconocido «{key}».</translation>
    </message>
</context>
</TS>
