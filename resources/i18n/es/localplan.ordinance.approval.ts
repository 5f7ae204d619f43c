<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>The debate is dated before the bill was filed.</source>
        <translation>El debate tiene fecha anterior a la presentación del proyecto.</translation>
    </message>
    <message>
        <source>“{step}” is not a step of this level&apos;s procedure: a rural parish board approves its resolutions in a single debate (COOTAD art. 323).</source>
        <translation>«{step}» no es un paso del trámite de este nivel: la junta parroquial rural aprueba sus resoluciones en un solo debate (COOTAD, art. 323).</translation>
    </message>
    <message>
        <source>A publication is recorded before the resolution was approved.</source>
        <translation>Se registró una publicación antes de que se aprobara la resolución.</translation>
    </message>
    <message>
        <source>The second debate is on the same day as the first; COOTAD art. 322 requires two debates on different days.</source>
        <translation>El segundo debate está en el mismo día que el primero; el art. 322 del COOTAD exige dos debates en días distintos.</translation>
    </message>
    <message>
        <source>The second debate is dated before the first.</source>
        <translation>El segundo debate tiene una fecha anterior al primero.</translation>
    </message>
    <message>
        <source>A second debate is recorded without a first debate.</source>
        <translation>Hay un segundo debate registrado sin primer debate.</translation>
    </message>
    <message>
        <source>The first debate is dated before the bill was filed.</source>
        <translation>El primer debate tiene una fecha anterior a la presentación del proyecto.</translation>
    </message>
    <message>
        <source>The ordinance was sent to the executive before its second debate.</source>
        <translation>La ordenanza se remitió al ejecutivo antes de su segundo debate.</translation>
    </message>
    <message>
        <source>The ordinance was sent to the executive without a second debate.</source>
        <translation>La ordenanza se remitió al ejecutivo sin segundo debate.</translation>
    </message>
    <message>
        <source>The sanction or objection is dated before the ordinance reached the executive.</source>
        <translation>La sanción u observación tiene una fecha anterior a la recepción de la ordenanza por el ejecutivo.</translation>
    </message>
    <message>
        <source>The executive acted {days} day(s) after the eight-day period ended ({deadline}); by then the ordinance was deemed sanctioned by law (COOTAD art. 322).</source>
        <translation>El ejecutivo actuó {days} día(s) después de vencido el plazo de ocho días ({deadline}); para entonces la ordenanza ya se entendía sancionada por el ministerio de la ley (COOTAD, art. 322).</translation>
    </message>
    <message>
        <source>The executive has until {deadline} to sanction or object ({days} calendar day(s) left).</source>
        <translation>El ejecutivo tiene hasta el {deadline} para sancionar u observar (quedan {days} día(s) calendario).</translation>
    </message>
    <message>
        <source>The eight-day period ended on {deadline} without sanction or objection: the ordinance is deemed sanctioned by law (COOTAD art. 322). Record it and publish it.</source>
        <translation>El plazo de ocho días venció el {deadline} sin sanción ni observación: la ordenanza se entiende sancionada por el ministerio de la ley (COOTAD, art. 322). Regístrelo y publíquela.</translation>
    </message>
    <message>
        <source>The executive objected: the legislative body must accept the objection or ratify its text with two thirds of its members.</source>
        <translation>El ejecutivo observó la ordenanza: el órgano legislativo debe allanarse a la observación o ratificar su texto con las dos terceras partes de sus integrantes.</translation>
    </message>
    <message>
        <source>A publication is recorded before the ordinance was sanctioned.</source>
        <translation>Hay una publicación registrada antes de la sanción de la ordenanza.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
</context>
</TS>
