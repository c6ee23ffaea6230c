"""Spoken cues in the routine's language: the phrase table, and German and Spanish
timelines fitted to real espeak-ng lengths and played on a stepped fake clock.

The real-speech tests measure with the de and es voices through the speech worker
(skipped without the engine, unless SUPPLE_REQUIRE_SPEECH is set). speech/rehearsal.py
drives the real session Player on a FakeClock and the real CueQueue.
"""

from __future__ import annotations

import os
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import routine_docs

from supple.routine import Routine, resolve_routine, routine_from_document
from supple.session import SegmentKind, Verbosity, build_timeline
from supple.session.estimate import estimated_seconds_exact
from supple.session.fit import estimated_seconds_to_say, is_moment
from supple.session.pacing import pacing, planned_seconds, planned_timeline, spoken_texts
from supple.session.phrases import ENGLISH, LANGUAGES, TABLE, Phrases, phrases_for
from supple.settings import Settings
from supple.speech.durations import SpokenLengths, voice_key
from supple.speech.rehearsal import Sink, rehearse
from supple.speech.voice import EngineUnavailable

BUNDLED = (
    "back-walk",
    "daily-back-care",
    "desk-break",
    "lower-back-spasm-relief",
    "quick-spasm-relief",
)


def said(routine: Routine) -> set[str]:
    return {cue.text for seg in build_timeline(routine).segments for cue in seg.cues}


# -- the table -------------------------------------------------------------------------
def test_every_language_has_every_phrase_and_its_own_words() -> None:
    assert set(LANGUAGES) == {"en", "de", "es"}
    for language, words in TABLE.items():
        assert isinstance(words, Phrases) and words.language == language
        for slot in Phrases.__slots__:
            assert getattr(words, slot), (language, slot)
        if language != "en":
            # nothing of it is English (digits aside)
            assert not set(words.fixed()) & set(ENGLISH.fixed()), language
            assert words.switch_sides("left") != ENGLISH.switch_sides("left")


def test_the_voice_addresses_the_person_as_the_gui_does() -> None:
    """German "Sie" (or a coach's plain infinitive), Spanish "tú", as supple_de.ts and
    supple_es.ts: no "du" in the German phrases, no "usted" in the Spanish ones."""
    du = re.compile(r"\b(du|dich|dir|dein\w*)\b", re.IGNORECASE)
    usted = re.compile(r"\b(usted|ustedes)\b", re.IGNORECASE)
    for language, address in (("de", du), ("es", usted)):
        words = TABLE[language]
        texts = [*words.fixed(), words.hold_for, words.keep_going_for, words.first_side]
        texts += [words.switch, words.rest, words.rep, words.rep_side]
        assert [t for t in texts if address.search(t)] == [], language


def test_a_language_tag_finds_its_table_and_others_speak_english() -> None:
    assert phrases_for("de-AT") is TABLE["de"]
    assert phrases_for("es_MX.UTF-8") is TABLE["es"]
    assert phrases_for("fr") is ENGLISH
    assert phrases_for(None) is ENGLISH


def test_a_german_routine_says_german_cues_and_no_english_phrase() -> None:
    routine = resolve_routine("lower-back-spasm-relief").localized("de")
    assert routine.language == "de"
    texts = said(routine)
    german = TABLE["de"]
    assert german.get_ready in texts
    assert german.switch_sides("right") in texts  # the supine twist, both sides
    assert german.breathe_in in texts and german.last_breath_out in texts
    assert german.repetition(2, 8, None) in texts  # hip lifts
    assert german.rest_next(routine.steps[1].title) in texts
    assert german.complete in texts
    assert not texts & set(ENGLISH.fixed())
    assert not any(t.startswith(("Rep ", "Switch sides", "Rest. Next up")) for t in texts)


def test_side_to_side_reps_name_the_side_in_spanish() -> None:
    routine = resolve_routine("quick-spasm-relief").localized("es")
    texts = said(routine)
    assert "Repetición 1 de 4, lado izquierdo." in texts
    assert "Repetición 2 de 4, lado derecho." in texts


def test_the_closed_form_agrees_with_the_timeline_in_every_language() -> None:
    for name in BUNDLED:
        for language in LANGUAGES:
            routine = resolve_routine(name).localized(language)
            pace = pacing(Settings(rate=130), {}, language=language)
            timeline = planned_timeline(routine, pace)
            assert abs(planned_seconds(routine, pace) - timeline.estimated_seconds) < 1e-6
            assert (
                abs(estimated_seconds_exact(routine) - build_timeline(routine).total_seconds) < 1e-6
            )


