"""File › Versions: the plan's named versions (of its ordinance) and its backups (date, time,
size, rows per step); open one read-only, compare it with the plan, or restore it as one
undoable step (after a backup of the current state)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from localplan import formatting
from localplan.domain import versions
from localplan.errors import UserError
from localplan.forms import section, step
from localplan.i18n import QT_TR_NOOP, language, tr
from localplan.store import backups

REASONS = {"open": QT_TR_NOOP("when opened"), "replaced": QT_TR_NOOP("before it was replaced"),
           "restore": QT_TR_NOOP("before a restore")}


def reason_text(reason: str) -> str:
    if reason in REASONS:
        return tr(REASONS[reason])
    if reason.startswith("v") and reason[1:].isdigit():
        return tr("before the upgrade from version {n}").format(n=reason[1:])
    return reason


def size_text(size: int) -> str:
    return tr("{size} kB").format(size=formatting.number(size / 1024, 0, language()))


class VersionsDialog(QDialog):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window_ = window
        self.plan = window.plan
        self.setWindowTitle(tr("Versions of {name}").format(name=self.plan.path.name))
        area = window.screen().availableGeometry()
        self.resize(min(900, area.width() - 40), min(520, area.height() - 80))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("LocalPlan keeps a backup each time the plan is opened for work and before it is replaced, "
                          "upgraded or restored; the named versions of the ordinance (Ordinance › Versions) are listed "
                          "first and bring back its text only. Choose one to open it read-only, compare it with the plan "
                          "or restore it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.items: list = [*versions.named_versions(self.plan.snapshot()), *backups.list_backups(self.plan.path)]
        self.table = QTableWidget(len(self.items), 4)
        self.table.setHorizontalHeaderLabels([tr("Date and time"), tr("Kept"), tr("Size"), tr("Rows per step")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        for row, info in enumerate(self.items):
            for col, text in enumerate(self._columns(info)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)  # the rows of every step, when the column is narrower
                self.table.setItem(row, col, item)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 280))  # a long note wraps
        self.table.setWordWrap(True)  # the rows of every step show whole, on as many lines as they need
        self.table.horizontalHeader().sectionResized.connect(lambda *_a: self.table.resizeRowsToContents())
        self.table.resizeRowsToContents()
        if self.items:
            self.table.selectRow(0)
        layout.addWidget(self.table, 1)
        self.result_label = QLabel("" if self.items else tr("This plan has no backups or named versions yet."))
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        buttons_row = QHBoxLayout()
        self.open_button = QPushButton(tr("Open read-only"))
        self.compare_button = QPushButton(tr("Compare with the plan"))
        self.restore_button = QPushButton(tr("Restore this version…"))
        for button, slot in ((self.open_button, self.open_selected), (self.compare_button, self.compare_selected),
                             (self.restore_button, self.restore_selected)):
            button.clicked.connect(slot)
            button.setEnabled(bool(self.items))
            buttons_row.addWidget(button)
        self.restore_button.setEnabled(bool(self.items) and not self.plan.read_only)
        buttons_row.addStretch(1)
        layout.addLayout(buttons_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _columns(self, info) -> tuple[str, str, str, str]:
        """Date and time, what it is, size, rows per step."""
        if isinstance(info, versions.NamedVersion):
            when = formatting.short_date(info.day, language()) if info.day else "—"
            what = tr("named version “{name}”").format(name=info.name) + (f" — {info.note}" if info.note else "")
            try:
                counts = versions.named_rows_per_step(info)
            except UserError as exc:
                return when, what, size_text(info.size), exc.message
            return when, what, size_text(info.size), self._counts(counts)
        when = formatting.short_date(info.when.date(), language()) + " " + info.when.strftime("%H:%M:%S")
        return when, reason_text(info.reason), size_text(info.size), self._rows(info.path)

    @staticmethod
    def _counts(counts: dict[str, int]) -> str:
        return " · ".join(f"{step(s).title.get()}\u00a0{n}" for s, n in counts.items())  # a count stays with its step

    @classmethod
    def _rows(cls, path) -> str:
        try:
            return cls._counts(versions.rows_per_step(versions.read_version(path)))
        except UserError as exc:
            return exc.message

    def _data(self, info):
        """The selected version's content as plan data (UserError when it cannot be read)."""
        if isinstance(info, versions.NamedVersion):
            return versions.with_named(self.plan.snapshot(), info)
        return versions.read_version(info.path)

    @staticmethod
    def _when(info) -> str:
        if isinstance(info, versions.NamedVersion):
            return f"«{info.name}»" + (f" ({info.day.strftime('%d/%m/%Y')})" if info.day else "")
        return info.when.strftime("%d/%m/%Y %H:%M")

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def open_selected(self):
        from localplan.domain.plan import Plan

        info = self.selected()
        if info is None:
            return None
        try:
            if isinstance(info, versions.NamedVersion):
                import tempfile
                from pathlib import Path

                folder = Path(tempfile.mkdtemp(prefix="lp-version-"))
                safe = "".join(c if c.isalnum() or c in " -_" else "_" for c in info.name)[:60].strip() or "version"
                path = versions.write_named_copy(self.plan, info, folder / f"{self.plan.path.stem} - {safe}.lplan")
            else:
                path = info.path
            plan = Plan.open(path, read_only=True)
        except UserError as exc:
            self.result_label.setText(exc.message)
            return None
        other = type(self.window_)()  # a window like the one that opened this dialog (no import of it: no cycle)
        other.set_plan(plan, remember=False)
        other.show()
        self.opened = other
        return other

    def compare_selected(self) -> dict[str, int] | None:
        info = self.selected()
        if info is None:
            return None
        try:
            diff = versions.differences(self.plan.snapshot(), self._data(info))
        except UserError as exc:
            self.result_label.setText(exc.message)
            return None
        if not diff:
            self.result_label.setText(tr("This version holds the same content as the plan."))
        else:
            self.result_label.setText(tr("Rows that differ from the plan: {list}.").format(
                list="; ".join(f"{section(s).title.get()} {n}" for s, n in diff.items())))
        return diff

    def restore_selected(self, confirm: bool = True) -> bool:
        info = self.selected()
        if info is None:
            return False
        when = self._when(info)
        if confirm and QMessageBox.question(self, tr("Restore this version"), tr(
                "Replace the plan's content with the version of {when}? The current state is backed up first, "
                "and Edit › Undo takes the restore back.").format(when=when)) != QMessageBox.StandardButton.Yes:
            return False
        try:
            kept = versions.restore_data(self.plan, self._data(info), tr("Restore the version of {when}").format(when=when))
        except UserError as exc:
            self.result_label.setText(exc.message)
            return False
        self.window_.statusBar().showMessage(tr("The version of {when} was restored; the previous state was kept as {path}.")
                                             .format(when=when, path=kept), 15000)
        self.accept()
        return True
