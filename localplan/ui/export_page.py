"""Exportar: choose what and where, export in the background with progress, open the result."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QThread, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from localplan.exports.package import NAMES
from localplan.exports.registry import EXPORTERS
from localplan.i18n import tr
from localplan.ui.worker import run_exports_in_background


def default_folder(plan) -> Path:
    name = re.sub(r"[^\w ().-]+", "_", plan.record("gad").get("name") or plan.path.stem)[:60]
    docs = Path.home() / "Documents"
    return (docs if docs.is_dir() else Path.home()) / "LocalPlan" / name


def _last_edit(path: Path) -> str:
    import datetime as _dt

    try:
        return _dt.datetime.fromtimestamp(Path(path).stat().st_mtime, _dt.UTC).replace(microsecond=0).isoformat()
    except OSError:
        return ""


class ExportPage(QWidget):
    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.job: QThread | None = None  # the running export (not `thread`: that would hide QObject.thread())
        self.outputs: list[Path] = []
        layout = QVBoxLayout(self)
        intro = QLabel(tr("Choose what to export. Every file carries the same fingerprint of the plan's content, so the "
                          "ministry can tell they come from the same data."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        box = QGroupBox(tr("Files"))
        box_layout = QVBoxLayout(box)
        self.checks: dict[str, QCheckBox] = {}
        for e in EXPORTERS:
            check = QCheckBox(e.title)
            check.setChecked(e.id in ("pdf", "xlsx", "package") or e.id.startswith("ordinance"))
            self.checks[e.id] = check
            box_layout.addWidget(check)
        layout.addWidget(box)
        row = QHBoxLayout()
        self.folder = QLineEdit(str(default_folder(plan)))
        browse = QPushButton(tr("Choose folder…"))
        browse.clicked.connect(self._browse)
        row.addWidget(QLabel(tr("Folder")))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        actions = QHBoxLayout()
        self.export_button = QPushButton(tr("Export"))
        self.export_button.setStyleSheet("QPushButton { background: #1F4E79; color: white; padding: 6px 18px; border-radius: 4px; }")
        self.export_button.clicked.connect(self.start)
        self.import_button = QPushButton(tr("Import a workbook…"))
        self.import_button.setEnabled(not plan.read_only)
        self.import_button.clicked.connect(self._import)
        actions.addWidget(self.export_button)
        actions.addWidget(self.import_button)
        actions.addStretch(1)
        layout.addLayout(actions)
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setValue(0)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        self.results = QListWidget()
        self.results.itemActivated.connect(lambda item: QDesktopServices.openUrl(QUrl.fromLocalFile(item.toolTip())))
        layout.addWidget(self.results, 1)
        open_folder = QPushButton(tr("Open folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(self.folder.text())))
        layout.addWidget(open_folder)

    def _browse(self) -> None:
        name = QFileDialog.getExistingDirectory(self, tr("Choose folder…"), self.folder.text())
        if name:
            self.folder.setText(name)

    def _import(self) -> None:
        from localplan.ui.import_dialog import ImportDialog

        ImportDialog(self.plan, self).exec()

    def selected(self) -> list:
        return [e for e in EXPORTERS if self.checks[e.id].isChecked()]

    def start(self) -> None:
        chosen = self.selected()
        if not chosen:
            self.status.setText(tr("Choose at least one file to export."))
            return
        folder = Path(self.folder.text())
        data = self.plan.snapshot()  # plain data, safe for the worker thread
        data.meta.setdefault("last_edit", _last_edit(self.plan.path))  # every edit is on disk at once: the file's time
        if any(e.id == "package" for e in chosen) and not self.confirm_errors(data):
            return
        self.export_button.setEnabled(False)
        self.results.clear()
        self.progress.setValue(0)

        jobs = [(e.id, folder / ("paquete" if e.id == "package" else NAMES.get(e.id, e.id + e.suffix))) for e in chosen]

        self.job = run_exports_in_background(self, data, jobs, self._done, self._failed, self._progress,
                                             label=tr("the export"), on_stopped=self._stopped)

    def _stopped(self) -> None:
        self.export_button.setEnabled(True)
        self.progress.setValue(0)
        self.status.setText(tr("The export was stopped; nothing half-written was left."))

    def confirm_errors(self, data) -> bool:
        """A package of a plan with checker errors is written only when the user says so (the manifest records them)."""
        from localplan.checks.run import check

        errors = sum(1 for f in check(data) if f.severity.value == "error")
        if not errors:
            return True
        text = (tr("The checker finds {count} error in this plan.") if errors == 1 else
                tr("The checker finds {count} errors in this plan.")).format(count=errors)
        answer = QMessageBox.question(
            self, tr("Package of a plan with errors"),
            text + " " + tr("The package records them and the ministry will see them. Write the package all the same?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setValue(int(100 * done / max(total, 1)))
        self.status.setText(message)

    def _done(self, outputs: list) -> None:
        self.progress.setValue(100)
        self.export_button.setEnabled(True)
        self.outputs = [Path(p) for p in outputs]
        self.status.setText(tr("1 export written. Double-click it to open it.") if len(outputs) == 1 else
                            tr("{count} exports written. Double-click one to open it.").format(count=len(outputs)))
        for path in self.outputs:
            item = QListWidgetItem(path.name + ("/" if path.is_dir() else ""))
            item.setToolTip(str(path))
            self.results.addItem(item)

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(message)
        self.status.setStyleSheet("color: #B00020;")
