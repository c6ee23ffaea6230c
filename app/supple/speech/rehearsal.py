"""A session played on a simulated clock: what would be heard, and when.

The real session :class:`~supple.session.Player` walks the timeline on a
:class:`~supple.session.FakeClock`; every cue it emits goes, as the speech
bridge sends it, through the real :class:`~supple.speech.cuequeue.CueQueue`
with the conductor's rules of speech/service.py (cut what is stale, drop late
counts, speak the head when the voice is free). Only the sound output is a
model, a :class:`Sink`:

* ``process_per_utterance``: a player process started for every utterance
  (``paplay``...): its start overhead is paid before each one, and the next
  waits for the process to exit;
* ``persistent_stream``: one output stream opened as the session starts (its
  overhead paid once, before the first words), then ~no latency per utterance.

How long each text takes comes from a function (measured lengths, see
durations.py). The clock jumps from one moment to the next; nothing sleeps.
Used by benchmarks/bench_voice.py and the timeline's tests.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from supple.session.clock import FakeClock
from supple.session.cues import Category, Cue, Priority, Verbosity
from supple.session.player import CueDue, Player, State
from supple.session.timeline import Timeline
from supple.speech.cuequeue import CueQueue, Utterance

REAP_SECONDS = 0.02  # the conductor notices a finished playback within one poll


@dataclass(frozen=True)
class Sink:
    """How sound reaches the speakers."""

    name: str
    per_utterance: float  # seconds from "play" to the first sample, for every utterance
    on_open: float = 0.0  # seconds to open the output, once, at the session's start
    knows_position: bool = True  # the service knows exactly how much is left to play

    @staticmethod
    def process_per_utterance(overhead: float) -> Sink:
        # speech/service.py estimates what is left from when the process started,
        # not knowing when its sound began.
        return Sink("process per utterance", overhead, 0.0, knows_position=False)

    @staticmethod
    def persistent_stream(overhead: float, latency: float = 0.0) -> Sink:
        return Sink("persistent stream", latency, overhead)


@dataclass
class Heard:
    """One spoken cue and what became of it."""

    cue: Cue
    step: int
    due: float  # session seconds: the cue's moment
    seconds: float  # length of its audio
    started: float | None = None  # when its first sample played (None: never)
    ended: float | None = None
    dropped: str = ""  # "late", "stale", "superseded", ... ("" : spoken)
    cut: bool = False  # started, then cut off

    @property
    def late(self) -> float | None:
        return None if self.started is None else self.started - self.due

    @property
    def is_count(self) -> bool:
        return self.cue.category is Category.COUNT

    @property
    def is_hold_start(self) -> bool:
        return self.cue.category is Category.START


@dataclass
class Rehearsal:
    """Everything said in a simulated session, in the order the cues came."""

    heard: list[Heard] = field(default_factory=list)
    seconds: float = 0.0  # when the session finished

    def counts(self) -> list[Heard]:
        return [h for h in self.heard if h.is_count]

    def hold_starts(self) -> list[Heard]:
        return [h for h in self.heard if h.is_hold_start]

    def dropped_counts(self) -> list[Heard]:
        """Counts and breath cues (the COUNT priority) never heard, or cut off."""
        return [
            h
            for h in self.heard
            if h.cue.priority is Priority.COUNT and (h.started is None or h.cut)
        ]

    def lateness(self) -> list[float]:
        """Seconds late, of every count and hold start that was heard."""
        return [
            h.late for h in self.heard if (h.is_count or h.is_hold_start) and h.late is not None
        ]

    def talking_over_counts(self) -> list[tuple[Heard, Heard]]:
        """(count, other) for each count whose moment came while other words played."""
        found = []
        for count in self.counts():
            for other in self.heard:
                if other is count or other.started is None or other.ended is None:
                    continue
                if other.started <= count.due + 1e-9 < other.ended - 1e-9:
                    found.append((count, other))
        return found


class _Conductor:
    """speech/service.py's rules over the real CueQueue, on simulated time."""

    def __init__(self, sink: Sink, length: Callable[[str], float]) -> None:
        self.sink = sink
        self.length = length
        self.queue = CueQueue()
        self.ready_at = sink.on_open  # the output can play from then
        self.playing: tuple[Utterance, Heard, float, float] | None = None  # u, h, began, end
        self.by_id: dict[int, Heard] = {}

    def say(self, heard: Heard, now: float) -> None:
        utterance = Utterance(heard.cue.text, heard.cue.priority, heard.step, heard.due)
        utterance.seconds = utterance.estimate = heard.seconds
        self.by_id[utterance.id] = heard
        playing = self.playing[0] if self.playing else None
        left = 0.0
        if self.playing is not None:
            _, _, began, end = self.playing
            # The service knows what is left of a stream; of a process, only when it began.
            exact = self.sink.knows_position
            left = end - now if exact else self.playing[0].length - (now - began)
        decision = self.queue.offer(utterance, now, playing, left)
        if decision.cut_playing and self.playing is not None:
            _, cut, _, _ = self.playing
            cut.cut = True
            cut.ended = now
            self.playing = None
        for item, reason in decision.dropped:
            self.by_id[item.id].dropped = reason
        self.step(now)

    def step(self, now: float) -> None:
        """What the conductor does on a tick at ``now``."""
        if self.playing is not None and now >= self.playing[3] + REAP_SECONDS - 1e-9:
            self.playing = None
        if self.playing is not None:
            return
        for item, reason in self.queue.expire(now):
            self.by_id[item.id].dropped = reason
        head = self.queue.head()
        if head is None:
            return
        self.queue.pop()
        heard = self.by_id[head.id]
        sound = max(now + self.sink.per_utterance, self.ready_at)
        heard.started = sound
        heard.ended = sound + heard.seconds
        self.playing = (head, heard, now, heard.ended)

    def next_time(self) -> float:
        if self.playing is not None:
            return self.playing[3] + REAP_SECONDS
        return math.inf


