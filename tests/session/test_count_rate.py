"""A count is never dropped and never late, even at the slowest rate the Settings allow.

Counts ("3", "2", "1") are a second apart, so each must be said within its second.
espeak-ng's German "zwei" takes 1.02 s at its slowest (80 wpm and below): a language
whose counts do not fit is spoken at its slowest rate that does (session/fit.py,
``speaking_rate``), measured, fitted and played alike. The real-speech tests
synthesise with the de, es and English voices through the speech worker (skipped
without the engine, unless SUPPLE_REQUIRE_SPEECH is set, as in CI).
"""

from __future__ import annotations

import os
from typing import Any

import pytest

from supple.routine import resolve_routine
from supple.session import Verbosity
from supple.session.fit import COUNT_SPARE, SLOWEST_RATE, speaking_rate
from supple.session.pacing import pacing, planned_timeline, spoken_texts
from supple.settings import Settings, from_dict
from supple.speech.durations import SpokenLengths, VoiceKey, voice_key
from supple.speech.rehearsal import Sink, rehearse
from supple.speech.voice import EngineUnavailable

SLOWEST_SETTING = 60  # the Settings' slowest rate (checked below)
COUNTS = ["3", "2", "1"]
BUNDLED = (
    "back-walk",
    "daily-back-care",
    "desk-break",
    "lower-back-spasm-relief",
    "quick-spasm-relief",
)


def test_the_settings_allow_no_slower_rate_than_the_one_tested() -> None:
    assert from_dict({"rate": SLOWEST_SETTING})[1] == []
    assert from_dict({"rate": SLOWEST_SETTING - 1})[1] != []


def test_only_a_language_whose_counts_do_not_fit_is_spoken_faster() -> None:
    assert speaking_rate(SLOWEST_SETTING, "de") == SLOWEST_RATE["de"]
    assert speaking_rate(SLOWEST_SETTING, "de-AT") == SLOWEST_RATE["de"]
    assert speaking_rate(SLOWEST_SETTING, "de_CH.UTF-8") == SLOWEST_RATE["de"]
    assert speaking_rate(SLOWEST_RATE["de"] + 1, "de") == SLOWEST_RATE["de"] + 1
    assert speaking_rate(160, "de") == 160
    for language in ("", "en", "es", "fr"):
        assert speaking_rate(SLOWEST_SETTING, language) == SLOWEST_SETTING


def test_what_is_measured_is_what_the_fit_estimates_for() -> None:
    """The lengths' key and the fit's rate are the same raised rate (the voice plays it:
    tests/ui/player/test_speech_bridge.py)."""
    for language in ("", "de", "es"):
        fit = pacing(Settings(rate=SLOWEST_SETTING), language=language).speech
        assert fit is not None
        key = voice_key("", SLOWEST_SETTING, "pyttsx3", language)
        assert key.rate == fit.words_per_minute == speaking_rate(SLOWEST_SETTING, language)
        assert voice_key("fake/high", SLOWEST_SETTING, "fake", language).rate == key.rate


# -- real synthesised speech ---------------------------------------------------------
@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> SpokenLengths:
    lengths = SpokenLengths(tmp_path_factory.mktemp("lengths") / "speech-lengths.json")
    try:
        lengths.measure(["3"], voice_key("", 160, "pyttsx3", "de"))
    except EngineUnavailable as exc:
        message = f"the real speech engine is unavailable: {exc.detail}"
        if os.environ.get("SUPPLE_REQUIRE_SPEECH"):
            pytest.fail(f"{message} (SUPPLE_REQUIRE_SPEECH is set)")
        pytest.skip(message)
    return lengths


def raw_key(rate: int, language: str) -> VoiceKey:
    """The key for ``rate`` as it is, not raised (how the voice spoke before)."""
    key = voice_key("", 160, "pyttsx3", language)
    return VoiceKey(key.engine, key.voice, rate, key.language)


@pytest.mark.parametrize("language", ["", "de", "es"])
def test_every_count_is_said_within_its_second_at_the_slowest_setting(
    store: SpokenLengths, language: str
) -> None:
    measured = store.measure(COUNTS, voice_key("", SLOWEST_SETTING, "pyttsx3", language))
    assert set(measured) == set(COUNTS)
    too_long = {text: s for text, s in measured.items() if s > 1.0 - COUNT_SPARE}
    assert too_long == {}, (language or "en", too_long)


def test_german_counts_need_the_raised_rate_and_no_more(store: SpokenLengths) -> None:
    """Without the raise, "zwei" runs into the next count; ten words a minute slower
    than the raised rate it already does not fit (the raise is as small as it can be)."""
    slowest = SLOWEST_RATE["de"]
    for rate in (SLOWEST_SETTING, slowest - 10):
        measured = store.measure(COUNTS, raw_key(rate, "de"))
        assert max(measured.values()) > 1.0 - COUNT_SPARE, (rate, measured)
    at_floor = store.measure(COUNTS, raw_key(slowest, "de"))
    assert max(at_floor.values()) <= 1.0 - COUNT_SPARE, at_floor


@pytest.mark.parametrize("language", ["", "de", "es"])
def test_no_count_is_late_or_dropped_at_the_slowest_setting(
    store: SpokenLengths, language: str
) -> None:
    """Every bundled routine, in the language, at the slowest rate: fitted to the real
    lengths and played on the fake clock through the stream the app uses."""
    key = voice_key("", SLOWEST_SETTING, "pyttsx3", language)
    for name in BUNDLED:
        routine = resolve_routine(name).localized(language)
        lengths: dict[str, Any] = store.measure(spoken_texts(routine, Verbosity.FULL), key)
        for verbosity in (Verbosity.FULL, Verbosity.COUNTS):
            settings = Settings(rate=SLOWEST_SETTING, verbosity=verbosity.value)
            timeline = planned_timeline(routine, pacing(settings, lengths, language=language))
            result = rehearse(
                timeline, lengths.__getitem__, verbosity, Sink.persistent_stream(0.5, 0.01)
            )
            assert result.counts(), name
            assert result.dropped_counts() == [], (name, verbosity)
            for heard in result.counts():
                assert heard.started is not None, (name, heard.cue.text)
                assert heard.started - heard.due <= 0.01 + 1e-6, (name, heard.cue.text)
