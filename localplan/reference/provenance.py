"""Provenance of reference facts: which ones rest on a secondary source and must be verified.

A reference item with a "verify" entry (resources/reference/*.json, resources/ordinance/bases.json)
carries the mark " (to verify)" in its label wherever it is shown (see loader._choices); this
module says what each mark rests on, so windows, reports and workbooks can show the source too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any

from localplan import paths
from localplan.i18n import T, language
from localplan.reference.loader import VERIFY_MARK, choice_label

if TYPE_CHECKING:
    from localplan.domain.data import PlanData


@dataclass(frozen=True)
class Fact:
    list_id: str  # the reference list the fact belongs to ("gcm_national_plan" for the prioritised objectives)
    code: str
    label: T
    source: T


def _t(value: Any, fallback: T) -> T:
    if isinstance(value, dict):
        return T.from_dict(value)
    if isinstance(value, str):
        return T(value, value)
    return fallback


def _read(*parts: str) -> dict[str, Any]:
    content: dict[str, Any] = json.loads(paths.resource(*parts).read_text(encoding="utf-8"))
    return content


@cache
def _sources() -> dict[str, dict[str, T]]:
    """list id → {code: what the mark rests on} for every item marked "verify"."""
    out: dict[str, dict[str, T]] = {}
    for list_id, items in _read("reference", "choices.json")["lists"].items():
        for item in items:
            if item.get("verify"):
                out.setdefault(list_id, {})[item["code"]] = _t(item["verify"], T("", ""))
    for item in _read("reference", "pnd.json").get("versions", []):
        if item.get("verify"):
            out.setdefault("pnd_versions", {})[item["code"]] = _t(item["verify"], T("", ""))
    bases = _read("ordinance", "bases.json")
    secondary = T("comes from a secondary source: check the article against the official text before the first debate",
                  "proviene de una fuente secundaria: verifique el artículo en el texto oficial antes del primer debate")
    for item in bases.get("bases", []):
        if item.get("verify"):
            out.setdefault("ordinance_bases", {})[item["code"]] = _t(item.get("source"), _t(item["verify"], secondary))
    return out


def source(list_id: str, code: str) -> T | None:
    """What the "verify" mark of `code` in `list_id` rests on; None when the item is not marked."""
    return _sources().get(list_id, {}).get(str(code))


def gcm_national_plan() -> Fact:
    """The GCM objectives prioritised by Ecuador's national implementation plan (marked "verify")."""
    plan = _read("reference", "gcm_objectives.json").get("national_plan", {})
    count = len(plan.get("objectives", []))
    label = T(f"The {count} GCM objectives prioritised by Ecuador's national implementation plan",
              f"Los {count} objetivos del PMM priorizados por el plan nacional de implementación del Ecuador")
    return Fact("gcm_national_plan", "", label, _t(plan.get("verify"), T("", "")))


def mark(lang: str | None = None) -> str:
    """The mark a fact to verify carries (" (to verify)" / " (por verificar)")."""
    return VERIFY_MARK.get(lang or language())


def with_source(fact: Fact, lang: str | None = None) -> str:
    """"<label> (to verify: <source>)" in the given language."""
    lang = lang or language()
    word = "por verificar" if lang == "es" else "to verify"
    label = fact.label.get(lang).removesuffix(mark(lang))
    return f"{label} ({word}: {fact.source.get(lang)})" if fact.source.get(lang) else label + mark(lang)


ROUNDTABLES = ("ordinance_bases", "am_069_2020")  # the ministerial agreement on human-mobility roundtables


def facts_in_plan(data: PlanData) -> list[Fact]:
    """The marked facts a plan relies on: the prioritised GCM objectives (always shown beside the plan's
    GCM coverage), the agreement on mobility roundtables when the plan has roundtables, then every marked
    item a choice field of the plan holds, in section order."""
    from localplan.forms import SECTIONS, FieldType

    out = [gcm_national_plan()]
    seen: set[tuple[str, str]] = set()
    marked = _sources()
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
