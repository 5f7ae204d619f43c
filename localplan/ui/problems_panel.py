"""The Problems panel: the checker's findings; activating one jumps to its row and field."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from localplan.checks.findings import Finding
from localplan.checks.run import check
from localplan.i18n import plural, tr

COLOURS = {"error": "#B00020", "warning": "#B26A00", "info": "#3C4650"}


class ProblemsPanel(QWidget):
    jump_requested = Signal(str, int, str)  # section id, row id (0: none), field id ("" : none)

    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.findings: list[Finding] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        bar = QHBoxLayout()
        self.summary = QLabel()
        self.filter = QComboBox()
        self.filter.addItem(tr("All findings"), None)
        for value, text in (("error", tr("Errors")), ("warning", tr("Warnings")), ("info", tr("Notes"))):
            self.filter.addItem(text, value)
        self.filter.currentIndexChanged.connect(self.show_findings)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.filter)
        layout.addLayout(bar)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([tr("Severity"), tr("Where"), tr("What"), tr("How to fix it")])
        self.tree.setRootIsDecorated(False)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._activated)
        layout.addWidget(self.tree)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(400)
        self._timer.timeout.connect(self.refresh)
        plan.subscribe(self._changed)
        self.refresh()

    def _changed(self, _sections) -> None:
        self._timer.start()

    def detach(self) -> None:
        self.plan.unsubscribe(self._changed)

    def refresh(self) -> None:
        self.findings = check(self.plan.snapshot())
        self.show_findings()

    def show_findings(self) -> None:
        wanted = self.filter.currentData()
        self.tree.clear()
        for f in self.findings:
            if wanted and f.severity.value != wanted:
                continue
            item = QTreeWidgetItem([f.severity.label, f.location(), f.message, f.fix])
            item.setForeground(0, QBrush(QColor(COLOURS[f.severity.value])))
            item.setData(0, Qt.ItemDataRole.UserRole, (f.section, f.row_id or 0, f.field or ""))
            self.tree.addTopLevelItem(item)
        for col in range(3):
            self.tree.resizeColumnToContents(col)
        counts = {s: sum(1 for f in self.findings if f.severity.value == s) for s in ("error", "warning", "info")}
        self.summary.setText(", ".join((plural(counts["error"], tr("{count} error"), tr("{count} errors")),
                                        plural(counts["warning"], tr("{count} warning"), tr("{count} warnings")),
                                        plural(counts["info"], tr("{count} note"), tr("{count} notes")))))

    def _activated(self, item) -> None:
        section, row, field = item.data(0, Qt.ItemDataRole.UserRole)
        self.jump_requested.emit(section, row, field)
