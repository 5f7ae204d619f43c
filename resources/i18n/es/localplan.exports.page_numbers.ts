<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
</context>
</TS>
