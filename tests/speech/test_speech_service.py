"""The speech service end to end: a real worker process (with the fake engine),
the real output stream and mixer on miniaudio's null backend (the recording
stand-in for a sound card), real kills and restarts. The process player, kept
as the fallback, has its own tests at the end."""

from __future__ import annotations

import os
import signal
import sys
import time
from pathlib import Path

import pytest
from speech_support import (
    EventLog,
    RecordingStream,
    pid_alive,
    played,
    recording_player,
    wait_until,
    wav_seconds,
)

from supple.session.cues import Priority
from supple.speech import wavtools
from supple.speech.audio import ProcessPlayer, StreamOutput
from supple.speech.mixer import FADE, RATE
from supple.speech.service import (
    Dropped,
    Finished,
    Ready,
    SoundStarted,
    SpeechProblem,
    SpeechService,
    Started,
)
from supple.speech.voice import ProblemKind, VoiceConfig

LONG = "Lie on your back on the mat with your knees bent and your feet flat on the floor."


def is_started(text: str):
    return lambda e: isinstance(e, Started) and e.utterance.text == text


def is_finished(text: str, completed: bool | None = None):
    return lambda e: (
        isinstance(e, Finished)
        and e.utterance.text == text
        and (completed is None or e.completed is completed)
    )


def is_dropped(text: str, reason: str | None = None):
    return lambda e: (
        isinstance(e, Dropped)
        and e.utterance.text == text
        and (reason is None or e.reason == reason)
    )


@pytest.fixture
def log(tmp_path: Path) -> Path:
    return tmp_path / "played.log"


@pytest.fixture
def output() -> RecordingStream:
    return RecordingStream()


@pytest.fixture
def make_service(output: RecordingStream):
    services: list[SpeechService] = []

    def make(engine: str = "fake", player: object | None = None, **kwargs):
        events = EventLog()
        service = SpeechService(
            engine,
            player=player if player is not None else output,  # type: ignore[arg-type]
            on_event=events,
            **kwargs,
        )
        services.append(service)
        service.start()
        return service, events

    yield make
    for service in services:
        service.shutdown(1.0)


def playing_pid(log: Path, path: Path) -> int:
    for what, pid, file in played(log):
        if what == "start" and file == str(path):
            return pid
    raise AssertionError(f"{path} never started; log: {played(log)}")


def wait_started_in_log(log: Path, path: Path, timeout: float = 20.0) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            return playing_pid(log, path)
        except AssertionError:
            time.sleep(0.01)
    return playing_pid(log, path)


def test_cues_are_spoken_in_order_one_after_another(make_service, output):
    service, events = make_service()
    for text, priority in (("Cat-cow", Priority.CRITICAL), ("Arch your back.", 2), ("Go.", 2)):
        service.say(text, priority, step=0)
    events.wait_for(is_finished("Go.", True))
    order = [(type(e).__name__, e.utterance.text) for e in events.events if hasattr(e, "utterance")]
    assert order == [
        ("Started", "Cat-cow"),
        ("Finished", "Cat-cow"),
        ("Started", "Arch your back."),
        ("Finished", "Arch your back."),
        ("Started", "Go."),
        ("Finished", "Go."),
    ]
    spans = [(e.at, e.utterance.text) for e in events.events if isinstance(e, Started | Finished)]
    assert [at for at, _ in spans] == sorted(at for at, _ in spans)  # never two voices at once
    voices = [voice for _, voice in output.played]
    assert len(voices) == 3 and all(v.completed for v in voices)
    # What left the stream is the three clips, each in full.
    clips = sum(v.voice.clip.frames - v.voice.skip for v in voices) / RATE
    assert output.loud_seconds() == pytest.approx(clips, rel=0.05)


def assert_cut_off(voice, output: RecordingStream) -> None:
    """The clip stopped well before its end, and nothing more of it is rendered."""
    wait_until(voice.done)
    assert not voice.completed
    rendered = voice.voice.rendered
    assert rendered < voice.voice.clip.frames / 2
    if output.available:  # ten more periods of the stream: it would have gone on by then
        later = len(output.blocks) + 10
        wait_until(lambda: len(output.blocks) >= later)
    assert voice.voice.rendered == rendered


