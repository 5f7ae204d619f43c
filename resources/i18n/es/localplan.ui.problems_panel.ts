<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>All findings</source>
            <translation>Todos los hallazgos</translation>
        </message>
        <message>
            <source>Errors</source>
            <translation>Errores</translation>
        </message>
        <message>
            <source>Warnings</source>
            <translation>Advertencias</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notas</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>How to fix it</source>
            <translation>Cómo corregirlo</translation>
        </message>
        <message>
            <source>{count} error</source>
            <translation>{count} error</translation>
        </message>
        <message>
            <source>{count} errors</source>
            <translation>{count} errores</translation>
        </message>
        <message>
            <source>{count} warning</source>
            <translation>{count} advertencia</translation>
        </message>
        <message>
            <source>{count} warnings</source>
            <translation>{count} advertencias</translation>
        </message>
        <message>
            <source>{count} note</source>
            <translation>{count} nota</translation>
        </message>
        <message>
            <source>{count} notes</source>
            <translation>{count} notas</translation>
        </message>
    </context>
</TS>
