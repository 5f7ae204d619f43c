"""Goal fulfilment from programmed and achieved values (no Qt).

For a goal to increase or keep a value: achieved ÷ programmed. To decrease it: programmed
÷ achieved. Both capped at 100 %. A year without a programmed or achieved value has no
figure (None), never 0 %.
"""

from __future__ import annotations

from typing import Any

from localplan.domain.data import PlanData


def fulfilment(programmed: float | None, achieved: float | None, direction: str | None) -> float | None:
    if programmed is None or achieved is None:
        return None
    if direction == "decrease":
        if achieved <= 0:
            return 100.0
        return round(min(programmed / achieved, 1.0) * 100, 1)
    if programmed == 0:
        return 100.0 if achieved >= 0 else 0.0
    return round(max(0.0, min(achieved / programmed, 1.0)) * 100, 1)


def achieved_by_goal(data: PlanData) -> dict[int, dict[str, float]]:
    """Achieved values per goal (merged over its monitoring rows; later rows win)."""
    out: dict[int, dict[str, float]] = {}
    for m in data.rows("monitoring"):
        if m.get("goal"):
            out.setdefault(m["goal"], {}).update(m.get("achieved_by_year") or {})
    return out


def goal_fulfilment(data: PlanData, goal: dict[str, Any],
                    achieved_map: dict[int, dict[str, float]] | None = None) -> dict[int, float | None]:
    """Fulfilment per year; pass `achieved_map` (from achieved_by_goal) when looping over goals."""
    achieved = (achieved_map if achieved_map is not None else achieved_by_goal(data)).get(goal["id"], {})
    programmed = goal.get("yearly_targets") or {}
    return {int(y): fulfilment(programmed.get(y), achieved.get(y), goal.get("direction"))
            for y in sorted(set(programmed) | set(achieved))}


def yearly_fulfilment(data: PlanData) -> dict[int, float | None]:
    """Average fulfilment of all goals with a figure, per year."""
    per_year: dict[int, list[float]] = {}
    achieved = achieved_by_goal(data)
    for g in data.rows("goals"):
        for year, value in goal_fulfilment(data, g, achieved).items():
            if value is not None:
                per_year.setdefault(year, []).append(value)
    return {y: round(sum(v) / len(v), 1) for y, v in sorted(per_year.items())}
