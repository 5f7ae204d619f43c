"""The 2×2 actor map (interest × influence), for the screen and the PDF. No Qt."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from localplan.charts.base import PALETTE, _fonts

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing  # reportlab ships no types: Drawing is Any to the checker


def scatter_map(points: Sequence[tuple[str, float, float]], x_label: str, y_label: str, quadrants: Sequence[str],
                width: float = 460, height: float = 360) -> Drawing:
    """A 2×2 map on 1–5 scales (e.g. actors by interest and influence); quadrant names:
    low-low, high-x low-y... given as (top-left, top-right, bottom-left, bottom-right)."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
    from reportlab.lib import colors

    family, bold, _ = _fonts()
    d = Drawing(width, height)
    left, bottom, right, top = 40, 30, width - 10, height - 10
    d.add(Rect(left, bottom, right - left, top - bottom, fillColor=colors.HexColor("#F7F9FB"), strokeColor=colors.HexColor("#B8C2CC")))
    mid_x, mid_y = (left + right) / 2, (bottom + top) / 2
    d.add(Line(mid_x, bottom, mid_x, top, strokeColor=colors.HexColor("#B8C2CC"), strokeDashArray=[3, 3]))
    d.add(Line(left, mid_y, right, mid_y, strokeColor=colors.HexColor("#B8C2CC"), strokeDashArray=[3, 3]))
    for text, x, y in zip(quadrants, (left + 4, mid_x + 4, left + 4, mid_x + 4), (top - 12, top - 12, mid_y - 12, mid_y - 12)):
        d.add(String(x, y, text, fontName=bold, fontSize=7.5, fillColor=colors.HexColor("#5F6B7A")))
    d.add(String((left + right) / 2, 8, x_label, fontName=family, fontSize=8, textAnchor="middle"))
    d.add(String(12, (bottom + top) / 2, y_label, fontName=family, fontSize=8, textAnchor="middle"))
    seen: dict[tuple[float, float], int] = {}
    for label, x, y in points:
        n = seen.get((x, y), 0)
        seen[(x, y)] = n + 1
        px = left + (x - 0.5) / 5 * (right - left)
        py = bottom + (y - 0.5) / 5 * (top - bottom) - n * 10
        d.add(Circle(px, py, 3.5, fillColor=colors.HexColor(PALETTE[0]), strokeColor=None))
        d.add(String(px + 6, py - 3, label[:28] + ("…" if len(label) > 28 else ""), fontName=family, fontSize=6.5))
    return d
