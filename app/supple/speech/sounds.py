"""The short sound effects (phase change, last-seconds tick, end of routine).

The files are made by tools/make_sounds.py and shipped in assets/sounds. They
are played at their own volume: a scaled copy is written once per volume.
"""

from __future__ import annotations

from pathlib import Path

from supple import paths
from supple.speech import wavtools

SOUND_NAMES = ("phase", "count", "end")


def sounds_dir() -> Path:
    return paths.assets_dir() / "sounds"


def sound_path(name: str) -> Path:
    if name not in SOUND_NAMES:
        raise ValueError(f"unknown sound {name!r}")
    return sounds_dir() / f"{name}.wav"


def at_volume(name: str, volume: float, cache: Path) -> Path:
    """The sound's file scaled to ``volume`` (0-1), made once in ``cache``."""
    source = sound_path(name)
    step = round(min(1.0, max(0.0, volume)) * 20)  # 5 % steps: few files, no audible difference
    if step == 20:
        return source
    target = cache / f"sound-{name}-{step:02d}.wav"
    if not target.exists():
        audio = wavtools.read(source)
        tmp = target.with_suffix(".tmp")
        wavtools.write(tmp, wavtools.scaled(audio, step / 20))
        tmp.replace(target)
    return target
