"""A step of the guided path: its custom pages and its sections as tabs, built when first shown."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from localplan.domain.plan import Plan
from localplan.forms import section, sections_of_step, step
from localplan.guide import guidance
from localplan.ui.pages_registry import REPLACES_SECTIONS, SECTION_PAGES, STEP_PAGES
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
        self.heading = QLabel(step(step_id).title.get())  # hidden on a small screen: the step list names the step
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600; color: #1F4E79;")
        layout.addWidget(self.heading)
        entries = STEP_PAGES.get(step_id, [])
        factories: list[tuple[str, str | None, Callable[[], QWidget]]] = []
        for entry in entries:
            if entry.first:
                factories.append((entry.title(), None, partial(entry.factory, plan, self)))
        for sec in ([] if step_id in REPLACES_SECTIONS and entries else sections_of_step(step_id)):
            custom = SECTION_PAGES.get(sec.id)
            if custom is not None:
                make = lambda c=custom: c(plan, self)  # noqa: E731 - a factory per tab
            elif sec.single:
                make = lambda s=sec: FormPage(plan, s.id, self)  # noqa: E731
            else:
                make = lambda s=sec: TablePage(plan, s.id, self)  # noqa: E731
            factories.append((sec.tab(), sec.id, make))
        for entry in entries:
            if not entry.first:
                factories.append((entry.title(), None, partial(entry.factory, plan, self)))
        self.shows_guidance = not factories  # the page is the step's guidance (the side panel then hides)
        if not factories:
            factories.append(("", None, lambda: self._guidance()))
        self._factories = factories
        self._built: dict[int, QWidget] = {}
        self._fits_small = False  # PlanView: its tables are fitted to a small screen when the tab changes
        if len(factories) == 1:
            self.tabs = None
            layout.addWidget(self._build(0), 1)
        else:
            self.tabs = QTabWidget()
            self.tabs.setDocumentMode(True)
            for text, section_id, _ in factories:
                holder = QStackedWidget()
                index = self.tabs.addTab(holder, text)
                if section_id:  # a short tab title: the full one on hover
                    self.tabs.setTabToolTip(index, section(section_id).title.get())
            self.tabs.currentChanged.connect(self._ensure)
            layout.addWidget(self.tabs, 1)
            self._ensure(0)

    def _guidance(self) -> QWidget:
        browser = QTextBrowser()
        browser.setOpenExternalLinks(False)
        browser.setObjectName("stepGuide")
        browser.setStyleSheet("QTextBrowser#stepGuide { background: white; border: 1px solid #D9E1EA; "
                              "border-radius: 6px; padding: 14px 18px; }")
        browser.document().setDocumentMargin(4)
        browser.setHtml(guidance(self.step_id))
        return browser

    def _build(self, index: int) -> QWidget:
        if index not in self._built:
            _, section_id, make = self._factories[index]
            widget = make()
            self._built[index] = widget
            if section_id:
                self.pages[section_id] = widget
        return self._built[index]

    def _ensure(self, index: int) -> None:
        if index < 0 or self.tabs is None:
            return
        holder = self.tabs.widget(index)
        if isinstance(holder, QStackedWidget) and holder.count() == 0:
            holder.addWidget(self._build(index))

    def page_at(self, index: int) -> QWidget:
        self._ensure(index)
        return self._build(index)

    def show_section(self, section_id: str) -> QWidget | None:
        for index, (_, sid, _) in enumerate(self._factories):
            if sid == section_id:
                if self.tabs is not None:
                    self.tabs.setCurrentIndex(index)
                    self._ensure(index)
                return self._build(index)
        return None

    def detach(self) -> None:
        for widget in self._built.values():
            if hasattr(widget, "detach"):
                widget.detach()
