"""Provenance of the ordinance's facts: is a legal basis, level or procedure marked "verify", and what does it rest on.

Reference data marks an item it could not confirm from a primary source with ``"verify": true``
and names what it rests on in ``"source"`` (a string or {"es", "en"}). Whoever shows such a fact
shows the mark with it: `provenance(item)` reads the mark, `mark(prov, lang)` words it, and
`ordinance_fact(kind, code)` looks up the ordinance's facts (legal bases, levels, procedures).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from localplan.i18n import tr


@dataclass(frozen=True)
class Provenance:
    verify: bool
    source: str  # in the language asked for; may be empty

    def __bool__(self) -> bool:
        return self.verify


def provenance(item: Any, lang: str | None = None) -> Provenance:
    """The mark of one reference item: a dict from a resources/ file, or an object with
    `verify` and `source` attributes (a source may be a string, a dict by language or an i18n T)."""
    if isinstance(item, dict):
        verify, source = bool(item.get("verify")), item.get("source")
    else:
        verify, source = bool(getattr(item, "verify", False)), getattr(item, "source", None)
    if isinstance(source, dict):
        source = source.get("en" if lang == "en" else "es") or ""
    elif source is not None and hasattr(source, "get") and not isinstance(source, str):
        source = source.get(lang)
    return Provenance(verify, str(source or ""))


def is_verify(item: Any) -> bool:
    return provenance(item).verify


def mark(prov: Provenance, lang: str | None = None) -> str:
    """"[por verificar — fuente: …]" for a marked fact; "" otherwise."""
    if not prov.verify:
        return ""
    if prov.source:
        return tr("[to verify — source: {source}]", lang).format(source=prov.source)
    return tr("[to verify]", lang)


def ordinance_fact(kind: str, code: str, lang: str | None = None) -> Provenance:
    """The mark of a fact of the ordinance's libraries: kind "basis" (bases.json), "level" or
    "procedure" (levels.json)."""
    from localplan.ordinance import library

    if kind == "basis":
        item: Any = library.bases().get(code)
    elif kind == "level":
        level = library.levels().get(code)
        item = level and Provenance(level.verify, level.source.get(lang))
        if level and not level.verify and level.procedure_verify.get(lang):
            item = Provenance(True, level.procedure_verify.get(lang))
    elif kind == "procedure":
        item = library.procedures().get(code)
    else:
        raise ValueError(kind)
    if item is None:
        return Provenance(False, "")
    return item if isinstance(item, Provenance) else provenance(item, lang)