def test_a_new_steps_title_cuts_off_a_stale_instruction(make_service, output):
    service, events = make_service()
    service.say(LONG, Priority.NORMAL, step=0)
    service.say("Breathe out slowly as you round your back.", Priority.NORMAL, step=0)
    started = events.wait_for(is_started(LONG))
    voice = output.voice_for(started.utterance.wav)
    wait_until(lambda: voice.voice.rendered > 0)
    service.say("Child's pose", Priority.CRITICAL, step=1)
    events.wait_for(is_started("Child's pose"))
    assert events.wait_for(is_finished(LONG)).completed is False
    assert events.wait_for(is_dropped("Breathe out slowly as you round your back.", "stale"))
    assert_cut_off(voice, output)  # the stale voice is really silent


def test_switch_sides_is_never_cut_by_the_next_cue(make_service):
    service, events = make_service()
    service.say("Switch sides. Now the right side.", Priority.CRITICAL, step=0)
    events.wait_for(is_started("Switch sides. Now the right side."))
    service.say("Rest. Next up: Cat-cow.", Priority.CRITICAL, step=0)
    service.say("Cat-cow", Priority.CRITICAL, step=1)
    events.wait_for(is_finished("Cat-cow", True))
    assert events.wait_for(is_finished("Switch sides. Now the right side.")).completed
    assert events.wait_for(is_finished("Rest. Next up: Cat-cow.")).completed
    assert not events.of(Dropped)


def test_a_count_that_would_start_late_is_dropped(make_service):
    service, events = make_service()
    service.say(LONG, Priority.NORMAL, step=0)
    events.wait_for(is_started(LONG))
    service.say("3", Priority.COUNT, step=0)
    events.wait_for(is_dropped("3", "late"))
    events.wait_for(is_finished(LONG, True))
    assert not [e for e in events.of(Started) if e.utterance.text == "3"]


def test_a_count_on_time_is_spoken(make_service):
    service, events = make_service()
    events.wait_for(lambda e: isinstance(e, Ready))
    service.say("3", Priority.COUNT, step=0)
    events.wait_for(is_finished("3", True))


def test_silence_cuts_off_at_once_and_forgets_the_queue(make_service, output):
    service, events = make_service()
    service.say(LONG, step=0)
    service.say("Then this.", step=0)
    started = events.wait_for(is_started(LONG))
    voice = output.voice_for(started.utterance.wav)
    wait_until(lambda: voice.voice.rendered > 0)
    service.silence()
    finished = events.wait_for(is_finished(LONG))
    assert finished.completed is False
    assert finished.at - started.at < wav_seconds(started.utterance.wav)
    assert events.wait_for(is_dropped("Then this.", "silenced"))
    assert_cut_off(voice, output)
    # Still speaks afterwards.
    service.say("Again.", step=0)
    events.wait_for(is_finished("Again.", True))


def test_repeated_texts_are_synthesised_once(make_service):
    service, events = make_service()
    service.say("Exhale.", Priority.COUNT, step=0)
    first = events.wait_for(is_finished("Exhale.", True)).utterance
    service.say("Exhale.", Priority.COUNT, step=0)
    events.wait_for(lambda e: is_finished("Exhale.", True)(e) and e.utterance is not first)
    second = [e.utterance for e in events.of(Started)][-1]
    assert second.wav == first.wav


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_worker_is_restarted_and_speaks_again(make_service):
    service, events = make_service()
    events.wait_for(lambda e: isinstance(e, Ready))
    pid = service.worker_pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    service.say("Still here.", step=0)
    events.wait_for(is_finished("Still here.", True))
    assert len(events.of(Ready)) == 2
    assert service.worker_pid not in (None, pid)
    assert not events.of(SpeechProblem)


def test_a_hung_worker_is_killed_restarted_and_the_next_cue_spoken(make_service):
    service, events = make_service(hang_timeout=lambda estimate: 0.5)
    events.wait_for(lambda e: isinstance(e, Ready))
    first_pid = service.worker_pid
    service.say("[hang] stuck", step=0)
    service.say("After the hang.", step=0)
    events.wait_for(is_finished("After the hang.", True))
    assert events.wait_for(is_dropped("[hang] stuck", "failed"))
    assert len(events.of(Ready)) >= 2
    assert not pid_alive(first_pid)
    assert not events.of(SpeechProblem)


