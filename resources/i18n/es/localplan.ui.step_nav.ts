<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>{step}: {share} % of the required values filled</source>
        <translation>{step}: {share} % de los datos obligatorios completos</translation>
    </message>
</context>
</TS>
