"""Check boxes whose outline can be seen: Fusion draws an unchecked box's border in
the window colour darkened by 40 %, which on the dark theme is 1.1:1 against the window
and the box (#17181b on #1d1f23). This style draws that border again in
:func:`supple.ui.kit.theme.indicator_outline`, 3:1 against both (WCAG 2's non-text
contrast). The keyboard focus border (the accent) is left as Fusion draws it.

Used by ``theme.apply_theme`` (the app's own light and dark themes, as the screenshots
and tests show them); a desktop's own style is left alone.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from supple.ui.kit import theme

_CHECK_BOX = QStyle.PrimitiveElement.PE_IndicatorCheckBox  # (the app has no radio buttons)


class OutlinedIndicators(QProxyStyle):
    """``base`` (a style's name, "Fusion") with check box outlines redrawn."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element is not _CHECK_BOX:
            return
        state = option.state
        if (
            state & QStyle.StateFlag.State_HasFocus
            and state & QStyle.StateFlag.State_KeyboardFocusChange
        ):
            return  # Fusion's accent focus border stays
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(theme.indicator_outline(option.palette), 1.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
        painter.restore()
