<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>development version</source>
        <translation>versión de desarrollo</translation>
    </message>
    <message>
        <source>Build: {commit}</source>
        <translation>Compilación: {commit}</translation>
    </message>
    <message>
        <source>LocalPlan helps local governments of Ecuador put human mobility into their development and land-use plans and draft a human-mobility ordinance. Free software under the GNU GPL, version 3 or later.</source>
        <translation>LocalPlan ayuda a los gobiernos locales del Ecuador a incorporar la movilidad humana en sus planes de desarrollo y ordenamiento territorial y a redactar una ordenanza de movilidad humana. Software libre bajo la GNU GPL, versión 3 o posterior.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Fuentes de datos</translation>
    </message>
    <message>
        <source>Administrative division: INEC, División Político-Administrativa (provinces, cantons, parishes).</source>
        <translation>División administrativa: INEC, División Político-Administrativa (provincias, cantones, parroquias).</translation>
    </message>
    <message>
        <source>Global Compact for Safe, Orderly and Regular Migration: UN General Assembly resolution 73/195 (2018).</source>
        <translation>Pacto Mundial para la Migración Segura, Ordenada y Regular: resolución 73/195 de la Asamblea General de la ONU (2018).</translation>
    </message>
    <message>
        <source>Sustainable Development Goals: UN General Assembly resolution 70/1 (2015).</source>
        <translation>Objetivos de Desarrollo Sostenible: resolución 70/1 de la Asamblea General de la ONU (2015).</translation>
    </message>
    <message>
        <source>Mobility categories: Ley Orgánica de Movilidad Humana (2017); internal displacement: Constitution, art. 42.</source>
        <translation>Categorías de movilidad: Ley Orgánica de Movilidad Humana (2017); desplazamiento interno: Constitución, art. 42.</translation>
    </message>
    <message>
        <source>National Development Plan 2025–2029 axes; editable reference data.</source>
        <translation>Ejes del Plan Nacional de Desarrollo 2025–2029; datos de referencia editables.</translation>
    </message>
    <message>
        <source>Bundled software and fonts</source>
        <translation>Software y tipografías incluidos</translation>
    </message>
    <message>
        <source>DejaVu fonts — free licence (Bitstream Vera derivative), text in {path}</source>
        <translation>Tipografías DejaVu — licencia libre (derivada de Bitstream Vera), texto en {path}</translation>
    </message>
    <message>
        <source>Licence texts of the bundled libraries: {path}</source>
        <translation>Textos de licencia de las bibliotecas incluidas: {path}</translation>
    </message>
    <message>
        <source>About LocalPlan</source>
        <translation>Acerca de LocalPlan</translation>
    </message>
</context>
</TS>
