"""Ordered lists of the ordinance (recitals, articles, dispositions): list + move + editor.

Order is the plan's row order (plan.move_row), so numbering shown here is derived, never
stored. Text fields commit when they lose focus (one undo step per edit).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from localplan.errors import UserError
from localplan.forms import section
from localplan.forms.values import ValueProblem, choice_items
from localplan.i18n import language, tr
from localplan.ordinance import library, numbering
from localplan.ordinance.provenance import mark, ordinance_fact


class CommitText(QPlainTextEdit):
    """A multi-line editor that reports its text when it loses focus. Tab moves to the next field,
    as in every other form of the program (Enter makes a new line)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event):  # noqa: N802 - Qt API
        self.committed.emit(self.toPlainText())
        super().focusOutEvent(event)


class RowListTab(QWidget):
    """A list of one section's rows with up/down/delete and an editor for the selected row."""

    section_id = ""
    fields: tuple[str, ...] = ()

    def __init__(self, plan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.sec = section(self.section_id)
        layout = QVBoxLayout(self)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)
        self.add_buttons()
        self.buttons.addStretch(1)
        self.up_button = self._button(tr("Move up"), lambda: self.move_row(-1))
        self.down_button = self._button(tr("Move down"), lambda: self.move_row(1))
        self.delete_button = self._button(tr("Delete"), self.delete)
        split = QSplitter(Qt.Orientation.Vertical)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.currentRowChanged.connect(self.load_editor)
        split.addWidget(self.list)
        editor = QWidget()
        self.form = QFormLayout(editor)
        self.editors: dict[str, QComboBox | CommitText | QLineEdit] = {}
        for fid in self.fields:
            f = self.sec.field(fid)
            w: QComboBox | CommitText | QLineEdit
            if f.choices:
                combo = w = QComboBox()
                combo.addItem("—", None)
                for code, label in choice_items(f.choices, None):
                    combo.addItem(label, code)
                combo.currentIndexChanged.connect(lambda _i, fid=fid, w=combo: self.commit(fid, w.currentData()))
            elif f.type.value == "longtext":
                text_edit = w = CommitText()
                text_edit.committed.connect(lambda text, fid=fid: self.commit(fid, text))
            else:
                line = w = QLineEdit()
                line.editingFinished.connect(lambda fid=fid, w=line: self.commit(fid, w.text()))
            w.setToolTip(f.help.get())
            self.editors[fid] = w
            self.form.addRow(f.label.get(), w)
        self.message = QLabel()
        self.message.setStyleSheet("color: #B00020;")
        self.form.addRow(self.message)
        split.addWidget(editor)
        split.setSizes([300, 220])
        layout.addWidget(split, 1)
        self.refresh()

    def _button(self, text: str, slot) -> QPushButton:
        b = QPushButton(text)
        b.clicked.connect(slot)
        self.buttons.addWidget(b)
        return b

    def add_buttons(self) -> None:
        """Subclasses add their own buttons (from the library, free text …)."""

    def rows(self) -> list[dict]:
        return self.plan.rows(self.section_id)

    def labels(self) -> dict[int, str]:
        return {}

    def item_text(self, row: dict, label: str) -> str:
        """The list line of a row; the tabs below show their own fields."""
        return " ".join(part for part in (label, row.get("heading") or row.get("text") or "") if part)

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def refresh(self) -> None:
        keep = self.current_id()
        labels = self.labels()
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.rows():
            item = QListWidgetItem(self.item_text(row, labels.get(row["id"], "")))
            item.setData(Qt.ItemDataRole.UserRole, row["id"])
            self.list.addItem(item)
            if row["id"] == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.load_editor()

    def select(self, row_id: int) -> None:
        for i in range(self.list.count()):
            if self.list.item(i).data(Qt.ItemDataRole.UserRole) == row_id:
                self.list.setCurrentRow(i)

    def load_editor(self, *_args) -> None:
        row = self.plan.row(self.section_id, self.current_id()) if self.current_id() else None
        for fid, w in self.editors.items():
            w.blockSignals(True)
            value = row.get(fid) if row else None
            if isinstance(w, QComboBox):
                w.setCurrentIndex(max(0, w.findData(value)))
            elif isinstance(w, QPlainTextEdit):
                if w.toPlainText() != (value or ""):
                    w.setPlainText(value or "")
            else:
                w.setText(value or "")
            w.setEnabled(row is not None and not self.plan.read_only)
            w.blockSignals(False)
        self.message.clear()

    def commit(self, field_id: str, raw) -> None:
        row_id = self.current_id()
        row = self.plan.row(self.section_id, row_id) if row_id else None
        if row is None or self.plan.read_only or (row.get(field_id) or None) == (raw or None):
            return
        try:
            self.plan.set_value(self.section_id, row_id, field_id, raw)
            self.message.clear()
        except (ValueProblem, UserError) as exc:
            self.message.setText(str(exc))

    def flush(self) -> None:
        """Save what the selected row's text fields show (the page is being hidden or closed)."""
        shown = {fid: w.text() if isinstance(w, QLineEdit) else w.toPlainText()
                 for fid, w in self.editors.items() if isinstance(w, (QLineEdit, CommitText)) and w.isEnabled()}
        for fid, text in shown.items():  # read first: each save refreshes the editors
            self.commit(fid, text)

    def insert(self, rows: list[dict]) -> None:
        index = self.list.currentRow() + 1 if self.list.currentRow() >= 0 else None
        try:
            ids = self.plan.insert_rows(self.section_id, rows, index)
        except UserError as exc:
            self.message.setText(str(exc))
            return
        self.refresh()
        self.select(ids[-1])

    def move_row(self, step: int) -> None:  # not `move`: that is QWidget.move(x, y)
        row_id, index = self.current_id(), self.list.currentRow()
        if row_id is None or not 0 <= index + step < self.list.count():
            return
        self.plan.move_row(self.section_id, row_id, index + step)
        self.refresh()
        self.select(row_id)

    def delete(self) -> None:
        row_id = self.current_id()
        if row_id is not None:
            self.plan.delete_rows(self.section_id, [row_id])
            self.refresh()


