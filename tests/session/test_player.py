"""The player state machine, stepped with a fake clock (no sleeping)."""

from __future__ import annotations

from typing import Any

from helpers import BUNDLED, minimal_doc
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import routine_docs

from supple.routine import load_routine, routine_from_document
from supple.session import (
    CueDropped,
    CueDue,
    FakeClock,
    Outcome,
    PartSkipped,
    Player,
    SegmentEntered,
    SegmentKind,
    State,
    StateChanged,
    StepFinished,
    build_timeline,
)


def make(doc: dict[str, Any] | None = None, **kw: Any) -> tuple[Player, FakeClock]:
    routine = routine_from_document(doc or minimal_doc())
    clock = FakeClock()
    return Player(build_timeline(routine), clock, **kw), clock


def two_steps() -> dict[str, Any]:
    return minimal_doc(
        defaults={"lead_in": 5, "rest": 10},
        steps=[
            {"title": "One", "hold": {"seconds": 30}, "sides": "both"},
            {"title": "Two", "hold": {"seconds": 20}},
        ],
    )


def run_for(player: Player, clock: FakeClock, seconds: float, step: float = 0.1) -> list[Any]:
    events: list[Any] = []
    t = 0.0
    while t < seconds - 1e-9:
        dt = min(step, seconds - t)
        clock.advance(dt)
        t += dt
        events += player.poll()
    return events


def test_plays_through_to_the_end() -> None:
    player, clock = make(two_steps())
    player.start()
    events = run_for(player, clock, 5 + 30 + 6 + 30 + 10 + 5 + 20 + 1, step=0.25)
    kinds = [e.segment.kind for e in events if isinstance(e, SegmentEntered)]
    assert kinds == [
        SegmentKind.LEAD_IN,
        SegmentKind.HOLD,
        SegmentKind.SWITCH,
        SegmentKind.HOLD,
        SegmentKind.REST,
        SegmentKind.LEAD_IN,
        SegmentKind.HOLD,
        SegmentKind.DONE,
    ]
    assert player.state is State.FINISHED
    report = player.report()
    assert report.outcome is Outcome.FINISHED
    assert report.steps_completed == (0, 1) and report.steps_skipped == ()
    assert abs(report.active_seconds - 106) < 1e-6
    finished = [e for e in events if isinstance(e, StepFinished)]
    assert finished == [StepFinished(0, True), StepFinished(1, True)]
    texts = [e.cue.text for e in events if isinstance(e, CueDue)]
    assert "Switch sides. Now the right side." in texts
    assert texts[-1] == "Routine complete. Well done."


def test_remaining_time_comes_from_the_clock_not_ticks() -> None:
    player, clock = make(two_steps(), max_gap=60.0)
    player.start()
    clock.advance(5 + 12.34)  # one poll after a long (but not sleep-long) wait
    player.poll()
    status = player.status()
    assert status.segment.kind is SegmentKind.HOLD
    assert abs(status.remaining - (30 - 12.34)) < 1e-9  # type: ignore[operator]
    # Many tiny polls reach exactly the same place: no drift.
    other, clock2 = make(two_steps())
    other.start()
    run_for(other, clock2, 17.34, step=0.013)
    assert abs(other.status().remaining - status.remaining) < 1e-6  # type: ignore[operator]


def test_pause_does_not_count() -> None:
    player, clock = make(two_steps(), max_gap=60.0)
    player.start()
    clock.advance(10)
    player.pause()
    clock.advance(500)
    player.poll()
    assert player.status().elapsed == 5  # 5 s into the hold after a 5 s lead-in
    player.resume()
    clock.advance(1)
    player.poll()
    assert player.status().elapsed == 6
    assert player.report().active_seconds == 11


def test_a_long_gap_pauses_at_its_start() -> None:
    player, clock = make(two_steps(), max_gap=5.0)
    player.start()
    run_for(player, clock, 8)  # 3 s into the hold
    clock.advance(3600)  # the laptop slept for an hour
    events = player.poll()
    assert StateChanged(State.PAUSED, "sleep") in events
    status = player.status()
    assert status.state is State.PAUSED
    assert abs(status.elapsed - 3.0) < 1e-6
    assert abs(player.report().active_seconds - 8) < 1e-6


def test_skip_step_and_back() -> None:
    player, clock = make(two_steps())
    player.start()
    clock.advance(7)
    player.poll()
    player.skip_step()
    events = player.poll()
    assert StepFinished(0, completed=False) in events
    assert player.segment.kind is SegmentKind.LEAD_IN and player.segment.step == 1
    clock.advance(1)
    player.back()  # within the first 3 s of step 2: to the previous step
    assert player.segment.step == 0 and player.segment.kind is SegmentKind.LEAD_IN
    clock.advance(4)
    player.poll()
    player.back()  # 4 s into step 1: restart it
    assert player.segment.step == 0 and player.status().elapsed == 0
    player.skip_step()
    player.skip_step()  # past the last step: the routine ends
    assert player.state is State.FINISHED
    report = player.report()
    assert report.steps_skipped == (0, 1) and report.steps_completed == ()


