"""Tools: compare workshop exercises side by side, and consolidate plans for the ministry.
Files are read in the background with progress; the results can be saved as a workbook."""

from __future__ import annotations

from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from localplan.forms import STEPS
from localplan.i18n import tr
from localplan.ui.worker import run_in_background


class Rollup(ABC):
    """What a roll-up does with the chosen files: read them (in the background), show the result as a table,
    save it as a workbook. A plain class, so that it can declare what a kind must do (a Qt class cannot)."""

    @abstractmethod
    def read(self, items: list[str], progress: Any) -> Any:
        """Read the files (in the background)."""

    @abstractmethod
    def table(self, result: Any) -> tuple[list[str], list[list[Any]], str]:
        """The result's headers, rows and one-line summary."""

    @abstractmethod
    def default_name(self) -> str:
        """The workbook's suggested file name."""

    @abstractmethod
    def save(self, result: Any, path: Path) -> None:
        """Write the result as a workbook (in the background)."""


class RollupDialog(QDialog):
    """Shared shape: choose files or a folder, read them in the background, show a table."""

    def __init__(self, title: str, intro: str, rollup: Rollup, parent=None) -> None:
        super().__init__(parent)
        self.rollup = rollup
        self.setWindowTitle(title)
        self.resize(900, 520)
        self.items: list[str] = []
        layout = QVBoxLayout(self)
        text = QLabel(intro)
        text.setWordWrap(True)
        layout.addWidget(text)
        row = QHBoxLayout()
        files = QPushButton(tr("Choose plan files…"))
        folder = QPushButton(tr("Choose a folder…"))
        files.clicked.connect(self._choose_files)
        folder.clicked.connect(self._choose_folder)
        row.addWidget(files)
        row.addWidget(folder)
        row.addStretch(1)
        layout.addLayout(row)
        self.progress = QProgressBar()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(tr("Save as workbook…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.outcome: Any = None  # not `result`: that would hide QDialog.result()

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, tr("Choose plan files…"), str(Path.home()),
                                                tr("Plans and packages (*.lplan *.json)"))
        if names:
            self.load(names)

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, tr("Choose a folder…"), str(Path.home()))
        if name:
            self.load([name])

    def load(self, items: list[str]):
        self.items = items
        self.save_button.setEnabled(False)
        self.status.setText(tr("Reading…"))
        return run_in_background(self, lambda progress: self.rollup.read(items, progress), self._done, self._failed,
                                 lambda d, t, m: self.progress.setValue(int(100 * d / max(t, 1))), label=tr("reading the plans"))

    def _failed(self, message: str) -> None:
        self.save_button.setEnabled(self.outcome is not None)
        self.status.setText(message)

    def _done(self, result) -> None:
        self.outcome = result
        self.progress.setValue(100)
        headers, rows, summary = self.rollup.table(result)
        self.fill(headers, rows)
        self.status.setText(summary)
        self.save_button.setEnabled(True)

    def fill(self, headers: list[str], rows: list[list]) -> None:
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setRowCount(len(rows))
        self.table.setHorizontalHeaderLabels(headers)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem("" if value is None else str(value)))
        self.table.resizeColumnsToContents()

    def _save(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Save as workbook…"), str(Path.home() / self.rollup.default_name()),
                                              tr("Excel workbooks (*.xlsx)"))
        if name:
            self.write(Path(name))

    def write(self, path: Path):
        """Save the result as a workbook in the background (a national consolidation is long)."""
        self.save_button.setEnabled(False)
        self.status.setText(tr("Writing {path}…").format(path=path))
        result = self.outcome

        def job(progress: object) -> str:
            self.rollup.save(result, path)
            return str(path)

        return run_in_background(self, job, self._saved, self._failed, label=tr("writing the workbook"))

    def _saved(self, path: str) -> None:
        self.save_button.setEnabled(True)
        self.status.setText(tr("Wrote {path}").format(path=path))


class Comparison(Rollup):
    """Workshop copies side by side: completeness, index, counts, findings and rows against the first copy."""

    def read(self, items, progress):
        from localplan.consolidate.collect import expand
        from localplan.consolidate.compare import compare
        from localplan.consolidate.rowdiff import differences

        good, broken = compare(items, progress)
        return good, broken, differences(expand(items))

    def table(self, result):
        good, broken, diffs = result
        steps = [s for s in STEPS if s.id != "export"]
        headers = [tr("File"), tr("GAD"), tr("Mainstreaming index"), tr("Checker errors"),
                   *[s.title.get() for s in steps], tr("Goals"), tr("Projects"), tr("Rows against the first copy")]
        against = {d.source: d for d in diffs}  # rows matched by their identity, as combining matches them

        def rows_text(source: str) -> str:
            d = against.get(source)
            if d is None:
                return ""
            t = d.total()
            return tr("{new} new, {changed} changed, {deleted} deleted").format(new=t.new, changed=t.changed, deleted=t.deleted)

        rows = [[Path(s.source).name, s.gad_name, s.index, s.errors,
                 *[f"{round((s.completeness.get(st.id) or 0) * 100)} %" for st in steps],
                 s.counts.get("goals", 0), s.counts.get("projects", 0), rows_text(s.source)] for s in good]
        rows += [[Path(b.source).name, b.reason] for b in broken]
        return headers, rows, tr("{count} plans compared; {broken} files could not be read.").format(
            count=len(good), broken=len(broken))

    def default_name(self) -> str:
        return tr("comparison") + ".xlsx"

    def save(self, result, path: Path) -> None:
        from localplan.consolidate.workbook import write_comparison

        good, broken, diffs = result
        write_comparison(good, broken, path, diffs)


class NationalRollup(Rollup):
    """One row per GAD for the ministry: the newest of each GAD kept, broken files listed."""

    def read(self, items, progress):
        from localplan.consolidate.collect import collect

        return collect(items, progress)

    def table(self, result):
        from localplan.consolidate.workbook import gad_rows

        headers, rows = gad_rows(result.kept)
        return headers, rows, tr("{count} GADs; {replaced} older duplicates left out; {broken} files could not be read.").format(
            count=len(result.kept), replaced=len(result.replaced), broken=len(result.broken))

    def default_name(self) -> str:
        return tr("national") + ".xlsx"

    def save(self, result, path: Path) -> None:
        from localplan.consolidate.workbook import write_national

        write_national(result, path)


class CompareDialog(RollupDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(tr("Compare plans"), tr("Open several participants' plan files to see them side by side: "
                                                 "completeness, index, counts and checker findings."), Comparison(), parent)


class ConsolidateDialog(RollupDialog):
    def __init__(self, parent=None) -> None:
        super().__init__(tr("Consolidate for the ministry"), tr(
            "Choose plan files, JSON files and ministry packages, or a folder holding them: one row per GAD; the same "
            "GAD twice keeps the newest; broken files are listed, never fatal."), NationalRollup(), parent)
