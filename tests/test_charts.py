"""Charts build for empty and full plans; SVG output is valid; missing figures are marked."""

import xml.etree.ElementTree as ET

import pytest
from report_fixtures import sample_data

from localplan import charts
from localplan.domain.data import PlanData


def strings(drawing):
    from reportlab.graphics.shapes import Group, String

    out = []

    def walk(node):
        for child in getattr(node, "contents", []):
            if isinstance(child, String):
                out.append(child)
            elif isinstance(child, Group):
                walk(child)

    walk(drawing)
    return out


EMPTY = PlanData({"gad": [{"id": 1, "gad_code": "0401", "period_start": 2023, "period_end": 2027}]})


@pytest.mark.parametrize("name", sorted(charts.ALL))
@pytest.mark.parametrize("data", [EMPTY, sample_data()], ids=["empty", "full"])
def test_every_chart_builds_and_renders_to_svg(name, data):
    drawing = charts.ALL[name](data, "es")
    assert drawing.width > 0 and drawing.height > 0
    svg = charts.to_svg(drawing)
    assert isinstance(svg, bytes)
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    assert all(s.fontName.startswith("DejaVuSans") for s in strings(drawing))


def test_not_available_categories_are_marked_not_zero():
    texts = [s.text for s in strings(charts.profile_by_category(sample_data(), "es"))]
    assert "n/d" in texts  # transit and trafficking have no figure
    assert "3.120" in texts and "0" not in texts


def test_generic_bar_chart_is_reusable_with_a_maximum():
    d = charts.bar_chart([("Gobernanza", 50.0), ("Planificación", None)], "Índice", lambda v: f"{v:.0f} %",
                         "Fuente: autoevaluación", maximum=100, na_text="n/d")
    texts = [s.text for s in strings(d)]
    assert "50 %" in texts and "n/d" in texts and "Índice" in texts
    assert b"<svg" in charts.to_svg(d)


def test_index_chart_uses_dimension_labels():
    d = charts.index_by_dimension({"governance": 40.0, "planning": None}, "en")
    texts = [s.text for s in strings(d)]
    assert "Governance and norms" in texts


def test_english_titles():
    texts = [s.text for s in strings(charts.budget_by_year(sample_data(), "en"))]
    assert "Budget by year (USD)" in texts and "$67,000.50" in texts
