"""Helpers for the speech tests: a recording stand-in audio player and an event log.

There is no sound device in CI, so playback is the one edge replaced: the stand-in
player is still a real child process that "plays" a WAV file for exactly its
length, logs what it played, and can be killed like the real one.
"""

from __future__ import annotations

import os
import sys
import threading
import time
import wave
from collections.abc import Callable
from pathlib import Path

from supple.speech.audio import Player

_PLAY_SCRIPT = (
    "import os, sys, time, wave\n"
    "log, path = sys.argv[1], sys.argv[-1]\n"
    "with wave.open(path) as w:\n"
    "    seconds = w.getnframes() / w.getframerate()\n"
    "with open(log, 'a') as f:\n"
    "    f.write(f'start {os.getpid()} {path}\\n')\n"
    "time.sleep(seconds)\n"
    "with open(log, 'a') as f:\n"
    "    f.write(f'end {os.getpid()} {path}\\n')\n"
)


def recording_player(log: Path) -> Player:
    return Player([sys.executable, "-c", _PLAY_SCRIPT, str(log)])


def played(log: Path) -> list[tuple[str, int, str]]:
    if not log.exists():
        return []
    rows = []
    for line in log.read_text().splitlines():
        what, pid, path = line.split(" ", 2)
        rows.append((what, int(pid), path))
    return rows


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie still answers signal 0; it is dead for our purpose.
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().split(") ", 1)[1][0] != "Z"
    except OSError:
        return True


def wav_seconds(path: Path) -> float:
    with wave.open(str(path)) as w:
        return w.getnframes() / w.getframerate()


class EventLog:
    """Collects service events from the conductor thread; tests wait on it."""

    def __init__(self) -> None:
        self.events: list[object] = []
        self._cond = threading.Condition()

    def __call__(self, event: object) -> None:
        with self._cond:
            self.events.append(event)
            self._cond.notify_all()

    def wait_for(self, predicate: Callable[[object], bool], timeout: float = 20.0) -> object:
        """The first event matching ``predicate`` (waiting for it if needed)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for event in self.events:
                    if predicate(event):
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"no such event; got {self.events!r}")
                self._cond.wait(left)

    def of(self, kind: type) -> list[object]:
        with self._cond:
            return [e for e in self.events if isinstance(e, kind)]
