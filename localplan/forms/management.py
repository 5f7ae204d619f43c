"""Modelo de gestión: articulation, monitoring, participation and risks."""

from localplan.forms.spec import Field, FieldType, Section
from localplan.i18n import T

F = FieldType

ARTICULATION = Section(
    id="articulation", step="management", since=2, row_name=T("agreement", "articulación"),
    title=T("Articulation and coordination", "Articulación y coordinación"),
    tab_title=T("Coordination", "Articulación"), label_field="purpose",
    help=T("Strategy 1 of the management model: with which actors the GAD coordinates, for what, and through which instrument.",
           "Estrategia 1 del modelo de gestión: con qué actores se coordina el GAD, para qué y mediante qué instrumento."),
    fields=(
        Field("actor", T("Actor", "Actor"), F.LINK, link="actors", required=True, width=22),
        Field("purpose", T("Purpose", "Para qué"), required=True, width=30),
        Field("instrument", T("Instrument", "Instrumento"), F.CHOICE, choices="instruments", required=True, width=18),
        Field("commitments", T("Commitments", "Compromisos"), F.LONGTEXT, width=30),
        Field("start_date", T("From", "Desde"), F.DATE, width=10),
        Field("end_date", T("Until", "Hasta"), F.DATE, width=10),
        Field("goals", T("Goals served", "Metas a las que aporta"), F.MULTILINK, link="goals", width=14),
    ),
)

MONITORING = Section(
    id="monitoring", step="management", since=2, row_name=T("monitoring entry", "seguimiento"),
    title=T("Monitoring and evaluation", "Seguimiento y evaluación"),
    tab_title=T("Monitoring", "Seguimiento"), label_field="report",
    help=T("Strategy 3 of the management model. For each goal: how often it is followed, by whom, in which report, "
           "and the value achieved each year.",
           "Estrategia 3 del modelo de gestión. Para cada meta: cada cuánto se sigue, quién lo hace, en qué informe y el "
           "valor alcanzado cada año."),
    fields=(
        Field("goal", T("Goal", "Meta"), F.LINK, link="goals", required=True, width=24),
        Field("frequency", T("Frequency", "Frecuencia"), F.CHOICE, choices="frequency", required=True, width=12),
        Field("responsible", T("Responsible", "Responsable"), required=True, width=20),
        Field("report", T("Report", "Informe"), width=20, placeholder=T("e.g. yearly SIGAD report", "p. ej. reporte anual al SIGAD")),
        Field("calendar", T("Calendar", "Calendario"), width=18, placeholder=T("e.g. February–March each year", "p. ej. febrero–marzo de cada año")),
        Field("achieved_by_year", T("Achieved per year", "Valor alcanzado por año"), F.YEAR_VALUES, width=24),
        Field("notes", T("Notes", "Notas"), F.LONGTEXT, in_table=False),
    ),
)

PARTICIPATION = Section(
    id="participation", step="management", since=2, row_name=T("mechanism", "mecanismo"),
    title=T("Participation", "Participación"), label_field="name",
    help=T("How people in mobility take part in planning and follow-up.",
           "Cómo participan las personas en movilidad en la planificación y el seguimiento."),
    fields=(
        Field("mechanism", T("Mechanism", "Mecanismo"), F.CHOICE, choices="participation_mechanisms", required=True, width=24),
        Field("name", T("Name", "Nombre"), required=True, width=26),
        Field("date", T("Date", "Fecha"), F.DATE, width=10),
        Field("participants", T("Participants", "Participantes"), F.INTEGER, minimum=0, width=10),
        Field("groups", T("Mobility groups", "Grupos en movilidad"), F.MULTICHOICE, choices="mobility_categories", width=20),
        Field("outcome", T("Outcome", "Resultado"), F.LONGTEXT, width=30),
    ),
)

RISKS = Section(
    id="risks", step="management", since=2, row_name=T("risk", "riesgo"),
    title=T("Risks to carrying out the plan", "Riesgos para la ejecución del plan"),
    tab_title=T("Risks", "Riesgos"), label_field="risk",
    help=T("A register of what could stop the plan's projects, how likely, how serious, and what the GAD will do. "
           "Disaster risk is strategy 2, in its own section.",
           "Registro de lo que podría impedir los proyectos del plan, con qué probabilidad, con qué impacto y qué hará el "
           "GAD. El riesgo de desastres es la estrategia 2, en su propia sección."),
    fields=(
        Field("risk", T("Risk", "Riesgo"), required=True, width=30),
        Field("likelihood", T("Likelihood", "Probabilidad"), F.CHOICE, choices="levels3", required=True, width=10),
        Field("impact", T("Impact", "Impacto"), F.CHOICE, choices="levels3", required=True, width=10),
        Field("mitigation", T("Mitigation", "Mitigación"), F.LONGTEXT, required=True, width=34),
        Field("responsible", T("Responsible", "Responsable"), width=18),
        Field("projects", T("Projects affected", "Proyectos afectados"), F.MULTILINK, link="projects", width=14),
    ),
)

