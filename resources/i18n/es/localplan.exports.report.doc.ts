<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <source>Data fingerprint</source>
        <translation>Huella de los datos</translation>
    </message>
    <message>
        <source>Example plan</source>
        <translation>Plan de ejemplo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>DRAFT — 1 error</source>
        <translation>BORRADOR — 1 error</translation>
    </message>
    <message>
        <source>DRAFT — {n} errors</source>
        <translation>BORRADOR — {n} errores</translation>
    </message>
</context>
</TS>
