"""Analysis views of the diagnosis, the proposal and the management model; each refreshes
when the plan changes. Registered as extra tabs of their steps."""

from __future__ import annotations

from collections.abc import Set

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from localplan import charts, formatting
from localplan.charts import column_chart, scatter_map
from localplan.domain import budget, monitoring, profile_summary, traceability
from localplan.forms.values import choice_label
from localplan.i18n import QT_TR_NOOP, language, plural, tr
from localplan.reference import choice_list
from localplan.ui.chart_widget import ChartWidget
from localplan.ui.pages_registry import register_step_page


class LiveView(QScrollArea):
    """A scrollable page rebuilt (debounced) whenever the plan changes."""

    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWidgetResizable(True)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.rebuild)
        plan.subscribe(self._changed)
        self.rebuild()

    def _changed(self, _sections) -> None:
        self._timer.start()

    def detach(self) -> None:
        self.plan.unsubscribe(self._changed)

    def rebuild(self) -> None:
        body = QWidget()
        layout = QVBoxLayout(body)
        self.fill(layout, self.plan.snapshot())
        layout.addStretch(1)
        self.setWidget(body)

    def fill(self, layout, data) -> None:
        """Subclasses add their widgets for `data` to `layout`."""


def table(headers: list[str], rows: list[list[str]], numeric: Set[int] = frozenset()) -> QTableWidget:
    widget = QTableWidget(len(rows), len(headers))
    widget.setHorizontalHeaderLabels(headers)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            item = QTableWidgetItem(text)
            if c in numeric:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            widget.setItem(r, c, item)
    widget.horizontalHeader().setStretchLastSection(True)
    widget.verticalHeader().hide()
    widget.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    widget.setMinimumHeight(min(420, 30 + 26 * max(len(rows), 1)))
    widget.resizeColumnsToContents()
    return widget


def title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: 600; font-size: 11pt; color: #1F4E79; margin-top: 8px;")
    return label


class ProfileSummary(LiveView):
    def fill(self, layout, data) -> None:
        lang = language()
        names = {c.code: c.label.get() for c in choice_list("mobility_categories")}
        cats = profile_summary.by_category(data)
        rows = [[names[c.category], "—" if c.persons is None else formatting.number(c.persons, 0, lang), str(c.year or "—"),
                 "; ".join(c.sources) or "—"] for c in cats]
        layout.addWidget(title(tr("People in mobility by category")))
        layout.addWidget(table([tr("Category"), tr("Persons"), tr("Year"), tr("Sources")], rows, {1}))
        for chart in (charts.profile_by_category, charts.profile_by_year, charts.profile_by_sex_age,
                      charts.profile_by_other_dimensions):
            layout.addWidget(ChartWidget(chart(data, lang)))


class Priorities(LiveView):
    def fill(self, layout, data) -> None:
        ranked = sorted((r for r in data.rows("problems") if traceability.priority(r)),
                        key=lambda r: -(traceability.priority(r) or 0))
        answered = traceability.objectives_of_problem(data)
        rows = [[str(traceability.priority(r)), r.get("title") or "", choice_label("pdot_components", r["component"]) if r.get("component") else "",
                 choice_label("item_type", r["kind"]) if r.get("kind") else "",
                 tr("yes") if answered.get(r["id"]) else tr("no")] for r in ranked]
        layout.addWidget(title(tr("Problems and potentialities by priority (severity × urgency)")))
        layout.addWidget(QLabel(tr("12 or more is a priority: the proposal must answer it with an objective.")))
        layout.addWidget(table([tr("Priority"), tr("Title"), tr("Component"), tr("Type"), tr("Answered by an objective")], rows, {0}))


class ActorMap(LiveView):
    def fill(self, layout, data) -> None:
        points = [(r.get("name") or "", r["interest"], r["influence"]) for r in data.rows("actors")
                  if r.get("interest") and r.get("influence")]
        layout.addWidget(title(tr("Actors by interest and influence")))
        layout.addWidget(ChartWidget(scatter_map(points, tr("Interest"), tr("Influence"),
                                                 [tr("Keep informed"), tr("Involve closely"), tr("Monitor"), tr("Keep satisfied")])))


