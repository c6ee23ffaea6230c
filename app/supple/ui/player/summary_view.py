"""The end of a session: how long, what was done, and the way back."""

from __future__ import annotations

import functools

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QPainterPath, QPaintEvent, QPen, QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supple.routine import Routine
from supple.session import Outcome, SessionReport
from supple.ui.kit import theme


def minutes_text(seconds: float) -> str:
    total = max(0, round(seconds))
    minutes, secs = divmod(total, 60)
    return f"{minutes}:{secs:02d}"


class _Badge(QWidget):
    """A round accent badge: a tick when the routine was finished, a bar when stopped."""

    def __init__(self) -> None:
        super().__init__()
        self.finished = True
        self.setFixedSize(88, 88)

    def set_finished(self, finished: bool) -> None:
        self.finished = finished
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        if self.finished:
            fill = theme.accent(palette)
            mark = palette.color(palette.ColorRole.HighlightedText)
        else:
            fill = theme.card(palette)
            mark = theme.muted_text(palette)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        painter.drawEllipse(rect)
        pen = QPen(mark, rect.width() * 0.09, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        w, x, y = rect.width(), rect.x(), rect.y()
        if self.finished:
            path = QPainterPath(QPointF(x + w * 0.28, y + w * 0.52))
            path.lineTo(x + w * 0.44, y + w * 0.67)
            path.lineTo(x + w * 0.73, y + w * 0.36)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        else:
            painter.drawLine(QPointF(x + w * 0.32, y + w / 2), QPointF(x + w * 0.68, y + w / 2))


class _Stat(QFrame):
    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setObjectName("stat")
        self.value = QLabel()
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption = QLabel(caption)
        self.caption.setObjectName("muted")
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)


class SummaryView(QWidget):
    library_requested = Signal()
    again_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summary")
        self.report: SessionReport | None = None
        self.badge = _Badge()
        self.heading = QLabel()
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)  # holds a routine's title
        self.subtitle.setObjectName("muted")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        # Active time: holds and stretches count as much as moving does.
        self.time_stat = _Stat(self.tr("active time"))
        self.done_stat = _Stat(self.tr("steps done"))
        self.skipped_stat = _Stat(self.tr("skipped"))
        self.feel_stat = _Stat(self.tr("your back, before → after (0 = feels fine, 10 = worst)"))
        self.feel_stat.hide()  # shown once a check-in gave a score
        stats = QGridLayout()
        stats.setHorizontalSpacing(20)
        stats.setVerticalSpacing(20)
        for column, stat in enumerate((self.time_stat, self.done_stat, self.skipped_stat)):
            stats.addWidget(stat, 0, column)
        stats.addWidget(self.feel_stat, 1, 0, 1, 3)
        self.library_button = QPushButton(self.tr("Back to the library"))
        self.library_button.setObjectName("primaryButton")
        self.library_button.setDefault(True)
        self.library_button.setAutoDefault(True)
        self.library_button.setToolTip(self.tr("Back to the library (Enter)"))
        self.library_button.clicked.connect(self.library_requested)
        self.again_button = QPushButton(self.tr("Do it again"))
        self.again_button.setObjectName("secondaryButton")
        self.again_button.clicked.connect(self.again_requested)
        buttons = QHBoxLayout()
        buttons.setSpacing(14)
        buttons.addStretch(1)
        buttons.addWidget(self.again_button)
        buttons.addWidget(self.library_button)
        buttons.addStretch(1)
        column = QVBoxLayout()
        column.setSpacing(14)
        column.addStretch(2)
        column.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addSpacing(8)
        column.addWidget(self.heading)
        column.addWidget(self.subtitle)
        column.addSpacing(28)
        column.addLayout(stats)
        column.addSpacing(32)
        column.addLayout(buttons)
        column.addStretch(3)
        outer = QHBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 24)
        outer.addStretch(1)
        outer.addLayout(column, 6)
        outer.addStretch(1)
        self._restyle()
        theme.follow_app_palette(self, self._restyle)  # the desktop turning dark

    def show_report(self, report: SessionReport, routine: Routine | None) -> None:
        self.report = report
        finished = report.outcome is Outcome.FINISHED
        self.badge.set_finished(finished)
        self.heading.setText(self.tr("Well done") if finished else self.tr("Session stopped"))
        title = routine.title if routine is not None else report.routine_id
        if finished:
            self.subtitle.setText(self.tr("You finished {title}.").format(title=title))
        else:
            self.subtitle.setText(
                self.tr("{title}: what you did so far still counts.").format(title=title)
            )
        self.time_stat.value.setText(minutes_text(report.active_seconds))
        done = len(report.steps_completed)
        self.done_stat.value.setText(self.tr("{n} of {m}").format(n=done, m=report.steps_total))
        self.done_stat.caption.setText(
            self.tr("step done") if report.steps_total == 1 else self.tr("steps done")
        )
        self.skipped_stat.value.setText(str(len(report.steps_skipped)))
        self.set_checkin(None, None)
        self.library_button.setFocus()

    def set_checkin(self, before: int | None, after: int | None) -> None:
        """The check-in's scores (0 = feels fine, 10 = worst pain), before → after;
        hidden when neither was given."""
        if before is None and after is None:
            self.feel_stat.hide()
            return
        scores = {
            "before": "–" if before is None else str(before),
            "after": "–" if after is None else str(after),
        }
        self.feel_stat.value.setText(self.tr("{before} → {after}").format(**scores))
        self.feel_stat.setAccessibleName(
            self.tr(
                "Your back: {before} before, {after} after (0 feels fine, 10 worst pain)"
            ).format(**scores)
        )
        self.feel_stat.show()

    def _restyle(self) -> None:
        palette = self.palette()
        muted = theme.css(theme.muted_text(palette))
        card = theme.css(theme.card(palette))
        border = theme.css(theme.card_border(palette))
        accent = theme.css(theme.accent_fill(palette))  # 4.5:1 under HighlightedText
        hover = theme.css(theme.accent_fill_hover(palette))
        ring = theme.css(theme.focus_ring(palette))
        self.setStyleSheet(
            f"""
            QLabel#muted {{ color: {muted}; }}
            QFrame#stat {{ background: {card}; border: 1px solid {border}; border-radius: 16px; }}
            QPushButton#primaryButton {{ background: {accent}; color: palette(highlighted-text);
                border: none; border-radius: 12px; padding: 12px 28px; font-weight: 600; }}
            QPushButton#primaryButton:hover {{ background: {hover}; }}
            QPushButton#secondaryButton {{ background: {card}; border: 1px solid {border};
                border-radius: 12px; padding: 12px 28px; }}
            QPushButton#primaryButton:focus {{ border: 3px solid {ring}; padding: 9px 25px; }}
            QPushButton#secondaryButton:focus {{ border: 3px solid {ring}; padding: 10px 26px; }}
            """
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        unit = min(self.height(), self.width() * 0.75)

        px = functools.partial(theme.unit_font, self, unit)

        side = max(56, min(96, round(unit * 0.12)))
        self.badge.setFixedSize(side, side)
        self.heading.setFont(px(0.08, 28, 64, QFont.Weight.Bold))
        self.subtitle.setFont(px(0.03, 14, 24))
        for stat in (self.time_stat, self.done_stat, self.skipped_stat, self.feel_stat):
            stat.value.setFont(px(0.075, 26, 60, QFont.Weight.DemiBold))
            stat.caption.setFont(px(0.026, 13, 20))
        for button in (self.library_button, self.again_button):
            button.setFont(px(0.026, 14, 20, QFont.Weight.DemiBold))
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)
