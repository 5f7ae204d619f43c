"""Columns a reader needs that the import does not read: computed from the row, with no key
in the hidden ids row (the import skips them), so the workbook still round-trips.

- the ordinance's printed numbers ("Art. 20.-", "TÍTULO I", "PRIMERA.-");
- texts as the ordinance prints them, with {{art:ID}} and {{repeals}} resolved (the stored text, which keeps
  the reference so numbers follow when articles move, stays in a hidden column);
- the total of a project over its years.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from localplan.domain.data import PlanData
from localplan.forms import Field, FieldType, Section
from localplan.i18n import QT_TR_NOOP
from localplan.ordinance import numbering
from localplan.ordinance.render import REPEALS, repeals_text

ORDINANCE_TEXTS = ("ordinance", "ordinance_recitals", "ordinance_articles", "ordinance_dispositions")
NUMBER = QT_TR_NOOP("Number")
AS_PRINTED = QT_TR_NOOP("{label} (as printed)")
AS_PRINTED_NOTE = QT_TR_NOOP("The text as the ordinance prints it, with article references resolved to their current "
                             "numbers. Edit the text in LocalPlan; this column is not imported.")
PROJECT_TOTAL = QT_TR_NOOP("Total over the years (USD)")
FROZEN_CHARS = 100_000  # a field this long holds program data (a version's frozen content): hidden, never printed


@dataclass
class Extra:
    after: str | None  # the column key it follows (None: right after N.º)
    label: str
    width: float
    value: Callable[[dict[str, Any], int], Any]  # (row, its sheet row number) → value
    number_format: str | None = None
    note: str = ""


def _as_printed(field_id: str, numbers: dict[int, int], lang: str, repeals: str) -> Callable[[dict[str, Any], int], Any]:
    """The value of a column beside a stored text: the text with its article references and repeal list as printed."""
    return lambda r, n: numbering.render_refs(r.get(field_id) or "", numbers, lang).replace(REPEALS, repeals)


def hidden_fields(sec: Section, data: PlanData) -> set[str]:
    """Fields whose column is hidden: frozen program data, and stored texts shown resolved beside."""
    out = {f.id for f in sec.fields if f.max_length and f.max_length >= FROZEN_CHARS}
    if sec.id in ORDINANCE_TEXTS:
        out |= {f.id for f in sec.fields if _has_refs(data, sec, f)}
    return out


def _has_refs(data: PlanData, sec: Section, f: Field) -> bool:
    rows = [data.record(sec.id)] if sec.single else data.rows(sec.id)
    return f.type in (FieldType.TEXT, FieldType.LONGTEXT) and any(
        numbering.references(r.get(f.id)) or REPEALS in (r.get(f.id) or "") for r in rows)


def extras(sec: Section, data: PlanData, t: Callable[[str], str], lang: str, keys: list[str],
           letters: dict[str, str]) -> list[Extra]:
    """Computed columns of a section. `letters` maps column keys to their sheet letters once the
    columns are laid out (formulas read it when rows are written)."""
    out: list[Extra] = []
    articles = data.rows("ordinance_articles")
    if sec.id == "ordinance_articles":
        labels = numbering.labels(articles)
        out.append(Extra(None, t(NUMBER), 12, lambda r, n: labels.get(r["id"], "")))
    elif sec.id == "ordinance_dispositions":
        dlabels = numbering.disposition_labels(data.rows(sec.id))
        out.append(Extra(None, t(NUMBER), 12, lambda r, n: dlabels.get(r["id"], "")))
    if sec.id in ORDINANCE_TEXTS:
        numbers = numbering.article_numbers(articles)
        repeals = repeals_text(data.record("ordinance"), lang)
        for f in sec.fields:
            if _has_refs(data, sec, f):
                out.append(Extra(f.id, t(AS_PRINTED).format(label=f.label.get(lang)), max(f.width, 40),
                                 _as_printed(f.id, numbers, lang, repeals),
                                 note=t(AS_PRINTED_NOTE)))
    years = [k for k in keys if k.startswith("budget_by_year:")]
    if sec.id == "projects" and years:
        out.append(Extra(years[-1], t(PROJECT_TOTAL), 14,
                         lambda r, n: f"=SUM({letters[years[0]]}{n}:{letters[years[-1]]}{n})",
                         number_format='"$"#,##0.00'))
    return out
