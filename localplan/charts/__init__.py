"""Charts as reportlab Drawings, shared by the PDF report and the screen (via SVG). No Qt."""

from localplan.charts.actors import scatter_map
from localplan.charts.base import PALETTE, bar_chart, column_chart, pie_chart, to_svg
from localplan.charts.plan import (
    ALL,
    budget_by_gcm,
    budget_by_group,
    budget_by_source,
    budget_by_year,
    index_by_dimension,
    profile_by_category,
    profile_by_other_dimensions,
    profile_by_sex_age,
    profile_by_year,
)

__all__ = ["ALL", "PALETTE", "bar_chart", "budget_by_gcm", "budget_by_group", "budget_by_source", "budget_by_year",
           "column_chart", "index_by_dimension", "pie_chart", "profile_by_category", "profile_by_other_dimensions", "profile_by_sex_age",
           "profile_by_year", "scatter_map", "to_svg"]