class Traceability(LiveView):
    def fill(self, layout, data) -> None:
        layout.addWidget(title(tr("From problems to projects")))
        gaps = traceability.gaps(data)
        layout.addWidget(QLabel(plural(len(gaps), tr("1 gap marked in red."), tr("{count} gaps marked in red.")) if gaps else tr("No gaps in the chain.")))
        tree = QTreeWidget()
        tree.setHeaderLabels([tr("Element"), tr("Gap")])
        kinds = {"problems": tr("Problem"), "objectives": tr("Objective"), "goals": tr("Goal"), "projects": tr("Project")}

        def add(parent, node) -> None:
            item = QTreeWidgetItem([f"{kinds[node.section]} {node.label}", "; ".join(node.gaps)])
            if node.gaps:
                item.setForeground(1, QBrush(QColor("#B00020")))
            item.setData(0, Qt.ItemDataRole.UserRole, (node.section, node.row_id))
            (parent.addChild(item) if isinstance(parent, QTreeWidgetItem) else parent.addTopLevelItem(item))
            for child in node.children:
                add(item, child)

        for node in traceability.tree(data):
            add(tree, node)
        tree.expandAll()
        tree.resizeColumnToContents(0)
        tree.setMinimumHeight(420)
        self.tree = tree
        layout.addWidget(tree)


class BudgetSummary(LiveView):
    def fill(self, layout, data) -> None:
        lang = language()
        money = lambda v: formatting.money(v, lang)  # noqa: E731
        layout.addWidget(title(tr("Budget for mobility: {total}").format(total=money(budget.grand_total(data)))))
        floor = budget.cootad_249(data)
        if floor:  # COOTAD art. 249: the 10 % floor for priority-attention groups, beside what the GAD assigns them
            layout.addWidget(title(tr("Priority-attention groups: the floor of COOTAD art. 249")))
            shown = lambda v: "—" if v is None else money(v)  # noqa: E731
            met = lambda v: "—" if v is None else (tr("Yes") if v else tr("No"))  # noqa: E731
            layout.addWidget(table([tr("Year"), tr("Floor (10 %)"), tr("Priority-group budget"), tr("Of which this plan"),
                                    tr("Floor met")],
                                   [[str(y["year"]), shown(y["floor"]), shown(y["priority"]), shown(y["mobility"]), met(y["met"])]
                                    for y in floor], {1, 2, 3}))
        for chart in (charts.budget_by_year, charts.budget_by_source, charts.budget_by_gcm, charts.budget_by_group):
            layout.addWidget(ChartWidget(chart(data, lang)))


class Fulfilment(LiveView):
    def fill(self, layout, data) -> None:
        lang = language()
        years = data.period_years()
        rows = []
        achieved = monitoring.achieved_by_goal(data)
        for g in data.rows("goals"):
            values = monitoring.goal_fulfilment(data, g, achieved)
            rows.append([data.link_label("goals", g["id"])] + [
                "—" if (v := values.get(y)) is None else formatting.percent(v, 0, lang) for y in years])
        layout.addWidget(title(tr("Fulfilment of goals per year")))
        layout.addWidget(QLabel(tr("Achieved value against the value programmed for the year, capped at 100 %.")))
        layout.addWidget(table([tr("Goal")] + [str(y) for y in years], rows, set(range(1, len(years) + 1))))
        yearly = monitoring.yearly_fulfilment(data)
        if yearly:
            layout.addWidget(ChartWidget(column_chart([str(y) for y in yearly], [(tr("Fulfilment"), list(yearly.values()))],
                                                      tr("Average fulfilment per year (%)"),
                                                      lambda v: formatting.number(v, 0, lang))))


TITLES = {
    "summary": QT_TR_NOOP("Summary and charts"), "priorities": QT_TR_NOOP("Prioritisation"),
    "actors": QT_TR_NOOP("Actor map"), "trace": QT_TR_NOOP("Traceability"), "budget": QT_TR_NOOP("Budget summary"),
    "fulfilment": QT_TR_NOOP("Fulfilment"), "assessment": QT_TR_NOOP("Self-assessment"), "export": QT_TR_NOOP("Export"),
}

register_step_page("diagnosis", lambda: tr(TITLES["summary"]), ProfileSummary, first=False)
register_step_page("diagnosis", lambda: tr(TITLES["priorities"]), Priorities, first=False)
register_step_page("diagnosis", lambda: tr(TITLES["actors"]), ActorMap, first=False)
register_step_page("proposal", lambda: tr(TITLES["trace"]), Traceability, first=False)
register_step_page("proposal", lambda: tr(TITLES["budget"]), BudgetSummary, first=False)
register_step_page("management", lambda: tr(TITLES["fulfilment"]), Fulfilment, first=False)


def _export(plan, parent):
    from localplan.ui.export_page import ExportPage

    return ExportPage(plan, parent)


register_step_page("export", lambda: tr(TITLES["export"]), _export, first=True)
