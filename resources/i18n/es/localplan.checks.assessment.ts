<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_EC">
    <context>
        <name />
        <message>
            <source>{count} roundtables in the management model.</source>
            <translation>{count} mesas en el modelo de gestión.</translation>
        </message>
        <message>
            <source>{part} of {whole} mobility categories have a sourced figure.</source>
            <translation>{part} de {whole} categorías de movilidad tienen una cifra con fuente.</translation>
        </message>
        <message>
            <source>{part} of {whole} goals are disaggregated by mobility category.</source>
            <translation>{part} de {whole} metas se desagregan por categoría de movilidad.</translation>
        </message>
        <message>
            <source>{part} of {whole} projects have a budget.</source>
            <translation>{part} de {whole} proyectos tienen presupuesto.</translation>
        </message>
        <message>
            <source>{part} of {whole} objectives are aligned to the GCM and the national plan.</source>
            <translation>{part} de {whole} objetivos están alineados al PMM y al Plan Nacional.</translation>
        </message>
        <message>
            <source>{count} referral routes agreed.</source>
            <translation>{count} rutas de derivación acordadas.</translation>
        </message>
        <message>
            <source>{count} participation mechanisms involve people in mobility.</source>
            <translation>{count} mecanismos de participación incluyen a personas en movilidad.</translation>
        </message>
        <message>
            <source>{count} objectives, goals or projects address GCM objectives 16 or 17.</source>
            <translation>{count} objetivos, metas o proyectos abordan los objetivos 16 o 17 del PMM.</translation>
        </message>
        <message>
            <source>{count} organisations of people in mobility among the actors.</source>
            <translation>{count} organizaciones de personas en movilidad entre los actores.</translation>
        </message>
        <message>
            <source>{part} of {whole} goals have a responsible and a frequency.</source>
            <translation>{part} de {whole} metas tienen responsable y frecuencia.</translation>
        </message>
        <message>
            <source>{part} of {whole} goals have achieved values recorded.</source>
            <translation>{part} de {whole} metas tienen valores alcanzados registrados.</translation>
        </message>
        <message>
            <source>{share} % of the mobility budget comes from own funds.</source>
            <translation>El {share} % del presupuesto de movilidad proviene de recursos propios.</translation>
        </message>
        <message>
            <source>Not answered yet.</source>
            <translation>Aún sin respuesta.</translation>
        </message>
        <message>
            <source>Draft the human-mobility ordinance from a template in the Ordinance step.</source>
            <translation>Redacte la ordenanza de movilidad humana a partir de una plantilla en el paso Ordenanza.</translation>
        </message>
        <message>
            <source>Set up a local human-mobility roundtable and record it under Articulation.</source>
            <translation>Conforme una mesa local de movilidad humana y regístrela en Articulación.</translation>
        </message>
        <message>
            <source>(threshold {value}: {source})</source>
            <translation>(umbral {value}: {source})</translation>
        </message>
        <message>
            <source>1 roundtable in the management model.</source>
            <translation>1 mesa en el modelo de gestión.</translation>
        </message>
        <message>
            <source>1 cantonal rights-protection council (CCPD) among the actors, {active} working in the plan; the protection boards (JCPD) are not counted here.</source>
            <translation>1 consejo cantonal de protección de derechos (CCPD) entre los actores, {active} con trabajo en el plan; las juntas de protección (JCPD) no se cuentan aquí.</translation>
        </message>
        <message>
            <source>{count} cantonal rights-protection councils (CCPD) among the actors, {active} working in the plan; the protection boards (JCPD) are not counted here.</source>
            <translation>{count} consejos cantonales de protección de derechos (CCPD) entre los actores, {active} con trabajo en el plan; las juntas de protección (JCPD) no se cuentan aquí.</translation>
        </message>
        <message>
            <source>1 referral route agreed.</source>
            <translation>1 ruta de derivación acordada.</translation>
        </message>
        <message>
            <source>1 participation mechanism involves people in mobility.</source>
            <translation>1 mecanismo de participación incluye a personas en movilidad.</translation>
        </message>
        <message>
            <source>1 objective, goal or project addresses GCM objectives 16 or 17.</source>
            <translation>1 objetivo, meta o proyecto aborda los objetivos 16 o 17 del PMM.</translation>
        </message>
        <message>
            <source>1 organisation of people in mobility among the actors.</source>
            <translation>1 organización de personas en movilidad entre los actores.</translation>
        </message>
        <message>
            <source>Work with the cantonal rights-protection council (CCPD) in the plan: an agreement, a project or risk coordination.</source>
            <translation>Trabaje con el consejo cantonal de protección de derechos (CCPD) dentro del plan: un convenio, un proyecto o la coordinación de riesgos.</translation>
        </message>
        <message>
            <source>Name a unit or officer responsible for human mobility.</source>
            <translation>Designe una unidad o funcionario responsable de la movilidad humana.</translation>
        </message>
        <message>
            <source>Add sourced figures for the mobility categories still missing.</source>
            <translation>Agregue cifras con fuente para las categorías de movilidad que faltan.</translation>
        </message>
        <message>
            <source>Disaggregate the goals by mobility category.</source>
            <translation>Desagregue las metas por categoría de movilidad.</translation>
        </message>
        <message>
            <source>Give every mobility project a budget per year.</source>
            <translation>Asigne presupuesto por año a cada proyecto de movilidad.</translation>
        </message>
        <message>
            <source>Align each objective to the GCM and to an axis of the national plan.</source>
            <translation>Alinee cada objetivo al PMM y a un eje del Plan Nacional.</translation>
        </message>
        <message>
            <source>Agree with health and education that people in mobility are served whatever their status.</source>
            <translation>Acuerde con salud y educación que se atienda a las personas en movilidad sin importar su condición migratoria.</translation>
        </message>
        <message>
            <source>Plan projects on work, income and housing for people in mobility.</source>
            <translation>Planifique proyectos de trabajo, ingresos y vivienda para personas en movilidad.</translation>
        </message>
        <message>
            <source>Agree a referral route for victims of trafficking and smuggling.</source>
            <translation>Acuerde una ruta de derivación para víctimas de trata y tráfico.</translation>
        </message>
        <message>
            <source>Open a service centre or help desk for people in mobility.</source>
            <translation>Abra un centro o punto de atención para personas en movilidad.</translation>
        </message>
        <message>
            <source>Involve people in mobility through a participation mechanism.</source>
            <translation>Involucre a las personas en movilidad mediante un mecanismo de participación.</translation>
        </message>
        <message>
            <source>Plan actions against xenophobia and for social cohesion (GCM 16, 17).</source>
            <translation>Planifique acciones contra la xenofobia y por la cohesión social (PMM 16, 17).</translation>
        </message>
        <message>
            <source>Recognise organisations of people in mobility as actors.</source>
            <translation>Reconozca a las organizaciones de personas en movilidad como actores.</translation>
        </message>
        <message>
            <source>Share information on rights and services in accessible formats.</source>
            <translation>Difunda información sobre derechos y servicios en formatos accesibles.</translation>
        </message>
        <message>
            <source>Give every goal a responsible and a monitoring frequency.</source>
            <translation>Asigne a cada meta un responsable y una frecuencia de seguimiento.</translation>
        </message>
        <message>
            <source>Set up a local information system with data disaggregated by mobility.</source>
            <translation>Implemente un sistema local de información con datos desagregados por movilidad.</translation>
        </message>
        <message>
            <source>Record the achieved value of every goal each year.</source>
            <translation>Registre cada año el valor alcanzado de cada meta.</translation>
        </message>
        <message>
            <source>Fund part of the mobility projects from the GAD's own resources.</source>
            <translation>Financie parte de los proyectos de movilidad con recursos propios del GAD.</translation>
        </message>
    </context>
</TS>
