"""Reference cycles holding Qt objects are collected on the GUI thread, never on a worker.

Without this, a worker thread that allocates past Python's threshold collects a
cycle holding a Qt object, deletes it there, and leaves its timers registered with
the GUI thread, which crashes when one fires (seen as segfaults in the suite).
"""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject, QTimer

from supple.ui.kit.gui_collector import GuiThreadCollector


class Looped(QObject):
    """A Qt object in a reference cycle (as a page and the lambdas it connects are),
    with a running timer, as most of Supple's pages have."""

    def __init__(self, deleted_on: list[threading.Thread]) -> None:
        super().__init__()
        self.me = self  # the cycle: only the collector can free it
        self.timer = QTimer(self)
        self.timer.setInterval(60_000)
        self.timer.start()
        self.destroyed.connect(lambda: deleted_on.append(threading.current_thread()))


def busy_worker() -> list[object]:
    """A worker that allocates well past the collector's first threshold."""
    made: list[object] = []

    def run() -> None:
        made.extend([i] for i in range(20 * gc.get_threshold()[0]))

    thread = threading.Thread(target=run, name="busy-worker")
    thread.start()
    thread.join()
    return made


def test_a_cycle_with_a_qt_object_is_collected_on_the_gui_thread(qtbot, qtlog) -> None:
    collector = GuiThreadCollector(interval_ms=20)
    try:
        gc.collect()
        deleted_on: list[threading.Thread] = []
        looped = Looped(deleted_on)
        gone = weakref.ref(looped)
        del looped
        made = busy_worker()
        assert gone() is not None  # the worker's allocations collected nothing there
        qtbot.waitUntil(lambda: gone() is None, timeout=5000)  # the GUI thread's timer did
        assert deleted_on == [threading.main_thread()]
        assert not [r for r in qtlog.records if "another thread" in r.message]
        del made
    finally:
        collector.stop()


def test_it_collects_what_python_would_and_gives_collecting_back() -> None:
    was = gc.isenabled()
    gc.enable()
    collector = GuiThreadCollector()
    try:
        assert not gc.isenabled()
        gc.collect()
        assert collector.collect_due() == 0  # nothing due just after a collection
        loops = [[] for _ in range(2 * gc.get_threshold()[0])]
        for loop in loops:
            loop.append(loop)
        del loops, loop
        assert collector.collect_due() >= 2 * gc.get_threshold()[0]
    finally:
        collector.stop()
        assert gc.isenabled()
        if not was:
            gc.disable()
