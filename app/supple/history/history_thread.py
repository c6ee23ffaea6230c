"""One thread that owns the history connection and does every disk operation.

The GUI never touches the file: it submits jobs (functions of a HistoryStore)
and gets results or errors back through ``deliver``, which the Qt layer sets
to "run this on the GUI thread". Jobs run one at a time, in the order given,
so a session's begin, updates and end reach the file in order.

When the file cannot be opened for writing (read-only folder, full disk, a lock
held by another program, newer schema), the worker still runs: it opens the file
for reading if it can, so the history is still shown, and every write fails with
the same HistoryError; the person is told once rather than at every write. Unless
the file is damaged or too new, the worker tries again to open it for writing
(at most every REOPEN_SECONDS, before a job), so sessions kept waiting in memory
are saved once the lock is gone or space is back.
"""

from __future__ import annotations

import functools
import queue
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from supple.history.database import Opened, open_for_reading, open_store
from supple.history.history_error import HistoryCorrupt, HistoryError, HistoryTooNew, describe
from supple.history.store import HistoryStore
from supple.i18n import _
from supple.value_class import value_class

T = TypeVar("T")
REOPEN_SECONDS = 5.0
Deliver = Callable[[Callable[[], None]], None]
OnError = Callable[[HistoryError], None]


def _direct(call: Callable[[], None]) -> None:
    call()


@value_class(frozen=False)
class _Job:
    """A piece of work for the history thread and where its answer goes."""

    run: Callable[[HistoryStore], Any]
    on_result: Callable[[Any], None] | None
    on_error: OnError | None


