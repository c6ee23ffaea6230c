"""The output stream against a real sound server: a private PulseAudio with a null
sink, started here, its monitor recorded with parec.

* A real routine's cues go through the real SpeechService (the real voice) on
  the real clock; every utterance the service started is found in the
  recording, in order. The figures are printed; the timing target (onset error
  p99 <= 50 ms) is benchmarks/bench_audio.py's, not asserted here.
* The server killed mid-utterance: the service says so, keeps answering, and
  plays again once a server is back.

Needs pulseaudio and pulseaudio-utils; skipped without them unless
SUPPLE_REQUIRE_TOOLS is set (CI), where that is a failure.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from speech_support import EventLog, wait_until

from supple.session.cues import Priority
from supple.speech.audio import StreamOutput
from supple.speech.oneshot import OneShot
from supple.speech.service import (
    OUTPUT_RETRY,
    Dropped,
    Finished,
    SpeechProblem,
    SpeechService,
    Started,
)
from supple.speech.voice import EngineUnavailable, ProblemKind

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
import soundserver

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PulseAudio on Linux"),
]

LONG = "Lie on your back on the mat with your knees bent and your feet flat on the floor."


@pytest.fixture
def server(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    if not soundserver.tools_present():
        message = "pulseaudio and pulseaudio-utils are not installed"
        if os.environ.get("SUPPLE_REQUIRE_TOOLS"):
            pytest.fail(f"{message} (SUPPLE_REQUIRE_TOOLS is set)")
        pytest.skip(message)
    # A short folder: a unix socket path must stay under 108 bytes.
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="supple-pa-"))
    sound = soundserver.SoundServer(folder)
    sound.start()
    monkeypatch.setenv("PULSE_SERVER", sound.address)
    yield sound
    sound.stop()
    import shutil

    shutil.rmtree(folder, ignore_errors=True)


def real_engine() -> str:
    try:
        with OneShot("pyttsx3") as shot:
            shot.voices()
    except EngineUnavailable as exc:
        if os.environ.get("SUPPLE_REQUIRE_SPEECH"):
            pytest.fail(f"the real speech engine is unavailable: {exc.detail}")
        pytest.skip(f"the real speech engine is unavailable: {exc.detail}")
    return "pyttsx3"


def pulse_output() -> StreamOutput:
    return StreamOutput(backends=["pulseaudio"])


def test_a_real_routines_utterances_are_heard_in_order(server):
    engine = real_engine()
    recorder = soundserver.Recorder(server)
    recorder.wait_flowing()
    services: list[SpeechService] = []

    def factory(on_event):
        service = SpeechService(engine, player=pulse_output(), on_event=on_event)
        services.append(service)
        service.start()
        return service

    try:
        run = soundserver.play_routine(factory, "quick-spasm-relief", 30.0)
        recording = recorder.stop()
        heard = soundserver.locate(run, recording)
    finally:
        for service in services:
            service.shutdown(1.0)
    assert not run.problems
    assert len(heard) >= 6, [s.text for s in run.said]
    missing = [s.text for s in heard if s.onset is None]
    assert missing == []  # every utterance the service started is in the recording
    onsets = [s.onset for s in heard]
    assert onsets == sorted(onsets)  # in the order they were said
    # Each was heard after it was planned (a clip never starts before its moment)
    # and near the service's own estimate: what the figures below measure.
    errors = [1000 * (s.onset - s.planned) for s in heard if s.free]
    against_estimate = [1000 * (s.onset - s.started) for s in heard]
    print(
        f"\n{len(heard)} utterances heard; onset - plan (words free when due), ms: "
        f"p50 {soundserver.percentile(errors, 0.5):.1f}, "
        f"p99 {soundserver.percentile(errors, 0.99):.1f}, max {max(errors, default=0):.1f}; "
        f"onset - service estimate, ms: p50 {soundserver.percentile(against_estimate, 0.5):.1f}, "
        f"max {max(against_estimate, key=abs):.1f}"
    )
    assert all(error > -20 for error in errors), errors


def test_a_server_that_vanishes_is_reported_and_sound_comes_back(server):
    events = EventLog()
    service = SpeechService("fake", player=pulse_output(), on_event=events)
    service.start()
    try:
        output = service.player
        assert isinstance(output, StreamOutput)
        service.prepare([LONG])  # a session begins: the stream opens before its first cue
        wait_until(output.flowing)
        service.say(LONG, Priority.NORMAL, step=0)
        events.wait_for(lambda e: isinstance(e, Started) and e.utterance.text == LONG)
        server.kill()
        problem = events.wait_for(lambda e: isinstance(e, SpeechProblem))
        assert problem.kind is ProblemKind.PLAYBACK_FAILED
        assert "sound output stopped" in problem.detail
        cut = events.wait_for(lambda e: isinstance(e, Finished) and e.utterance.text == LONG)
        assert cut.completed is False
        # The conductor still answers: no server, so the words are dropped, not stuck.
        service.say("Nobody hears this.", step=0)
        events.wait_for(lambda e: isinstance(e, Dropped) and e.utterance.text.startswith("Nobody"))
        server.start()
        time.sleep(OUTPUT_RETRY + 0.2)  # the next attempt to open it is due
        recorder = soundserver.Recorder(server)
        recorder.wait_flowing()
        service.say("Back again.", step=0)
        again = events.wait_for(
            lambda e: isinstance(e, Finished) and e.utterance.text == "Back again.", timeout=30
        )
        assert again.completed
        recording = recorder.stop()
        assert soundserver.audible(recording.samples) != (0, 0)  # and it was heard
        assert len(events.of(SpeechProblem)) == 1  # one notice for the loss, none while it was away
    finally:
        begin = time.monotonic()
        service.shutdown(1.0)
        assert time.monotonic() - begin < 1.5
