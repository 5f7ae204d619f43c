"""File › Give a copy to a colleague…, File › Combine with another copy…, and the review of
a combining: what comes in, grouped by step and section in plain language, each conflict
side by side with both values and who changed them when, and a choice per conflict (mine,
theirs, or a value typed here). Applying is one undoable step after a backup; nothing is
written when the review is cancelled."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from localplan import APP_NAME
from localplan.errors import UserError
from localplan.forms import FieldType, section
from localplan.forms.values import ValueProblem
from localplan.i18n import plural, tr
from localplan.merge import engine, report, session
from localplan.merge.apply import Applied
from localplan.merge.state import read_side, to_neutral

CHOICES = ("", "mine", "theirs", "value")


def _who(by: str, at: str) -> str:
    if not (by or at):
        return ""
    return tr("{who}, {when}").format(who=by or "—", when=at.replace("T", " ")[:16] or "—")


class MergeReview(QDialog):
    COLUMNS = 5

    def __init__(self, plan, mplan: engine.MergePlan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.mplan = mplan
        self.applied: Applied | None = None
        self.setWindowTitle(tr("Combine with “{name}”").format(name=mplan.theirs.name))
        self.resize(980, 560)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        conflicts = mplan.conflicts
        self.table = QTableWidget(len(conflicts), self.COLUMNS + 1)
        self.table.setHorizontalHeaderLabels([tr("Where"), tr("What"), tr("Mine"), tr("Theirs"), tr("Choice"), tr("Value")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setVisible(bool(conflicts))
        self.combos: list[QComboBox] = []
        self.edits: list[QLineEdit] = []
        for n, c in enumerate(conflicts):
            self._add_row(n, c)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        layout.addWidget(self.table, 1)
        bulk = QHBoxLayout()
        self.all_mine = QPushButton(tr("Keep mine in every conflict"))
        self.all_theirs = QPushButton(tr("Take theirs in every conflict"))
        self.all_mine.clicked.connect(lambda: self._all(1))
        self.all_theirs.clicked.connect(lambda: self._all(2))
        for b in (self.all_mine, self.all_theirs):
            b.setVisible(bool(conflicts))
            bulk.addWidget(b)
        bulk.addStretch(1)
        layout.addLayout(bulk)
        self.problem = QLabel("")
        self.problem.setStyleSheet("color: #B00020;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(tr("Combine"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    # --- building ---------------------------------------------------------------------
    def _summary_text(self) -> str:
        groups = report.summary_lines(self.mplan)
        if not groups:
            return tr("The other copy brings nothing new: this plan already holds all of it.")
        lines = [tr("This is what will come in from “{name}”:").format(name=self.mplan.theirs.name)]
        for step, items in groups:
            lines.append(f"<b>{step}</b>: " + "; ".join(items))
        if self.mplan.conflicts:
            lines.append(tr("Choose what to keep in each conflict below; nothing is written until you press Combine."))
        return "<br>".join(lines)

    def _add_row(self, n: int, c: engine.Conflict) -> None:
        entry = report.conflict_entry(self.mplan, c)
        where = entry["section_title"] if section(c.section).single else f"{entry['section_title']} · {entry['row']}"
        what = entry["field_label"] or report.describe(c.kind)
        mine = entry["mine"] + ("\n" + _who(entry["mine_by"], entry["mine_at"]) if entry["mine_by"] or entry["mine_at"] else "")
        theirs = entry["theirs"] + ("\n" + _who(entry["theirs_by"], entry["theirs_at"])
                                    if entry["theirs_by"] or entry["theirs_at"] else "")
        for col, text in enumerate((where, what, mine, theirs)):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.table.setItem(n, col, item)
        combo = QComboBox()
        combo.addItems([tr("Choose…"), tr("Keep mine"), tr("Take theirs")])
        editable = c.kind == engine.BOTH and section(c.section).field(c.field).type not in (FieldType.LINK, FieldType.MULTILINK)
        if editable:
            combo.addItem(tr("Write another value"))
        combo.setAccessibleName(tr("Choice for {what}").format(what=what))
        edit = QLineEdit()
        edit.setEnabled(False)
        edit.setPlaceholderText(tr("the value to keep") if editable else "")

        def chosen(_index: int = 0, e: QLineEdit = edit, cb: QComboBox = combo) -> None:
            e.setEnabled(cb.currentIndex() == 3)  # "Write another value"
            self._update()

        combo.currentIndexChanged.connect(chosen)
        edit.textChanged.connect(self._update)
        self.table.setCellWidget(n, 4, combo)
        self.table.setCellWidget(n, 5, edit)
        self.combos.append(combo)
        self.edits.append(edit)

    def _all(self, index: int) -> None:
        for combo in self.combos:
            combo.setCurrentIndex(index)

    # --- choosing ---------------------------------------------------------------------
    def choices(self) -> dict[str, Any]:
        """Conflict key → choice; raises ValueProblem when a typed value is refused."""
        out: dict[str, Any] = {}
        for c, combo, edit in zip(self.mplan.conflicts, self.combos, self.edits):
            choice = CHOICES[combo.currentIndex()]
            if choice == "value":
                value = self.plan.parse(c.section, c.field, edit.text())
                sec = section(c.section)
                uids = {sid: {r["id"]: r["uid"] for r in rows} for sid, rows in self.mplan.mine.rows.items()}
                out[c.key] = ("value", to_neutral(sec, {c.field: value}, uids)[c.field])
            elif choice:
                out[c.key] = choice
        return out

    def _update(self) -> None:
        self.problem.setText("")
        try:
            chosen = self.choices()
        except ValueProblem as exc:
            self.problem.setText(str(exc))
            chosen = None
        missing = len(self.mplan.conflicts) - len(chosen or {})
        self.apply_button.setEnabled(chosen is not None and missing == 0 and not self.mplan.empty and not self.plan.read_only)
        if chosen is not None and missing:
            self.problem.setText(plural(missing, tr("1 conflict still needs a choice."), tr("{count} conflicts still need a choice.")))

    def apply(self) -> None:
        try:
            self.applied = session.apply(self.plan, self.mplan, self.choices())
        except (UserError, ValueProblem) as exc:
            self.problem.setText(getattr(exc, "message", str(exc)))
            return
        self.accept()


# --- the File menu ---------------------------------------------------------------------
def give_copy(window) -> None:
    """File › Give a copy to a colleague…"""
    plan = window.plan
    if plan is None:
        return
    suggested = plan.path.with_name(plan.path.stem + " " + tr("for a colleague") + ".lplan")
    name, _ = QFileDialog.getSaveFileName(window, tr("Give a copy to a colleague"), str(suggested),
                                          tr("LocalPlan plans (*.lplan)"))
    if not name:
        return
    from localplan.store.fork import fork_conn

    try:
        if Path(name).exists() and Path(name).resolve() == plan.path.resolve():
            raise UserError(tr("Choose another name or folder: “{name}” is the plan that is open.").format(name=Path(name).name))
        fork_conn(plan.conn, name)
    except UserError as exc:
        QMessageBox.warning(window, APP_NAME, exc.message)
        return
    window.statusBar().showMessage(tr("A copy for a colleague was saved as {path}. Combine it back with "
                                      "File › Combine with another copy…").format(path=name), 8000)


def review(window, path: str) -> MergeReview | None:
    """Compare the open plan with the copy at `path` and make the review (not yet shown)."""
    try:
        mine = read_side(window.plan.conn, window.plan.path.name)
        mplan = session.compare(mine, session.read_file(path))
    except UserError as exc:
        QMessageBox.warning(window, APP_NAME, exc.message)
        return None
    return MergeReview(window.plan, mplan, window)


class _Combining(QObject):
    """Receives the comparison made off the UI thread (its slots run on the UI thread)."""

    def __init__(self, window, path: str) -> None:
        super().__init__(window)
        self.window, self.path, self.plan = window, path, window.plan
        self.changes = self.plan.conn.total_changes

    def work(self, progress):
        progress(0, 2, tr("Reading “{name}”…").format(name=Path(self.path).name))
        theirs = session.read_file(self.path)
        progress(1, 2, tr("Comparing…"))
        mine = session.read_file(self.plan.path)  # what is open is on disk: every edit is committed
        return session.compare(mine, theirs)

    @Slot(object)
    def done(self, mplan) -> None:
        window, plan = self.window, self.plan
        window.statusBar().clearMessage()
        self.deleteLater()
        if window.plan is not plan:
            return  # the plan was closed meanwhile
        if plan.conn.total_changes != self.changes:  # edited while reading: compare with what is open now
            mplan = session.compare(read_side(plan.conn, plan.path.name), mplan.theirs)
        mplan.mine.name = plan.path.name
        dialog = MergeReview(plan, mplan, window)
        if dialog.exec() and dialog.applied is not None:
            window.statusBar().showMessage(tr("Combined with {path}; Edit › Undo takes it back.").format(
                path=self.path), 8000)

    @Slot()
    def stopped(self) -> None:
        self.window.statusBar().clearMessage()
        self.deleteLater()

    @Slot(str)
    def failed(self, message: str) -> None:
        self.window.statusBar().clearMessage()
        self.deleteLater()
        QMessageBox.warning(self.window, APP_NAME, message)


def combine(window) -> None:
    """File › Combine with another copy…: both copies are read and compared off the UI thread."""
    if window.plan is None:
        return
    name, _ = QFileDialog.getOpenFileName(window, tr("Combine with another copy"), str(window.plan.path.parent),
                                          tr("LocalPlan plans (*.lplan)"))
    if not name:
        return
    start_combining(window, name)


def start_combining(window, name: str):
    """Read and compare the copy at `name` with the open plan in the background."""
    from localplan.ui.worker import run_in_background

    job = _Combining(window, name)
    window.statusBar().showMessage(tr("Reading “{name}”…").format(name=Path(name).name))
    return run_in_background(window, job.work, job.done, job.failed, label=tr("combining the copies"),
                             on_stopped=job.stopped)
