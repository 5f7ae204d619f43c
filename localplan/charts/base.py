"""Chart primitives drawn with reportlab.graphics shapes (no Qt, no Helvetica).

One Drawing serves the PDF (as a flowable) and the screen (`to_svg` → QSvgWidget).
Every chart has a title on top and its source caption under it. A missing figure (None)
is marked "n/a", never drawn as zero.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportlab.graphics.shapes import Drawing  # reportlab ships no types: Drawing is Any to the checker

PALETTE = ["#2b6a8f", "#e0a030", "#3a9a78", "#8fb8d8", "#c46e8c", "#b85c38", "#6c5b9b", "#7a7a7a", "#a4c96b", "#d9c27a"]
INK = "#1d2b36"
MUTED = "#5d6b75"
GRID = "#dde5eb"
WIDTH = 480
TITLE_SIZE = 9.5
LABEL_SIZE = 7.5
CAPTION_SIZE = 7

Format = Callable[[float], str]


def _fonts() -> tuple[str, str, str]:
    from localplan import fonts

    regular = fonts.register()
    return regular, fonts.BOLD, "DejaVuSans-Oblique"


def _default_format(value: float) -> str:
    from localplan import formatting

    return formatting.number(value, 0 if float(value).is_integer() else 1)


def _lines(text: str, font: str, size: float, width: float, max_lines: int = 2) -> list[str]:
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lines = simpleSplit(text, font, size, width) or [""]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        while last and stringWidth(last + "…", font, size) > width:
            last = last[:-1]
        lines[-1] = last.rstrip() + "…"
    return lines


MAX_CAPTION_LINES = 14


def _frame(width: float, body_height: float, title: str, caption: str) -> tuple[Drawing, float, float]:
    """A Drawing with the title on top and the caption under the body; returns (drawing, body_top)."""
    from reportlab.graphics.shapes import Drawing, String
    from reportlab.lib import colors

    regular, bold, _ = _fonts()
    title_lines = _lines(title, bold, TITLE_SIZE, width, 2) if title else []
    cap_lines = _lines(caption, regular, CAPTION_SIZE, width, 10_000) if caption else []  # never cut mid-word with "…"
    if len(cap_lines) > MAX_CAPTION_LINES:  # a chart stays on a page: the rest of a long source list is named in the annex
        from localplan.i18n import tr

        rest = tr("…and more sources, all listed in the annex of data sources.")
        cap_lines = cap_lines[:MAX_CAPTION_LINES - 1] + _lines(rest, regular, CAPTION_SIZE, width, 3)
    top_h = len(title_lines) * (TITLE_SIZE + 3) + (6 if title_lines else 0)
    cap_h = len(cap_lines) * (CAPTION_SIZE + 2.5) + (6 if cap_lines else 0)
    height = top_h + body_height + cap_h
    d = Drawing(width, height, initialFontName=regular, initialFontSize=LABEL_SIZE)
    y = height - TITLE_SIZE
    for line in title_lines:
        d.add(String(0, y, line, fontName=bold, fontSize=TITLE_SIZE, fillColor=colors.HexColor(INK)))
        y -= TITLE_SIZE + 3
    y = cap_h - 6 - CAPTION_SIZE + 2
    for line in cap_lines:
        d.add(String(0, y, line, fontName=regular, fontSize=CAPTION_SIZE, fillColor=colors.HexColor(MUTED)))
        y -= CAPTION_SIZE + 2.5
    return d, height - top_h, cap_h


def _no_data(d: Drawing, top: float, text: str) -> None:
    from reportlab.graphics.shapes import String
    from reportlab.lib import colors

    _, _, italic = _fonts()
    d.add(String(0, top - 18, text, fontName=italic, fontSize=LABEL_SIZE + 0.5, fillColor=colors.HexColor(MUTED)))


def bar_chart(pairs: Sequence[tuple[str, float | None]], title: str = "", value_format: Format | None = None,
              caption: str = "", *, width: float = WIDTH, color: str = PALETTE[0], maximum: float | None = None,
              na_text: str = "n/a", empty_text: str = "—") -> Drawing:
    """Horizontal bars, one per (label, value); None is written as `na_text`, not drawn."""
    from reportlab.graphics.shapes import Line, Rect, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    regular, bold, italic = _fonts()
    fmt = value_format or _default_format
    pairs = list(pairs)
    label_w = min(max([stringWidth(label, regular, LABEL_SIZE) for label, _ in pairs] + [40]) + 4, width * 0.42)
    wrapped = [_lines(label, regular, LABEL_SIZE, label_w - 4) for label, _ in pairs]
    heights = [8 + LABEL_SIZE * 1.25 * max(1, len(w)) for w in wrapped]
    body = sum(heights) + 4 if pairs else 30
    d, top, _ = _frame(width, body, title, caption)
    values = [v for _, v in pairs if v is not None]
    if not pairs:
        _no_data(d, top, empty_text)
        return d
    texts = [fmt(v) if v is not None else na_text for _, v in pairs]
    value_w = max(stringWidth(t, regular, LABEL_SIZE) for t in texts) + 8
    x0 = label_w + 4
    span = max(width - x0 - value_w, 20)
    high = maximum if maximum else max([v for v in values if v > 0] + [1])
    y = top
    for (_label, value), lines, h, text in zip(pairs, wrapped, heights, texts):
        mid = y - h / 2
        first = mid + (len(lines) - 1) * LABEL_SIZE * 0.62 - LABEL_SIZE * 0.35
        for i, line in enumerate(lines):
            d.add(String(label_w, first - i * LABEL_SIZE * 1.25, line, fontName=regular, fontSize=LABEL_SIZE,
                         fillColor=colors.HexColor(INK), textAnchor="end"))
        if value is None:
            d.add(String(x0 + 4, mid - LABEL_SIZE * 0.35, text, fontName=italic, fontSize=LABEL_SIZE,
                         fillColor=colors.HexColor(MUTED)))
        else:
            bar = span * max(0.0, min(value, high)) / high
            d.add(Rect(x0, mid - 4.5, bar, 9, fillColor=colors.HexColor(color), strokeColor=None))
            d.add(String(x0 + bar + 4, mid - LABEL_SIZE * 0.35, text, fontName=regular, fontSize=LABEL_SIZE,
                         fillColor=colors.HexColor(INK)))
        y -= h
    d.add(Line(x0, top, x0, y, strokeColor=colors.HexColor(MUTED), strokeWidth=0.6))
    return d


def nice_step(high: float, ticks: int = 4) -> float:
    raw = max(high, 1e-9) / ticks
    mag = 10.0 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * mag >= raw:
            return m * mag
    return 10 * mag


def _legend(d: Drawing, names: Sequence[str], top: float, width: float) -> float:
    """Swatches and names flowing in rows; returns the height used."""
    from reportlab.graphics.shapes import Rect, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    regular, _, _ = _fonts()
    x, y = 0.0, top - LABEL_SIZE
    for i, name in enumerate(names):
        w = 12 + stringWidth(name, regular, LABEL_SIZE) + 12
        if x + w > width and x > 0:
            x, y = 0.0, y - LABEL_SIZE - 5
        d.add(Rect(x, y - 1, 8, 8, fillColor=colors.HexColor(PALETTE[i % len(PALETTE)]), strokeColor=None))
        d.add(String(x + 11, y, name, fontName=regular, fontSize=LABEL_SIZE, fillColor=colors.HexColor(INK)))
        x += w
    return top - y + 6


def _legend_height(names: Sequence[str], width: float) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    regular, _, _ = _fonts()
    x, rows = 0.0, 1
    for name in names:
        w = 12 + stringWidth(name, regular, LABEL_SIZE) + 12
        if x + w > width and x > 0:
            x, rows = 0.0, rows + 1
        x += w
    return rows * (LABEL_SIZE + 5) + 6


def column_chart(categories: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]], title: str = "",
                 value_format: Format | None = None, caption: str = "", *, width: float = WIDTH, height: float = 170,
                 empty_text: str = "—", tick_format: Format | None = None) -> Drawing:
    """Vertical bars grouped by category, one colour per series (legend when several)."""
    from reportlab.graphics.shapes import Line, Rect, String
    from reportlab.lib import colors
    from reportlab.pdfbase.pdfmetrics import stringWidth

    regular, _, _ = _fonts()
    fmt = value_format or _default_format
    tick = tick_format or fmt
    names = [name for name, _ in series]
    legend_h = _legend_height(names, width) if len(series) > 1 else 0
    label_lines = 2
    bottom_h = label_lines * LABEL_SIZE * 1.2 + 6
    d, top, cap_h = _frame(width, legend_h + height + bottom_h, title, caption)
    values = [v for _, vs in series for v in vs if v is not None]
    if not categories or not values:
        _no_data(d, top, empty_text)
        return d
    if legend_h:
        _legend(d, names, top, width)
    step = nice_step(max(values + [0]) or 1)
    high = step * math.ceil((max(values) or 1) / step)
    ticks = [step * i for i in range(int(round(high / step)) + 1)]
    axis_w = max(stringWidth(tick(t), regular, LABEL_SIZE) for t in ticks) + 6
    x0, y0 = axis_w, cap_h + bottom_h
    plot_w, plot_h = width - axis_w - 4, height - 8
    for t in ticks:
        y = y0 + plot_h * t / high
        d.add(Line(x0, y, x0 + plot_w, y, strokeColor=colors.HexColor(GRID if t else MUTED), strokeWidth=0.5 if t else 0.7))
        d.add(String(x0 - 4, y - LABEL_SIZE * 0.35, tick(t), fontName=regular, fontSize=LABEL_SIZE,
                     fillColor=colors.HexColor(MUTED), textAnchor="end"))
    group = plot_w / len(categories)
    bar = min(26.0, group * 0.78 / len(series))
    for ci, cat in enumerate(categories):
        gx = x0 + group * ci + (group - bar * len(series)) / 2
        for si, (_, vs) in enumerate(series):
            v = vs[ci] if ci < len(vs) else None
            if v is None or v <= 0:
                continue
            d.add(Rect(gx + si * bar, y0, bar - (1 if len(series) > 1 else 0), plot_h * v / high,
                       fillColor=colors.HexColor(PALETTE[si % len(PALETTE)]), strokeColor=None))
        v = series[0][1][ci] if len(series) == 1 and ci < len(series[0][1]) else None
        if v is not None and v > 0:
            d.add(String(x0 + group * ci + group / 2, y0 + plot_h * v / high + 2.5, fmt(v), fontName=regular,
                         fontSize=LABEL_SIZE - 0.5, fillColor=colors.HexColor(INK), textAnchor="middle"))
        for li, line in enumerate(_lines(cat, regular, LABEL_SIZE, group - 2, label_lines)):
            d.add(String(x0 + group * ci + group / 2, y0 - LABEL_SIZE - 2 - li * LABEL_SIZE * 1.2, line, fontName=regular,
                         fontSize=LABEL_SIZE, fillColor=colors.HexColor(INK), textAnchor="middle"))
    return d


def pie_chart(pairs: Sequence[tuple[str, float | None]], title: str = "", value_format: Format | None = None,
              caption: str = "", *, width: float = WIDTH, empty_text: str = "—", lang: str | None = None) -> Drawing:
    """A pie with a legend (label, value, share); zero and missing slices are listed, not drawn."""
    from reportlab.graphics.charts.piecharts import Pie
    from reportlab.graphics.shapes import Rect, String
    from reportlab.lib import colors

    from localplan import formatting

    regular, _, _ = _fonts()
    fmt = value_format or _default_format
    pairs = list(pairs)
    size = 120
    body = max(size + 10, len(pairs) * (LABEL_SIZE + 7) + 10)
    d, top, cap_h = _frame(width, body, title, caption)
    total = sum(v for _, v in pairs if v)
    if not pairs or total <= 0:
        _no_data(d, top, empty_text)
        return d
    drawn = [(i, v) for i, (_, v) in enumerate(pairs) if v and v > 0]
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 10, top - size - 5, size, size
    pie.data = [v for _, v in drawn]
    pie.labels = None
    pie.simpleLabels = 1
    pie.slices.strokeColor = colors.white
    pie.slices.strokeWidth = 1
    pie.slices.fontName = regular
    for k, (i, _) in enumerate(drawn):
        pie.slices[k].fillColor = colors.HexColor(PALETTE[i % len(PALETTE)])
    d.add(pie)
    x = size + 40
    y = top - LABEL_SIZE - 8
    for i, (label, v) in enumerate(pairs):
        d.add(Rect(x, y - 1, 8, 8, fillColor=colors.HexColor(PALETTE[i % len(PALETTE)]), strokeColor=None))
        share = formatting.percent(100 * (v or 0) / total, 1, lang)
        d.add(String(x + 12, y, _lines(label, regular, LABEL_SIZE, width - x - 150, 1)[0], fontName=regular,
                     fontSize=LABEL_SIZE, fillColor=colors.HexColor(INK)))
        d.add(String(width - 60, y, fmt(v or 0), fontName=regular, fontSize=LABEL_SIZE,
                     fillColor=colors.HexColor(INK), textAnchor="end"))
        d.add(String(width, y, share, fontName=regular, fontSize=LABEL_SIZE,
                     fillColor=colors.HexColor(MUTED), textAnchor="end"))
        y -= LABEL_SIZE + 7
    return d


def to_svg(drawing: Drawing) -> bytes:
    """The drawing as SVG bytes (UTF-8), for QSvgWidget on screen."""
    from reportlab.graphics import renderSVG

    text = renderSVG.drawToString(drawing)
    return text.encode("utf-8") if isinstance(text, str) else bytes(text)
