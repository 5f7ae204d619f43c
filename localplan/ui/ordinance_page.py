"""The ordinance page: template, parts as tabs, approval tracker, checklist, versions, exports.

Self-contained (takes a Plan); the main window hosts it through the pages registry.
Exports are written from a snapshot of the plan in the export child process (ui/worker.py),
with a progress bar; quitting meanwhile asks whether to wait or stop.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThread
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from localplan.exports.registry import exporter
from localplan.i18n import language, tr
from localplan.ordinance import approval, library, templates
from localplan.ordinance.provenance import mark, ordinance_fact
from localplan.ui.ordinance_lists import ArticlesTab, DispositionsTab, RecitalsTab
from localplan.ui.ordinance_tabs import ApprovalTab, ChecklistTab, MotivesTab, PreviewTab, VersionsTab
from localplan.ui.worker import run_exports_in_background

SECTIONS = {"gad", "mobility_profile", "problems", "ordinance", "ordinance_recitals", "ordinance_articles",
            "ordinance_dispositions", "ordinance_steps", "ordinance_versions"}


class OrdinancePage(QWidget):
    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.detached = False
        self.job: QThread | None = None  # the running export
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.template = QComboBox()
        self.template.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.template.setMinimumContentsLength(24)  # long template names must not widen the window
        for code, t in library.templates().items():
            self.template.addItem(t.label.get(), code)
        self.apply_button = QPushButton(tr("Start from template"))
        self.apply_button.clicked.connect(self.apply_clicked)
        self.status = QLabel()
        self.status.setStyleSheet("font-weight: 600; color: #1F4E79;")
        self.status.setWordWrap(True)
        top.addWidget(QLabel(tr("Template")))
        top.addWidget(self.template, 1)
        top.addWidget(self.apply_button)
        top.addSpacing(16)
        top.addWidget(self.status)
        layout.addLayout(top)
        self.level_note = QLabel()
        self.level_note.setWordWrap(True)
        self.level_note.setStyleSheet("color: #5F6B7A;")
        layout.addWidget(self.level_note)

        self.tabs = QTabWidget()
        self.motives = MotivesTab(plan)
        self.recitals = RecitalsTab(plan)
        self.articles = ArticlesTab(plan)
        self.dispositions = DispositionsTab(plan)
        self.approval = ApprovalTab(plan)
        self.checklist = ChecklistTab(plan)
        self.versions = VersionsTab(plan)
        self.preview = PreviewTab(plan)
        for widget, title in ((self.motives, tr("Heading and motives")), (self.recitals, tr("Recitals")),
                              (self.articles, tr("Articles")), (self.dispositions, tr("Dispositions")),
                              (self.approval, tr("Approval")), (self.checklist, tr("Checklist")),
                              (self.versions, tr("Versions")), (self.preview, tr("Preview"))):
            holder = QScrollArea()  # wide tabs scroll inside themselves; the window keeps its size
            holder.setWidgetResizable(True)
            holder.setFrameShape(QScrollArea.Shape.NoFrame)
            holder.setWidget(widget)
            self.tabs.addTab(holder, title)
        layout.addWidget(self.tabs, 1)

        bottom = QHBoxLayout()
        self.docx_button = QPushButton(tr("Export to Word…"))
        self.docx_button.clicked.connect(lambda: self.export_clicked("ordinance-docx"))
        self.pdf_button = QPushButton(tr("Export to PDF…"))
        self.pdf_button.clicked.connect(lambda: self.export_clicked("ordinance-pdf"))
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.export_message = QLabel()
        for w in (self.docx_button, self.pdf_button, self.progress):
            bottom.addWidget(w)
        bottom.addWidget(self.export_message, 1)
        layout.addLayout(bottom)

        plan.subscribe(self.on_changed)
        self.refresh_header()

    # --- plan changes ---------------------------------------------------------------
    def on_changed(self, sections: set[str]) -> None:
        if not sections & SECTIONS:
            return
        self.refresh_header()
        for tab in (self.motives, self.recitals, self.articles, self.dispositions, self.approval, self.versions,
                    self.checklist, self.preview):
            tab.refresh()

    def refresh_header(self) -> None:
        data = self.plan.snapshot_sections(["gad", "ordinance", "ordinance_steps", "ordinance_articles"])
        self.status.setText(tr("Status: {status}").format(status=approval.status_label(data)))
        level = library.levels()[library.level_of(data)]
        note = tr("Legislates: {body}. Act: {act}. Procedure: {procedure}. Signs: {executive}.").format(
            body=library.context(data, language())["body"], act=level.act_kind.get(),
            procedure=library.procedure(level.code).label.get(), executive=level.executive.get())
        if level.act_note.get():
            note += " " + level.act_note.get()
        if level.verify:
            note += " " + mark(ordinance_fact("level", level.code))
        self.level_note.setText(note)
        self.level_note.setToolTip(tr("Competences of this level ({source}):").format(
            source=level.competences_source.get()) + "\n" + "\n".join(
            f"• {library.competences()[c].label.get()} — {src}" for c, src in level.competences))
        code = data.record("ordinance").get("template")
        if code and self.template.findData(code) >= 0:
            self.template.setCurrentIndex(self.template.findData(code))
        self.apply_button.setEnabled(not self.plan.read_only)

    def flush(self) -> None:
        """Save what the form fields show: switching step or closing the plan never needs a button."""
        if self.detached or self.plan.read_only:
            return
        for tab in (self.motives, self.recitals, self.articles, self.dispositions, self.approval):
            tab.flush()

    def hideEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.flush()
        super().hideEvent(event)

    def detach(self) -> None:
        self.flush()
        self.detached = True  # the plan is closed next: nothing more to save
        self.plan.unsubscribe(self.on_changed)
        self.approval.form.detach()

    # --- template -------------------------------------------------------------------
    def apply_clicked(self) -> None:
        if templates.has_text(self.plan.snapshot()):
            answer = QMessageBox.question(self, tr("Replace the ordinance text?"), tr(
                "Starting from a template replaces the title, motives, recitals, articles and dispositions you have "
                "written. The approval steps and saved versions stay. You can undo this."))
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.apply_template(self.template.currentData())

    def apply_template(self, code: str) -> None:
        templates.apply_template(self.plan, code)

    # --- exports --------------------------------------------------------------------
    def export_clicked(self, export_id: str) -> None:
        suffix = exporter(export_id).suffix
        name = "ordenanza" if language() == "es" else "ordinance"
        start = str(self.plan.path.with_name(name + suffix))
        path, _ = QFileDialog.getSaveFileName(self, exporter(export_id).title, start, f"*{suffix}")
        if path:
            self.export_to(export_id, Path(path))

    def export_to(self, export_id: str, target: Path) -> QThread:
        self.progress.setVisible(True)
        self.progress.setValue(0)
        self.docx_button.setEnabled(False)
        self.pdf_button.setEnabled(False)
        self.export_message.setStyleSheet("")
        self.export_message.setText(tr("Exporting…"))
        self.job = run_exports_in_background(self, self.plan.snapshot(), [(export_id, target)], self._written,
                                             self._failed, self._progress, label=tr("the ordinance export"),
                                             on_stopped=self._stopped)
        return self.job

    def _progress(self, done: int, total: int, message: str) -> None:
        self.progress.setMaximum(max(1, total))
        self.progress.setValue(done)
        self.export_message.setText(message)

    def _written(self, paths: list) -> None:
        self._finished(tr("Wrote {path}").format(path=paths[0]), False)

    def _failed(self, message: str) -> None:
        self._finished(message, True)

    def _stopped(self) -> None:
        self._finished(tr("The export was stopped; nothing half-written was left."), True)

    def _finished(self, message: str, failed: bool) -> None:
        self.job = None
        self.progress.setVisible(False)
        self.docx_button.setEnabled(True)
        self.pdf_button.setEnabled(True)
        self.export_message.setStyleSheet("color: #B00020;" if failed else "color: #1B5E20;")
        self.export_message.setText(message)


def _register() -> None:
    from localplan.ui.pages_registry import register_step_page

    register_step_page("ordinance", lambda: tr("Ordinance"), lambda plan, parent: OrdinancePage(plan, parent))


_register()
