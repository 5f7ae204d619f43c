<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Human mobility in the development and land-use plan (PDOT) of your GAD: diagnosis, proposal, management model, ordinance and the submission to the ministry.</source>
        <translation>La movilidad humana en el plan de desarrollo y ordenamiento territorial (PDOT) de su GAD: diagnóstico, propuesta, modelo de gestión, ordenanza y la entrega al ministerio.</translation>
    </message>
    <message>
        <source>New plan…</source>
        <translation>Nuevo plan…</translation>
    </message>
    <message>
        <source>Open plan…</source>
        <translation>Abrir plan…</translation>
    </message>
    <message>
        <source>Open the example plan</source>
        <translation>Abrir el plan de ejemplo</translation>
    </message>
    <message>
        <source>Recent plans</source>
        <translation>Planes recientes</translation>
    </message>
    <message>
        <source>No recent plans yet. Create one, or open the example to look around.</source>
        <translation>Aún no hay planes recientes. Cree uno o abra el ejemplo para conocer el programa.</translation>
    </message>
    <message>
        <source>Version {version} · works without internet · every change is saved as you make it</source>
        <translation>Versión {version} · funciona sin internet · cada cambio se guarda al hacerlo</translation>
    </message>
</context>
</TS>
