"""Driving the window the way a person does, for the GUI tests: modal dialogs, keys,
typing, dragging files over the window, playing a session to its end."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDragEnterEvent, QImage
from PySide6.QtWidgets import QApplication, QWidget

from supple.session import FakeClock, SessionReport
from supple.ui.editor.library_actions import RoutineActions
from supple.ui.shell.main_window import MainWindow

TICK = 0.5


def when_modal(kind: type, act: Callable[[QWidget], None]) -> None:
    """Act on the next modal dialog of ``kind`` once it is up."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, look)
            return
        act(dialog)

    QTimer.singleShot(0, look)


def activate(qtbot, window: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def press(qtbot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier):
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifiers)


def type_into(qtbot, widget: QWidget, text: str) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(widget, text)


def small_png(path: Path) -> Path:
    image = QImage(64, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("#4a9"))
    assert image.save(str(path))
    return path


def titles(actions: RoutineActions) -> list[str]:
    return [step["title"] for step in actions.editor.doc["steps"]]


def play_until(
    window: MainWindow,
    clock: FakeClock,
    test: Callable[[], bool],
    tick: float = 0.25,
    limit: float = 600.0,
) -> None:
    """Let session time pass in ``tick`` steps, polled as the timer would, until
    ``test()`` holds (at most ``limit`` seconds of session time); then let Qt paint."""
    spent = 0.0
    while not test():
        assert spent < limit, "the session never got there"
        clock.advance(tick)
        window.controller.tick()
        spent += tick
    QApplication.processEvents()


def play_to_the_end(window: MainWindow, clock: FakeClock) -> SessionReport:
    ended: list[SessionReport] = []
    window.controller.session_ended.connect(ended.append)
    spent = 0.0
    while not ended:
        assert spent < 3600, "the session never ended"
        if window.controller.player is not None and window.controller.player.segment.open_ended:
            window.controller.done()
        clock.advance(TICK)
        window.controller.tick()
        spent += TICK
    return ended[0]


def drag_over(window: MainWindow, files: list[Path]) -> tuple[QDragEnterEvent, QMimeData]:
    """Drag ``files`` over the window; the event tells whether the window took them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    enter = QDragEnterEvent(
        QPoint(200, 200),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, enter)
    return enter, mime
