"""One timeline fitted to what will be said, played on a fake clock through the real queue.

The lengths are measured from real synthesised speech (espeak-ng through the
speech worker) where the tests say so; those are skipped without the engine,
unless SUPPLE_REQUIRE_SPEECH is set (CI). speech/rehearsal.py drives the real
session Player on a FakeClock and the real CueQueue with the service's rules;
only the sound output is modelled (a process per utterance, or one stream).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from helpers import run_cli
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import routine_docs

from supple.routine import Routine, resolve_routine, routine_from_document
from supple.session import Category, SegmentKind, Verbosity, build_timeline
from supple.session.fit import (
    COUNTDOWN_FROM,
    SpeechFit,
    count_cues,
    fitted,
    is_moment,
    late_moments,
)
from supple.session.pacing import pacing, planned_seconds, planned_timeline, spoken_texts
from supple.settings import Settings
from supple.speech.durations import SpokenLengths, VoiceKey, voice_key
from supple.speech.rehearsal import Rehearsal, Sink, rehearse
from supple.speech.voice import EngineUnavailable

BUNDLED = ("back-walk", "daily-back-care", "lower-back-spasm-relief", "quick-spasm-relief")

# Everything that makes words collide, in one routine: long instructions, two sides
# with switches, repetitions with a short release, breaths counted with repetitions,
# a custom cue just before the end of a hold, a halfway and a rest.
COLLISIONS: dict[str, Any] = {
    "format": "supple-routine",
    "version": 1,
    "id": "collisions",
    "title": "Collisions",
    "defaults": {"lead_in": 5, "rest": 2, "breath": {"inhale": 3, "pause": 1, "exhale": 3}},
    "steps": [
        {
            "title": "Hamstring stretch with a very long name for a slow voice",
            "instructions": [
                "Lie on your back with both knees bent and both feet flat on the floor.",
                "Loop a towel around one foot and straighten that leg toward the ceiling.",
                "Keep the other knee bent and your lower back resting on the floor.",
            ],
            "hold": {"seconds": 20},
            "reps": {"count": 3, "release": 2},
            "sides": "both",
            "cues": [{"at": 18, "text": "Keep breathing slowly and let the leg soften."}],
        },
        {
            "title": "Breathing bridge",
            "instructions": ["Lift your hips as you breathe in, lower them as you breathe out."],
            "hold": {"breaths": 3},
            "reps": {"count": 2, "release": 4},
        },
        {"title": "Short hold", "hold": {"seconds": 4}, "reps": {"count": 2, "release": 1}},
    ],
}


@pytest.fixture(scope="module")
def lengths_store(tmp_path_factory: pytest.TempPathFactory) -> SpokenLengths:
    return SpokenLengths(tmp_path_factory.mktemp("lengths") / "speech-lengths.json")


@pytest.fixture(scope="module")
def real(lengths_store: SpokenLengths) -> Any:
    """measure(texts, rate) -> real espeak-ng lengths (through the speech worker)."""

    def measure(texts: list[str], rate: int) -> dict[str, float]:
        return lengths_store.measure(texts, voice_key("", rate, "pyttsx3"))

    try:
        measure(["3"], 160)
    except EngineUnavailable as exc:
        message = f"the real speech engine is unavailable: {exc.detail}"
        if os.environ.get("SUPPLE_REQUIRE_SPEECH"):
            pytest.fail(f"{message} (SUPPLE_REQUIRE_SPEECH is set)")
        pytest.skip(message)
    return measure


def fitted_timeline(routine: Routine, rate: int, verbosity: Verbosity, lengths: dict[str, float]):
    return planned_timeline(
        routine, pacing(Settings(rate=rate, verbosity=verbosity.value), lengths)
    )


def play(timeline: Any, lengths: dict[str, float], verbosity: Verbosity, sink: Sink) -> Rehearsal:
    return rehearse(timeline, lengths.__getitem__, verbosity, sink)


def assert_heard_on_time(result: Rehearsal, latency: float = 0.0) -> None:
    assert result.dropped_counts() == [], [
        (h.cue.text, h.due, h.dropped) for h in result.dropped_counts()
    ]
    assert result.talking_over_counts() == [], [
        (c.cue.text, c.due, o.cue.text, o.started, o.ended) for c, o in result.talking_over_counts()
    ]
    for heard in result.counts() + result.hold_starts():
        assert heard.started is not None, heard.cue.text
        assert abs(heard.started - heard.due - latency) < 1e-6, (heard.cue.text, heard.due)


# -- the fit's arithmetic ------------------------------------------------------------
def test_a_transition_grows_until_its_words_end_before_the_count() -> None:
    speech = SpeechFit()
    assert fitted(6, 2.5, speech) == 6  # 2.5 s of words, then 3, 2, 1 from 3 s
    assert fitted(6, 3.2, speech) == 7
    assert fitted(2, 1.5, speech) == 2  # too short for a count: the words fit
    assert fitted(2, 2.5, speech) == 3
    assert fitted(2, 3.5, speech) == 7  # 4 s has a count: 3.5 s of words, then 3 s
    assert fitted(10, 20.0, None) == 10  # nothing said: the routine's length
    for minimum in range(0, 12):
        for tenths in range(1, 120):
            duration = fitted(minimum, tenths / 10, speech)
            counts = count_cues(duration)
            end_of_words = counts[0].offset if counts else duration
            assert tenths / 10 <= end_of_words + 1e-9
            assert duration >= minimum


def test_words_in_a_hold_follow_its_start_and_move_before_the_count() -> None:
    speech = SpeechFit(Verbosity.FULL, 160, lengths={"Rep 2 of 8.": 1.0, "Hold.": 0.5})
    routine = routine_from_document(
        {
            **COLLISIONS,
            "steps": [
                {
                    "title": "Hold",
                    "hold": {"seconds": 10},
                    "reps": {"count": 8, "release": 5},
                    "cues": [{"at": 6, "text": "A long reminder that cannot end before the count"}],
                }
            ],
        }
    )
    timeline = build_timeline(routine, speech=speech)
    second = next(s for s in timeline.segments if s.kind is SegmentKind.HOLD and s.rep == 2)
    said = [(c.offset, c.text) for c in second.cues]
    # The moment first, the words when it has been said (0.5 s and a 0.25 s pause).
    assert said[0] == (0.0, "Hold.") and said[1] == (0.75, "Rep 2 of 8.")
    reminder = next(c for c in second.cues if c.category is Category.CUSTOM)
    first_count = min(c.offset for c in second.cues if c.category is Category.COUNT)
    assert reminder.offset < 6  # moved earlier so that it ends before the "3"
    room = speech.seconds_to_say(reminder.text) + speech.pause_seconds
    assert reminder.offset + room <= first_count + 1e-9
    assert late_moments(second.cues, speech) == []


def test_words_with_no_room_are_left_out_rather_than_make_a_count_late() -> None:
    speech = SpeechFit(Verbosity.FULL, 160, lengths={"Far too much to say in a short hold.": 9.0})
    doc = {
        **COLLISIONS,
        "steps": [
            {
                "title": "Hold",
                "hold": {"seconds": 8},
                "cues": [{"at": 1, "text": "Far too much to say in a short hold."}],
            }
        ],
    }
    timeline = build_timeline(routine_from_document(doc), speech=speech)
    hold = next(s for s in timeline.segments if s.kind is SegmentKind.HOLD)
    assert [c.category for c in hold.cues if c.category is Category.CUSTOM] == []
    quiet = build_timeline(routine_from_document(doc))  # no voice: the cue is shown
    assert any(c.category is Category.CUSTOM for s in quiet.segments for c in s.cues)


_lengths = st.dictionaries(
    st.sampled_from(["3", "2", "1", "Hold.", "Release."]), st.floats(0.1, 0.6)
)


@given(routine_docs(), st.sampled_from(list(Verbosity)), st.integers(60, 400), st.floats(0.5, 2.5))
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_no_words_make_a_moment_late_and_the_closed_form_agrees(
    doc: dict[str, Any], verbosity: Verbosity, rate: int, slowness: float
) -> None:
    """For any routine and voice, words never make a moment late: transitions grow,
    words in holds move or are left out (a moment itself can be too long for what
    follows it, a "Breathe in." in a 1 s breath: no timeline can help that);
    nothing runs past its segment; the library's figure is the timeline's."""
    routine = routine_from_document(doc)
    texts = spoken_texts(routine, Verbosity.FULL)
    base = SpeechFit(verbosity, rate)
    lengths = {t: base.seconds_to_say(t) * slowness for t in texts}
    pace = pacing(Settings(rate=rate, verbosity=verbosity.value), lengths)
    timeline = planned_timeline(routine, pace)
    assert abs(planned_seconds(routine, pace) - timeline.estimated_seconds) < 1e-6
    speech = pace.speech
    if speech is None:
        return
    for segment in timeline.segments:
        late = late_moments(segment.cues, speech)
        moments_only = [c for c in segment.cues if is_moment(c)]
        assert late == late_moments(moments_only, speech), [c.text for c in segment.cues]
        for cue in segment.cues:
            if not is_moment(cue) and cue.spoken_at(verbosity) and segment.duration is not None:
                assert cue.offset + speech.room(cue) <= segment.duration + 1e-6


# -- real synthesised speech ---------------------------------------------------------
@pytest.mark.parametrize("rate", [100, 160, 220])
def test_every_bundled_routine_is_heard_on_time_with_a_persistent_stream(
    real: Any, rate: int
) -> None:
    for name in BUNDLED:
        routine = resolve_routine(name)
        lengths = real(spoken_texts(routine, Verbosity.FULL), rate)
        for verbosity in (Verbosity.FULL, Verbosity.BRIEF, Verbosity.COUNTS):
            timeline = fitted_timeline(routine, rate, verbosity, lengths)
            result = play(timeline, lengths, verbosity, Sink.persistent_stream(1.0))
            assert result.counts(), name
            assert_heard_on_time(result)


def test_collisions_at_a_slow_voice_in_verbose_mode(real: Any) -> None:
    """Rate 100, full verbosity: long instructions, switches, reps with a 2 s
    release, breaths with reps, a custom cue 2 s before a hold's end."""
    routine = routine_from_document(COLLISIONS)
    lengths = real(spoken_texts(routine, Verbosity.FULL), 100)
    timeline = fitted_timeline(routine, 100, Verbosity.FULL, lengths)
    result = play(timeline, lengths, Verbosity.FULL, Sink.persistent_stream(0.5))
    assert_heard_on_time(result)
    segments = timeline.segments
    # The switch grew from 6 s: "Switch sides. Now the right side." takes ~3.7 s at 100.
    switch = next(s for s in segments if s.kind is SegmentKind.SWITCH)
    words = lengths["Switch sides. Now the right side."]
    assert words > 3.0 and switch.duration is not None and switch.duration > 6
    assert words <= switch.duration - COUNTDOWN_FROM
    # Each release is the least whole seconds, at least the routine's, in which its words
    # (measured) and their pauses end before its "3" (or its end when too short for one).
    speech = SpeechFit(Verbosity.FULL, 100, lengths=lengths)
    for segment in (s for s in segments if s.kind is SegmentKind.RELEASE):
        assert segment.duration is not None
        words = speech.seconds_for(c for c in segment.cues if c.category is not Category.COUNT)
        counts = [c.offset for c in segment.cues if c.category is Category.COUNT]
        assert words <= (counts[0] if counts else segment.duration) + 1e-9
        minimum = COLLISIONS["steps"][segment.step]["reps"]["release"]
        shorter = segment.duration - 1
        assert segment.duration == minimum or words > shorter - (3 if shorter > 3 else 0)
    # A 3 s inhale (breaths) and a 4 s hold have no room for "Rep 2 of 2." after their
    # moment: it is said in the release before them, which grew for it.
    for step in (1, 2):
        release = next(s for s in segments if s.kind is SegmentKind.RELEASE and s.step == step)
        assert "Rep 2 of 2." in [c.text for c in release.cues]
        assert (
            release.duration is not None
            and release.duration > COLLISIONS["steps"][step]["reps"]["release"]
        )
    said = [h.cue.text for h in result.heard if h.cue.category is Category.REP]
    assert said.count("Rep 1 of 2.") == 2 and said.count("Rep 2 of 2.") == 2  # steps 1, 2
    assert said.count("Rep 3 of 3.") == 2  # step 0, both sides
    # The custom cue, due 2 s before the end, was said before the 3-2-1 instead.
    reminder = [h for h in result.heard if h.cue.category is Category.CUSTOM]
    assert len(reminder) == 6  # 3 reps on each of 2 sides
    for heard in reminder:
        three = min(c.due for c in result.counts() if c.cue.text == "3" and c.due > heard.due)
        assert heard.ended is not None and heard.ended <= three - 0.25 + 1e-9
        assert heard.cue.offset < 17  # planned at 18 s into its 20 s hold, moved before the 3
    # Each repetition: "Hold." at its moment, "Rep N of M." right after it.
    for hold in (h for h in result.heard if h.cue.category is Category.START):
        rep = next(
            (h for h in result.heard if h.cue.category is Category.REP and h.due == hold.due), None
        )
        if rep is not None:
            assert rep.started is not None and hold.ended is not None
            assert rep.started >= hold.ended - 1e-9
    # The 4 s hold at rate 100 says the short start, which ends before its "3".
    short = [h for h in result.heard if h.step == 2 and h.cue.category is Category.START]
    assert {h.cue.text for h in short} == {"Hold."}
    # Breath cues with reps: "Breathe in." at its moment, the rep after it.
    breaths = [h for h in result.heard if h.cue.category is Category.BREATH]
    assert breaths and all(h.started == h.due for h in breaths)


