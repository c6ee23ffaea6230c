"""The timeline: properties over generated routines, and the bundled routines vs the seeds."""

from __future__ import annotations

import math
from typing import Any

from helpers import BUNDLED, bundled_doc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import routine_docs

from supple.routine import Routine, load_routine, routine_from_document
from supple.routine.model import BreathPattern, HoldKind, Sides
from supple.session import Category, SegmentKind, Side, SpeechFit, Verbosity, build_timeline
from supple.session.timeline import alternating_side, iter_absolute_cues

HOLDING = {
    SegmentKind.HOLD,
    SegmentKind.WORK,
    SegmentKind.INHALE,
    SegmentKind.PAUSE,
    SegmentKind.EXHALE,
}


def bundled(name: str) -> Routine:
    return load_routine(BUNDLED / f"{name}.json")


@given(routine_docs())
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_timeline_properties(doc: dict[str, Any]) -> None:
    routine = routine_from_document(doc)
    timeline = build_timeline(routine)
    segments = timeline.segments
    # Contiguous and ordered; the total is the sum of the durations.
    clock = 0.0
    for i, seg in enumerate(segments):
        assert seg.index == i
        assert abs(seg.start - clock) < 1e-9
        assert seg.duration is None or seg.duration >= 0
        clock += seg.duration or 0.0
        for cue in seg.cues:
            assert cue.offset >= 0
            assert seg.duration is None or cue.offset <= seg.duration
        assert [c.offset for c in seg.cues] == sorted(c.offset for c in seg.cues)
    assert abs(timeline.total_seconds - clock) < 1e-9
    assert segments[-1].kind is SegmentKind.DONE
    # Every step appears, in order.
    steps_seen = [s.step for s in segments if s.kind is not SegmentKind.DONE]
    assert steps_seen == sorted(steps_seen)
    assert set(steps_seen) == set(range(len(routine.steps)))
    for index, step in enumerate(routine.steps):
        mine = [s for s in segments if s.step == index and s.kind is not SegmentKind.DONE]
        holds = [s for s in mine if s.kind in HOLDING]
        sides = [s.side for s in holds]
        if step.sides is Sides.BOTH:
            assert set(sides) == {Side.LEFT, Side.RIGHT}
            first_right = sides.index(Side.RIGHT)
            assert all(side is Side.LEFT for side in sides[:first_right])
            assert all(side is Side.RIGHT for side in sides[first_right:])
            switches = [s for s in mine if s.kind is SegmentKind.SWITCH]
            assert len(switches) == 1
            assert switches[0].index < holds[first_right].index
            assert switches[0].index > holds[first_right - 1].index
        elif step.sides is Sides.ALTERNATE:
            # Side to side: each repetition on its own side, left first, and no switch.
            assert sides == [alternating_side(s.rep or 1) for s in holds]
            assert sides[0] is Side.LEFT
            assert not any(s.kind is SegmentKind.SWITCH for s in mine)
        else:
            assert set(sides) == {None}
            assert not any(s.kind is SegmentKind.SWITCH for s in mine)
        per_side = len(sides) // (2 if step.sides is Sides.BOTH else 1)
        if step.hold.kind is HoldKind.BREATHS:
            inhales = [s for s in holds if s.kind is SegmentKind.INHALE]
            exhales = [s for s in holds if s.kind is SegmentKind.EXHALE]
            expected = step.hold.breaths * step.reps.count * (2 if step.sides is Sides.BOTH else 1)
            assert len(inhales) == len(exhales) == expected
            assert [s.breath for s in inhales][: step.hold.breaths] == list(
                range(1, step.hold.breaths + 1)
            )
        else:
            assert per_side == step.reps.count
            if step.hold.kind is HoldKind.OPEN:
                assert all(s.duration is None for s in holds)
            else:
                assert all(s.duration == step.hold.seconds for s in holds)
        # The step's title is the first thing said for it.
        first_cue = next(c for s in mine for c in s.cues)
        assert first_cue.category is Category.TITLE


