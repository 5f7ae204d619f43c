"""Which plan a workbook belongs to: a small hidden sheet written by the export, read by the import.

The import refuses a workbook exported from another plan (another GAD, or another plan
file of the same GAD) unless told to add its rows as new rows. Workbooks written before
this sheet existed are judged by the INEC code on their cover.
"""

from __future__ import annotations

from typing import Any

from localplan.domain.data import PlanData

SHEET = "LocalPlan"
MARK = "plan@"  # cell A2 (not a section mark: the import does not read it as data)


def write(wb: Any, data: PlanData, blank: bool) -> None:
    from localplan.exports.cells import safe

    ws = wb.create_sheet(SHEET)
    ws.sheet_state = "hidden"
    ws.append(["LocalPlan workbook identity"])
    ws.append([MARK])
    code = data.gad.get("gad_code") or ""
    ws.append(["gad_code", safe(ws, code if isinstance(code, str) else str(code))])
    ws.append(["created", "" if blank else safe(ws, data.meta.get("created") or "")])
    # the plan's identity (shared by its copies, store/identity.py): a second-exact creation time alone
    # cannot tell apart two plans made in the same second
    ws.append(["plan_id", "" if blank else safe(ws, data.meta.get("plan_id") or "")])
    ws.append(["blank", 1 if blank else 0])


def read(wb: Any) -> dict[str, Any] | None:
    """The identity a workbook carries (None when it has none)."""
    for ws in wb.worksheets:
        head = next(ws.iter_rows(min_row=2, max_row=2, max_col=1, values_only=True), None)
        if not head or head[0] != MARK:
            continue
        out: dict[str, Any] = {}
        for row in ws.iter_rows(min_row=3, max_row=20, max_col=2, values_only=True):
            if row and isinstance(row[0], str) and len(row) > 1:
                out[row[0]] = row[1]
        return out
    return None


def cover_code(wb: Any) -> str | None:
    """The INEC code written on the cover (label in either language), for workbooks without identity."""
    from localplan.exports.workbook.layout import COVER_SHEET
    from localplan.i18n import translator
    from localplan.settings import LANGUAGES

    labels = {translator(lang)("INEC code").casefold() for lang in LANGUAGES} | {"inec code", "código inec"}
    for ws in wb.worksheets:
        if ws.title != COVER_SHEET:
            continue
        for row in ws.iter_rows(min_row=1, max_row=40, max_col=2, values_only=True):
            if row and isinstance(row[0], str) and row[0].strip().casefold() in labels and len(row) > 1:
                value = row[1]
                return str(value).strip() if value not in (None, "") else None
    return None