# --- new in schema 4: the 2019 guide's strategies 2 and 4 as their own sections ---

RISK_REDUCTION = Section(
    id="risk_reduction", step="management", since=4, row_name=T("measure", "medida"),
    title=T("Progressive reduction of risk factors", "Reducción progresiva de los factores de riesgo"),
    tab_title=T("Risk reduction", "Reducción de riesgos"), label_field="measure",
    help=T("Strategy 2 of the management model: the hazards of the territory, who is exposed (people displaced by "
           "disasters or violence among them) and what the GAD does to reduce or mitigate the risk.",
           "Estrategia 2 del modelo de gestión: las amenazas del territorio, quiénes están expuestos (entre ellos las "
           "personas desplazadas por desastres o violencia) y qué hace el GAD para reducir o mitigar el riesgo."),
    fields=(
        Field("hazard", T("Hazard", "Amenaza"), F.CHOICE, choices="hazard_types", required=True, width=18),
        Field("location", T("Location (parishes)", "Ubicación (parroquias)"), F.MULTICHOICE, choices="gad_parishes", width=18),
        Field("groups", T("Mobility groups exposed", "Grupos en movilidad expuestos"), F.MULTICHOICE,
              choices="mobility_categories", width=20),
        Field("people_exposed", T("People exposed", "Personas expuestas"), F.INTEGER, minimum=0, width=10,
              help=T("Empty means not known, never zero.", "Vacío significa desconocido, nunca cero.")),
        Field("kind", T("Type of measure", "Tipo de medida"), F.CHOICE, choices="risk_measure_kinds", required=True, width=14),
        Field("measure", T("Measure", "Medida"), required=True, max_length=400, width=34),
        Field("collective_shelter", T("Collective shelter run by the GAD", "Albergue colectivo a cargo del GAD"), F.BOOL, width=8),
        Field("coordination", T("Coordinates with", "Coordina con"), F.MULTILINK, link="actors", width=16,
              help=T("e.g. the risk-management secretariat, the GTRM.", "p. ej. la Secretaría de Gestión de Riesgos, el GTRM.")),
        Field("responsible", T("Responsible", "Responsable"), required=True, width=18),
        Field("goals", T("Goals served", "Metas a las que aporta"), F.MULTILINK, link="goals", width=14),
    ),
)

DISSEMINATION = Section(
    id="dissemination", step="management", since=4, row_name=T("action", "acción"),
    title=T("Promotion and dissemination", "Promoción y difusión"),
    tab_title=T("Dissemination", "Difusión"), label_field="message",
    help=T("Strategy 4 of the management model: how the plan, the rights and the services reach the population and "
           "people in mobility, and how they can answer back.",
           "Estrategia 4 del modelo de gestión: cómo llegan el plan, los derechos y los servicios a la población y a las "
           "personas en movilidad, y cómo pueden responder."),
    fields=(
        Field("message", T("What is disseminated", "Qué se difunde"), required=True, max_length=400, width=32),
        Field("channel", T("Channel", "Canal"), F.CHOICE, choices="dissemination_channels", required=True, width=18),
        Field("audience", T("Mobility groups reached", "Grupos en movilidad a los que llega"), F.MULTICHOICE,
              choices="mobility_categories", width=20),
        Field("languages", T("Languages and formats", "Idiomas y formatos"), width=20,
              placeholder=T("e.g. Spanish, Kichwa, easy reading, sign language", "p. ej. español, kichwa, lectura fácil, lengua de señas")),
        Field("frequency", T("Frequency", "Frecuencia"), F.CHOICE, choices="frequency", width=12),
        Field("feedback", T("People can answer back", "Las personas pueden responder"), F.BOOL, width=8,
              help=T("The channel takes complaints, questions or suggestions, and the GAD answers them.",
                     "El canal recibe quejas, preguntas o sugerencias y el GAD las responde.")),
        Field("responsible", T("Responsible", "Responsable"), required=True, width=18),
    ),
)