class LibraryPicker(QDialog):
    """Pick items of a bilingual library, grouped, with a preview of the wording."""

    def __init__(self, title: str, groups: list[tuple[str, str]], items: list[tuple[str, str, str, str]],
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        nodes = {}
        for code, label in groups:
            nodes[code] = QTreeWidgetItem(self.tree, [label])
            nodes[code].setExpanded(True)
        for group, code, label, preview in items:
            item = QTreeWidgetItem(nodes.get(group) or self.tree, [label])
            item.setData(0, Qt.ItemDataRole.UserRole, code)
            item.setCheckState(0, Qt.CheckState.Unchecked)
            item.setToolTip(0, preview)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.tree.currentItemChanged.connect(lambda cur, _old: self.preview.setText(cur.toolTip(0) if cur else ""))
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.preview)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout.addWidget(box)

    def chosen(self) -> list[str]:
        out = []
        it = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while it:
            node = it.pop(0)
            if node is None:
                continue
            it += [node.child(i) for i in range(node.childCount())]
            if node.data(0, Qt.ItemDataRole.UserRole) and node.checkState(0) == Qt.CheckState.Checked:
                out.append(node.data(0, Qt.ItemDataRole.UserRole))
        return out


class RecitalsTab(RowListTab):
    section_id = "ordinance_recitals"
    fields = ("reference", "text")

    def add_buttons(self) -> None:
        self._button(tr("From the library…"), self.pick)
        self._button(tr("Own recital"), lambda: self.insert([{"reference": None, "text": None}]))

    def item_text(self, row: dict, label: str) -> str:
        text = row.get("text") or "…"
        note = mark(ordinance_fact("basis", row.get("basis") or ""))
        return f"{tr('Whereas,')} {text}\n    [{row.get('reference') or tr('no source')}]" + (f" {note}" if note else "")

    def library_items(self, level: str):
        lang = language()
        return [(b.group, b.code, b.reference.get(lang) + (" ⚠" if b.verify else ""),
                 b.text.get(lang) + (f"\n{mark(ordinance_fact('basis', b.code, lang), lang)}" if b.verify else ""))
                for b in library.bases().values() if b.fits(level)]

    def pick(self) -> None:
        data = self.plan.snapshot()
        level = library.level_of(data)
        dialog = LibraryPicker(tr("Legal bases"), [(c, t.get()) for c, t in library.basis_groups()],
                               self.library_items(level), self)
        if dialog.exec():
            self.add_bases(dialog.chosen())

    def add_bases(self, codes: list[str]) -> None:
        data = self.plan.snapshot()
        values = library.context(data, language())
        rows = [{"basis": c, "reference": library.bases()[c].reference.get(),
                 "text": library.fill(library.bases()[c].text.get(), values)} for c in codes]
        if rows:
            self.insert(rows)


