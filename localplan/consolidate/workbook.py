"""The national roll-up and the workshop comparison as Excel workbooks (openpyxl)."""

from __future__ import annotations

import os
from pathlib import Path

from localplan.consolidate.collect import Collection
from localplan.consolidate.summary import PlanSummary, categories
from localplan.exports import cells
from localplan.exports.atomic import atomic_path
from localplan.forms import STEPS
from localplan.forms.values import choice_label
from localplan.i18n import tr
from localplan.reference import choice_list, provenance
from localplan.reference.loader import gcm_national_plan

HEADER_FILL = "1F4E79"


def _sheet(wb, title: str, headers: list[str], rows: list[list], widths: list[int] | None = None, money: set[int] = frozenset()):
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    ws = wb.create_sheet(title[:31])
    ws.append([cells.safe(ws, h) for h in headers])
    for cell in ws[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.alignment = Alignment(wrap_text=True, vertical="center")
    for row in rows:
        ws.append([cells.safe(ws, v) for v in row])
    for col in money:
        for (cell,) in ws.iter_rows(min_row=2, min_col=col + 1, max_col=col + 1):
            cell.number_format = '"$"#,##0.00'
    for i, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(i)].width = (widths[i - 1] if widths else max(10, min(40, len(header) + 2)))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    return ws


def _pct(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def gad_rows(kept: list[PlanSummary]) -> tuple[list[str], list[list]]:
    cats = categories()
    headers = [tr("INEC code"), tr("GAD"), tr("Level"), tr("Province"), tr("Period"), tr("Mainstreaming index"),
               *[choice_label("mobility_categories", c) for c in cats], tr("People in mobility (total)"),
               tr("Goals"), tr("Projects"), tr("Mobility budget (USD)"), tr("GCM objectives covered"),
               tr("GCM objectives (list)"), tr("Ordinance status"), tr("Checker errors"), tr("Example plan"), tr("Source file")]
    rows = []
    for s in kept:
        rows.append([s.gad_code, s.gad_name, choice_label("gad_levels", s.level) if s.level else "", s.province or "",
                     s.period, s.index, *[s.people.get(c) for c in cats], s.people_total,
                     s.counts.get("goals", 0), s.counts.get("projects", 0), s.budget_total, len(s.gcm_covered),
                     ", ".join(s.gcm_covered), s.ordinance_status or "", s.errors, tr("Yes") if s.example else "",
                     Path(s.source).name])
    return headers, rows


def write_national(collection: Collection, target: str | os.PathLike[str]) -> Path:
    from openpyxl import Workbook

    target = Path(target)
    wb = Workbook()
    wb.remove(wb.active)
    kept = collection.kept
    headers, rows = gad_rows(kept)
    _sheet(wb, tr("By GAD"), headers, rows, money={headers.index(tr("Mobility budget (USD)"))})
    national = set(gcm_national_plan())
    gcm_rows = []
    for objective in choice_list("gcm_objectives"):
        addressing = [s for s in kept if objective.code in s.gcm_covered]
        gcm_rows.append([int(objective.code), objective.label.get(), tr("Yes") if objective.code in national else tr("No"),
                         len(addressing), round(sum(s.budget_by_gcm.get(objective.code, 0.0) for s in kept), 2)])
    _sheet(wb, tr("By GCM objective"), [tr("Objective"), tr("Title"), tr("In the national implementation plan") + provenance.mark(),
                                        tr("GADs addressing it"), tr("Budget (USD)")], gcm_rows,
           widths=[10, 50, 16, 14, 18], money={4})
    provinces: dict[str, list[PlanSummary]] = {}
    for s in kept:
        provinces.setdefault(s.province or "—", []).append(s)
    prov_rows = []
    for name, items in sorted(provinces.items()):
        indexes = [s.index for s in items if s.index is not None]
        prov_rows.append([name, len(items), sum(s.people_total for s in items), sum(s.counts.get("goals", 0) for s in items),
                          round(sum(s.budget_total for s in items), 2),
                          round(sum(indexes) / len(indexes), 1) if indexes else None])
    _sheet(wb, tr("By province"), [tr("Province"), tr("GADs"), tr("People in mobility"), tr("Goals"), tr("Budget (USD)"),
                                   tr("Average index")], prov_rows, widths=[30, 8, 16, 10, 18, 12], money={4})
    notes = [[tr("To verify"), "", provenance.with_source(provenance.gcm_national_plan())]]
    notes += [[tr("Unreadable file"), Path(b.source).name, b.reason] for b in collection.broken]
    notes += [[tr("Replaced by a newer file of the same GAD"), Path(old.source).name,
               tr("kept: {name}").format(name=Path(new.source).name)] for old, new in collection.replaced]
    _sheet(wb, tr("Notes"), [tr("What"), tr("File"), tr("Detail")], notes, widths=[36, 40, 70])
    with atomic_path(target) as tmp:
        wb.save(tmp)
    return target


def write_comparison(summaries: list[PlanSummary], broken: list, target: str | os.PathLike[str]) -> Path:
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
    _sheet(wb, tr("Comparison"), headers, rows)
    if broken:
        _sheet(wb, tr("Notes"), [tr("File"), tr("Detail")], [[Path(b.source).name, b.reason] for b in broken], widths=[40, 80])
    with atomic_path(target) as tmp:
        wb.save(tmp)
    return target
