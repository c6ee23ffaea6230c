"""The stand-in audio player of the speech tests (support/speech_support.py) is real:
a child process that "plays" a WAV file for its length and logs it."""

from __future__ import annotations

from pathlib import Path

from speech_support import played, recording_player


def test_recording_player_plays_for_the_file_length(tmp_path: Path) -> None:
    from supple.speech.engine import write_tone

    wav = tmp_path / "tone.wav"
    write_tone(wav, 0.2, 440.0)
    log = tmp_path / "played.log"
    playback = recording_player(log).play(wav)
    playback._process.wait(timeout=20)
    assert [row[0] for row in played(log)] == ["start", "end"]
    assert playback.failed() is None