def parts_doc() -> dict[str, Any]:
    return minimal_doc(
        defaults={"lead_in": 5, "rest": 10, "breath": {"inhale": 3, "pause": 0, "exhale": 3}},
        steps=[
            {"title": "Twist", "hold": {"seconds": 30}, "sides": "both"},
            {"title": "Lifts", "hold": {"seconds": 10}, "reps": {"count": 3, "release": 4}},
            {"title": "Breathe", "hold": {"breaths": 3}, "reps": {"count": 2}},
        ],
    )


def where(player: Player) -> tuple[int, str, str | None, int | None]:
    segment = player.segment
    side = segment.side.value if segment.side is not None else None
    return (segment.step, segment.kind.value, side, segment.rep)


def test_skip_moves_to_the_next_part_rep_side_then_step() -> None:
    player, clock = make(parts_doc())
    player.start()
    run_for(player, clock, 6)  # into the left side's hold
    seen = [where(player)]
    events: list[Any] = []
    while player.state is State.RUNNING:
        player.skip()
        events += player.poll()
        seen.append(where(player))
    assert seen == [
        (0, "hold", "left", None),
        (0, "switch-sides", "right", None),  # only the left side was skipped
        (0, "hold", "right", None),
        (0, "rest", None, None),
        (1, "lead-in", None, None),
        (1, "hold", None, 1),
        (1, "release", None, 1),
        (1, "hold", None, 2),
        (1, "release", None, 2),
        (1, "hold", None, 3),
        (1, "rest", None, None),
        (2, "lead-in", None, None),
        (2, "inhale", None, 1),  # a repetition of breaths is one part, not one per breath
        (2, "inhale", None, 2),
        (2, "done", None, None),
    ]
    assert player.state is State.FINISHED
    # Each step was left by a skip before its last part ran out.
    assert [e for e in events if isinstance(e, StepFinished)] == [
        StepFinished(0, False),
        StepFinished(1, False),
        StepFinished(2, False),
    ]
    assert sum(isinstance(e, PartSkipped) for e in events) == len(seen) - 1


def test_skipping_one_side_keeps_the_step_when_the_other_side_runs_out() -> None:
    player, clock = make(parts_doc())
    player.start()
    run_for(player, clock, 6)
    player.skip()  # the left side only
    events = player.poll()
    assert [e for e in events if isinstance(e, PartSkipped)] == [PartSkipped(0, False)]
    assert not any(isinstance(e, StepFinished) for e in events)
    events = run_for(player, clock, 6 + 30 + 0.5, step=0.5)
    assert StepFinished(0, True) in events
    assert player.segment.kind is SegmentKind.REST
    assert player.report().steps_completed == (0,) and player.report().steps_skipped == ()


def test_skip_step_passes_both_sides_at_once() -> None:
    player, clock = make(parts_doc())
    player.start()
    run_for(player, clock, 6)
    player.skip_step()
    events = player.poll()
    assert where(player) == (1, "lead-in", None, None)
    assert PartSkipped(0, True) in events and StepFinished(0, False) in events


def test_skip_while_paused_moves_a_part_and_stays_paused() -> None:
    player, clock = make(parts_doc())
    player.start()
    run_for(player, clock, 6)
    player.pause()
    player.skip()
    assert where(player) == (0, "switch-sides", "right", None)
    assert player.state is State.PAUSED
    clock.advance(100)
    player.poll()
    assert where(player) == (0, "switch-sides", "right", None)


def test_skip_during_rest_does_not_mark_the_finished_step_skipped() -> None:
    player, clock = make(two_steps())
    player.start()
    run_for(player, clock, 5 + 30 + 6 + 30 + 1, step=0.5)
    assert player.segment.kind is SegmentKind.REST
    player.skip()
    assert player.segment.step == 1
    assert player.report().steps_skipped == ()
    assert player.report().steps_completed == (0,)


def test_done_ends_an_open_hold() -> None:
    doc = minimal_doc(
        defaults={"lead_in": 0, "rest": 0},
        steps=[{"title": "Plank", "hold": {"open": True, "estimate": 20}}],
    )
    player, clock = make(doc)
    player.start()
    run_for(player, clock, 100, step=1)
    status = player.status()
    assert status.remaining is None and status.elapsed == 100
    assert player.state is State.RUNNING
    assert player.done() is True
    player.poll()
    assert player.state is State.FINISHED
    assert player.report().active_seconds == 100
    assert player.done() is False


