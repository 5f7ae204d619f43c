"""Help that works offline: the manual (resources/manual/{es,en}/manual.html), the glossary
of acronyms (resources/glossary) and the keyboard shortcuts of the window's menus."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from localplan import paths
from localplan.i18n import language, tr
from localplan.reference import glossary
from localplan.reference.loader import fold


def manual_path(lang: str | None = None):
    lang = lang or language()
    for candidate in (lang, "es", "en"):
        path = paths.resource("manual", candidate, "manual.html")
        if path.exists():
            return path
    return None


def _close_button(dialog: QDialog, layout: QVBoxLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)


class ManualDialog(QDialog):
    def __init__(self, parent=None, anchor: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("LocalPlan manual"))
        self.resize(820, 640)
        if parent is not None:
            area = parent.screen().availableGeometry()
            self.resize(min(820, area.width() - 40), min(640, area.height() - 80))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        path = manual_path()
        if path is not None:
            self.browser.setSearchPaths([str(path.parent)])
            self.browser.setSource(QUrl.fromLocalFile(str(path)))
        else:
            self.browser.setPlainText(tr("The manual is missing from this installation."))
        layout.addWidget(self.browser, 1)
        _close_button(self, layout)
        if anchor:
            self.show_section(anchor)

    def show_section(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)


def show_manual(parent, anchor: str | None = None) -> ManualDialog:
    dialog = ManualDialog(parent, anchor)
    dialog.show()  # not modal: it can stay open beside the plan
    if anchor:
        dialog.show_section(anchor)
    return dialog


class GlossaryDialog(QDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Glossary"))
        self.resize(860, 600)
        if parent is not None:
            area = parent.screen().availableGeometry()
            self.resize(min(860, area.width() - 40), min(600, area.height() - 80))
        layout = QVBoxLayout(self)
        self.search = QLineEdit(placeholderText=tr("Search an acronym or a word"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        layout.addWidget(self.search)
        items = glossary.entries()
        self.table = QTableWidget(len(items), 3)
        self.table.setHorizontalHeaderLabels([tr("Acronym"), tr("Meaning"), tr("Legal source")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, entry in enumerate(items):
            term = entry.term + (f" ({', '.join(entry.aliases)})" if entry.aliases else "")
            for col, text in enumerate((term, entry.name, entry.source or "—")):
                self.table.setItem(row, col, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        _close_button(self, layout)

    def _filter(self, text: str) -> None:
        needle = fold(text.strip())
        for row in range(self.table.rowCount()):
            hay = " ".join(fold(item.text()) for c in range(3) if (item := self.table.item(row, c)) is not None)
            self.table.setRowHidden(row, bool(needle) and needle not in hay)


def shortcuts(window) -> list[tuple[str, str, str]]:
    """(menu, command, keys) for every menu command that has a shortcut."""
    out = []
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            keys = [k.toString(k.SequenceFormat.PortableText) for k in action.shortcuts()]
            keys = [k for k in keys if "+" in k or re.fullmatch(r"F\d+", k)][:2]  # not the media keys ("New", "Undo")
            if keys and action.text():
                out.append((menu_action.text().replace("&", ""), action.text().replace("&", ""), ", ".join(keys)))
    return out


class ShortcutsDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.resize(560, 520)
        layout = QVBoxLayout(self)
        rows = shortcuts(window) + [
            (tr("Tables"), tr("Edit the selected cell"), "F2"),
            (tr("Tables"), tr("Paste rows from a spreadsheet"), "Ctrl+V"),
            (tr("Tables"), tr("Delete the selected rows"),
             QKeySequence(QKeySequence.StandardKey.Delete).toString(QKeySequence.SequenceFormat.NativeText)),
            (tr("Dialogs"), tr("New plan: go to the first match of the search"), tr("Enter")),
        ]
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([tr("Menu"), tr("Command"), tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                if c == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table, 1)
        _close_button(self, layout)
