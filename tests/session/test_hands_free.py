"""Every bundled routine plays from start to end with nobody touching a key: a person on
the mat should not need their hands to move on (no open-ended hold waits for Done)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import BUNDLED

from supple.routine import load_routine
from supple.session import FakeClock, Outcome, Player, State, build_timeline
from supple.session.pacing import pacing, planned_timeline

ROUTINES = sorted(BUNDLED.glob("*.json"))


@pytest.mark.parametrize("path", ROUTINES, ids=lambda p: p.stem)
def test_a_bundled_routine_reaches_its_end_with_no_input(path: Path) -> None:
    routine = load_routine(path)
    # As the app plays it: the default pacing, words fitted to the default voice.
    timeline = planned_timeline(routine, pacing(None))
    clock = FakeClock()
    player = Player(timeline, clock)
    player.start()
    end = clock() + timeline.estimated_seconds * 2 + 60
    while player.state is State.RUNNING and clock() < end:
        clock.advance(0.5)
        player.poll()
    assert player.state is State.FINISHED, (routine.id, player.segment.title)
    report = player.report()
    assert report.outcome is Outcome.FINISHED
    assert report.steps_completed == tuple(range(len(routine.steps)))
    assert report.steps_skipped == ()


def test_no_bundled_routine_has_a_hold_that_waits_for_a_key() -> None:
    assert ROUTINES
    for path in ROUTINES:
        timeline = build_timeline(load_routine(path))
        waiting = [s.title for s in timeline.segments if s.open_ended]
        assert waiting == [], path.stem
