<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>this act</source>
        <translation>este acto normativo</translation>
    </message>
    <message>
        <source>Start the ordinance from “{template}”</source>
        <translation>Iniciar la ordenanza con «{template}»</translation>
    </message>
    <message>
        <source>Ordinance no. 012-2019 on the municipal social assistance office (fictitious), only its articles on attention to people in transit</source>
        <translation>la Ordenanza n.º 012-2019 de la oficina municipal de asistencia social (ficticia), únicamente en sus artículos sobre la atención a personas en tránsito</translation>
    </message>
    <message>
        <source>The draft was discussed with organisations of people in human mobility and the institutions of the cantonal roundtable before it was filed.</source>
        <translation>El proyecto se discutió con organizaciones de personas en movilidad humana y con las instituciones de la mesa cantonal antes de su presentación.</translation>
    </message>
    <message>
        <source>Ordinary session no. 10</source>
        <translation>Sesión ordinaria n.º 10</translation>
    </message>
    <message>
        <source>Social development committee</source>
        <translation>Comisión de desarrollo social</translation>
    </message>
    <message>
        <source>Public procurement of the GAD shall value suppliers that hire people in human mobility on equal terms.</source>
        <translation>La contratación pública del GAD valorará a los proveedores que contraten a personas en movilidad humana en condiciones de igualdad.</translation>
    </message>
    <message>
        <source>Bill for the first debate</source>
        <translation>Proyecto para primer debate</translation>
    </message>
</context>
</TS>
