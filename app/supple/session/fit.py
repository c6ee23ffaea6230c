"""Room for the words: how long each transition lasts, and where words go in a hold.

The timeline (timeline.py) and the closed-form duration (estimate.py) both take
every speech-dependent length from here, so the library, the editor, ``supple
plan`` and the player agree to the second for the person's voice settings.

Two kinds of cue:

* A *moment* marks a time: it rings a sound (a phase begins, a count) or it is a
  breath cue. "3", "Hold.", "Switch sides...", "Breathe in." are moments; each
  must begin exactly when it is due, so nothing may still be speaking then.
* *Words* (instructions, "Rep 2 of 8.", "Halfway.", a routine's own cues) only
  inform: they may wait for a moment to be said, but must end before the next.

Transitions (lead-in, switch sides, release, rest) stretch until their words fit
before their 3-2-1 (or their end); holds and breaths are the exercise and never
stretch: words in them go after the moment that opens them, move earlier if they
would run into a later one, and are left out if there is no room at all (the
screen still shows them). A repetition's number ("Rep 2 of 8.") that has no room
after its hold's first moment is said in the transition before it instead.

How long words take comes from :class:`SpeechFit`: measured lengths of the
synthesised audio (speech/durations.py measures and caches them) and, for a text
not measured, a deliberately generous estimate.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Iterable, Mapping
from dataclasses import field

from supple.routine.model import BreathPattern, HoldKind, Motion, Sides, Step
from supple.session.cues import SPOKEN, Category, Cue, Priority, Sound, Verbosity
from supple.session.phrases import Phrases, primary_language
from supple.value_class import value_class

COUNTDOWN_FROM = 3
SWITCH_SECONDS = 6  # the least time to switch sides: "Switch sides..." and then 3, 2, 1
LEAD_IN_SPARE = 1  # a lead-in leaves a breath between "Get ready." and the 3
FIRST_SIDE = "left"
EPSILON = 1e-6

_STOPS = ".,:;!?"  # counted without regular expressions (none before the first frame)


# Per language (a primary subtag, as session/phrases.py's table): how many letters a
# digit counts for (it is said as a word: "drei", "cinco"), and how much of a rate
# above 160 wpm the voice really speeds up by (speed ** exponent). Measured with
# espeak-ng's de and es voices over every bundled routine's cues in that language
# (151 texts each, at 80, 120, 160, 220, 300 and 400 wpm): with these the estimate
# is at least the measured length for every text and rate (the longest measured was
# 0.95 of its estimate in German, 0.96 in Spanish; half are under 0.78). Without
# them German digits ran 29% over ("2": 0.59 s at 160) and Spanish reps 36% over at
# 400 wpm. English keeps the first calibration (one letter a digit, as the rate).
_CALIBRATION: dict[str, tuple[int, float]] = {"de": (3, 1.0), "es": (3, 0.8)}


# Per language: the slowest rate (words a minute) its voice speaks at. A count is a
# moment a second after the one before it, so each of "3", "2", "1" must be said
# within its second, with COUNT_SPARE left for the conductor's poll and the stream's
# buffer; the person's slower rates are raised to this for everything said in that
# language (one rate for a session: what is measured is what is played). espeak-ng
# speaks no slower than at 80 wpm, where its German "zwei" lasts 1.02 s (0.97 s at 90,
# 0.89 s at 100); Spanish ("tres", 0.74 s) and English (0.75 s) fit at 80.
# tests/session/test_count_rate.py measures it with the real voices.
SLOWEST_RATE: dict[str, int] = {"de": 100}
COUNT_SPARE = 0.1


def speaking_rate(words_per_minute: int, language: str = "") -> int:
    """The rate the voice says ``language`` at for a person's ``words_per_minute``:
    theirs, or the language's slowest rate at which a count fits its second."""
    return max(int(words_per_minute), SLOWEST_RATE.get(primary_language(language), 0))


def estimated_seconds_to_say(text: str, words_per_minute: int, language: str = "") -> float:
    """A generous guess of the trimmed audio's length, for a text not yet measured.

    espeak-ng, measured over every bundled cue at 60-400 words a minute, takes
    about 0.3 s + 65 ms a letter + 150 ms a stop at 160 wpm (0.6-1.45 times that,
    the most for one-word texts); this says 1.25 times that, at espeak-ng's
    slowest effective rate (80) at most. One-word texts it underestimates by
    less than a tenth of a second, which the pause after every utterance covers.
    ``language`` (the routine's) adjusts it as measured for that language's voice.
    """
    digit, exponent = _CALIBRATION.get(language.partition("-")[0].lower(), (1, 1.0))
    letters = sum(map(str.isalnum, text)) + (digit - 1) * sum(map(str.isdigit, text))
    stops = sum(map(text.count, _STOPS))
    at_160 = 0.3 + 0.065 * letters + 0.15 * stops
    speed = max(80, words_per_minute) / 160.0
    if speed > 1.0 and exponent != 1.0:
        speed **= exponent
    return 1.25 * at_160 / speed


