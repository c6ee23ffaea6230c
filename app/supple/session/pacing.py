"""The person's pacing: lead-in, breath and the voice, as one timeline for everyone.

``supple plan``, the library's durations, the editor's and the player all take a
:class:`Pacing` from :func:`pacing` and then either the timeline
(:func:`planned_timeline`) or its closed form (:func:`planned_seconds`, which
does not load the timeline module: the library paints without it). A property
test holds the two equal, so every figure shown is what the session plays.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from supple.routine.model import BreathPattern, Routine
from supple.session.cues import SPOKEN, Category, Verbosity
from supple.session.fit import SpeechFit, speaking_rate

if TYPE_CHECKING:
    from supple.session.timeline import Timeline
    from supple.settings import Settings


class Pacing:
    """What replaces a routine's own pacing: None keeps the routine's.

    A plain class: it is made for the library's first frame, where a dataclass
    costs its compiled methods (benchmarks/README.md, start-up)."""

    __slots__ = ("breath", "lead_in", "speech")

    def __init__(
        self,
        lead_in: int | None = None,
        breath: BreathPattern | None = None,
        speech: SpeechFit | None = None,  # None: nothing is spoken, nothing needs room
    ) -> None:
        self.lead_in = lead_in
        self.breath = breath
        self.speech = speech

    def arguments(self) -> dict[str, Any]:
        """As ``build_timeline`` and ``estimated_seconds`` take them."""
        return {"lead_in": self.lead_in, "breath": self.breath, "speech": self.speech}

    def __repr__(self) -> str:
        return f"Pacing(lead_in={self.lead_in!r}, breath={self.breath!r}, speech={self.speech!r})"


def verbosity_of(value: str | None) -> Verbosity:
    try:
        return Verbosity(value)
    except ValueError:
        return Verbosity.FULL


def pacing(
    settings: Settings | None,
    lengths: Mapping[str, float] | None = None,
    *,
    rate: int | None = None,
    verbosity: Verbosity | None = None,
    language: str = "",
) -> Pacing:
    """The person's pacing. ``lengths``: measured seconds per text at their voice and
    rate (speech/durations.py); ``rate`` and ``verbosity`` override the settings'.
    ``language``: what is spoken (the routine's), for estimating what is not measured."""
    if settings is None:
        if rate is None and verbosity is None:
            return Pacing()
        from supple.settings import Settings

        settings = Settings()
    breath = None
    if (
        settings.breath_inhale is not None
        and settings.breath_pause is not None
        and settings.breath_exhale is not None
    ):
        breath = BreathPattern(
            inhale=settings.breath_inhale,
            pause=settings.breath_pause,
            exhale=settings.breath_exhale,
        )
    spoken = verbosity if verbosity is not None else verbosity_of(settings.verbosity)
    speech = None
    if spoken is not Verbosity.SILENT:
        words_per_minute = speaking_rate(int(settings.rate if rate is None else rate), language)
        measured = lengths if lengths is not None else {}
        speech = SpeechFit(spoken, words_per_minute, lengths=measured, language=language)
    return Pacing(lead_in=settings.lead_in, breath=breath, speech=speech)


def planned_timeline(routine: Routine, pace: Pacing) -> Timeline:
    """The routine's timeline at this pacing: what the session plays."""
    from supple.session.timeline import build_timeline

    return build_timeline(routine, **pace.arguments())


def planned_seconds(routine: Routine, pace: Pacing) -> float:
    """Seconds the session takes (open holds at their estimate), without building it."""
    from supple.session.estimate import estimated_seconds_exact

    return estimated_seconds_exact(routine, **pace.arguments())


def spoken_texts(routine: Routine, verbosity: Verbosity) -> list[str]:
    """Every text the session says at ``verbosity``, first said first, each once.

    The texts do not depend on the pacing, so they can be measured before it is
    known (how long they take is what the pacing needs).
    """
    if verbosity is Verbosity.SILENT:
        return []
    from supple.session.fit import short_starts
    from supple.session.phrases import phrases_for
    from supple.session.timeline import build_timeline

    texts: dict[str, None] = {}
    for segment in build_timeline(routine).segments:
        for cue in segment.cues:
            if cue.spoken_at(verbosity):
                texts.setdefault(cue.text)
    if Category.START in SPOKEN[verbosity]:
        # What a hold's start becomes when its long form does not fit.
        texts.update(dict.fromkeys(short_starts(phrases_for(routine.language))))
    return list(texts)
