"""What is said about a voice, apart from the engines that speak: the voice asked for
(``VoiceConfig``), the voices offered (``VoiceInfo``), what can go wrong
(``ProblemKind``, ``EngineUnavailable``) and how to fix it (``install_hint``).

The window and the speech service need only these; the engines themselves
(``supple.speech.engine``: pyttsx3, espeak-ng through ctypes) live in the speech
worker's process, so the window never loads them.
"""

from __future__ import annotations

import sys
from enum import Enum

from supple.i18n import _
from supple.value_class import value_class


class ProblemKind(str, Enum):
    ENGINE_MISSING = "engine-missing"  # pyttsx3 or the system synthesiser is not installed
    NO_VOICES = "no-voices"  # the engine works but has no voice
    CRASHED = "crashed"  # the worker keeps dying or hanging
    NO_PLAYER = "no-player"  # nothing can play a WAV file
    PLAYBACK_FAILED = "playback-failed"  # the player ran but failed (no sound device?)


class EngineUnavailable(Exception):
    def __init__(self, kind: ProblemKind, detail: str) -> None:
        super().__init__(detail)
        self.kind = kind
        self.detail = detail


@value_class
class VoiceInfo:
    """A voice the engine offers."""

    id: str
    name: str
    language: str

    def to_json(self) -> dict[str, str]:
        return {"id": self.id, "name": self.name, "language": self.language}

    @classmethod
    def from_json(cls, data: dict[str, str]) -> VoiceInfo:
        return cls(
            str(data.get("id", "")), str(data.get("name", "")), str(data.get("language", ""))
        )


@value_class
class VoiceConfig:
    """The voice to speak with, its speed and loudness."""

    voice_id: str = ""  # "" = the engine's default
    rate: int = 160  # words per minute
    volume: float = 1.0
    # With no voice_id: the language to choose a voice for ("" = the default voice);
    # see voice_choice.voice_language.
    language: str = ""


def wanted_voice(config: VoiceConfig, voices: list[VoiceInfo], default: str) -> tuple[str, bool]:
    """The voice to speak ``config`` with, and False when its voice_id is not known.

    The explicit voice_id wins; without one, the voice for ``config.language``."""
    if config.voice_id:
        if any(voice.id == config.voice_id for voice in voices):
            return config.voice_id, True
        return default, False
    if config.language:
        from supple.speech.voice_choice import choose_voice

        chosen = choose_voice(voices, config.language)
        if chosen is not None:
            return chosen, True
    return default, True


def install_hint() -> str:
    """What a person should install to get a voice, for this platform."""
    if sys.platform.startswith("linux"):
        return _(
            "install espeak-ng (Debian/Ubuntu: sudo apt install espeak-ng; "
            "Fedora: sudo dnf install espeak-ng; Arch: sudo pacman -S espeak-ng)"
        )
    if sys.platform == "darwin":
        return _("reinstall Supple so that pyttsx3 and pyobjc are present")
    if sys.platform == "win32":
        return _(
            "reinstall Supple so that pyttsx3 and comtypes are present, and check that a "
            "Windows voice is installed (Settings > Time & language > Speech)"
        )
    return _("install pyttsx3 and espeak-ng")


def seconds_to_say(text: str, rate: int) -> float:
    """A rough estimate of how long ``text`` takes to say at ``rate`` words per minute."""
    words = max(1, len(text.split()))
    return 0.25 + words * 60.0 / max(30, rate)
