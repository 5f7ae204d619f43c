"""An open plan: the path of steps on the left, the step in the centre, guidance on the right."""

from __future__ import annotations

import html

from PySide6.QtCore import QByteArray, Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from localplan import settings
from localplan.domain import completeness
from localplan.domain.plan import Plan
from localplan.forms import STEPS
from localplan.guide import guidance
from localplan.i18n import tr
from localplan.ui.dashboard import Dashboard
from localplan.ui.problems_panel import ProblemsPanel
from localplan.ui.step_nav import StepNav
from localplan.ui.step_page import StepPage

HOME = "home"


def with_manual_link(text: str, anchor: str) -> str:
    """The step's guidance, closed by a link to its section of the manual."""
    label = html.escape(tr("Read more in the manual"))
    return text + f'<p style="margin-top: 10px;"><a href="manual:#{anchor}">{label} ›</a></p>'


def banner(title: str, text: str, colour: str, border: str, name: str = "banner") -> QLabel:
    """A calm coloured strip above the plan: a bold lead, then the explanation."""
    label = QLabel(f"<b>{html.escape(title)}</b>&nbsp; {html.escape(text)}")
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setStyleSheet(f"QLabel#{name} {{ background: {colour}; border: 1px solid {border}; border-radius: 4px; "
                        "padding: 6px 10px; color: #1d2731; }")
    return label


