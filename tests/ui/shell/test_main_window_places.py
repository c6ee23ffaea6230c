"""The main window's named places: pages with a declared guard, menus kept by
reference, a drop target, and the before_start / closing / closed signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from supple.routine import resolve_routine


class Guard:
    """A PageGuard that answers as told and remembers what it was asked."""

    def __init__(self, leave: bool = True, close: bool = True) -> None:
        self.leave, self.close = leave, close
        self.asked: list[QWidget | None] = []

    def may_leave(self, target: QWidget | None) -> bool:
        self.asked.append(target)
        return self.leave

    def may_close(self) -> bool:
        self.asked.append(None)
        return self.close


def test_a_titled_page_gets_a_button_and_a_view_entry(main_window) -> None:
    window = main_window()
    page = QLabel("a page")
    action = window.add_page("Notes", page)
    assert action is not None
    assert action.text() == "Notes"
    assert action in window.view_menu.actions()
    action.trigger()
    assert window.current_page() is page
    window.show_home()
    assert window.current_page() is window.library_view


def test_a_guarded_page_is_asked_before_it_is_left(main_window) -> None:
    window = main_window()
    page, guard = QLabel("unsaved"), Guard(leave=False)
    window.add_page(None, page, guard=guard, nav_button=window.home_nav)
    window.show_page(page)
    window.show_home()
    assert window.current_page() is page  # the guard said no
    assert guard.asked == [window.library_view]
    guard.leave = True
    window.show_home()
    assert window.current_page() is window.library_view


def test_a_guard_that_says_no_keeps_the_window_open(qtbot, main_window) -> None:
    window = main_window()
    guard = Guard(close=False)
    window.add_page(None, QLabel("unsaved"), guard=guard)
    closing, closed = [], []
    window.closing.connect(lambda: closing.append(True))
    window.closed.connect(lambda: closed.append(True))
    assert not window.close()
    assert window.isVisible() and closing == [True] and closed == []
    guard.close = True
    assert window.close()
    assert closing == [True, True] and closed == [True]


def test_a_menu_goes_before_help_whatever_its_text(main_window) -> None:
    window = main_window()
    menu = window.add_menu("Hilfe-ähnlich")  # found by reference, not by the text "Help"
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index(menu.title()) == titles.index(window.help_menu.title()) - 1


def test_before_start_is_emitted_before_the_session_starts(main_window) -> None:
    window = main_window()
    seen: list[tuple[str, bool]] = []
    window.before_start.connect(lambda r: seen.append((r.id, window.controller.active)))
    routine = resolve_routine("lower-back-spasm-relief")
    assert window.start_routine(routine)
    assert seen == [(routine.id, False)]  # asked before, not after, the start
    assert window.current_page() is window.player_view
    window.show_home()
    assert window.current_page() is window.player_view  # held during the session
    window.controller.stop()
    assert window.current_page() is window.summary_view
    window.show_home()
    assert window.current_page() is window.library_view


class Drops:
    """A DropTarget that takes .txt files."""

    def __init__(self) -> None:
        self.dropped: list[list[str]] = []

    def accepts(self, event: QDragEnterEvent | QDropEvent) -> bool:
        mime = event.mimeData()
        return mime is not None and all(u.toLocalFile().endswith(".txt") for u in mime.urls())

    def drop(self, event: QDropEvent) -> None:
        mime = event.mimeData()
        assert mime is not None
        self.dropped.append([Path(u.toLocalFile()).name for u in mime.urls()])


def _drag(window: QWidget, name: str) -> tuple[QDragEnterEvent, QMimeData]:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(f"/tmp/{name}")])
    enter = QDragEnterEvent(
        QPoint(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    return enter, mime


def test_the_drop_target_decides_what_the_window_takes(main_window) -> None:
    window = main_window()
    enter, _ = _drag(window, "notes.txt")
    assert not enter.isAccepted()  # no drop target yet
    target = Drops()
    window.set_drop_target(target)
    refused, _ = _drag(window, "picture.png")
    assert not refused.isAccepted()
    enter, mime = _drag(window, "notes.txt")
    assert enter.isAccepted()
    drop = QDropEvent(
        QPoint(100, 100).toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, drop)
    assert target.dropped == [["notes.txt"]]


def test_the_library_page_is_styled_in_its_place(main_window, monkeypatch) -> None:
    """The library sets its style sheet once it is in the window's stack: a widget styled
    and then moved has its style sheet worked out again for each child it holds (a
    start-up cost, ARCHITECTURE.md)."""
    from supple.ui.library.library_view import LibraryView

    styled_in: list[object] = []
    restyle = LibraryView._restyle

    def watched(view: LibraryView) -> None:
        styled_in.append(view.parentWidget())
        restyle(view)

    monkeypatch.setattr(LibraryView, "_restyle", watched)
    window = main_window(show=False)
    assert styled_in and styled_in[0] is window.stack
    assert window.library_view.styleSheet()