def _next_due(player: Player) -> float:
    """Seconds to the player's next cue or segment end (inf: none, an open hold)."""
    status = player.status()
    waits = [] if status.next_cue is None else [max(0.0, status.next_cue - status.elapsed)]
    if status.remaining is not None:
        waits.append(status.remaining)
    return min(waits) if waits else math.inf


def rehearse(
    timeline: Timeline,
    length: Callable[[str], float],
    verbosity: Verbosity,
    sink: Sink,
) -> Rehearsal:
    """Play ``timeline`` through to its end; open-ended holds last their estimate."""
    clock = FakeClock(0.0)
    player = Player(timeline, clock, max_gap=math.inf)
    conductor = _Conductor(sink, length)
    result = Rehearsal()
    player.start()
    open_since: float | None = None
    for _ in range(1_000_000):  # a bound, not a limit any routine reaches
        now = clock()
        for event in player.poll():
            if isinstance(event, CueDue) and event.cue.spoken_at(verbosity):
                cue = event.cue
                heard = Heard(cue, event.segment.step, now - event.late, length(cue.text))
                result.heard.append(heard)
                conductor.say(heard, now)
        conductor.step(now)
        waits = [conductor.next_time() - now]
        if player.state is State.RUNNING:
            segment = player.segment
            if segment.open_ended:
                open_since = now if open_since is None else open_since
                estimate = float(timeline.routine.steps[segment.step].hold.estimate or 0)
                if now >= open_since + estimate - 1e-9:
                    player.done()
                    open_since = None
                    continue
                waits.append(open_since + estimate - now)
            else:
                open_since = None
            waits.append(_next_due(player))
        elif player.state is State.FINISHED and result.seconds == 0.0:
            result.seconds = now
        wait = min(waits)
        if not math.isfinite(wait):
            break
        clock.advance(max(0.0, wait))
    return result
