"""The speaker interface: something that turns text into a WAV file.

Nothing above this module knows which engine speaks. An engine lives in the
speech worker process (see voice_worker.py) and only ever *synthesises*: playing,
cutting off and mixing with sound effects happen elsewhere, on plain WAV files.

On Linux the engine is espeak-ng driven synchronously through pyttsx3's own
binding (EspeakSyncEngine, see why there); on Windows and macOS it is pyttsx3's
engine (SAPI5, NSSpeechSynthesizer) with ``save_to_file``.

Why synthesise to a file instead of ``say()``:
  * pyttsx3 2.99's espeak driver already renders to a buffer and then plays it
    with ``os.system("aplay ...")``: blocking, impossible to cut off, and silent
    where alsa-utils is not installed. ``save_to_file`` gives us the same audio
    without that.
  * Cutting a stale instruction off is then just stopping our own player.
  * Each utterance is one ``save_to_file`` + ``runAndWait`` in a process of its
    own that nothing else drives, so "run loop already started" (pyttsx3 #262,
    #403) cannot happen; a hang in ``runAndWait`` (#126) is caught by the
    service's deadline and the worker is killed and restarted.
"""

from __future__ import annotations

import array
import ctypes
import math
import os
import sys
import time
from pathlib import Path
from typing import Any, Protocol

from supple.speech import wavtools
from supple.speech.voice import (
    EngineUnavailable,
    ProblemKind,
    VoiceConfig,
    VoiceInfo,
    seconds_to_say,
    wanted_voice,
)


class Engine(Protocol):
    name: str

    def voices(self) -> list[VoiceInfo]: ...

    def synthesize(self, text: str, path: Path, config: VoiceConfig) -> bool:
        """Write ``text`` spoken to the WAV file ``path``.

        Returns False when ``config.voice_id`` was not found and the default
        voice was used instead.
        """
        ...


class Pyttsx3Engine:
    """The platform's offline voice through pyttsx3 (espeak-ng, SAPI5, NSSpeechSynthesizer)."""

    def __init__(self, driver: str | None = None) -> None:
        try:
            import pyttsx3
        except ImportError as exc:
            raise EngineUnavailable(
                ProblemKind.ENGINE_MISSING, f"pyttsx3 is not installed ({exc})"
            ) from exc
        try:
            self._engine = pyttsx3.init(driver)
        except Exception as exc:  # OSError: libespeak-ng missing; RuntimeError: init failed
            raise EngineUnavailable(
                ProblemKind.ENGINE_MISSING, f"the speech engine could not start ({exc})"
            ) from exc
        self.name = driver or _default_driver_name()
        self._voices: list[VoiceInfo] | None = None
        self._default_voice: str | None = None
        self._current_voice = ""

    def voices(self) -> list[VoiceInfo]:
        if self._voices is None:
            found = []
            for voice in self._engine.getProperty("voices") or []:
                languages = getattr(voice, "languages", None) or []
                language = languages[0] if languages else ""
                if isinstance(language, bytes):
                    language = language.decode("utf-8", "replace").lstrip("\x05")
                found.append(VoiceInfo(str(voice.id), str(voice.name or voice.id), str(language)))
            self._voices = found
        return self._voices

    def synthesize(self, text: str, path: Path, config: VoiceConfig) -> bool:
        path.unlink(missing_ok=True)  # never mistake an old file for new audio
        found = self._apply(config)
        self._engine.save_to_file(text, str(path))
        self._engine.runAndWait()
        if not path.exists():
            raise RuntimeError("the engine wrote no audio")
        return found

    def _apply(self, config: VoiceConfig) -> bool:
        if self._default_voice is None:
            self._default_voice = str(self._engine.getProperty("voice") or "")
        wanted, found = wanted_voice(config, self.voices(), self._default_voice)
        if wanted and wanted != self._current_voice:
            self._engine.setProperty("voice", wanted)
            self._current_voice = wanted
        self._engine.setProperty("rate", int(config.rate))
        self._engine.setProperty("volume", float(config.volume))
        return found


