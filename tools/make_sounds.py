"""Write Supple's sound effects (assets/sounds/*.wav) with the standard library only.

    python3 tools/make_sounds.py [OUTPUT_FOLDER]

Soft sine tones with a few quiet harmonics, a smooth attack and an exponential
decay that ends in a raised-cosine fade, so no file starts or stops with a
click. Output is deterministic: running it again gives the same bytes.

  phase.wav  two notes rising a fourth (a hold, rest or side begins)
  count.wav  one short, gentle tick (each of the last three seconds)
  end.wav    a rising major arpeggio that rings out (the routine is complete)
"""

from __future__ import annotations

import array
import math
import sys
import wave
from pathlib import Path

RATE = 44100
PEAK = 0.5  # of full scale: pleasant at the sound volume's top, never harsh
ROOT = Path(__file__).resolve().parent.parent


def note(
    frequency: float, seconds: float, *, attack: float = 0.012, decay: float = 4.0
) -> list[float]:
    """One bell-like note: fundamental plus soft partials, shaped to start and end at zero."""
    n = int(seconds * RATE)
    fade = int(0.03 * RATE)
    partials = ((1.0, 1.0), (2.0, 0.18), (3.0, 0.06))
    out = []
    for i in range(n):
        t = i / RATE
        value = sum(
            level * math.sin(2 * math.pi * frequency * ratio * t) for ratio, level in partials
        )
        envelope = math.exp(-decay * t)
        if t < attack:  # raised-cosine attack: no click at the start
            envelope *= 0.5 - 0.5 * math.cos(math.pi * t / attack)
        if i >= n - fade:  # raised-cosine release: no click at the end
            envelope *= 0.5 + 0.5 * math.cos(math.pi * (i - (n - fade)) / fade)
        out.append(value * envelope)
    return out


def mix(length: float, *parts: tuple[float, list[float]]) -> list[float]:
    """Place (start seconds, samples) parts on one track of ``length`` seconds."""
    track = [0.0] * int(length * RATE)
    for start, samples in parts:
        offset = int(start * RATE)
        for i, value in enumerate(samples):
            if offset + i < len(track):
                track[offset + i] += value
    return track


def normalised(track: list[float], peak: float = PEAK) -> array.array:
    top = max(abs(v) for v in track) or 1.0
    scale = peak * 32767 / top
    samples = array.array("h", (round(v * scale) for v in track))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def write(path: Path, track: list[float], peak: float = PEAK) -> None:
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(normalised(track, peak).tobytes())


def sounds() -> dict[str, tuple[list[float], float]]:
    c5, e5, f5, g5, c6 = 523.25, 659.26, 698.46, 783.99, 1046.50
    return {
        "phase": (
            mix(0.75, (0.0, note(c5, 0.45, decay=5.0)), (0.16, note(f5, 0.58, decay=4.5))),
            PEAK,
        ),
        "count": (note(g5 * 1.5, 0.16, attack=0.008, decay=18.0), PEAK * 0.8),
        "end": (
            mix(
                1.9,
                (0.0, note(c5, 1.1, decay=3.0)),
                (0.18, note(e5, 1.1, decay=3.0)),
                (0.36, note(g5, 1.2, decay=2.8)),
                (0.54, note(c6, 1.35, decay=2.4)),
            ),
            PEAK,
        ),
    }


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else ROOT / "assets" / "sounds"
    folder.mkdir(parents=True, exist_ok=True)
    for name, (track, peak) in sounds().items():
        path = folder / f"{name}.wav"
        write(path, track, peak)
        print(f"wrote {path} ({len(track) / RATE:.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
