"""The ordinance's bilingual libraries (resources/ordinance/*.json), loaded once (no Qt).

- levels.json: who legislates at each GAD level, the executive, the powers cited;
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
from localplan.reference import loader

PLACEHOLDER = re.compile(r"(?<!\{)\{([A-Za-z_]+)\}(?!\})")


def _read(name: str) -> dict[str, Any]:
    return json.loads(paths.resource("ordinance", name).read_text(encoding="utf-8"))


def _t(value: dict[str, str] | None) -> T:
    return T.from_dict(value or {})


@dataclass(frozen=True)
class Level:
    code: str
    body: T
    territory_unit: T
    in_territory: T  # "en el cantón {territory}"
    of_territory: T  # "del cantón {territory}"
    the_territory: T  # "el cantón"
    level_adj: T
    act: T
    executive: T
    executive_office: T
    secretary: T
    powers: T
    act_note: T


@dataclass(frozen=True)
class Basis:
    code: str
    group: str
    reference: T
    text: T
    levels: tuple[str, ...] = ()  # empty: every level
    verify: bool = False

    def fits(self, level: str | None) -> bool:
        return not self.levels or level in self.levels


@dataclass(frozen=True)
class Clause:
    code: str
    group: str
    heading: T
    text: T
    variants: dict[str, tuple[T, T]] = field(default_factory=dict)  # level → (heading, text)

    def for_level(self, level: str | None) -> tuple[T, T]:
        return self.variants.get(level or "", (self.heading, self.text))


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
def levels() -> dict[str, Level]:
    out = {}
    for code, d in _read("levels.json")["levels"].items():
        out[code] = Level(code, *(_t(d.get(k)) for k in (
            "body", "territory_unit", "in_territory", "of_territory", "the_territory", "level_adj", "act", "executive", "executive_office", "secretary", "powers", "act_note")))
    return out


@cache
def bases() -> dict[str, Basis]:
    return {b["code"]: Basis(b["code"], b["group"], _t(b["reference"]), _t(b["text"]), tuple(b.get("levels", ())),
                             bool(b.get("verify"))) for b in _read("bases.json")["bases"]}


@cache
def basis_groups() -> list[tuple[str, T]]:
    return [(g["code"], _t(g["label"])) for g in _read("bases.json")["groups"]]


@cache
def clauses() -> dict[str, Clause]:
    out = {}
    for c in _read("clauses.json")["clauses"]:
        heading, text = _t(c["heading"]), _t(c["text"])
        variants = {lvl: (_t(c.get(f"heading_{lvl}", c["heading"])), _t(c.get(f"text_{lvl}", c["text"])))
                    for lvl in ("provincial", "cantonal", "parish") if f"text_{lvl}" in c or f"heading_{lvl}" in c}
        out[c["code"]] = Clause(c["code"], c["group"], heading, text, variants)
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
    """The GAD's level (cantonal when the profile does not say)."""
    level = data.gad.get("level")
    if level in levels():
        return level
    return loader.dpa().gad_level(data.gad.get("gad_code") or "") or "cantonal"


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
        "act": level.act.get(lang),
        "executive": level.executive.get(lang),
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

    return PLACEHOLDER.sub(one, text)
