"""Synchronous, bounded use of the speech worker, for the command line and tests.

The GUI never uses this (it would wait); `supple voices` and `supple speak` do.
Every wait has a deadline, so a hung engine gives an error, not a hang.
"""

from __future__ import annotations

import queue
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

from supple.speech.audio import default_output
from supple.speech.engine_choice import default_engine_spec
from supple.speech.voice import EngineUnavailable, ProblemKind, VoiceConfig, VoiceInfo
from supple.speech.voice_worker_client import WorkerProcess, synth_request

START_TIMEOUT = 20.0
SYNTH_TIMEOUT = 30.0
POLL = 0.05  # how often a wait looks at ``stop``


class OneShotStopped(Exception):
    """The job was stopped from outside (its ``stop`` event was set)."""


class OneShot:
    """A worker started for one job; use as a context manager."""

    def __init__(self, engine: str | None = None, stop: threading.Event | None = None) -> None:
        # ``stop``, once set, ends the job: the worker is killed at the next wait for
        # it (within POLL seconds) and OneShotStopped is raised, so a
        # caller on a thread of its own never leaves a worker behind at quit.
        self._stop = stop
        self.spoken_language = ""  # the engine's own word on the last synthesis's voice
        self._messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
        try:
            self._worker = WorkerProcess(engine or default_engine_spec(), self._messages.put)
        except OSError as exc:
            raise EngineUnavailable(ProblemKind.ENGINE_MISSING, str(exc)) from exc
        try:
            ready = self._next(START_TIMEOUT, "start")
        except BaseException:
            self._worker.kill()
            raise
        if ready.get("op") == "fatal":
            self._worker.kill()
            kind = ready.get("kind", ProblemKind.ENGINE_MISSING.value)
            try:
                problem = ProblemKind(kind)
            except ValueError:
                problem = ProblemKind.ENGINE_MISSING
            raise EngineUnavailable(problem, str(ready.get("detail", "")))
        self.engine = str(ready.get("engine", ""))

    def __enter__(self) -> OneShot:
        return self

    def __exit__(self, *exc: object) -> None:
        self._worker.quit(wait=1.0)

    def voices(self) -> list[VoiceInfo]:
        self._worker.send({"op": "voices", "id": 1})
        reply = self._next(SYNTH_TIMEOUT, "list voices")
        return [VoiceInfo.from_json(v) for v in reply.get("voices", [])]

    def synthesize(self, text: str, path: Path, config: VoiceConfig) -> tuple[float, bool]:
        """Write ``text`` to ``path``; return (seconds, voice found)."""
        self._worker.send(synth_request(2, text, path, config))
        reply = self._next(SYNTH_TIMEOUT, "speak")
        if reply.get("op") != "done":
            raise EngineUnavailable(ProblemKind.CRASHED, str(reply.get("error", "failed")))
        self.spoken_language = str(reply.get("language", ""))  # "" when the engine won't say
        return float(reply.get("seconds", 0.0)), bool(reply.get("voice_found", True))

    def _next(self, timeout: float, doing: str) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            if self._stop is not None and self._stop.is_set():
                self._worker.quit(wait=0.0)  # killed and waited for: it writes nothing more
                raise OneShotStopped(f"stopped before it could {doing}")
            left = deadline - time.monotonic()
            if left <= 0:
                self._worker.kill()
                raise EngineUnavailable(
                    ProblemKind.CRASHED, f"the speech engine did not {doing} within {timeout:g} s"
                )
            try:
                message = self._messages.get(timeout=min(left, POLL))
                break
            except queue.Empty:
                continue
        if message is None:
            raise EngineUnavailable(ProblemKind.CRASHED, "the speech worker stopped unexpectedly")
        return message


def speak_aloud(text: str, config: VoiceConfig, engine: str | None = None) -> float:
    """Say ``text`` through the speakers and wait until it is done; return its length."""
    output = default_output()
    if not output.open():
        raise EngineUnavailable(ProblemKind.NO_PLAYER, output.problem or "no sound output")
    try:
        with tempfile.TemporaryDirectory(prefix="supple-speak-") as folder:
            path = Path(folder) / "speech.wav"
            with OneShot(engine) as shot:
                seconds, _ = shot.synthesize(text, path, config)
            try:
                sound = output.play(path)
            except (OSError, ValueError) as exc:
                raise EngineUnavailable(ProblemKind.PLAYBACK_FAILED, str(exc)) from exc
            deadline = time.monotonic() + seconds + 10.0
            while not sound.done() and time.monotonic() < deadline:
                lost = output.lost()
                if lost:
                    raise EngineUnavailable(ProblemKind.PLAYBACK_FAILED, lost)
                time.sleep(0.02)
            if not sound.done():
                sound.stop()
            problem = sound.failed()
            sound.close()
            if problem:
                raise EngineUnavailable(ProblemKind.PLAYBACK_FAILED, problem)
            return seconds
    finally:
        output.close()
