"""Measuring how long the library's cues take to say, off the GUI thread.

Every duration the window shows, and every session's timeline, leaves room for
the cues' words at the person's voice and rate (session/fit.py), looked up in
the speech-length cache (speech/durations.py). This fills that cache: after the
first frame and whenever the voice, rate or verbosity changes, one daemon thread
synthesises the texts not yet measured (about 10 ms each with espeak-ng, in the
speech worker process) and ``measured`` is emitted on the GUI thread, where the
window refreshes its durations. Until then, unmeasured texts are estimated
generously, for the library and the session alike.
"""

from __future__ import annotations

import contextlib
import threading
import time

from PySide6.QtCore import QObject, Signal

from supple.routine import Routine
from supple.session.cues import Verbosity
from supple.session.pacing import spoken_texts, verbosity_of
from supple.settings import Settings
from supple.speech.durations import SpokenLengths, VoiceKey, shared, voice_key
from supple.speech.oneshot import OneShotStopped
from supple.speech.voice import EngineUnavailable


class SpeechLengths(QObject):
    measured = Signal(int)  # how many texts were newly measured
    _relay = Signal(int)

    def __init__(self, engine: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self._relay.connect(self.measured)
        self._threads: list[threading.Thread] = []
        self._stop = threading.Event()  # set at quit: a measuring worker is killed
        self.problem: str | None = None  # why the last measurement failed, if it did

    def measure(self, routines: list[Routine], settings: Settings) -> threading.Thread | None:
        """Measure in the background what ``routines`` say at ``settings``' voice."""
        verbosity = verbosity_of(settings.verbosity)
        if self._stop.is_set() or verbosity is Verbosity.SILENT or not routines:
            return None
        store = SpokenLengths(shared().path)  # its own: the path is fixed now, on this thread
        volume = float(settings.volume)

        def run() -> None:
            # Each routine is said in its language's voice (speech/voice_choice.py).
            by_key: dict[str, tuple[VoiceKey, dict[str, None]]] = {}
            for routine in routines:
                key = voice_key(settings.voice_id, settings.rate, self.engine, routine.language)
                texts = by_key.setdefault(key.text, (key, {}))[1]
                texts.update(dict.fromkeys(spoken_texts(routine, verbosity)))
            measured = 0
            for key, texts in by_key.values():
                missing = store.missing(key, texts)
                if not missing:
                    continue
                try:
                    store.measure(missing, key, volume, self._stop)
                except OneShotStopped:
                    return  # quitting: the worker is gone, nothing half-measured is kept
                except EngineUnavailable as exc:
                    self.problem = exc.detail  # the voice's own notice tells the person
                    return
                measured += len(missing)
            if not measured:
                return
            with contextlib.suppress(RuntimeError):  # the window went away meanwhile
                self._relay.emit(measured)

        thread = threading.Thread(target=run, name="supple-speech-lengths", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()
        return thread

    def shutdown(self, timeout: float = 1.0) -> None:
        """Stop measuring: a worker still starting or speaking is killed and waited
        for, so no child process outlives the app (within ``timeout`` seconds)."""
        self._stop.set()
        deadline = time.monotonic() + timeout
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._threads = [t for t in self._threads if t.is_alive()]
