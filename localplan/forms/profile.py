"""Perfil: who plans (the GAD), for which period, and who does the work."""

from localplan.forms.spec import Field, FieldType, Section, SectionKind
from localplan.i18n import T

GAD = Section(
    id="gad",
    title=T("GAD profile", "Perfil del GAD"),
    step="profile",
    kind=SectionKind.SINGLE,
    help=T(
        "Who plans: the local government, its level, the planning period and the team that "
        "mainstreams human mobility into the PDOT.",
        "Quién planifica: el gobierno local, su nivel, el periodo de planificación y el equipo "
        "que transversaliza la movilidad humana en el PDOT.",
    ),
    fields=(
        Field("gad_code", T("GAD (INEC code)", "GAD (código INEC)"), FieldType.CHOICE, choices="dpa_units", required=True,
              help=T("The province, canton or parish of the official division (DPA).",
                     "La provincia, el cantón o la parroquia según la división político-administrativa oficial (DPA).")),
        Field("name", T("Official name", "Nombre oficial"), required=True, width=40,
              placeholder=T("e.g. Municipal GAD of the canton of Tulcán", "p. ej. GAD Municipal del Cantón Tulcán"),
              help=T("The name the GAD uses in its acts.", "El nombre con que el GAD firma sus actos.")),
        Field("level", T("Level of government", "Nivel de gobierno"), FieldType.CHOICE, choices="gad_levels", required=True,
              help=T("Provincial, cantonal (municipal) or rural parish; taken from the code.",
                     "Provincial, cantonal (municipal) o parroquial rural; se deduce del código.")),
        Field("period_start", T("Plan period: first year", "Periodo del plan: año inicial"), FieldType.YEAR, required=True,
              help=T("PDOTs are updated at the start of each administration.",
                     "Los PDOT se actualizan al inicio de cada administración.")),
        Field("period_end", T("Plan period: last year", "Periodo del plan: año final"), FieldType.YEAR, required=True,
              help=T("Usually four years after the first (e.g. 2023–2027).",
                     "Normalmente cuatro años después del inicial (p. ej. 2023–2027).")),
        Field("authority", T("Executive authority", "Autoridad ejecutiva"), required=True, width=30,
              placeholder=T("Name of the prefect, mayor or parish president", "Nombre del prefecto, alcalde o presidente de la junta"),
              help=T("Who signs the plan and sanctions the ordinance.", "Quien suscribe el plan y sanciona la ordenanza.")),
        Field("planning_unit", T("Planning unit", "Unidad de planificación"), required=True, width=30,
              placeholder=T("e.g. Directorate of Territorial Planning", "p. ej. Dirección de Planificación Territorial"),
              help=T("The unit responsible for the PDOT.", "La unidad responsable del PDOT.")),
        Field("team", T("Team", "Equipo técnico"), FieldType.LONGTEXT, width=40,
              placeholder=T("One person per line: name — role", "Una persona por línea: nombre — función"),
              help=T("The people who prepare the mobility chapter and the ordinance.",
                     "Las personas que preparan el capítulo de movilidad humana y la ordenanza.")),
        Field("contact", T("Contact e-mail or phone", "Correo o teléfono de contacto"), width=30,
              help=T("Where the ministry can reach the planning team.",
                     "Dónde puede el ministerio contactar al equipo de planificación.")),
        # new in schema 4: what COOTAD art. 249's floor is computed from
        Field("non_tax_revenue", T("Non-tax revenue per year (USD)", "Ingresos no tributarios por año (USD)"),
              FieldType.YEAR_VALUES, minimum=0, width=26, since=4,
              help=T("From the GAD's budget. COOTAD art. 249 asks that at least 10 % of it fund programmes for "
                     "priority-attention groups.",
                     "Del presupuesto del GAD. El art. 249 del COOTAD pide destinar al menos el 10 % a programas para "
                     "grupos de atención prioritaria.")),
        Field("priority_budget", T("Budget for priority-attention groups per year (USD)",
                                   "Presupuesto para grupos de atención prioritaria por año (USD)"),
              FieldType.YEAR_VALUES, minimum=0, width=26, since=4,
              help=T("All of the GAD's programmes for priority-attention groups, the mobility projects among them.",
                     "Todos los programas del GAD para grupos de atención prioritaria, incluidos los de movilidad.")),
    ),
)
