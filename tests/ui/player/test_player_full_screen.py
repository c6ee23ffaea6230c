"""Full screen (F11) as a person uses it: the menus are hidden but their keys still work,
the player's button says how to leave, and full screen ends with the session."""

from __future__ import annotations

from pathlib import Path

import pytest
from gui_support import play_to_the_end
from helpers import minimal_doc, write_json
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from supple.routine import Library
from supple.session import FakeClock
from supple.ui.shell.main_window import MainWindow


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def library(user_routines: Path) -> Library:
    doc = minimal_doc(id="short", defaults={"lead_in": 2, "rest": 0})
    write_json(user_routines / "short.json", doc)
    return Library.scan()


@pytest.fixture
def window(main_window, library: Library, clock: FakeClock) -> MainWindow:
    return main_window(library=library, clock=clock, active=True)


def key(qtbot, window: MainWindow, sequence: str) -> None:
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(sequence)[0]
    qtbot.keyClick(QApplication.focusWidget() or window, combo.key(), combo.keyboardModifiers())


def full_screen(qtbot, window: MainWindow) -> None:
    key(qtbot, window, "F11")
    qtbot.waitUntil(window.isFullScreen)
    assert not window.menuBar().isVisible()


def test_menu_keys_work_in_full_screen(qtbot, window: MainWindow) -> None:
    extra = QWidget()
    window.add_page("Extra", extra)  # View > Extra, Ctrl+2 (History in the app)
    full_screen(qtbot, window)
    asked: list[bool] = []
    window.settings_requested.connect(lambda: asked.append(True))
    key(qtbot, window, "Ctrl+,")
    assert asked == [True]
    key(qtbot, window, "Ctrl+2")
    assert window.current_page() is extra
    key(qtbot, window, "Ctrl+1")
    assert window.current_page() is window.library_view
    key(qtbot, window, "Ctrl+Q")
    qtbot.waitUntil(lambda: not window.isVisible())


def test_the_button_says_exit_full_screen_and_does_it(qtbot, window: MainWindow, library) -> None:
    routine = library.by_id("short")
    assert routine is not None and window.start_routine(routine)
    view = window.player_view
    assert view.fullscreen_button.text() == "Full screen"
    full_screen(qtbot, window)
    qtbot.waitUntil(lambda: view.fullscreen_button.text() == "Exit full screen")
    assert "F11" in view.fullscreen_button.toolTip()
    qtbot.mouseClick(view.fullscreen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    qtbot.waitUntil(lambda: view.fullscreen_button.text() == "Full screen")
    assert window.menuBar().isVisible()


def test_full_screen_ends_with_the_session(qtbot, window: MainWindow, clock, library) -> None:
    routine = library.by_id("short")
    assert routine is not None and window.start_routine(routine)
    full_screen(qtbot, window)
    play_to_the_end(window, clock)
    assert window.current_page() is window.summary_view
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.menuBar().isVisible()
