"""The routine's steps as small cards: picture, title, hold and time, a mark when a
step has a problem. Drag a card, or press Alt+Up / Alt+Down, to reorder; Delete
removes the selected step."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent, QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListWidget,
    QListWidgetItem,
    QStyleOptionViewItem,
    QWidget,
)

from supple.ui.kit import theme
from supple.ui.kit.card_delegate import CardDelegate
from supple.ui.kit.picture import CACHE
from supple.ui.kit.text import warning_colour

ROW_ROLE = Qt.ItemDataRole.UserRole + 11
ROW_HEIGHT = 76
THUMB = QSize(76, 56)


@dataclass(frozen=True)
class Row:
    """What a step's card in the editor's list shows."""

    title: str
    summary: str
    seconds: float | None
    picture: Path | None
    bad: bool


def _elided(text: str, metrics: QFontMetricsF, width: float) -> str:
    """``text`` on one line, ended with an ellipsis if it is wider than ``width``."""
    return metrics.elidedText(text.replace("\n", " "), Qt.TextElideMode.ElideRight, width)


def clock_text(seconds: float) -> str:
    total = max(0, round(seconds))
    minutes, secs = divmod(total, 60)
    return f"{minutes}:{secs:02d}"


class StepDelegate(CardDelegate):
    def __init__(self, host: QWidget) -> None:
        super().__init__(host, QSize(280, ROW_HEIGHT))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: Row | None = index.data(ROW_ROLE)
        if row is None:
            return
        # The window's palette: the list itself has a transparent base.
        palette = self._host.window().palette()
        rect = QRectF(option.rect).adjusted(2, 3, -2, -3)  # type: ignore[attr-defined]
        selected = self.is_selected(option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint_card(painter, rect, palette, selected, 12)

        number_font = QFont(option.font)  # type: ignore[attr-defined]
        number_font.setPixelSize(13)
        number_font.setBold(True)
        muted = theme.muted_text(palette)
        number = QRectF(rect.left() + 6, rect.top(), 26, rect.height())
        painter.setFont(number_font)
        painter.setPen(muted)
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(index.row() + 1))

        thumb = QRectF(
            number.right() + 2,
            rect.center().y() - THUMB.height() / 2,
            THUMB.width(),
            THUMB.height(),
        )
        tshape = QPainterPath()
        tshape.addRoundedRect(thumb, 8, 8)
        painter.fillPath(tshape, theme.card(palette))
        if row.picture is not None:
            image = CACHE.get(row.picture, QSize(THUMB.width() - 8, THUMB.height() - 8))
            if image is not None:
                painter.drawImage(
                    QRectF(
                        thumb.center().x() - image.width() / 2,
                        thumb.center().y() - image.height() / 2,
                        image.width(),
                        image.height(),
                    ),
                    image,
                )

        left = thumb.right() + 12
        right = rect.right() - 12
        title_font = QFont(option.font)  # type: ignore[attr-defined]
        title_font.setPixelSize(15)
        title_font.setWeight(QFont.Weight.DemiBold)
        small = QFont(option.font)  # type: ignore[attr-defined]
        small.setPixelSize(13)
        tm, sm = QFontMetricsF(title_font), QFontMetricsF(small)
        time_text = clock_text(row.seconds) if row.seconds is not None else "–"
        time_width = sm.horizontalAdvance(time_text) + 4
        text = palette.color(QPalette.ColorRole.WindowText)
        top = rect.center().y() - (tm.height() + sm.height() + 4) / 2
        width = right - left - time_width - 8
        title = row.title or QCoreApplication.translate("StepList", "(no title)")
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(
            QRectF(left, top, width, tm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            _elided(title, tm, width),
        )
        if row.bad:
            summary, summary_colour = (
                QCoreApplication.translate("StepList", "Needs attention"),
                warning_colour(palette),
            )
        else:
            summary, summary_colour = row.summary, muted
        y = top + tm.height() + 4
        painter.setFont(small)
        painter.setPen(summary_colour)
        painter.drawText(
            QRectF(left, y, right - left, sm.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            _elided(summary, sm, right - left),
        )
        painter.setPen(muted)
        painter.drawText(
            QRectF(right - time_width, top, time_width, tm.height()),
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            time_text,
        )
        if row.bad:
            dot = QPainterPath()
            dot.addEllipse(QRectF(thumb.right() - 7, thumb.top() - 3, 12, 12))
            painter.fillPath(dot, warning_colour(palette))
        painter.restore()


class StepList(QListWidget):
    """Emits ``moved(from, to)`` for a drag or Alt+arrow, ``remove_requested()`` for Delete."""

    moved = Signal(int, int)
    remove_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setItemDelegate(StepDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setUniformItemSizes(True)
        self.setAccessibleName(self.tr("Steps"))
        self._updating = False
        self.model().rowsMoved.connect(self._rows_moved)
        CACHE.signals.ready.connect(self._picture_ready)  # own pictures are drawn off-thread

    def _picture_ready(self, _path: str) -> None:
        self.viewport().update()

    def set_rows(self, rows: list[Row], current: int | None) -> None:
        self._updating = True
        try:
            while self.count() > len(rows):
                self.takeItem(self.count() - 1)
            while self.count() < len(rows):
                self.addItem(QListWidgetItem())
            for i, row in enumerate(rows):
                item = self.item(i)
                if item.data(ROW_ROLE) != row:
                    item.setData(ROW_ROLE, row)
                    item.setText(row.title)
                    item.setData(
                        Qt.ItemDataRole.AccessibleTextRole,
                        QCoreApplication.translate(
                            "StepList", "Step {n}: {title}, {summary}"
                        ).format(n=i + 1, title=row.title, summary=row.summary),
                    )
            if current is None:
                self.clearSelection()
                self.setCurrentRow(-1)
            elif current != self.currentRow():
                self.setCurrentRow(current)
        finally:
            self._updating = False
        self.viewport().update()

    def _rows_moved(
        self, _parent: QModelIndex, start: int, end: int, _dest: QModelIndex, row: int
    ) -> None:
        if self._updating:
            return
        target = row if row < start else row - 1
        if target != start:
            self.moved.emit(start, target)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down) and row >= 0:
            target = row - 1 if event.key() == Qt.Key.Key_Up else row + 1
            if 0 <= target < self.count():
                self.moved.emit(row, target)
            event.accept()
            return
        if event.key() == Qt.Key.Key_Delete and row >= 0:
            self.remove_requested.emit()
            event.accept()
            return
        super().keyPressEvent(event)
