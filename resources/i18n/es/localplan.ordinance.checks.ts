<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>The ordinance states its single subject (COOTAD art. 322)</source>
        <translation>La ordenanza expresa su materia única (COOTAD, art. 322)</translation>
    </message>
    <message>
        <source>Every recital names its legal source</source>
        <translation>Cada considerando cita su fuente legal</translation>
    </message>
    <message>
        <source>No article, title or chapter is empty</source>
        <translation>Ningún artículo, título o capítulo está vacío</translation>
    </message>
    <message>
        <source>Numbering is continuous and every cross-reference points to an article</source>
        <translation>La numeración es continua y cada remisión apunta a un artículo</translation>
    </message>
    <message>
        <source>All required parts are present</source>
        <translation>Están todas las partes obligatorias</translation>
    </message>
    <message>
        <source>Every article lies within the level&apos;s competences, or is done by agreement</source>
        <translation>Cada artículo está dentro de las competencias del nivel, o se ejecuta por convenio</translation>
    </message>
    <message>
        <source>The approval procedure is in order</source>
        <translation>El trámite de aprobación está en orden</translation>
    </message>
    <message>
        <source>State the ordinance&apos;s single subject in one line (COOTAD art. 322).</source>
        <translation>Exprese en una línea la materia única de la ordenanza (COOTAD, art. 322).</translation>
    </message>
    <message>
        <source>The subject lists several matters; an ordinance deals with one subject only.</source>
        <translation>La materia enumera varios asuntos; una ordenanza trata una sola materia.</translation>
    </message>
    <message>
        <source>Recital {n} does not name its legal source.</source>
        <translation>El considerando {n} no cita su fuente legal.</translation>
    </message>
    <message>
        <source>Recital {n} has no text.</source>
        <translation>El considerando {n} no tiene texto.</translation>
    </message>
    <message>
        <source>{label} has no text.</source>
        <translation>{label} no tiene texto.</translation>
    </message>
    <message>
        <source>{label} has no name.</source>
        <translation>{label} no tiene nombre.</translation>
    </message>
    <message>
        <source>{label} holds no article.</source>
        <translation>{label} no contiene ningún artículo.</translation>
    </message>
    <message>
        <source>The articles are not numbered 1, 2, 3… without gaps.</source>
        <translation>Los artículos no están numerados 1, 2, 3… sin saltos.</translation>
    </message>
    <message>
        <source>The text uses titles but does not begin with one.</source>
        <translation>El texto usa títulos pero no empieza con uno.</translation>
    </message>
    <message>
        <source>{label} cites an article that no longer exists (#{id}).</source>
        <translation>{label} remite a un artículo que ya no existe (#{id}).</translation>
    </message>
    <message>
        <source>The ordinance has no title.</source>
        <translation>La ordenanza no tiene título.</translation>
    </message>
    <message>
        <source>The explanatory statement is empty (COOTAD art. 322 requires it).</source>
        <translation>La exposición de motivos está vacía (el art. 322 del COOTAD la exige).</translation>
    </message>
    <message>
        <source>There are no recitals (considerandos).</source>
        <translation>No hay considerandos.</translation>
    </message>
    <message>
        <source>There are no articles.</source>
        <translation>No hay artículos.</translation>
    </message>
    <message>
        <source>There is no final disposition saying when the ordinance enters into force.</source>
        <translation>No hay una disposición final que diga cuándo entra en vigencia la ordenanza.</translation>
    </message>
    <message>
        <source>The GAD profile lacks the name or level the heading and enacting formula come from.</source>
        <translation>Al perfil del GAD le falta el nombre o el nivel de los que salen el encabezado y la fórmula de expedición.</translation>
    </message>
    <message>
        <source>The GAD profile does not name the executive authority who signs.</source>
        <translation>El perfil del GAD no indica la autoridad ejecutiva que firma.</translation>
    </message>
    <message>
        <source>Name the secretary who certifies the debates.</source>
        <translation>Indique el secretario o la secretaria que certifica los debates.</translation>
    </message>
    <message>
        <source>The repealing or amending disposition does not name the norms it repeals or amends (COOTAD art. 322): fill in “Norms repealed or amended”, or delete the disposition if nothing is repealed.</source>
        <translation>La disposición derogatoria o reformatoria no nombra las normas que deroga o reforma (COOTAD, art. 322): llene «Normas que se derogan o reforman», o elimine la disposición si no se deroga nada.</translation>
    </message>
    <message>
        <source>{label} relies on a competence this level of government does not hold ({needs}; {level}: {source}). Do it by agreement (convenio) with the level that holds it and mark the article “by agreement”, or remove it.</source>
        <translation>El {label} se apoya en una competencia que este nivel de gobierno no tiene ({needs}; {level}: {source}). Ejecútelo mediante convenio con el nivel que la tiene y marque el artículo «por convenio», o elimínelo.</translation>
    </message>
</context>
</TS>
