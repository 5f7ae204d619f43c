"""The level table (resources/ordinance/levels.json), loaded once (no Qt).

For each level of government — provincial, Galápagos' special regime, metropolitan district,
municipal, rural parish — the body and its members, the kind of act, the procedure (two debates
with sanction and promulgation, COOTAD arts. 322 and 324; or one debate, art. 323), the executive
and secretary in masculine and feminine form, the powers of the enacting formula, the level's own
recitals and its competences (Constitution arts. 263–267 and the COOTAD articles), each with its
source. Matters (housing, health, education, migration control) let the checker recognise a
project or article outside the level's competences.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from localplan import paths
from localplan.i18n import T
from localplan.reference import loader


def _read(name: str) -> dict[str, Any]:
    content: dict[str, Any] = json.loads(paths.resource("ordinance", name).read_text(encoding="utf-8"))
    return content


def _t(value: dict[str, str] | None) -> T:
    return T.from_dict(value or {})


LEVEL_TEXTS = ("label", "body", "members", "territory_unit", "in_territory", "of_territory", "the_territory", "level_adj",
               "level_adj_m", "act", "act_kind", "executive", "executive_m", "executive_f", "executive_office",
               "secretary_m", "secretary_f", "powers", "act_note", "competences_source", "source", "procedure_verify")


@dataclass(frozen=True)
class Level:
    """One level of government (levels.json): its body, act, procedure, powers and competences."""

    code: str
    label: T
    body: T  # "el Concejo Municipal del cantón {territory}" (with its article)
    members: T
    territory_unit: T
    in_territory: T  # "en el cantón {territory}"
    of_territory: T  # "del cantón {territory}"
    the_territory: T  # "el cantón"
    level_adj: T
    level_adj_m: T  # the adjective with a masculine noun ("Centro metropolitano")
    act: T
    act_kind: T
    executive: T  # both forms ("Alcalde o Alcaldesa"), for guidance
    executive_m: T
    executive_f: T
    executive_office: T
    secretary_m: T
    secretary_f: T
    powers: T
    act_note: T
    competences_source: T
    source: T  # what a level marked "verify" rests on
    procedure_verify: T  # a doubt about the procedure specific to this level
    procedure: str = "two_debates"
    verify: bool = False
    bases: tuple[str, ...] = ()
    competences: tuple[tuple[str, str], ...] = ()  # (competence code, its source)

    def executive_title(self, form: str | None, lang: str | None = None) -> str:
        """The executive's title in the form chosen ("f": Alcaldesa); masculine when none is chosen."""
        return (self.executive_f if form == "f" else self.executive_m).get(lang)

    def secretary_title(self, form: str | None, lang: str | None = None) -> str:
        return (self.secretary_f if form == "f" else self.secretary_m).get(lang)

    def has(self, competence: str) -> bool:
        return any(code == competence for code, _ in self.competences)

    def competence_source(self, competence: str) -> str:
        return dict(self.competences).get(competence, "")


@dataclass(frozen=True)
class Procedure:
    """How a level's act is approved: two debates + sanction (COOTAD 322, 324), or one debate (323)."""

    code: str
    label: T
    steps: tuple[str, ...]
    approval_ref: T
    promulgation_ref: T
    in_force: T
    help: T
    verify: bool = False
    source: T = T("", "")

    @property
    def two_debates(self) -> bool:
        return self.code == "two_debates"


@dataclass(frozen=True)
class Competence:
    code: str
    label: T
    central: bool = False
    source: T = T("", "")


@dataclass(frozen=True)
class Matter:
    """A subject a project or article may deal with, recognised by words, and the competences it needs."""

    code: str
    label: T
    competences: tuple[str, ...]
    central: str | None  # the central government's competence, when the matter is also one
    words: tuple[str, ...]

    def found_in(self, text: str, folded: bool = False) -> bool:
        """Whether `text` (already folded, if `folded`) names the matter."""
        text = text if folded else loader.fold(text)
        return any(w in text for w in _folded(self.words))


@cache
def _folded(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(loader.fold(w) for w in words)


@cache
def levels() -> dict[str, Level]:
    out = {}
    for code, d in _read("levels.json")["levels"].items():
        texts = {k: _t(d.get(k)) for k in LEVEL_TEXTS}
        if not d.get("level_adj_m"):
            texts["level_adj_m"] = texts["level_adj"]
        out[code] = Level(code, **texts, procedure=d.get("procedure", "two_debates"),
                          verify=bool(d.get("verify")), bases=tuple(d.get("bases", ())),
                          competences=tuple((c, src) for c, src in d.get("competences", {}).items()))
    return out


@cache
def procedures() -> dict[str, Procedure]:
    return {code: Procedure(code, _t(p["label"]), tuple(p["steps"]), _t(p["approval_ref"]), _t(p["promulgation_ref"]),
                            _t(p["in_force"]), _t(p["help"]), bool(p.get("verify")), _t(p.get("source")))
            for code, p in _read("levels.json")["procedures"].items()}


def procedure(level: str) -> Procedure:
    return procedures()[levels()[level].procedure]


@cache
def competences() -> dict[str, Competence]:
    return {code: Competence(code, _t(c["label"]), bool(c.get("central")), _t(c.get("source")))
            for code, c in _read("levels.json")["competences"].items()}


@cache
def matters() -> tuple[Matter, ...]:
    return tuple(Matter(m["code"], _t(m["label"]), tuple(m["competences"]), m.get("central"), tuple(m["words"]))
                 for m in _read("levels.json")["matters"])


def matter_outside(level: str, text: str | None) -> Matter | None:
    """The first matter named in `text` that needs a competence the level does not hold (or the central
    government's alone), e.g. housing for a province, health services for a rural parish."""
    lvl = levels()[level]
    folded = loader.fold(text or "")  # once, not once per matter
    for matter in matters():
        if matter.found_in(folded, folded=True) and not any(lvl.has(c) for c in matter.competences):
            return matter
    return None


def competence_labels(codes: tuple[str, ...] | list[str], lang: str | None = None) -> str:
    return "; ".join(competences()[c].label.get(lang) for c in codes if c in competences())
