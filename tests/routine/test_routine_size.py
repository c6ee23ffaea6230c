"""A routine's size as a whole is bounded: valid fields that multiply to millions of
segments or cues are refused, at the loader, with one message naming the file."""

from __future__ import annotations

import tracemalloc
from pathlib import Path
from typing import Any

import pytest
from helpers import BUNDLED, minimal_doc, run_cli, write_json
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import routine_docs

from supple.routine import RoutineError, load_routine, routine_from_document
from supple.routine.model import BreathPattern
from supple.routine.size import MAX_CUES, MAX_SECONDS, MAX_SEGMENTS, routine_size
from supple.session import SpeechFit, Verbosity, build_timeline
from supple.session.estimate import estimated_seconds

MB = 1024 * 1024


def amplified_doc() -> dict[str, Any]:
    """15 KB of valid fields: 100 steps x 50 reps x 2 sides x 100 breaths (3,000,300
    segments once expanded)."""
    step = {
        "title": "Breathe",
        "hold": {"breaths": 100},
        "reps": {"count": 50},
        "sides": "both",
    }
    return minimal_doc(steps=[dict(step, title=f"Breathe {i}") for i in range(100)])


def chatty_doc() -> dict[str, Any]:
    """Open holds of a second, each with 20 cues said every 10 s: short, but each hold
    can repeat every cue 360 times (a 465 KB file of these ended in MemoryError)."""
    cues = [{"every": 10, "text": f"Keep breathing {n}"} for n in range(20)]
    step = {"title": "Hold", "hold": {"open": True, "estimate": 1}, "cues": cues}
    step["reps"] = {"count": 5}
    return minimal_doc(steps=[dict(step, title=f"Hold {i}") for i in range(100)])


def test_an_amplified_routine_is_refused_with_one_clear_message(tmp_path: Path) -> None:
    path = write_json(tmp_path / "huge.json", amplified_doc())
    assert path.stat().st_size < 20_000
    tracemalloc.start()
    try:
        with pytest.raises(RoutineError) as caught:
            load_routine(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20 * MB  # nothing was expanded
    (line,) = caught.value.lines()
    assert line.startswith(f"{path}: steps: the routine would take about 2778 h")
    assert "the limit is 4 h" in line


def test_a_routine_of_too_many_parts_is_refused() -> None:
    """Short breaths keep it under the length limit; their number is still too many."""
    step = {
        "title": "Pant",
        "hold": {"breaths": 50},
        "reps": {"count": 10},
        "sides": "both",
        "breath": {"inhale": 1, "exhale": 1},
    }
    doc = minimal_doc(steps=[dict(step, title=f"Pant {i}") for i in range(7)])
    with pytest.raises(RoutineError) as caught:
        routine_from_document(doc, file="pant.json")
    (line,) = caught.value.lines()
    assert line.startswith("pant.json: steps: the routine has up to 21,")
    assert f"the limit is {MAX_SEGMENTS:,}" in line


def test_a_routine_of_repeated_cues_is_refused(tmp_path: Path) -> None:
    path = write_json(tmp_path / "chatty.json", chatty_doc())
    with pytest.raises(RoutineError) as caught:
        load_routine(path)
    assert caught.value.file == str(path)
    (line,) = caught.value.lines()  # short enough; only the cues are too many
    assert "cues" in line and f"{MAX_CUES:,}" in line


def test_a_routine_longer_than_the_limit_is_refused() -> None:
    hour = {"title": "Sit", "hold": {"seconds": 3600}}
    over = minimal_doc(steps=[dict(hour, title=f"Sit {i}") for i in range(5)])
    with pytest.raises(RoutineError, match="would take about 5 h"):
        routine_from_document(over, file="long.json")
    under = minimal_doc(steps=[dict(hour, title=f"Sit {i}") for i in range(3)])
    assert routine_size(routine_from_document(under)).seconds < MAX_SECONDS


def test_check_and_plan_refuse_the_amplified_routine(tmp_path: Path) -> None:
    path = write_json(tmp_path / "huge.json", amplified_doc())
    checked = run_cli("check", str(path))
    assert checked.returncode == 1
    assert checked.stdout.startswith(f"{path}: steps: ")
    planned = run_cli("plan", "--json", str(path))
    assert planned.returncode == 1
    assert "Traceback" not in planned.stderr
    assert str(path) in planned.stdout + planned.stderr


def test_the_library_lists_the_amplified_routine_as_invalid(tmp_path: Path) -> None:
    from supple.routine import Library

    user = tmp_path / "routines"
    user.mkdir()
    write_json(user / "huge.json", amplified_doc())
    library = Library.scan(bundled_dir=tmp_path / "none", user_dir=user)
    (entry,) = library.entries
    assert not entry.valid and entry.error is not None
    assert entry.error.first.startswith("steps: the routine would take about")


def largest_allowed_doc() -> dict[str, Any]:
    """Close to every bound at once: many short breaths on both sides."""
    step = {
        "title": "Breathe",
        "hold": {"breaths": 32},
        "reps": {"count": 10, "release": 2},
        "sides": "both",
    }
    steps = [dict(step, title=f"Breathe {i}") for i in range(10)]
    return minimal_doc(defaults={"breath": {"inhale": 1, "exhale": 1}}, steps=steps)


def test_the_largest_allowed_routine_plays_in_bounded_memory() -> None:
    routine = routine_from_document(largest_allowed_doc())
    size = routine_size(routine)
    assert size.segments > MAX_SEGMENTS * 0.95  # really near the bound
    assert size.seconds > MAX_SECONDS * 0.9
    tracemalloc.start()
    try:
        # The person's breath with a pause: three segments a breath, the most there can be.
        timeline = build_timeline(routine, breath=BreathPattern(1, 1, 1), speech=SpeechFit())
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert size.segments * 0.95 < len(timeline.segments) <= size.segments
    assert peak < 120 * MB


def test_the_bundled_routines_are_well_inside_the_bounds() -> None:
    for file in sorted(BUNDLED.glob("*.json")):
        size = routine_size(load_routine(file))
        assert size.seconds < MAX_SECONDS / 4
        assert size.segments < MAX_SEGMENTS / 10
        assert size.cues < MAX_CUES / 10


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
        ),
    }
)


@given(routine_docs(), _pacing)
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
def test_the_closed_form_bounds_every_timeline(doc: dict[str, Any], pacing: dict[str, Any]) -> None:
    """Whatever the person's pacing and voice, the timeline holds no more segments and
    cues than the routine layer counted; the length is the plan without a voice."""
    routine = routine_from_document(doc)
    size = routine_size(routine)
    timeline = build_timeline(routine, **pacing)
    assert len(timeline.segments) <= size.segments
    assert sum(len(segment.cues) for segment in timeline.segments) <= size.cues
    assert size.seconds == estimated_seconds(routine)


def test_one_step_of_the_amplified_routine_at_a_real_size_is_allowed() -> None:
    step = dict(amplified_doc()["steps"][0], reps={"count": 5}, hold={"breaths": 10})
    routine = routine_from_document(minimal_doc(steps=[step]))
    assert routine_size(routine).segments == 1 + 1 + 2 * 5 * 10 * 3 + 1  # lead-in, switch, done
