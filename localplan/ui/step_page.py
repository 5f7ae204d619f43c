"""A step of the guided path: its custom pages and its sections as tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from localplan.domain.plan import Plan
from localplan.forms import sections_of_step, step
from localplan.guide import guidance
from localplan.ui.pages_registry import SECTION_PAGES, STEP_PAGES
from localplan.ui.record_form import FormPage
from localplan.ui.table_page import TablePage


class StepPage(QWidget):
    def __init__(self, plan: Plan, step_id: str, parent=None) -> None:
        super().__init__(parent)
        self.step_id = step_id
        self.plan = plan
        self.pages: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        title = QLabel(step(step_id).title.get())
        title.setStyleSheet("font-size: 15pt; font-weight: 600; color: #1F4E79;")
        layout.addWidget(title)
        entries = STEP_PAGES.get(step_id, [])
        sections = sections_of_step(step_id)
        widgets: list[tuple[str, QWidget]] = []
        for entry in entries:
            if entry.first:
                widgets.append((entry.title(), entry.factory(plan, self)))
        for sec in sections:
            custom = SECTION_PAGES.get(sec.id)
            if custom is not None:
                page = custom(plan, self)
            else:
                page = FormPage(plan, sec.id, self) if sec.single else TablePage(plan, sec.id, self)
            self.pages[sec.id] = page
            widgets.append((sec.title.get(), page))
        for entry in entries:
            if not entry.first:
                widgets.append((entry.title(), entry.factory(plan, self)))
        self.shows_guidance = not widgets
        if not widgets:
            browser = QTextBrowser()
            browser.setOpenExternalLinks(False)
            browser.setObjectName("stepGuide")
            browser.setStyleSheet("QTextBrowser#stepGuide { background: white; border: 1px solid #D9E1EA; "
                                  "border-radius: 6px; padding: 14px 18px; }")
            browser.document().setDocumentMargin(4)
            browser.setHtml(guidance(step_id))
            widgets.append(("", browser))
        if len(widgets) == 1:
            layout.addWidget(widgets[0][1], 1)
            self.tabs = None
        else:
            self.tabs = QTabWidget()
            self.tabs.setDocumentMode(True)
            for text, widget in widgets:
                self.tabs.addTab(widget, text)
            layout.addWidget(self.tabs, 1)
        self._children = [w for _, w in widgets]

    def show_section(self, section_id: str) -> QWidget | None:
        page = self.pages.get(section_id)
        if page is not None and self.tabs is not None:
            self.tabs.setCurrentWidget(page)
        return page

    def detach(self) -> None:
        for widget in self._children:
            if hasattr(widget, "detach"):
                widget.detach()
