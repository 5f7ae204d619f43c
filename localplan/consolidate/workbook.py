"""The national roll-up and the workshop comparison as Excel workbooks (openpyxl)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from localplan.consolidate.collect import Collection, Skipped
from localplan.consolidate.summary import PlanSummary, categories, level_name
from localplan.exports import cells
from localplan.exports.atomic import atomic_path
from localplan.exports.workbook.printing import FONT, page_setup, plan_columns, row_height
from localplan.exports.workbook.widths import DATA_POINTS
from localplan.forms import STEPS
from localplan.forms.values import choice_label
from localplan.i18n import tr
from localplan.reference import choice_list, provenance
from localplan.reference.loader import gcm_national_plan

if TYPE_CHECKING:
    from localplan.consolidate.rowdiff import CopyDifference

HEADER_FILL = "1F4E79"


def _sheet(wb: Any, title: str, headers: list[str], rows: list[list[Any]], widths: list[int] | None = None, money: frozenset[int] = frozenset()) -> Any:
    """A table in Arial 9 whose cells wrap and whose rows are as tall as their texts (a name is never cut)."""
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title[:31])
    if widths is None:  # as wide as the longest value (the header may wrap onto three lines), 10 to 40
        widths = [max(10, min(40, max([len(str(r[i])) for r in rows if i < len(r) and r[i] is not None]
                                      + [len(h) // 3]) + 2)) for i, h in enumerate(headers)]
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    ws.append([cells.safe(ws, h) for h in headers])
    wrap = Alignment(wrap_text=True, vertical="top")
    for cell in ws[1]:
        cell.font = Font(name=FONT, size=DATA_POINTS, bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = wrap
    ws.row_dimensions[1].height = row_height(list(headers), [float(w) for w in widths], "Helvetica-Bold")
    plain = Font(name=FONT, size=DATA_POINTS)
    for r, row in enumerate(rows, start=2):
        ws.append([cells.safe(ws, v) for v in row])
        for cell in ws[r]:
            cell.font, cell.alignment = plain, wrap
        ws.row_dimensions[r].height = row_height(list(row), [float(w) for w in widths])
    for col in money:
        for (cell,) in ws.iter_rows(min_row=2, min_col=col + 1, max_col=col + 1):
            cell.number_format = '"$"#,##0.00'
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    # A4 landscape at a readable size, as many pages tall as the rows need (the sheet printed on one page);
    # a wide sheet in bands of columns, each repeating the first two (the GAD's code and name, or the file)
    page_setup(ws, title, "LocalPlan", tr, plan=plan_columns([float(w) for w in widths], min(2, len(headers) - 1)))
    return ws


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


LEVELS = ("provincial", "cantonal", "parish")
KINDS = ("provincial", "special_regime", "metropolitan", "cantonal", "parish")  # rows of the levels table, each counted apart


def _safe(value: Any) -> Any:
    """Text a workbook can hold: a file name that is not UTF-8 (kept by Python as lone surrogates) shows "?"."""
    if isinstance(value, str):
        return value.encode("utf-8", "surrogateescape").decode("utf-8", "replace").encode("utf-8", "replace").decode("utf-8")
    return value


def _rows(rows: list[list[Any]]) -> list[list[Any]]:
    return [[_safe(v) for v in row] for row in rows]


def _short(fp: str) -> str:
    from localplan.exports.fingerprint import short

    return short(fp) if fp else ""


def _verified(s: PlanSummary) -> str:
    if s.package_verified is None:
        return tr("not a package")
    return tr("Yes") if s.package_verified else tr("No") + ": " + "; ".join(s.package_problems[:3])


def gad_rows(kept: list[PlanSummary]) -> tuple[list[str], list[list[Any]]]:
    cats = categories()
    steps = [st for st in STEPS if st.id != "export"]
    headers = [tr("INEC code"), tr("GAD"), tr("Level"), tr("Province"), tr("Period"), tr("Mainstreaming index"),
               tr("Checker errors"), tr("Checker warnings"),
               *[tr("Completeness: {step}").format(step=st.title.get()) for st in steps],
               *[choice_label("mobility_categories", c) for c in cats],
               tr("People in mobility living in the territory"), tr("Goals"), tr("Projects"), tr("Mobility budget (USD)"),
               tr("GCM objectives covered"), tr("GCM objectives (list)"), tr("Ordinance status"), tr("Last edit"),
               tr("Data fingerprint"), tr("Package verified"), tr("Example plan"), tr("Source file")]
    rows = []
    for s in kept:
        rows.append([s.gad_code, s.gad_name, level_name(s.level_kind, s.level), s.province or "",
                     s.period, s.index, s.errors, s.warnings, *[_pct(s.completeness.get(st.id)) for st in steps],
                     *[s.people.get(c) for c in cats], s.people_total,
                     s.counts.get("goals", 0), s.counts.get("projects", 0), s.budget_total, len(s.gcm_covered),
                     ", ".join(s.gcm_covered), s.ordinance_status or "", s.last_edit, _short(s.fingerprint), _verified(s),
                     tr("Yes (included in the totals)") if s.example else "", Path(s.source).name])
    return headers, rows


def _sum(values: list[Any]) -> float | int | None:
    """A total of the figures present; blank (None) when no GAD has one, never 0 for "unknown"."""
    present = [v for v in values if v is not None]
    return sum(present) if present else None


def _kind(s: PlanSummary) -> str | None:
    return s.level_kind or s.level


def level_rows(kept: list[PlanSummary]) -> list[list[Any]]:
    """One row per province and GAD level, then one per level for the country.

    The provincial, cantonal and parish GADs of one province cover the same people, so the
    levels are never added together: each row says which level it counts, as the levels table names it
    (Quito's metropolitan district and Galápagos' special regime on rows of their own)."""
    rows = []
    provinces = sorted({s.province or "—" for s in kept})
    for scope, members in [(p, [s for s in kept if (s.province or "—") == p]) for p in provinces] + \
            [(tr("Ecuador (national, one level at a time)"), kept)]:
        for kind in KINDS:
            items = [s for s in members if _kind(s) == kind]
            if not items:
                continue
            indexes = [s.index for s in items if s.index is not None]
            budget = _sum([s.budget_total for s in items])
            rows.append([scope, level_name(kind, kind), len(items), _sum([s.people_total for s in items]),
                         sum(1 for s in items if s.people_total is not None), _sum([s.transit for s in items]),
                         _sum([s.emigrants for s in items]), sum(s.counts.get("goals", 0) for s in items),
                         None if budget is None else round(budget, 2),
                         round(sum(indexes) / len(indexes), 1) if indexes else None])
    return rows


def write_national(collection: Collection, target: str | os.PathLike[str]) -> Path:
    from openpyxl import Workbook

    target = Path(target)
    wb = Workbook()
    wb.remove(wb.active)
    kept = collection.kept
    headers, rows = gad_rows(kept)
    _sheet(wb, tr("By GAD"), headers, _rows(rows), money=frozenset({headers.index(tr("Mobility budget (USD)"))}))
    national = set(gcm_national_plan())
    gcm_rows = []
    for objective in choice_list("gcm_objectives"):
        addressing = [s for s in kept if objective.code in s.gcm_covered]
        per_level = [sum(1 for s in addressing if s.level == level) for level in LEVELS]
        gcm_rows.append([int(objective.code), objective.label.get(), tr("Yes") if objective.code in national else tr("No"),
                         *per_level, round(sum(s.budget_by_gcm.get(objective.code, 0.0) for s in kept), 2)])
    _sheet(wb, tr("By GCM objective"), [tr("Objective"), tr("Title"), tr("In the national implementation plan") + provenance.mark(),
                                        *[tr("{level} GADs addressing it").format(level=choice_label("gad_levels", lv)) for lv in LEVELS],
                                        tr("Budget of all GADs (USD)")], gcm_rows,
           widths=[10, 50, 16, 14, 14, 14, 18], money=frozenset({6}))
    _sheet(wb, tr("By province"), [tr("Province"), tr("GAD level counted"), tr("GADs"),
                                   tr("People in mobility living in the territory (GADs of this level)"),
                                   tr("GADs with that figure"), tr("Persons in transit (flow)"), tr("Emigrants (abroad)"),
                                   tr("Goals"), tr("Budget (USD)"), tr("Average index")],
           _rows(level_rows(kept)), widths=[30, 22, 8, 20, 12, 14, 14, 10, 18, 12], money=frozenset({8}))
    if collection.examples:
        ex_headers, ex_rows = gad_rows(collection.examples)
        _sheet(wb, tr("Example plans (left out)"), ex_headers, _rows(ex_rows))
    notes = [[tr("To verify"), "", provenance.with_source(provenance.gcm_national_plan())]]
    notes += [[tr("Unreadable file"), Path(b.source).name, b.reason] for b in collection.broken]
    notes += [[tr("Left out: another plan of the same GAD is kept"), Path(r.summary.source).name, r.reason]
              for r in collection.replaced]
    notes += [[tr("Example plan left out of every total"), Path(s.source).name, s.gad_name] for s in collection.examples]
    notes += [[tr("Not read"), s.source, s.reason] for s in collection.skipped]
    notes += [[tr("Package that does not verify"), Path(s.source).name, "; ".join(s.package_problems[:5])]
              for s in kept if s.package_verified is False]
    if collection.include_examples:
        notes.append([tr("Example plans are included in the totals (--include-examples)"), "", ""])
    _sheet(wb, tr("Notes"), [tr("What"), tr("File"), tr("Detail")], _rows(notes), widths=[36, 40, 70])
    with atomic_path(target) as tmp:
        wb.save(tmp)
    return target


def write_comparison(summaries: list[PlanSummary], broken: list[Skipped], target: str | os.PathLike[str],
                     differences: list[CopyDifference] | None = None) -> Path:
    """`differences`: consolidate/rowdiff.py, each copy's rows against the first copy of its plan."""
    from openpyxl import Workbook

    target = Path(target)
    wb = Workbook()
    wb.remove(wb.active)
    steps = [s for s in STEPS if s.id != "export"]
    sections = list(summaries[0].counts) if summaries else []
    from localplan.forms import section

    headers = [tr("File"), tr("GAD"), tr("Mainstreaming index"), tr("Checker errors"), tr("Checker warnings"),
               *[tr("Completeness: {step}").format(step=s.title.get()) for s in steps],
               *[section(sid).title.get() for sid in sections]]
    rows = [[Path(s.source).name, s.gad_name, s.index, s.errors, s.warnings,
             *[_pct(s.completeness.get(st.id)) for st in steps], *[s.counts.get(sid, 0) for sid in sections]]
            for s in summaries]
    _sheet(wb, tr("Comparison"), headers, _rows(rows))
    if differences:
        _sheet(wb, tr("Rows by copy"), [tr("File"), tr("Compared with"), tr("Section"), tr("New rows"),
                                         tr("Changed rows"), tr("Deleted rows")],
               _rows([[Path(d.source).name, d.against, section(sid).title.get(), c.new, c.changed, c.deleted]
                      for d in differences for sid, c in d.sections.items()]))
    if broken:
        _sheet(wb, tr("Notes"), [tr("File"), tr("Detail")], _rows([[Path(b.source).name, b.reason] for b in broken]), widths=[40, 80])
    with atomic_path(target) as tmp:
        wb.save(tmp)
    return target