def test_estimated_duration_is_the_timeline_total() -> None:
    routine = bundled("quick-spasm-relief")
    timeline = build_timeline(routine)
    assert timeline.estimated_seconds == timeline.total_seconds  # no open holds here
    relief = build_timeline(bundled("lower-back-spasm-relief"))
    assert relief.estimated_seconds == relief.total_seconds  # the hip lifts are timed now
    doc = bundled_doc()
    doc["steps"][3]["hold"] = {"open": True, "estimate": 10}
    held = build_timeline(routine_from_document(doc))
    assert held.estimated_seconds == held.total_seconds + 8 * 10  # each at its estimate
    assert held.total_seconds == relief.total_seconds - 8 * 10  # open holds count as 0


# -- the bundled routines keep the seeds' facts ----------------------------------------
def holds_of(name: str, title: str) -> list[Any]:
    routine = bundled(name)
    index = [s.title for s in routine.steps].index(title)
    return [s for s in build_timeline(routine).segments if s.step == index]


def test_supine_twist_holds_its_breaths_on_each_side() -> None:
    segs = holds_of("lower-back-spasm-relief", "Supine twist")
    for side in (Side.LEFT, Side.RIGHT):
        inhales = [s for s in segs if s.kind is SegmentKind.INHALE and s.side is side]
        assert len(inhales) == 8  # the seed: 5-10 breaths
    assert [s.kind for s in segs].count(SegmentKind.SWITCH) == 1


def test_cat_cow_moves_with_the_breath() -> None:
    segs = holds_of("lower-back-spasm-relief", "Cat-cow")
    inhales = [s for s in segs if s.kind is SegmentKind.INHALE]
    exhales = [s for s in segs if s.kind is SegmentKind.EXHALE]
    assert len(inhales) == len(exhales) == 8  # the seed: 7-10 times
    assert {s.frame for s in inhales} == {"inhale"} and {s.frame for s in exhales} == {"exhale"}


def test_childs_pose_is_a_few_minutes() -> None:
    for name in ("lower-back-spasm-relief", "daily-back-care"):  # the seed: at least a few
        [hold] = [s for s in holds_of(name, "Child's pose") if s.kind is SegmentKind.HOLD]
        assert hold.duration is not None and hold.duration >= 120, name


def test_hamstring_stretch_is_repeated_5_to_8_times_a_side() -> None:
    for name in ("quick-spasm-relief", "daily-back-care"):
        ham = [s for s in holds_of(name, "Hamstring stretch") if s.kind is SegmentKind.HOLD]
        assert {s.duration for s in ham} <= set(range(15, 21)), name  # the seed: 15-20 s
        for side in (Side.LEFT, Side.RIGHT):
            assert 5 <= len([s for s in ham if s.side is side]) <= 8, name  # the seed: 5-8


def test_hip_lifts_repeat_timed_holds_that_offer_a_rest() -> None:
    segs = holds_of("lower-back-spasm-relief", "Hip lifts")
    holds = [s for s in segs if s.kind is SegmentKind.HOLD]
    assert len(holds) == 8 and all(s.duration == 10 for s in holds)  # hands-free
    assert all(any("whenever you need" in c.text for c in s.cues) for s in holds)
    assert [s.rep for s in holds] == list(range(1, 9))
    assert {s.frame for s in holds} == {"hold"}
    assert len([s for s in segs if s.kind is SegmentKind.RELEASE]) == 7


def test_shoelace_holds_a_minute_or_more_per_side() -> None:
    holds = [
        s
        for s in holds_of("lower-back-spasm-relief", "Shoelace stretch")
        if s.kind is SegmentKind.HOLD
    ]
    assert [s.side for s in holds] == [Side.LEFT, Side.RIGHT]
    assert all(s.duration is not None and 60 <= s.duration <= 120 for s in holds)


