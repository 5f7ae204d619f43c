"""The start page: new plan, open plan, the example plan, recent files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from localplan import __version__, settings
from localplan.i18n import tr


def example_available() -> bool:
    try:
        return importlib.util.find_spec("localplan.demo") is not None
    except ModuleNotFoundError:
        return False


class RecentDelegate(QStyledItemDelegate):
    """A recent plan: its file name, and below it the folder in grey (elided in the middle)."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 - Qt API
        return QSize(200, option.fontMetrics.height() * 2 + 14)

    def paint(self, painter, option, index) -> None:
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


class StartPage(QWidget):
    new_requested = Signal()
    open_requested = Signal()
    example_requested = Signal()
    recent_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        card = QFrame()
        card.setObjectName("card")
        card.setStyleSheet("QFrame#card { background: white; border: 1px solid #D9E1EA; border-radius: 10px; }")
        card.setMaximumWidth(720)
        layout = QVBoxLayout(card)
        layout.setContentsMargins(36, 30, 36, 30)
        layout.setSpacing(12)
        title = QLabel("LocalPlan")
        title.setStyleSheet("font-size: 26pt; font-weight: 700; color: #1F4E79;")
        subtitle = QLabel(tr("Human mobility in the development and land-use plan (PDOT) of your GAD: "
                             "diagnosis, proposal, management model, ordinance and the submission to the ministry."))
        subtitle.setWordWrap(True)
        subtitle.setStyleSheet("color: #3c4650; font-size: 11pt;")
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
        self.new_button.setStyleSheet("QPushButton { background: #1F4E79; color: white; border-radius: 5px; padding: 6px 16px; }")
        self.example_button.setVisible(example_available())
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_requested)
        self.example_button.clicked.connect(self.example_requested)
        layout.addLayout(buttons)
        recent_title = QLabel(tr("Recent plans"))
        recent_title.setStyleSheet("font-weight: 600; font-size: 11pt; padding-top: 14px;")
        layout.addWidget(recent_title)
        self.recent = QListWidget()
        self.recent.setObjectName("recent")
        self.recent.setItemDelegate(RecentDelegate(self.recent))
        self.recent.setStyleSheet("QListWidget#recent { border: 1px solid #E1E7EE; border-radius: 6px; }")
        self.recent.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent.itemActivated.connect(lambda item: self.recent_requested.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout.addWidget(self.recent)
        self.no_recent = QLabel(tr("No recent plans yet. Create one, or open the example to look around."))
        self.no_recent.setStyleSheet("color: #5f6b7a;")
        layout.addWidget(self.no_recent)
        footer = QLabel(tr("Version {version} · works without internet · every change is saved as you make it").format(version=__version__))
        footer.setStyleSheet("color: #7a8794; font-size: 8.5pt;")
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
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        if self.recent.count():
            row = self.recent.sizeHintForRow(0)
            self.recent.setFixedHeight(row * min(self.recent.count(), 5) + 4)
        self.recent.setVisible(self.recent.count() > 0)
        self.no_recent.setVisible(self.recent.count() == 0)