def test_the_old_output_drops_counts_that_the_new_one_keeps(real: Any) -> None:
    """The measure can fail: a process per utterance with 1 s of overhead loses counts
    and says "Hold" late on the same timeline that the persistent stream plays on time."""
    routine = resolve_routine("quick-spasm-relief")
    lengths = real(spoken_texts(routine, Verbosity.FULL), 160)
    timeline = fitted_timeline(routine, 160, Verbosity.FULL, lengths)
    old = play(timeline, lengths, Verbosity.FULL, Sink.process_per_utterance(1.0))
    new = play(timeline, lengths, Verbosity.FULL, Sink.persistent_stream(1.0))
    assert len(old.dropped_counts()) > 10
    assert max(old.lateness()) > 1.0
    assert_heard_on_time(new)


def test_lengths_are_measured_per_rate_and_kept(real: Any, lengths_store: SpokenLengths) -> None:
    slow = real(["Switch sides. Now the right side."], 100)
    fast = real(["Switch sides. Now the right side."], 220)
    text = "Switch sides. Now the right side."
    assert slow[text] > 1.8 * fast[text]  # measured, not a fixed guess
    again = SpokenLengths(lengths_store.path)  # a new process reads the same file
    assert again.lengths(voice_key("", 100, "pyttsx3"))[text] == slow[text]


