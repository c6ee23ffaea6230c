"""The weekly bar chart: minutes per day, painted with QPainter from the palette.

Why QPainter and not QtCharts: QtCharts is deprecated since Qt 6.10 and is not
part of PySide6-Essentials (the distribution Supple depends on). Seven bars, a
goal line and a few labels are a hundred lines of painting, and painting them
ourselves lets every colour come from the palette, so the chart follows light
and dark themes without a stylesheet.

The geometry is computed by ``layout()`` (pure arithmetic on the widget size and
the data) and only drawn by ``paintEvent``, so tests check the bars' heights
and values directly.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from supple.ui.kit.theme import mix, readable

Role = QPalette.ColorRole


@dataclass(frozen=True)
class ChartDay:
    """One day's bar of the weekly chart, before layout."""

    label: str  # "Mon"
    date_label: str  # "25"
    minutes: float
    sessions: int
    today: bool = False
    tooltip: str = ""  # the day's sessions, one a line


@dataclass(frozen=True)
class Bar:
    """A day's bar laid out in the chart's pixels."""

    index: int
    column: QRectF  # the whole clickable column
    rect: QRectF  # the bar itself (zero height when no minutes)
    minutes: float
    value_text: str  # "" when nothing to show


@dataclass(frozen=True)
class ChartLayout:
    """The whole chart laid out: plot area, scale, grid lines and bars."""

    plot: QRectF  # the area the bars grow in
    scale_max: float  # minutes at the top of the plot
    ticks: tuple[float, ...]  # minutes with a grid line
    bars: tuple[Bar, ...]
    goal_y: float | None  # y of the goal line, None without a goal


def nice_step(top: float) -> float:
    """A grid step giving 3 to 6 lines up to ``top``: 5, 10, 15, 20, 30, 60 ... minutes."""
    for step in (5, 10, 15, 20, 30, 60, 120, 180, 240):
        if top / step <= 5:
            return float(step)
    return float(math.ceil(top / 5 / 60) * 60)


def minutes_text(minutes: float) -> str:
    if minutes <= 0:
        return ""
    if minutes < 1:
        return "<1"
    return f"{minutes:.0f}"