@value_class
class SpeechFit:
    """What is spoken and how long it takes, so the timeline can leave room for it.

    ``lengths``: seconds of synthesised (trimmed) audio per text at this voice
    and rate, as measured; texts not in it are estimated generously.
    ``pause_seconds`` is kept free after every utterance. ``language`` is the
    routine's (what is spoken), for the estimates.
    """

    verbosity: Verbosity = Verbosity.FULL
    words_per_minute: int = 160
    pause_seconds: float = 0.25
    lengths: Mapping[str, float] = field(default_factory=dict, hash=False)
    language: str = ""
    # Estimates made so far (a library of a thousand routines shares one fit).
    _estimates: dict[str, float] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    def seconds_to_say(self, text: str) -> float:
        measured = self.lengths.get(text)
        if measured is not None and measured >= 0:
            return float(measured)
        estimate = self._estimates.get(text)
        if estimate is None:
            estimate = estimated_seconds_to_say(text, self.words_per_minute, self.language)
            self._estimates[text] = estimate
        return estimate

    def room(self, cue: Cue) -> float:
        """Seconds ``cue`` occupies: its words and a pause (0 when not spoken)."""
        return self.room_for(cue.text, cue.category)

    def room_for(self, text: str, category: Category) -> float:
        if category not in SPOKEN[self.verbosity]:
            return 0.0
        return self.seconds_to_say(text) + self.pause_seconds

    def seconds_for(self, cues: Iterable[Cue]) -> float:
        return sum(self.room(cue) for cue in cues)


def is_moment(cue: Cue) -> bool:
    """True for a cue that marks a time (see the module's docstring)."""
    return cue.sound is not None or cue.category is Category.BREATH


# -- the cues said in transitions ---------------------------------------------------
def opening_cues(step: Step, side: str | None, words: Phrases) -> list[Cue]:
    """What is said as ``step`` begins: its title (with the first side) and instructions."""
    title = words.opening(step.title, side)
    cues = [Cue(0.0, title, Category.TITLE, Priority.CRITICAL, Sound.PHASE)]
    cues += [Cue(0.0, line, Category.INSTRUCTION, Priority.NORMAL) for line in step.instructions]
    return cues


def _opening_room(step: Step, side: str | None, speech: SpeechFit, words: Phrases) -> float:
    """``speech.seconds_for(opening_cues(step, side, words))``, without making the cues
    (the library's closed form runs this for every routine)."""
    title = words.opening(step.title, side)
    room = speech.room_for(title, Category.TITLE)
    return room + sum(speech.room_for(line, Category.INSTRUCTION) for line in step.instructions)


def get_ready_cue(words: Phrases) -> Cue:
    return Cue(0.0, words.get_ready, Category.GET_READY, Priority.NORMAL)


def switch_cue(side: str, words: Phrases) -> Cue:
    text = words.switch_sides(side)
    return Cue(0.0, text, Category.SWITCH, Priority.CRITICAL, Sound.PHASE)


def release_cue(words: Phrases) -> Cue:
    return Cue(0.0, words.release, Category.REP, Priority.NORMAL, Sound.PHASE)


def rest_cue(upcoming: str, words: Phrases) -> Cue:
    text = words.rest_next(upcoming)
    return Cue(0.0, text, Category.REST, Priority.CRITICAL, Sound.PHASE)


def count_cues(duration: float) -> list[Cue]:
    """3, 2, 1 in the last seconds of a segment long enough to hold them."""
    if duration <= COUNTDOWN_FROM:
        return []
    return [
        Cue(duration - n, str(n), Category.COUNT, Priority.COUNT, Sound.COUNT)
        for n in range(COUNTDOWN_FROM, 0, -1)
    ]


def rep_text(step: Step, rep: int, words: Phrases) -> str:
    """ "Rep 2 of 8." — with its side when the step goes side to side (rep 1 left)."""
    side = None
    if step.sides is Sides.ALTERNATE:
        side = FIRST_SIDE if rep % 2 == 1 else "right"
    return words.repetition(rep, step.reps.count, side)


def rep_cue(step: Step, rep: int, words: Phrases) -> Cue:
    return Cue(0.0, rep_text(step, rep, words), Category.REP, Priority.NORMAL)


def first_breath_cue(words: Phrases) -> Cue:
    return Cue(0.0, words.breathe_in, Category.BREATH, Priority.COUNT)


def short_starts(words: Phrases) -> tuple[str, str]:
    """A later repetition's start, or one with little room: holding, moving."""
    return (words.short_start(False), words.short_start(True))


