"""Modelo de gestión: articulation, monitoring, participation and risks."""

from localplan.forms.spec import Field, FieldType, Section
from localplan.i18n import T

F = FieldType

ARTICULATION = Section(
    id="articulation", step="management", since=2, row_name=T("agreement", "articulación"),
    title=T("Articulation and coordination", "Articulación y coordinación"), label_field="purpose",
    help=T("With which actors the GAD coordinates, for what, and through which instrument.",
           "Con qué actores se coordina el GAD, para qué y mediante qué instrumento."),
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
    title=T("Monitoring and evaluation", "Seguimiento y evaluación"), label_field="report",
    help=T("For each goal: how often it is followed, by whom, in which report, and the value achieved each year.",
           "Para cada meta: cada cuánto se sigue, quién lo hace, en qué informe y el valor alcanzado cada año."),
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
    title=T("Risks", "Riesgos"), label_field="risk",
    help=T("What could stop the plan, how likely, how serious, and what the GAD will do.",
           "Qué podría impedir el plan, con qué probabilidad, con qué impacto y qué hará el GAD."),
    fields=(
        Field("risk", T("Risk", "Riesgo"), required=True, width=30),
        Field("likelihood", T("Likelihood", "Probabilidad"), F.CHOICE, choices="levels3", required=True, width=10),
        Field("impact", T("Impact", "Impacto"), F.CHOICE, choices="levels3", required=True, width=10),
        Field("mitigation", T("Mitigation", "Mitigación"), F.LONGTEXT, required=True, width=34),
        Field("responsible", T("Responsible", "Responsable"), width=18),
        Field("projects", T("Projects affected", "Proyectos afectados"), F.MULTILINK, link="projects", width=14),
    ),
)
