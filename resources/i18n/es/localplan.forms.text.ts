<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>The text contains characters that are not valid.</source>
        <translation>El texto contiene caracteres no válidos.</translation>
    </message>
    <message>
        <source>The text contains a control character (U+{code:04X}) that a field cannot hold; remove it.</source>
        <translation>El texto contiene un carácter de control (U+{code:04X}) que un campo no puede guardar; quítelo.</translation>
    </message>
</context>
</TS>
