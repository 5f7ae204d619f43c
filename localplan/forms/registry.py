"""All section specs and the steps of the guided path, in order.

Sections are listed once here; the store, UI, exports and imports iterate this list.
"""

from __future__ import annotations

from localplan.forms.assessment import SELF_ASSESSMENT
from localplan.forms.diagnosis import ACTORS, MOBILITY_NARRATIVES, MOBILITY_PROFILE, PROBLEMS
from localplan.forms.management import ARTICULATION, DISSEMINATION, MONITORING, PARTICIPATION, RISK_REDUCTION, RISKS
from localplan.forms.ordinance import ORDINANCE_SECTIONS
from localplan.forms.profile import GAD
from localplan.forms.proposal import GOALS, OBJECTIVES, POLICIES, PROJECTS, STRATEGIES, VISION
from localplan.forms.spec import Section, Step
from localplan.i18n import T

SECTIONS: tuple[Section, ...] = (
    GAD,
    MOBILITY_PROFILE, MOBILITY_NARRATIVES, PROBLEMS, ACTORS,
    VISION, OBJECTIVES, POLICIES, STRATEGIES, GOALS, PROJECTS,
    ARTICULATION, RISK_REDUCTION, MONITORING, DISSEMINATION, PARTICIPATION, RISKS,
    SELF_ASSESSMENT,
    *ORDINANCE_SECTIONS,
)

STEPS: tuple[Step, ...] = (
    Step("profile", T("Profile", "Perfil")),
    Step("diagnosis", T("Diagnosis", "Diagnóstico")),
    Step("proposal", T("Proposal", "Propuesta")),
    Step("management", T("Management model", "Modelo de gestión")),
    Step("ordinance", T("Ordinance", "Ordenanza")),
    Step("assessment", T("Self-assessment", "Autoevaluación")),
    Step("export", T("Export", "Exportar")),
)

_BY_ID = {s.id: s for s in SECTIONS}


def section(section_id: str) -> Section:
    return _BY_ID[section_id]


def sections_of_step(step_id: str) -> list[Section]:
    return [s for s in SECTIONS if s.step == step_id]


def step(step_id: str) -> Step:
    for s in STEPS:
        if s.id == step_id:
            return s
    raise KeyError(step_id)
