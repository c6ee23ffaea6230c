"""Which voice speaks a routine's language when the person has not chosen one.

The settings' ``voice_id`` always wins. With none ("" = the engine's default),
a routine in German is spoken by the engine's German voice, one in Spanish by
its Spanish voice (espeak-ng has both: ``espeak-ng --voices=de``). English, and
a language the engine has no voice for, keep the engine's default voice.

Plain functions on plain values: no engine is loaded here (the library's first
frame keys its measured lengths by language, speech/durations.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

DEFAULT_LANGUAGE = "en"  # what the engines' default voices speak
# espeak-ng lists the MBROLA voices too; they speak only when their data is installed.
_NEEDS_EXTRA_DATA = ("mb/", "mb-")


class _Voice(Protocol):
    @property
    def id(self) -> str: ...

    @property
    def language(self) -> str: ...


def _tag(text: str) -> str:
    return text.replace("_", "-").partition(".")[0].strip().lower()


def voice_language(voice_id: str, language: str | None) -> str:
    """The language to choose a voice for: "" when ``voice_id`` is set (it wins) or
    the language is the default voice's (English); else the tag ("de", "es-MX")."""
    tag = _tag(language or "")
    if voice_id or not tag or tag.partition("-")[0] == DEFAULT_LANGUAGE:
        return ""
    return tag


def choose_voice(voices: Iterable[_Voice], language: str) -> str | None:
    """The id of the voice that best speaks ``language`` ("de-AT": a "de-at" voice,
    else a plain "de" one, else any "de-..."), or None when none does."""
    wanted = _tag(language)
    primary = wanted.partition("-")[0]
    if not primary:
        return None
    best: tuple[int, str] | None = None
    for voice in voices:
        if voice.id.startswith(_NEEDS_EXTRA_DATA):
            continue
        spoken = _tag(voice.language)
        if spoken == wanted:
            rank = 0
        elif spoken == primary:
            rank = 1
        elif spoken.partition("-")[0] == primary:
            rank = 2
        else:
            continue
        if best is None or rank < best[0]:
            best = (rank, voice.id)
    return best[1] if best is not None else None
