"""The speech worker killed or hung during a session: the session goes on and the
voice comes back.

A real SessionController plays a routine on a FakeClock (stepped here), a real
SpeechBridge and SpeechService speak its cues through a real worker process
(the fake engine) and the real output stream on the null backend. Mid-session the worker is killed
with SIGKILL, or frozen with SIGSTOP (a hang); the session keeps running to
its end, cues after the fault are still spoken, and the voice is not reported
as lost.
"""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest
from helpers import minimal_doc
from speech_support import RecordingStream, pid_alive

from supple.routine import routine_from_document
from supple.session import FakeClock, State
from supple.settings import Settings
from supple.speech.service import Ready, SpeechProblem, Started
from supple.speech.voice import ProblemKind
from supple.ui.player.session_controller import SessionController
from supple.ui.player.speech_bridge import SpeechBridge

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL/SIGSTOP are POSIX")


def routine_doc() -> dict:
    return minimal_doc(
        defaults={"lead_in": 3, "rest": 2},
        steps=[{"title": f"Pose {name}", "hold": {"seconds": 4}} for name in "ABCDEF"],
    )


@pytest.fixture
def session(qtbot, tmp_path: Path):
    made = []

    def make():
        clock = FakeClock()
        settings = Settings(verbosity="full", sounds_enabled=False)
        controller = SessionController(clock=clock, settings=settings)
        bridge = SpeechBridge(controller, settings, engine="fake", player=RecordingStream())
        events: list[object] = []
        bridge.event.connect(events.append)
        made.append(bridge)
        qtbot.waitUntil(lambda: bridge.ready, timeout=20000)
        return clock, controller, bridge, events

    yield make
    for bridge in made:
        bridge.shutdown(1.0)


def play(qtbot, clock: FakeClock, controller: SessionController, seconds: float) -> None:
    """Step the session ``seconds`` of session time, letting real time pass for the voice."""
    steps = round(seconds / 0.25)
    for _ in range(steps):
        clock.advance(0.25)
        controller.tick()
        qtbot.wait(25)


def started_texts(events: list[object]) -> list[str]:
    return [e.utterance.text for e in events if isinstance(e, Started)]


def fault_then_recover(qtbot, session, fault: str) -> None:
    clock, controller, bridge, events = session()
    if fault == "hang":
        bridge.service._hang_timeout = lambda estimate: 0.5  # a hang is noticed in 0.5 s
    controller.start(routine_from_document(routine_doc()))
    play(qtbot, clock, controller, 12.0)  # into the second pose
    assert "Pose A" in started_texts(events)
    pid = bridge.service.worker_pid
    assert pid is not None
    readies = len([e for e in events if isinstance(e, Ready)])
    faulted_at = len(events)
    os.kill(pid, signal.SIGKILL if fault == "kill" else signal.SIGSTOP)
    try:
        # A sentence the worker must synthesise now (not from the cache): it is stuck or gone.
        bridge.test_voice("A brand new sentence after the fault.")
        assert controller.player is not None
        # To the end (the timeline leaves room for the words, so look its length up).
        play(qtbot, clock, controller, controller.player.timeline.total_seconds - 12.0 + 1.0)
        assert controller.player.state is State.FINISHED  # the session went on to its end
        qtbot.waitUntil(
            lambda: "A brand new sentence after the fault." in started_texts(events[faulted_at:]),
            timeout=20000,
        )
    finally:
        if fault == "hang" and pid_alive(pid):
            os.kill(pid, signal.SIGCONT)
    after = started_texts(events[faulted_at:])
    assert any(text.startswith("Rest") or "Pose" in text for text in after), after
    assert len([e for e in events if isinstance(e, Ready)]) > readies  # a new worker
    assert bridge.service.worker_pid not in (None, pid)
    deadline = time.monotonic() + 10
    while pid_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.02)
    assert not pid_alive(pid)  # the dead or hung worker is gone
    lost = [e for e in events if isinstance(e, SpeechProblem) and e.kind is ProblemKind.CRASHED]
    assert lost == []  # one fault does not cost the voice
    assert bridge.ready


@pytest.mark.slow
def test_the_worker_killed_mid_session(qtbot, session) -> None:
    fault_then_recover(qtbot, session, "kill")


@pytest.mark.slow
def test_the_worker_hanging_mid_session(qtbot, session) -> None:
    fault_then_recover(qtbot, session, "hang")
