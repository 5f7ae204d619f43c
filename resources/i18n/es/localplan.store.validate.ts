<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Holds binary data instead of a value.</source>
        <translation>Contiene datos binarios en lugar de un valor.</translation>
    </message>
    <message>
        <source>Holds a value of the wrong kind.</source>
        <translation>Contiene un valor de un tipo equivocado.</translation>
    </message>
    <message>
        <source>Holds text that is not valid UTF-8.</source>
        <translation>Contiene texto que no es UTF-8 válido.</translation>
    </message>
    <message>
        <source>Holds “{value}” where a number belongs.</source>
        <translation>Contiene «{value}» donde corresponde un número.</translation>
    </message>
    <message>
        <source>Holds a number out of range.</source>
        <translation>Contiene un número fuera de rango.</translation>
    </message>
    <message>
        <source>Holds a fraction where a whole number belongs.</source>
        <translation>Contiene una fracción donde corresponde un número entero.</translation>
    </message>
    <message>
        <source>Holds {value}, which is not a year.</source>
        <translation>Contiene {value}, que no es un año.</translation>
    </message>
    <message>
        <source>Holds far more data than the field can use.</source>
        <translation>Contiene muchos más datos de los que el campo puede usar.</translation>
    </message>
    <message>
        <source>Holds data nested too deeply.</source>
        <translation>Contiene datos anidados a demasiada profundidad.</translation>
    </message>
    <message>
        <source>Holds damaged data.</source>
        <translation>Contiene datos dañados.</translation>
    </message>
    <message>
        <source>Holds “{value}”, which is not one of the options of this list.</source>
        <translation>Contiene «{value}», que no es una de las opciones de esta lista.</translation>
    </message>
    <message>
        <source>Holds “{value}” where the number of a row belongs.</source>
        <translation>Contiene «{value}» donde corresponde el número de una fila.</translation>
    </message>
    <message>
        <source>Holds “{value}” where yes or no belongs.</source>
        <translation>Contiene «{value}» donde corresponde sí o no.</translation>
    </message>
    <message>
        <source>Holds “{value}” where a date belongs.</source>
        <translation>Contiene «{value}» donde corresponde una fecha.</translation>
    </message>
    <message>
        <source>Holds “{value}” where a year belongs.</source>
        <translation>Contiene «{value}» donde corresponde un año.</translation>
    </message>
</context>
</TS>
