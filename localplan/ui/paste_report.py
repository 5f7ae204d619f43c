"""What a paste accepted and refused, cell by cell."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from localplan.i18n import tr


class PasteReport(QDialog):
    def __init__(self, accepted: int, refused: int, problems: list, note: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Paste from spreadsheet"))
        self.resize(640, 360)
        layout = QVBoxLayout(self)
        summary = tr("{accepted} rows added; {refused} rows refused.").format(accepted=accepted, refused=refused)
        self.summary = QLabel(summary + (f"\n{note}" if note else ""))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(problems), 3)
        self.table.setHorizontalHeaderLabels([tr("Row"), tr("Column"), tr("Reason")])
        for n, p in enumerate(problems[:2000]):
            for col, text in enumerate((str(p.row or ""), p.field or "", p.message)):
                self.table.setItem(n, col, QTableWidgetItem(text))
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(bool(problems))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