def _short(moving: bool, words: Phrases) -> Cue:
    return Cue(0.0, words.short_start(moving), Category.START, Priority.NORMAL, Sound.PHASE)


def hold_start_cue(step: Step, repeat: bool, speech: SpeechFit | None, words: Phrases) -> Cue:
    """The moment a timed or open-ended hold begins. ``repeat``: a later repetition,
    announced briefly; so is a hold whose long form would still be said at its 3."""
    moving = step.motion is Motion.MOVE
    if repeat:
        return _short(moving, words)
    if step.hold.kind is HoldKind.OPEN:
        return Cue(0.0, words.hold_open, Category.START, Priority.NORMAL, Sound.PHASE)
    seconds = int(step.hold.seconds or 0)
    text = words.hold_start(seconds, moving)
    cue = Cue(0.0, text, Category.START, Priority.NORMAL, Sound.PHASE)
    if seconds > COUNTDOWN_FROM and not fits_before(cue, seconds - COUNTDOWN_FROM, speech):
        return _short(moving, words)
    return cue


def rep_said_before(
    step: Step, pattern: BreathPattern, rep: int, speech: SpeechFit | None, words: Phrases
) -> bool:
    """True when "Rep k of n." does not fit in its hold after the moment that opens it
    (a short breath, a short hold, a slow voice): it is then said in the transition
    before the hold (the lead-in, the switch or the release), which grows for it."""
    count = step.reps.count
    if speech is None or count <= 1:
        return False
    said = speech.room_for(rep_text(step, rep, words), Category.REP)
    if said <= 0 or step.hold.kind is HoldKind.OPEN:
        return False
    if step.hold.kind is HoldKind.BREATHS:
        return speech.room(first_breath_cue(words)) + said > pattern.inhale + EPSILON
    seconds = int(step.hold.seconds or 0)
    until = seconds - COUNTDOWN_FROM if seconds > COUNTDOWN_FROM else seconds
    return speech.room(hold_start_cue(step, rep > 1, speech, words)) + said > until + EPSILON


def lead_in_cues(
    step: Step, side: str | None, pattern: BreathPattern, speech: SpeechFit | None, words: Phrases
) -> list[Cue]:
    """Said in a step's lead-in: its opening, its first repetition's number when the
    hold has no room for it, and "Get ready."."""
    cues = opening_cues(step, side, words)
    if rep_said_before(step, pattern, 1, speech, words):
        cues.append(rep_cue(step, 1, words))
    return [*cues, get_ready_cue(words)]


def switch_cues(
    step: Step, side: str, pattern: BreathPattern, speech: SpeechFit | None, words: Phrases
) -> list[Cue]:
    cues = [switch_cue(side, words)]
    if rep_said_before(step, pattern, 1, speech, words):
        cues.append(rep_cue(step, 1, words))
    return cues


def release_cues(
    step: Step, rep: int, pattern: BreathPattern, speech: SpeechFit | None, words: Phrases
) -> list[Cue]:
    """Said in the release before repetition ``rep``."""
    cues = [release_cue(words)]
    if rep_said_before(step, pattern, rep, speech, words):
        cues.append(rep_cue(step, rep, words))
    return cues


# -- how long transitions last --------------------------------------------------------
def _count_room(duration: float) -> float:
    """Seconds the 3-2-1 occupies at the end of a segment this long (0: too short for one)."""
    return float(COUNTDOWN_FROM) if duration > COUNTDOWN_FROM else 0.0


def fitted(minimum: int, spoken: float, speech: SpeechFit | None, spare: int = 0) -> int:
    """The least whole seconds, at least ``minimum``, in which ``spoken`` seconds of
    words (and ``spare``) end before the segment's 3-2-1, or before its end when it
    is too short for a count."""
    duration = max(0, minimum)
    if speech is None or spoken <= 0:
        return duration
    words = spoken + spare
    if duration - _count_room(duration) >= words - EPSILON:
        return duration
    short = math.ceil(words - EPSILON)  # long enough for the words, too short for a count
    if short >= duration and _count_room(short) == 0:
        return short
    return max(duration, math.ceil(words + COUNTDOWN_FROM - EPSILON))


def lead_in_seconds(
    step: Step, lead_in: int, speech: SpeechFit | None, pattern: BreathPattern, words: Phrases
) -> int:
    """The lead-in before ``step`` (0: none), given the routine's ``lead_in``.

    With the voice on it grows until the step's title, instructions and "Get
    ready." fit before the 3-2-1, and there is one even when ``lead_in`` is 0 if
    there are words to say: they would otherwise make the hold's start late.
    """
    if speech is None:
        return max(0, lead_in)
    side = FIRST_SIDE if step.sides is not Sides.NONE else None
    spoken = _opening_room(step, side, speech, words) + speech.room(get_ready_cue(words))
    if rep_said_before(step, pattern, 1, speech, words):
        spoken += speech.room(rep_cue(step, 1, words))
    return fitted(lead_in, spoken, speech, LEAD_IN_SPARE)