def test_stop_reports_what_was_done() -> None:
    player, clock = make(two_steps())
    player.start()
    run_for(player, clock, 5 + 30 + 6 + 30 + 2, step=1)
    player.stop()
    report = player.report()
    assert report.outcome is Outcome.STOPPED
    assert report.steps_completed == (0,)
    assert report.active_seconds == 73
    assert player.state is State.STOPPED
    player.resume()
    player.skip()
    assert player.state is State.STOPPED  # stopped is final


def test_late_count_cues_are_dropped_but_critical_ones_are_not() -> None:
    player, clock = make(two_steps(), max_gap=60.0)
    player.start()
    player.poll()
    clock.advance(5 + 30 + 2.5)  # one stalled poll across the 3-2-1 and the side switch
    events = player.poll()
    dropped = [e.cue.text for e in events if isinstance(e, CueDropped)]
    due = [e.cue.text for e in events if isinstance(e, CueDue)]
    assert {"3", "2"} <= set(dropped)
    assert "Switch sides. Now the right side." in due


def test_bundled_routine_plays_with_every_cue_once() -> None:
    routine = load_routine(BUNDLED / "quick-spasm-relief.json")
    timeline = build_timeline(routine)
    player = Player(timeline, clock := FakeClock())
    player.start()
    events = player.poll() + run_for(player, clock, timeline.total_seconds + 1, step=0.05)
    said = [e for e in events if isinstance(e, (CueDue, CueDropped))]
    assert len(said) == sum(len(s.cues) for s in timeline.segments)
    assert all(isinstance(e, CueDue) and e.late < 0.06 for e in said)
    assert player.state is State.FINISHED


INTENTS = ["pause", "resume", "skip", "skip_step", "back", "done", "toggle", "poll", "stop"]


@given(
    routine_docs(max_steps=3),
    st.lists(st.tuples(st.sampled_from(INTENTS), st.floats(0, 40)), max_size=40),
)
@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow], deadline=None)
def test_random_intents_keep_the_invariants(doc: dict[str, Any], actions: list[Any]) -> None:
    routine = routine_from_document(doc)
    clock = FakeClock()
    player = Player(build_timeline(routine), clock, max_gap=30.0)
    player.start()
    finished_steps: list[int] = []
    paused_time = 0.0
    last_active = 0.0
    for intent, wait in actions:
        was_paused = player.state is State.PAUSED
        clock.advance(wait)
        if was_paused:
            paused_time += wait
        getattr(player, intent)()
        events = player.poll()
        finished_steps += [e.step for e in events if isinstance(e, StepFinished) and e.completed]
        status = player.status()
        assert status.remaining is None or status.remaining >= 0
        assert status.elapsed >= 0
        assert 0.0 <= status.fraction <= 1.0
        report = player.report()
        # Active time never runs backwards and never exceeds the wall time minus pauses.
        assert report.active_seconds >= last_active - 1e-9
        last_active = report.active_seconds
        assert report.active_seconds <= clock.now - 1000.0 - paused_time + 1e-6
        assert set(report.steps_completed).isdisjoint(report.steps_skipped)
        if player.state in (State.FINISHED, State.STOPPED):
            break
    # A step is reported completed at most once.
    assert len(finished_steps) == len(set(finished_steps))


class _CountedSegments(tuple):  # type: ignore[type-arg]
    """The timeline's segments, counting every walk over all of them."""

    walks = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        type(self).walks += 1
        return super().__iter__()


def test_a_status_update_does_not_walk_the_timeline() -> None:
    """Each tick asks for a status: its cost must not grow with the routine's size."""
    import dataclasses

    step = {"title": "Breathe", "hold": {"breaths": 20}, "reps": {"count": 10}, "sides": "both"}
    step["breath"] = {"inhale": 1, "exhale": 1}
    routine = routine_from_document(minimal_doc(steps=[step] * 10))
    timeline = build_timeline(routine)
    assert len(timeline.segments) > 4000
    counted = dataclasses.replace(timeline, segments=_CountedSegments(timeline.segments))
    clock = FakeClock()
    player = Player(counted, clock)
    player.start()
    at_start = _CountedSegments.walks
    for _ in range(500):
        clock.advance(0.1)
        player.poll()
        status = player.status()
    assert status.position > 40
    assert _CountedSegments.walks == at_start  # not once per poll or status


def test_the_status_names_the_next_cue_to_say() -> None:
    doc = minimal_doc(
        defaults={"lead_in": 0},
        steps=[
            {
                "title": "Sit",
                "hold": {"seconds": 60},
                "cues": [{"at": 15, "text": "Relax your jaw."}],
            }
        ],
    )
    player, clock = make(doc)
    player.start()
    player.poll()
    status = player.status()
    upcoming = [c.offset for c in status.segment.cues if c.offset > status.elapsed]
    assert status.next_cue == min(upcoming) == 15.0
    run_for(player, clock, 15.5)
    status = player.status()
    assert status.next_cue == 30.0  # halfway
