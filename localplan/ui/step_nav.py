"""The path of steps on the left: each step's title, its completeness and a thin bar."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from localplan.forms import STEPS
from localplan.i18n import tr

StepRole = Qt.ItemDataRole.UserRole
ShareRole = Qt.ItemDataRole.UserRole + 1
NumberRole = Qt.ItemDataRole.UserRole + 2
TitleRole = Qt.ItemDataRole.UserRole + 3

ACCENT = QColor("#1F4E79")
DONE = QColor("#2E7D32")
TRACK = QColor("#DCE3EA")


class StepDelegate(QStyledItemDelegate):
    """Number, title (elided, never cut by the percentage), percentage right-aligned, bar below."""

    narrow = False  # a small screen: no percentages (the bar shows the share), a shorter entry

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        height = option.fontMetrics.height()
        return QSize(140, height + 22) if self.narrow else QSize(180, height * 2 + 18)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        rect = opt.rect.adjusted(8, 3, -8, -3) if self.narrow else opt.rect.adjusted(12, 6, -12, -6)
        fm = opt.fontMetrics
        share = index.data(ShareRole)
        number = index.data(NumberRole)
        percent = "" if share is None else f"{round(share * 100)} %"
        percent_width = fm.horizontalAdvance("100 %") + 6 if percent and not self.narrow else 0
        line = QRect(rect.left(), rect.top(), rect.width(), fm.height() + 4)
        bold = QFont(opt.font)
        bold.setBold(selected)
        painter.setFont(bold)
        painter.setPen(text_colour)
        prefix = f"{number}. " if number else ""
        title_rect = line.adjusted(0, 0, -percent_width, 0)
        title = painter.fontMetrics().elidedText(prefix + (index.data(TitleRole) or ""),
                                                 Qt.TextElideMode.ElideRight, title_rect.width())
        painter.drawText(title_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), title)
        painter.setFont(opt.font)
        if percent:
            if not self.narrow:
                painter.drawText(line, int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), percent)
            bar = QRect(rect.left(), line.bottom() + (3 if self.narrow else 6), rect.width(), 4 if self.narrow else 5)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 90) if selected else TRACK)
            painter.drawRoundedRect(bar, 2, 2)
            if share > 0:
                filled = QRect(bar.left(), bar.top(), max(4, round(bar.width() * min(share, 1.0))), bar.height())
                painter.setBrush(QColor("white") if selected else (DONE if share >= 0.999 else ACCENT))
                painter.drawRoundedRect(filled, 2, 2)
        painter.restore()


class StepNav(QListWidget):
    """The steps of the guided path, in order; optionally a home entry (the dashboard) first."""

    def __init__(self, home: tuple[str, str] | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("steps")
        self.delegate = StepDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSpacing(1)
        self.setStyleSheet("QListWidget#steps { background: #FBFCFD; border: 1px solid #D9E1EA; border-radius: 6px; }")
        self.offset = 0
        if home is not None:
            home_id, title = home
            item = QListWidgetItem(title)
            item.setData(TitleRole, title)
            item.setData(StepRole, home_id)
            self.addItem(item)
            self.offset = 1
        for number, st in enumerate(STEPS, start=1):
            item = QListWidgetItem(st.title.get())
            item.setData(TitleRole, st.title.get())
            item.setData(StepRole, st.id)
            item.setData(NumberRole, number)
            self.addItem(item)
        self._fit_width()

    def _fit_width(self) -> None:
        """Wide enough for every title whole (and, unless narrow, its percentage)."""
        bold = QFont(self.font())
        bold.setBold(True)
        fm = QFontMetrics(bold)
        titles = max((fm.horizontalAdvance(f"{self.item(r).data(NumberRole) or ''}. {self.item(r).data(TitleRole)}")
                      for r in range(self.count())), default=120)
        if self.delegate.narrow:
            width = titles + 16 + 2 * self.frameWidth() + 4
            self.setMinimumWidth(width)
            self.setMaximumWidth(width)
        else:
            self.setMinimumWidth(titles + QFontMetrics(self.font()).horizontalAdvance("100 %") + 6 + 24 + 2 * self.frameWidth() + 4)
            self.setMaximumWidth(max(280, self.minimumWidth()))

    def set_narrow(self, narrow: bool) -> bool:
        """A small screen (say 1366×768 at 125 %): entries without percentages, the list as narrow as
        its longest title. True when it changed."""
        delegate = self.delegate
        if delegate.narrow == narrow:
            return False
        delegate.narrow = narrow
        self._fit_width()
        self.scheduleDelayedItemsLayout()
        return True

    def row_of(self, step_id: str) -> int:
        for row in range(self.count()):
            if self.item(row).data(StepRole) == step_id:
                return row
        raise KeyError(step_id)

    def set_completeness(self, shares: dict[str, float | None]) -> None:
        """Show each step's share of required values; the item text carries it too (screen readers)."""
        for n, st in enumerate(STEPS):
            item = self.item(n + self.offset)
            share = shares.get(st.id)
            item.setData(ShareRole, share)
            title = st.title.get()
            item.setText(title if share is None else f"{title}  {round(share * 100)} %")
            item.setToolTip("" if share is None else tr("{step}: {share} % of the required values filled").format(
                step=title, share=round(share * 100)))
