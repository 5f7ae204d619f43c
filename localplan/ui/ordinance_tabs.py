"""The ordinance page's other tabs: heading and motives, approval, checklist, versions, preview."""

from __future__ import annotations

import html

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from localplan.errors import UserError
from localplan.forms import section
from localplan.forms.values import ValueProblem, choice_items
from localplan.i18n import language, tr
from localplan.ordinance import approval, checks, library, motives, render, versions
from localplan.ui.ordinance_lists import CommitText
from localplan.ui.ordinance_step_form import StepForm

COLOURS = {"error": "#B00020", "warning": "#9A6700", "info": "#1F4E79"}


class MotivesTab(QScrollArea):
    """Title, subject, heading overrides and the guided prompts of the explanatory statement."""

    LINES = ("title", "subject", "issuing_body", "place", "secretary")
    CHOICES = ("executive_form", "secretary_form")  # Alcalde / Alcaldesa …, Secretario / Secretaria
    TEXTS = ("motives_situation", "motives_problem", "motives_purpose", "motives_text", "enacting_formula", "repeals")

    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.setWidgetResizable(True)
        inner = QWidget()
        form = QFormLayout(inner)
        sec = section("ordinance")
        self.editors: dict[str, QLineEdit | QComboBox | CommitText] = {}
        for fid in self.LINES + self.CHOICES + self.TEXTS:
            f = sec.field(fid)
            w: QLineEdit | QComboBox | CommitText
            if fid in self.LINES:
                line = w = QLineEdit()
                line.editingFinished.connect(lambda fid=fid, w=line: self.commit(fid, w.text()))
            elif fid in self.CHOICES:
                combo = w = QComboBox()
                combo.addItem("—", None)
                for code, text in choice_items(f.choices or "", None):
                    combo.addItem(text, code)
                combo.activated.connect(lambda _i, fid=fid, w=combo: self.commit(fid, w.currentData() or ""))
            else:
                text_edit = w = CommitText()
                text_edit.setMinimumHeight(90)
                text_edit.committed.connect(lambda text, fid=fid: self.commit(fid, text))
            w.setToolTip(f.help.get())
            self.editors[fid] = w
            label = QLabel(f.label.get())
            label.setToolTip(f.help.get())
            if fid in ("motives_situation", "motives_problem"):
                row = QVBoxLayout()
                row.addWidget(w)
                draft = QPushButton(tr("Draft from the diagnosis"))
                draft.clicked.connect(lambda _c=False, fid=fid: self.draft(fid))
                row.addWidget(draft, 0, Qt.AlignmentFlag.AlignLeft)
                form.addRow(label, row)
            else:
                form.addRow(label, w)
        self.message = QLabel()
        self.message.setStyleSheet("color: #B00020;")
        form.addRow(self.message)
        self.setWidget(inner)
        self.refresh()

    def refresh(self) -> None:
        record = self.plan.record("ordinance")
        data = self.plan.snapshot_sections(["gad"])
        values = library.context(data, language())
        level = library.levels()[library.level_of(data)]
        self.editors["issuing_body"].setPlaceholderText(values["body"][:1].upper() + values["body"][1:])
        self.editors["place"].setPlaceholderText(values["territory"])
        self.editors["enacting_formula"].setPlaceholderText(
            tr("In exercise of the powers conferred by {powers},").format(powers=level.powers.get()))
        for fid, w in self.editors.items():
            if w.hasFocus():
                continue
            value = record.get(fid) or ""
            w.blockSignals(True)
            if isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value or None)))
                w.setEnabled(not self.plan.read_only)
            elif isinstance(w, QLineEdit):
                w.setText(value)
                w.setCursorPosition(0)  # long titles show their beginning
            elif w.toPlainText() != value:
                w.setPlainText(value)
            if not isinstance(w, QComboBox):
                w.setReadOnly(self.plan.read_only)
            w.blockSignals(False)

    def commit(self, field_id: str, raw: str) -> None:
        if self.plan.read_only or (self.plan.record("ordinance").get(field_id) or "") == (raw or "").strip():
            return
        try:
            self.plan.set_value("ordinance", 1, field_id, raw)
            self.message.clear()
        except (ValueProblem, UserError) as exc:
            self.message.setText(str(exc))

    def flush(self) -> None:
        """Save what the text fields show (the page is being hidden or closed): nothing typed is lost."""
        shown = {fid: w.text() if isinstance(w, QLineEdit) else w.toPlainText()
                 for fid, w in self.editors.items() if isinstance(w, (QLineEdit, CommitText)) and w.isEnabled()}
        for fid, text in shown.items():  # read first: each save refreshes the editors
            self.commit(fid, text)

    def draft(self, field_id: str) -> None:
        data = self.plan.snapshot()
        text = (motives.situation_text if field_id == "motives_situation" else motives.problem_text)(data, language())
        if not text:
            self.message.setText(tr("The diagnosis has nothing to draft from yet."))
            return
        editor = self.editors[field_id]
        if isinstance(editor, CommitText):
            editor.setPlainText(text)
        self.commit(field_id, text)


