"""Saving the few settings the main window owns, off the GUI thread.

The window changes only its own fields (geometry, last routine, safety
acknowledgement). Each change is applied to the in-memory Settings at once and
written by a single background worker that re-reads the file first, so a value
another part of the app saved meanwhile (the settings dialog) is never lost.
"""

from __future__ import annotations

import contextlib
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from supple import settings as settings_module
from supple.settings import Settings


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
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="supple-settings")
        self._pending: list[Future[None]] = []

    def update(self, **changes: Any) -> None:
        """Set ``changes`` on the settings now; write them to disk in the background."""
        for name, value in changes.items():
            setattr(self.settings, name, value)
        if self._persist:
            self._pending = [f for f in self._pending if not f.done()]
            self._pending.append(self._pool.submit(self._write, dict(changes)))

    def _write(self, changes: dict[str, Any]) -> None:
        try:
            current = settings_module.load(self._path).settings
            for name, value in changes.items():
                setattr(current, name, value)
            settings_module.save(current, self._path)
        except OSError as exc:
            self.save_failed.emit(
                self.tr("Could not save settings: {error}").format(error=exc.strerror or exc),
            )

    def flush(self, timeout: float = 5.0) -> None:
        """Wait for the writes queued so far (at exit)."""
        for future in list(self._pending):
            with contextlib.suppress(Exception):
                future.result(timeout=timeout)
        self._pending.clear()

    def close(self) -> None:
        self.flush()
        self._pool.shutdown(wait=True)
