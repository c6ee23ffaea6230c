"""How long each cue text takes to say, measured from synthesised audio and kept on disk.

The timeline leaves room for every cue's words (session/fit.py). Word counts
guess badly (espeak-ng says "Exhale." in twice the time a word count gives), so
each distinct text is synthesised once with the real engine, at the person's
voice and rate, and the length of the trimmed WAV (what the speech service
plays) is kept in ``cache_dir()/speech-lengths.json``, keyed by engine, voice
and rate. Looking a length up never starts the engine; measuring does, in the
speech worker process (oneshot.py), so call :meth:`SpokenLengths.measure` off
the GUI thread.
"""

from __future__ import annotations

import contextlib
import json
import os
import threading
from collections.abc import Iterable, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

from supple import paths
from supple.fileutil import write_temp_beside
from supple.speech.engine_choice import default_engine_spec

CACHE_FILE = "speech-lengths.json"
FORMAT = 1
MAX_TEXTS_PER_VOICE = 5000  # a runaway writer cannot grow the file without bound


class VoiceKey:
    """What a length depends on: the engine, the voice, the rate, and with no voice
    chosen, the language a voice is chosen for (speech/voice_choice.py).

    A plain class: this module is loaded for the library's first frame, where a
    dataclass costs its compiled methods (benchmarks/README.md, start-up)."""

    __slots__ = ("engine", "language", "rate", "voice")

    def __init__(self, engine: str, voice: str, rate: int, language: str = "") -> None:
        self.engine = engine
        self.voice = voice
        self.rate = int(rate)
        self.language = language

    @property
    def text(self) -> str:
        key = f"{self.engine}|{self.voice}|{self.rate}"
        return f"{key}|{self.language}" if self.language else key

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VoiceKey) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)

    def __repr__(self) -> str:
        return f"VoiceKey({self.engine!r}, {self.voice!r}, {self.rate!r}, {self.language!r})"


def voice_key(
    voice_id: str, rate: int, engine: str | None = None, language: str | None = None
) -> VoiceKey:
    """The key for a voice and rate with ``engine`` (default: the one the app uses),
    speaking ``language`` (a routine's; it picks the voice when ``voice_id`` is "", and
    its slowest rate raises ``rate``: session/fit.py's ``speaking_rate``)."""
    from supple.session.fit import speaking_rate
    from supple.speech.voice_choice import voice_language

    spec = engine or default_engine_spec()
    spoken = speaking_rate(rate, language or "")
    return VoiceKey(spec, voice_id, spoken, voice_language(voice_id, language))


class SpokenLengths:
    """Measured seconds per text, per :class:`VoiceKey`, in one JSON file.

    Reads are cached in memory until the file changes; writes merge with what
    another process wrote meanwhile and replace the file atomically.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path if path is not None else paths.cache_dir() / CACHE_FILE
        self._lock = threading.Lock()
        self._stamp: tuple[int, int] | None = None
        self._voices: dict[str, dict[str, float]] = {}
        self.version = 0  # changes whenever what is known changes

    def lengths(self, key: VoiceKey) -> dict[str, float]:
        """The texts measured for ``key`` and their seconds (empty if none)."""
        with self._lock:
            self._reload()
            return dict(self._voices.get(key.text, {}))

    def view(self, key: VoiceKey) -> Mapping[str, float]:
        """The same, read-only and not copied: a library of a thousand routines asks
        for it once per routine."""
        with self._lock:
            self._reload()
            return MappingProxyType(self._voices.get(key.text, {}))

    def missing(self, key: VoiceKey, texts: Iterable[str]) -> list[str]:
        known = self.lengths(key)
        return [text for text in dict.fromkeys(texts) if text not in known]

    def measure(
        self,
        texts: Iterable[str],
        key: VoiceKey,
        volume: float = 1.0,
        stop: threading.Event | None = None,
    ) -> dict[str, float]:
        """Synthesise the texts not yet measured for ``key``, keep their lengths, and
        return the lengths of all ``texts``. Blocks (about 10 ms a text with
        espeak-ng); raises EngineUnavailable when there is no engine, and
        oneshot.OneShotStopped (keeping nothing) once ``stop`` is set."""
        wanted = list(dict.fromkeys(texts))
        todo = self.missing(key, wanted)
        if todo:
            self.add(key, synthesised_lengths(todo, key, volume, stop))
        known = self.lengths(key)
        return {text: known[text] for text in wanted if text in known}

    def add(self, key: VoiceKey, lengths: Mapping[str, float]) -> None:
        """Keep ``lengths`` for ``key`` (merged into the file as it is now)."""
        if not lengths:
            return
        with self._lock:
            self._reload()
            voice = self._voices.setdefault(key.text, {})
            voice.update({text: round(float(s), 4) for text, s in lengths.items() if s >= 0})
            while len(voice) > MAX_TEXTS_PER_VOICE:
                voice.pop(next(iter(voice)))
            self.version += 1
            document = {"format": FORMAT, "voices": self._voices}
            tmp: Path | None = None
            try:
                tmp = write_temp_beside(self.path, json.dumps(document, ensure_ascii=False))
                tmp.replace(self.path)
            except OSError:
                if tmp is not None:
                    with contextlib.suppress(OSError):
                        tmp.unlink()
                return  # a cache: the lengths stay in memory for this process
            self._stamp = _stamp(self.path)

    def _reload(self) -> None:
        stamp = _stamp(self.path)
        if stamp == self._stamp:
            return
        self._stamp = stamp
        self._voices = _read(self.path) if stamp is not None else {}
        self.version += 1


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return (info.st_mtime_ns, info.st_size)


def _read(path: Path) -> dict[str, dict[str, float]]:
    """The file's voices; a missing, damaged or foreign file reads as empty."""
    try:
        document: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        return {}
    voices = document.get("voices")
    if not isinstance(voices, dict):
        return {}
    clean: dict[str, dict[str, float]] = {}
    for key, texts in voices.items():
        if isinstance(key, str) and isinstance(texts, dict):
            clean[key] = {
                str(text): float(seconds)
                for text, seconds in texts.items()
                if isinstance(seconds, (int, float)) and seconds >= 0
            }
    return clean


def synthesised_lengths(
    texts: Iterable[str],
    key: VoiceKey,
    volume: float = 1.0,
    stop: threading.Event | None = None,
) -> dict[str, float]:
    """Seconds of each text's trimmed audio, synthesised now by ``key``'s engine."""
    import tempfile

    from supple.speech.oneshot import OneShot
    from supple.speech.voice import VoiceConfig

    config = VoiceConfig(key.voice, key.rate, volume, key.language)
    lengths: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="supple-lengths-") as folder:
        path = Path(folder) / "say.wav"
        with OneShot(key.engine, stop) as shot:
            for text in texts:
                seconds, _ = shot.synthesize(text, path, config)
                lengths[text] = seconds
                with contextlib.suppress(OSError):
                    path.unlink()
    return lengths


_shared: tuple[str | None, SpokenLengths] | None = None


def shared() -> SpokenLengths:
    """The one store for this process, at the paths module's cache folder."""
    global _shared
    home = os.environ.get(paths.HOME_ENV)
    if _shared is None or _shared[0] != home:
        _shared = (home, SpokenLengths(paths.cache_dir() / CACHE_FILE))
    return _shared[1]