class HistoryWorker:
    """Start with ``start()``; ``close()`` on quit (it finishes the queued writes)."""

    def __init__(
        self,
        path: Path | None = None,
        *,
        deliver: Deliver = _direct,
        on_notice: Callable[[str], None] | None = None,
        close_open_sessions: bool = True,
        reopen_seconds: float = REOPEN_SECONDS,
    ) -> None:
        self.path = path
        self.reopen_seconds = reopen_seconds
        self._deliver = deliver
        self._on_notice = on_notice
        self._close_open = close_open_sessions
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._thread = threading.Thread(target=self._main, name="supple-history", daemon=True)
        self._idle = threading.Condition()
        self._pending = 0
        self.opened: Opened | None = None
        self.open_error: HistoryError | None = None
        self._ready = threading.Event()
        self._closed = False
        self._opened_at = 0.0  # time.monotonic() of the last attempt to open for writing

    # -- life ------------------------------------------------------------------
    def start(self) -> HistoryWorker:
        self._thread.start()
        return self

    def close(self, timeout: float = 10.0) -> bool:
        """Finish the queued jobs, close the file, stop the thread. True when it stopped."""
        if self._closed:
            return True
        self._closed = True
        if not self._thread.is_alive():
            return True
        self._queue.put(None)
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def wait_ready(self, timeout: float | None = None) -> bool:
        """Wait until the file has been opened (or failed to open)."""
        return self._ready.wait(timeout)

    def wait_idle(self, timeout: float | None = None) -> bool:
        """Wait until every job submitted so far has run and reported."""
        with self._idle:
            return self._idle.wait_for(lambda: self._pending == 0, timeout)

    @property
    def available(self) -> bool:
        return self.opened is not None

    # -- jobs ------------------------------------------------------------------
    def submit(
        self,
        run: Callable[[HistoryStore], T],
        on_result: Callable[[T], None] | None = None,
        on_error: OnError | None = None,
    ) -> None:
        """Run ``run(store)`` on the worker; report through ``deliver``.

        Without ``on_error`` a failure goes to ``on_notice`` (once per kind of failure).
        """
        if self._closed:
            error = HistoryError(_("The history is closed; nothing more can be saved."))
            self._report(error, on_error)
            return
        with self._idle:
            self._pending += 1
        self._queue.put(_Job(run, on_result, on_error))

    def _report(self, error: HistoryError, on_error: OnError | None) -> None:
        if on_error is not None:
            self._deliver(lambda: on_error(error))
        elif self._on_notice is not None:
            notice = self._on_notice
            self._deliver(lambda: notice(str(error)))

    def _notice(self, text: str) -> None:
        if self._on_notice is not None:
            notice = self._on_notice
            self._deliver(lambda: notice(text))

    def _main(self) -> None:
        try:
            self._open()
        finally:
            self._ready.set()
        while True:
            job = self._queue.get()
            if job is None:
                break
            self._reopen()
            parcel = [job]  # from here on the only reference this thread has to the job
            del job
            self._run(parcel, self.opened.store if self.opened else None)
        if self.opened is not None:
            self.opened.store.close()

    def _open(self) -> None:
        self._opened_at = time.monotonic()
        try:
            self.opened = open_store(self.path, close_open_sessions=self._close_open)
            for text in self.opened.notices():
                self._notice(text)
            return
        except HistoryError as exc:
            self.open_error = exc
        except Exception as exc:  # never let the thread die silently
            self.open_error = describe(exc, self.path or Path("history"), "open")
        store = self._open_reading()
        if store is not None:
            self.opened = Opened(store, store.path, cannot_write=self.open_error)
            for text in self.opened.notices():
                self._notice(text)
        else:
            self._notice(f"{self.open_error} Sessions still run but will not be saved.")

    def _open_reading(self) -> HistoryStore | None:
        """The history for reading only, its writes failing with the open error."""
        if isinstance(self.open_error, (HistoryCorrupt, HistoryTooNew)):
            return None
        try:
            store = open_for_reading(self.path)
        except Exception:  # HistoryError or anything else: nothing to show, then
            return None
        if store is not None:
            store.read_only = self.open_error
        return store

    def _reopen(self) -> None:
        """Try to open for writing again, when that failed for a cause that may pass."""
        if self.open_error is None or isinstance(self.open_error, (HistoryCorrupt, HistoryTooNew)):
            return
        if time.monotonic() - self._opened_at < self.reopen_seconds:
            return
        self._opened_at = time.monotonic()
        try:
            opened = open_store(self.path, close_open_sessions=self._close_open)
        except Exception:
            return  # still not: the jobs fail with the error the person was told about
        if self.opened is not None:
            self.opened.store.close()
        self.opened, self.open_error = opened, None
        self._notice("The history file can be written again; sessions are saved.")

    def _run(self, parcel: list[_Job], store: HistoryStore | None) -> None:
        """Run the job in ``parcel`` and hand the parcel, job and all, to ``deliver``.

        The job's callbacks may hold the GUI's objects (a page, its bound methods):
        their last reference must go where they live, never on this thread, or Qt
        would delete them here, with their timers still registered on the GUI
        thread. So the job leaves this thread inside the parcel, emptied there."""
        job = parcel[0]
        answer: Callable[[_Job], None] | None = None
        try:
            if store is None:
                assert self.open_error is not None
                raise self.open_error
            result = job.run(store)
        except HistoryError as exc:
            if job.on_error is not None or store is not None:
                error = exc
                answer = lambda done: self._tell(error, done.on_error)  # noqa: E731
            # With no store the person was told at open; stay quiet per job.
        except Exception as exc:
            failure = describe(exc, store.path if store else Path("history"), "use")
            answer = lambda done: self._tell(failure, done.on_error)  # noqa: E731
        else:
            if job.on_result is not None:
                answer = lambda done: done.on_result(result)  # type: ignore[misc]  # noqa: E731
        del job
        try:
            self._deliver(functools.partial(_unpack, parcel, answer))
        finally:
            with self._idle:
                self._pending -= 1
                self._idle.notify_all()

    def _tell(self, error: HistoryError, on_error: OnError | None) -> None:
        """A job's failure, on the delivering thread: to its own handler or the notice."""
        if on_error is not None:
            on_error(error)
        elif self._on_notice is not None:
            self._on_notice(str(error))


def _unpack(parcel: list[_Job], answer: Callable[[_Job], None] | None) -> None:
    """On the delivering thread: take the job out of its parcel and give its answer."""
    job = parcel.pop()
    if answer is not None:
        answer(job)