def test_quick_relief_holds_and_repetitions() -> None:
    knee_segments = holds_of("quick-spasm-relief", "Side knee drop")
    knee = [s for s in knee_segments if s.kind is SegmentKind.HOLD]
    assert {s.duration for s in knee} == {30}  # the seed: 30 s, then the other side
    # ... and on, side to side: left, right, left, right (not left, left, right, right).
    assert [s.side for s in knee] == [Side.LEFT, Side.RIGHT] * (len(knee) // 2)
    assert len(knee) >= 4 and not any(s.kind is SegmentKind.SWITCH for s in knee_segments)
    tilt = [s for s in holds_of("quick-spasm-relief", "Pelvic tilt") if s.kind is SegmentKind.HOLD]
    assert {s.duration for s in tilt} == {10} and len(tilt) >= 2
    ham = [
        s for s in holds_of("quick-spasm-relief", "Hamstring stretch") if s.kind is SegmentKind.HOLD
    ]
    assert {s.duration for s in ham} <= {15, 16, 17, 18, 19, 20}
    for side in (Side.LEFT, Side.RIGHT):
        assert 5 <= len([s for s in ham if s.side is side]) <= 8  # the seed: 5-8 repetitions
    [prayer] = [
        s for s in holds_of("quick-spasm-relief", "Prayer pose") if s.kind is SegmentKind.HOLD
    ]
    assert prayer.duration == 30


def test_walk_has_posture_cues_every_two_minutes() -> None:
    routine = bundled("back-walk")
    timeline = build_timeline(routine)
    walk = [
        s
        for s in timeline.segments
        if s.title == "Walk with good posture" and s.kind is SegmentKind.WORK
    ]
    assert len(walk) == 1
    custom = [c.offset for c in walk[0].cues if c.category is Category.CUSTOM]
    assert custom == [120.0, 240.0, 360.0, 480.0]  # none in the final count-down
    assert routine.steps[0].title.lower().startswith("warm-up")
    assert "cool" in routine.steps[-1].title.lower()


def test_every_seed_exercise_is_in_a_bundled_routine() -> None:
    exercises = {s.exercise for p in BUNDLED.glob("*.json") for s in load_routine(p).steps}
    assert {
        "supine-twist",
        "cat-cow",
        "childs-pose",
        "hip-lifts",
        "shoelace-stretch",
        "side-knee-drop",
        "pelvic-tilt",
        "hamstring-stretch",
        "prayer-pose",
        "posture-walk",
        "plank",
        "bridge",
        "warm-up-march",
    } <= exercises


# -- cues -------------------------------------------------------------------------------
def test_cue_texts_of_a_sided_breath_step() -> None:
    segs = holds_of("lower-back-spasm-relief", "Supine twist")
    texts = [c.text for s in segs for c in s.cues]
    assert texts[0] == "Supine twist, left side first."
    assert "Get ready." in texts and texts.count("3") >= 1
    assert "Switch sides. Now the right side." in texts
    assert texts[-1].startswith("Rest. Next up: Cat-cow")


def test_halfway_and_countdown_in_long_holds() -> None:
    [hold] = [
        s for s in holds_of("quick-spasm-relief", "Prayer pose") if s.kind is SegmentKind.HOLD
    ]
    spoken = {(c.offset, c.text) for c in hold.cues}
    assert {(15.0, "Halfway."), (27.0, "3"), (28.0, "2"), (29.0, "1")} <= spoken


def test_verbosity_levels() -> None:
    timeline = build_timeline(bundled("lower-back-spasm-relief"))
    cues = [c for _, _, c in iter_absolute_cues(timeline)]

    def said(level: Verbosity) -> set[Category]:
        return {c.category for c in cues if c.spoken_at(level)}

    assert Category.INSTRUCTION in said(Verbosity.FULL)
    assert Category.INSTRUCTION not in said(Verbosity.BRIEF)
    assert {Category.TITLE, Category.SWITCH, Category.COUNT} <= said(Verbosity.BRIEF)
    assert said(Verbosity.COUNTS) <= {Category.COUNT, Category.BREATH, Category.REP}
    assert said(Verbosity.SILENT) == set()
    assert cues[-1].text.startswith("Routine complete")


def test_preferences_replace_lead_in_and_default_breath() -> None:
    from supple.routine import BreathPattern

    routine = bundled("lower-back-spasm-relief")
    timeline = build_timeline(routine, lead_in=3, breath=BreathPattern(5, 2, 7))
    lead_ins = [s for s in timeline.segments if s.kind is SegmentKind.LEAD_IN]
    assert {s.duration for s in lead_ins} == {3}
    twist = [s for s in timeline.segments if s.step == 0]
    assert {s.duration for s in twist if s.kind is SegmentKind.PAUSE} == {2}
    cat_cow = [s for s in timeline.segments if s.step == 1 and s.kind is SegmentKind.INHALE]
    assert {s.duration for s in cat_cow} == {4}  # the step's own pattern still wins


@given(routine_docs())
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_closed_form_estimate_equals_the_timeline(doc: dict[str, Any]) -> None:
    from supple.session.estimate import estimated_seconds_exact

    routine = routine_from_document(doc)
    assert abs(estimated_seconds_exact(routine) - build_timeline(routine).estimated_seconds) < 1e-6


def test_closed_form_estimate_of_bundled_routines() -> None:
    from supple.session.estimate import estimated_seconds_exact

    for path in BUNDLED.glob("*.json"):
        routine = load_routine(path)
        assert estimated_seconds_exact(routine) == build_timeline(routine).estimated_seconds


_MEASURED = [
    *("3", "2", "1", "Hold.", "Release.", "Get ready.", "Rest. Next up: 0."),
    "Switch sides. Now the right side.",
]
_pacing = st.fixed_dictionaries(
    {
        "lead_in": st.none() | st.integers(0, 60),
        "breath": st.none()
        | st.builds(
            BreathPattern,
            inhale=st.integers(1, 20),
            pause=st.integers(0, 20),
            exhale=st.integers(1, 20),
        ),
        "speech": st.none()
        | st.builds(
            SpeechFit,
            verbosity=st.sampled_from(list(Verbosity)),
            words_per_minute=st.integers(60, 450),
            lengths=st.dictionaries(
                st.sampled_from(_MEASURED),
                st.floats(0, 8),
            ),
        ),
    }
)


@given(routine_docs(), _pacing)
@settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow])
def test_closed_form_estimate_equals_the_timeline_for_any_pacing(
    doc: dict[str, Any], pacing: dict[str, Any]
) -> None:
    """The library shows the closed form for the person's settings; the session runs the
    timeline: with the voice on, lead-ins grow to fit what is said, in both alike."""
    from supple.session.estimate import estimated_seconds_exact

    routine = routine_from_document(doc)
    planned = build_timeline(routine, **pacing).estimated_seconds
    assert abs(estimated_seconds_exact(routine, **pacing) - planned) < 1e-6


