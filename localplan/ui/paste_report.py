"""What a paste accepted and refused, cell by cell: row, column, the refused text, the reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout

from localplan.i18n import tr

MAX_SHOWN = 2000


class PasteReport(QDialog):
    def __init__(self, added: int, changed: int, refused: int, problems: list, note: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Paste from spreadsheet"))
        self.resize(720, 360)
        layout = QVBoxLayout(self)
        summary = tr("{added} rows added, {changed} rows changed; {refused} cells refused (the rest of their rows "
                     "went in).").format(added=added, changed=changed, refused=refused)
        shown = problems[:MAX_SHOWN]
        if len(problems) > MAX_SHOWN:
            note = (note + "\n" if note else "") + tr("The first {shown} of {count} problems are listed.").format(
                shown=MAX_SHOWN, count=len(problems))
        self.summary = QLabel(summary + (f"\n{note}" if note else ""))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(shown), 4)
        self.table.setHorizontalHeaderLabels([tr("Row"), tr("Column"), tr("Refused"), tr("Reason")])
        for n, p in enumerate(shown):
            for col, text in enumerate((str(p.row or ""), p.field or "", getattr(p, "value", ""), p.message)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(n, col, item)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.setColumnWidth(2, 180)
        self.table.setVisible(bool(problems))
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
