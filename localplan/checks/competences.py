"""Projects outside the competences of the GAD's level (no Qt).

A project whose program or name deals with a matter the level does not hold (housing for a
province, health services for a rural parish, migration control for any GAD) is flagged unless
its competence field says it is done by agreement (convenio) with the competent level, or — for
a matter of the central government — that the central government holds it and the GAD coordinates.
The levels, their competences and the matters are reference data (resources/ordinance/levels.json).
"""

from __future__ import annotations

from collections.abc import Iterator

from localplan.checks.findings import Finding, Severity
from localplan.domain.data import PlanData
from localplan.i18n import tr
from localplan.ordinance import library


def project_findings(data: PlanData) -> Iterator[Finding]:
    projects = data.rows("projects")
    if not projects:
        return
    level = library.levels()[library.level_of(data)]
    for p in projects:
        mode = p.get("competence")
        if mode == "agreement":
            continue
        matter = library.matter_outside(level.code, " ".join(p.get(f) or "" for f in ("program", "name")))
        if matter is None or (mode == "central" and matter.central):
            continue
        yield Finding(
            "project_outside_competences", Severity.WARNING, "projects", p["id"], "competence",
            tr("The project deals with {matter}, which is not among the competences of this level of government "
               "({level}: {source}).").format(matter=matter.label.get(), level=level.label.get(),
                                            source=level.competences_source.get()),
            tr("Do it by agreement (convenio) with the level that holds the competence and mark it “by agreement”"
               "{central}.").format(central=tr(", or mark it as the central government's with the GAD coordinating")
                                     if matter.central else ""))
