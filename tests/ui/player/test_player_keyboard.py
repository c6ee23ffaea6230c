"""The player from the keyboard alone: Tab reaches every control in the order they are
read, the focused one is drawn with a ring, and the one-key shortcuts can be turned off
(WCAG 2.1.4) while their Ctrl versions keep working."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import minimal_doc, write_json
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from supple.routine import Library
from supple.session import FakeClock, State


@pytest.fixture
def library(user_routines: Path) -> Library:
    write_json(
        user_routines / "keys.json",
        minimal_doc(
            id="keys",
            title="Keys",
            defaults={"lead_in": 3},
            steps=[
                {"title": "One", "hold": {"seconds": 20}},
                {"title": "Two", "hold": {"seconds": 20}},
            ],
        ),
    )
    return Library.scan()


def start(window, clock: FakeClock) -> None:
    entry = next(e for e in window.library.entries if e.id == "keys")
    assert window.sessions.start_routine(entry.routine)
    clock.advance(0.5)
    window.controller.tick()


def tab_chain(qtbot, first: QWidget, count: int) -> list[QWidget]:
    first.setFocus(Qt.FocusReason.TabFocusReason)
    seen = [QApplication.focusWidget()]
    for _ in range(count - 1):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_reaches_the_six_controls_in_reading_order(qtbot, main_window, library) -> None:
    clock = FakeClock()
    window = main_window(library=library, clock=clock, active=True)
    view = window.player_view
    start(window, clock)
    assert QApplication.focusWidget() is view.toggle_button  # the session starts on Pause
    chain = tab_chain(qtbot, view.back_button, 6)
    assert chain == [
        view.back_button,
        view.toggle_button,
        view.skip_button,
        view.mute_button,
        view.fullscreen_button,
        view.stop_button,
    ]
    qtbot.keyClick(view.stop_button, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is view.fullscreen_button


def test_the_focused_control_has_a_visible_ring(qtbot, main_window, library) -> None:
    clock = FakeClock()
    window = main_window(library=library, clock=clock, active=True)
    view = window.player_view
    start(window, clock)
    for button in (view.skip_button, view.toggle_button):
        other = view.back_button if button is not view.back_button else view.stop_button
        other.setFocus(Qt.FocusReason.TabFocusReason)
        plain = button.grab().toImage()
        button.setFocus(Qt.FocusReason.TabFocusReason)
        ringed = button.grab().toImage()
        assert plain.size() == ringed.size()  # the ring does not move the row
        # the outer 3 px of the button change colour: the ring is drawn at its edge
        w, h = ringed.width(), ringed.height()
        changed = sum(
            plain.pixel(x, h // 2) != ringed.pixel(x, h // 2) for x in (1, 2, w - 3, w - 2)
        )
        assert changed >= 2, button.accessibleName()


def test_single_keys_off_leaves_the_ctrl_versions(qtbot, main_window, library) -> None:
    clock = FakeClock()
    window = main_window(library=library, clock=clock, active=True, single_key_shortcuts=False)
    view = window.player_view
    start(window, clock)
    view.setFocus()  # not on a button: Space there would press the button, as it should
    player = window.controller.player
    first = player.segment.index
    for k in (Qt.Key.Key_Space, Qt.Key.Key_Right, Qt.Key.Key_M):
        qtbot.keyClick(view, k)
    assert player.state is State.RUNNING
    assert player.segment.index == first
    assert not view.muted
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    assert player.state is State.PAUSED
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert player.segment.index == first + 1  # the lead-in skipped
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert view.muted


def test_single_keys_follow_the_settings_at_once(qtbot, main_window, library) -> None:
    clock = FakeClock()
    window = main_window(library=library, clock=clock, active=True)
    view = window.player_view
    start(window, clock)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.controller.player.state is State.PAUSED
    from dataclasses import replace

    window.apply_settings(replace(window.settings, single_key_shortcuts=False))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.controller.player.state is State.PAUSED
    window.apply_settings(replace(window.settings, single_key_shortcuts=True))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert window.controller.player.state is State.RUNNING


def _tips(view) -> dict[str, str]:
    """What the pointer's tool tip and a screen reader (the description) say of each control."""
    from PySide6.QtGui import QAccessible

    said = {}
    for button in (*view._buttons(), view.done_button):
        face = QAccessible.queryAccessibleInterface(button)
        assert face.text(QAccessible.Text.Description) == button.toolTip()
        said[button.accessibleName()] = button.toolTip()
    return said


