"""New plan: choose the GAD from Ecuador's administrative division, the period and the team."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeView,
    QVBoxLayout,
)

from localplan import paths
from localplan.domain.gad import gad_defaults
from localplan.errors import UserError
from localplan.forms.values import choice_label
from localplan.i18n import QT_TR_NOOP, tr
from localplan.reference import dpa
from localplan.reference.loader import fold

CodeRole = Qt.ItemDataRole.UserRole + 1
SearchRole = Qt.ItemDataRole.UserRole + 2


class DpaFilter(QSortFilterProxyModel):
    """Matches name or INEC code, ignoring accents and case; parents of a match stay visible."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.needle = ""
        self.setRecursiveFilteringEnabled(True)

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self.needle = fold(text.strip())
        self.endFilterChange()

    def filterAcceptsRow(self, row, parent) -> bool:  # noqa: N802 - Qt API
        if not self.needle:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return self.needle in (index.data(SearchRole) or "")


KINDS = {
    "province": QT_TR_NOOP("Province"),
    "canton": QT_TR_NOOP("Canton"),
    "urban": QT_TR_NOOP("Urban parish"),
    "seat": QT_TR_NOOP("Cantonal seat"),
    "rural": QT_TR_NOOP("Rural parish"),
}


def unit_kind(code: str) -> str:
    """INEC codes: 2 digits province, 4 canton; parishes xx01–49 urban, xx50 the seat, xx51+ rural."""
    if len(code) == 2:
        return KINDS["province"]
    if len(code) == 4:
        return KINDS["canton"]
    last = int(code[4:])
    return KINDS["urban"] if last < 50 else KINDS["seat"] if last == 50 else KINDS["rural"]


def dpa_model() -> QStandardItemModel:
    model = QStandardItemModel()
    model.setHorizontalHeaderLabels([tr("Province / canton / parish"), tr("INEC code"), tr("Kind")])
    d = dpa()

    def add(parent_item, unit) -> QStandardItem:
        name = QStandardItem(unit.name)
        name.setData(unit.code, CodeRole)
        name.setData(fold(unit.name) + " " + unit.code, SearchRole)
        name.setEditable(False)
        code = QStandardItem(unit.code)
        code.setEditable(False)
        kind = QStandardItem(tr(unit_kind(unit.code)))
        kind.setEditable(False)
        parent_item.appendRow([name, code, kind])
        return name

    root = model.invisibleRootItem()
    for province in d.level_units("province"):
        p = add(root, province)
        for canton in d.children(province.code):
            c = add(p, canton)
            for parish in d.children(canton.code):
                add(c, parish)
    return model


def same_file(a: Path | None, b: Path | None) -> bool:
    if a is None or b is None:
        return False
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


