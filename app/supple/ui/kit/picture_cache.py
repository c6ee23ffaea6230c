"""Pictures drawn off the GUI thread, kept while they are shown, and a time cap.

A routine's own picture may be anything a person (or an attacker) saved; even checked
and bounded, a large drawing can take a second or more to draw. So the window never
draws one itself: ``lookup`` answers at once with the picture drawn at that size, with
the reason it cannot be shown, or with None while a worker thread draws it; ``ready``
is emitted (on the GUI thread) when it is done, and the views repaint. A picture that
takes longer than ``time_cap`` seconds is shown as "too slow to draw" at every size
from then on; its worker is left to finish on its own (it cannot be interrupted) and
another takes its place, so one slow picture never holds up the others.

Supple's own pose pictures are drawn at once, on the calling thread: they are small,
plain and on the first frame (see ``picture_render``). Once drawn at a size they are
kept on disk (``drawn_poses``), and the next start reads them back instead.

The workers are daemon threads at a lower priority, so they never take the processor
from the window and the voice. When the application quits (or Python exits) nothing
more is drawn and a drawing under way is waited for, at most about the time cap: Qt
torn down under a worker still inside it would crash. The newest request is drawn
first: it is what is on the screen now.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, QTimer, Signal
from PySide6.QtGui import QImage

from supple.routine.picture_refused import PictureRefused
from supple.ui.kit.drawn_poses import DrawnPoses
from supple.ui.kit.picture_render import Rendered, is_bundled, render_bundled, render_picture

CACHE_SIZE = 48  # pictures kept, at one size each
TIME_CAP = 5.0  # seconds a picture may take to draw
WORKERS = 1  # threads drawing pictures (the machine has other work: the voice, the timer)
MAX_WORKERS = 4  # with the ones left behind by slow pictures
WATCH_MS = 250  # how often overdue pictures are looked for
NICE = 10  # the workers' priority below the rest of Supple
SHUTDOWN_WAIT = TIME_CAP + 2.0  # at exit, how long a drawing under way is waited for

Key = tuple[str, int, int]


class _Signals(QObject):
    ready = Signal(str)  # the path of a picture now drawn (or refused)
    done = Signal(object, object)  # (Key, Rendered), from a worker


def _lower_priority() -> None:
    """Let the GUI thread and the voice go first: this thread's nice value raised (Linux
    sets it per thread; elsewhere this does nothing)."""
    if hasattr(os, "setpriority") and sys.platform.startswith("linux"):
        with contextlib.suppress(OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), NICE)


class PictureCache:
    """Drawn pictures by file and size; own pictures drawn by worker threads."""

    def __init__(
        self,
        size: int = CACHE_SIZE,
        *,
        time_cap: float = TIME_CAP,
        render: Callable[[Path, QSize, float], Rendered] | None = None,
        clock: Callable[[], float] = time.monotonic,
        watch_ms: int = WATCH_MS,
        kept: DrawnPoses | None = None,
    ) -> None:
        self._size = size
        self.kept = kept  # the bundled poses as drawn before, if kept on disk
        self.time_cap = time_cap
        self._render = render or (
            lambda path, box, budget: render_picture(path, box, budget=budget)
        )
        self._clock = clock
        self._watch_ms = watch_ms
        self._items: OrderedDict[Key, Rendered] = OrderedDict()
        self._refused: dict[str, PictureRefused] = {}  # by path: refused at every size
        self._started: dict[Key, float] = {}  # drawing now, since
        self._queued: OrderedDict[Key, None] = OrderedDict()  # waiting for a worker
        self._abandoned: set[Key] = set()  # overdue: their results are not wanted
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._workers = 0
        self._idle = 0
        self._drawing = 0  # workers inside a render now
        self._stopping = False
        self._hooked = False
        self._signals: _Signals | None = None
        self._watch: QTimer | None = None

    # -- the GUI thread's side --------------------------------------------------------------
    @property
    def signals(self) -> _Signals:
        """``signals.ready(path)``: a picture asked for has been drawn or refused."""
        if self._signals is None:
            self._signals = _Signals()
            self._signals.done.connect(self._finish)  # queued: emitted by a worker
        return self._signals

    def lookup(self, path: Path, box: QSize) -> Rendered | None:
        """The picture at ``path`` drawn to fit ``box``; None while it is being drawn."""
        key = (str(path), box.width(), box.height())
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
            return found
        refused = self._refused.get(key[0])
        if refused is not None:
            return Rendered(None, refused)
        if is_bundled(path):
            return self._keep(key, self.own(path, box))
        self._ask(key)
        return None

    def own(self, path: Path, box: QSize) -> Rendered:
        """One of Supple's own SVG files (a pose, the logo), on this thread: as kept from
        an earlier drawing, or drawn now (and then kept). Never a routine's own picture:
        it is drawn from its file as it is and checked first (``lookup``)."""
        if self.kept is not None:
            image = self.kept.load(path, box)
            if image is not None:
                return Rendered(image)
        rendered = render_bundled(path, box)
        if self.kept is not None and rendered.image is not None:
            self.kept.keep(path, box, rendered.image)
        return rendered

    def get(self, path: Path, box: QSize) -> QImage | None:
        """The drawn image, or None (not drawn yet, or not drawable)."""
        found = self.lookup(path, box)
        return None if found is None else found.image

    def latest(self, path: Path) -> QImage | None:
        """The last image drawn of ``path`` at any size (shown, scaled, while the size
        asked for is drawn)."""
        name = str(path)
        for key in reversed(self._items):
            if key[0] == name and self._items[key].image is not None:
                return self._items[key].image
        return None

    def pending(self) -> int:
        with self._lock:
            return len(self._queued) + len(self._started) - len(self._abandoned)

    def wait(self, process: Callable[[], None], timeout: float = 10.0) -> bool:
        """Run ``process`` (the event loop, once) until nothing is being drawn, or
        until ``timeout`` seconds have passed (for screenshots and tests)."""
        end = time.monotonic() + timeout
        while self.pending():
            if time.monotonic() > end:
                return False
            process()
            time.sleep(0.002)
        process()
        return True

    def forget(self) -> None:
        """Drop every drawn picture and refusal (a file was changed)."""
        self._items.clear()
        self._refused.clear()

    def _keep(self, key: Key, rendered: Rendered) -> Rendered:
        self._items[key] = rendered
        self._items.move_to_end(key)
        while len(self._items) > self._size:
            self._items.popitem(last=False)
        if rendered.problem is not None and rendered.problem.kind != "missing":
            self._refused[key[0]] = rendered.problem  # the same at every size
        return rendered

    def shutdown(self, timeout: float = SHUTDOWN_WAIT) -> bool:
        """Draw nothing more and wait (at most ``timeout`` s) for a drawing under way:
        Qt must not be torn down under a worker still inside it. True when none is left."""
        end = time.monotonic() + timeout
        with self._lock:
            self._stopping = True
            self._queued.clear()
            self._wake.notify_all()
            while self._drawing and time.monotonic() < end:
                self._wake.wait(0.05)
            return self._drawing == 0

    def _hook_exit(self) -> None:
        """Before Qt goes (the application quitting, or Python exiting), stop drawing."""
        if self._hooked:
            return
        self._hooked = True
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.shutdown)
        atexit.register(self.shutdown)  # runs before PySide's own clean-up, registered first

    def _ask(self, key: Key) -> None:
        signals = self.signals
        self._hook_exit()
        with self._lock:
            if self._stopping or key in self._started or key in self._queued:
                return
            self._queued[key] = None
            if self._idle:
                self._wake.notify()
            elif self._workers < WORKERS + len(self._abandoned) and self._workers < MAX_WORKERS:
                self._workers += 1
                threading.Thread(target=self._work, name="supple-picture", daemon=True).start()
        if self._watch is None:
            self._watch = QTimer(signals)
            self._watch.setInterval(self._watch_ms)
            self._watch.timeout.connect(self.check_overdue)
        if not self._watch.isActive():
            self._watch.start()

    def check_overdue(self) -> None:
        """Give up on pictures drawing for longer than the cap: "too slow to draw"."""
        now = self._clock()
        late: list[Key] = []
        with self._lock:
            for key, since in self._started.items():
                if key not in self._abandoned and now - since > self.time_cap:
                    self._abandoned.add(key)
                    late.append(key)
            if late and self._queued and self._workers < MAX_WORKERS:
                self._workers += 1  # the slow one's thread is busy: another takes the queue
                threading.Thread(target=self._work, name="supple-picture", daemon=True).start()
            busy = bool(self._started) or bool(self._queued)
        for key in late:
            refused = PictureRefused(
                f"took longer than {self.time_cap:g} seconds to draw", kind="slow"
            )
            self._keep(key, Rendered(None, refused))
            self.signals.ready.emit(key[0])
        if not busy and self._watch is not None:
            self._watch.stop()

    def _finish(self, key: Key, rendered: Rendered) -> None:
        with self._lock:
            self._started.pop(key, None)
            if key in self._abandoned:
                self._abandoned.discard(key)
                return  # already shown as too slow
        self._keep(key, rendered)
        self.signals.ready.emit(key[0])

    # -- the workers' side -----------------------------------------------------------------
    def _work(self) -> None:
        _lower_priority()
        while True:
            with self._lock:
                while not self._queued and not self._stopping:
                    self._idle += 1
                    woken = self._wake.wait(timeout=30.0)
                    self._idle -= 1
                    if not woken and not self._queued:
                        self._workers -= 1
                        return  # nothing to draw for a while: the thread ends
                if self._stopping:
                    self._workers -= 1
                    return
                key, _ = self._queued.popitem(last=True)  # the newest request first
                self._started[key] = self._clock()
                self._drawing += 1
            try:
                rendered = self._render(Path(key[0]), QSize(key[1], key[2]), self.time_cap)
            except Exception as exc:  # a picture must never end the worker
                rendered = Rendered(
                    None, PictureRefused(f"cannot be drawn ({exc})", kind="damaged")
                )
            finally:
                with self._lock:
                    self._drawing -= 1
                    self._wake.notify_all()
                    stopping = self._stopping
            if stopping:
                return  # Supple is exiting: nobody to show it to
            try:
                self.signals.done.emit(key, rendered)
            except RuntimeError:
                return  # the application is gone
            with self._lock:
                if self._workers > WORKERS + len(self._abandoned) and not self._queued:
                    self._workers -= 1
                    return  # a stand-in for a slow picture's thread: no longer needed
