"""Numbers derived from row order, never stored, and cross-references that follow them.

Articles are numbered continuously ("Art. 1.-"); titles in Roman numerals; chapters in
Roman numerals, restarting in each title. An article cites another as ``{{art:ID}}`` (the
row id) and the reference renders as the cited article's current number.
Dispositions are numbered with ordinal words within their kind ("PRIMERA.-"), or "ÚNICA"
when alone.
"""

from __future__ import annotations

import re
from typing import Any

REF = re.compile(r"\{\{art:(\d+)\}\}")
DISPOSITION_ORDER = ("general", "transitoria", "reformatoria", "derogatoria", "final")

_ES = ["PRIMERA", "SEGUNDA", "TERCERA", "CUARTA", "QUINTA", "SEXTA", "SÉPTIMA", "OCTAVA", "NOVENA", "DÉCIMA"]
_ES_TENS = {1: "DÉCIMA", 2: "VIGÉSIMA", 3: "TRIGÉSIMA", 4: "CUADRAGÉSIMA"}
_EN = ["FIRST", "SECOND", "THIRD", "FOURTH", "FIFTH", "SIXTH", "SEVENTH", "EIGHTH", "NINTH", "TENTH",
       "ELEVENTH", "TWELFTH", "THIRTEENTH", "FOURTEENTH", "FIFTEENTH", "SIXTEENTH", "SEVENTEENTH", "EIGHTEENTH",
       "NINETEENTH", "TWENTIETH"]


def roman(n: int) -> str:
    out = []
    for value, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"),
                           (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def ordinal(n: int, lang: str = "es") -> str:
    """PRIMERA, SEGUNDA, … DÉCIMA PRIMERA (feminine: disposición); FIRST, SECOND … in English."""
    if lang == "en":
        return _EN[n - 1] if n <= len(_EN) else f"No. {n}"
    if n <= 10:
        return _ES[n - 1]
    tens, unit = divmod(n, 10)
    if tens in _ES_TENS:
        return _ES_TENS[tens] + (f" {_ES[unit - 1]}" if unit else "")
    return f"N.º {n}"


def article_numbers(rows: list[dict[str, Any]]) -> dict[int, int]:
    """Row id → article number, in row order (titles and chapters take no number)."""
    out: dict[int, int] = {}
    for row in rows:
        if (row.get("kind") or "article") == "article":
            out[row["id"]] = len(out) + 1
    return out


def labels(rows: list[dict[str, Any]], lang: str = "es") -> dict[int, str]:
    """Row id → its label: "TÍTULO I", "CAPÍTULO II", "Art. 3.-" (English: "TITLE I", "Art. 3.-")."""
    out: dict[int, str] = {}
    titles = chapters = articles = 0
    for row in rows:
        kind = row.get("kind") or "article"
        if kind == "titulo":
            titles += 1
            chapters = 0
            out[row["id"]] = ("TITLE " if lang == "en" else "TÍTULO ") + roman(titles)
        elif kind == "capitulo":
            chapters += 1
            out[row["id"]] = ("CHAPTER " if lang == "en" else "CAPÍTULO ") + roman(chapters)
        else:
            articles += 1
            out[row["id"]] = f"Art. {articles}.-"
    return out


def render_refs(text: str, numbers: dict[int, int], lang: str = "es") -> str:
    """Replace ``{{art:ID}}`` by "artículo N" ("article N"); a deleted target is shown, not hidden."""

    def one(match: re.Match[str]) -> str:
        number = numbers.get(int(match.group(1)))
        if number is None:
            return "[missing article]" if lang == "en" else "[artículo inexistente]"
        return f"article {number}" if lang == "en" else f"artículo {number}"

    return REF.sub(one, text or "")


def references(text: str | None) -> list[int]:
    return [int(m) for m in REF.findall(text or "")]


def broken_refs(text: str | None, numbers: dict[int, int]) -> list[int]:
    return [rid for rid in references(text) if rid not in numbers]


def grouped_dispositions(rows: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    """(kind, rows) in the legal order of kinds; rows keep their order within a kind."""
    def kind_of(row: dict[str, Any]) -> str:
        kind = row.get("kind")
        return kind if isinstance(kind, str) and kind in DISPOSITION_ORDER else "general"

    groups = [(kind, [r for r in rows if kind_of(r) == kind]) for kind in DISPOSITION_ORDER]
    return [(k, rs) for k, rs in groups if rs]


def disposition_labels(rows: list[dict[str, Any]], lang: str = "es") -> dict[int, str]:
    """Row id → "PRIMERA.-" within its kind, or "ÚNICA.-" ("SOLE.-") when alone."""
    out: dict[int, str] = {}
    for _kind, members in grouped_dispositions(rows):
        for n, row in enumerate(members, start=1):
            word = ("SOLE" if lang == "en" else "ÚNICA") if len(members) == 1 else ordinal(n, lang)
            out[row["id"]] = f"{word}.-"
    return out
