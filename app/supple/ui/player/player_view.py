"""The player screen: what a person follows from the mat.

It only renders: ``set_session`` when a routine starts, ``render(status)`` after
every poll of the engine. User intent leaves as signals (the main window wires
them to the SessionController). Widgets are touched only when what they show
changes, so a 25 Hz render in a breath segment repaints just the pacer.

Sides: a step done on both sides has one picture, drawn for the first side
(``Side.LEFT``; the left side always comes first in a timeline). On the second
side (``Side.RIGHT``) the picture is shown mirrored left to right, so the knees
drop, the leg reaches or the arm stretches the other way while the voice says
"Right side". The rule follows the segment whose picture is on screen: a rest
showing what comes next uses the next segment's side; one-sided steps
(``side`` None) are never mirrored.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

import supple.ui.kit.pyside_fix  # noqa: F401  (first: guards a PySide6 6.12.0 bug)
from supple.routine import Routine
from supple.session import Segment, SegmentKind, Side, State, Status, Timeline
from supple.ui.kit import theme
from supple.ui.kit.accessible import set_shown_text
from supple.ui.kit.icons import make_icon
from supple.ui.kit.picture import PictureView
from supple.ui.kit.text import escape_html
from supple.ui.player.countdown import CountdownDial, announced, format_count

NOTICE_MS = 8000
LONG_PRESS_MS = 700  # holding Skip this long skips the whole step
BREATH_PHASES = {
    SegmentKind.INHALE: "inhale",
    SegmentKind.PAUSE: "pause",
    SegmentKind.EXHALE: "exhale",
}


def clock_text(seconds: float) -> str:
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def picture_path(routine: Routine, step: int, frame: str | None) -> Path | None:
    """The file to show for ``step`` in ``frame`` (its default frame when None)."""
    if not 0 <= step < len(routine.steps):
        return None
    illustration = routine.steps[step].illustration
    if illustration is None:
        return None
    return illustration.picture(frame or "default").path


def picture_alt(routine: Routine, step: int, frame: str | None) -> str:
    """The description of the picture ``picture_path`` gives ("" when it has none)."""
    if not 0 <= step < len(routine.steps):
        return ""
    illustration = routine.steps[step].illustration
    return illustration.alt_text(frame) if illustration is not None else ""


def mirrored_for(side: Side | None) -> bool:
    """Whether a picture is shown mirrored on ``side``: only on the second side, the right."""
    return side is Side.RIGHT


def instructions_html(lines: tuple[str, ...] | list[str]) -> str:
    """Instruction lines as bullets with a hanging indent."""
    rows = "".join(
        f"<tr><td style='padding:0 10px 4px 0'>•</td><td style='padding:0 0 4px 0'>"
        f"{escape_html(line)}</td></tr>"
        for line in lines
    )
    return f"<table cellspacing='0' cellpadding='0'>{rows}</table>" if rows else ""


class NoticeBanner(QFrame):
    """A plain-text line across the top that never blocks; it hides by itself."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notice")
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        close = QToolButton()
        close.setText("×")
        close.setAutoRaise(True)
        close.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        close.setAccessibleName(self.tr("Close notice"))
        close.setToolTip(self.tr("Close notice"))
        close.clicked.connect(self.hide)
        self.close_button = close
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 8, 8, 8)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_text(self, text: str, ms: int = NOTICE_MS) -> None:
        self.label.setText(text)
        self.show()
        self._timer.start(ms)

    def restyle(self) -> None:
        # Its sheet cleared first: a styled widget keeps the palette it was polished with,
        # and the player page calls this once its own palette follows a new theme.
        self.setStyleSheet("")
        palette = self.palette()
        tint = theme.mix(palette.color(palette.ColorRole.Window), theme.accent(palette), 0.22)
        self.setStyleSheet(f"#notice {{ background: {theme.css(tint)}; border-radius: 10px; }}")


class ControlButton(QToolButton):
    """A player control: Space presses the one Tab has reached, as on any button, before
    the window's Space (Pause) is asked; with the focus on Pause, that is the same."""

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and not event.modifiers()
            and self.hasFocus()
        ):
            event.accept()  # the key comes to keyPressEvent: a click
            return True
        return super().event(event)


