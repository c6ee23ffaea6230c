"""The history thread never holds the last reference to a GUI object.

A job's callbacks are often a page's bound methods. Were the worker thread the last
to let go of them, Qt would delete the page there, and the page's running timers
would stay registered with the GUI thread, which crashes when one fires.
"""

from __future__ import annotations

import threading
import weakref

from PySide6.QtCore import QObject, QTimer

from supple.history import HistoryWorker
from supple.ui.history.history_link import gui_deliver


class Page(QObject):
    """A stand-in for a page: a running timer and a method to receive answers."""

    def __init__(self) -> None:
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.start()
        self.answers: list[object] = []

    def take(self, answer: object) -> None:
        self.answers.append(answer)

    def failed(self, error: object) -> None:
        self.answers.append(error)


def test_a_page_that_asked_the_history_is_deleted_on_the_gui_thread(qtbot, qtlog) -> None:
    worker = HistoryWorker(deliver=gui_deliver()).start()
    assert worker.wait_ready(10)
    gui = threading.current_thread()
    seen_threads: list[threading.Thread] = []
    page = Page()
    page.destroyed.connect(lambda: seen_threads.append(threading.current_thread()))
    gone = weakref.ref(page)
    worker.submit(lambda store: store.path.name, page.take, page.failed)
    worker.submit(lambda store: 1 / 0, page.take, page.failed)  # an error goes back too
    answers = page.answers
    qtbot.waitUntil(lambda: len(answers) == 2, timeout=10000)
    assert answers[0] == "history.sqlite3"
    del page
    assert worker.close(10)  # the thread ends: whatever it still held goes now
    qtbot.waitUntil(lambda: gone() is None, timeout=5000)
    assert seen_threads == [gui]  # deleted here, on the GUI thread
    warnings = [r.message for r in qtlog.records if "another thread" in r.message]
    assert warnings == []
