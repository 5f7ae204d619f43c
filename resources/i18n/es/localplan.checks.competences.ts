<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>The project deals with {matter}, which is not among the competences of this level of government ({level}: {source}).</source>
        <translation>El proyecto trata de {matter}, que no está entre las competencias de este nivel de gobierno ({level}: {source}).</translation>
    </message>
    <message>
        <source>Do it by agreement (convenio) with the level that holds the competence and mark it “by agreement”{central}.</source>
        <translation>Ejecútelo mediante convenio con el nivel que tiene la competencia y márquelo «por convenio»{central}.</translation>
    </message>
    <message>
        <source>, or mark it as the central government&apos;s with the GAD coordinating</source>
        <translation>, o márquelo como competencia del Gobierno central con coordinación del GAD</translation>
    </message>
</context>
</TS>
