"""Charts drawn once with reportlab.graphics: the PDF embeds them, the screen shows them as SVG.

No Qt here. Each function returns a Drawing; `to_svg()` renders one for a QSvgWidget.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from localplan.exports import fonts


def _defaults() -> str:
    """Register the fonts and make them the graphics default, or renderPDF would set an
    unembedded Helvetica before drawing each chart."""
    from reportlab.graphics import shapes

    family = fonts.register()
    shapes.STATE_DEFAULTS["fontName"] = family
    return family


PALETTE = ("#1F4E79", "#F2A541", "#4E937A", "#B5485D", "#6C5B7B", "#3FA7D6", "#8D6A4B", "#7A9E3B")


def bar_chart(pairs: Sequence[tuple[str, float | None]], title: str, caption: str = "",
              value_format: Callable[[float], str] = lambda v: f"{v:,.0f}", width: float = 460, missing: str = "n/d"):
    """Horizontal bars, one per (label, value); None is drawn as a marked gap, never as zero."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib import colors

    family = _defaults()
    row_h, top, label_w = 18, 26, min(200, width * 0.42)
    height = top + row_h * max(len(pairs), 1) + (22 if caption else 8)
    d = Drawing(width, height)
    d.add(String(0, height - 14, title, fontName=fonts.BOLD, fontSize=10, fillColor=colors.HexColor("#1F2D3A")))
    values = [v for _, v in pairs if v]
    high = max(values) if values else 1
    bar_w = width - label_w - 70
    for n, (label, value) in enumerate(pairs):
        y = height - top - (n + 1) * row_h + 4
        text = label if len(label) <= 42 else label[:40] + "…"
        d.add(String(label_w - 6, y + 3, text, fontName=family, fontSize=7.5, textAnchor="end"))
        if value is None:
            d.add(String(label_w + 2, y + 3, missing, fontName=family, fontSize=7.5, fillColor=colors.HexColor("#8A94A0")))
            continue
        w = max(1.0, bar_w * value / high) if high else 1.0
        d.add(Rect(label_w, y, w, row_h - 6, fillColor=colors.HexColor(PALETTE[0]), strokeColor=None))
        d.add(String(label_w + w + 4, y + 3, value_format(value), fontName=family, fontSize=7.5))
    if caption:
        d.add(String(0, 4, caption[:150], fontName=family, fontSize=6.5, fillColor=colors.HexColor("#5F6B7A")))
    return d


def column_chart(pairs: Sequence[tuple[str, float]], title: str, caption: str = "",
                 value_format: Callable[[float], str] = lambda v: f"{v:,.0f}", width: float = 460, height: float = 180):
    """Vertical columns, for series over years."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors

    family = _defaults()
    d = Drawing(width, height)
    d.add(String(0, height - 14, title, fontName=fonts.BOLD, fontSize=10, fillColor=colors.HexColor("#1F2D3A")))
    base, top = 34 if caption else 22, height - 34
    high = max((v for _, v in pairs), default=1) or 1
    slot = (width - 20) / max(len(pairs), 1)
    d.add(Line(10, base, width - 10, base, strokeColor=colors.HexColor("#B8C2CC")))
    for n, (label, value) in enumerate(pairs):
        h = (top - base) * value / high
        x = 10 + n * slot + slot * 0.2
        d.add(Rect(x, base, slot * 0.6, h, fillColor=colors.HexColor(PALETTE[n % 2 * 2]), strokeColor=None))
        d.add(String(x + slot * 0.3, base + h + 3, value_format(value), fontName=family, fontSize=7, textAnchor="middle"))
        d.add(String(x + slot * 0.3, base - 10, str(label), fontName=family, fontSize=7.5, textAnchor="middle"))
    if caption:
        d.add(String(0, 4, caption[:150], fontName=family, fontSize=6.5, fillColor=colors.HexColor("#5F6B7A")))
    return d


def scatter_map(points: Sequence[tuple[str, float, float]], x_label: str, y_label: str, quadrants: Sequence[str],
                width: float = 460, height: float = 360):
    """A 2×2 map on 1–5 scales (e.g. actors by interest and influence); quadrant names:
    low-low, high-x low-y... given as (top-left, top-right, bottom-left, bottom-right)."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, Rect, String
    from reportlab.lib import colors

    family = _defaults()
    d = Drawing(width, height)
    left, bottom, right, top = 40, 30, width - 10, height - 10
    d.add(Rect(left, bottom, right - left, top - bottom, fillColor=colors.HexColor("#F7F9FB"), strokeColor=colors.HexColor("#B8C2CC")))
    mid_x, mid_y = (left + right) / 2, (bottom + top) / 2
    d.add(Line(mid_x, bottom, mid_x, top, strokeColor=colors.HexColor("#B8C2CC"), strokeDashArray=[3, 3]))
    d.add(Line(left, mid_y, right, mid_y, strokeColor=colors.HexColor("#B8C2CC"), strokeDashArray=[3, 3]))
    for text, x, y in zip(quadrants, (left + 4, mid_x + 4, left + 4, mid_x + 4), (top - 12, top - 12, mid_y - 12, mid_y - 12)):
        d.add(String(x, y, text, fontName=fonts.BOLD, fontSize=7.5, fillColor=colors.HexColor("#5F6B7A")))
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


def to_svg(drawing) -> bytes:
    from reportlab.graphics import renderSVG

    return renderSVG.drawToString(drawing).encode("utf-8")