# -- the cache -----------------------------------------------------------------------
def test_the_length_cache_synthesises_only_what_is_missing(tmp_path: Path) -> None:
    store = SpokenLengths(tmp_path / "cache" / "speech-lengths.json")
    key = VoiceKey("fake", "", 160)
    first = store.measure(["Hold.", "Rep 1 of 2."], key)
    assert set(first) == {"Hold.", "Rep 1 of 2."} and all(s > 0 for s in first.values())
    store.add(key, {"Hold.": 42.0})  # a marker: re-synthesis would overwrite it
    assert store.measure(["Hold.", "Exhale."], key)["Hold."] == 42.0
    assert store.lengths(VoiceKey("fake", "", 100)) == {}  # another rate: nothing yet
    assert set(SpokenLengths(store.path).lengths(key)) == {"Hold.", "Rep 1 of 2.", "Exhale."}


def test_a_damaged_length_cache_reads_as_empty_and_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "speech-lengths.json"
    path.write_text("{not json", encoding="utf-8")
    store = SpokenLengths(path)
    key = VoiceKey("fake", "", 160)
    assert store.lengths(key) == {}
    store.add(key, {"3": 0.4})
    assert json.loads(path.read_text(encoding="utf-8"))["voices"]["fake||160"] == {"3": 0.4}


