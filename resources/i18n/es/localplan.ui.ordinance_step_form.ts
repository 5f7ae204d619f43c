<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>Select a recorded step to edit it; every change is saved as you make it.</source>
            <translation>Seleccione un paso registrado para editarlo; cada cambio se guarda al hacerlo.</translation>
        </message>
    </context>
</TS>
