"""Screenshots of the program's windows, drawn offscreen: the start page, the new-plan
dialog, the plan's home and every step (with every tab, unless asked for first tabs only).

Used for the documentation (`scripts/screenshots.py`) and to check that the desktop build
draws what the installed program draws (`LocalPlan --screenshots DIR`, compared by
`scripts/compare_shots.py`).
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from localplan.forms import STEPS


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def text_cut(widget) -> str | None:
    """A label or button too small for its text (Qt clips it without a sign), else None."""
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLabel, QLineEdit

    inner = isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox))  # their own line edit, drawn inside them
    if isinstance(widget, (QLineEdit, QComboBox, QAbstractSpinBox)) and not inner \
            and widget.height() < widget.minimumSizeHint().height() - 2:
        return f"text cut (squashed): {type(widget).__name__} {widget.height()} < {widget.minimumSizeHint().height()}"
    if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
        if widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 2:
                return f"text cut (too short): QLabel {widget.text()[:40]!r} {widget.height()} < {needed}"
        elif widget.minimumSizeHint().width() > widget.width() + 2:
            return f"text cut (too narrow): QLabel {widget.text()[:40]!r} {widget.width()} < {widget.minimumSizeHint().width()}"
    if isinstance(widget, QAbstractButton) and widget.text() and widget.sizeHint().width() > widget.width() + 2:
        return f"text cut: {type(widget).__name__} {widget.text()[:40]!r} {widget.width()} < {widget.sizeHint().width()}"
    return None


def layout_problems(window) -> list[str]:
    """What a person would see as broken on the shown page: a page (not a table) that
    scrolls sideways, a widget that reaches outside the window, or a label or button
    too small for its text."""
    from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QWidget

    problems = []
    bounds = window.rect().adjusted(-1, -1, 1, 1)
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractScrollArea) and not isinstance(widget, QAbstractItemView):
            if widget.horizontalScrollBar().isVisible():
                problems.append(f"scrolls sideways: {type(widget).__name__} {widget.objectName()}".strip())
        parent, inside_scroll = widget.parentWidget(), False
        while parent is not None and parent is not window:
            if isinstance(parent, QAbstractScrollArea):
                inside_scroll = True  # scrolled content may lie outside on purpose
                break
            parent = parent.parentWidget()
        cut = text_cut(widget)
        if cut:
            problems.append(cut)
        if inside_scroll:
            continue
        top_left = widget.mapTo(window, widget.rect().topLeft())
        rect = widget.rect().translated(top_left)
        if not bounds.contains(rect):
            problems.append(f"outside the window: {type(widget).__name__} {widget.objectName()} {rect.getRect()}".strip())
    return problems


def table_room(window) -> list[tuple[str, float, int, int]]:
    """For each table on the shown page: (section id, rows it shows, columns shown whole, its columns)."""
    from localplan.ui.table_page import TablePage

    room = []
    for page in window.findChildren(TablePage):
        if not page.isVisible():
            continue
        view, header = page.view, page.view.horizontalHeader()
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        whole = sum(1 for c in shown if 0 <= header.sectionViewportPosition(c)
                    and header.sectionViewportPosition(c) + header.sectionSize(c) <= view.viewport().width())
        room.append((page.section.id, view.viewport().height() / view.verticalHeader().defaultSectionSize(), whole, len(shown)))
    return room


def each_page(window):
    """Show the plan's home, every step and every tab in turn; yield a name for each."""
    window.view.show_step("home")
    yield "home"
    for n, st in enumerate(STEPS):
        page = window.view.show_step(st.id)
        yield f"{n}_{st.id}"
        tabs = getattr(page, "tabs", None)
        for t in range(1, tabs.count() if tabs is not None else 0):
            tabs.setCurrentIndex(t)
            yield f"{n}_{st.id}_tab{t}"


def example_plan(folder: Path | None = None) -> Path:
    """The example plan (the one the start page offers)."""
    from localplan.demo import build_example

    target = Path(folder or tempfile.mkdtemp(prefix="lp-shots-")) / "ejemplo.lplan"
    return build_example(target)


SIZES = ((1366, 768), (1280, 720))  # the laptops of the GADs


def take(out: Path, plan: Path | None = None, langs: tuple[str, ...] = ("es", "en"), size: tuple[int, int] | None = None,
         every_tab: bool = True, sizes: tuple[tuple[int, int], ...] | None = None,
         problems: dict[str, list[str]] | None = None) -> list[Path]:
    """Write the screenshots to `out` as PNG files and return their paths. With several
    sizes, each file name carries its size (es_1366x768_home.png). Given a dict, `problems`
    receives what `layout_problems` finds on each picture, by its name."""
    from localplan.ui.application import install_language, make_app
    from localplan.ui.main_window import MainWindow
    from localplan.ui.new_plan_dialog import NewPlanDialog

    sizes = sizes or ((size or (1280, 720)),)
    out.mkdir(parents=True, exist_ok=True)
    app = make_app(lang=langs[0])
    plan = plan or example_plan()
    written: list[Path] = []

    def shot(widget, name: str) -> None:
        settle(app)
        found = layout_problems(widget)
        if found and problems is not None:
            problems[name] = found
        path = out / f"{name}.png"
        widget.grab().save(str(path))
        written.append(path)

    for lang in langs:
        install_language(app, lang)
        for width, height in sizes:
            prefix = lang if len(sizes) == 1 else f"{lang}_{width}x{height}"
            window = MainWindow()
            window.resize(width, height)
            window.show()
            shot(window, f"{prefix}_start")
            dialog = NewPlanDialog(window)
            dialog.search.setText("tulcan")
            dialog.choose("0401")
            dialog.show()
            shot(dialog, f"{prefix}_new_plan")
            dialog.close()
            window.open_plan_path(str(plan))
            view = window.view
            assert view is not None, plan  # the plan just opened
            view.show_step("home")
            shot(window, f"{prefix}_home")
            for n, st in enumerate(STEPS):
                page = view.show_step(st.id)
                shot(window, f"{prefix}_{n}_{st.id}")
                tabs = page.tabs if page is not None and every_tab else None
                if tabs is None:
                    continue
                for t in range(1, tabs.count()):
                    tabs.setCurrentIndex(t)
                    shot(window, f"{prefix}_{n}_{st.id}_tab{t}")
            window.close_plan()
            window.close()
    return written
