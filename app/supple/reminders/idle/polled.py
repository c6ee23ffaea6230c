"""A value read on a worker thread, so a slow bus never holds up the GUI thread.

``value()`` returns the latest reading (None before the first) and asks for a new
one; the reading is at most one call old, which is plenty for minutes of idle time.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


class Polled(Generic[T]):
    def __init__(self, read: Callable[[], T | None], name: str) -> None:
        self._read = read
        self._name = name
        self._lock = threading.Lock()
        self._value: T | None = None
        self._reading = False

    def value(self) -> T | None:
        with self._lock:
            value, start = self._value, not self._reading
            self._reading = True
        if start:
            threading.Thread(target=self._run, name=self._name, daemon=True).start()
        return value

    def read_now(self) -> T | None:
        """Read on this thread and keep the value (the first look, and tests)."""
        self._run(count=False)
        with self._lock:
            return self._value

    def _run(self, count: bool = True) -> None:
        try:
            value = self._read()
        except Exception:
            log.debug("%s failed", self._name, exc_info=True)
            value = None
        with self._lock:
            self._value = value
            if count:
                self._reading = False
