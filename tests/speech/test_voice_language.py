"""A voice for the routine's language, chosen from the real engine's voices.

With no voice in the settings, a German cue is spoken by espeak-ng's German
voice; a voice the person chose still wins. Skipped without the engine, unless
SUPPLE_REQUIRE_SPEECH is set (CI).
"""

from __future__ import annotations

import array
import os
from pathlib import Path

import pytest
from helpers import run_cli

from supple.speech import wavtools
from supple.speech.durations import voice_key
from supple.speech.oneshot import OneShot
from supple.speech.voice import EngineUnavailable, VoiceConfig, VoiceInfo
from supple.speech.voice_choice import choose_voice, voice_language

RMS_FLOOR = 0.02  # as test_speech_real: espeak-ng speech at full volume is 0.1-0.2
GERMAN_CUE = "Seite wechseln. Jetzt rechts."


@pytest.fixture(scope="module")
def shot() -> OneShot:
    try:
        with OneShot("pyttsx3") as one:
            one.voices()
            yield one
    except EngineUnavailable as exc:
        message = f"the real speech engine is unavailable: {exc.detail}"
        if os.environ.get("SUPPLE_REQUIRE_SPEECH"):
            pytest.fail(f"{message} (SUPPLE_REQUIRE_SPEECH is set)")
        pytest.skip(message)


def samples(path: Path) -> array.array[int]:
    return wavtools.read(path).samples


def rms(path: Path) -> float:
    data = samples(path)
    return (sum(s * s for s in data) / max(1, len(data))) ** 0.5 / 32768.0


def test_the_engine_has_a_german_and_a_spanish_voice(shot: OneShot) -> None:
    voices = shot.voices()
    german = choose_voice(voices, "de")
    spanish = choose_voice(voices, "es")
    assert german is not None and spanish is not None
    by_id = {v.id: v for v in voices}
    assert by_id[german].language.lower().startswith("de")
    assert by_id[spanish].language.lower().startswith("es")
    assert not german.startswith("mb/")  # MBROLA voices need data that may be missing


def test_a_german_cue_is_spoken_by_the_german_voice(shot: OneShot, tmp_path: Path) -> None:
    german = choose_voice(shot.voices(), "de")
    assert german is not None
    default = tmp_path / "default.wav"
    shot.synthesize(GERMAN_CUE, default, VoiceConfig())
    assert shot.spoken_language.startswith("en")  # espeak-ng's own report of its voice
    chosen = tmp_path / "chosen.wav"
    seconds, found = shot.synthesize(GERMAN_CUE, chosen, VoiceConfig(language="de"))
    assert found and seconds > 0.8
    assert shot.spoken_language == "de"
    assert rms(chosen) > RMS_FLOOR  # speech, not silence
    # As long as the German voice takes for it (espeak-ng varies a little between runs).
    explicit = tmp_path / "explicit.wav"
    same, _ = shot.synthesize(GERMAN_CUE, explicit, VoiceConfig(voice_id=german))
    assert abs(seconds - same) < 0.05 * same


def test_a_chosen_voice_wins_over_the_language(shot: OneShot, tmp_path: Path) -> None:
    spanish = choose_voice(shot.voices(), "es")
    assert spanish is not None
    both = tmp_path / "both.wav"
    _, found = shot.synthesize(GERMAN_CUE, both, VoiceConfig(voice_id=spanish, language="de"))
    assert found and shot.spoken_language.startswith("es")
    assert rms(both) > RMS_FLOOR


def test_a_language_without_a_voice_keeps_the_default(shot: OneShot, tmp_path: Path) -> None:
    other = tmp_path / "other.wav"
    _, found = shot.synthesize("Hold.", other, VoiceConfig(language="zz"))
    assert found and shot.spoken_language.startswith("en")


def test_choosing_prefers_the_exact_tag_then_the_plain_language() -> None:
    voices = [
        VoiceInfo("mb/mb-de1", "german-mbrola-1", "de"),
        VoiceInfo("roa/es-419", "Spanish (Latin America)", "es-419"),
        VoiceInfo("roa/es", "Spanish (Spain)", "es"),
        VoiceInfo("gmw/de", "German", "de"),
    ]
    assert choose_voice(voices, "de-AT") == "gmw/de"
    assert choose_voice(voices, "es") == "roa/es"
    assert choose_voice(voices, "es-419") == "roa/es-419"
    assert choose_voice(voices, "es-MX") == "roa/es"
    assert choose_voice(voices, "fr") is None


def test_lengths_are_kept_per_language_unless_a_voice_is_chosen() -> None:
    assert voice_language("", "de-AT") == "de-at"
    assert voice_language("", "en-GB") == ""  # the default voice speaks English
    assert voice_language("gmw/de", "es") == ""  # the chosen voice wins
    english = voice_key("", 160, "pyttsx3", "en")
    assert english.text == "pyttsx3||160" == voice_key("", 160, "pyttsx3").text
    assert voice_key("", 160, "pyttsx3", "de").text == "pyttsx3||160|de"
    assert voice_key("gmw/de", 160, "pyttsx3", "es").text == "pyttsx3|gmw/de|160"


def test_cli_speak_in_german_writes_german_speech(shot: OneShot, tmp_path: Path) -> None:
    out = tmp_path / "de.wav"
    done = run_cli("speak", "--language", "de", "--out", str(out), "Einatmen. Ausatmen.")
    assert done.returncode == 0, done.stderr
    assert rms(out) > RMS_FLOOR
    german = tmp_path / "german.wav"
    voice = choose_voice(shot.voices(), "de")
    assert voice is not None
    seconds, _ = shot.synthesize("Einatmen. Ausatmen.", german, VoiceConfig(voice_id=voice))
    assert abs(wavtools.read(out).seconds - seconds) < 0.05 * seconds
