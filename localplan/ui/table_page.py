"""A table section as a page: toolbar, filter, sortable table, detail editor, paste."""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from localplan.domain.plan import Plan
from localplan.errors import UserError
from localplan.forms import section
from localplan.i18n import tr
from localplan.imports.paste import MAX_ROWS
from localplan.ui import sheet_actions
from localplan.ui.paste_report import PasteReport
from localplan.ui.record_form import RecordForm
from localplan.ui.sheet_view import SheetView
from localplan.ui.table_model import SectionTableModel
from localplan.ui.year_columns import YearColumn


class TablePage(QWidget):
    def __init__(self, plan: Plan, section_id: str, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.section = section(section_id)
        self.model = SectionTableModel(plan, section_id, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setSortRole(Qt.ItemDataRole.UserRole)

        intro = QLabel(self.section.help.get())
        intro.setWordWrap(True)
        intro.setStyleSheet("color: #3c4650;")
        bar = QHBoxLayout()
        self.add_button = self._tool(tr("Add row"), self.add_row, "list-add")
        self.add_button.setToolTip(tr("Add a row at the end (Ctrl++). Delete rows: Ctrl+-. Fill down: Ctrl+D."))
        self.delete_button = self._tool(tr("Delete rows"), self.delete_rows, "list-remove")
        self.up_button = self._tool(tr("Up"), lambda: self.move_row(-1), "go-up")
        self.down_button = self._tool(tr("Down"), lambda: self.move_row(1), "go-down")
        self.paste_button = self._tool(tr("Paste from spreadsheet"), self.paste, "edit-paste")
        for b in (self.add_button, self.delete_button, self.up_button, self.down_button, self.paste_button):
            b.setEnabled(not plan.read_only)
            bar.addWidget(b)
        bar.addStretch(1)
        self.filter = QLineEdit(placeholderText=tr("Filter rows…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMaximumWidth(260)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        bar.addWidget(self.filter)

        self.view = SheetView(plan)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(26)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        metrics = header.fontMetrics()
        for col, f in enumerate(self.model.columns):
            label = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            wanted = max(f.width * 8, min(metrics.horizontalAdvance(label) + 28, 130 if isinstance(f, YearColumn) else 240))
            header.resizeSection(col, max(70, min(wanted, 320)))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_delete_button())
        self.view.clear_requested.connect(self.clear_cells)
        self.view.field_delegate.refused.connect(self.show_message)
        self.model.edit_refused.connect(self.show_message)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.model.rowsRemoved.connect(lambda *_: self._after_rows_removed())

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #B00020;")
        self.message.hide()
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.setInterval(8000)
        self._message_timer.timeout.connect(self.message.hide)

        self.detail = RecordForm(plan, section_id, None, self, compact=True)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([620, 380])  # the table keeps the larger share on a 720-pixel screen
        self.splitter = splitter

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(bar)
        layout.addWidget(self.message)
        layout.addWidget(splitter, 1)
        for keys, slot in ((QKeySequence.StandardKey.Paste, self.paste), (QKeySequence.StandardKey.Copy, self.copy),
                           (QKeySequence("Ctrl+D"), self.fill_down), (QKeySequence("Ctrl+-"), self.delete_rows),
                           (QKeySequence("Ctrl++"), self.add_row), (QKeySequence("Ctrl+Shift+="), self.add_row)):
            shortcut = QShortcut(keys, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._update_count()
        if self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))

    def _tool(self, text: str, slot, icon: str) -> QToolButton:
        from PySide6.QtGui import QIcon

        button = QToolButton()
        button.setText(text)
        button.setIcon(QIcon.fromTheme(icon))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.clicked.connect(slot)
        return button

    def detach(self) -> None:
        self.model.detach()
        self.detail.detach()

    # --- helpers --------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._message_timer.start()

    def _update_count(self) -> None:
        count = self.model.rowCount()
        self.count_label.setText(tr("1 row") if count == 1 else tr("{count} rows").format(count=count))

    def _after_reset(self) -> None:
        self._update_count()
        if self._pending_select is not None:
            self.select(*self._pending_select)
            self._pending_select = None
        elif not self.view.currentIndex().isValid() and self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(0, 0))
        else:
            self._show_detail()

    _pending_select: tuple[int, str | None] | None = None

    def current_row_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_id(self.proxy.mapToSource(index).row())

    def selected_ids(self) -> list[int]:
        rows = {self.proxy.mapToSource(i).row() for i in self.view.selectionModel().selectedIndexes()}
        if not rows and self.view.currentIndex().isValid():
            rows = {self.proxy.mapToSource(self.view.currentIndex()).row()}
        return [self.model.row_id(r) for r in sorted(rows)]

    def _show_detail(self) -> None:
        self.detail.set_row(self.current_row_id())

    def select(self, row_id: int, field_id: str | None = None) -> bool:
        """Select a row (and the field's column, or its editor in the detail form)."""
        row = self.model.row_of(row_id)
        if row is None:
            return False
        column = self.model.column_of(field_id) if field_id else 0
        source = self.model.index(row, column if column is not None else 0)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # filtered out
            self.filter.clear()
            index = self.proxy.mapFromSource(source)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self._show_detail()
        if field_id and column is None:
            self.detail.field_editor(field_id).setFocus()
        else:
            self.view.setFocus()
        return True

    # --- actions --------------------------------------------------------------------
    def add_row(self) -> None:
        try:
            row_id = self.plan.insert_row(self.section.id, {})
        except UserError as exc:
            self.show_message(exc.message)
            return
        self._pending_select = (row_id, None)
        if self.model.row_of(row_id) is not None:
            self.select(row_id)
            self._pending_select = None

    def _update_delete_button(self) -> None:
        count = len(self.selected_ids())
        self.delete_button.setText(tr("Delete {count} rows").format(count=count) if count > 1 else tr("Delete row"))

    def _after_rows_removed(self) -> None:
        self._update_count()
        self._update_delete_button()
        self._show_detail()

    def delete_rows(self) -> None:
        """Delete the rows that hold a selected cell (an explicit command, undoable)."""
        ids = self.selected_ids()
        if not ids or self.plan.read_only:
            return
        try:
            self.plan.delete_rows(self.section.id, ids)
        except UserError as exc:
            self.show_message(exc.message)
            return
        self.show_message(tr("{count} rows deleted. Undo (Ctrl+Z) brings them back.").format(count=len(ids)))

    def clear_cells(self) -> None:
        if self.plan.read_only:
            return
        try:
            sheet_actions.clear_cells(self)
        except UserError as exc:
            self.show_message(exc.message)

    def fill_down(self) -> None:
        if self.plan.read_only:
            return
        try:
            sheet_actions.fill_down(self)
        except UserError as exc:
            self.show_message(exc.message)

    def copy(self) -> str:
        return sheet_actions.copy_cells(self)

    def move_row(self, step: int) -> None:  # not `move`: that is QWidget.move(x, y)
        row_id = self.current_row_id()
        if row_id is None:
            return
        self.proxy.sort(-1)
        row = self.model.row_of(row_id)
        if row is None:
            return
        try:
            self.plan.move_row(self.section.id, row_id, max(0, row + step))
        except UserError as exc:
            self.show_message(exc.message)
            return
        self.select(row_id)

    def paste(self, text: str | None = None) -> PasteReport | None:
        """Fill the selected cells from the clipboard (rows past the last one are added): one undo step."""
        if self.plan.read_only:
            return None
        text = text if isinstance(text, str) else QGuiApplication.clipboard().text()
        if not text.strip():
            self.show_message(tr("The clipboard holds no rows to paste."))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result, ids, changed = sheet_actions.paste_cells(self, text)
        except UserError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self, tr("Paste"), exc.message)
            return None
        QApplication.restoreOverrideCursor()
        if ids and not changed:
            self.select(ids[0])
        note = (tr("Only the first {limit} rows were read; {count} more were left out. Paste them in parts of "
                   "up to {limit} rows, or import them from the Excel workbook.").format(limit=MAX_ROWS, count=result.truncated)
                if result.truncated else "")
        if not result.problems and not note:
            self.show_message(tr("{added} rows added, {changed} rows changed.").format(added=len(ids), changed=changed))
            return None
        report = PasteReport(len(ids), changed, result.refused_cells, result.problems, note, self)
        report.open()
        return report
