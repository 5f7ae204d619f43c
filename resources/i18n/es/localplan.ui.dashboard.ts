<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
<context>
    <name></name>
    <message>
        <source>no data yet</source>
        <translation>sin datos todavía</translation>
    </message>
    <message>
        <source>people in mobility living in the territory (each counted once)</source>
        <translation>personas en movilidad que viven en el territorio (cada una contada una vez)</translation>
    </message>
    <message>
        <source>people in transit, per period recorded ({year}; not added)</source>
        <translation>personas en tránsito, por periodo registrado ({year}; no se suman)</translation>
    </message>
    <message>
        <source>emigrants living abroad ({year}; not added)</source>
        <translation>personas emigrantes que viven en el exterior ({year}; no se suman)</translation>
    </message>
    <message>
        <source>mainstreaming index (0–100)</source>
        <translation>índice de transversalización (0–100)</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>metas</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>proyectos</translation>
    </message>
    <message>
        <source>budget for mobility</source>
        <translation>presupuesto para movilidad</translation>
    </message>
    <message>
        <source>checker errors</source>
        <translation>errores del verificador</translation>
    </message>
    <message>
        <source>Completeness of each step</source>
        <translation>Completitud de cada paso</translation>
    </message>
    <message>
        <source>GCM objectives: addressed by the proposal, and those of the national implementation plan</source>
        <translation>Objetivos del PMM: los que aborda la propuesta y los del plan nacional de implementación</translation>
    </message>
    <message>
        <source>Green: addressed by the plan ({count} of 23). Orange frame: prioritised by the national implementation plan.</source>
        <translation>Verde: abordado por el plan ({count} de 23). Marco naranja: priorizado por el plan nacional de implementación.</translation>
    </message>
    <message>
        <source>Suggested next actions</source>
        <translation>Acciones sugeridas</translation>
    </message>
    <message>
        <source>{n} point about later steps ({steps}) can wait until you reach them.</source>
        <translation>{n} observación sobre pasos posteriores ({steps}) puede esperar hasta que llegue a ellos.</translation>
    </message>
    <message>
        <source>{n} points about later steps ({steps}) can wait until you reach them.</source>
        <translation>{n} observaciones sobre pasos posteriores ({steps}) pueden esperar hasta que llegue a ellos.</translation>
    </message>
    <message>
        <source>Every step has its required content. Check the plan and export the submission.</source>
        <translation>Todos los pasos tienen su contenido obligatorio. Revise el plan y exporte la entrega.</translation>
    </message>
    <message>
        <source>Next step: {step}. Its required content is not complete yet.</source>
        <translation>Siguiente paso: {step}. Su contenido obligatorio aún no está completo.</translation>
    </message>
    <message>
        <source>Go to this step</source>
        <translation>Ir a este paso</translation>
    </message>
</context>
</TS>
