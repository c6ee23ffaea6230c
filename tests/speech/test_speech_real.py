"""Real speech: the real engine (pyttsx3 + espeak-ng on Linux) in the real worker.

These synthesise cue texts to WAV files and check them as audio. Where the
engine is missing they are skipped, unless SUPPLE_REQUIRE_SPEECH is set (CI),
where a missing engine is a failure.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import pytest
from helpers import run_cli
from speech_support import EventLog, RecordingStream, played, recording_player

from supple.routine import resolve_routine
from supple.session import Priority, build_timeline
from supple.speech import wavtools
from supple.speech.oneshot import OneShot
from supple.speech.service import Finished, Ready, SpeechService, Started
from supple.speech.voice import EngineUnavailable, VoiceConfig

RMS_FLOOR = 0.02  # speech from espeak-ng at full volume sits around 0.1-0.2


PROBE_ENV = "SUPPLE_SPEECH_PROBE_ENGINE"  # only for the test of this guard below


@pytest.fixture(scope="module")
def engine_ok() -> None:
    try:
        with OneShot(os.environ.get(PROBE_ENV, "pyttsx3")) as shot:
            shot.voices()
    except EngineUnavailable as exc:
        message = f"the real speech engine is unavailable: {exc.detail}"
        if os.environ.get("SUPPLE_REQUIRE_SPEECH"):
            pytest.fail(f"{message} (SUPPLE_REQUIRE_SPEECH is set)")
        pytest.skip(message)


def cue_texts() -> list[str]:
    timeline = build_timeline(resolve_routine("lower-back-spasm-relief"))
    wanted: dict[str, str] = {}
    for segment in timeline.segments:
        for cue in segment.cues:
            wanted.setdefault(cue.category.value, cue.text)
    return list(wanted.values())


def check_speech(path: Path, text: str) -> wavtools.Audio:
    audio = wavtools.read(path)  # raises if it is not 16-bit PCM WAV
    assert audio.channels == 1
    assert audio.rate >= 8000
    words = len(text.split())
    # Plausible for the text: at 160 words a minute a word takes about 0.375 s.
    assert 0.15 <= audio.seconds <= 1.0 + words * 0.9, (text, audio.seconds)
    if words >= 4:
        assert audio.seconds >= words * 0.15, (text, audio.seconds)
    assert audio.rms > RMS_FLOOR, (text, audio.rms)
    return audio


def test_cue_texts_become_real_audio(engine_ok, tmp_path):
    texts = cue_texts()
    assert len(texts) >= 8  # titles, instructions, counts, breath, switch, rest, complete...
    lengths = {}
    with OneShot("pyttsx3") as shot:
        for i, text in enumerate(texts):
            path = tmp_path / f"cue-{i}.wav"
            seconds, found = shot.synthesize(text, path, VoiceConfig(rate=160))
            assert found
            audio = check_speech(path, text)
            assert seconds == pytest.approx(audio.seconds, abs=0.01)
            lengths[text] = audio.seconds
    longest = max(texts, key=lambda t: len(t.split()))
    shortest = min(texts, key=lambda t: len(t.split()))
    assert lengths[longest] > lengths[shortest] * 2


def test_rate_and_volume_change_the_audio(engine_ok, tmp_path):
    text = "Breathing in, arch your back slowly and lift your head last."
    with OneShot("pyttsx3") as shot:
        slow, _ = shot.synthesize(text, tmp_path / "slow.wav", VoiceConfig(rate=100))
        fast, _ = shot.synthesize(text, tmp_path / "fast.wav", VoiceConfig(rate=300))
        shot.synthesize(text, tmp_path / "quiet.wav", VoiceConfig(rate=160, volume=0.3))
        shot.synthesize(text, tmp_path / "loud.wav", VoiceConfig(rate=160, volume=1.0))
    assert slow > fast * 1.8
    quiet = wavtools.read(tmp_path / "quiet.wav").rms
    loud = wavtools.read(tmp_path / "loud.wav").rms
    assert quiet < loud * 0.6


def test_voices_are_listed_and_a_chosen_voice_is_used(engine_ok, tmp_path):
    with OneShot("pyttsx3") as shot:
        voices = shot.voices()
        assert voices and all(v.id and v.name for v in voices)
        other = voices[len(voices) // 2]
        _, found = shot.synthesize("Hello.", tmp_path / "a.wav", VoiceConfig(other.id))
        assert found
        _, found = shot.synthesize("Hello.", tmp_path / "b.wav", VoiceConfig("no/such-voice"))
        assert not found  # falls back to the default voice, and says so
        check_speech(tmp_path / "b.wav", "Hello.")


def test_the_service_speaks_real_cues_through_the_stream(engine_ok, tmp_path):
    output = RecordingStream()
    events = EventLog()
    service = SpeechService("pyttsx3", player=output, on_event=events)
    service.start()
    try:
        events.wait_for(lambda e: isinstance(e, Ready))
        service.say("Switch sides. Now the right side.", Priority.CRITICAL, step=0)
        service.say("3", Priority.COUNT, step=0, late=0.0)
        finished = events.wait_for(
            lambda e: isinstance(e, Finished) and e.utterance.text.startswith("Switch")
        )
        assert finished.completed
        started = [e for e in events.of(Started)]
        assert started[0].utterance.text.startswith("Switch")
        speech = check_speech(started[0].utterance.wav, started[0].utterance.text)
        path, voice = output.played[0]
        assert path == started[0].utterance.wav
        # The stream carried the words: as loud as the file, for as long (at its own rate).
        assert voice.voice.clip.seconds == pytest.approx(speech.seconds, abs=0.01)
        heard = wavtools.Audio(output.samples(), 44100)
        assert heard.rms > RMS_FLOOR / 4
        assert output.loud_seconds() > speech.seconds * 0.5
    finally:
        service.shutdown(1.0)


def test_cli_speak_writes_a_wav(engine_ok, tmp_path):
    out = tmp_path / "switch.wav"
    result = run_cli(
        "speak", "Switch sides. Now the right side.", "--rate", "180", "--out", str(out)
    )
    assert result.returncode == 0, result.stderr
    assert "wrote" in result.stdout
    check_speech(out, "Switch sides. Now the right side.")


def test_cli_speak_aloud_uses_the_player(engine_ok, tmp_path):
    log = tmp_path / "played.log"
    player = recording_player(log).command
    assert player is not None
    import shlex

    env = {"SUPPLE_AUDIO_PLAYER": shlex.join(player)}
    result = run_cli("speak", "Rest. Next up: Cat-cow.", env=env)
    assert result.returncode == 0, result.stderr
    assert [row[0] for row in played(log)] == ["start", "end"]


def test_cli_voices_lists_ids_names_and_languages(engine_ok):
    result = run_cli("voices")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["ID", "NAME", "LANGUAGE"]
    if sys.platform.startswith("linux"):
        assert any(line.startswith("gmw/en") for line in lines)


def test_synthesis_latency_is_small(engine_ok, tmp_path):
    """Not a limit: prints the measured latency per cue (for the record)."""
    with OneShot("pyttsx3") as shot:
        times = []
        for i, text in enumerate(cue_texts()):
            begin = time.perf_counter()
            shot.synthesize(text, tmp_path / f"l{i}.wav", VoiceConfig())
            times.append(time.perf_counter() - begin)
    print(
        f"synthesis latency per cue: max {max(times) * 1000:.0f} ms, "
        f"mean {sum(times) / len(times) * 1000:.0f} ms"
    )
    assert all(t > 0 for t in times)


@pytest.mark.parametrize(("require", "outcome"), [("1", "error"), ("", "skipped")])
def test_a_missing_engine_fails_when_speech_is_required(tmp_path, require, outcome):
    """The CI guarantee: with SUPPLE_REQUIRE_SPEECH=1 these tests cannot silently skip."""
    import subprocess

    env = dict(os.environ, **{PROBE_ENV: "fake:missing", "SUPPLE_REQUIRE_SPEECH": require})
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-q",
            "-p",
            "no:cacheprovider",
            f"{__file__}::test_voices_are_listed_and_a_chosen_voice_is_used",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=120,
    )
    assert f"1 {outcome}" in result.stdout, result.stdout[-2000:]
    if require:
        assert result.returncode != 0
        assert "SUPPLE_REQUIRE_SPEECH is set" in result.stdout
    else:
        assert result.returncode == 0
