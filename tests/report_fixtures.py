"""A realistic plan for the report tests and screenshots (until localplan.demo lands).

Every section has a few rows; texts carry á, ñ, ¿, ¡, –, “ ” so the tests can check that
the PDF keeps them. `large_plan` scales the same rows up for layout-time checks.
"""

from __future__ import annotations

from localplan.domain.data import PlanData
from localplan.forms import SECTIONS


def _profile():
    rows = []
    add = rows.append
    for year, total in ((2022, 2150), (2023, 2760), (2024, 3120)):
        add(dict(category="immigrant", nationality="Venezuela", sex="total", age_group="total", value=total, year=year,
                 source="platform", source_detail="R4V – Plataforma regional", reliability="medium"))
    for sex, age, v in (("female", "0-11", 410), ("male", "0-11", 395), ("female", "12-17", 220), ("male", "12-17", 205),
                        ("female", "18-29", 520), ("male", "18-29", 480), ("female", "30-64", 430), ("male", "30-64", 390),
                        ("female", "65+", 38), ("male", "65+", 32)):
        add(dict(category="immigrant", nationality="Venezuela", sex=sex, age_group=age, value=v, year=2024,
                 source="dtm", source_detail="OIM DTM, ronda 17", reliability="medium"))
    add(dict(category="emigrant", nationality="Estados Unidos", sex="total", age_group="total", value=1840, year=2023,
             source="registry", source_detail="Registro de salidas, Migración", reliability="high",
             notes="Salidas netas por el puente de Rumichaca; ¿cuántas regresan? No se sabe."))
    add(dict(category="returnee", sex="total", age_group="total", value=212, year=2024, source="registry",
             source_detail="Cancillería – retornos asistidos", reliability="high"))
    add(dict(category="international_protection", nationality="Colombia", sex="total", age_group="total", value=640,
             year=2024, source="registry", source_detail="ACNUR Ecuador, 2024", reliability="high"))
    add(dict(category="transit", value=None, not_available=1, year=2024, source="estimate",
             source_detail="Sin registro oficial del tránsito", reliability="low",
             notes="El tránsito por Tufiño y Maldonado no se registra: “dato no disponible”."))
    add(dict(category="trafficking_victim", value=None, not_available=1, year=2024, source="other",
             source_detail="Fiscalía: casos sin desagregar"))
    add(dict(category="internally_displaced", sex="total", age_group="total", value=85, year=2024, source="own_survey",
             source_detail="Encuesta municipal de niñez y familia", reliability="low", parish="040153"))
    return rows


