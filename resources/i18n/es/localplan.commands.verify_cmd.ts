<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>check a ministry package</source>
        <translation>comprueba un paquete para el ministerio</translation>
    </message>
    <message>
        <source>Recompute the hashes and the fingerprint of a package and say what differs.</source>
        <translation>Recalcula los resúmenes y la huella de un paquete e indica qué difiere.</translation>
    </message>
    <message>
        <source>The package is complete and every file matches its manifest.</source>
        <translation>El paquete está completo y cada archivo coincide con su manifiesto.</translation>
    </message>
</context>
</TS>
