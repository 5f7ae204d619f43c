"""The reference facts a plan relies on that rest on a secondary source (reference.provenance
says what each rests on); the report's annex and the workbook list them."""

from __future__ import annotations

from localplan.domain.data import PlanData
from localplan.forms import SECTIONS, FieldType
from localplan.i18n import T
from localplan.reference.loader import choice_label
from localplan.reference.provenance import Fact, gcm_national_plan, sources

ROUNDTABLES = ("ordinance_bases", "am_069_2020")  # the ministerial agreement on human-mobility roundtables


def facts_in_plan(data: PlanData) -> list[Fact]:
    """The marked facts a plan relies on: the prioritised GCM objectives (always shown beside the plan's
    GCM coverage), the agreement on mobility roundtables when the plan has roundtables, then every marked
    item a choice field of the plan holds, in section order."""
    out = [gcm_national_plan()]
    seen: set[tuple[str, str]] = set()
    marked = sources()
    roundtables = any(r.get("instrument") == "roundtable" for r in data.rows("articulation")) or any(
        r.get("mechanism") == "roundtable" for r in data.rows("participation"))
    if roundtables and ROUNDTABLES[1] in marked.get(ROUNDTABLES[0], {}):  # the norm on mobility roundtables
        seen.add(ROUNDTABLES)
        label = T(choice_label(*ROUNDTABLES, "en"), choice_label(*ROUNDTABLES, "es"))
        out.append(Fact(*ROUNDTABLES, label, marked[ROUNDTABLES[0]][ROUNDTABLES[1]]))
    for sec in SECTIONS:
        rows = [data.record(sec.id)] if sec.single else data.rows(sec.id)
        for f in sec.fields:
            if f.type not in (FieldType.CHOICE, FieldType.MULTICHOICE) or f.choices not in marked:
                continue
            for row in rows:
                value = (row or {}).get(f.id)
                for code in (value if isinstance(value, list) else [value] if value else []):
                    key = (f.choices, str(code))
                    if key in seen or str(code) not in marked[f.choices]:
                        continue
                    seen.add(key)
                    label = T(choice_label(f.choices, str(code), "en"), choice_label(f.choices, str(code), "es"))
                    if any(fact.label.es == label.es for fact in out):
                        continue  # one fact in two lists (the national plan as a version and as a legal basis)
                    out.append(Fact(f.choices, str(code), label, marked[f.choices][str(code)]))
    return out