class LongPressButton(ControlButton):
    """A tool button that also answers a long press: ``long_pressed`` instead of a click."""

    long_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._held = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(LONG_PRESS_MS)
        self._timer.timeout.connect(self._long)

    def _long(self) -> None:
        if self.isDown() and self.isEnabled():
            self._held = True
            self.long_pressed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._held = False
        super().mousePressEvent(event)
        if self.isDown():
            self._timer.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._timer.stop()
        if self._held:  # the long press was the action: no click as well
            self._held = False
            self.setDown(False)
            event.accept()
            return
        super().mouseReleaseEvent(event)


class PlayerView(QWidget):
    toggle_requested = Signal()
    back_requested = Signal()
    skip_requested = Signal()  # the next part: repetition, side, then step
    skip_step_requested = Signal()  # the whole step (Shift+Right, a long press on Skip)
    done_requested = Signal()
    stop_requested = Signal()
    mute_toggled = Signal(bool)
    fullscreen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("player")
        self.routine: Routine | None = None
        self.timeline: Timeline | None = None
        self._segment_index: int | None = None
        self._state: State | None = None
        self._active = False
        self._told: int | None = None  # the whole seconds last given to screen readers
        self._build()
        self._restyle()
        theme.follow_app_palette(self, self._restyle)  # the desktop turning dark

    # -- building --------------------------------------------------------------
    def _action(
        self,
        name: str,
        key: str,
        keys: list[QKeySequence],
        held: list[QKeySequence],
        held_key: str = "",
    ) -> QAction:
        """An action with one-key ``keys`` (dropped when one-key shortcuts are off) and
        ``held`` keys with a modifier (always on); ``key`` and ``held_key`` name them in
        its tool tip, which names only the keys that work at the moment."""
        action = QAction(name, self)
        self._keys[action] = (keys, held)
        self._key_names[action] = (key if keys else "", held_key or key)
        action.setShortcuts(keys + held)
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self._tip(action, lambda shown: self.tr("{name} ({key})").format(name=name, key=shown))
        self.addAction(action)
        return action

    def key_text(self, action: QAction) -> str:
        """The key to name for ``action``: its one key while those are on, else the one
        held with a modifier (Ctrl+Space), which always works."""
        one, held = self._key_names[action]
        return one if self.single_keys and one else held

    def _tip(self, action: QAction, tip: Callable[[str], str]) -> None:
        """``action``'s tool tip (its buttons' too, and their accessible description),
        ``tip(key)``, written again whenever the keys change."""
        self._tips[action] = tip
        action.setToolTip(tip(self.key_text(action)))

    def set_single_keys(self, on: bool) -> None:
        """One-key shortcuts (Space, arrows, M, Enter) on or off; Ctrl+... always work."""
        self.single_keys = on
        for action, (keys, held) in self._keys.items():
            action.setShortcuts((keys if on else []) + held)
        for action, tip in self._tips.items():
            action.setToolTip(tip(self.key_text(action)))
        self.done_button.setToolTip(
            self.tr("Done: end this hold ({key})").format(key=self.key_text(self.done_action))
        )

    def _button(
        self, action: QAction, name: str, primary: bool = False, *, long: bool = False
    ) -> QToolButton:
        button = LongPressButton() if long else ControlButton()
        button.setDefaultAction(action)
        button.setObjectName("primary" if primary else "control")
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        # Tab reaches it (a click does not take the focus, so the keys stay the window's).
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setAccessibleName(name)
        button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        return button

    def _build(self) -> None:
        K = QKeySequence
        self._keys: dict[QAction, tuple[list[QKeySequence], list[QKeySequence]]] = {}
        self._key_names: dict[QAction, tuple[str, str]] = {}
        self._tips: dict[QAction, Callable[[str], str]] = {}
        self.single_keys = True
        self.toggle_action = self._action(
            self.tr("Pause"),
            self.tr("Space"),
            [K(Qt.Key.Key_Space)],
            [K("Ctrl+Space")],
            self.tr("Ctrl+Space"),
        )
        self.back_action = self._action(
            self.tr("Back"),
            self.tr("Left arrow"),
            [K(Qt.Key.Key_Left)],
            [K("Ctrl+Left")],
            self.tr("Ctrl+Left arrow"),
        )
        self.skip_action = self._action(
            self.tr("Skip"),
            self.tr("Right arrow"),
            [K(Qt.Key.Key_Right)],
            [K("Ctrl+Right")],
            self.tr("Ctrl+Right arrow"),
        )
        self._tip(
            self.skip_action,
            lambda key: self.tr(
                "Skip this part ({key}). The whole step: Shift+Right, or hold Skip"
            ).format(key=key),
        )
        self.skip_step_action = self._action(
            self.tr("Skip step"), self.tr("Shift+Right arrow"), [], [K("Shift+Right")]
        )
        self.done_action = self._action(
            self.tr("Done"),
            self.tr("Enter"),
            [K(Qt.Key.Key_Return), K(Qt.Key.Key_Enter)],
            [K("Ctrl+Return")],
            self.tr("Ctrl+Enter"),
        )
        self.stop_action = self._action(self.tr("Stop"), self.tr("Esc"), [], [K(Qt.Key.Key_Escape)])
        self.mute_action = self._action(
            self.tr("Mute voice"), self.tr("M"), [K(Qt.Key.Key_M)], [K("Ctrl+M")], self.tr("Ctrl+M")
        )
        self.mute_action.setCheckable(True)
        # F11 belongs to the window's View menu; this button only asks for it.
        self.fullscreen_action = QAction(self.tr("Full screen"), self)
        self.fullscreen_action.setToolTip(self.tr("Full screen (F11)"))
        self._watched: QWidget | None = None  # the window, for its full-screen state
        self.toggle_action.triggered.connect(self.toggle_requested)
        self.back_action.triggered.connect(self.back_requested)
        self.skip_action.triggered.connect(self.skip_requested)
        self.skip_step_action.triggered.connect(self.skip_step_requested)
        self.done_action.triggered.connect(self._done_triggered)
        self.stop_action.triggered.connect(self.stop_requested)
        self.mute_action.toggled.connect(self._mute_changed)
        self.fullscreen_action.triggered.connect(self.fullscreen_requested)

        # Notice banner and header: where we are in the routine.
        self.notice = NoticeBanner()
        self.step_label = QLabel()
        self.step_label.setObjectName("stepLabel")
        self.routine_label = QLabel()
        self.routine_label.setObjectName("muted")
        self.routine_label.setTextFormat(Qt.TextFormat.PlainText)
        self.remaining_label = QLabel()
        self.remaining_label.setObjectName("muted")
        self.remaining_label.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress.setAccessibleName(self.tr("Routine progress"))
        header = QHBoxLayout()
        header.setSpacing(16)
        header.addWidget(self.step_label)
        header.addWidget(self.routine_label, 1)
        header.addWidget(self.remaining_label)

        # Left: the picture, a "next up" caption in rests, the instructions.
        self.caption_label = QLabel()
        self.caption_label.setObjectName("caption")
        self.caption_label.setTextFormat(Qt.TextFormat.PlainText)
        self.caption_label.hide()
        self.picture = PictureView()
        self.picture.setAccessibleName(self.tr("Illustration"))
        self.instructions_label = QLabel()
        self.instructions_label.setObjectName("instructions")
        self.instructions_label.setTextFormat(Qt.TextFormat.RichText)
        self.instructions_label.setWordWrap(True)
        self.instructions_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.instructions_label.setSizePolicy(
            QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum
        )
        left = QVBoxLayout()
        left.setSpacing(12)
        left.addWidget(self.caption_label)
        left.addWidget(self.picture, 1)
        left.addWidget(self.instructions_label)

        # Right: title, side, phase, the count with its pacer, breath/rep, Done.
        self.title_label = QLabel()
        self.title_label.setObjectName("title")
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # a routine's words, not HTML
        self.title_label.setWordWrap(True)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.side_label = QLabel()
        self.side_label.setObjectName("side")
        self.side_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.phase_label = QLabel()
        self.phase_label.setObjectName("phase")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.dial = CountdownDial()
        self.count_label = QLabel()
        self.count_label.setObjectName("count")
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        set_shown_text(self.count_label, "")  # until a breath or a repetition is counted
        self.done_button = QPushButton(
            make_icon("done", self.palette().color(self.palette().ColorRole.HighlightedText)),
            self.tr("Done"),
        )
        self.done_button.setObjectName("done")
        self.done_button.setToolTip(
            self.tr("Done: end this hold ({key})").format(key=self.key_text(self.done_action))
        )
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.done_button.clicked.connect(self._done_triggered)
        self.done_button.hide()
        side_row = QHBoxLayout()
        side_row.addStretch(1)
        side_row.addWidget(self.side_label)
        side_row.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.title_label)
        right.addLayout(side_row)
        right.addSpacing(4)
        right.addWidget(self.phase_label)
        right.addWidget(self.dial, 1)
        right.addWidget(self.count_label)
        done_row = QHBoxLayout()
        done_row.addStretch(1)
        done_row.addWidget(self.done_button)
        done_row.addStretch(1)
        right.addLayout(done_row)

        body = QHBoxLayout()
        body.setSpacing(32)
        body.addLayout(left, 45)
        body.addLayout(right, 55)

        # Controls.
        self.back_button = self._button(self.back_action, self.tr("Back"))
        self.toggle_button = self._button(self.toggle_action, self.tr("Pause or resume"), True)
        self.skip_button = self._button(self.skip_action, self.tr("Skip"), long=True)
        self.skip_button.long_pressed.connect(self.skip_step_action.trigger)  # type: ignore[attr-defined]
        self.mute_button = self._button(self.mute_action, self.tr("Mute the voice"))
        self.fullscreen_button = self._button(self.fullscreen_action, self.tr("Full screen"))
        self.stop_button = self._button(self.stop_action, self.tr("Stop"))
        controls = QHBoxLayout()
        controls.setSpacing(10)
        controls.addWidget(self.back_button)
        controls.addWidget(self.toggle_button)
        controls.addWidget(self.skip_button)
        controls.addStretch(1)
        controls.addWidget(self.mute_button)
        controls.addWidget(self.fullscreen_button)
        controls.addWidget(self.stop_button)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 18, 28, 18)
        outer.setSpacing(12)
        outer.addWidget(self.notice)
        outer.addLayout(header)
        outer.addWidget(self.progress)
        outer.addSpacing(6)
        outer.addLayout(body, 1)
        outer.addSpacing(4)
        outer.addLayout(controls)
        # Tab goes as the eye reads: the notice's close button, Done, then the controls.
        chain = [self.notice.close_button, self.done_button, *self._buttons()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    # -- look ------------------------------------------------------------------
    def _restyle(self) -> None:
        palette = self.palette()
        text = palette.color(palette.ColorRole.ButtonText)
        on_accent = palette.color(palette.ColorRole.HighlightedText)
        self.back_action.setIcon(make_icon("back", text))
        self.skip_action.setIcon(make_icon("skip", text))
        self.stop_action.setIcon(make_icon("stop", text))
        self.fullscreen_action.setIcon(make_icon("fullscreen", text))
        self._icons = {
            "play": make_icon("play", on_accent),
            "pause": make_icon("pause", on_accent),
            "sound": make_icon("sound", text),
            "muted": make_icon("muted", text),
        }
        self.done_button.setIcon(make_icon("done", on_accent))
        self._update_toggle()
        self._update_mute_icon()
        muted = theme.css(theme.muted_text(palette))
        card = theme.css(theme.card(palette))
        border = theme.css(theme.card_border(palette))
        accent = theme.css(theme.accent(palette))
        accent_text = theme.css(theme.accent_text(palette))  # 4.5:1 on the window
        fill = theme.css(theme.accent_fill(palette))  # 4.5:1 under HighlightedText
        side_bg = theme.css(
            theme.mix(palette.color(palette.ColorRole.Window), theme.accent(palette), 0.2)
        )
        hover = theme.css(theme.mix(theme.card(palette), theme.accent(palette), 0.15))
        accent_hover = theme.css(theme.accent_fill_hover(palette))
        ring = theme.css(theme.focus_ring(palette))
        self.setStyleSheet(
            f"""
            QLabel#muted {{ color: {muted}; }}
            QLabel#caption {{ color: {accent_text}; font-weight: 600; }}
            QLabel#side {{ background: {side_bg}; border-radius: 14px; padding: 4px 18px; }}
            QLabel#phase {{ color: {accent_text}; font-weight: 600; }}
            QLabel#count {{ color: {muted}; }}
            QToolButton#control, QToolButton#primary {{
                background: {card}; border: 1px solid {border}; border-radius: 12px;
                padding: 8px 16px; }}
            QToolButton#control:hover {{ background: {hover}; }}
            QToolButton#control:checked {{ background: {hover}; border-color: {accent}; }}
            QToolButton#primary {{ background: {fill}; border-color: {fill};
                color: palette(highlighted-text); font-weight: 600; padding: 8px 28px; }}
            QToolButton#primary:hover {{ background: {accent_hover}; }}
            QToolButton:disabled {{ color: {muted}; }}
            QToolButton#control:focus, QToolButton#primary:focus {{
                border: 3px solid {ring}; padding: 6px 14px; }}
            QToolButton#primary:focus {{ padding: 6px 26px; }}
            QPushButton#done:focus {{ border: 3px solid {ring}; padding: 7px 45px; }}
            QPushButton#done {{ background: {fill}; color: palette(highlighted-text);
                border: none; border-radius: 16px; padding: 10px 48px; font-weight: 700; }}
            QPushButton#done:hover {{ background: {accent_hover}; }}
            QProgressBar {{ background: {card}; border: none; border-radius: 4px; }}
            QProgressBar::chunk {{ background: {accent}; border-radius: 4px; }}
            """
        )
        self.notice.restyle()

    def _resize_fonts(self) -> None:
        h = max(300, self.height())
        w = max(400, self.width())
        unit = min(h, w * 0.75)

        px = functools.partial(theme.unit_font, self, unit)

        self.title_label.setFont(px(0.052, 20, 52, QFont.Weight.Bold))
        self.side_label.setFont(px(0.032, 14, 30, QFont.Weight.DemiBold))
        self.phase_label.setFont(px(0.04, 16, 40, QFont.Weight.DemiBold))
        self.count_label.setFont(px(0.038, 15, 36, QFont.Weight.DemiBold))
        self.caption_label.setFont(px(0.034, 15, 32, QFont.Weight.DemiBold))
        self.instructions_label.setFont(px(0.025, 13, 22))
        self.step_label.setFont(px(0.026, 13, 22, QFont.Weight.DemiBold))
        self.routine_label.setFont(px(0.024, 12, 20))
        self.remaining_label.setFont(px(0.026, 13, 22, QFont.Weight.DemiBold))
        self.done_button.setFont(px(0.04, 16, 36, QFont.Weight.Bold))
        self.notice.label.setFont(px(0.026, 13, 22))
        control = px(0.022, 12, 18)
        icon = max(18, min(32, round(unit * 0.034)))
        for button in self._buttons():
            button.setFont(control)
            button.setIconSize(
                button.iconSize().scaled(icon, icon, Qt.AspectRatioMode.IgnoreAspectRatio)
            )
        self.done_button.setIconSize(
            self.done_button.iconSize().scaled(
                icon + 8, icon + 8, Qt.AspectRatioMode.IgnoreAspectRatio
            )
        )
        self.toggle_button.setMinimumWidth(round(unit * 0.2))

    def _buttons(self) -> list[QToolButton]:
        return [
            self.back_button,
            self.toggle_button,
            self.skip_button,
            self.mute_button,
            self.fullscreen_button,
            self.stop_button,
        ]

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._resize_fonts()
        # The layout was placed for the old fonts just before this event: place it again
        # now, so the frame painted next is the final one (no jump a frame later).
        layout = self.layout()
        if layout is not None:
            layout.invalidate()
            layout.activate()
        super().resizeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._update_enabled()
        window = self.window()
        if window is not self and window is not self._watched:
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            self._watched = window
            window.installEventFilter(self)
        self._update_fullscreen()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.WindowStateChange:
            self._update_fullscreen()
        return super().eventFilter(watched, event)

    def _update_fullscreen(self) -> None:
        full = self.window().isFullScreen()
        text = self.tr("Exit full screen") if full else self.tr("Full screen")
        self.fullscreen_action.setText(text)
        self.fullscreen_action.setToolTip(self.tr("{name} (F11)").format(name=text))
        self.fullscreen_button.setAccessibleName(text)

    def hideEvent(self, event: QHideEvent) -> None:
        self._update_enabled()
        super().hideEvent(event)

    # -- public: the contract ----------------------------------------------------
    def show_notice(self, text: str) -> None:
        """A plain-text banner over the player; it does not block and hides itself."""
        self.notice.show_text(text)

    def set_muted(self, muted: bool) -> None:
        """Reflect the mute setting without emitting ``mute_toggled``."""
        self.mute_action.blockSignals(True)
        self.mute_action.setChecked(muted)
        self.mute_action.blockSignals(False)
        self._update_mute_icon()

    @property
    def muted(self) -> bool:
        return self.mute_action.isChecked()

    # -- rendering ----------------------------------------------------------------
    def set_session(self, routine: Routine, timeline: Timeline) -> None:
        self.routine = routine
        self.timeline = timeline
        self._segment_index = None
        self._state = None
        self.routine_label.setText(routine.title)
        self.notice.hide()

    def render(self, status: Status) -> None:
        if self.routine is None or self.timeline is None:
            return
        segment = status.segment
        entered = segment.index != self._segment_index
        if entered:
            self._segment_index = segment.index
            self._show_segment(segment, status)
        if status.state is not self._state:
            self._state = status.state
            self._active = status.state in (State.RUNNING, State.PAUSED)
            paused = status.state is State.PAUSED
            self.dial.set_dimmed(paused)
            self.phase_label.setText(self.tr("Paused") if paused else self._phase_text(segment))
            self._update_toggle()
            self._update_enabled()
            self._take_focus()
        if segment.open_ended:
            self.dial.set_text(format_count(status.elapsed, up=True))
            self._tell(math.floor(status.elapsed + 1e-6), entered, up=True)
        elif status.remaining is not None and segment.kind is not SegmentKind.DONE:
            self.dial.set_text(format_count(status.remaining))
            self._tell(math.ceil(status.remaining - 1e-6), entered, up=False)
        phase = BREATH_PHASES.get(segment.kind)
        self.dial.set_pacer(phase, status.segment_fraction)
        step = min(status.step + 1, status.step_count)
        self._set(
            self.step_label,
            self.tr("Step {n} of {m}").format(n=step, m=status.step_count),
        )
        self._set(
            self.remaining_label,
            self.tr("{time} left").format(time=clock_text(status.routine_remaining)),
        )
        value = round(status.fraction * 1000)
        if self.progress.value() != value:
            self.progress.setValue(value)
        layout = self.layout()
        if entered and layout is not None:
            layout.activate()  # a new segment's texts placed now, not a frame later

    def _tell(self, whole: int, entered: bool, *, up: bool) -> None:
        """The count for screen readers, at the moments ``announced`` picks (counting up
        in an open hold: every ten seconds)."""
        whole = max(0, whole)
        if whole == self._told and not entered:
            return
        self._told = whole
        if not (announced(whole, entered) if not up else entered or whole % 10 == 0):
            return
        minutes, seconds = divmod(whole, 60)
        if up:
            told = self.tr("Held: {n} seconds").format(n=whole)
        elif minutes:
            told = self.tr("Time left: {m} min {s} seconds").format(m=minutes, s=seconds)
        elif whole == 1:
            told = self.tr("Time left: 1 second")
        else:
            told = self.tr("Time left: {n} seconds").format(n=whole)
        self.dial.announce(told)

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)

    def _phase_text(self, segment: Segment) -> str:
        kind = segment.kind
        if kind is SegmentKind.HOLD and segment.open_ended:
            return self.tr("Hold as long as you can")
        return {
            SegmentKind.LEAD_IN: self.tr("Get ready"),
            SegmentKind.WORK: self.tr("Keep moving"),
            SegmentKind.HOLD: self.tr("Hold"),
            SegmentKind.INHALE: self.tr("Breathe in"),
            SegmentKind.PAUSE: self.tr("Hold the breath"),
            SegmentKind.EXHALE: self.tr("Breathe out"),
            SegmentKind.RELEASE: self.tr("Release"),
            SegmentKind.SWITCH: self.tr("Switch sides"),
            SegmentKind.REST: self.tr("Relax"),
            SegmentKind.DONE: self.tr("Complete"),
        }[kind]

    def _side_text(self, side: Side | None) -> str:
        if side is Side.LEFT:
            return self.tr("Left side")
        if side is Side.RIGHT:
            return self.tr("Right side")
        return ""

    def _show_segment(self, segment: Segment, status: Status) -> None:
        assert self.routine is not None and self.timeline is not None
        routine = self.routine
        rest = segment.kind is SegmentKind.REST
        shown_step = segment.step
        frame = segment.frame
        shown_side = segment.side
        if rest and segment.index + 1 < len(self.timeline.segments):
            upcoming = self.timeline.segments[segment.index + 1]
            shown_step, frame, shown_side = upcoming.step, upcoming.frame, upcoming.side
        self.picture.set_path(picture_path(routine, shown_step, frame))
        self.picture.set_mirrored(mirrored_for(shown_side))
        alt = picture_alt(routine, shown_step, frame)
        if alt and mirrored_for(shown_side):
            # The description is of the picture as drawn, for the left side.
            alt = self.tr("{description} (shown mirrored, for the right side)").format(
                description=alt
            )
        self.picture.set_description(alt)
        if rest:
            nxt = routine.steps[shown_step].title if shown_step != segment.step else ""
            self.caption_label.setText(self.tr("Next up: {title}").format(title=nxt))
            self.caption_label.setVisible(bool(nxt))
            self.title_label.setText(self.tr("Rest"))
        else:
            self.caption_label.hide()
            self.title_label.setText(segment.title)
        step = routine.steps[shown_step] if 0 <= shown_step < len(routine.steps) else None
        lines = step.instructions if step is not None else ()
        self.instructions_label.setText(instructions_html(lines))
        side = self._side_text(segment.side)
        self.side_label.setText(side)
        self.side_label.setVisible(bool(side))
        if segment.breath is not None and segment.breaths is not None:
            count = self.tr("Breath {n} of {m}").format(n=segment.breath, m=segment.breaths)
        elif segment.rep is not None and segment.reps is not None:
            count = self.tr("Rep {n} of {m}").format(n=segment.rep, m=segment.reps)
        else:
            count = ""
        if segment.breath is not None and segment.rep is not None and segment.reps is not None:
            count = self.tr("Rep {r} of {rs} · {breath}").format(
                r=segment.rep, rs=segment.reps, breath=count
            )
        set_shown_text(self.count_label, count)  # no empty label for a screen reader
        self.done_button.setVisible(segment.open_ended)
        if status.state is State.PAUSED:
            self.phase_label.setText(self.tr("Paused"))
        else:
            self.phase_label.setText(self._phase_text(segment))
        self._update_enabled()

    # -- controls -------------------------------------------------------------------
    def _update_toggle(self) -> None:
        icons = getattr(self, "_icons", None)
        if icons is None:
            return
        paused = self._state is State.PAUSED
        self.toggle_action.setText(self.tr("Resume") if paused else self.tr("Pause"))
        self.toggle_action.setIcon(icons["play" if paused else "pause"])
        self._tip(
            self.toggle_action,
            (lambda key: self.tr("Resume ({key})").format(key=key))
            if paused
            else (lambda key: self.tr("Pause ({key})").format(key=key)),
        )

    def _update_mute_icon(self) -> None:
        icons = getattr(self, "_icons", None)
        if icons is None:
            return
        muted = self.mute_action.isChecked()
        self.mute_action.setIcon(icons["muted" if muted else "sound"])
        # Mute silences the voice only: the sounds (the count's ticks, the bell) stay on.
        self.mute_action.setText(self.tr("Unmute voice") if muted else self.tr("Mute voice"))
        self._tip(
            self.mute_action,
            (
                lambda key: self.tr(
                    "The voice is off; sounds still play. Turn it back on ({key})"
                ).format(key=key)
            )
            if muted
            else (lambda key: self.tr("Mute the voice; sounds still play ({key})").format(key=key)),
        )

    def _update_enabled(self) -> None:
        live = self._active and self.isVisible()
        for action in (
            self.toggle_action,
            self.back_action,
            self.skip_action,
            self.skip_step_action,
            self.stop_action,
        ):
            action.setEnabled(live)
        self.mute_action.setEnabled(self.isVisible())
        open_hold = False
        if self.timeline is not None and self._segment_index is not None:
            open_hold = self.timeline.segments[self._segment_index].open_ended
        self.done_action.setEnabled(live and open_hold)
        self.done_button.setEnabled(live and open_hold)

    def _take_focus(self) -> None:
        """Keyboard focus on Pause when a session starts, so Tab starts from the controls
        and the focus ring shows where the keys go (only if the focus is not here yet)."""
        focused = QApplication.focusWidget()
        inside = focused is not None and focused is not self and self.isAncestorOf(focused)
        if self._active and self.isVisible() and not inside and self.toggle_button.isEnabled():
            self.toggle_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _done_triggered(self) -> None:
        if self.done_action.isEnabled():
            self.done_requested.emit()

    def _mute_changed(self, muted: bool) -> None:
        self._update_mute_icon()
        self.mute_toggled.emit(muted)