def sections() -> dict[str, list[dict]]:
    s: dict[str, list[dict]] = {}
    s["gad"] = [dict(gad_code="0401", name="GAD Municipal del Cantón Tulcán", level="cantonal", period_start=2023,
                     period_end=2027, authority="Ing. Andrés Muñoz Peña", planning_unit="Dirección de Planificación Territorial",
                     team="María José Andrade — coordinación\nLuis Ñacato — análisis de datos", contact="planificacion@tulcan.gob.ec")]
    s["mobility_profile"] = _profile()
    s["mobility_narratives"] = [
        dict(category="immigrant", findings="La población venezolana creció un 45 % desde 2022; la mayoría son mujeres jóvenes con niñas y niños.",
             gaps="Faltan datos por parroquia y por situación migratoria."),
        dict(category="transit", findings="¿Cuántas personas cruzan a pie cada día? Las organizaciones estiman 300–500.",
             gaps="No existe un registro oficial; se propone un conteo conjunto con la Mesa de Movilidad."),
    ]
    s["problems"] = [
        dict(component="sociocultural", kind="problem", title="Niñas y niños migrantes fuera del sistema educativo",
             description="Falta de cupos y de documentos impide la matrícula.", groups=["immigrant", "transit"],
             location=["040150", "040153"], causes="Requisitos de documentos; cupos llenos.", effects="Trabajo infantil; ¡riesgo de trata!",
             severity=5, urgency=4, evidence="Informe de la Junta Cantonal, 2024", source="Junta Cantonal de Protección", gcm=["16", "15"]),
        dict(component="economic", kind="problem", title="Empleo informal y explotación laboral",
             description="Jornadas de 12 horas sin seguridad social en la agricultura de la papa.", groups=["immigrant"],
             severity=4, urgency=3, source="Mesa de Movilidad Humana", gcm=["6"]),
        dict(component="settlements", kind="problem", title="Hacinamiento en arriendos del centro",
             description="Familias de 6 personas en un cuarto.", groups=["immigrant", "returnee"], severity=3, urgency=3),
        dict(component="political", kind="potentiality", title="Red de organizaciones de acogida “Frontera Solidaria”",
             description="Diez organizaciones coordinan albergue y alimentación.", groups=["transit", "international_protection"],
             severity=2, urgency=2, gcm=["23"]),
        dict(component="biophysical", kind="problem", title="Asentamientos en zonas de riesgo junto al río Carchi",
             description="Viviendas precarias de personas desplazadas en la ribera.", groups=["internally_displaced"],
             severity=4, urgency=4, gcm=["2"]),
    ]
    s["actors"] = [
        dict(name="Cancillería – Oficina de Movilidad Humana Tulcán", type="national_gov", level="zonal",
             role="Regularización y atención consular.", interest=5, influence=5, contact="movilidad.tulcan@cancilleria.gob.ec",
             commitments="Jornadas mensuales de regularización."),
        dict(name="Consejo Cantonal de Protección de Derechos", type="ccpd", level="cantonal",
             role="Transversaliza el enfoque de movilidad en las políticas locales.", interest=5, influence=4),
        dict(name="ACNUR", type="international_org", level="international", role="Protección internacional y albergue.",
             interest=5, influence=4, contact="ecuqu@unhcr.org"),
        dict(name="Asociación de Mujeres Migrantes “Nuevo Amanecer”", type="mobility_org", level="community",
             role="Acompañamiento a mujeres y niñez.", interest=5, influence=2),
        dict(name="Universidad Politécnica Estatal del Carchi", type="academia", level="provincial",
             role="Estudios de caracterización de la población.", interest=3, influence=3),
    ]
    s["objectives"] = [
        dict(name="Garantizar el acceso a educación de la niñez en movilidad humana", problems=[1], pnd_axis="social",
             sdgs=["4", "10"], sdg_targets=["4.1", "10.7"], gcm=["16", "15"], policy="rights_protection",
             description="Cupos, nivelación y acompañamiento psicosocial."),
        dict(name="Promover la inclusión económica y el trabajo digno", problems=[2], pnd_axis="economic", sdgs=["8"],
             sdg_targets=["8.8"], gcm=["6", "18"], policy="integration"),
        dict(name="Reducir el riesgo de las familias desplazadas", problems=[5, 3], pnd_axis="risks", gcm=["2"],
             policy="rights_protection"),
    ]
    s["goals"] = [
        dict(statement="Matricular a 600 niñas y niños en movilidad hasta 2027", objective=1,
             indicator="Número de niñas y niños en movilidad matriculados", unit="personas", baseline_value=180,
             baseline_year=2022, target_value=600, target_year=2027,
             yearly_targets={"2024": 300, "2025": 400, "2026": 500, "2027": 600}, direction="increase",
             disaggregation=["sex", "age"], groups=["immigrant"], verification="Registro del Distrito de Educación",
             responsible="Dirección de Desarrollo Social", pnd_axis="social", gcm=["16"]),
        dict(statement="Reducir al 40 % la informalidad laboral de la población migrante", objective=2,
             indicator="Porcentaje de personas migrantes ocupadas sin seguridad social", unit="%", baseline_value=72.5,
             baseline_year=2023, target_value=40, target_year=2027,
             yearly_targets={"2024": 65, "2025": 55, "2026": 48, "2027": 40}, direction="decrease",
             verification="Encuesta municipal", responsible="Dirección de Desarrollo Económico"),
        dict(statement="Reubicar 40 familias de zonas de riesgo", objective=3, indicator="Familias reubicadas",
             unit="familias", target_value=40, target_year=2027),
    ]
    s["projects"] = [
        dict(program="Educación sin fronteras", name="Aulas de nivelación y acogida", objectives=[1], goals=[1],
             groups=["immigrant", "transit"], location=["040150"],
             budget_by_year={"2024": 45000, "2025": 52000.5, "2026": 52000, "2027": 30000},
             budget_own=79000.5, budget_transfers=50000, budget_cooperation=50000, budget_other=0,
             responsible="Dirección de Desarrollo Social", partners=[2, 3], start_year=2024, end_year=2027,
             status="in_progress", gcm=["16"], description="Ocho aulas en tres escuelas; ¡incluye materiales!"),
        dict(program="Trabajo digno", name="Ferias de empleo y emprendimiento", objectives=[2], goals=[2],
             groups=["immigrant", "returnee"], budget_by_year={"2024": 12000, "2025": 15000, "2026": 15000},
             budget_own=22000, budget_cooperation=20000, responsible="Dirección de Desarrollo Económico",
             partners=[4], start_year=2024, end_year=2026, status="planned"),
        dict(program="Hábitat seguro", name="Reubicación de familias del río Carchi", objectives=[3], goals=[3],
             groups=["internally_displaced"], responsible="Dirección de Gestión de Riesgos", status="planned"),
    ]
    s["articulation"] = [
        dict(actor=1, purpose="Jornadas de regularización en el cantón", instrument="agreement",
             commitments="El GAD presta el local; Cancillería atiende.", start_date="2024-03-01", end_date="2027-12-31", goals=[1, 2]),
        dict(actor=2, purpose="Mesa cantonal de movilidad humana", instrument="roundtable", start_date="2024-01-15"),
    ]
    s["monitoring"] = [
        dict(goal=1, frequency="annual", responsible="Dirección de Planificación", report="Reporte anual al SIGAD",
             calendar="febrero–marzo de cada año", achieved_by_year={"2024": 270, "2025": 410}),
        dict(goal=2, frequency="biannual", responsible="Dirección de Desarrollo Económico", report="Informe semestral de empleo",
             achieved_by_year={"2024": 68}),
    ]
    s["participation"] = [
        dict(mechanism="assembly", name="Asamblea de personas en movilidad", date="2024-05-18", participants=86,
             groups=["immigrant", "returnee"], outcome="Priorizaron educación y empleo."),
        dict(mechanism="workshop", name="Taller de validación del diagnóstico", date="2024-06-02", participants=34,
             outcome="Se corrigieron las cifras de tránsito."),
    ]
    s["risks"] = [
        dict(risk="Recorte de las transferencias del Gobierno central", likelihood="medium", impact="high",
             mitigation="Buscar cooperación internacional y priorizar en el presupuesto participativo.",
             responsible="Dirección Financiera", projects=[1, 2]),
        dict(risk="Discursos xenófobos en la comunidad", likelihood="high", impact="medium",
             mitigation="Campaña “Tulcán acoge” con las organizaciones.", responsible="Comunicación"),
    ]
    s["self_assessment"] = [
        dict(criterion="G1", answer="partly", evidence="Proyecto de ordenanza en primer debate.", note="Aún no aprobada."),
        dict(criterion="P1", answer="yes", evidence="Capítulo de movilidad en el PDOT 2023–2027."),
        dict(criterion="M2", answer="no"),
    ]
    return s


def _number(rows_by_section: dict[str, list[dict]]) -> dict[str, list[dict]]:
    out = {}
    for sec in SECTIONS:
        rows = rows_by_section.get(sec.id, [])
        out[sec.id] = [{"id": i, **{f.id: r.get(f.id) for f in sec.fields}} for i, r in enumerate(rows, 1)]
    return out


def sample_data(example: bool = False) -> PlanData:
    return PlanData(_number(sections()), {"example": "1"} if example else {})


def large_plan(scale: int = 80) -> PlanData:
    """The sample rows repeated (~300 profile rows, 400 problems, 150 actors, 300 goals, 400 projects at 80)."""
    base = sections()
    want = {"mobility_profile": 300, "problems": 400, "actors": 150, "goals": 300, "projects": 400,
            "objectives": 60, "monitoring": 300, "articulation": 80, "risks": 40, "participation": 40}
    grown = dict(base)
    for sid, n in want.items():
        rows = base[sid]
        grown[sid] = [dict(rows[i % len(rows)]) for i in range(n * scale // 80)]
        for i, r in enumerate(grown[sid]):
            for key in ("title", "name", "statement"):
                if r.get(key):
                    r[key] = f"{r[key]} ({i + 1})"
    return PlanData(_number(grown), {})
