<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>“{name}” already exists.</source>
        <translation>«{name}» ya existe.</translation>
    </message>
</context>
</TS>
