<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Priority-attention groups: the floor of COOTAD art. 249</source>
        <translation>Grupos de atención prioritaria: el mínimo del art. 249 del COOTAD</translation>
    </message>
    <message>
        <source>A GAD&apos;s budget must assign at least 10 % of its non-tax revenue to programmes for priority-attention groups (COOTAD art. 249); people in human mobility are among those groups, so this plan&apos;s projects are part of that spending.</source>
        <translation>El presupuesto de un GAD debe asignar al menos el 10 % de sus ingresos no tributarios a programas para grupos de atención prioritaria (COOTAD, art. 249); las personas en movilidad humana están entre esos grupos, por lo que los proyectos de este plan forman parte de ese gasto.</translation>
    </message>
    <message>
        <source>The GAD&apos;s non-tax revenue is not recorded in its profile: the floor cannot be computed.</source>
        <translation>Los ingresos no tributarios del GAD no constan en su perfil: no se puede calcular el mínimo.</translation>
    </message>
    <message>
        <source>not available</source>
        <translation>no disponible</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Non-tax revenue</source>
        <translation>Ingresos no tributarios</translation>
    </message>
    <message>
        <source>Floor (10 %)</source>
        <translation>Mínimo (10 %)</translation>
    </message>
    <message>
        <source>Priority-group budget</source>
        <translation>Presupuesto para grupos prioritarios</translation>
    </message>
    <message>
        <source>Of which this plan</source>
        <translation>De ello, este plan</translation>
    </message>
    <message>
        <source>Floor met</source>
        <translation>Cumple el mínimo</translation>
    </message>
    <message>
        <source>Annex C. Reference facts to verify</source>
        <translation>Anexo C. Datos de referencia por verificar</translation>
    </message>
    <message>
        <source>These facts come from secondary sources and are marked “to verify” wherever they appear; each names what it rests on. Check them against the official text before relying on them.</source>
        <translation>Estos datos provienen de fuentes secundarias y llevan la marca «por verificar» dondequiera que aparecen; cada uno indica en qué se basa. Contrástelos con el texto oficial antes de usarlos.</translation>
    </message>
</context>
</TS>
