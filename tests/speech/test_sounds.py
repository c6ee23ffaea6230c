"""The sound effects: generated in the project, soft, click-free, and the shipped files current."""

from __future__ import annotations

import subprocess
import sys

import pytest
from helpers import ROOT

from supple.speech import sounds, wavtools

NAMES = ("phase", "count", "end")


@pytest.mark.parametrize("name", NAMES)
def test_shipped_sounds_are_soft_short_and_click_free(name):
    audio = wavtools.read(sounds.sound_path(name))
    assert audio.channels == 1 and audio.rate == 44100
    assert 0.1 <= audio.seconds <= 2.5
    assert 0.2 <= audio.peak <= 0.6  # audible, never harsh
    assert audio.rms > 0.02
    s = audio.samples
    # Starts and ends at (near) silence: no click.
    assert abs(s[0]) < 50 and abs(s[-1]) < 50
    edge = int(0.001 * audio.rate)
    assert max(abs(v) for v in s[:edge]) < 0.05 * 32768
    assert max(abs(v) for v in s[-edge:]) < 0.05 * 32768
    # No jump between neighbouring samples anywhere (a click is a discontinuity).
    biggest = max(abs(s[i + 1] - s[i]) for i in range(len(s) - 1))
    assert biggest < 0.12 * 32768


def test_the_shipped_files_are_what_the_generator_writes(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_sounds.py"), str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    for name in NAMES:
        made = wavtools.read(tmp_path / f"{name}.wav")
        shipped = wavtools.read(sounds.sound_path(name))
        # Equal up to the last bit (another platform's libm may round one sample differently).
        assert len(made.samples) == len(shipped.samples), f"{name}.wav is stale: run make_sounds"
        assert max(abs(a - b) for a, b in zip(made.samples, shipped.samples, strict=True)) <= 1


def test_a_sound_at_a_lower_volume_is_scaled_once(tmp_path):
    quiet = sounds.at_volume("phase", 0.25, tmp_path)
    again = sounds.at_volume("phase", 0.25, tmp_path)
    assert quiet == again and quiet.parent == tmp_path
    full = wavtools.read(sounds.sound_path("phase"))
    assert wavtools.read(quiet).peak == pytest.approx(full.peak / 4, rel=0.02)
    assert sounds.at_volume("phase", 1.0, tmp_path) == sounds.sound_path("phase")
    with pytest.raises(ValueError):
        sounds.sound_path("nope")
