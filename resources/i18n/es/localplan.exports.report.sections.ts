<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>{section} (continued)</source>
        <translation>{section} (continuación)</translation>
    </message>
</context>
</TS>
