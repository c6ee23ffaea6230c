"""Saving the few settings the main window owns, off the GUI thread.

The window changes only its own fields (geometry, last routine, safety
acknowledgement). Each change is applied to the in-memory Settings at once and
written by a single background worker that re-reads the file first, so a value
another part of the app saved meanwhile (the settings dialog) is never lost.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from supple import settings as settings_module
from supple.settings import Settings

if TYPE_CHECKING:
    import queue

    Job = tuple[dict[str, Any], threading.Event] | None


class SettingsStore(QObject):
    save_failed = Signal(str)  # a message for the person; emitted from the worker

    def __init__(
        self,
        settings: Settings,
        path: Path | None = None,
        *,
        persist: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self._path = path
        self._persist = persist
        # One plain worker thread and its queue, made on the first write (a thread
        # pool would import concurrent.futures: ~1 MB for one worker; the queue
        # module costs the first paint a millisecond).
        self._queue: queue.Queue[Job] | None = None
        self._thread: threading.Thread | None = None
        self._pending: list[threading.Event] = []

    def update(self, **changes: Any) -> None:
        """Set ``changes`` on the settings now; write them to disk in the background."""
        for name, value in changes.items():
            setattr(self.settings, name, value)
        if self._persist:
            if self._queue is None or self._thread is None:
                import queue

                self._queue = queue.Queue()
                self._thread = threading.Thread(
                    target=self._run, args=(self._queue,), name="supple-settings", daemon=True
                )
                self._thread.start()
            done = threading.Event()
            self._pending = [e for e in self._pending if not e.is_set()]
            self._pending.append(done)
            self._queue.put((dict(changes), done))

    def _run(self, jobs: queue.Queue[Job]) -> None:
        while True:
            item = jobs.get()
            if item is None:
                return
            changes, done = item
            try:
                self._write(changes)
            finally:
                done.set()

    def _write(self, changes: dict[str, Any]) -> None:
        try:
            loaded = settings_module.load(self._path)
            if loaded.moved_to is not None:  # a file that is not ours was set aside
                self.save_failed.emit("; ".join(loaded.notes))
            current = loaded.settings
            for name, value in changes.items():
                setattr(current, name, value)
            settings_module.save(current, self._path)
        except OSError as exc:
            self.save_failed.emit(
                self.tr("Could not save settings: {error}").format(error=exc.strerror or exc),
            )
        except Exception as exc:  # a worker thread: anything unforeseen is told, not lost
            error = f"{type(exc).__name__}: {exc}"
            self.save_failed.emit(self.tr("Could not save settings: {error}").format(error=error))

    def flush(self, timeout: float = 5.0) -> None:
        """Wait for the writes queued so far (at exit)."""
        for done in list(self._pending):
            done.wait(timeout)
        self._pending.clear()

    def close(self) -> None:
        self.flush()
        if self._queue is not None and self._thread is not None:
            self._queue.put(None)
            self._thread.join(timeout=5.0)
            self._thread = None
            self._queue = None