def test_closed_form_estimate_counts_the_spoken_lead_in() -> None:
    from supple.session.estimate import estimated_seconds_exact

    routine = load_routine(BUNDLED / "lower-back-spasm-relief.json")
    quiet = estimated_seconds_exact(routine)
    spoken = estimated_seconds_exact(routine, speech=SpeechFit(Verbosity.FULL, 100))
    assert spoken > quiet  # slow speech needs longer lead-ins than the routine's 10 s
    assert (
        spoken == build_timeline(routine, speech=SpeechFit(Verbosity.FULL, 100)).estimated_seconds
    )


def test_lead_in_grows_to_fit_what_is_said() -> None:
    from supple.session import SpeechFit

    routine = bundled("lower-back-spasm-relief")
    plain = build_timeline(routine)
    fitted = build_timeline(routine, speech=SpeechFit(Verbosity.FULL, 160))
    brief = build_timeline(routine, speech=SpeechFit(Verbosity.BRIEF, 160))
    first = next(s for s in fitted.segments if s.kind is SegmentKind.LEAD_IN)
    assert plain.segments[0].duration == 10
    # 55 words of title, instructions (both sides named) and "get ready" (estimated: none
    # measured here; tests/session/test_voice_timeline.py measures them), a spare second,
    # then 3-2-1.
    counts = [c for c in first.cues if c.category is Category.COUNT]
    spoken = SpeechFit(Verbosity.FULL, 160).seconds_for(
        c for c in first.cues if c.category is not Category.COUNT
    )
    assert 18 < spoken < 28  # 55 words at 160 wpm: about 21 s, estimated generously
    assert first.duration == math.ceil(spoken + 1 + 3)
    assert min(c.offset for c in counts) >= spoken + 1
    assert brief.segments[0].duration == 10  # brief speech fits the routine's lead-in
    assert fitted.total_seconds > plain.total_seconds


