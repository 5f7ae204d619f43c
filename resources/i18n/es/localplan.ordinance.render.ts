<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>Untitled ordinance</source>
        <translation>Ordenanza sin título</translation>
    </message>
    <message>
        <source>EXPLANATORY STATEMENT</source>
        <translation>EXPOSICIÓN DE MOTIVOS</translation>
    </message>
    <message>
        <source>WHEREAS:</source>
        <translation>CONSIDERANDO:</translation>
    </message>
    <message>
        <source>Whereas,</source>
        <translation>Que,</translation>
    </message>
    <message>
        <source>In exercise of the powers conferred by {powers},</source>
        <translation>En ejercicio de las atribuciones que le confieren {powers},</translation>
    </message>
    <message>
        <source>ISSUES the following:</source>
        <translation>EXPIDE la siguiente:</translation>
    </message>
    <message>
        <source>Given and signed in the session hall of {body}, in {place}, on {date}.</source>
        <translation>Dado y firmado en la sala de sesiones de {body}, en {place}, el {date}.</translation>
    </message>
    <message>
        <source>CERTIFICATE OF DEBATES</source>
        <translation>CERTIFICADO DE DISCUSIÓN</translation>
    </message>
    <message>
        <source>I certify that this {act} was discussed and approved by {body} in two debates, held on {first} and {second}.</source>
        <translation>Certifico que la presente {act} fue discutida y aprobada por {body} en dos debates, realizados el {first} y el {second}.</translation>
    </message>
    <message>
        <source>Under article 322 of COOTAD, the legal procedure having been followed, I SANCTION this {act} and order its promulgation and publication. {place}, {date}.</source>
        <translation>De conformidad con el artículo 322 del COOTAD, y por haberse observado el trámite legal, SANCIONO la presente {act} y ordeno su promulgación y publicación. {place}, {date}.</translation>
    </message>
    <message>
        <source>{name}, {role}, sanctioned this {act} and ordered its publication on {date}. I certify it.</source>
        <translation>Sancionó y ordenó la promulgación y publicación de la presente {act} {name}, {role}, el {date}. Lo certifico.</translation>
    </message>
</context>
</TS>
