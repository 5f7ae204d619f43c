<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>Page &amp;P of &amp;N</source>
            <translation>Página &amp;P de &amp;N</translation>
        </message>
    </context>
</TS>
