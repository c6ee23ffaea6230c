"""Mixing clips into one output stream: plain logic over frames and times, no device.

The output stream asks for ``n`` frames at a time from its own thread
(:meth:`Mixer.render`); the conductor adds clips (:meth:`Mixer.play`) and cuts
them (:meth:`Mixer.stop`) from its thread. A clip is placed at an absolute
frame of the stream, so its first audible sample can leave when it is due:

* a frame rendered by the callback that ran at ``t`` leaves the device at about
  ``t + (frame - first frame of that callback) / RATE + latency``;
* a clip whose moment is still ahead starts at the frame that makes its first
  audible sample (after its lead-in silence) leave then;
* a clip already late starts with the next frame, and skips the part of its
  lead-in silence that lateness has used up (keeping MIN_LEAD of it), so its
  words are heard as early as possible.

A cut clip fades out over FADE frames (no click) in the next callback, so
cutting off takes one period of the stream (10 ms) plus its latency.
Overlapping clips (a tick under words) are summed and clipped to 16 bits.
"""

from __future__ import annotations

import array
import threading
from collections.abc import Callable
from dataclasses import dataclass

RATE = 44100  # frames a second, mono 16-bit
MIN_LEAD = int(0.002 * RATE)  # silence kept before the words of a late clip (no click)
FADE = int(0.004 * RATE)  # a cut clip fades out over this many frames
LEAD_LEVEL = int(0.01 * 32768)  # first sample above this is where the words start


@dataclass(frozen=True, eq=False)
class Clip:
    """Mono 16-bit samples at RATE, and how many frames of near-silence lead into them."""

    samples: array.array  # type code "h"
    lead: int = 0
    name: str = ""

    @classmethod
    def of(cls, samples: array.array, name: str = "") -> Clip:
        lead = 0  # all silence: nothing to skip
        for index, value in enumerate(samples):
            if value > LEAD_LEVEL or value < -LEAD_LEVEL:
                lead = index
                break
        return cls(samples, lead, name)

    @property
    def frames(self) -> int:
        return len(self.samples)

    @property
    def seconds(self) -> float:
        return len(self.samples) / RATE


class Voice:
    """One clip in the stream. Times are the clock's; frames are the stream's."""

    def __init__(self, clip: Clip, due: float | None) -> None:
        self.clip = clip
        self.due = due
        self.start_frame: int | None = None  # the stream frame its first kept sample fills
        self.skip = 0  # lead-in frames left out because it was late
        self.rendered = 0  # frames of it mixed into the stream so far
        self.onset: float | None = None  # when its first audible sample leaves (estimate)
        self.ended_at: float | None = None
        self.cut = False  # asked to stop
        self.finished = False  # nothing more of it will be rendered
        self.completed = False  # played to its last sample

    def done(self) -> bool:
        return self.finished