class PlanView(QWidget):
    def __init__(self, plan: Plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._guidance_wanted = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        if plan.is_example:
            layout.addWidget(banner(tr("Example plan."), tr("A fictitious canton for learning and workshops. "
                                    "Its figures are illustrative, except those that name their source."),
                                    "#E8F1FB", "#9DBFE3", "exampleBanner"))
        if plan.read_only:
            layout.addWidget(banner(tr("Read-only."), plan.read_only_reason or tr("This plan is open read-only."),
                                    "#FFF4CE", "#E3C66B", "readOnlyBanner"))
        if plan.migrated_from:
            layout.addWidget(banner(tr("Upgraded."), tr("This plan was upgraded from an older version of LocalPlan; "
                                    "a backup of the original was kept."), "#EAF5EA", "#A5D6A7", "upgradedBanner"))
        self.nav = StepNav((HOME, tr("Home")))
        self.stack = QStackedWidget()
        self.pages: dict[str, StepPage] = {}
        self.dashboard: Dashboard | None = None
        self.guide = QTextBrowser()
        self.guide.setMinimumWidth(220)
        self.guide.setFrameShape(QFrame.Shape.NoFrame)
        self.guide.setStyleSheet("QTextBrowser { background: #F7F9FB; padding: 8px; }")
        self.guide.setOpenLinks(False)
        self.guide.anchorClicked.connect(self._guide_link)
        self.problems = ProblemsPanel(plan)
        self.problems.jump_requested.connect(lambda s, r, f: self.jump(s, r or None, f or None))
        self.centre = QSplitter(Qt.Orientation.Vertical)
        self.centre.addWidget(self.stack)
        self.centre.addWidget(self.problems)
        self.centre.setStretchFactor(0, 4)
        self.centre.setSizes([600, 120])
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.centre)
        self.splitter.addWidget(self.guide)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([self.NAV_WIDTH, 748, 290])
        state = settings.get_bytes("plan_view_splitter")
        if state is not None:
            self.splitter.restoreState(QByteArray(state))
        layout.addWidget(self.splitter, 1)
        self.compact: bool | None = None  # decided by the first resize (small screens)
        self.nav.currentRowChanged.connect(self._show_step)
        self._refresh_timer = QTimer(self, singleShot=True, interval=150)
        self._refresh_timer.timeout.connect(self.refresh_completeness)
        plan.subscribe(self._on_changed)
        self.refresh_completeness()
        self.nav.setCurrentRow(0)

    # --- small screens ------------------------------------------------------------
    # Below these sizes the side panels fold (compact); below NARROW_WIDTH the step list also
    # drops its percentages (the bars stay) and narrows, for 1366×768 at 125 % (1093×614).
    COMPACT_WIDTH, COMPACT_HEIGHT, NARROW_WIDTH = 1500, 860, 1200
    NAV_WIDTH = 232  # every step's title and percentage whole

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        compact = self.width() < self.COMPACT_WIDTH or self.height() < self.COMPACT_HEIGHT
        if self.nav.set_narrow(self.width() < self.NARROW_WIDTH):
            sizes = self.splitter.sizes()
            nav = self.nav.maximumWidth() if self.nav.delegate.narrow else max(sizes[0], self.NAV_WIDTH)
            self.splitter.setSizes([nav, sizes[1] + sizes[0] - nav, sizes[2]])
        if compact != self.compact:
            self.compact = compact
            self._apply_compact()
        else:
            QTimer.singleShot(0, self._fit_tables)

    def _apply_compact(self) -> None:
        """On a small screen the side panels give the page their room: the guidance panel
        folds away (View › Guidance panel, F1, brings it back) and the Problems panel shows
        only its summary line until it is dragged open or a finding is wanted."""
        self._apply_guidance_visibility()
        self.problems.tree.setVisible(not self.compact or getattr(self, "_problems_on_small", False))
        total = sum(self.centre.sizes()) or self.height()
        if self.compact:
            header = self.problems.sizeHint().height()
            self.centre.setSizes([max(total - header, 1), header])
        else:
            self.centre.setSizes([int(total * 0.8), total - int(total * 0.8)])
        self._fit_tables()

    def _fit_tables(self) -> None:
        """On a small screen the step's heading gives way (the step list names the step) and a
        table shows at least fifteen rows (TablePage.fit_small)."""
        from localplan.ui.table_page import TablePage

        for step_page in self.pages.values():
            step_page.heading.setVisible(not self.compact)
        for page in self.findChildren(TablePage):
            if self.compact:
                page.fit_small()
            else:
                page.unfit_small()

    def toggle_problems_on_small(self) -> None:
        self._problems_on_small = not getattr(self, "_problems_on_small", False)
        self._apply_compact()

    def _on_changed(self, sections: set[str]) -> None:
        self._refresh_timer.start()

    def refresh_completeness(self) -> None:
        self.nav.set_completeness(completeness.all_steps(self.plan.snapshot()))

    def current_step(self) -> str:
        item = self.nav.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else HOME

    def _show_step(self, row: int) -> None:
        if row < 0:
            return
        if row == 0:
            if self.dashboard is None:
                self.dashboard = Dashboard(self.plan, self)
                self.stack.addWidget(self.dashboard)
            self.stack.setCurrentWidget(self.dashboard)
            self.guide.setHtml(with_manual_link(guidance("home"), "start"))
            self._apply_guidance_visibility()
            return
        step_id = STEPS[row - 1].id
        page = self.pages.get(step_id)
        if page is None:
            page = StepPage(self.plan, step_id, self)
            self.pages[step_id] = page
            self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.heading.setVisible(not self.compact)
        if page.tabs is not None and not getattr(page, "_fits_small", False):
            page._fits_small = True
            page.tabs.currentChanged.connect(lambda _=0: QTimer.singleShot(0, self._fit_tables))
        QTimer.singleShot(0, self._fit_tables)
        self.guide.setHtml(with_manual_link(guidance(step_id), step_id))
        self._apply_guidance_visibility()

    def _guide_link(self, url) -> None:
        """A link of the guidance panel: "manual:#section" opens the manual there."""
        if url.scheme() == "manual":
            window = self.window()
            if hasattr(window, "show_manual"):
                window.show_manual(url.fragment() or None)

    def show_step(self, step_id: str) -> StepPage | None:
        if step_id == HOME:
            self.nav.setCurrentRow(0)
            return None
        for row, st in enumerate(STEPS, start=1):
            if st.id == step_id:
                self.nav.setCurrentRow(row)
                if step_id not in self.pages:  # already the current row: no signal came
                    self._show_step(row)
        return self.pages[step_id]

    def jump(self, section_id: str, row_id: int | None = None, field_id: str | None = None) -> bool:
        """Show a section, and select a row and field in it (used by the Problems panel)."""
        from localplan.forms import section

        page = self.show_step(section(section_id).step)
        if page is None:  # a section of no step page (none is so today)
            return False
        target = page.show_section(section_id)
        if target is not None and row_id is not None and hasattr(target, "select"):
            return target.select(row_id, field_id)
        return target is not None

    def set_guidance_visible(self, visible: bool, compact_too: bool = False) -> None:
        self._guidance_wanted = visible
        self._guidance_on_small = compact_too
        self._apply_guidance_visibility()

    def _apply_guidance_visibility(self) -> None:
        """The panel follows the View menu, except on a step whose page already is its guidance."""
        page = self.stack.currentWidget()
        folded = bool(self.compact) and not getattr(self, "_guidance_on_small", False)
        self.guide.setVisible(self._guidance_wanted and not folded and not getattr(page, "shows_guidance", False))

    def set_problems_visible(self, visible: bool) -> None:
        self.problems.setVisible(visible)

    def detach(self) -> None:
        settings.set_bytes("plan_view_splitter", bytes(self.splitter.saveState().data()))
        self.plan.unsubscribe(self._on_changed)
        for page in self.pages.values():
            page.detach()
        self.problems.detach()
        if self.dashboard is not None:
            self.dashboard.detach()
