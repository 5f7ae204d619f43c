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
from localplan.forms import FieldType, section
from localplan.i18n import plural, tr
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
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 7)  # 22 px at 9.5 pt
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        metrics = header.fontMetrics()
        for col, f in enumerate(self.model.columns):
            label = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            wanted = max(f.width * 8, min(metrics.horizontalAdvance(label) + 28, 130 if isinstance(f, YearColumn) else 240))
            if getattr(f, "type", None) is FieldType.DATE:  # a date shows whole (the view's font, a cell's padding)
                wanted = max(wanted, self.view.fontMetrics().horizontalAdvance("31/12/2027") + 16)
            header.resizeSection(col, max(70, min(wanted, 320)))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_detail())
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_delete_button())
        self.view.clear_requested.connect(self.clear_cells)
        self.view.field_delegate.refused.connect(self.show_message)
        self.model.edit_refused.connect(self.show_message)
        self.model.modelReset.connect(self._after_reset)
        self.model.rowsInserted.connect(lambda *_: self._update_count())
        self.model.rowsRemoved.connect(lambda *_: self._after_rows_removed())

        self.editor_button = QToolButton()  # shown when a small screen folds the row editor away
        self.editor_button.setCheckable(True)
        self.editor_button.setText(tr("Row editor"))
        self.editor_button.setToolTip(tr("Show the form below the table that edits the current row"))
        self.editor_button.toggled.connect(self._editor_toggled)
        self.editor_button.hide()
        bar.insertWidget(bar.count() - 2, self.editor_button)

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

    # --- small screens --------------------------------------------------------------
    ROWS_ON_SMALL, COLUMNS_ON_SMALL, EDITOR_MIN = 15, 6, 96
    _natural: list[int] | None = None  # the columns' widths before a small screen narrowed them
    _fitted_width = 0

    def rows_height(self, rows: int) -> int:
        """The height the table needs to show `rows` rows (header, frame and scroll bar included)."""
        view = self.view
        return (view.horizontalHeader().sizeHint().height() + rows * view.verticalHeader().defaultSectionSize()
                + view.horizontalScrollBar().sizeHint().height() + 2 * view.frameWidth() + 2)

    def fit_small(self) -> None:
        """On a small screen the table shows at least fifteen rows; the row editor gets the rest, or,
        when the rest is too little for it, folds away behind the "Row editor" button."""
        total = sum(self.splitter.sizes())
        if total <= 0 or not self.isVisible():
            return
        if not self._watching:  # the columns follow the table's width (the step list narrows, a scroll bar comes)
            self._watching = True
            self.view.viewport().installEventFilter(self)
        self._fit_columns()
        wanted = max(self.rows_height(self.ROWS_ON_SMALL), int(total * 0.72))
        fold = total - wanted - self.splitter.handleWidth() < self.EDITOR_MIN
        self.editor_button.setVisible(fold)
        was_folded = self.detail.isHidden()
        self.detail.setVisible(not fold or self.editor_button.isChecked())
        table = min(wanted, total - self.EDITOR_MIN)
        if not self.detail.isHidden() and (was_folded or self.splitter.sizes()[0] < table):
            self.splitter.setSizes([table, total - table])

    _watching = False

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Resize and self._natural is not None and watched is self.view.viewport():
            QTimer.singleShot(0, self._fit_columns)
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """The first six columns share the table's width: the widest are narrowed to one common
        width (the others keep theirs); a cell's full text is in the row editor and its tooltip."""
        header = self.view.horizontalHeader()
        width = self.view.viewport().width() - 2
        if width == self._fitted_width or width < 200 or not self.isVisible():
            return
        if self._natural is None:
            self._natural = [header.sectionSize(c) for c in range(header.count())]
        self._fitted_width = width
        first = [c for c in (header.logicalIndex(v) for v in range(header.count())) if not header.isSectionHidden(c)]
        first = first[:self.COLUMNS_ON_SMALL]
        natural = sorted(self._natural[c] for c in first)
        cap, left = max(natural, default=0), width
        for n, w in enumerate(natural):  # water-filling: the narrow ones keep their width
            share = left // (len(natural) - n)
            if w > share:
                cap = share
                break
            left -= w
        for c in range(header.count()):
            header.resizeSection(c, max(70, min(self._natural[c], cap)) if c in first else self._natural[c])

    def unfit_small(self) -> None:
        self.editor_button.hide()
        self.detail.show()
        if self._natural is not None:
            for c, w in enumerate(self._natural):
                self.view.horizontalHeader().resizeSection(c, w)
            self._natural, self._fitted_width = None, 0

    def _editor_toggled(self, shown: bool) -> None:
        self.detail.setVisible(shown)
        if shown:
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([total - 3 * self.EDITOR_MIN // 2, 3 * self.EDITOR_MIN // 2])

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
        self.show_message(plural(len(ids), tr("1 row deleted. Undo (Ctrl+Z) brings it back."),
                                 tr("{count} rows deleted. Undo (Ctrl+Z) brings them back.")))

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
            self.show_message(", ".join((plural(len(ids), tr("{count} row added"), tr("{count} rows added")),
                                         plural(changed, tr("{count} row changed"), tr("{count} rows changed")))) + ".")
            return None
        report = PasteReport(len(ids), changed, result.refused_cells, result.problems, note, self)
        report.open()
        return report
