<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>The goal's indicator counts people or things, so it takes whole numbers, not {values}. Enter a whole number, or change the goal's measure if it is not a count.</source>
            <translation>El indicador de la meta cuenta personas o cosas, así que lleva números enteros, no {values}. Ingrese un número entero, o cambie la medida de la meta si no es un conteo.</translation>
        </message>
    </context>
</TS>