def test_a_worker_that_keeps_crashing_is_reported_and_can_be_retried(make_service):
    service, events = make_service()
    service.say("[crash] one", step=0)
    service.say("[crash] two", step=0)
    problem = events.wait_for(lambda e: isinstance(e, SpeechProblem))
    assert problem.kind is ProblemKind.CRASHED
    service.say("Nobody hears this.", step=0)
    events.wait_for(is_dropped("Nobody hears this.", "unavailable"))
    service.play_sound("count", 1.0)  # sounds go on without the voice
    events.wait_for(lambda e: isinstance(e, SoundStarted))
    ready_before = len(events.of(Ready))
    service.retry()
    events.wait_for(lambda e: isinstance(e, Ready) and len(events.of(Ready)) > ready_before)
    service.say("Back again.", step=0)
    events.wait_for(is_finished("Back again.", True))


@pytest.mark.parametrize(
    ("engine", "kind"),
    [("fake:missing", ProblemKind.ENGINE_MISSING), ("fake:novoices", ProblemKind.NO_VOICES)],
)
def test_no_engine_or_no_voices_is_reported_and_sounds_still_play(make_service, engine, kind):
    service, events = make_service(engine)
    problem = events.wait_for(lambda e: isinstance(e, SpeechProblem))
    assert problem.kind is kind
    service.say("Cat-cow", Priority.CRITICAL, step=0)
    events.wait_for(is_dropped("Cat-cow", "unavailable"))
    service.play_sound("phase", 0.5)
    events.wait_for(lambda e: isinstance(e, SoundStarted))
    got = []
    service.request_voices(got.append)
    deadline = time.monotonic() + 20
    while not got and time.monotonic() < deadline:
        time.sleep(0.01)
    assert got == [[]]


def test_no_audio_player_is_reported(make_service):
    service, events = make_service(player=ProcessPlayer(None))
    service.say("Cat-cow", Priority.CRITICAL, step=0)
    problem = events.wait_for(lambda e: isinstance(e, SpeechProblem))
    assert problem.kind is ProblemKind.NO_PLAYER
    events.wait_for(is_dropped("Cat-cow", "unavailable"))


def test_no_output_device_is_reported_and_the_voice_goes_on_without_sound(make_service):
    # A backend this machine has no device for (no sound server runs in the tests).
    service, events = make_service(player=StreamOutput(backends=["oss"]))
    events.wait_for(lambda e: isinstance(e, Ready))
    service.say("Cat-cow", Priority.CRITICAL, step=0)
    problem = events.wait_for(lambda e: isinstance(e, SpeechProblem))
    assert problem.kind is ProblemKind.NO_PLAYER
    assert "no sound output device could be opened" in problem.detail
    events.wait_for(is_dropped("Cat-cow", "unavailable"))
    service.play_sound("count", 1.0)
    service.say("Still going.", step=0)
    events.wait_for(is_dropped("Still going.", "unavailable"))
    assert len(events.of(SpeechProblem)) == 1  # told once, not at every cue


def test_a_failing_player_is_reported(make_service):
    failing = ProcessPlayer([sys.executable, "-c", "import sys; sys.exit('no sound device')"])
    service, events = make_service(player=failing)
    service.say("Cat-cow", Priority.CRITICAL, step=0)
    problem = events.wait_for(lambda e: isinstance(e, SpeechProblem))
    assert problem.kind is ProblemKind.PLAYBACK_FAILED
    assert "no sound device" in problem.detail


def test_sounds_play_at_their_own_volume(make_service, output):
    service, events = make_service()
    service.play_sound("count", 0.5)
    events.wait_for(lambda e: isinstance(e, SoundStarted))
    path, voice = output.played[0]
    wait_until(voice.done)
    from supple.speech.sounds import sound_path

    full = wavtools.read(sound_path("count"))
    half = wavtools.read(path)
    assert half.seconds == pytest.approx(full.seconds)
    assert half.peak == pytest.approx(full.peak / 2, rel=0.02)
    heard = max(abs(s) for s in output.samples()) / 32768
    assert heard == pytest.approx(full.peak / 2, rel=0.05)  # and that is what left the stream