class WeekChart(QWidget):
    day_hovered = Signal(int)  # -1 when the pointer leaves the bars
    day_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._days: tuple[ChartDay, ...] = ()
        self._goal = 0.0
        self._hover = -1
        self._selected = -1
        self._empty_text = self.tr("No sessions this week")
        self.setMouseTracking(True)
        self.setMinimumSize(360, 220)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Tab reaches it; Left/Right (Home/End) move between the days, each read out.
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._name_day()

    # -- data ----------------------------------------------------------------
    def set_days(self, days: Sequence[ChartDay], goal_minutes: float = 0.0) -> None:
        self._days = tuple(days)
        self._goal = max(0.0, float(goal_minutes))
        self._hover = -1
        self._selected = -1
        parts = [self.day_text(i) for i in range(len(self._days))]
        self.setAccessibleDescription("; ".join(parts))
        self._name_day()
        self.update()

    def day_text(self, index: int) -> str:
        """One day as a screen reader says it: "Mon 25: 12 min, 2 sessions"."""
        day = self._days[index]
        if day.sessions == 1:
            sessions = self.tr("1 session")
        else:
            sessions = self.tr("{n} sessions").format(n=day.sessions)
        return self.tr("{day} {date}: {minutes} min, {sessions}").format(
            day=day.label, date=day.date_label, minutes=f"{day.minutes:.0f}", sessions=sessions
        )

    def _name_day(self) -> None:
        """The accessible name says the day the keyboard is on (a name change is what
        a screen reader announces when the focused widget's content moves)."""
        name = self.tr("Minutes per day")
        if 0 <= self._selected < len(self._days):
            name = f"{name}. {self.day_text(self._selected)}"
        if self.accessibleName() != name:
            self.setAccessibleName(name)

    @property
    def days(self) -> tuple[ChartDay, ...]:
        return self._days

    def set_selected(self, index: int) -> None:
        self._selected = index
        self._name_day()
        self.update()

    @property
    def selected(self) -> int:
        return self._selected

    def keyPressEvent(self, event: QKeyEvent) -> None:
        count = len(self._days)
        key = event.key()
        moves = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if count == 0 or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        current = self._selected if 0 <= self._selected < count else self._start_day()
        if key in moves:
            target = max(0, min(count - 1, current + moves[key]))
        elif key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = count - 1
        else:
            super().keyPressEvent(event)
            return
        event.accept()
        self._choose(target)

    def _start_day(self) -> int:
        return next((i for i, d in enumerate(self._days) if d.today), len(self._days) - 1)

    def _choose(self, index: int) -> None:
        if index != self._selected:
            self.set_selected(index)
            self.day_clicked.emit(index)

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self._days and not 0 <= self._selected < len(self._days):
            self._choose(self._start_day())
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(640, 300)

    # -- geometry ------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont, QFont]:
        base = QFont(self.font())
        size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
        label = QFont(base)
        label.setPointSizeF(size * 1.05)
        value = QFont(base)
        value.setPointSizeF(size * 1.0)
        value.setBold(True)
        small = QFont(base)
        small.setPointSizeF(size * 0.85)
        return label, value, small

    def layout(self, width: float | None = None, height: float | None = None) -> ChartLayout:
        """Where everything goes at this size (the widget's own size by default)."""
        w = float(self.width() if width is None else width)
        h = float(self.height() if height is None else height)
        label_font, value_font, small_font = self._fonts()
        label_h = QFontMetricsF(label_font).height()
        value_h = QFontMetricsF(value_font).height()
        small = QFontMetricsF(small_font)
        most = max((d.minutes for d in self._days), default=0.0)
        top = max(most, self._goal, 10.0)
        step = nice_step(top * 1.08)
        scale_max = step * math.ceil(top * 1.08 / step)
        ticks = tuple(step * i for i in range(1, round(scale_max / step) + 1))
        axis_w = small.horizontalAdvance(f"{scale_max:.0f} min") + 10
        left = axis_w + 4
        right = 12.0
        top_pad = value_h + 10
        bottom_pad = label_h * 2 + 10
        plot = QRectF(
            left, top_pad, max(10.0, w - left - right), max(10.0, h - top_pad - bottom_pad)
        )
        count = max(1, len(self._days))
        col_w = plot.width() / count
        bar_w = min(col_w * 0.62, 64.0)
        bars: list[Bar] = []
        for i, day in enumerate(self._days):
            x0 = plot.left() + i * col_w
            bar_h = plot.height() * min(1.0, day.minutes / scale_max) if day.minutes > 0 else 0.0
            if 0 < bar_h < 3:
                bar_h = 3.0  # a few seconds still shows
            rect = QRectF(x0 + (col_w - bar_w) / 2, plot.bottom() - bar_h, bar_w, bar_h)
            column = QRectF(x0, plot.top() - value_h - 6, col_w, h - (plot.top() - value_h - 6))
            bars.append(Bar(i, column, rect, day.minutes, minutes_text(day.minutes)))
        goal_y = None
        if self._goal > 0:
            goal_y = plot.bottom() - plot.height() * min(1.0, self._goal / scale_max)
        return ChartLayout(plot, scale_max, ticks, tuple(bars), goal_y)

    def bar_at(self, point: QPointF) -> int:
        for bar in self.layout().bars:
            if bar.column.contains(point):
                return bar.index
        return -1

    # -- events --------------------------------------------------------------
    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if index != self._hover:
            self._hover = index
            self.day_hovered.emit(index)
            self.update()
        if index >= 0 and self._days[index].tooltip:
            QToolTip.showText(event.globalPosition().toPoint(), self._days[index].tooltip, self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, event: object) -> None:
        if self._hover != -1:
            self._hover = -1
            self.day_hovered.emit(-1)
            self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.bar_at(event.position())
        if index >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self._selected = index
            self._name_day()
            self.day_clicked.emit(index)
            self.update()

    # -- painting ------------------------------------------------------------
    def colors(self) -> dict[str, QColor]:
        pal = self.palette()
        base = pal.color(Role.Base)
        window = pal.color(Role.Window)
        text = pal.color(Role.WindowText)
        accent = pal.color(Role.Highlight)
        dark = window.lightnessF() < 0.5
        return {
            "text": text,
            "muted": readable(mix(text, window, 0.45), window),
            "grid": mix(window, text, 0.12 if dark else 0.10),
            "axis": mix(window, text, 0.35),
            # Calm: the accent softened towards the background; today gets the full accent.
            "bar": mix(accent, base, 0.30 if dark else 0.38),
            "bar_today": accent,
            "bar_hover": mix(accent, text, 0.15),
            "goal": mix(text, window, 0.25),
            "column": mix(window, accent, 0.10 if dark else 0.07),
        }

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        c = self.colors()
        label_font, value_font, small_font = self._fonts()
        lay = self.layout()
        plot = lay.plot

        # Grid lines with their minutes at the left.
        painter.setFont(small_font)
        small = QFontMetricsF(small_font)
        for tick in lay.ticks:
            y = plot.bottom() - plot.height() * tick / lay.scale_max
            painter.setPen(QPen(c["grid"], 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(c["muted"])
            text = f"{tick:.0f}"
            painter.drawText(
                QRectF(0, y - small.height() / 2, plot.left() - 8, small.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
        painter.setPen(c["muted"])
        painter.drawText(
            QRectF(0, plot.top() - small.height() - 14, plot.left() + 40, small.height()),
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.tr("min"),
        )

        # Hover / selection column behind the bar.
        for bar in lay.bars:
            if bar.index in (self._hover, self._selected):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(c["column"])
                painter.drawRoundedRect(bar.column.adjusted(3, 0, -3, 0), 8, 8)

        # The keyboard's day: an outline around its column while the chart has the focus.
        if self.hasFocus():
            for bar in lay.bars:
                if bar.index == self._selected:
                    painter.setPen(QPen(c["text"], 2))
                    painter.setBrush(Qt.BrushStyle.NoBrush)
                    painter.drawRoundedRect(bar.column.adjusted(4, 1, -4, -1), 8, 8)

        # Bars with rounded tops.
        for bar in lay.bars:
            if bar.rect.height() <= 0:
                continue
            day = self._days[bar.index]
            color = c["bar_today"] if day.today else c["bar"]
            if bar.index in (self._hover, self._selected):
                color = c["bar_hover"] if not day.today else mix(c["bar_today"], c["text"], 0.1)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            radius = min(8.0, bar.rect.width() / 4, bar.rect.height())
            path = QPainterPath()
            r = bar.rect
            path.moveTo(r.left(), r.bottom())
            path.lineTo(r.left(), r.top() + radius)
            path.quadTo(r.left(), r.top(), r.left() + radius, r.top())
            path.lineTo(r.right() - radius, r.top())
            path.quadTo(r.right(), r.top(), r.right(), r.top() + radius)
            path.lineTo(r.right(), r.bottom())
            path.closeSubpath()
            painter.drawPath(path)

        # Baseline.
        painter.setPen(QPen(c["axis"], 1.2))
        painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))

        # Goal line, dashed, labelled at the right above the line.
        if lay.goal_y is not None:
            pen = QPen(c["goal"], 1.6, Qt.PenStyle.DashLine)
            pen.setDashPattern([5, 4])
            painter.setPen(pen)
            painter.drawLine(QPointF(plot.left(), lay.goal_y), QPointF(plot.right(), lay.goal_y))
            painter.setFont(small_font)
            painter.setPen(c["goal"])
            goal_text = self.tr("goal {n} min").format(n=f"{self._goal:.0f}")
            tw = small.horizontalAdvance(goal_text) + 8
            box = QRectF(plot.right() - tw, lay.goal_y - small.height() - 2, tw, small.height())
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().color(Role.Window))
            painter.drawRect(box)
            painter.setPen(c["goal"])
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), goal_text)

        # Values above bars.
        painter.setFont(value_font)
        value_h = QFontMetricsF(value_font).height()
        for bar in lay.bars:
            if not bar.value_text:
                continue
            painter.setPen(c["text"])
            box = QRectF(
                bar.column.left(), bar.rect.top() - value_h - 3, bar.column.width(), value_h
            )
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), bar.value_text)

        # Day labels: weekday, then the date; today in bold and the accent.
        label_h = QFontMetricsF(label_font).height()
        for bar in lay.bars:
            day = self._days[bar.index]
            font = QFont(label_font)
            font.setBold(day.today)
            painter.setFont(font)
            painter.setPen(c["text"])
            top = plot.bottom() + 6
            painter.drawText(
                QRectF(bar.column.left(), top, bar.column.width(), label_h),
                int(Qt.AlignmentFlag.AlignCenter),
                day.label,
            )
            painter.setPen(c["text"] if day.today else c["muted"])
            painter.drawText(
                QRectF(bar.column.left(), top + label_h, bar.column.width(), label_h),
                int(Qt.AlignmentFlag.AlignCenter),
                day.date_label,
            )

        if self._days and all(d.minutes <= 0 for d in self._days):
            painter.setFont(label_font)
            metrics = QFontMetricsF(label_font)
            tw = metrics.horizontalAdvance(self._empty_text) + 24
            th = metrics.height() + 12
            box = QRectF(plot.center().x() - tw / 2, plot.center().y() - th / 2, tw, th)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(self.palette().color(Role.Window))
            painter.drawRoundedRect(box, 6, 6)
            painter.setPen(c["muted"])
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), self._empty_text)
        painter.end()
