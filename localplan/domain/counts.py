"""Whole-number counts, refused at entry: a goal whose indicator counts people or things (its
measure is "count") takes whole numbers for its baseline, target and yearly programming, and so
do the values achieved that its monitoring rows record. The checker reports the same rule for
plans made before it was enforced (checks/guide_rules.py); here a value typed, pasted or imported
is refused with a message naming the field."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from localplan.errors import UserError
from localplan.i18n import tr

COUNT_FIELDS = {"goals": ("baseline_value", "target_value", "yearly_targets"), "monitoring": ("achieved_by_year",)}
COUNT = "count"


def _numbers(value: Any) -> list[Any]:
    return list(value.values()) if isinstance(value, dict) else [value]


def _whole(value: Any) -> bool:
    try:
        return value is None or value == "" or float(value).is_integer()
    except (TypeError, ValueError):
        return True  # not a number: the field's own parsing says so


def counts(section_id: str, row: dict[str, Any], goal_of: Callable[[Any], dict[str, Any] | None]) -> bool:
    """Whether the row's values are counts: a goal measured as a count, or the monitoring of one."""
    if section_id == "goals":
        return row.get("measure") == COUNT
    if section_id == "monitoring":
        goal = goal_of(row.get("goal")) if row.get("goal") else None
        return goal is not None and goal.get("measure") == COUNT
    return False


def decimals(section_id: str, changed: dict[str, Any], row: dict[str, Any],
             goal_of: Callable[[Any], dict[str, Any] | None]) -> list[tuple[str, list[Any]]]:
    """(field, its values with decimals) among the `changed` values of `row` (the row as it will be)."""
    fields = [f for f in COUNT_FIELDS.get(section_id, ()) if f in changed]
    if not fields or not counts(section_id, row, goal_of):
        return []
    out = []
    for f in fields:
        bad = [v for v in _numbers(changed[f]) if not _whole(v)]
        if bad:
            out.append((f, bad))
    return out


def message(section_id: str, field_id: str, values: list[Any], lang: str | None = None, named: bool = True) -> str:
    """Why the values are refused; `named`: starting with the field's label (where nothing else names it)."""
    from localplan import formatting
    from localplan.forms import section

    label = section(section_id).field(field_id).label.get(lang)
    shown = ", ".join(formatting.number(float(v), 2).rstrip("0").rstrip(",.") for v in values)
    text = tr("The goal's indicator counts people or things, so it takes whole numbers, not {values}. Enter a whole "
              "number, or change the goal's measure if it is not a count.", lang).format(values=shown)
    return f"{label}: {text}" if named else text


def refuse(section_id: str, changed: dict[str, Any], row: dict[str, Any],
           goal_of: Callable[[Any], dict[str, Any] | None]) -> None:
    """Raise UserError naming the first field whose count has decimals."""
    bad = decimals(section_id, changed, row, goal_of)
    if bad:
        raise UserError(message(section_id, *bad[0]))
