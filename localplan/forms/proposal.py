"""Propuesta: strategic objectives, goals with indicators, programs and projects."""

from localplan.forms.spec import Field, FieldType, Section, SectionKind
from localplan.i18n import T

F = FieldType


def alignment(required: bool = False) -> tuple[Field, ...]:
    """The alignment fields objectives and goals share (PND, SDG, GCM, the 2018 mobility plan, the CNIMH agenda)."""
    return (
        Field("pnd_axis", T("National plan axis", "Eje del Plan Nacional"), F.CHOICE, choices="pnd_axes", width=20,
              help=T("Axis of the National Development Plan 2025–2029; for an earlier plan, choose its version and write "
                     "its objective below.",
                     "Eje del Plan Nacional de Desarrollo 2025–2029; para un plan anterior, elija su versión y escriba su "
                     "objetivo más abajo.")),
        Field("sdgs", T("SDGs", "ODS"), F.MULTICHOICE, choices="sdgs", width=14),
        Field("sdg_targets", T("SDG targets", "Metas ODS"), F.MULTICHOICE, choices="sdg_targets", width=14,
              help=T("10.7 is the target for orderly, safe and regular migration.",
                     "La meta 10.7 es la de migración ordenada, segura y regular.")),
        Field("gcm", T("GCM objectives", "Objetivos del PMM"), F.MULTICHOICE, choices="gcm_objectives", width=20, required=required),
        Field("policy", T("National Human Mobility Plan (2018) policy", "Política del Plan Nacional de Movilidad Humana (2018)"),
              F.CHOICE, choices="mobility_policies", width=20,
              help=T("One of the four policies of the foreign ministry's 2018 plan (not the equality council's agenda).",
                     "Una de las cuatro políticas del plan de 2018 de la Cancillería (no la agenda del consejo de igualdad).")),
        *national_plan_alignment(),
    )


def national_plan_alignment() -> tuple[Field, ...]:
    """New in schema 4: the national plan's version, objective and target, and the CNIMH equality agenda."""
    return (
        Field("pnd_version", T("National plan (version)", "Plan Nacional (versión)"), F.CHOICE, choices="pnd_versions",
              width=18, since=4,
              help=T("The national plan the alignment was made under; alignments made under an earlier plan stay valid.",
                     "El plan nacional con el que se hizo la alineación; las hechas con un plan anterior siguen siendo válidas.")),
        Field("pnd_objective", T("National plan objective", "Objetivo del Plan Nacional"), width=24, since=4,
              placeholder=T("Number and wording as published", "Número y texto tal como se publicó"),
              help=T("Copy the objective from the published plan of the version chosen.",
                     "Copie el objetivo del plan publicado de la versión elegida.")),
        Field("pnd_target", T("National plan target", "Meta del Plan Nacional"), width=24, since=4,
              placeholder=T("Number and wording as published", "Número y texto tal como se publicó"),
              help=T("The national target this one contributes to.", "La meta nacional a la que aporta.")),
        Field("equality_agenda", T("Equality agenda (CNIMH): policy or line", "Agenda de igualdad (CNIMH): política o línea"),
              width=24, since=4,
              help=T("The policy of the Agenda Nacional para la Igualdad de Movilidad Humana of the equality council "
                     "(CNIMH), as written in the agenda in force.",
                     "La política de la Agenda Nacional para la Igualdad de Movilidad Humana del Consejo Nacional para la "
                     "Igualdad de Movilidad Humana (CNIMH), tal como consta en la agenda vigente.")),
    )


# --- new in schema 4: the vision, policies and strategies that head the proposal (2019 guide) ---

VISION = Section(
    id="vision", step="proposal", since=4, kind=SectionKind.SINGLE,
    title=T("Vision", "Visión"),
    help=T("Where the territory wants to be at the end of the horizon, with people in mobility included in it.",
           "Dónde quiere estar el territorio al final del horizonte, con las personas en movilidad incluidas."),
    fields=(
        Field("vision", T("Vision", "Visión"), F.LONGTEXT, required=True, width=60),
        Field("horizon_year", T("Horizon year", "Año del horizonte"), F.YEAR, width=8),
        Field("approaches", T("Equality approaches", "Enfoques de igualdad"), F.MULTICHOICE, choices="equality_approaches", width=24),
    ),
)