class ApprovalTab(QWidget):
    """The level's approval procedure (COOTAD arts. 322–324, or 323 for a parish resolution): recorded steps,
    computed deadline, warnings."""

    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        layout = QVBoxLayout(self)
        self.help_label = help_label = QLabel()
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: #5F6B7A;")
        layout.addWidget(help_label)
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels([tr("Step"), tr("Date"), tr("Outcome"), tr("Reference"), tr("Deadline")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.step = QComboBox()
        self.record_button = QPushButton(tr("Record step"))
        self.record_button.clicked.connect(self.record_step)
        self.remove_button = QPushButton(tr("Remove step"))
        self.remove_button.clicked.connect(self.remove_step)
        for w in (self.step, self.record_button, self.remove_button):
            row.addWidget(w)
        row.addStretch(1)
        layout.addLayout(row)
        self.form = StepForm(plan)  # the selected step's date, outcome, reference and notes: saved on change
        layout.addWidget(self.form)
        self.table.currentCellChanged.connect(lambda *_a: self.form.set_row(self.current_id()))
        self.notices = QLabel()
        self.notices.setWordWrap(True)
        self.notices.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.notices)
        self.refresh()

    def refresh(self) -> None:
        data = self.plan.snapshot_sections(["gad", "ordinance_steps", "ordinance_articles"])
        self.help_label.setText(approval.help_text(data))
        steps = approval.order(data)
        if [self.step.itemData(i) for i in range(self.step.count())] != list(steps):
            self.step.clear()  # the level's procedure decides which steps can be recorded
            labels = dict(choice_items("ordinance_steps", None))
            for code in steps:
                self.step.addItem(labels.get(code, code), code)
        stages = approval.stages(data)
        rows = {r["id"]: r for r in data.rows("ordinance_steps")}
        keep = self.form.row_id
        self.table.blockSignals(True)  # rebuilding the rows must not move the form to another step
        self.table.setRowCount(len(stages))
        for i, st in enumerate(stages):
            row = rows.get(st.row_id) or {}
            cells = [st.label, st.date.strftime("%d/%m/%Y") if st.date else "",
                     dict(choice_items("ordinance_outcomes", None)).get(row.get("outcome") or "", ""),
                     row.get("reference") or "", st.deadline.strftime("%d/%m/%Y") if st.deadline else ""]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, st.row_id)
                if st.date is None:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(i, c, item)
        self.table.resizeColumnsToContents()
        self.table.blockSignals(False)
        found = approval.notices(data)
        self.notices.setText("<br>".join(f'<span style="color:{COLOURS[n.level]}">● {html.escape(n.message)}</span>'
                                         for n in found))
        self.record_button.setEnabled(not self.plan.read_only)
        self.select(keep)

    def current_id(self) -> int | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def select(self, row_id: int | None) -> None:
        """Make the step with this id current (its row moves as dates change), and show it in the form."""
        for i in range(self.table.rowCount()):
            item = self.table.item(i, 0)
            if row_id is not None and item is not None and item.data(Qt.ItemDataRole.UserRole) == row_id:
                self.table.blockSignals(True)
                self.table.setCurrentCell(i, 0)
                self.table.blockSignals(False)
                break
        self.form.set_row(self.current_id())

    def record_step(self) -> None:
        """Record the chosen step dated today; its date and the rest are then edited in the form (saved on change)."""
        self.form.flush()
        values = {"step": self.step.currentData(), "date": QDate.currentDate().toString("yyyy-MM-dd")}
        [row_id] = self.plan.insert_rows("ordinance_steps", [values])
        self.refresh()
        self.select(row_id)

    def remove_step(self) -> None:
        row_id = self.current_id()
        if row_id:
            self.plan.delete_rows("ordinance_steps", [row_id])
            self.refresh()

    def flush(self) -> None:
        self.form.flush()


