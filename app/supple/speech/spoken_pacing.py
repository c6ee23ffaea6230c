"""The person's pacing fitted to what the voice says, and what it makes of a routine.

One rule for every place that shows or plays a routine (the library's durations,
the editor, the player, ``supple plan``): the settings' pacing (session/pacing.py)
with the spoken lengths the voice measured at the person's voice and rate
(speech/durations.py). No Qt: it sits in speech/ because it reads the voice's
measurements, above the session logic it feeds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from supple.routine import Routine
from supple.session.cues import Verbosity
from supple.session.pacing import (
    Pacing,
    planned_seconds,
    planned_timeline,
    verbosity_of,
)
from supple.session.pacing import pacing as session_pacing
from supple.settings import Settings

if TYPE_CHECKING:
    from supple.session import Timeline


def spoken_lengths(settings: Settings | None, language: str = "") -> Mapping[str, float]:
    """Measured seconds per text at the person's voice and rate, in ``language`` (a
    routine's: it chooses the voice when the person has not; empty: none yet).

    Only looked up (speech/durations.py reads a small JSON file once); what is not
    measured yet is estimated generously, and services measure it after paint.
    """
    return _paced(settings, language)[1]


def pacing(settings: Settings | None, language: str = "") -> Pacing:
    """The person's pacing, as the timeline and the closed form take it, for a
    routine in ``language``."""
    return _paced(settings, language)[0]


_last: list[tuple[tuple[object, ...], Pacing, Mapping[str, float]]] = []


def _paced(settings: Settings | None, language: str) -> tuple[Pacing, Mapping[str, float]]:
    """One Pacing while the settings and the lengths stay the same: a library of a
    thousand routines then shares one fit (and its estimates)."""
    if settings is None or verbosity_of(settings.verbosity) is Verbosity.SILENT:
        return session_pacing(settings, language=language), {}
    from supple.speech.durations import shared, voice_key

    store = shared()
    voice = voice_key(settings.voice_id, settings.rate, language=language)
    lengths = store.view(voice)
    key = (
        store.path,
        store.version,
        voice.text,
        settings.voice_id,
        settings.rate,
        settings.verbosity,
        settings.lead_in,
        settings.breath_inhale,
        settings.breath_pause,
        settings.breath_exhale,
    )
    for known, paced, measured in _last:
        if known == key:
            return paced, measured
    # One per language: a library in three languages keeps three.
    _last[:] = [*_last[-3:], (key, session_pacing(settings, lengths, language=language), lengths)]
    return _last[-1][1], _last[-1][2]


def session_timeline(routine: Routine, settings: Settings | None) -> Timeline:
    """The routine's timeline with the person's pacing: what the session plays."""
    return planned_timeline(routine, pacing(settings, routine.language))


def session_estimate(routine: Routine, settings: Settings | None) -> float:
    """Seconds the session will take (open holds at their estimate), without building it."""
    return planned_seconds(routine, pacing(settings, routine.language))