@given(routine_docs(), st.sampled_from(LANGUAGES), st.integers(60, 400), st.floats(0.5, 2.0))
@settings(max_examples=80, suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_any_routine_in_any_language_fits_its_words_and_the_closed_form_agrees(
    doc: dict[str, Any], language: str, rate: int, slowness: float
) -> None:
    """A routine in German or Spanish (its phrases, estimated or measured slower or
    faster): the library's figure is the timeline's, and no word runs past its segment."""
    doc = dict(doc, language=language)
    routine = routine_from_document(doc)
    base = pacing(Settings(rate=rate), {}, language=language).speech
    assert base is not None
    lengths = {t: base.seconds_to_say(t) * slowness for t in spoken_texts(routine, Verbosity.FULL)}
    pace = pacing(Settings(rate=rate), lengths, language=language)
    timeline = planned_timeline(routine, pace)
    assert abs(planned_seconds(routine, pace) - timeline.estimated_seconds) < 1e-6
    speech = pace.speech
    assert speech is not None
    for segment in timeline.segments:
        for cue in segment.cues:
            assert cue.text not in ENGLISH.fixed() or language == "en" or cue.text.isdigit()
            if segment.duration is not None and not is_moment(cue):  # words, not moments
                assert cue.offset + speech.room(cue) <= segment.duration + 1e-6, cue.text


# -- real synthesised speech ---------------------------------------------------------
@pytest.fixture(scope="module")
def real(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """measure(texts, rate, language) -> real espeak-ng lengths in that language's voice."""
    store = SpokenLengths(tmp_path_factory.mktemp("lengths") / "speech-lengths.json")

    def measure(texts: list[str], rate: int, language: str) -> dict[str, float]:
        return store.measure(texts, voice_key("", rate, "pyttsx3", language))

    try:
        measure(["3"], 160, "de")
    except EngineUnavailable as exc:
        message = f"the real speech engine is unavailable: {exc.detail}"
        if os.environ.get("SUPPLE_REQUIRE_SPEECH"):
            pytest.fail(f"{message} (SUPPLE_REQUIRE_SPEECH is set)")
        pytest.skip(message)
    return measure


@pytest.mark.parametrize("language", ["de", "es"])
@pytest.mark.parametrize("rate", [100, 160, 220])
def test_a_translated_routines_cues_never_collide(real: Any, language: str, rate: int) -> None:
    """Every bundled routine in German and Spanish, fitted to its own voice's measured
    lengths and played on the fake clock: no count or hold start is late or dropped,
    and nothing talks over a count."""
    for name in BUNDLED:
        routine = resolve_routine(name).localized(language)
        lengths = real(spoken_texts(routine, Verbosity.FULL), rate, language)
        for verbosity in (Verbosity.FULL, Verbosity.BRIEF):
            settings = Settings(rate=rate, verbosity=verbosity.value)
            timeline = planned_timeline(routine, pacing(settings, lengths, language=language))
            for overhead in (0.5, 1.0):  # what the app plays through: one open stream
                sink = Sink.persistent_stream(overhead)
                result = rehearse(timeline, lengths.__getitem__, verbosity, sink)
                assert result.counts(), name
                assert result.dropped_counts() == [], (name, verbosity)
                assert result.talking_over_counts() == [], [
                    (c.cue.text, o.cue.text) for c, o in result.talking_over_counts()
                ]
                for heard in result.counts() + result.hold_starts():
                    assert heard.started is not None, heard.cue.text
                    late = heard.started - heard.due
                    assert abs(late) < 1e-6, (name, heard.cue.text)


def test_german_words_take_their_own_room(real: Any) -> None:
    """The fit uses the German voice's lengths: the same routine's lead-ins differ from
    the English ones, each long enough for what is said in it."""
    english = resolve_routine("daily-back-care")
    german = english.localized("de")
    en = real(spoken_texts(english, Verbosity.FULL), 160, "")
    de = real(spoken_texts(german, Verbosity.FULL), 160, "de")
    en_plan = planned_timeline(english, pacing(Settings(rate=160), en))
    de_plan = planned_timeline(german, pacing(Settings(rate=160), de, language="de"))
    leads = [
        (a.duration, b.duration)
        for a, b in zip(en_plan.segments, de_plan.segments, strict=True)
        if a.kind is SegmentKind.LEAD_IN
    ]
    assert leads and any(en_s != de_s for en_s, de_s in leads)
    for segment in de_plan.segments:
        if segment.kind is SegmentKind.LEAD_IN:
            words = sum(
                de[c.text] + 0.25 for c in segment.cues if c.text in de and not c.text.isdigit()
            )
            assert words <= (segment.duration or 0) - 3 + 1e-6, segment.title


@pytest.mark.parametrize("language", ["de", "es"])
def test_the_estimate_for_unmeasured_text_is_generous_in_each_language(
    real: Any, language: str
) -> None:
    """What is not measured yet is estimated (fit.estimated_seconds_to_say): for every
    cue of the bundled routines in that language, at a slow, the usual and a fast rate,
    the estimate is at least what the language's voice really takes."""
    texts: dict[str, None] = {}
    for name in BUNDLED:
        texts.update(
            dict.fromkeys(spoken_texts(resolve_routine(name).localized(language), Verbosity.FULL))
        )
    texts.update(dict.fromkeys(TABLE[language].fixed()))
    for rate in (80, 160, 300):
        measured = real(list(texts), rate, language)
        short = {
            text: (seconds, estimated_seconds_to_say(text, rate, language))
            for text, seconds in measured.items()
            if seconds > estimated_seconds_to_say(text, rate, language)
        }
        assert short == {}, (rate, short)