def test_the_cache_lives_under_supple_home() -> None:
    from supple.speech.durations import shared

    assert Path(os.environ["SUPPLE_HOME"]) in shared().path.parents


# -- one timeline everywhere ----------------------------------------------------------
def test_plan_is_what_the_session_plays_and_the_library_shows(real: Any) -> None:
    """`supple plan` with the person's settings (rate 100 here) and the session's
    timeline and the library's closed form give the same seconds, from one cache."""
    from supple import settings as settings_file
    from supple.speech.spoken_pacing import session_estimate, session_timeline

    person = Settings(rate=100, verbosity="full", lead_in=12)
    settings_file.save(person)
    for name in ("quick-spasm-relief", "lower-back-spasm-relief"):
        plan = run_cli("plan", name, "--json")
        assert plan.returncode == 0, plan.stderr
        document = json.loads(plan.stdout)
        assert document["pacing"]["rate"] == "100 wpm (your setting)"
        assert "measured with pyttsx3" in document["pacing"]["speech_lengths"]
        routine = resolve_routine(name)
        played = session_timeline(routine, person)
        assert document["total_seconds"] == played.total_seconds
        assert document["estimated_seconds"] == played.estimated_seconds
        assert session_estimate(routine, person) == played.estimated_seconds
        assert played.segments[0].duration is not None and played.segments[0].duration >= 12
    slow = json.loads(run_cli("plan", "quick-spasm-relief", "--json").stdout)
    faster = json.loads(run_cli("plan", "quick-spasm-relief", "--json", "--rate", "220").stdout)
    assert faster["pacing"]["rate"] == "220 wpm"
    assert faster["total_seconds"] < slow["total_seconds"]  # less room needed for words
    table = run_cli("plan", "quick-spasm-relief", "--verbosity", "counts")
    assert "for your settings" in table.stdout and "verbosity counts" in table.stdout


