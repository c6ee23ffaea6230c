"""The measuring of the library's words leaves no worker behind when the app quits.

A benchmark child once quit while this worker was still starting: the worker lived
on and wrote byte-code into a folder being removed. Here a real worker (the fake
engine's slow variant, 0.3 s a text) is caught mid-measurement and shut down.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from supple.routine.library import Library
from supple.session.cues import Verbosity
from supple.session.pacing import spoken_texts
from supple.settings import Settings
from supple.speech.durations import shared, voice_key
from supple.ui.player.speech_lengths import SpeechLengths


def worker_children() -> list[int]:
    """Live children of this process that run the speech worker."""
    found: list[int] = []
    for task in Path("/proc/self/task").iterdir():
        try:
            pids = (task / "children").read_text().split()
        except OSError:
            continue
        for pid in pids:
            try:
                command = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ")
                state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
            except OSError:
                continue
            if b"supple.speech" in command and state != "Z":
                found.append(int(pid))
    return found


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux's /proc")
def test_shutdown_kills_a_measuring_worker_and_keeps_nothing_half_done(qtbot: Any) -> None:
    routines = list(Library.scan().routines)
    lengths = SpeechLengths(engine="fake:slow")
    settings = Settings(verbosity="full", rate=160)
    before = set(worker_children())
    thread = lengths.measure(routines, settings)
    assert thread is not None
    qtbot.waitUntil(lambda: bool(set(worker_children()) - before), timeout=20_000)
    lengths.shutdown(timeout=5.0)
    assert not thread.is_alive()
    assert set(worker_children()) <= before, "a speech worker outlived shutdown"
    key = voice_key(settings.voice_id, settings.rate, "fake:slow")
    # Slow texts take 0.3 s each: the measurement was cut short, not finished.
    texts = {text for routine in routines for text in spoken_texts(routine, Verbosity.FULL)}
    assert len(shared().lengths(key)) < len(texts)
    assert lengths.measure(routines, settings) is None  # nothing starts after shutdown
