"""The glossary of acronyms the program and its exports use (resources/glossary/glossary.json),
spelled out in each language with the legal source where there is one. No Qt: the report
reuses it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from localplan import paths
from localplan.i18n import language


@dataclass(frozen=True)
class Entry:
    term: str  # as written in `lang` (ODS in Spanish, SDG in English)
    name: str  # spelled out
    source: str | None  # the legal source, when there is one
    aliases: tuple[str, ...] = ()  # the term in the other language


@cache
def _raw() -> tuple[dict[str, Any], ...]:
    data = json.loads(paths.resource("glossary", "glossary.json").read_text(encoding="utf-8"))
    return tuple(data["entries"])


def entries(lang: str | None = None) -> list[Entry]:
    """Every entry in `lang` (the current language by default), sorted by term."""
    lang = lang if lang in ("es", "en") else language()
    other = "en" if lang == "es" else "es"
    out = []
    for item in _raw():
        term = item["term"][lang]
        aliases = tuple(t for t in {item["term"][other]} if t != term)
        source = item.get("source", {}).get(lang)
        out.append(Entry(term, item["name"][lang], source, aliases))
    return sorted(out, key=lambda e: e.term.casefold())


def terms() -> set[str]:
    """Every term in either language."""
    return {item["term"][lang] for item in _raw() for lang in ("es", "en")}
