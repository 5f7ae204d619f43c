<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>[name the norms repealed or amended]</source>
        <translation>[indique las normas que se derogan o reforman]</translation>
    </message>
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
        <source>Given in the session hall of {body}, in {place}, on {date}.</source>
        <translation>Dada en la sala de sesiones de {body}, en {place}, el {date}.</translation>
    </message>
    <message>
        <source>CERTIFICATE OF APPROVAL</source>
        <translation>CERTIFICADO DE APROBACIÓN</translation>
    </message>
    <message>
        <source>I certify that this {act} was discussed and approved by {body} in a single debate, by simple majority, at its session of {date} (COOTAD art. 323).</source>
        <translation>Certifico que la presente {act} fue discutida y aprobada por {body} en un solo debate, por mayoría simple, en la sesión del {date} (COOTAD, art. 323).</translation>
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
        <source>Under articles 322 and 324 of COOTAD, the legal procedure having been followed, I SANCTION this {act} and order its promulgation and publication. EXECUTE IT. {place}, {date}.</source>
        <translation>De conformidad con los artículos 322 y 324 del COOTAD, y por haberse observado el trámite legal, SANCIONO la presente {act} y ordeno su promulgación y publicación. EJECÚTESE. {place}, {date}.</translation>
    </message>
    <message>
        <source>{name}, {role}, provided for and signed this {act}, and ordered its promulgation and publication, on {date}. I certify it.</source>
        <translation>Proveyó y firmó la presente {act}, y ordenó su promulgación y publicación, {name}, {role}, el {date}. Lo certifico.</translation>
    </message>
</context>
</TS>