class Mixer:
    """Holds the clips playing in one stream and renders their sum."""

    def __init__(self, latency: float, clock: Callable[[], float]) -> None:
        self.latency = latency  # seconds from a callback to its first frame leaving
        self._clock = clock
        self._lock = threading.Lock()
        self._voices: list[Voice] = []
        self.frames = 0  # frames rendered so far; the next callback starts here
        self.callbacks = 0
        self.last_callback: float | None = None  # clock time of the last render
        self._mark: tuple[float, int] | None = None  # (time, frame) of the last render
        self._silence: array.array | None = None

    # -- the conductor's side -----------------------------------------------------
    def play(self, clip: Clip, due: float | None = None) -> Voice:
        voice = Voice(clip, due)
        with self._lock:
            if self._mark is not None:
                self._place(voice, *self._estimate_next())
            self._voices.append(voice)
        return voice

    def stop(self, voice: Voice) -> None:
        with self._lock:
            if voice.finished:
                return
            voice.cut = True
            if voice.start_frame is None or voice.start_frame >= self.frames:
                self._finish(voice, self._clock(), completed=False)  # not a sample out yet

    def stop_all(self) -> None:
        with self._lock:
            voices = list(self._voices)
        for voice in voices:
            self.stop(voice)

    def abandon(self, now: float) -> list[Voice]:
        """The stream is gone: every clip ends here, none completed."""
        with self._lock:
            voices, self._voices = self._voices, []
            for voice in voices:
                self._finish(voice, now, completed=False)
            self._mark = None
            return voices

    def busy(self) -> bool:
        with self._lock:
            return bool(self._voices)

    # -- the stream's side ------------------------------------------------------
    def render(self, n: int) -> array.array:
        """The next ``n`` frames, mixed; called by the stream's thread."""
        now = self._clock()
        with self._lock:
            base = self.frames
            self._mark = (now, base)
            self.last_callback = now
            self.callbacks += 1
            end = base + n
            if not self._voices:  # the usual case between cues: silence, made once
                self.frames = end
                silence = self._silence
                if silence is None or len(silence) != n:
                    silence = self._silence = array.array("h", bytes(2 * n))
                return silence
            out = array.array("h", bytes(2 * n))
            filled: list[tuple[int, int]] = []  # ranges of ``out`` already written
            wide: list[array.array] = []  # 32-bit sum, once two clips overlap
            keep: list[Voice] = []
            for voice in self._voices:
                if voice.finished:
                    continue
                if voice.start_frame is None:
                    self._place(voice, now, base)
                self._mix(voice, out, base, end, now, filled, wide)
                if not voice.finished:
                    keep.append(voice)
            self._voices = keep
            self.frames = end
        if wide:
            out = array.array(
                "h", (32767 if v > 32767 else (-32768 if v < -32768 else v) for v in wide[0])
            )
        return out

    # -- inside the lock ------------------------------------------------------------
    def _estimate_next(self) -> tuple[float, int]:
        """When the next callback will run, and its first frame."""
        assert self._mark is not None
        at, frame = self._mark
        return at + (self.frames - frame) / RATE, self.frames

    def _leaves(self, frame: int, at: float, base: int) -> float:
        return at + (frame - base) / RATE + self.latency

    def _place(self, voice: Voice, at: float, base: int) -> None:
        """Choose the stream frame the clip starts at (``base`` renders at ``at``)."""
        clip = voice.clip
        start = base
        skip = 0
        if voice.due is not None:
            wanted = base + round((voice.due - at - self.latency) * RATE) - clip.lead
            if wanted >= base:
                start = wanted
            else:
                skip = min(base - wanted, max(0, clip.lead - MIN_LEAD))
        voice.start_frame = start
        voice.skip = skip
        voice.onset = self._leaves(start + clip.lead - skip, at, base)

    def _mix(
        self,
        voice: Voice,
        out: array.array,
        base: int,
        end: int,
        now: float,
        filled: list[tuple[int, int]],
        wide: list[array.array],
    ) -> None:
        assert voice.start_frame is not None
        clip = voice.clip
        first = max(voice.start_frame, base)
        if first >= end:
            if voice.cut:
                self._finish(voice, now, completed=False)
            return
        index = voice.skip + (first - voice.start_frame)
        count = min(end - first, clip.frames - index)
        cut = voice.cut
        if cut:
            count = min(count, FADE)
        if count > 0:
            chunk = clip.samples[index : index + count]
            if cut:
                chunk = array.array(
                    "h", (int(s * (count - i) / count) for i, s in enumerate(chunk))
                )
            at = first - base
            if not wide and any(a < at + count and at < b for a, b in filled):
                wide.append(array.array("i", out))  # sum unclipped, clip once at the end
            if wide:
                total = wide[0]
                for i, sample in enumerate(chunk, at):
                    total[i] += sample
            else:
                out[at : at + count] = chunk
            filled.append((at, at + count))
            voice.rendered += count
        if cut or index + count >= clip.frames:
            left = self._leaves(first + max(0, count), now, base)
            self._finish(voice, left, completed=not cut)

    def _finish(self, voice: Voice, at: float, *, completed: bool) -> None:
        voice.finished = True
        voice.completed = completed
        voice.ended_at = at