# -- side to side ------------------------------------------------------------------------
def _side_to_side(reps: int, release: int = 5, **step: Any) -> Routine:
    return routine_from_document(
        {
            "format": "supple-routine",
            "version": 1,
            "id": "side-to-side",
            "title": "Side to side",
            "defaults": {"lead_in": 5, "rest": 0},
            "steps": [
                {
                    "title": "Knee drop",
                    "hold": {"seconds": 30},
                    "reps": {"count": reps, "release": release},
                    "sides": "alternate",
                    **step,
                }
            ],
        }
    )


def test_alternating_side_goes_left_right_left() -> None:
    assert [alternating_side(rep) for rep in range(1, 6)] == [
        Side.LEFT,
        Side.RIGHT,
        Side.LEFT,
        Side.RIGHT,
        Side.LEFT,
    ]


def test_a_side_to_side_step_says_each_repetitions_side() -> None:
    timeline = build_timeline(_side_to_side(4))
    segments = timeline.segments
    holds = [s for s in segments if s.kind is SegmentKind.HOLD]
    assert [(s.rep, s.side) for s in holds] == [
        (1, Side.LEFT),
        (2, Side.RIGHT),
        (3, Side.LEFT),
        (4, Side.RIGHT),
    ]
    rep_cues = [c.text for s in holds for c in s.cues if c.category is Category.REP]
    assert rep_cues == [
        "Rep 1 of 4, left side.",
        "Rep 2 of 4, right side.",
        "Rep 3 of 4, left side.",
        "Rep 4 of 4, right side.",
    ]
    # The lead-in names the first side and shows it; releases carry the side just held.
    lead_in = segments[0]
    assert lead_in.kind is SegmentKind.LEAD_IN and lead_in.side is Side.LEFT
    assert lead_in.cues[0].text == "Knee drop, left side first."
    releases = [s for s in segments if s.kind is SegmentKind.RELEASE]
    assert [s.side for s in releases] == [Side.LEFT, Side.RIGHT, Side.LEFT]
    assert not any(s.kind is SegmentKind.SWITCH for s in segments)
    # Same time as the holds and releases alone: no switch to pay for.
    assert timeline.total_seconds == 5 + 4 * 30 + 3 * 5


def test_a_side_to_side_step_in_breaths_keeps_each_breath_on_its_side() -> None:
    routine = _side_to_side(2, release=0, hold={"breaths": 3})
    segments = build_timeline(routine).segments
    inhales = [s for s in segments if s.kind is SegmentKind.INHALE]
    assert [s.side for s in inhales] == [Side.LEFT] * 3 + [Side.RIGHT] * 3


def test_a_side_to_side_step_estimates_as_its_timeline() -> None:
    from supple.session import estimated_seconds

    for reps in (1, 2, 5):
        routine = _side_to_side(reps)
        fit = SpeechFit()
        assert estimated_seconds(routine, speech=fit) == round(
            build_timeline(routine, speech=fit).estimated_seconds
        )


def test_the_voice_says_breathe_in_and_out_as_the_screen_does() -> None:
    timeline = build_timeline(bundled("lower-back-spasm-relief"))
    said = {
        c.text
        for s in timeline.segments
        if s.kind in (SegmentKind.INHALE, SegmentKind.EXHALE)
        for c in s.cues
        if c.category is Category.BREATH
    }
    assert said == {"Breathe in.", "Breathe out.", "Last breath out."}
    assert not any(word in text for text in said for word in ("Inhale", "Exhale"))
