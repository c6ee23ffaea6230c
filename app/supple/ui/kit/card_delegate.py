"""What the library's and the editor's card lists share: a fixed-size row painted as a
rounded card that takes the accent colour when selected.

First frame: the library's cards are painted before the window first shows, so this
module paints through ``kit.paint``, without Qt's enums (ARCHITECTURE.md, start-up
rules); a wing outside the first frame that subclasses it paints the ordinary way.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize
from PySide6.QtGui import QPainter, QPainterPath, QPalette
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from supple.ui.kit import paint, theme


class CardDelegate(QStyledItemDelegate):
    """A delegate for ``size`` rows; subclasses paint their content over ``paint_card``."""

    def __init__(self, host: QWidget, size: QSize) -> None:
        super().__init__(host)
        self._host = host
        self._size = QSize(size)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(self._size)

    @staticmethod
    def is_selected(
        option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> bool:
        # Asked of the list, not read from option.state: that is a QStyle flag, and
        # touching QStyle makes PySide6 build its ~30 enums before the first paint.
        view = option.widget  # type: ignore[attr-defined]
        selection = view.selectionModel() if isinstance(view, QAbstractItemView) else None
        return selection is not None and selection.isSelected(index)

    @staticmethod
    def paint_card(
        painter: QPainter, rect: QRectF, palette: QPalette, selected: bool, radius: float
    ) -> None:
        """The card itself: base colour, tinted and outlined in the accent when selected."""
        accent = theme.accent(palette)
        shape = QPainterPath()
        shape.addRoundedRect(rect, radius, radius)
        base = palette.color(QPalette.ColorRole.Base)
        paint.fill(painter, shape, theme.mix(base, accent, 0.16 if selected else 0.0))
        paint.outline(painter, shape, accent if selected else theme.card_border(palette))
