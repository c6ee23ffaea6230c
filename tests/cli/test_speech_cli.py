"""`supple voices` and `supple speak` without a working engine: clear words, exit 1."""

from __future__ import annotations

from helpers import run_cli

MISSING = {"SUPPLE_SPEECH_ENGINE": "fake:missing"}


def test_voices_without_an_engine_says_how_to_fix_it():
    result = run_cli("voices", env=MISSING)
    assert result.returncode == 1
    assert "voice is unavailable" in result.stderr
    assert "install" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_speak_without_an_engine_says_how_to_fix_it(tmp_path):
    result = run_cli("speak", "Hello", "--out", str(tmp_path / "x.wav"), env=MISSING)
    assert result.returncode == 1
    assert "voice is unavailable" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "x.wav").exists()


def test_speak_with_the_fake_engine_writes_a_wav(tmp_path):
    out = tmp_path / "x.wav"
    result = run_cli(
        "speak", "One two three", "--out", str(out), env={"SUPPLE_SPEECH_ENGINE": "fake"}
    )
    assert result.returncode == 0, result.stderr
    assert out.stat().st_size > 1000


def test_speak_rejects_bad_arguments(tmp_path):
    assert run_cli("speak", "hi", "--rate", "5").returncode == 2
    assert run_cli("speak", "hi", "--rate", "fast").returncode == 2
    result = run_cli("speak", "hi", "--out", str(tmp_path / "x.mp3"))
    assert result.returncode == 2 and ".wav" in result.stderr
    result = run_cli("speak", "   ")
    assert result.returncode == 2


def test_speak_into_a_missing_folder_is_a_clear_error(tmp_path):
    result = run_cli(
        "speak",
        "hi",
        "--out",
        str(tmp_path / "nope" / "x.wav"),
        env={"SUPPLE_SPEECH_ENGINE": "fake"},
    )
    assert result.returncode == 1
    assert "no such folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_speak_without_any_player_is_a_clear_error():
    result = run_cli(
        "speak",
        "hi",
        env={"SUPPLE_SPEECH_ENGINE": "fake", "SUPPLE_AUDIO_PLAYER": "no-such-player-xyz"},
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr


def test_speak_says_a_language_no_slower_than_a_session_does(tmp_path, supple_home):
    """With the person's own rate (60), German is said at its slowest rate (100), as a
    session says it (session/fit.py); a --rate asked for is used as it is. Real espeak-ng:
    the same rate writes the same audio."""
    import json

    from supple import paths

    paths.settings_path().parent.mkdir(parents=True, exist_ok=True)
    paths.settings_path().write_text(json.dumps({"rate": 60}), encoding="utf-8")

    def wav(name: str, *options: str) -> bytes:
        out = tmp_path / name
        done = run_cli("speak", "eins zwei drei", "--language", "de", "--out", str(out), *options)
        assert done.returncode == 0, done.stderr
        return out.read_bytes()

    own = wav("own.wav")
    assert own == wav("at-100.wav", "--rate", "100")
    assert own != wav("at-60.wav", "--rate", "60")
