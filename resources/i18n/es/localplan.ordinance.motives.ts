<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>source not stated</source>
        <translation>fuente no indicada</translation>
    </message>
    <message>
        <source>{label}: {persons} persons ({year}; source: {source})</source>
        <translation>{label}: {persons} personas ({year}; fuente: {source})</translation>
    </message>
    <message>
        <source>The diagnosis of the development and land-use plan records the following people in human mobility in the territory:</source>
        <translation>El diagnóstico del plan de desarrollo y ordenamiento territorial registra en el territorio a las siguientes personas en movilidad humana:</translation>
    </message>
    <message>
        <source>There is no figure yet for: {groups}. The local information system created by this act is meant to fill that gap.</source>
        <translation>Todavía no hay cifras sobre: {groups}. El sistema local de información que crea este acto busca cerrar ese vacío.</translation>
    </message>
    <message>
        <source>The diagnosis identified these problems, in order of priority:</source>
        <translation>El diagnóstico identificó estos problemas, en orden de prioridad:</translation>
    </message>
</context>
</TS>
