"""The ordinance's bilingual libraries (resources/ordinance/*.json), loaded once (no Qt).

- levels.json: who legislates at each level of government (provincial, Galápagos' special regime,
  metropolitan, municipal, rural parish), the kind of act, the procedure, the executive and secretary
  (masculine and feminine titles), the powers cited and the competences, each with its source;
- bases.json: legal bases for the recitals (considerandos);
- clauses.json: clauses for the articles;
- templates.json: complete drafts built from the two libraries.

Texts carry placeholders filled from the GAD profile by `fill()`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from localplan import paths
from localplan.domain.data import PlanData
from localplan.i18n import T
from localplan.ordinance.levels import (
    Competence,
    Level,
    Matter,
    Procedure,
    competence_labels,
    competences,
    levels,
    matter_outside,
    matters,
    procedure,
    procedures,
)
from localplan.reference import loader

# The public names, among them the level table defined in levels.py and re-exported here.
__all__ = ["FALLBACK", "FEMININE", "LEVEL_CODES", "PLACEHOLDER", "Basis", "Clause", "Competence", "Level", "Matter",
           "Procedure", "Template", "bases", "basis_groups", "clause_groups", "clauses", "competence_labels",
           "competences", "context", "contract", "fill", "gad_phrases", "hierarchy_key", "level_of", "levels",
           "matter_outside", "matters", "procedure", "procedures", "templates", "territory_name", "with_article"]

PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_]+)\}(?!\})")


def _read(name: str) -> dict[str, Any]:
    content: dict[str, Any] = json.loads(paths.resource("ordinance", name).read_text(encoding="utf-8"))
    return content


def _t(value: dict[str, str] | None) -> T:
    return T.from_dict(value or {})


@dataclass(frozen=True)
class Basis:
    code: str
    group: str
    reference: T
    text: T
    levels: tuple[str, ...] = ()  # empty: every level
    verify: bool = False
    source: T = T("", "")  # what a basis marked "verify" rests on
    rank: int = 99  # hierarchy of norms (Constitution art. 425): 1 Constitution … 10 plans and policies

    def fits(self, level: str | None) -> bool:
        return not self.levels or level in self.levels


LEVEL_CODES = ("provincial", "special_regime", "metropolitan", "cantonal", "parish")
FALLBACK = {"special_regime": "provincial", "metropolitan": "cantonal"}  # a level without its own variant


@dataclass(frozen=True)
class Clause:
    code: str
    group: str
    heading: T
    text: T
    variants: dict[str, tuple[T, T]] = field(default_factory=dict)  # level → (heading, text)
    competences: tuple[str, ...] = ()  # any one of them allows the clause; empty: every level

    def for_level(self, level: str | None) -> tuple[T, T]:
        level = level or ""
        if level not in self.variants:
            level = FALLBACK.get(level, level)
        return self.variants.get(level, (self.heading, self.text))

    def fits(self, level: str | None) -> bool:
        """True when the level holds one of the competences the clause relies on."""
        if not self.competences:
            return True
        lvl = levels().get(level or "")
        return lvl is None or any(lvl.has(c) for c in self.competences)


@dataclass(frozen=True)
class Template:
    code: str
    label: T
    title: T
    subject: T
    purpose: T
    recitals: tuple[str, ...]
    structure: tuple[Any, ...]  # clause codes, or {"titulo": {...}} / {"capitulo": {...}}
    dispositions: tuple[tuple[str, T], ...]


@cache
def bases() -> dict[str, Basis]:
    ranks = {g["code"]: g.get("rank", 99) for g in _read("bases.json")["groups"]}
    return {b["code"]: Basis(b["code"], b["group"], _t(b["reference"]), _t(b["text"]), tuple(b.get("levels", ())),
                             bool(b.get("verify")), _t(b.get("source")), b.get("rank", ranks.get(b["group"], 99)))
            for b in _read("bases.json")["bases"]}


def hierarchy_key(code: str, position: int) -> tuple[int, int, int]:
    """Sort key of a recital by the hierarchy of norms (Constitution art. 425), then by article number."""
    basis = bases().get(code)
    if basis is None:
        return (99, 0, position)
    groups = [g for g, _ in basis_groups()]
    number = re.search(r"_(\d+)", code) if basis.group in ("constitution", "cootad") else None
    return (basis.rank, groups.index(basis.group), int(number.group(1)) if number else position)


@cache
def basis_groups() -> list[tuple[str, T]]:
    return [(g["code"], _t(g["label"])) for g in _read("bases.json")["groups"]]


@cache
def clauses() -> dict[str, Clause]:
    out = {}
    for c in _read("clauses.json")["clauses"]:
        heading, text = _t(c["heading"]), _t(c["text"])
        variants = {lvl: (_t(c.get(f"heading_{lvl}", c["heading"])), _t(c.get(f"text_{lvl}", c["text"])))
                    for lvl in LEVEL_CODES if f"text_{lvl}" in c or f"heading_{lvl}" in c}
        out[c["code"]] = Clause(c["code"], c["group"], heading, text, variants, tuple(c.get("competences", ())))
    return out


@cache
def clause_groups() -> list[tuple[str, T]]:
    return [(g["code"], _t(g["label"])) for g in _read("clauses.json")["groups"]]


@cache
def templates() -> dict[str, Template]:
    out = {}
    for t in _read("templates.json")["templates"]:
        out[t["code"]] = Template(
            t["code"], _t(t["label"]), _t(t["title"]), _t(t["subject"]), _t(t["purpose"]), tuple(t["recitals"]),
            tuple(t["structure"]), tuple((d["kind"], _t(d["text"])) for d in t["dispositions"]))
    return out


def level_of(data: PlanData) -> str:
    """The row of levels.json for this GAD: the profile's level (cantonal when it does not say), made
    "metropolitan" for a metropolitan district (Quito, 1701) and "special_regime" for Galápagos (20)."""
    code = data.gad.get("gad_code") or ""
    level = data.gad.get("level")
    if level not in ("provincial", "cantonal", "parish"):
        level = loader.dpa().gad_level(code) or "cantonal"
    if level == "cantonal" and loader.is_metropolitan_district(code):
        return "metropolitan"
    if level == "provincial" and loader.is_special_regime(code):
        return "special_regime"
    return level


def territory_name(data: PlanData) -> str:
    unit = loader.dpa().get(data.gad.get("gad_code") or "")
    return unit.name if unit else (data.gad.get("name") or "…")


def context(data: PlanData, lang: str) -> dict[str, str]:
    """The values of the placeholders for this plan, in `lang`."""
    level = levels()[level_of(data)]
    territory = territory_name(data)
    period = data.period
    values = {
        "territory": territory,
        "gad": data.gad.get("name") or data.gad_title(lang),
        "territory_unit": level.territory_unit.get(lang),
        "level_adj": level.level_adj.get(lang),
        "level_adj_m": level.level_adj_m.get(lang),
        "act": level.act.get(lang),
        "executive": level.executive.get(lang),
        "in_force": procedure(level.code).in_force.get(lang),
        "period": f"{period[0]}–{period[1]}" if period else "…",
    }
    for key in ("body", "in_territory", "of_territory", "the_territory"):
        values[key] = fill(getattr(level, key).get(lang), values)
    values.update(gad_phrases(values["gad"], lang))
    return values


FEMININE = ("municipalidad", "prefectura", "junta", "alcaldía", "alcaldia", "mancomunidad")


def gad_phrases(name: str, lang: str) -> dict[str, str]:
    """"el GAD …" / "del GAD …" (Spanish articles by the name's first word); English keeps the name."""
    if lang == "en":
        return {"the_gad": name, "of_gad": f"of {name}"}
    first = name.split(" ", 1)[0].lower()
    if first in ("el", "la", "los", "las"):
        return {"the_gad": name, "of_gad": "del " + name[3:] if first == "el" else f"de {name}"}
    if first in FEMININE:
        return {"the_gad": f"la {name}", "of_gad": f"de la {name}"}
    return {"the_gad": f"el {name}", "of_gad": f"del {name}"}


def with_article(name: str, lang: str = "es") -> str:
    """A body's name inside a sentence, with its article agreeing with it: "el Concejo …", "la Junta …"
    (a name written with its article keeps it, lower-cased)."""
    name = (name or "").strip()
    if lang == "en" or not name:
        return name
    first = name.split(" ", 1)[0]
    if first.lower() in ("el", "la", "los", "las"):
        return first.lower() + name[len(first):]
    return ("la " if first.lower() in FEMININE else "el ") + name


def fill(text: str, values: dict[str, str]) -> str:
    """Replace {name} placeholders; {Name} gives the value capitalised. Unknown names stay."""

    def one(match: re.Match[str]) -> str:
        name = match.group(1)
        value = values.get(name)
        if value is None and name[:1].isupper():
            lower = values.get(name[0].lower() + name[1:])
            if lower is not None:
                return lower[:1].upper() + lower[1:]
        return match.group(0) if value is None else value

    return contract(PLACEHOLDER.sub(one, text))


_CONTRACTION = re.compile(r"\b(a|A|de|De) el\b")


def contract(text: str) -> str:
    """Spanish contractions: "a el" → "al", "de el" → "del" (lower-case "el" only: "de El Carmelo",
    part of a proper name, stays as written)."""

    def one(match: re.Match[str]) -> str:
        word = match.group(1)
        return {"a": "al", "A": "Al", "de": "del", "De": "Del"}[word]

    return _CONTRACTION.sub(one, text or "")