def test_tool_tips_name_only_the_keys_that_work(qtbot, main_window, library) -> None:
    """With one-key shortcuts off, the tips (and the descriptions a screen reader gives)
    name the Ctrl keys; they follow the setting at once, paused or muted alike."""
    from dataclasses import replace

    clock = FakeClock()
    window = main_window(library=library, clock=clock, active=True)
    view = window.player_view
    start(window, clock)
    on = {
        "Back": "Back (Left arrow)",
        "Pause or resume": "Pause (Space)",
        "Skip": "Skip this part (Right arrow). The whole step: Shift+Right, or hold Skip",
        "Mute the voice": "Mute the voice; sounds still play (M)",
        "Full screen": "Full screen (F11)",
        "Stop": "Stop (Esc)",
        "Done": "Done: end this hold (Enter)",
    }
    assert _tips(view) == on
    window.apply_settings(replace(window.settings, single_key_shortcuts=False))
    off = {
        "Back": "Back (Ctrl+Left arrow)",
        "Pause or resume": "Pause (Ctrl+Space)",
        "Skip": "Skip this part (Ctrl+Right arrow). The whole step: Shift+Right, or hold Skip",
        "Mute the voice": "Mute the voice; sounds still play (Ctrl+M)",
        "Full screen": "Full screen (F11)",
        "Stop": "Stop (Esc)",
        "Done": "Done: end this hold (Ctrl+Enter)",
    }
    assert _tips(view) == off
    # A tip written again (paused, muted) keeps to the keys that work.
    qtbot.keyClick(view, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.player.state is State.PAUSED and view.muted
    assert view.toggle_button.toolTip() == "Resume (Ctrl+Space)"
    assert view.mute_button.toolTip() == (
        "The voice is off; sounds still play. Turn it back on (Ctrl+M)"
    )
    window.apply_settings(replace(window.settings, single_key_shortcuts=True))
    assert view.toggle_button.toolTip() == "Resume (Space)"
    assert view.mute_button.toolTip().endswith("(M)")


def test_the_count_is_told_at_a_segment_start_every_ten_seconds_and_the_last_three(
    qtbot, main_window, library
) -> None:
    from PySide6.QtGui import QAccessible

    clock = FakeClock()
    window = main_window(library=library, clock=clock)
    view = window.player_view
    face = QAccessible.queryAccessibleInterface(view.dial)
    assert face is not None and face.role() == QAccessible.Role.StaticText
    start(window, clock)
    told = [face.text(QAccessible.Text.Name)]
    painted = [view.dial.text()]
    for _ in range(89):  # the lead-in (3 s) and the first hold (20 s), at 4 Hz
        clock.advance(0.25)
        window.controller.tick()
        name = face.text(QAccessible.Text.Name)
        if name != told[-1]:
            told.append(name)
        if view.dial.text() != painted[-1]:
            painted.append(view.dial.text())
    assert told == [
        "Time left: 3 seconds",
        "Time left: 2 seconds",
        "Time left: 1 second",
        "Time left: 20 seconds",
        "Time left: 10 seconds",
        "Time left: 3 seconds",
        "Time left: 2 seconds",
        "Time left: 1 second",
    ], told
    assert len(painted) > 20  # the digits change every second; the reader is told 8 times


def test_space_presses_the_button_tab_has_reached(qtbot, main_window, library) -> None:
    clock = FakeClock()
    window = main_window(library=library, clock=clock, active=True)
    view = window.player_view
    start(window, clock)
    player = window.controller.player
    assert QApplication.focusWidget() is view.toggle_button
    qtbot.keyClick(view.toggle_button, Qt.Key.Key_Space)  # on Pause: pause, as ever
    assert player.state is State.PAUSED
    qtbot.keyClick(view.toggle_button, Qt.Key.Key_Space)
    assert player.state is State.RUNNING
    first = player.segment.index
    qtbot.keyClick(view.toggle_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is view.skip_button
    qtbot.keyClick(view.skip_button, Qt.Key.Key_Space)  # on Skip: skip, not pause
    assert player.state is State.RUNNING
    assert player.segment.index == first + 1