def test_a_sound_and_words_overlap_in_the_stream(make_service, output):
    service, events = make_service()
    service.say(LONG, step=0)
    started = events.wait_for(is_started(LONG))
    words = output.voice_for(started.utterance.wav)
    wait_until(lambda: words.voice.rendered > RATE // 4)
    service.play_sound("phase", 1.0)
    events.wait_for(lambda e: isinstance(e, SoundStarted))
    tick = next(v for p, v in output.played if p.name == "phase.wav")
    wait_until(tick.done)
    assert not words.done()  # the words go on under the sound, not after it
    assert tick.completed
    assert (
        words.voice.start_frame
        < tick.voice.start_frame
        < words.voice.start_frame + (words.voice.clip.frames)
    )
    # Where both play, the stream holds their sum.
    begin = tick.voice.start_frame
    mixed = output.samples()
    word_part = words.voice.clip.samples[begin - words.voice.start_frame + words.voice.skip :]
    tick_part = tick.voice.clip.samples
    total = [max(-32768, min(32767, a + b)) for a, b in zip(word_part, tick_part, strict=False)]
    assert list(mixed[begin : begin + 2000]) == total[:2000]
    service.silence()
    assert_cut_off(words, output)
    assert FADE < RATE // 100


def test_voices_are_listed_from_the_engine(make_service):
    service, _events = make_service()
    got = []
    service.request_voices(got.append)
    deadline = time.monotonic() + 20
    while not got and time.monotonic() < deadline:
        time.sleep(0.01)
    assert [v.id for v in got[0]] == ["fake/low", "fake/high"]


def test_test_voice_uses_the_given_voice_and_cuts_off_speech(make_service):
    service, events = make_service()
    service.say(LONG, step=0)
    events.wait_for(is_started(LONG))
    service.test_voice("Testing.", VoiceConfig("fake/high", 200, 0.5))
    started = events.wait_for(is_started("Testing."))
    assert events.wait_for(is_finished(LONG)).completed is False
    audio = wavtools.read(started.utterance.wav)
    assert 0.3 < audio.seconds < 2.0 and audio.rms > 0.01


def test_quitting_with_a_hung_worker_returns_within_a_second(make_service):
    service, events = make_service()
    events.wait_for(lambda e: isinstance(e, Ready))
    pid = service.worker_pid
    service.say("[hang] forever", step=0)
    # The request is in the worker's pipe: it takes it before any "quit" and never answers.
    wait_until(lambda: service.in_flight is not None and service.in_flight.job is not None)
    assert service.in_flight.job.utterance.text == "[hang] forever"
    begin = time.monotonic()
    service.shutdown(1.0)
    elapsed = time.monotonic() - begin
    assert elapsed < 1.0  # the spec: quitting never waits on the voice for more than a second
    deadline = time.monotonic() + 5
    while pid_alive(pid) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert not pid_alive(pid)


def test_quitting_while_speaking_silences_and_closes_the_stream(make_service, output):
    service, events = make_service()
    service.say(LONG, step=0)
    started = events.wait_for(is_started(LONG))
    voice = output.voice_for(started.utterance.wav)
    wait_until(lambda: voice.voice.rendered > 0)
    service.shutdown(1.0)
    assert not output.available
    assert_cut_off(voice, output)


# -- the fallback: a player process per file --------------------------------------------
def test_the_process_player_speaks_in_order_and_is_killed_to_cut_off(make_service, log):
    service, events = make_service(player=recording_player(log))
    service.say("Cat-cow", Priority.CRITICAL, step=0)
    service.say(LONG, Priority.NORMAL, step=0)
    started = events.wait_for(is_started(LONG))
    pid = wait_started_in_log(log, started.utterance.wav)
    assert events.wait_for(is_finished("Cat-cow")).completed
    service.say("Child's pose", Priority.CRITICAL, step=1)
    events.wait_for(is_finished("Child's pose", True))
    assert events.wait_for(is_finished(LONG)).completed is False
    assert not pid_alive(pid)
    rows = played(log)
    assert [r[0] for r in rows][:2] == ["start", "end"]  # never two voices at once
    assert len([r for r in rows if r[0] == "start"]) == 3


def test_the_stream_opens_when_needed_and_again_after_an_idle_close(make_service, output):
    service, events = make_service(idle_close=0.5)
    events.wait_for(lambda e: isinstance(e, Ready))
    assert not output.available  # not opened at start: nothing needs it yet
    service.prepare(["Cat-cow"])  # a session begins: open it before its first cue
    wait_until(lambda: output.available)
    wait_until(lambda: not output.available)
    service.say("Again.", step=0)
    events.wait_for(is_finished("Again.", True))
    assert output.played[-1][1].completed
    assert not events.of(SpeechProblem)
