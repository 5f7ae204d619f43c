"""Load the versioned reference files under resources/reference/ (no Qt).

Every choice field of a form spec names a list here. Lists come from `choices.json` and
from the larger files (GCM objectives, SDGs, PND axes, mobility categories, PDOT
components). Each item has a stable code (stored in plans) and labels in both languages.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from localplan import paths
from localplan.i18n import T


@dataclass(frozen=True)
class Choice:
    code: str
    label: T
    extra: tuple[tuple[str, str], ...] = ()

    def get(self, key: str, default: str | None = None) -> str | None:
        return dict(self.extra).get(key, default)


@dataclass(frozen=True)
class Unit:
    """One unit of Ecuador's administrative division (DPA)."""

    level: str  # province | canton | parish
    code: str
    name: str
    parent: str | None
    example: bool = False  # the fictitious territory of the example plan (not in the INEC DPA)


VERIFY_MARK = T(" (to verify)", " (por verificar)")


def _read(name: str) -> dict[str, Any]:
    content: dict[str, Any] = json.loads(paths.resource("reference", name).read_text(encoding="utf-8"))
    return content


def _choices(items: list[dict[str, Any]], label_key: str = "label") -> tuple[Choice, ...]:
    out = []
    for item in items:
        extra = tuple((k, str(v)) for k, v in item.items() if k not in ("code", "label", "short", "title"))
        label = T.from_dict(item[label_key])
        if item.get("verify"):  # a fact from a secondary source carries its mark wherever its label is shown
            label = T(label.en + VERIFY_MARK.en, label.es + VERIFY_MARK.es)
        out.append(Choice(str(item["code"]), label, extra))
    return tuple(out)


@cache
def _all_lists() -> dict[str, tuple[Choice, ...]]:
    lists = {k: _choices(v) for k, v in _read("choices.json")["lists"].items()}
    lists["mobility_categories"] = _choices(_read("mobility_categories.json")["categories"])
    lists["pdot_components"] = _choices(_read("pdot_components.json")["components"])
    gcm = _read("gcm_objectives.json")
    lists["gcm_objectives"] = tuple(
        Choice(o["code"], T(f"{o['number']}. {o['short']['en']}", f"{o['number']}. {o['short']['es']}"),
               (("title_en", o["title"]["en"]), ("title_es", o["title"]["es"])))
        for o in gcm["objectives"]
    )
    sdgs = _read("sdgs.json")
    lists["sdgs"] = _choices(sdgs["goals"])
    lists["sdg_targets"] = _choices(sdgs["targets"])
    lists["pnd_axes"] = _choices(_read("pnd.json")["axes"])
    lists["pnd_versions"] = _choices(_read("pnd.json")["versions"])
    assessment = _read("assessment.json")
    lists["assessment_dimensions"] = _choices(assessment["dimensions"])
    lists["assessment_criteria"] = _choices(assessment["criteria"])
    lists.update(_ordinance_lists())
    return lists


def _ordinance_lists() -> dict[str, tuple[Choice, ...]]:
    """The ordinance's lists: small enumerations plus the codes of its libraries (resources/ordinance)."""

    def read(name: str) -> dict[str, Any]:
        content: dict[str, Any] = json.loads(paths.resource("ordinance", name).read_text(encoding="utf-8"))
        return content

    lists = {k: _choices(v) for k, v in read("lists.json")["lists"].items()}
    lists["ordinance_templates"] = _choices(read("templates.json")["templates"])
    lists["ordinance_bases"] = _choices(read("bases.json")["bases"], "reference")
    clauses = [dict(c, heading={k: _no_placeholders(v) for k, v in c["heading"].items()}) for c in read("clauses.json")["clauses"]]
    lists["ordinance_clauses"] = _choices(clauses, "heading")
    return lists


def _no_placeholders(text: str) -> str:
    """A clause's heading as a list label, for any level: "Creación de la mesa {level_adj} de movilidad
    humana" → "Creación de la mesa de movilidad humana" (the level's word comes in when it is drafted)."""
    import re

    return re.sub(r"\s*\{\w+\}", "", text)


def list_ids() -> list[str]:
    return sorted(_all_lists())


def choice_list(list_id: str) -> tuple[Choice, ...]:
    return _all_lists()[list_id]


@cache
def _index(list_id: str) -> dict[str, Choice]:
    return {c.code: c for c in choice_list(list_id)}


def choice_label(list_id: str, code: str, lang: str | None = None) -> str:
    """The label of `code` in `list_id`; the code itself when unknown."""
    choice = _index(list_id).get(code)
    return choice.label.get(lang) if choice else code


def has_code(list_id: str, code: str) -> bool:
    return code in _index(list_id)


