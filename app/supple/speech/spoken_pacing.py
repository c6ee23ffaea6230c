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


def spoken_lengths(settings: Settings | None) -> Mapping[str, float]:
    """Measured seconds per text at the person's voice and rate (empty: none yet).

    Only looked up (speech/durations.py reads a small JSON file once); what is not
    measured yet is estimated generously, and services measure it after paint.
    """
    return _paced(settings)[1]


def pacing(settings: Settings | None) -> Pacing:
    """The person's pacing, as the timeline and the closed form take it."""
    return _paced(settings)[0]


_last: list[tuple[tuple[object, ...], Pacing, Mapping[str, float]]] = []


def _paced(settings: Settings | None) -> tuple[Pacing, Mapping[str, float]]:
    """One Pacing while the settings and the lengths stay the same: a library of a
    thousand routines then shares one fit (and its estimates)."""
    if settings is None or verbosity_of(settings.verbosity) is Verbosity.SILENT:
        return session_pacing(settings), {}
    from supple.speech.durations import shared, voice_key

    store = shared()
    lengths = store.view(voice_key(settings.voice_id, settings.rate))
    key = (
        store.path,
        store.version,
        settings.voice_id,
        settings.rate,
        settings.verbosity,
        settings.lead_in,
        settings.breath_inhale,
        settings.breath_pause,
        settings.breath_exhale,
    )
    if not _last or _last[0][0] != key:
        _last[:] = [(key, session_pacing(settings, lengths), lengths)]
    return _last[0][1], _last[0][2]


def session_timeline(routine: Routine, settings: Settings | None) -> Timeline:
    """The routine's timeline with the person's pacing: what the session plays."""
    return planned_timeline(routine, pacing(settings))


def session_estimate(routine: Routine, settings: Settings | None) -> float:
    """Seconds the session will take (open holds at their estimate), without building it."""
    return planned_seconds(routine, pacing(settings))