class ChecklistTab(QWidget):
    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        layout.addWidget(self.list)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for item in checks.run(self.plan.snapshot()):
            mark = "✔" if item.ok else ("✖" if item.severity == "error" else "⚠")
            entry = QListWidgetItem(f"{mark}  {item.message}")
            entry.setForeground(Qt.GlobalColor.darkGreen if item.ok else
                                (Qt.GlobalColor.darkRed if item.severity == "error" else Qt.GlobalColor.darkYellow))
            entry.setData(Qt.ItemDataRole.UserRole, (item.section, item.row))
            self.list.addItem(entry)

    def failing(self) -> int:
        return sum(1 for i in range(self.list.count()) if not self.list.item(i).text().startswith("✔"))


class VersionsTab(QWidget):
    """Named snapshots and a readable difference between two of them (or the current text)."""

    CURRENT = -1

    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("e.g. bill for the first debate"))
        self.save_button = QPushButton(tr("Save version"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(QLabel(tr("Name")))
        row.addWidget(self.name, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        compare = QHBoxLayout()
        self.old, self.new = QComboBox(), QComboBox()
        self.compare_button = QPushButton(tr("Compare"))
        self.compare_button.clicked.connect(self.compare)
        for w in (QLabel(tr("From")), self.old, QLabel(tr("to")), self.new, self.compare_button):
            compare.addWidget(w)
        compare.addStretch(1)
        layout.addLayout(compare)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.diff = QTextBrowser()
        layout.addWidget(self.diff, 1)
        self.message = QLabel()
        self.message.setStyleSheet("color: #B00020;")
        layout.addWidget(self.message)
        self.refresh()

    def refresh(self) -> None:
        rows = self.plan.rows("ordinance_versions")
        for combo, default_last in ((self.old, False), (self.new, True)):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for r in rows:
                combo.addItem(f"{r.get('name')} ({r.get('date') or ''})", r["id"])
            combo.addItem(tr("Current text"), self.CURRENT)
            index = combo.findData(keep) if keep is not None else -1
            combo.setCurrentIndex(index if index >= 0 else (combo.count() - 1 if default_last else 0))
            combo.blockSignals(False)
        self.save_button.setEnabled(not self.plan.read_only)

    def save(self) -> None:
        try:
            row_id = versions.take_snapshot(self.plan, self.name.text())
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self.message.clear()
        self.name.clear()
        self.refresh()
        self.old.setCurrentIndex(self.old.findData(row_id))

    def _data(self, version_id):
        if version_id == self.CURRENT:
            return self.plan.snapshot()
        return versions.thaw(self.plan.row("ordinance_versions", version_id).get("snapshot"))

    def compare(self) -> None:
        try:
            changes = versions.compare(self._data(self.old.currentData()), self._data(self.new.currentData()), language())
        except UserError as exc:
            self.message.setText(str(exc))
            return
        counts = versions.summary(changes)
        self.summary.setText(tr("{changed} paragraph(s) changed, {added} added, {removed} removed.").format(**counts))
        self.diff.setHtml(versions.as_html(changes))


class PreviewTab(QTextBrowser):
    """The ordinance as it will print: numbering and references resolved."""

    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.refresh()

    def refresh(self) -> None:
        doc = render.build(self.plan.snapshot(), language())
        out = []
        for b in doc.blocks:
            esc = html.escape
            if b.kind in ("title", "part", "body", "disposition_group"):
                out.append(f"<p align='center'><b>{esc(b.text)}</b></p>")
            elif b.kind == "division":
                out.append(f"<p align='center'><b>{esc(b.label)}<br>{esc(b.heading)}</b></p>")
            elif b.kind in ("article", "disposition"):
                head = esc(b.label) + (f" {esc(b.heading)}.-" if b.heading else "")
                body = "<br>".join(esc(p) for p in render._paragraphs(b.text))
                out.append(f"<p align='justify'><b>{head}</b> {body}</p>")
            elif b.kind == "signatures":
                out.append("<p align='center'>" + " &nbsp; | &nbsp; ".join(
                    f"<b>{esc(n)}</b> — {esc(r)}" for n, r in b.signers) + "</p>")
            else:
                out.append(f"<p align='justify'>{esc(b.text)}</p>")
        self.setHtml("\n".join(out))