def gcm_national_plan() -> tuple[str, ...]:
    """Codes of the GCM objectives prioritised by Ecuador's national implementation plan."""
    return tuple(str(n) for n in _read("gcm_objectives.json").get("national_plan", {}).get("objectives", []))


class Dpa:
    """Ecuador's administrative division: 24 provinces, 221 cantons, 1,396 parishes."""

    def __init__(self, units: list[Unit], version: str) -> None:
        self.version = version
        self.units = units
        self.by_code = {u.code: u for u in units}
        self._ambiguous: set[tuple[str | None, str]] | None = None
        self._children: dict[str | None, list[Unit]] = {}
        for unit in units:
            self._children.setdefault(unit.parent, []).append(unit)

    def get(self, code: str) -> Unit | None:
        return self.by_code.get(code)

    def display_name(self, code: str) -> str:
        """The unit's name, with its code when a sibling has the same name (two "Tulcán")."""
        unit = self.get(code)
        if unit is None:
            return code
        if self._ambiguous is None:
            seen: dict[tuple[str | None, str], int] = {}
            for u in self.units:
                seen[(u.parent, fold(u.name))] = seen.get((u.parent, fold(u.name)), 0) + 1
            self._ambiguous = {k for k, n in seen.items() if n > 1}
        if (unit.parent, fold(unit.name)) in self._ambiguous:
            return f"{unit.name} ({unit.code})"
        return unit.name

    def children(self, code: str | None) -> list[Unit]:
        return self._children.get(code, [])

    def level_units(self, level: str) -> list[Unit]:
        return [u for u in self.units if u.level == level and not u.example]

    def path(self, code: str) -> list[Unit]:
        """Province → canton → parish down to `code`."""
        out: list[Unit] = []
        unit = self.get(code)
        while unit is not None:
            out.insert(0, unit)
            unit = self.get(unit.parent) if unit.parent else None
        return out

    def gad_level(self, code: str) -> str | None:
        """provincial (2 digits), cantonal (4) or parish (6), if the code exists."""
        unit = self.get(code)
        if unit is None:
            return None
        return {"province": "provincial", "canton": "cantonal", "parish": "parish"}[unit.level]

    def parishes_of(self, code: str) -> list[Unit]:
        """The parishes that belong to a GAD's territory (itself for a parish GAD)."""
        unit = self.get(code)
        if unit is None:
            return []
        if unit.level == "parish":
            return [unit]
        if unit.level == "canton":
            return self.children(code)
        return [p for c in self.children(code) for p in self.children(c.code)]

    def search(self, text: str, limit: int = 50) -> list[Unit]:
        """Units whose name or code contains `text` (accent- and case-insensitive)."""
        needle = fold(text.strip())
        if not needle:
            return []
        hits = [u for u in self.units if not u.example and (needle in fold(u.name) or u.code.startswith(needle))]
        return hits[:limit]


def fold(text: str) -> str:
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=1)
def dpa() -> Dpa:
    data = _read("dpa.json")
    units = [Unit(u["level"], u["code"], u["name"], u["parent"]) for u in data["units"]]
    units += [Unit(u["level"], u["code"], u["name"], u["parent"], example=True) for u in _read("example_territory.json")["units"]]
    return Dpa(units, data["version"])


# Governments with a regime of their own (Constitution arts. 258 and 266). Kept apart from the DPA file,
# which lists units, not who governs them.
METROPOLITAN_DISTRICTS = {"1701": "Constitución, art. 266; COOTAD, arts. 84–90"}  # Quito
SPECIAL_REGIMES = {"20": "Constitución, art. 258"}  # Galápagos: a Consejo de Gobierno holds the provincial competences


def is_metropolitan_district(code: str) -> bool:
    """True for a canton governed as a metropolitan district (Quito, 1701): Concejo Metropolitano,
    ordenanzas metropolitanas."""
    return (code or "").strip() in METROPOLITAN_DISTRICTS


def is_special_regime(code: str) -> bool:
    """True for a province under a special regime (Galápagos, 20): no provincial GAD of its own; its
    cantons keep ordinary municipal councils."""
    return (code or "").strip() in SPECIAL_REGIMES


def parish_without_gad(code: str) -> Unit | None:
    """The canton that governs `code` when it is a parish with no GAD of its own, else None.

    INEC parish codes xx01–xx49 are urban parishes and xx50 the cantonal seat: the
    municipal GAD plans them (only rural parishes, xx51 and above, have a GAD)."""
    code = code.strip()
    unit = dpa().get(code)
    if unit is None or unit.level != "parish" or not code[4:].isdigit() or int(code[4:]) > 50:
        return None
    return dpa().get(unit.parent) if unit.parent else None
