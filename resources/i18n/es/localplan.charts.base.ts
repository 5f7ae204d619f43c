<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>…and more sources, all listed in the annex of data sources.</source>
        <translation>…y más fuentes, todas listadas en el anexo de fuentes de datos.</translation>
    </message>
</context>
</TS>