def fitted_lead_in(lead_in: int, cues: list[Cue], speech: SpeechFit | None) -> int:
    spoken = speech.seconds_for(cues) if speech is not None else 0.0
    return fitted(lead_in, spoken, speech, LEAD_IN_SPARE)


def switch_seconds(cues: list[Cue], speech: SpeechFit | None) -> int:
    """Switching sides: at least SWITCH_SECONDS, and room for ``cues`` (switch_cues)."""
    return fitted(SWITCH_SECONDS, speech.seconds_for(cues) if speech else 0.0, speech)


def release_seconds(release: int, cues: list[Cue], speech: SpeechFit | None) -> int:
    """A release between repetitions: the routine's seconds, or room for ``cues``."""
    if release <= 0:
        return 0
    return fitted(release, speech.seconds_for(cues) if speech else 0.0, speech)


def rest_seconds(rest: int, upcoming: str, speech: SpeechFit | None, words: Phrases) -> int:
    """A rest has no count: the routine's seconds, or room for "Rest. Next up: ..."."""
    if rest <= 0:
        return 0
    if speech is None:
        return rest
    return max(rest, math.ceil(speech.room(rest_cue(upcoming, words)) - EPSILON))


def fits_before(cue: Cue, seconds: float, speech: SpeechFit | None) -> bool:
    """True if ``cue``, said at 0, is done (with its pause) within ``seconds``."""
    return speech is None or speech.room(cue) <= seconds + EPSILON


# -- where words go in a segment ------------------------------------------------------
def place(cues: Iterable[Cue], duration: float | None, speech: SpeechFit | None) -> list[Cue]:
    """The cues of one segment, ordered as said, with words placed so no moment is late.

    Moments keep their offsets and, at the same offset, come before words. Each
    word cue, in order, is said in the first silence at or after its offset that
    is long enough (its offset becomes when that silence begins), or else in the
    latest long enough silence before it; with none it is left out (it is still
    shown). Without ``speech`` the cues are only ordered.
    """
    ordered = sorted(cues, key=lambda c: c.offset)  # stable: as built
    if speech is None:
        return ordered
    ordered.sort(key=lambda c: (c.offset, not is_moment(c)))
    end = math.inf if duration is None else float(duration)
    busy: list[tuple[float, float]] = []
    placed: list[Cue] = []
    free_at = 0.0
    for cue in ordered:  # the moments, said one after another from their offsets
        room = speech.room(cue)
        if room > 0 and is_moment(cue):
            start = max(cue.offset, free_at)
            busy.append((start, start + room))
            free_at = start + room
        if room <= 0 or is_moment(cue):
            placed.append(cue)
    after = 0.0  # words keep their order
    for cue in ordered:
        room = speech.room(cue)
        if room <= 0 or is_moment(cue):
            continue
        start = _silence(busy, end, max(cue.offset, after), after, room)
        if start is None:
            continue  # no room between the moments: shown, not said
        if abs(start - cue.offset) > EPSILON:
            cue = dataclasses.replace(cue, offset=start)
        placed.append(cue)
        busy.append((start, start + room))
        after = start + room
    placed.sort(key=lambda c: (c.offset, not is_moment(c)))
    return placed


def _silence(
    busy: list[tuple[float, float]], end: float, want: float, earliest: float, room: float
) -> float | None:
    """Where ``room`` seconds fit between the ``busy`` intervals before ``end``: the
    first start at or after ``want``, else the latest one at or after ``earliest``."""
    gaps: list[tuple[float, float]] = []
    clock = 0.0
    for begin, finish in sorted(busy):
        if begin > clock + EPSILON:
            gaps.append((clock, begin))
        clock = max(clock, finish)
    if end > clock + EPSILON:
        gaps.append((clock, end))
    for begin, finish in gaps:
        start = max(begin, want)
        if start + room <= finish + EPSILON:
            return start
    for begin, finish in reversed(gaps):
        start = min(finish - room, want)
        if start >= max(begin, earliest) - EPSILON:
            return max(0.0, start)
    return None


def late_moments(cues: Iterable[Cue], speech: SpeechFit) -> list[Cue]:
    """The moments of a segment that the words said before them would make late."""
    late: list[Cue] = []
    free_at = 0.0
    for cue in sorted(cues, key=lambda c: (c.offset, not is_moment(c))):
        room = speech.room(cue)
        if room <= 0:
            continue
        if is_moment(cue) and free_at > cue.offset + EPSILON:
            late.append(cue)
        free_at = max(free_at, cue.offset) + room
    return late
