"""Small helpers for 16-bit PCM WAV files, with the standard library only.

Speech and sound effects are plain WAV files: they are checked, trimmed and
scaled here so that no audio library is needed.
"""

from __future__ import annotations

import array
import math
import sys
import wave
from pathlib import Path

from supple.value_class import value_class


@value_class
class Audio:
    """Mono or multi-channel 16-bit samples (interleaved) and their rate."""

    samples: array.array  # type code "h"
    rate: int
    channels: int = 1

    @property
    def seconds(self) -> float:
        return len(self.samples) / (self.rate * self.channels) if self.rate else 0.0

    @property
    def rms(self) -> float:
        """Root mean square level, 0.0 (silence) to 1.0 (full scale)."""
        if not self.samples:
            return 0.0
        total = sum(s * s for s in self.samples)
        return math.sqrt(total / len(self.samples)) / 32768.0

    @property
    def peak(self) -> float:
        if not self.samples:
            return 0.0
        return max(abs(min(self.samples)), abs(max(self.samples))) / 32768.0


def read(path: Path) -> Audio:
    """Read a 16-bit PCM WAV file. Raises ValueError if it is not one."""
    try:
        with wave.open(str(path), "rb") as reader:
            if reader.getsampwidth() != 2:
                raise ValueError(f"{path}: {8 * reader.getsampwidth()}-bit audio, expected 16-bit")
            frames = reader.readframes(reader.getnframes())
            rate = reader.getframerate()
            channels = reader.getnchannels()
    except (wave.Error, EOFError) as exc:
        raise ValueError(f"{path}: not a WAV file ({exc})") from exc
    samples = array.array("h")
    samples.frombytes(frames[: len(frames) - len(frames) % 2])
    if sys.byteorder == "big":
        samples.byteswap()
    return Audio(samples, rate, channels)


def write(path: Path, audio: Audio) -> None:
    samples = audio.samples
    if sys.byteorder == "big":
        samples = array.array("h", samples)
        samples.byteswap()
    with wave.open(str(path), "wb") as writer:
        writer.setnchannels(audio.channels)
        writer.setsampwidth(2)
        writer.setframerate(audio.rate)
        writer.writeframes(samples.tobytes())


def duration(path: Path) -> float:
    with wave.open(str(path), "rb") as reader:
        rate = reader.getframerate()
        return reader.getnframes() / rate if rate else 0.0


def trim_silence(audio: Audio, threshold: float = 0.01, keep: float = 0.06) -> Audio:
    """Cut leading and trailing near-silence, keeping ``keep`` seconds of it at each end.

    The engine pads every utterance with a pause; trimmed, a count "3" starts
    and ends when it should.
    """
    level = int(threshold * 32768)
    samples = audio.samples
    n = len(samples)
    first = 0
    while first < n and abs(samples[first]) <= level:
        first += 1
    if first == n:
        return audio  # all silence: leave it, the caller decides
    last = n - 1
    while last > first and abs(samples[last]) <= level:
        last -= 1
    pad = int(keep * audio.rate) * audio.channels
    start = max(0, first - pad)
    end = min(n, last + 1 + pad)
    start -= start % audio.channels
    end -= (end - start) % audio.channels
    return Audio(samples[start:end], audio.rate, audio.channels)


def scaled(audio: Audio, gain: float) -> Audio:
    """The same audio at ``gain`` (0.0-1.0) times its level."""
    gain = min(1.0, max(0.0, gain))
    return Audio(
        array.array("h", (int(s * gain) for s in audio.samples)), audio.rate, audio.channels
    )
