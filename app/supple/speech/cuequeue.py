"""The rules of the speech queue, as plain logic over times (no threads, no audio).

* Cues are spoken in the order they come.
* A cue from a new step makes what is left of the previous step stale: a
  stale instruction (or count) is cut off if it is being spoken and dropped
  if it is waiting. CRITICAL cues ("switch sides", "rest, next up") are never
  cut or dropped by these rules.
* A COUNT cue ("3", "2", "1", breath cues) is useful only on time: a newer
  count drops an older one still waiting, and a count that would start more
  than ``grace`` seconds after its moment is dropped, not queued.
* Pause, skip and stop silence everything (``clear``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from supple.session.cues import Priority
from supple.speech.voice import VoiceConfig
from supple.value_class import value_class

COUNT_GRACE = 0.5  # seconds a count may start after its moment

_ids = itertools.count(1)


@dataclass(eq=False)
class Utterance:
    """A sentence waiting to be spoken, with its priority and when it was due."""

    text: str
    priority: Priority = Priority.NORMAL
    step: int | None = None  # the routine step it belongs to; None outside a session
    due: float = 0.0  # monotonic time it was meant to start
    estimate: float = 1.0  # seconds, until synthesis tells
    id: int = field(default_factory=lambda: next(_ids))
    wav: Path | None = None  # set once synthesised
    seconds: float | None = None
    attempts: int = 0  # synthesis attempts that killed the worker
    config: VoiceConfig = field(default_factory=VoiceConfig)  # voice, rate, volume to say it with

    @property
    def length(self) -> float:
        return self.seconds if self.seconds is not None else self.estimate


@value_class(frozen=False)
class Decision:
    """What the queue did with a new utterance: taken, what it cut, what it dropped."""

    accepted: bool = True
    cut_playing: bool = False
    dropped: list[tuple[Utterance, str]] = field(default_factory=list)


class CueQueue:
    def __init__(self, grace: float = COUNT_GRACE) -> None:
        self.grace = grace
        self.items: list[Utterance] = []

    def __len__(self) -> int:
        return len(self.items)

    def offer(
        self,
        new: Utterance,
        now: float,
        playing: Utterance | None = None,
        playing_left: float = 0.0,
    ) -> Decision:
        """Add ``new``; say what must be cut or dropped to keep the rules."""
        decision = Decision()
        if new.step is not None:
            if (
                playing is not None
                and playing.step is not None
                and playing.step != new.step
                and playing.priority < Priority.CRITICAL
            ):
                decision.cut_playing = True
            self._drop(decision, lambda item: _stale(item, new), "stale")
        if new.priority is Priority.COUNT:
            self._drop(decision, lambda item: item.priority is Priority.COUNT, "superseded")
            ahead = 0.0 if (playing is None or decision.cut_playing) else max(0.0, playing_left)
            ahead += sum(item.length for item in self.items)
            if now + ahead > new.due + self.grace:
                decision.accepted = False
                decision.dropped.append((new, "late"))
                return decision
        self.items.append(new)
        return decision

    def expire(self, now: float) -> list[tuple[Utterance, str]]:
        """Drop the counts whose moment has passed while they waited."""
        decision = Decision()
        self._drop(
            decision,
            lambda item: item.priority is Priority.COUNT and now > item.due + self.grace,
            "late",
        )
        return decision.dropped

    def clear(self) -> list[tuple[Utterance, str]]:
        dropped = [(item, "silenced") for item in self.items]
        self.items = []
        return dropped

    def head(self) -> Utterance | None:
        return self.items[0] if self.items else None

    def pop(self) -> Utterance:
        return self.items.pop(0)

    def remove(self, utterance: Utterance) -> None:
        if utterance in self.items:
            self.items.remove(utterance)

    def _drop(self, decision: Decision, doomed: Callable[[Utterance], bool], reason: str) -> None:
        keep: list[Utterance] = []
        for item in self.items:
            if doomed(item):
                decision.dropped.append((item, reason))
            else:
                keep.append(item)
        self.items = keep


def _stale(item: Utterance, new: Utterance) -> bool:
    return (
        item.step is not None
        and new.step is not None
        and item.step != new.step
        and item.priority < Priority.CRITICAL
    )
