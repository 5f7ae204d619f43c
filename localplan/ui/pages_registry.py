"""Custom pages for steps or sections, registered by the modules that provide them.

A factory takes (plan, parent) and returns a QWidget; an optional `detach()` on the widget
is called when the plan closes. Section pages are used inside their step's tabs; a step
page replaces the step's generic content, or is added as the first tab with `extra=True`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

Factory = Callable[[object, QWidget | None], QWidget]


@dataclass
class PageEntry:
    title: Callable[[], str]  # translated at call time, so a language switch shows the new title
    factory: Factory
    first: bool = True


STEP_PAGES: dict[str, list[PageEntry]] = {}
# Steps whose custom page edits the step's sections itself: their generic tables are not shown.
REPLACES_SECTIONS: set[str] = {"ordinance"}


def register_step_page(step_id: str, title: Callable[[], str], factory: Factory, first: bool = True) -> None:
    STEP_PAGES.setdefault(step_id, []).append(PageEntry(title, factory, first))


SECTION_PAGES: dict[str, Factory] = {}


def register_section_page(section_id: str, factory: Factory) -> None:
    """Replace the generic form/table of one section (inside its step's tabs) with a custom page.

    The factory is called as factory(plan, parent) and may offer `select(row_id, field_id)`
    so the Problems panel can jump into it, and `detach()`.
    """
    SECTION_PAGES[section_id] = factory
