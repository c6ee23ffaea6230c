"""The big count and the breath pacer behind it, in one widget.

The digits fill most of the widget's height (the player gives it a large share
of the window) and are repainted only when the shown text changes. The pacer is
a soft disc that grows while breathing in, stays full while holding the breath
and shrinks while breathing out; it repaints only when its size visibly changes,
which happens only in breath segments.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from supple.ui.kit import theme
from supple.ui.kit.accessible import STATIC_TEXT, give_role

PACER_MIN = 0.5  # disc radius at the bottom of a breath, as a share of the full radius
DIGIT_ROOM = 1.15  # the disc's smallest radius, in half-heights of the digits' ink
PAUSED_SHARE = 0.18  # the PAUSED word's pixel size, as a share of the widget height
DIGIT_SHARE = 0.86  # font pixel size as a share of the widget height (before width fitting)


def format_count(seconds: float, *, up: bool = False) -> str:
    """Whole seconds as the count shows them: 45, then 1:30 from a minute up.

    Counting down shows the seconds still to go rounded up (10 ... 1); counting
    up shows the seconds passed rounded down (0, 1, 2 ...).
    """
    whole = math.floor(seconds + 1e-6) if up else math.ceil(seconds - 1e-6)
    whole = max(0, whole)
    if whole < 60:
        return str(whole)
    minutes, secs = divmod(whole, 60)
    return f"{minutes}:{secs:02d}"


def announced(whole: int, entered: bool) -> bool:
    """Whether a screen reader is told the count now: when a segment starts, every ten
    seconds and the last three, not every second (that would drown the voice)."""
    return entered or whole <= 3 or whole % 10 == 0


def pacer_scale(phase: str | None, fraction: float) -> float:
    """Radius share of the pacer disc: grows on inhale, holds, shrinks on exhale."""
    f = max(0.0, min(1.0, fraction))
    eased = 0.5 - 0.5 * math.cos(math.pi * f)  # gentle start and end, like a breath
    if phase == "inhale":
        return PACER_MIN + (1.0 - PACER_MIN) * eased
    if phase == "pause":
        return 1.0
    if phase == "exhale":
        return 1.0 - (1.0 - PACER_MIN) * eased
    return 0.0


class CountdownDial(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._phase: str | None = None
        self._scale = 0.0
        self._dimmed = False
        self._font_cache: tuple[tuple[int, int, int], QFont] | None = None
        self.paint_count = 0  # how often it painted (tests check it stays calm)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(160, 120)
        self._told = ""  # what the screen reader was last told (the accessible name)
        # A text that changes, not a "client": screen readers read its name.
        give_role(self, STATIC_TEXT)
        self.setAccessibleName(self.tr("Time left"))

    # -- state ---------------------------------------------------------------
    def text(self) -> str:
        return self._text

    def set_text(self, text: str) -> None:
        if text == self._text:
            return
        self._text = text
        self.update()  # the screen reader hears of it only through ``announce``

    def announce(self, told: str) -> None:
        """Say ``told`` ("Time left: 20 seconds") to screen readers: the accessible name
        changes, which they read out. Called at the moments ``announced`` picks."""
        self._told = told
        name = self.tr("{told}, paused").format(told=told) if self._dimmed else told
        if name != self.accessibleName():
            self.setAccessibleName(name)
        self.setAccessibleDescription(self._described())

    @property
    def phase(self) -> str | None:
        return self._phase

    @property
    def scale(self) -> float:
        return self._scale

    def set_pacer(self, phase: str | None, fraction: float = 0.0) -> None:
        """Show the pacer for ``phase`` (inhale, pause, exhale) or hide it (None)."""
        scale = pacer_scale(phase, fraction)
        if phase == self._phase and abs(scale - self._scale) < 0.002:
            return
        self._phase = phase
        self._scale = scale
        self.update()

    def set_dimmed(self, dimmed: bool) -> None:
        """Paused: the digits greyed and PAUSED written large across them."""
        if dimmed != self._dimmed:
            self._dimmed = dimmed
            if self._told:
                self.announce(self._told)
            self.setAccessibleDescription(self._described())
            self.update()

    @property
    def dimmed(self) -> bool:
        return self._dimmed

    def _described(self) -> str:
        return self.tr("{count}, paused").format(count=self._text) if self._dimmed else self._text

    def paused_text(self) -> str:
        return self.tr("PAUSED")

    def paused_font(self) -> QFont:
        font = QFont(self.font())
        font.setWeight(QFont.Weight.Bold)
        font.setPixelSize(max(24, round(self.height() * PAUSED_SHARE)))
        return font

    # -- geometry ------------------------------------------------------------
    def sizeHint(self) -> QSize:
        return QSize(420, 320)

    def digit_font(self) -> QFont:
        """The largest font at which the text fits the widget."""
        # Size by a stand-in of the same shape, so 59 -> 1:00 is the only jump.
        shape = "".join("0" if ch.isdigit() else ch for ch in self._text) or "0"
        key = (self.width(), self.height(), hash(shape))
        if self._font_cache is not None and self._font_cache[0] == key:
            return self._font_cache[1]
        font = QFont(self.font())
        font.setWeight(QFont.Weight.DemiBold)
        font.setStretch(QFont.Stretch.Condensed)
        size = max(8.0, self.height() * DIGIT_SHARE)
        font.setPixelSize(round(size))
        metrics = QFontMetricsF(font)
        width = metrics.horizontalAdvance(shape)
        room = self.width() * 0.96
        if width > room:
            font.setPixelSize(max(8, math.floor(size * room / width)))
        self._font_cache = (key, font)
        return font

    def digit_height(self) -> float:
        """Pixel height of the digits as drawn (for the two-metre check)."""
        return QFontMetricsF(self.digit_font()).tightBoundingRect("0123456789").height()

    def full_radius(self) -> float:
        return min(self.width(), self.height()) / 2 - 2

    def pacer_radius(self) -> float:
        """The disc's radius now: between the smallest that still holds the digits
        (never smaller than them, at the bottom of a breath out) and the full one."""
        if self._phase is None:
            return 0.0
        full = self.full_radius()
        low = min(full, max(full * PACER_MIN, self.digit_height() / 2 * DIGIT_ROOM))
        share = (self._scale - PACER_MIN) / (1.0 - PACER_MIN)
        return low + (full - low) * max(0.0, min(1.0, share))

    # -- painting ------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_count += 1
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect())
        if self._phase is not None:
            full = self.full_radius()
            centre = rect.center()
            colour = QColor(theme.accent(palette))
            guide = QColor(colour)
            guide.setAlphaF(0.35)
            painter.setPen(QPen(guide, 2, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(centre, full, full)
            fill = QColor(colour)
            fill.setAlphaF(0.16 if theme.is_dark(palette) else 0.13)
            ring = QColor(colour)
            ring.setAlphaF(0.8)
            radius = self.pacer_radius()
            painter.setBrush(fill)
            painter.setPen(QPen(ring, max(2.0, full * 0.025)))
            painter.drawEllipse(centre, radius, radius)
        if not self._text:
            return
        font = self.digit_font()
        painter.setFont(font)
        colour = palette.color(palette.ColorRole.WindowText)
        if self._dimmed:
            colour = theme.muted_text(palette)
        painter.setPen(colour)
        metrics = QFontMetricsF(font)
        tight = metrics.tightBoundingRect("0123456789")
        width = metrics.horizontalAdvance(self._text)
        x = rect.center().x() - width / 2
        # Centre the digits' ink (not the line box) vertically.
        y = rect.center().y() - (tight.top() + tight.bottom()) / 2
        painter.drawText(QPointF(x, y), self._text)
        if self._dimmed:
            self._paint_paused(painter, rect)

    def _paint_paused(self, painter: QPainter, rect: QRectF) -> None:
        """PAUSED, large, on a band across the greyed digits: seen from the mat."""
        palette = self.palette()
        font = self.paused_font()
        metrics = QFontMetricsF(font)
        text = self.paused_text()
        pad = font.pixelSize() * 0.5
        width = metrics.horizontalAdvance(text) + 2 * pad
        height = metrics.height() + pad
        band = QRectF(rect.center().x() - width / 2, rect.center().y() - height / 2, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.accent(palette))
        painter.drawRoundedRect(band, height / 2, height / 2)
        painter.setFont(font)
        painter.setPen(palette.color(palette.ColorRole.HighlightedText))
        painter.drawText(band, Qt.AlignmentFlag.AlignCenter, text)
