"""The player window driven the way a person drives it: keys and buttons, offscreen,
with a FakeClock stepped through a whole routine."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import minimal_doc, write_json
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from supple.routine import Library
from supple.session import FakeClock, Outcome, SegmentKind, SessionReport, State
from supple.settings import Settings
from supple.ui.player.countdown import format_count, pacer_scale
from supple.ui.player.session_controller import (
    PAUSED_INTERVAL,
    RUNNING_INTERVAL,
    SMOOTH_INTERVAL,
)
from supple.ui.shell.main_window import MainWindow

TICK = 0.25


def practice_doc() -> dict:
    """A short routine with every kind of moment: sides, reps, breaths, rest, open hold."""
    return minimal_doc(
        id="practice",
        title="Practice",
        defaults={"lead_in": 3, "rest": 4, "breath": {"inhale": 2, "pause": 1, "exhale": 3}},
        steps=[
            {
                "title": "Knee drop",
                "instructions": ["Lie on your back.", "Let both knees fall to one side."],
                "illustration": {
                    "default": "pose:side-knee-drop",
                    "lead_in": "pose:knees-to-chest",
                },
                "hold": {"seconds": 6},
                "sides": "both",
            },
            {
                "title": "Cat-cow",
                "illustration": {
                    "default": "pose:all-fours",
                    "inhale": "pose:cow",
                    "exhale": "pose:cat",
                },
                "hold": {"breaths": 2},
            },
            {
                "title": "Hip lifts",
                "illustration": {"default": "pose:hip-lift-down", "hold": "pose:hip-lift-up"},
                "hold": {"open": True, "estimate": 10},
                "reps": {"count": 2, "release": 2},
            },
        ],
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def library(user_routines: Path) -> Library:
    write_json(user_routines / "practice.json", practice_doc())
    return Library.scan()


@pytest.fixture
def make_window(main_window) -> Callable[..., MainWindow]:
    def make(library: Library, clock: FakeClock, **settings) -> MainWindow:
        # "counts" (main_window's default): no spoken instructions, so lead-ins keep the
        # routine's length (full verbosity lengthens them to fit the speech; tested below).
        return main_window(library=library, clock=clock, active=True, **settings)

    return make


@pytest.fixture
def window(make_window, library: Library, clock: FakeClock) -> MainWindow:
    return make_window(library, clock)


def step(window: MainWindow, clock: FakeClock, seconds: float) -> None:
    """Let ``seconds`` of session time pass, polled as the timer would."""
    n = max(1, round(seconds / TICK))
    for _ in range(n):
        clock.advance(seconds / n)
        window.controller.tick()


def until(
    window: MainWindow, clock: FakeClock, test: Callable[[], bool], limit: float = 600
) -> None:
    spent = 0.0
    while not test():
        assert spent < limit, "the session never got there"
        step(window, clock, TICK)
        spent += TICK


def key(qtbot, window: MainWindow, k: Qt.Key) -> None:
    qtbot.keyClick(window.focusWidget() or window, k)


def start_practice_with_keys(qtbot, window: MainWindow) -> None:
    lib = window.library_view
    lib.focus_list()
    qtbot.keyClick(lib.list, Qt.Key.Key_Home)
    for _ in range(lib.list.count()):
        if lib.current_entry() is not None and lib.current_entry().id == "practice":
            break
        qtbot.keyClick(lib.list, Qt.Key.Key_Down)
    assert lib.current_entry().id == "practice"
    qtbot.keyClick(lib.list, Qt.Key.Key_Return)


def segment(window: MainWindow):
    player = window.controller.player
    assert player is not None
    return player.segment


def test_a_whole_routine_from_the_keyboard(qtbot, window: MainWindow, clock: FakeClock) -> None:
    view = window.player_view
    ended: list[SessionReport] = []
    window.controller.session_ended.connect(ended.append)
    start_practice_with_keys(qtbot, window)
    assert window.current_page() is view
    assert not window.nav.isVisible()

    # Lead-in: get ready, left side first, the lead-in picture.
    assert view.title_label.text() == "Knee drop"
    assert view.phase_label.text() == "Get ready"
    assert view.side_label.text() == "Left side" and view.side_label.isVisible()
    assert view.dial.text() == "3"
    assert view.step_label.text() == "Step 1 of 3"
    assert view.picture.path is not None and view.picture.path.name == "knees-to-chest.svg"
    assert "Let both knees fall" in view.instructions_label.text()
    step(window, clock, 1.0)
    assert view.dial.text() == "2"

    # The hold: counting down from 6 with its own picture.
    until(window, clock, lambda: segment(window).kind is SegmentKind.HOLD)
    assert view.phase_label.text() == "Hold"
    assert view.dial.text() == "6"
    assert view.picture.path.name == "side-knee-drop.svg"
    step(window, clock, 2.5)
    assert view.dial.text() == format_count(window.controller.status().remaining) == "4"
    progress_before = view.progress.value()

    # Switch sides.
    until(window, clock, lambda: segment(window).kind is SegmentKind.SWITCH)
    assert view.phase_label.text() == "Switch sides"
    assert view.side_label.text() == "Right side"
    assert view.progress.value() > progress_before
    until(window, clock, lambda: segment(window).kind is SegmentKind.HOLD)
    assert view.side_label.text() == "Right side"

    # Rest, with the next step's picture and title.
    until(window, clock, lambda: segment(window).kind is SegmentKind.REST)
    assert view.title_label.text() == "Rest"
    assert view.caption_label.isVisible()
    assert view.caption_label.text() == "Next up: Cat-cow"
    assert not view.side_label.isVisible()
    assert view.picture.path.name == "all-fours.svg"  # Cat-cow's lead-in uses its default
    assert view.step_label.text() == "Step 1 of 3"

    # Breaths: "Breath 1 of 2", a pacer that grows, holds and shrinks.
    until(window, clock, lambda: segment(window).kind is SegmentKind.INHALE)
    assert view.step_label.text() == "Step 2 of 3"
    assert view.count_label.text() == "Breath 1 of 2"
    assert view.phase_label.text() == "Breathe in"
    assert view.picture.path.name == "cow.svg"
    small = view.dial.scale
    step(window, clock, 1.0)
    assert view.dial.phase == "inhale" and view.dial.scale > small
    until(window, clock, lambda: segment(window).kind is SegmentKind.PAUSE)
    assert view.dial.scale == pytest.approx(1.0)
    until(window, clock, lambda: segment(window).kind is SegmentKind.EXHALE)
    step(window, clock, 1.5)
    assert view.dial.scale < 1.0
    assert view.picture.path.name == "cat.svg"
    until(window, clock, lambda: segment(window).breath == 2)
    assert view.count_label.text() == "Breath 2 of 2"

    # Open-ended hold: counts up, big Done button, Enter ends it.
    until(window, clock, lambda: segment(window).open_ended)
    assert view.done_button.isVisible() and view.done_button.isEnabled()
    assert view.count_label.text() == "Rep 1 of 2"
    assert view.dial.text() == "0"
    assert view.dial.phase is None
    step(window, clock, 7.0)
    assert view.dial.text() == "7"
    key(qtbot, window, Qt.Key.Key_Return)
    assert segment(window).kind is SegmentKind.RELEASE
    assert not view.done_button.isVisible()
    until(window, clock, lambda: segment(window).open_ended)
    assert view.count_label.text() == "Rep 2 of 2"
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)

    # The end: the summary, then back to the library.
    window.controller.tick()
    assert ended and ended[0].outcome is Outcome.FINISHED
    assert ended[0].steps_completed == (0, 1, 2) and ended[0].steps_skipped == ()
    assert window.current_page() is window.summary_view
    assert window.summary_view.heading.text() == "Well done"
    assert window.summary_view.done_stat.value.text() == "3 of 3"
    qtbot.keyClick(window.summary_view.library_button, Qt.Key.Key_Return)
    assert window.current_page() is window.library_view


def test_pause_resume_skip_back_and_mute_by_keys_and_buttons(
    qtbot,
    window: MainWindow,
    clock: FakeClock,
) -> None:
    view = window.player_view
    start_practice_with_keys(qtbot, window)
    step(window, clock, 1.0)

    key(qtbot, window, Qt.Key.Key_Space)
    assert window.controller.player.state is State.PAUSED
    assert view.phase_label.text() == "Paused"
    assert view.toggle_action.text() == "Resume"
    shown = view.dial.text()
    step(window, clock, 3.0)
    assert view.dial.text() == shown  # time stands still while paused
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.controller.player.state is State.RUNNING
    assert view.toggle_action.text() == "Pause"

    qtbot.mouseClick(view.toggle_button, Qt.MouseButton.LeftButton)
    assert window.controller.player.state is State.PAUSED
    qtbot.mouseClick(view.toggle_button, Qt.MouseButton.LeftButton)
    assert window.controller.player.state is State.RUNNING

    qtbot.keyClick(
        window.focusWidget() or window, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier
    )
    assert view.step_label.text() == "Step 2 of 3"
    assert view.title_label.text() == "Cat-cow"
    view.skip_step_action.trigger()
    assert view.title_label.text() == "Hip lifts"
    key(qtbot, window, Qt.Key.Key_Left)  # within the first seconds: the step before
    assert view.title_label.text() == "Cat-cow"
    step(window, clock, 4.0)
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)  # later: this step's start
    assert view.title_label.text() == "Cat-cow"
    assert view.phase_label.text() == "Get ready"

    # Enter does nothing outside an open-ended hold.
    before = segment(window).index
    key(qtbot, window, Qt.Key.Key_Return)
    assert segment(window).index == before
    assert not view.done_action.isEnabled()

    toggles: list[bool] = []
    view.mute_toggled.connect(toggles.append)
    key(qtbot, window, Qt.Key.Key_M)
    qtbot.mouseClick(view.mute_button, Qt.MouseButton.LeftButton)
    assert toggles == [True, False]
    assert window.settings.muted is False


def answer_next_dialog(qtbot, button_text: str, seen: list[str]) -> None:
    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        seen.append(box.text())
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        raise AssertionError(f"no {button_text!r} button")

    QTimer.singleShot(0, answer)


def test_escape_asks_before_stopping(qtbot, window: MainWindow, clock: FakeClock) -> None:
    ended: list[SessionReport] = []
    window.controller.session_ended.connect(ended.append)
    start_practice_with_keys(qtbot, window)
    until(window, clock, lambda: segment(window).kind is SegmentKind.HOLD)
    step(window, clock, 2.0)

    seen: list[str] = []
    answer_next_dialog(qtbot, "Keep going", seen)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert seen == ["Stop this session?"]
    assert window.controller.player.state is State.RUNNING
    assert not ended

    answer_next_dialog(qtbot, "Stop session", seen)
    qtbot.mouseClick(window.player_view.stop_button, Qt.MouseButton.LeftButton)
    assert len(seen) == 2
    assert len(ended) == 1 and ended[0].outcome is Outcome.STOPPED
    assert ended[0].active_seconds == pytest.approx(3 + 2.0, abs=0.3)
    assert window.current_page() is window.summary_view
    assert window.summary_view.heading.text() == "Session stopped"


def test_a_paused_session_stays_paused_when_stop_is_declined(
    qtbot,
    window: MainWindow,
    clock: FakeClock,
) -> None:
    start_practice_with_keys(qtbot, window)
    key(qtbot, window, Qt.Key.Key_Space)
    seen: list[str] = []
    answer_next_dialog(qtbot, "Keep going", seen)
    key(qtbot, window, Qt.Key.Key_Escape)
    assert seen and window.controller.player.state is State.PAUSED


def test_pacing_preferences_shape_the_timeline(
    make_window, qtbot, library: Library, clock: FakeClock
) -> None:
    window = make_window(
        library, clock, lead_in=7, breath_inhale=5, breath_pause=0, breath_exhale=8
    )
    window.start_routine(library.by_id("practice"))
    timeline = window.player_view.timeline
    assert timeline.segments[0].duration == 7
    inhale = next(s for s in timeline.segments if s.kind is SegmentKind.INHALE)
    exhale = next(s for s in timeline.segments if s.kind is SegmentKind.EXHALE)
    assert (inhale.duration, exhale.duration) == (5, 8)
    assert not any(s.kind is SegmentKind.PAUSE for s in timeline.segments)
    assert window.player_view.dial.text() == "7"


def test_partial_breath_preferences_keep_the_routine_pattern(
    qtbot,
    make_window,
    library: Library,
    clock: FakeClock,
) -> None:
    window = make_window(library, clock, breath_inhale=5)
    window.start_routine(library.by_id("practice"))
    inhale = next(s for s in window.player_view.timeline.segments if s.kind is SegmentKind.INHALE)
    assert inhale.duration == 2


def test_the_timer_is_calm_and_never_blocks_the_event_loop(
    qtbot,
    window: MainWindow,
    clock: FakeClock,
) -> None:
    controller = window.controller
    start_practice_with_keys(qtbot, window)
    assert controller.timer_interval == RUNNING_INTERVAL

    # A zero-timer posted while the session runs fires before the session's next
    # poll: the poll timer never floods the event queue.
    order: list[str] = []
    controller.status_changed.connect(lambda _s: order.append("poll"))
    elapsed = QElapsedTimer()
    elapsed.start()
    fired_after: list[int] = []

    def zero() -> None:
        order.append("zero")
        fired_after.append(elapsed.elapsed())

    QTimer.singleShot(0, zero)
    qtbot.waitUntil(lambda: order.count("poll") >= 2)
    assert order.index("zero") == 0, order
    assert fired_after  # (how many ms it took is not asserted; the order is)

    # Digits repaint only when the number changes.
    window.grab()
    QApplication.processEvents()
    painted = window.player_view.dial.paint_count
    for _ in range(3):
        clock.advance(0.1)
        controller.tick()
        QApplication.processEvents()
    assert window.player_view.dial.text() == "3"
    assert window.player_view.dial.paint_count == painted

    # Fast polling only while the pacer moves; slow while paused.
    until(window, clock, lambda: segment(window).kind is SegmentKind.HOLD)
    assert controller.timer_interval == RUNNING_INTERVAL
    window.controller.skip_step()
    assert segment(window).title == "Cat-cow"
    until(window, clock, lambda: segment(window).kind is SegmentKind.INHALE)
    assert controller.timer_interval == SMOOTH_INTERVAL
    controller.pause()
    assert controller.timer_interval == PAUSED_INTERVAL
    controller.stop()
    assert controller.timer_interval == 0


def test_a_long_gap_pauses_and_says_why(qtbot, window: MainWindow, clock: FakeClock) -> None:
    start_practice_with_keys(qtbot, window)
    clock.advance(60)  # the laptop slept
    window.controller.tick()
    assert window.controller.player.state is State.PAUSED
    assert window.player_view.notice.isVisible()
    assert "asleep" in window.player_view.notice.label.text()
    assert window.player_view.notice.label.text().endswith("Press Space to go on.")


def test_the_sleep_notice_names_the_key_that_works(
    qtbot, window: MainWindow, clock: FakeClock
) -> None:
    from dataclasses import replace

    window.apply_settings(replace(window.settings, single_key_shortcuts=False))
    start_practice_with_keys(qtbot, window)
    clock.advance(60)  # the laptop slept
    window.controller.tick()
    assert window.player_view.notice.label.text().endswith("Press Ctrl+Space to go on.")


def test_show_notice_does_not_block(qtbot, window: MainWindow) -> None:
    view = window.player_view
    window.show_page(view)
    view.show_notice("Voice unavailable: <b>espeak</b> missing")
    assert view.notice.isVisible()
    assert view.notice.label.text() == "Voice unavailable: <b>espeak</b> missing"
    assert view.notice.label.textFormat() == Qt.TextFormat.PlainText


def test_every_control_has_a_name_and_a_tooltip_with_its_key(window: MainWindow) -> None:
    view = window.player_view
    keys = {
        view.toggle_button: "Space",
        view.back_button: "Left",
        view.skip_button: "Right",
        view.stop_button: "Esc",
        view.mute_button: "M",
        view.fullscreen_button: "F11",
        view.done_button: "Enter",
    }
    for button, key_name in keys.items():
        assert button.accessibleName(), button
        assert key_name in button.toolTip(), (button.accessibleName(), button.toolTip())


def test_the_digits_are_readable_from_two_metres(
    qtbot, window: MainWindow, clock: FakeClock
) -> None:
    start_practice_with_keys(qtbot, window)
    for size in ((1280, 800), (1024, 600)):
        window.resize(*size)
        QApplication.processEvents()
        height = window.height()
        dial = window.player_view.dial
        assert dial.text() == "3"
        assert dial.digit_height() >= 0.3 * height, size
        dial.set_text("8:88")  # the widest a hold under ten minutes shows
        assert dial.digit_height() >= 0.3 * height, size
        dial.set_text("3")


def test_f11_toggles_full_screen(qtbot, window: MainWindow) -> None:
    key(qtbot, window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert not window.menuBar().isVisible()
    qtbot.mouseClick(window.player_view.fullscreen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.menuBar().isVisible()


def test_pacer_shape_follows_the_breath() -> None:
    assert pacer_scale("inhale", 0.0) < pacer_scale("inhale", 0.5) < pacer_scale("inhale", 1.0)
    assert pacer_scale("pause", 0.3) == pacer_scale("pause", 0.9) == 1.0
    assert pacer_scale("exhale", 0.0) > pacer_scale("exhale", 0.5) > pacer_scale("exhale", 1.0)
    assert pacer_scale("inhale", 1.0) == pytest.approx(pacer_scale("exhale", 0.0))
    assert pacer_scale(None, 0.5) == 0.0


def test_count_format() -> None:
    assert format_count(9.2) == "10"
    assert format_count(10.0) == "10"
    assert format_count(0.01) == "1"
    assert format_count(90) == "1:30"
    assert format_count(59.5) == "1:00"
    assert format_count(12.9, up=True) == "12"
    assert format_count(61, up=True) == "1:01"


def test_full_verbosity_makes_room_for_the_spoken_lead_in(library: Library) -> None:
    from supple.speech.spoken_pacing import session_timeline

    routine = library.by_id("practice")
    assert routine is not None
    quiet = session_timeline(routine, Settings(verbosity="counts"))
    full = session_timeline(routine, Settings(verbosity="full", rate=160))
    slow = session_timeline(routine, Settings(verbosity="full", rate=80))
    assert quiet.segments[0].duration == routine.defaults.lead_in
    assert full.segments[0].duration is not None and quiet.segments[0].duration is not None
    assert slow.segments[0].duration > full.segments[0].duration >= quiet.segments[0].duration


def test_the_library_duration_is_the_session_for_the_persons_pacing(library: Library) -> None:
    """The library shows session_estimate (closed form); a session runs session_timeline."""
    from supple.speech.spoken_pacing import session_estimate, session_timeline

    for entry in library.entries:
        routine = entry.routine
        assert routine is not None
        for settings in (
            None,
            Settings(verbosity="counts"),
            Settings(verbosity="full", rate=80, lead_in=4),
            Settings(verbosity="brief", breath_inhale=6, breath_pause=1, breath_exhale=8),
        ):
            planned = session_timeline(routine, settings).estimated_seconds
            assert session_estimate(routine, settings) == planned
