"""Propuesta: strategic objectives, goals with indicators, programs and projects."""

from localplan.forms.spec import Field, FieldType, Section
from localplan.i18n import T

F = FieldType


def alignment(required: bool = False) -> tuple[Field, ...]:
    """The alignment fields objectives and goals share (PND, SDG, GCM, equality agenda)."""
    return (
        Field("pnd_axis", T("National plan axis", "Eje del Plan Nacional"), F.CHOICE, choices="pnd_axes", width=20,
              help=T("Axis of the National Development Plan 2025–2029.", "Eje del Plan Nacional de Desarrollo 2025–2029.")),
        Field("sdgs", T("SDGs", "ODS"), F.MULTICHOICE, choices="sdgs", width=14),
        Field("sdg_targets", T("SDG targets", "Metas ODS"), F.MULTICHOICE, choices="sdg_targets", width=14,
              help=T("10.7 is the target for orderly, safe and regular migration.",
                     "La meta 10.7 es la de migración ordenada, segura y regular.")),
        Field("gcm", T("GCM objectives", "Objetivos del PMM"), F.MULTICHOICE, choices="gcm_objectives", width=20, required=required),
        Field("policy", T("Equality agenda policy", "Política de la agenda de igualdad"), F.CHOICE, choices="mobility_policies", width=20),
    )


OBJECTIVES = Section(
    id="objectives", step="proposal", since=2, row_name=T("objective", "objetivo"),
    title=T("Strategic objectives", "Objetivos estratégicos"), label_field="name",
    help=T("What the GAD will achieve for people in mobility, each answering problems or potentialities of the diagnosis.",
           "Lo que el GAD logrará para las personas en movilidad; cada objetivo responde a problemas o potencialidades del diagnóstico."),
    fields=(
        Field("name", T("Objective", "Objetivo"), required=True, max_length=400, width=40),
        Field("description", T("Description", "Descripción"), F.LONGTEXT, in_table=False),
        Field("problems", T("Answers (problems / potentialities)", "Responde a (problemas / potencialidades)"), F.MULTILINK,
              link="problems", required=True, width=20),
        *alignment(required=True),
    ),
)

GOALS = Section(
    id="goals", step="proposal", since=2, row_name=T("goal", "meta"),
    title=T("Goals and indicators", "Metas e indicadores"), label_field="statement",
    help=T("Each goal needs an indicator, a baseline (value and year), a target, and a value programmed for each year "
           "of the plan: the national planning system cannot take a goal without a baseline.",
           "Cada meta necesita indicador, línea base (valor y año), meta final y un valor programado para cada año del plan: "
           "el sistema nacional de planificación no acepta metas sin línea base."),
    fields=(
        Field("statement", T("Goal", "Meta"), required=True, max_length=400, width=40),
        Field("objective", T("Objective", "Objetivo"), F.LINK, link="objectives", required=True, width=20),
        Field("indicator", T("Indicator", "Indicador"), required=True, width=30),
        Field("formula", T("Formula or method", "Fórmula o método de cálculo"), F.LONGTEXT, in_table=False),
        Field("unit", T("Unit", "Unidad"), width=12, placeholder=T("e.g. persons, %", "p. ej. personas, %")),
        Field("baseline_value", T("Baseline value", "Línea base: valor"), F.DECIMAL, required=True, width=10),
        Field("baseline_year", T("Baseline year", "Línea base: año"), F.YEAR, required=True, width=8),
        Field("target_value", T("Target value", "Meta: valor"), F.DECIMAL, required=True, width=10),
        Field("target_year", T("Target year", "Meta: año"), F.YEAR, required=True, width=8),
        Field("yearly_targets", T("Programmed per year", "Programación anual"), F.YEAR_VALUES, width=24,
              help=T("The value programmed for each year of the plan period, e.g. “2024: 10, 2025: 20”.",
                     "El valor programado para cada año del periodo, p. ej. «2024: 10, 2025: 20».")),
        Field("direction", T("Direction", "Tendencia"), F.CHOICE, choices="direction", width=10),
        Field("disaggregation", T("Disaggregation", "Desagregación"), F.MULTICHOICE, choices="disaggregation", width=18),
        Field("groups", T("Mobility groups", "Grupos en movilidad"), F.MULTICHOICE, choices="mobility_categories", width=20),
        Field("verification", T("Means of verification", "Medio de verificación"), width=24),
        Field("responsible", T("Responsible unit", "Unidad responsable"), width=20),
        *alignment(),
    ),
)

PROJECTS = Section(
    id="projects", step="proposal", since=2, row_name=T("project", "proyecto"),
    title=T("Programs and projects", "Programas y proyectos"), label_field="name",
    help=T("Budget in USD per year and by funding source; both must add up to the same total.",
           "Presupuesto en USD por año y por fuente de financiamiento; ambos deben sumar el mismo total."),
    fields=(
        Field("program", T("Program", "Programa"), required=True, width=24),
        Field("name", T("Project", "Proyecto"), required=True, width=30),
        Field("description", T("Description", "Descripción"), F.LONGTEXT, in_table=False),
        Field("objectives", T("Objectives", "Objetivos"), F.MULTILINK, link="objectives", width=14),
        Field("goals", T("Goals", "Metas"), F.MULTILINK, link="goals", required=True, width=14),
        Field("groups", T("Mobility groups served", "Grupos en movilidad atendidos"), F.MULTICHOICE, choices="mobility_categories", width=20),
        Field("location", T("Location (parishes)", "Ubicación (parroquias)"), F.MULTICHOICE, choices="gad_parishes", width=18),
        Field("budget_by_year", T("Budget per year (USD)", "Presupuesto por año (USD)"), F.YEAR_VALUES, required=True, minimum=0, width=26),
        Field("budget_own", T("Own funds (USD)", "Recursos propios (USD)"), F.MONEY, minimum=0, width=12),
        Field("budget_transfers", T("Central transfers (USD)", "Transferencias (USD)"), F.MONEY, minimum=0, width=12),
        Field("budget_cooperation", T("Cooperation (USD)", "Cooperación (USD)"), F.MONEY, minimum=0, width=12),
        Field("budget_other", T("Other sources (USD)", "Otras fuentes (USD)"), F.MONEY, minimum=0, width=12),
        Field("responsible", T("Responsible unit", "Unidad responsable"), required=True, width=20),
        Field("partners", T("Partners", "Aliados"), F.MULTILINK, link="actors", width=16),
        Field("start_year", T("Start", "Inicio"), F.YEAR, width=8),
        Field("end_year", T("End", "Fin"), F.YEAR, width=8),
        Field("status", T("Status", "Estado"), F.CHOICE, choices="project_status", width=12),
        Field("gcm", T("GCM objectives", "Objetivos del PMM"), F.MULTICHOICE, choices="gcm_objectives", width=16),
        Field("competence", T("Competence", "Competencia"), F.CHOICE, choices="competence_modes", width=16, since=4,
              help=T("Exclusive competence of the GAD, concurrent, by agreement (convenio) with the competent level, or "
                     "the central government's with the GAD coordinating. The checker flags a project outside the "
                     "level's competences unless it is done by agreement.",
                     "Competencia exclusiva del GAD, concurrente, por convenio con el nivel competente, o del Gobierno "
                     "central con coordinación del GAD. El verificador señala un proyecto fuera de las competencias "
                     "del nivel salvo que se haga por convenio.")),
    ),
)

FUNDING_FIELDS = {"own": "budget_own", "transfers": "budget_transfers", "cooperation": "budget_cooperation", "other": "budget_other"}
