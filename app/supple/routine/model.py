"""The typed routine model, as the loader returns it.

Everything here is immutable and already validated: code above this layer
never re-checks ranges or paths. Times are whole seconds. Estimated duration is
not stored anywhere; the session layer computes it from the timeline.
"""

from __future__ import annotations

import dataclasses
from dataclasses import field
from enum import Enum
from pathlib import Path

from supple.value_class import value_class

FORMAT_NAME = "supple-routine"
FORMAT_VERSION = 2  # 2: a routine may carry translations (version 1 files still load)
TRANSLATIONS_SINCE = 2


class Sides(str, Enum):
    """Whether a step is done once, once per side, or side to side (left always first).

    BOTH: every repetition on the left, "switch sides", then every one on the right.
    ALTERNATE: the repetitions go side to side, rep 1 left, rep 2 right, rep 3 left...
    """

    NONE = "none"
    BOTH = "both"
    ALTERNATE = "alternate"


class Motion(str, Enum):
    """Whether the person keeps still in the pose, or keeps moving (a walk, a march)."""

    HOLD = "hold"
    MOVE = "move"


class HoldKind(str, Enum):
    SECONDS = "seconds"  # a timed hold
    BREATHS = "breaths"  # a hold counted in paced breaths
    OPEN = "open"  # "as long as you can": ended by the person


# Phases a step's illustration may have its own frame for. "default" is
# required; the others fall back to it.
FRAME_KEYS: tuple[str, ...] = (
    "default",
    "lead_in",
    "hold",
    "release",
    "inhale",
    "pause",
    "exhale",
)


@value_class
class BreathPattern:
    """One paced breath: inhale, an optional pause holding the breath, exhale."""

    inhale: int = 4
    pause: int = 0
    exhale: int = 6

    @property
    def seconds(self) -> int:
        return self.inhale + self.pause + self.exhale


@value_class
class Hold:
    """How long a step's pose is held: seconds, paced breaths, or until Done."""

    kind: HoldKind
    seconds: int | None = None  # for SECONDS
    breaths: int | None = None  # for BREATHS
    estimate: int | None = None  # for OPEN: a guess used only for estimated durations

    @staticmethod
    def timed(seconds: int) -> Hold:
        return Hold(HoldKind.SECONDS, seconds=seconds)

    @staticmethod
    def in_breaths(breaths: int) -> Hold:
        return Hold(HoldKind.BREATHS, breaths=breaths)

    @staticmethod
    def open_ended(estimate: int = 30) -> Hold:
        return Hold(HoldKind.OPEN, estimate=estimate)


@value_class
class Repetitions:
    """Repeat the step's hold ``count`` times with a ``release`` between them."""

    count: int = 1
    release: int = 0


@value_class
class Picture:
    """A picture reference as written in the file, and the file it resolved to."""

    ref: str
    path: Path


@value_class
class Illustration:
    """One picture, or frames keyed by phase (``default`` always present).

    ``alt`` describes the pictures for people who cannot see them (a screen
    reader, a tooltip), keyed like the frames: ``alt["default"]`` is the step's
    description, used for every frame without one of its own.
    """

    frames: dict[str, Picture]
    alt: dict[str, str] = field(default_factory=dict)

    def alt_text(self, key: str | None) -> str:
        """The description of frame ``key`` (the step's when it has none; "" if neither)."""
        return self.alt.get(key or "default") or self.alt.get("default", "")

    def frame_key(self, phase: str) -> str:
        """The frame to show in ``phase``: its own if it has one, else default."""
        return phase if phase in self.frames else "default"

    def picture(self, key: str) -> Picture:
        return self.frames.get(key) or self.frames["default"]

    @property
    def default(self) -> Picture:
        return self.frames["default"]

    @property
    def characteristic_key(self) -> str:
        """The frame that shows what the exercise is: the held pose when there is one
        (a bridge's default is lying flat, the same as a pelvic tilt's), else default."""
        return "hold" if "hold" in self.frames else "default"


@value_class
class TimedCue:
    """A spoken reminder inside a hold: once ``at`` N seconds, or ``every`` N seconds."""

    text: str
    at: int | None = None
    every: int | None = None


@value_class
class Step:
    """One exercise of a routine: what to do, for how long, how often, on which sides."""

    title: str
    hold: Hold
    instructions: tuple[str, ...] = ()
    illustration: Illustration | None = None
    exercise: str | None = None  # catalogue id shared by the same exercise across routines
    reps: Repetitions = field(default_factory=Repetitions)
    sides: Sides = Sides.NONE
    motion: Motion = Motion.HOLD
    breath: BreathPattern | None = None  # overrides the routine default when set
    rest: int | None = None  # rest after this step; None means the routine default
    cues: tuple[TimedCue, ...] = ()


