"""The start page: new plan, open plan, the example plan, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from localplan import __version__, settings
from localplan.i18n import tr


def user_role():
    from PySide6.QtCore import Qt  # see RecentDelegate.paint

    return Qt.ItemDataRole.UserRole


class RecentDelegate(QStyledItemDelegate):
    """A recent plan: its file name, and below it the folder in grey (elided in the middle)."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        # no width of its own: the texts are elided to the list's width, so it never scrolls sideways
        return QSize(1, option.fontMetrics.height() * 2 + 14)

    def paint(self, painter, option, index) -> None:
        # Imported here, not at the top: the Qt namespace and QStyle build some two hundred
        # Python enums (20 ms, a sixth of the start-up) and are needed only once there are
        # recent files to paint. The start-up benchmark counts them.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        opt.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        path = Path(index.data(Qt.ItemDataRole.UserRole))
        rect = opt.rect.adjusted(10, 5, -10, -5)
        half = rect.height() // 2
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        font = QFont(opt.font)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white") if selected else QColor("#1F4E79"))
        painter.drawText(rect.adjusted(0, 0, 0, -half), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         painter.fontMetrics().elidedText(path.stem, Qt.TextElideMode.ElideRight, rect.width()))
        painter.setFont(opt.font)
        painter.setPen(QColor("#E8EEF4") if selected else QColor("#6B7785"))
        painter.drawText(rect.adjusted(0, half, 0, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                         opt.fontMetrics.elidedText(str(path.parent), Qt.TextElideMode.ElideMiddle, rect.width()))
        painter.restore()


STYLE = """
QFrame#card { background: white; border: 1px solid #D9E1EA; border-radius: 10px; }
QLabel#title { font-size: 26pt; font-weight: 700; color: #1F4E79; }
QLabel#subtitle { color: #3c4650; font-size: 11pt; }
QPushButton#new { background: #1F4E79; color: white; border-radius: 5px; padding: 6px 16px; }
QLabel#recentTitle { font-weight: 600; font-size: 11pt; padding: 14px 0 0 0; margin: 0; }
QListWidget#recent { border: 1px solid #E1E7EE; border-radius: 6px; }
QLabel#noRecent { color: #5f6b7a; }
QLabel#footer { color: #7a8794; font-size: 8.5pt; }
"""


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    example_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setStyleSheet(STYLE)  # one sheet for the page: each widget's own sheet costs a re-polish at start-up
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("card")
        card.setMaximumWidth(720)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(36, 30, 36, 30)
        layout.setSpacing(12)
        title = QLabel("LocalPlan")
        title.setObjectName("title")
        subtitle = QLabel(tr("Human mobility in the development and land-use plan (PDOT) of your GAD: "
                             "diagnosis, proposal, management model, ordinance and the submission to the ministry."))
        subtitle.setWordWrap(True)
        subtitle.setObjectName("subtitle")
        layout.addWidget(title)
        layout.addWidget(subtitle)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(tr("New plan…"))
        self.open_button = QPushButton(tr("Open plan…"))
        self.example_button = QPushButton(tr("Open the example plan"))
        self.new_button.setDefault(True)
        for b in (self.new_button, self.open_button, self.example_button):
            b.setMinimumHeight(38)
            buttons.addWidget(b)
        self.new_button.setObjectName("new")
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.example_button.clicked.connect(self.example_requested)
        layout.addLayout(buttons)
        recent_title = QLabel(tr("Recent plans"))
        recent_title.setObjectName("recentTitle")
        layout.addWidget(recent_title)
        self.recent = QListWidget()
        self.recent.setObjectName("recent")
        self.recent.setItemDelegate(RecentDelegate(self.recent))
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(user_role())))
        layout.addWidget(self.recent)
        self.no_recent = QLabel(tr("No recent plans yet. Create one, or open the example to look around."))
        self.no_recent.setObjectName("noRecent")
        layout.addWidget(self.no_recent)
        footer = QLabel(tr("Version {version} · works without internet · every change is saved as you make it").format(version=__version__))
        footer.setObjectName("footer")
        layout.addWidget(footer)
        column = QVBoxLayout()
        column.addStretch(1)
        column.addWidget(card)
        column.addStretch(2)
        outer.addLayout(column, 4)
        outer.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        self.recent.clear()
        for path in settings.recent_files():
            item = QListWidgetItem(Path(path).name)
            item.setData(user_role(), path)
            item.setToolTip(path)
            self.recent.addItem(item)
        if self.recent.count():
            row = self.recent.sizeHintForRow(0)
            self.recent.setFixedHeight(row * min(self.recent.count(), 5) + 4)
        self.recent.setVisible(self.recent.count() > 0)
        self.no_recent.setVisible(self.recent.count() == 0)
