"""A section of the plan as a Qt table model. Edits go through the plan object."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from localplan.domain.plan import Plan
from localplan.errors import UserError
from localplan.forms import Field, FieldType, Section, section
from localplan.forms.values import ValueProblem, display, edit_text, parse
from localplan.i18n import language
from localplan.ui.year_columns import YearColumn, merged, table_columns, value_of

FieldRole = Qt.ItemDataRole.UserRole + 1
RowIdRole = Qt.ItemDataRole.UserRole + 2
ValueRole = Qt.ItemDataRole.UserRole + 3
NUMERIC = {FieldType.INTEGER, FieldType.DECIMAL, FieldType.MONEY, FieldType.PERCENT, FieldType.YEAR}


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """[2, 3, 4, 8] → [(2, 4), (8, 8)]."""
    runs: list[tuple[int, int]] = []
    for r in rows:
        if runs and runs[-1][1] == r - 1:
            runs[-1] = (runs[-1][0], r)
        else:
            runs.append((r, r))
    return runs


class SectionTableModel(QAbstractTableModel):
    """Rows of one TABLE section; columns are the spec's fields shown in tables."""

    edit_refused = Signal(str)  # a message in the user's language
    _hint: int | None = None  # the row our own setData is changing

    def __init__(self, plan: Plan, section_id: str, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.section: Section = section(section_id)
        self._period = plan.context().period
        self.columns: list[Field] = table_columns(self.section, self._period)
        self._rows: list[dict[str, Any]] = list(plan.rows(section_id))
        self._links = {f.link for f in self.section.fields if f.link}
        plan.subscribe(self._on_plan_changed)

    def detach(self) -> None:
        self.plan.unsubscribe(self._on_plan_changed)

    def _on_plan_changed(self, sections: set[str]) -> None:
        if "gad" in sections and any(isinstance(f, YearColumn) or f.type is FieldType.YEAR_VALUES for f in self.columns):
            period = self.plan.context().period
            if period != self._period:  # one column per year of the plan period: the columns change
                self.beginResetModel()
                self._period = period
                self.columns = table_columns(self.section, period)
                self._rows = list(self.plan.rows(self.section.id))
                self.endResetModel()
                return
        if self.section.id in sections:
            self._sync(list(self.plan.rows(self.section.id)))
        elif sections & self._links and self._rows:
            self._all_changed()

    def _all_changed(self) -> None:
        if self._rows and self.columns:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    def _sync(self, new: list[dict[str, Any]]) -> None:
        """Tell the views what changed, and only that: values (dataChanged), rows that came or
        went (rowsInserted/Removed), or an order that changed (layoutChanged, the current cell
        and the selection follow their rows). Open editors and the current cell survive."""
        old_ids = [r["id"] for r in self._rows]
        new_ids = [r["id"] for r in new]
        if old_ids == new_ids:
            self._rows = new
            if self._hint is not None and self.columns:  # our own edit of one row
                self.dataChanged.emit(self.index(self._hint, 0), self.index(self._hint, len(self.columns) - 1))
                return
            self._all_changed()  # values were patched in place: repaint (cheap, views draw what they show)
            return
        old_set, new_set = set(old_ids), set(new_ids)
        if [i for i in old_ids if i in new_set] != [i for i in new_ids if i in old_set]:
            self._relayout(new)
            return
        # Removals from the bottom up, in contiguous runs.
        runs = _runs([n for n, i in enumerate(old_ids) if i not in new_set])
        for first, last in reversed(runs):
            self.beginRemoveRows(QModelIndex(), first, last)
            del self._rows[first:last + 1]
            self.endRemoveRows()
        # Insertions from the top down: after the removals, kept rows are in their new order.
        for first, last in _runs([n for n, i in enumerate(new_ids) if i not in old_set]):
            self.beginInsertRows(QModelIndex(), first, last)
            self._rows[first:first] = new[first:last + 1]
            self.endInsertRows()
        self._rows = new
        self._all_changed()

    def _relayout(self, new: list[dict[str, Any]]) -> None:
        self.layoutAboutToBeChanged.emit()
        where = {r["id"]: n for n, r in enumerate(new)}
        old_ids = [r["id"] for r in self._rows]
        persistent = self.persistentIndexList()
        moved = []
        for index in persistent:
            row = where.get(old_ids[index.row()]) if 0 <= index.row() < len(old_ids) else None
            moved.append(self.index(row, index.column()) if row is not None else QModelIndex())
        self._rows = new
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    # --- shape ----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.columns)

    def row_id(self, row: int) -> int:
        return self._rows[row]["id"]

    def row_of(self, row_id: int) -> int | None:
        for n, r in enumerate(self._rows):
            if r["id"] == row_id:
                return n
        return None

    def column_of(self, field_id: str) -> int | None:
        """The column of a field (of a yearly-values field: its first year's column)."""
        for n, f in enumerate(self.columns):
            if f.id == field_id or (isinstance(f, YearColumn) and f.parent == field_id):
                return n
        return None

    # --- data -----------------------------------------------------------------------
    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal:
            f = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f.label.get() + (" *" if f.required else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return f.help.get() or f.label.get()
        elif role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        f = self.columns[index.column()]
        row = self._rows[index.row()]
        value = value_of(row, f)
        if role == Qt.ItemDataRole.DisplayRole:
            text = display(f, value, language(), self.plan.link_label)
            return text.replace("\n", " ")[:300] if f.type is FieldType.LONGTEXT else text
        if role == Qt.ItemDataRole.EditRole:
            return edit_text(f, value, language())
        if role == Qt.ItemDataRole.ToolTipRole and f.type in (FieldType.LONGTEXT, FieldType.MULTICHOICE, FieldType.MULTILINK):
            return display(f, value, language(), self.plan.link_label)[:2000] or None
        if role == Qt.ItemDataRole.TextAlignmentRole and f.type in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.CheckStateRole and f.type is FieldType.BOOL:
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and f.required and value in (None, "", [], {}):
            return QBrush(QColor(255, 248, 225))
        if role == FieldRole:
            return f
        if role == RowIdRole:
            return row["id"]
        if role == ValueRole:
            return value
        if role == Qt.ItemDataRole.UserRole:  # sort key
            if f.type in NUMERIC:
                return value if value is not None else float("-inf")
            return display(f, value, language(), self.plan.link_label).casefold()
        return None

    def flags(self, index):
        base = super().flags(index)
        if not index.isValid() or self.plan.read_only:
            return base
        if self.columns[index.column()].type is FieldType.BOOL:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid():
            return False
        f = self.columns[index.column()]
        if role == Qt.ItemDataRole.CheckStateRole and f.type is FieldType.BOOL:
            value = 1 if Qt.CheckState(value) == Qt.CheckState.Checked else 0
        elif role != Qt.ItemDataRole.EditRole:
            return False
        row = self._rows[index.row()]
        if isinstance(value, str) and value == edit_text(f, value_of(row, f), language()):
            return True  # nothing typed, nothing changed: no write, no undo step
        self._hint = index.row()
        try:
            if isinstance(f, YearColumn):  # a year's number inside the field's {year: number}
                number = parse(f, value, self.plan.context(language()))
                self.plan.set_values(self.section.id, row["id"], merged(row, {f.id: number}), lang=language())
            else:
                self.plan.set_value(self.section.id, row["id"], f.id, value, lang=language())
        except ValueProblem as exc:
            self.edit_refused.emit(f"{f.label.get()}: {exc}")
            return False
        except UserError as exc:
            self.edit_refused.emit(exc.message)
            return False
        finally:
            self._hint = None
        return True