@value_class
class Defaults:
    """Routine-wide pacing a step may override: breath, rest, lead-in."""

    breath: BreathPattern = field(default_factory=BreathPattern)
    rest: int = 10
    lead_in: int = 5


@value_class
class StepText:
    """A step's words in another language (the facts stay the routine's own)."""

    title: str
    instructions: tuple[str, ...] = ()
    cues: tuple[str, ...] = ()  # one per timed cue, in order
    alt: dict[str, str] = field(default_factory=dict)  # keyed by frame, like Illustration.alt


@value_class
class RoutineText:
    """A routine's words in another language: one StepText per step, in order."""

    title: str
    steps: tuple[StepText, ...]
    description: str = ""
    safety: str = ""


def primary_subtag(tag: str) -> str:
    """ "de-AT" -> "de"."""
    return tag.partition("-")[0].lower()


@value_class
class Routine:
    """A whole routine: its steps in order, what it is for, and its safety note."""

    id: str
    title: str
    steps: tuple[Step, ...]
    description: str = ""
    tags: tuple[str, ...] = ()
    language: str = "en"
    safety: str = ""
    credit: str = ""
    defaults: Defaults = field(default_factory=Defaults)
    cover: Picture | None = None  # the library's picture for it; None: the first step's
    source: Path | None = None  # the file it was loaded from, if any
    translations: dict[str, RoutineText] = field(default_factory=dict)  # by language tag

    @property
    def languages(self) -> tuple[str, ...]:
        """The routine's own language, then those it is translated into."""
        return (self.language, *self.translations)

    def translation_tag(self, language: str) -> str | None:
        """The tag of the translation that serves ``language`` ("de-AT" is served by
        "de-AT", else by "de" or any "de-..."), or None: the routine's own text serves
        it (same language, or no translation for it)."""
        wanted = language.replace("_", "-").lower()
        primary = primary_subtag(wanted)
        if not primary or wanted == self.language.lower():
            return None
        for tag in self.translations:
            if tag.lower() == wanted:
                return tag
        if primary == primary_subtag(self.language):
            return None
        for tag in self.translations:
            if primary_subtag(tag) == primary:
                return tag
        return None

    def localized(self, language: str | None) -> Routine:
        """The routine with its words in ``language`` when it has them (else itself).

        The result's ``language`` is the translation's tag, so the session speaks it
        (session/phrases.py) with a voice for it; facts (holds, counts, pictures) are
        unchanged. Call it on the routine as loaded; the result has no translations
        (its ``languages`` is its one language), so it is for showing and playing."""
        tag = self.translation_tag(language or "")
        if tag is None:
            return self
        text = self.translations[tag]
        steps = tuple(
            _localized_step(step, words) for step, words in zip(self.steps, text.steps, strict=True)
        )
        return dataclasses.replace(
            self,
            title=text.title,
            description=text.description or self.description,
            safety=text.safety or self.safety,
            language=tag,
            steps=steps,
            translations={},  # one language now: not to be saved back as the original
        )

    def cover_picture(self) -> tuple[Picture, str] | None:
        """The picture the library shows for the routine, and its description.

        The routine's ``cover`` when it has one (described as the step that shows
        the same picture describes it), else the first step's default picture.
        """
        if self.cover is not None:
            for step in self.steps:
                if step.illustration is None:
                    continue
                for key, picture in step.illustration.frames.items():
                    if picture.ref == self.cover.ref:
                        return self.cover, step.illustration.alt_text(key)
            return self.cover, ""
        first = self.steps[0].illustration if self.steps else None
        if first is None:
            return None
        return first.default, first.alt_text("default")

    def breath_for(self, step: Step) -> BreathPattern:
        return step.breath or self.defaults.breath

    def rest_after(self, index: int) -> int:
        """Seconds of rest after step ``index``; none after the last step."""
        if index >= len(self.steps) - 1:
            return 0
        step = self.steps[index]
        return self.defaults.rest if step.rest is None else step.rest


def _localized_step(step: Step, words: StepText) -> Step:
    illustration = step.illustration
    if illustration is not None and words.alt:
        illustration = dataclasses.replace(illustration, alt={**illustration.alt, **words.alt})
    cues = step.cues
    if len(words.cues) == len(cues):
        cues = tuple(dataclasses.replace(c, text=t) for c, t in zip(cues, words.cues, strict=True))
    return dataclasses.replace(
        step,
        title=words.title,
        instructions=words.instructions or step.instructions,
        cues=cues,
        illustration=illustration,
    )
