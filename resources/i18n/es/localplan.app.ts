<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>Something went wrong, but your plan is safe: every change was saved when you made it.

The details are in {log}.</source>
            <translation>Algo salió mal, pero su plan está a salvo: cada cambio se guardó en el momento en que lo hizo.

Los detalles están en {log}.</translation>
        </message>
        <message>
            <source>(no log file could be written)</source>
            <translation>(no se pudo escribir el archivo de registro)</translation>
        </message>
        <message>
            <source>{count} screenshots in {folder}</source>
            <translation>{count} capturas de pantalla en {folder}</translation>
        </message>
    </context>
</TS>
