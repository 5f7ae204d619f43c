"""Diagnóstico: who is in mobility here, what problems and potentialities, which actors."""

from localplan.forms.spec import Field, FieldType, Section
from localplan.i18n import T

F = FieldType

MOBILITY_PROFILE = Section(
    id="mobility_profile", step="diagnosis", since=2, row_name=T("figure", "dato"),
    title=T("Mobility profile", "Perfil de movilidad humana"),
    tab_title=T("Mobility profile", "Perfil de movilidad"),
    help=T("Population figures by the categories of the human-mobility law, each with its source and year. "
           "Leave the value empty and tick “not available” when the figure is unknown: that is not zero.",
           "Cifras de población por las categorías de la Ley de Movilidad Humana, cada una con su fuente y año. "
           "Deje el valor vacío y marque «no disponible» cuando la cifra se desconoce: eso no es cero."),
    fields=(
        Field("category", T("Category", "Categoría"), F.CHOICE, choices="mobility_categories", required=True, width=28,
              help=T("The category of the human-mobility law (internal displacement: Constitution art. 42).",
                     "La categoría de la Ley Orgánica de Movilidad Humana (desplazamiento interno: Constitución art. 42).")),
        Field("nationality", T("Nationality / country", "Nacionalidad / país"), width=16,
              placeholder=T("e.g. Venezuela; for emigrants the destination", "p. ej. Venezuela; para emigrantes, el destino"),
              help=T("Nationality or country of origin; for emigrants, the country of destination.",
                     "Nacionalidad o país de origen; para personas emigrantes, el país de destino.")),
        Field("sex", T("Sex", "Sexo"), F.CHOICE, choices="sex", width=10),
        Field("age_group", T("Age group", "Grupo de edad"), F.CHOICE, choices="age_groups", width=16),
        # new in schema 4: disaggregation beyond sex and age (empty or "All": not disaggregated)
        Field("disability", T("Disability", "Discapacidad"), F.CHOICE, choices="disability_status", width=12, since=4),
        Field("ethnicity", T("Ethnic self-identification", "Autoidentificación étnica"), F.CHOICE, choices="ethnicity",
              width=14, since=4, help=T("The census categories of INEC.", "Las categorías del censo del INEC.")),
        Field("migratory_status", T("Migratory status", "Condición migratoria"), F.CHOICE, choices="migratory_status",
              width=14, since=4),
        Field("sogi", T("Sexual orientation and gender identity", "Orientación sexual e identidad de género"), F.CHOICE,
              choices="sogi", width=12, since=4,
              help=T("Only where the source collects it, with consent.", "Solo cuando la fuente lo recoge, con consentimiento.")),
        Field("parish", T("Parish", "Parroquia"), F.CHOICE, choices="gad_parishes", width=16,
              help=T("Optional: the parish of the GAD's territory the figure refers to.",
                     "Opcional: la parroquia del territorio del GAD a la que se refiere el dato.")),
        Field("value", T("Persons", "Personas"), F.INTEGER, minimum=0, width=10,
              help=T("Number of persons. Empty means not available, never zero.",
                     "Número de personas. Vacío significa no disponible, nunca cero.")),
        Field("not_available", T("Not available", "No disponible"), F.BOOL, width=8,
              help=T("Tick when the figure is known to be missing.", "Marque cuando se sabe que la cifra no existe.")),
        Field("year", T("Year", "Año"), F.YEAR, required=True, width=8),
        Field("source", T("Source type", "Tipo de fuente"), F.CHOICE, choices="data_sources", required=True, width=18),
        Field("source_detail", T("Source", "Fuente"), width=24,
              placeholder=T("e.g. R4V, March 2025", "p. ej. R4V, marzo de 2025"),
              help=T("The publication or registry, with its date.", "La publicación o el registro, con su fecha.")),
        Field("reliability", T("Reliability", "Confiabilidad"), F.CHOICE, choices="reliability", width=10),
        Field("notes", T("Notes", "Notas"), F.LONGTEXT, in_table=False),
    ),
)