class ArticlesTab(RowListTab):
    section_id = "ordinance_articles"
    fields = ("heading", "text", "competence")

    def add_buttons(self) -> None:
        self._button(tr("Title"), lambda: self.insert([{"kind": "titulo", "heading": tr("New title")}]))
        self._button(tr("Chapter"), lambda: self.insert([{"kind": "capitulo", "heading": tr("New chapter")}]))
        self._button(tr("Free article"), lambda: self.insert([{"kind": "article"}]))
        self._button(tr("From the library…"), self.pick)
        self._button(tr("Cite an article…"), self.cite)

    def labels(self) -> dict[int, str]:
        return numbering.labels(self.rows(), language())

    def item_text(self, row: dict, label: str) -> str:
        kind = row.get("kind") or "article"
        heading = row.get("heading") or ""
        if kind == "titulo":
            return f"{label} — {heading.upper()}"
        if kind == "capitulo":
            return f"    {label} — {heading}"
        return f"        {label} {heading}"

    def pick(self) -> None:
        level = library.level_of(self.plan.snapshot())
        lang = language()
        # the level's competences decide what is offered; the rest only as work done by agreement (convenio)
        items = [(c.group if c.fits(level) else "_agreement", c.code, c.for_level(level)[0].get(lang),
                  c.for_level(level)[1].get(lang)) for c in library.clauses().values()]
        groups = [(c, t.get()) for c, t in library.clause_groups()]
        groups.append(("_agreement", tr("Outside this level's competences: only by agreement (convenio)")))
        dialog = LibraryPicker(tr("Clause library"), groups, items, self)
        if dialog.exec():
            self.add_clauses(dialog.chosen())

    def add_clauses(self, codes: list[str]) -> None:
        data = self.plan.snapshot()
        level, lang = library.level_of(data), language()
        values = library.context(data, lang)
        existing: dict[str, int] = {r["clause"]: r["id"] for r in self.rows() if r.get("clause")}
        rows = []
        for code in codes:
            heading, text = library.clauses()[code].for_level(level)
            body = library.fill(text.get(lang), values)
            body = numbering_refs(body, existing, lang)
            row = {"kind": "article", "heading": library.fill(heading.get(lang), values), "text": body, "clause": code}
            if not library.clauses()[code].fits(level):
                row["competence"] = "agreement"  # outside the level's competences: only by agreement (convenio)
            rows.append(row)
        if rows:
            self.insert(rows)

    def cite(self) -> None:
        """Insert {{art:ID}} of another article at the cursor of the text editor."""
        from PySide6.QtWidgets import QInputDialog

        labels = self.labels()
        choices = [(f"{labels[r['id']]} {r.get('heading') or ''}", r["id"]) for r in self.rows()
                   if (r.get("kind") or "article") == "article" and r["id"] != self.current_id()]
        if not choices or self.current_id() is None:
            return
        text, ok = QInputDialog.getItem(self, tr("Cite an article"), tr("Article"), [c[0] for c in choices], 0, False)
        if ok:
            target = dict(choices)[text]
            editor = self.editors["text"]
            if isinstance(editor, CommitText):
                editor.insertPlainText(f"{{{{art:{target}}}}}")
                self.commit("text", editor.toPlainText())


def numbering_refs(text: str, ids: dict[str, int], lang: str) -> str:
    """{{ref:clause}} of a library clause → {{art:ID}} when that clause is already an article."""
    from localplan.ordinance.templates import _link_clauses

    return _link_clauses(text, ids, lang)


class DispositionsTab(RowListTab):
    section_id = "ordinance_dispositions"
    fields = ("kind", "text")

    def add_buttons(self) -> None:
        self.kind = QComboBox()
        for code, label in choice_items("ordinance_disposition_kinds", None):
            self.kind.addItem(label, code)
        self.buttons.addWidget(self.kind)
        self._button(tr("Add disposition"), lambda: self.insert([{"kind": self.kind.currentData()}]))

    def labels(self) -> dict[int, str]:
        return numbering.disposition_labels(self.rows(), language())

    def item_text(self, row: dict, label: str) -> str:
        kind = dict(choice_items("ordinance_disposition_kinds", None)).get(row.get("kind") or "", "?")
        return f"[{kind}] {label} {(row.get('text') or '…')[:160]}"
