"""Skip by part, as a person does it: → (or a click on Skip) moves to the next part (a
repetition, a side, then the next step); Shift+→ or a long press on Skip moves past the
whole step. The real window, controller and Player on a FakeClock, offscreen."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from gui_support import play_until
from helpers import minimal_doc, write_json
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from supple.routine import Library
from supple.session import FakeClock, SegmentKind, Side
from supple.ui.player.player_view import LONG_PRESS_MS
from supple.ui.shell.main_window import MainWindow

TICK = 0.25


def doc() -> dict:
    return minimal_doc(
        id="parts",
        title="Parts",
        defaults={"lead_in": 3, "rest": 4},
        steps=[
            {"title": "Knee drop", "hold": {"seconds": 20}, "sides": "both"},
            {"title": "Lifts", "hold": {"seconds": 8}, "reps": {"count": 3, "release": 2}},
            {"title": "Plank", "hold": {"seconds": 10}},
        ],
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def window(main_window, user_routines: Path, clock: FakeClock) -> MainWindow:
    write_json(user_routines / "parts.json", doc())
    library = Library.scan()
    win = main_window(library=library, clock=clock, active=True)
    routine = library.by_id("parts")
    assert routine is not None and win.start_routine(routine)
    return win


def until(window: MainWindow, clock: FakeClock, test: Callable[[], bool]) -> None:
    play_until(window, clock, test, TICK)


def where(window: MainWindow) -> tuple[str, str, Side | None, int | None]:
    player = window.controller.player
    assert player is not None
    segment = player.segment
    return (segment.title, segment.kind.value, segment.side, segment.rep)


def right(qtbot, window: MainWindow, shift: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Right, modifier)


def in_left_hold(window: MainWindow, clock: FakeClock) -> None:
    until(window, clock, lambda: window.controller.player.segment.kind is SegmentKind.HOLD)
    assert where(window) == ("Knee drop", "hold", Side.LEFT, None)


def test_right_arrow_skips_only_the_left_side(qtbot, window: MainWindow, clock) -> None:
    in_left_hold(window, clock)
    skipped: list[tuple[int, bool]] = []
    window.controller.part_skipped.connect(lambda step, whole: skipped.append((step, whole)))
    right(qtbot, window)
    assert where(window) == ("Knee drop", "switch-sides", Side.RIGHT, None)
    assert window.player_view.side_label.text() == "Right side"
    assert window.player_view.step_label.text() == "Step 1 of 3"
    assert skipped == [(0, False)]


def test_a_click_on_skip_moves_one_repetition(qtbot, window: MainWindow, clock) -> None:
    until(window, clock, lambda: window.controller.player.segment.title == "Lifts")
    until(window, clock, lambda: window.controller.player.segment.kind is SegmentKind.HOLD)
    view = window.player_view
    assert view.count_label.text() == "Rep 1 of 3"
    qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)
    assert where(window) == ("Lifts", "release", None, 1)
    qtbot.mouseClick(view.skip_button, Qt.MouseButton.LeftButton)
    assert where(window) == ("Lifts", "hold", None, 2)
    assert view.count_label.text() == "Rep 2 of 3"


def test_shift_right_skips_the_whole_step(qtbot, window: MainWindow, clock) -> None:
    in_left_hold(window, clock)
    right(qtbot, window, shift=True)
    assert where(window) == ("Lifts", "lead-in", None, None)
    assert window.player_view.step_label.text() == "Step 2 of 3"
    assert window.controller.report().steps_skipped == (0,)


def test_a_long_press_on_skip_skips_the_whole_step(qtbot, window: MainWindow, clock) -> None:
    in_left_hold(window, clock)
    button = window.player_view.skip_button
    centre = QPoint(button.width() // 2, button.height() // 2)
    qtbot.mousePress(button, Qt.MouseButton.LeftButton, pos=centre)
    qtbot.waitUntil(lambda: where(window)[0] == "Lifts", timeout=LONG_PRESS_MS * 5)
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton, pos=centre)
    # The release after a long press is not a click as well: still at the step's start.
    assert where(window) == ("Lifts", "lead-in", None, None)
    assert not button.isDown()


def test_the_skip_tooltip_names_both_ways(window: MainWindow) -> None:
    tip = window.player_view.skip_button.toolTip()
    assert "Right" in tip and "Shift+Right" in tip and "hold" in tip.lower()
