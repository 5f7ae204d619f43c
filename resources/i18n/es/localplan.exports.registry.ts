<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name>Exporters</name>
    <message>
        <source>Ministry package (all files and a manifest)</source>
        <translation>Paquete para el ministerio (todos los archivos y un manifiesto)</translation>
    </message>
</context>
</TS>
