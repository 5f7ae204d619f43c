"""Provenance of reference facts: which ones rest on a secondary source and must be verified.

A reference item with a "verify" entry (resources/reference/*.json, resources/ordinance/bases.json)
carries the mark " (to verify)" in its label wherever it is shown (see loader._choices); this
module says what each mark rests on, so windows, reports and workbooks can show the source too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from localplan import paths
from localplan.i18n import T, language
from localplan.reference.loader import VERIFY_MARK


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
def sources() -> dict[str, dict[str, T]]:
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
    return sources().get(list_id, {}).get(str(code))


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
