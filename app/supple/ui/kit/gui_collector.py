"""Python's cycle collector, run on the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate past the
collector's threshold: in Supple that is as often the voice's, the history's or a
picture's worker thread as the GUI thread. A cycle that holds a Qt object (a
closed dialog, a page and the lambdas connected to it) is then deleted on that
worker thread. Qt cannot stop the object's timers from there ("Timers cannot be
stopped from another thread"), they stay registered with the GUI thread, and the
next one to fire crashes the app in ``QTimerInfoList::activateTimers``.

So the automatic collector is switched off and this object runs the same
generational collection from a timer on the GUI thread, with Python's own
thresholds: the same amount of collecting, always where the Qt objects live.
(Reference counting, which frees everything not in a cycle, is unchanged.)
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500  # how often the counts are looked at; a look costs microseconds


class GuiThreadCollector(QObject):
    """While it exists, cycles are collected on the thread that made it (the GUI's)."""

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the generations whose counts passed their thresholds, as Python
        itself would have; the number of unreachable objects found."""
        first, second, third = gc.get_threshold()
        young, middle, old = gc.get_count()
        if young <= first:
            return 0
        generation = 0
        if middle > second:
            generation = 2 if old > third else 1
        return gc.collect(generation)

    def stop(self) -> None:
        """Give collecting back to Python (at quit)."""
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


_INSTALLED: list[GuiThreadCollector] = []


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """The app's one collector, made on first call (on the GUI thread, owned by ``app``)."""
    if not _INSTALLED:
        _INSTALLED.append(GuiThreadCollector(app))
    return _INSTALLED[0]