POLICIES = Section(
    id="policies", step="proposal", since=4, row_name=T("policy", "política"),
    title=T("Local policies", "Políticas locales"),
    tab_title=T("Policies", "Políticas"), label_field="policy",
    help=T("The GAD's guidelines for reaching its strategic objectives: what it decides to favour, for whom.",
           "Los lineamientos del GAD para alcanzar sus objetivos estratégicos: qué decide priorizar y para quién."),
    fields=(
        Field("policy", T("Policy", "Política"), required=True, max_length=400, width=40),
        Field("objectives", T("Objectives served", "Objetivos a los que sirve"), F.MULTILINK, link="objectives", required=True, width=16),
        Field("approaches", T("Equality approaches", "Enfoques de igualdad"), F.MULTICHOICE, choices="equality_approaches", width=24),
        Field("description", T("Description", "Descripción"), F.LONGTEXT, in_table=False),
    ),
)

STRATEGIES = Section(
    id="strategies", step="proposal", since=4, row_name=T("strategy", "estrategia"),
    title=T("Strategies", "Estrategias"), label_field="strategy",
    help=T("How each policy will be carried out: the way of working, with whom, and on which themes.",
           "Cómo se llevará a cabo cada política: la forma de trabajo, con quién y en qué temas."),
    fields=(
        Field("strategy", T("Strategy", "Estrategia"), required=True, max_length=400, width=40),
        Field("policy", T("Policy", "Política"), F.LINK, link="policies", required=True, width=24),
        Field("themes", T("Themes", "Temas"), F.MULTICHOICE, choices="mobility_themes", width=24),
        Field("responsible", T("Responsible unit", "Unidad responsable"), width=20),
        Field("description", T("Description", "Descripción"), F.LONGTEXT, in_table=False),
    ),
)

OBJECTIVES = Section(
    id="objectives", step="proposal", since=2, row_name=T("objective", "objetivo"),
    title=T("Strategic objectives", "Objetivos estratégicos"),
    tab_title=T("Objectives", "Objetivos"), label_field="name",
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
        # new in schema 4: the indicator's type and measure, and the equality approaches the goal claims
        Field("indicator_kind", T("Indicator type", "Tipo de indicador"), F.CHOICE, choices="indicator_kinds", width=14, since=4,
              help=T("Cumulative: each year's value includes the earlier years'. Per year: each year is counted alone.",
                     "Acumulado: el valor de cada año incluye el de los anteriores. Anual: cada año se cuenta por separado.")),
        Field("measure", T("Measure", "Medida"), F.CHOICE, choices="measure_types", width=14, since=4,
              help=T("A count takes whole numbers only (persons, families, reports).",
                     "Un conteo admite solo números enteros (personas, familias, informes).")),
        Field("approaches", T("Equality approaches", "Enfoques de igualdad"), F.MULTICHOICE, choices="equality_approaches",
              width=24, since=4,
              help=T("Each approach claimed needs its disaggregation (gender: sex; intergenerational: age; peoples and "
                     "nationalities: ethnic self-identification; disability; human mobility: mobility category).",
                     "Cada enfoque declarado necesita su desagregación (género: sexo; intergeneracional: edad; pueblos y "
                     "nacionalidades: autoidentificación étnica; discapacidad; movilidad humana: categoría de movilidad).")),
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
        Field("themes", T("Themes", "Temas"), F.MULTICHOICE, choices="mobility_themes", width=20, since=4,
              help=T("Themes of the national strategies the project works on (regularisation, returns, trafficking…).",
                     "Temas de las estrategias nacionales que trabaja el proyecto (regularización, retornos, trata…).")),
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