class EspeakSyncEngine:
    """espeak-ng on Linux, through pyttsx3's own binding, used *synchronously*.

    pyttsx3 2.99's espeak driver runs espeak-ng in its asynchronous mode and
    ends ``runAndWait`` from a callback thread. Measured here with back-to-back
    ``save_to_file`` calls in one process, that races: a file is sometimes
    written after ``runAndWait`` returned (or into the next file name) and rate
    changes are sometimes ignored. Driving the same library (pyttsx3's
    ``drivers._espeak`` ctypes binding) in AUDIO_OUTPUT_SYNCHRONOUS mode makes
    each synthesis one blocking call that returns with all the samples, so
    every WAV holds exactly its own text at its own rate.
    """

    name = "espeak-ng"

    def __init__(self) -> None:
        try:
            from pyttsx3.drivers import _espeak
        except ImportError as exc:
            raise EngineUnavailable(
                ProblemKind.ENGINE_MISSING, f"pyttsx3 is not installed ({exc})"
            ) from exc
        except Exception as exc:  # RuntimeError/OSError: libespeak-ng is not installed
            raise EngineUnavailable(
                ProblemKind.ENGINE_MISSING, f"libespeak-ng could not be loaded ({exc})"
            ) from exc
        self._espeak = _espeak
        self._rate = int(_espeak.Initialize(_espeak.AUDIO_OUTPUT_SYNCHRONOUS, 0))
        if self._rate <= 0:
            raise EngineUnavailable(ProblemKind.ENGINE_MISSING, "espeak-ng failed to start")
        self._chunks: list[bytes] = []
        _espeak.SetSynthCallback(self._on_synth)
        current = _espeak.GetCurrentVoice()
        default = ""
        if current and current.contents.identifier:
            default = current.contents.identifier.decode("utf-8", "replace")
        self._voices: list[VoiceInfo] | None = None
        self._default_voice = default or "en"
        self._current_voice = ""

    def _on_synth(self, wav: Any, numsamples: int, _events: Any) -> int:
        if numsamples > 0 and wav:
            self._chunks.append(ctypes.string_at(wav, numsamples * 2))
        return 0

    def voices(self) -> list[VoiceInfo]:
        if self._voices is None:
            found = []
            for voice in self._espeak.ListVoices(None):
                ident = (voice.identifier or b"").decode("utf-8", "replace")
                name = (voice.name or b"").decode("utf-8", "replace")
                # languages: a priority byte, then a NUL-terminated language name.
                language = (voice.languages or b"")[1:].decode("utf-8", "replace")
                if ident:
                    found.append(VoiceInfo(ident, name or ident, language))
            self._voices = found
        return self._voices

    def synthesize(self, text: str, path: Path, config: VoiceConfig) -> bool:
        espeak = self._espeak
        wanted, found = wanted_voice(config, self.voices(), self._default_voice)
        if wanted != self._current_voice:
            if espeak.SetVoiceByName(wanted.encode("utf-8")) != espeak.EE_OK:
                found = False
                espeak.SetVoiceByName(self._default_voice.encode("utf-8"))
            self._current_voice = wanted
        espeak.SetParameter(espeak.RATE, int(config.rate), 0)
        espeak.SetParameter(espeak.VOLUME, round(100 * min(1.0, max(0.0, config.volume))), 0)
        self._chunks = []
        result = espeak.Synth(text, flags=espeak.CHARS_UTF8 | espeak.ENDPAUSE)
        espeak.Synchronize()
        if result != espeak.EE_OK:
            raise RuntimeError(f"espeak-ng could not synthesise (error {result})")
        self.spoken_language = self._current_language()
        samples = array.array("h")
        samples.frombytes(b"".join(self._chunks))
        if sys.byteorder == "big":
            samples.byteswap()
        wavtools.write(path, wavtools.Audio(samples, self._rate))
        return found

    spoken_language = ""  # the language of the voice espeak-ng last spoke with, as it says

    def _current_language(self) -> str:
        current = self._espeak.GetCurrentVoice()
        if not current or not current.contents.languages:
            return ""
        # as in voices(): a priority byte, then the language name
        return current.contents.languages[1:].decode("utf-8", "replace")


def _default_driver_name() -> str:
    if sys.platform == "win32":
        return "sapi5"
    if sys.platform == "darwin":
        return "nsss"
    return "espeak"


class FakeEngine:
    """A stand-in engine for tests, reachable in the worker as ``--engine fake``.

    It writes a soft tone as long as the text would take to say. Texts can ask
    it to misbehave: ``[hang]`` never returns, ``[crash]`` kills the process.
    Variants: ``fake:missing`` (no engine), ``fake:novoices``, ``fake:slow``.
    """

    name = "fake"

    def __init__(self, variant: str = "") -> None:
        if variant == "missing":
            raise EngineUnavailable(ProblemKind.ENGINE_MISSING, "the fake engine is 'missing'")
        self.variant = variant

    def voices(self) -> list[VoiceInfo]:
        if self.variant == "novoices":
            return []
        return [VoiceInfo("fake/low", "Fake low", "en"), VoiceInfo("fake/high", "Fake high", "en")]

    def synthesize(self, text: str, path: Path, config: VoiceConfig) -> bool:
        if "[hang]" in text:
            while True:
                time.sleep(3600)
        if "[crash]" in text:
            os._exit(9)
        if self.variant == "slow":
            time.sleep(0.3)
        seconds = seconds_to_say(text, config.rate)
        write_tone(path, seconds, 440.0 if config.voice_id != "fake/high" else 880.0, config.volume)
        return config.voice_id in ("", "fake/low", "fake/high")


def write_tone(path: Path, seconds: float, frequency: float, volume: float = 1.0) -> None:
    rate = 16000
    n = max(1, int(seconds * rate))
    amplitude = 8000 * min(1.0, max(0.0, volume))
    samples = array.array(
        "h", (int(amplitude * math.sin(2 * math.pi * frequency * i / rate)) for i in range(n))
    )
    wavtools.write(path, wavtools.Audio(samples, rate))


def make_engine(spec: str) -> Engine:
    """``pyttsx3`` (the platform's default), ``pyttsx3:engine`` (pyttsx3's engine API
    even on Linux), ``pyttsx3:DRIVER`` or ``fake[:VARIANT]``."""
    kind, _, variant = spec.partition(":")
    if kind == "pyttsx3":
        if variant == "" and sys.platform.startswith("linux"):
            return EspeakSyncEngine()
        return Pyttsx3Engine(None if variant in ("", "engine") else variant)
    if kind == "fake":
        return FakeEngine(variant)
    raise EngineUnavailable(ProblemKind.ENGINE_MISSING, f"unknown engine {spec!r}")
