"""Import a workbook: read and validate in the background, show the report, write on Accept."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from localplan.errors import UserError
from localplan.i18n import plural, tr
from localplan.imports.workbook import apply, command, read_workbook
from localplan.ui.worker import run_in_background


class ImportDialog(QDialog):
    def __init__(self, plan, parent=None, path: str | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.report = None
        self.written = 0
        self.setWindowTitle(tr("Import a workbook"))
        self.resize(760, 460)
        layout = QVBoxLayout(self)
        self.choose = QPushButton(tr("Choose workbook…"))
        self.choose.clicked.connect(self._choose)
        self.summary = QLabel(tr("Choose a workbook exported by LocalPlan or a blank template filled in."))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([tr("Sheet"), tr("Row"), tr("Column"), tr("Reason")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.buttons.addButton(tr("Write the accepted rows"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.accept_button.setEnabled(False)
        self.buttons.accepted.connect(self._write)
        self.buttons.rejected.connect(self.reject)
        for w in (self.choose, self.summary, self.table, self.buttons):
            layout.addWidget(w)
        if path:
            self.load(path)

    def _choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, tr("Choose workbook…"), "", tr("Excel workbooks (*.xlsx)"))
        if name:
            self.load(name)

    def load(self, path: str):
        self.summary.setText(tr("Reading {file}…").format(file=path))
        self.accept_button.setEnabled(False)
        frozen = self.plan.frozen_context()
        return run_in_background(self, lambda progress: read_workbook(path, None, frozen), self._loaded, self._failed,
                                 label=tr("reading the workbook"))

    def _loaded(self, report) -> None:
        self.report = report
        changes = len(command(self.plan, report).ops)
        self.summary.setText(tr("{rows} accepted ({changes}), {refused} refused.").format(
            rows=plural(report.count(), tr("{count} row"), tr("{count} rows")),
            changes=plural(changes, tr("{count} change"), tr("{count} changes")),
            refused=plural(report.refused_rows, tr("{count} row"), tr("{count} rows"))))
        self.table.setRowCount(len(report.problems))
        for n, p in enumerate(report.problems):
            for c, text in enumerate((p.section or "", str(p.row or ""), p.field or "", p.message)):
                self.table.setItem(n, c, QTableWidgetItem(text))
        self.accept_button.setEnabled(changes > 0 and not self.plan.read_only)

    def _failed(self, message: str) -> None:
        self.summary.setText(message)
        self.summary.setStyleSheet("color: #B00020;")

    def _write(self) -> None:
        if self.report is None:
            return
        try:
            self.written = apply(self.plan, self.report)
        except UserError as exc:
            self._failed(exc.message)
            return
        self.accept()