MOBILITY_NARRATIVES = Section(
    id="mobility_narratives", step="diagnosis", since=2, row_name=T("narrative", "análisis"),
    title=T("Reading of the data", "Lectura de los datos"), label_field="category",
    help=T("For each category: what the data says, and what data is missing.",
           "Para cada categoría: qué dicen los datos y qué datos faltan."),
    fields=(
        Field("category", T("Category", "Categoría"), F.CHOICE, choices="mobility_categories", required=True, width=28),
        Field("findings", T("What the data says", "Qué dicen los datos"), F.LONGTEXT, required=True, width=50),
        Field("gaps", T("What data is missing", "Qué datos faltan"), F.LONGTEXT, width=40),
    ),
)

PROBLEMS = Section(
    id="problems", step="diagnosis", since=2, row_name=T("problem or potentiality", "problema o potencialidad"),
    title=T("Problems and potentialities", "Problemas y potencialidades"), label_field="title",
    help=T("One matrix across the PDOT components. Priority = severity × urgency (1–5 each).",
           "Una matriz para todos los componentes del PDOT. Prioridad = gravedad × urgencia (de 1 a 5 cada una)."),
    fields=(
        Field("component", T("PDOT component", "Componente del PDOT"), F.CHOICE, choices="pdot_components", required=True, width=18),
        Field("kind", T("Type", "Tipo"), F.CHOICE, choices="item_type", required=True, width=12),
        Field("title", T("Short title", "Título breve"), required=True, max_length=200, width=30),
        Field("description", T("Description", "Descripción"), F.LONGTEXT, required=True, width=40, in_table=False),
        Field("groups", T("Mobility groups affected", "Grupos en movilidad afectados"), F.MULTICHOICE,
              choices="mobility_categories", required=True, width=26),
        Field("location", T("Location (parishes)", "Ubicación (parroquias)"), F.MULTICHOICE, choices="gad_parishes", width=20),
        Field("causes", T("Causes", "Causas"), F.LONGTEXT, in_table=False),
        Field("effects", T("Effects", "Efectos"), F.LONGTEXT, in_table=False),
        Field("severity", T("Severity (1–5)", "Gravedad (1–5)"), F.INTEGER, minimum=1, maximum=5, required=True, width=8),
        Field("urgency", T("Urgency (1–5)", "Urgencia (1–5)"), F.INTEGER, minimum=1, maximum=5, required=True, width=8),
        Field("evidence", T("Evidence", "Evidencia"), F.LONGTEXT, in_table=False),
        Field("source", T("Source", "Fuente"), width=20),
        Field("gcm", T("GCM objectives", "Objetivos del PMM"), F.MULTICHOICE, choices="gcm_objectives", width=20,
              help=T("Objectives of the Global Compact for Migration this item relates to.",
                     "Objetivos del Pacto Mundial para la Migración relacionados.")),
        Field("themes", T("Themes", "Temas"), F.MULTICHOICE, choices="mobility_themes", width=20, since=4,
              help=T("Themes of the national strategies this item touches (regularisation, returns, trafficking…).",
                     "Temas de las estrategias nacionales que toca (regularización, retornos, trata…).")),
    ),
)

ACTORS = Section(
    id="actors", step="diagnosis", since=2, row_name=T("actor", "actor"),
    title=T("Actors", "Actores"), label_field="name",
    help=T("Who works on human mobility in the territory, their interest and influence (1–5).",
           "Quiénes trabajan en movilidad humana en el territorio, su interés e influencia (1–5)."),
    fields=(
        Field("name", T("Name", "Nombre"), required=True, width=30),
        Field("type", T("Type", "Tipo"), F.CHOICE, choices="actor_types", required=True, width=24),
        Field("level", T("Level", "Nivel"), F.CHOICE, choices="actor_levels", width=12),
        Field("role", T("Role in human mobility", "Rol en movilidad humana"), F.LONGTEXT, required=True, width=36),
        Field("interest", T("Interest (1–5)", "Interés (1–5)"), F.INTEGER, minimum=1, maximum=5, width=8),
        Field("influence", T("Influence (1–5)", "Influencia (1–5)"), F.INTEGER, minimum=1, maximum=5, width=8),
        Field("contact", T("Contact", "Contacto"), width=20),
        Field("commitments", T("Commitments", "Compromisos"), F.LONGTEXT, in_table=False),
    ),
)
