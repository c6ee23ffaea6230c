"""Helpers for the speech tests: a recording audio output and an event log.

There is no sound device in CI, so the device is the one edge replaced: the
recording output is the real stream (audio.StreamOutput and its mixer) on
miniaudio's null backend, a device that takes frames at the real rate and
plays them into nothing; it keeps what it rendered and every clip it got.
``recording_player`` is the process fallback's stand-in: a real child process
that "plays" a WAV file for exactly its length, logs it, and can be killed.
"""

from __future__ import annotations

import array
import os
import sys
import threading
import time
import wave
from collections.abc import Callable
from pathlib import Path

from supple.speech.audio import ProcessPlayer, StreamOutput, StreamVoice
from supple.speech.mixer import RATE

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


def recording_player(log: Path) -> ProcessPlayer:
    return ProcessPlayer([sys.executable, "-c", _PLAY_SCRIPT, str(log)])


class RecordingStream(StreamOutput):
    """The real stream on the null backend, recording what it rendered and played."""

    def __init__(self, **kwargs: object) -> None:
        self.blocks: list[tuple[float, int, bytes]] = []  # (time, first frame, samples)
        self.played: list[tuple[Path, StreamVoice]] = []
        self._lock = threading.Lock()
        super().__init__(backends=["null"], tap=self._record, **kwargs)  # type: ignore[arg-type]

    def _record(self, first: int, block: object) -> None:
        with self._lock:
            self.blocks.append((time.monotonic(), first, bytes(block)))  # type: ignore[arg-type]

    def play(self, path: Path, due: float | None = None) -> StreamVoice:
        voice = super().play(path, due)
        with self._lock:
            self.played.append((path, voice))
        return voice

    def voice_for(self, path: Path | None, timeout: float = 20.0) -> StreamVoice:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                for played, voice in self.played:
                    if played == path:
                        return voice
            time.sleep(0.005)
        raise AssertionError(f"{path} never played; played: {self.played}")

    def samples(self) -> array.array:
        out = array.array("h")
        with self._lock:
            for _, _, block in self.blocks:
                out.frombytes(block)
        return out

    def loud_seconds(self, level: int = 300) -> float:
        """How much of what was rendered is not silence."""
        return sum(1 for s in self.samples() if abs(s) > level) / RATE


def wait_until(condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.005)


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