def test_plan_rejects_a_rate_out_of_range() -> None:
    result = run_cli("plan", "quick-spasm-relief", "--rate", "1000")
    assert result.returncode == 2 and "60-400" in result.stderr


# -- the app measures after its first frame ------------------------------------------
def test_the_app_measures_its_library_off_the_gui_thread_and_refreshes_durations(
    main_window, qtbot: Any, monkeypatch: pytest.MonkeyPatch, user_routines: Path, tmp_path: Path
) -> None:
    """Services measure every routine's words with the app's engine (the fake one
    here, through SUPPLE_SPEECH_ENGINE) after paint; the library's durations and the
    session's timeline then leave room for the measured words, and agree."""
    from helpers import write_json
    from speech_support import recording_player

    from supple.session.clock import monotonic as monotonic_clock
    from supple.speech.durations import shared
    from supple.speech.spoken_pacing import session_estimate, session_timeline
    from supple.ui.shell.compose import Services

    monkeypatch.setenv("SUPPLE_SPEECH_ENGINE", "fake")
    write_json(user_routines / "collisions.json", COLLISIONS)
    person = Settings(safety_acknowledged=True, rate=100, verbosity="full")
    window = main_window(settings=person, clock=monotonic_clock, show=False, size=None)
    routine = window.library.by_id("collisions")
    assert routine is not None
    key = voice_key("", 100)
    assert key.engine == "fake" and shared().lengths(key) == {}
    estimated = session_estimate(routine, person)
    services = Services(window, speech_player=recording_player(tmp_path / "played.log"))
    try:
        assert services.lengths is not None
        with qtbot.waitSignal(services.lengths.measured, timeout=60_000):
            pass
        measured = shared().lengths(key)
        assert set(spoken_texts(routine, Verbosity.FULL)) <= set(measured)
        planned = session_timeline(routine, person)
        assert session_estimate(routine, person) == planned.estimated_seconds != estimated
        from supple.ui.library.library_view import DURATION_ROLE, ENTRY_ROLE

        cards = window.library_view.list
        items = [cards.item(i) for i in range(cards.count())]
        card = next(i for i in items if i.data(ENTRY_ROLE).id == "collisions")
        assert card.data(DURATION_ROLE) == planned.estimated_seconds  # refreshed
    finally:
        services.shutdown()


def test_plan_without_a_voice_estimates_and_says_so() -> None:
    from supple.speech.durations import shared

    missing = run_cli("plan", "back-walk", "--json", env={"SUPPLE_SPEECH_ENGINE": "fake:missing"})
    assert missing.returncode == 0, missing.stderr
    said = json.loads(missing.stdout)["pacing"]["speech_lengths"]
    assert "0 of" in said and "no speech engine" in said
    guessed = run_cli("plan", "back-walk", "--estimate")
    assert guessed.returncode == 0 and "estimated (--estimate)" in guessed.stdout
    assert not shared().path.exists()  # nothing was synthesised, nothing cached