class NewPlanDialog(QDialog):
    def __init__(self, parent=None, open_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New plan"))
        self.resize(760, 600)
        self.code: str | None = None
        self.path: Path | None = None
        self.open_path = Path(open_path) if open_path else None  # the plan open in the window: never replaced
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Choose the local government (GAD) that plans: a province, a canton or a rural parish."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.search = QLineEdit(placeholderText=tr("Search by name or INEC code, e.g. Tulcán or 0401"))
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.model = dpa_model()
        self.proxy = DpaFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setModel(self.proxy)
        self.tree.setUniformRowHeights(True)
        self.tree.setColumnWidth(0, 400)
        self.tree.setColumnWidth(1, 110)
        self.tree.selectionModel().currentChanged.connect(self._chosen)
        self.search.textChanged.connect(self._search)
        layout.addWidget(self.tree, 1)
        self.choice = QLabel(tr("No GAD chosen yet."))
        self.choice.setStyleSheet("font-weight: 600; color: #1F4E79;")
        self.choice.setWordWrap(True)
        layout.addWidget(self.choice)
        form = QFormLayout()
        self.name = QLineEdit()
        self.start = QSpinBox(minimum=2000, maximum=2100, value=2023)
        self.end = QSpinBox(minimum=2000, maximum=2100, value=2027)
        period = QHBoxLayout()
        period.addWidget(self.start)
        period.addWidget(QLabel("–"))
        period.addWidget(self.end)
        period.addStretch(1)
        self.authority = QLineEdit(placeholderText=tr("Name of the prefect, mayor or parish president"))
        self.unit = QLineEdit(placeholderText=tr("e.g. Directorate of Territorial Planning"))
        self.team = QPlainTextEdit(placeholderText=tr("One person per line: name — role"))
        self.team.setMaximumHeight(70)
        form.addRow(tr("Official name"), self.name)
        form.addRow(tr("Plan period"), period)
        form.addRow(tr("Executive authority"), self.authority)
        form.addRow(tr("Planning unit"), self.unit)
        form.addRow(tr("Team (optional)"), self.team)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #B00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        for button in self.buttons.buttons():
            if isinstance(button, QPushButton):  # Enter never cancels the dialog
                button.setAutoDefault(False)
                button.setDefault(False)
        self.create_button = QPushButton(tr("Create plan…"))
        self.create_button.setAutoDefault(False)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Enter never throws the dialog away: in the search box it picks the first match,
        elsewhere it creates the plan once a GAD is chosen."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.focusWidget() is self.search:
                self._pick_first_match()
            elif self.code:
                self._accept()
            else:
                self.error.setText(tr("Choose the GAD in the list first."))
            event.accept()
            return
        super().keyPressEvent(event)

    def _pick_first_match(self) -> None:
        if not self.search.text().strip():
            return
        index = self.proxy.index(0, 0)
        while index.isValid() and self.proxy.rowCount(index) and self.proxy.needle not in fold(index.data(SearchRole) or ""):
            index = self.proxy.index(0, 0, index)  # down to the first unit that matches itself
        if index.isValid():
            self.tree.setCurrentIndex(index)
            self.tree.setFocus()

    def _search(self, text: str) -> None:
        self.proxy.set_needle(text)
        if text.strip():
            self.tree.expandAll()
        else:
            self.tree.collapseAll()

    def _chosen(self, current, _previous=None) -> None:
        code = current.sibling(current.row(), 0).data(CodeRole) if current.isValid() else None
        if code:
            self.choose(code)

    def choose(self, code: str) -> None:
        path = " › ".join(u.name for u in dpa().path(code))
        try:
            defaults = gad_defaults(code)
        except UserError as exc:  # an urban parish or a cantonal seat: no GAD of its own
            self.code = None
            self.choice.setText(f"{path}  ({code})")
            self.error.setText(exc.message)
            self.create_button.setDefault(False)
            return
        self.code = code
        self.choice.setText(f"{path}  ({code}) — {choice_label('gad_levels', defaults['level'])}")
        self.name.setText(defaults["name"])
        self.error.clear()
        self.create_button.setDefault(True)  # once a GAD is chosen, Enter creates

    def values(self) -> dict:
        if not self.code:
            raise UserError(tr("Choose the GAD in the list first."))
        if self.start.value() > self.end.value():
            raise UserError(tr("The first year of the period must not come after the last."))
        values = gad_defaults(self.code)
        values.update(name=self.name.text().strip() or values["name"], period_start=self.start.value(),
                      period_end=self.end.value(), authority=self.authority.text().strip() or None,
                      planning_unit=self.unit.text().strip() or None, team=self.team.toPlainText().strip() or None)
        return values

    def ask_path(self) -> Path | None:
        unit = dpa().get(self.code) if self.code else None
        suggested = Path.home() / (f"PDOT {unit.name}.lplan" if unit is not None else "plan.lplan")
        name, _ = QFileDialog.getSaveFileName(self, tr("Save the new plan as"), str(suggested),
                                              tr("LocalPlan plans (*.lplan)"),
                                              options=QFileDialog.Option.DontConfirmOverwrite)  # ours says more
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".lplan" else path.with_suffix(".lplan")

    def _accept(self) -> None:
        try:
            self.values()
        except UserError as exc:
            self.error.setText(exc.message)
            return
        if self.path is None:
            self.path = self.ask_path()
            if self.path is None:
                return
        if same_file(self.path, self.open_path):
            self.error.setText(tr("“{name}” is the plan that is open: a new plan never replaces it. "
                                  "Choose another name.").format(name=self.path.name))
            self.path = None
            return
        if self.path.exists():
            answer = QMessageBox.question(self, tr("New plan"), tr(
                "“{name}” already exists. Replace it with the new plan? A backup of it is kept first in {folder}.").format(
                name=self.path.name, folder=paths.backups_dir()))
            if answer != QMessageBox.StandardButton.Yes:
                self.path = None
                return
        self.accept()
