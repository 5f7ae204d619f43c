"""Showing a window for keyboard tests: sized, exposed and active (keys go to the active window)."""

from __future__ import annotations

from typing import Any


def show_active(qtbot: Any, widget: Any, width: int, height: int, *, owned: bool = True) -> Any:
    """Show `widget` at width×height and wait until it is the active window; `owned`: qtbot closes it."""
    if owned:
        qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    return widget


def show_table(qtbot: Any, page: Any, width: int, height: int) -> Any:
    """A table page shown active, its table holding the keyboard focus."""
    show_active(qtbot, page, width, height)
    page.view.setFocus()
    qtbot.waitUntil(page.view.hasFocus)
    return page
