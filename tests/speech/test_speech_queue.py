"""The speech queue's rules, as plain logic over times."""

from __future__ import annotations

from supple.session.cues import Priority
from supple.speech.cuequeue import CueQueue, Utterance


def u(text: str, priority: Priority = Priority.NORMAL, step: int | None = 0, due: float = 0.0):
    return Utterance(text, priority, step, due, estimate=1.0)


def test_cues_wait_in_order():
    q = CueQueue()
    for text in ("a", "b", "c"):
        assert q.offer(u(text), now=0.0).accepted
    assert [i.text for i in q.items] == ["a", "b", "c"]


def test_new_step_cuts_off_a_stale_instruction_and_drops_waiting_ones():
    q = CueQueue()
    playing = u("lie on your back", step=0)
    q.offer(u("knees bent", step=0), 0.0, playing, 2.0)
    q.offer(u("3", Priority.COUNT, step=0, due=0.0), 0.0)  # dropped as late anyway
    title = u("Cat-cow", Priority.CRITICAL, step=1, due=5.0)
    decision = q.offer(title, 5.0, playing, 1.5)
    assert decision.cut_playing
    assert [(i.text, why) for i, why in decision.dropped] == [("knees bent", "stale")]
    assert q.items == [title]


def test_critical_cues_are_never_cut_or_dropped_by_a_new_step():
    q = CueQueue()
    playing = u("Switch sides.", Priority.CRITICAL, step=0)
    waiting = u("Rest. Next up: Cat-cow.", Priority.CRITICAL, step=0)
    q.offer(waiting, 0.0, playing, 1.0)
    decision = q.offer(u("Cat-cow", Priority.CRITICAL, step=1), 0.5, playing, 1.0)
    assert not decision.cut_playing
    assert decision.dropped == []
    assert [i.text for i in q.items] == ["Rest. Next up: Cat-cow.", "Cat-cow"]


def test_same_step_does_not_cut():
    q = CueQueue()
    playing = u("lie on your back", step=2)
    decision = q.offer(u("Halfway.", step=2), 0.0, playing, 3.0)
    assert not decision.cut_playing and decision.accepted


def test_a_count_that_would_start_late_is_dropped_not_queued():
    q = CueQueue(grace=0.5)
    playing = u("a long instruction", step=0)
    count = u("3", Priority.COUNT, step=0, due=10.0)
    decision = q.offer(count, 10.0, playing, playing_left=2.0)
    assert not decision.accepted
    assert decision.dropped == [(count, "late")]
    assert q.items == []


def test_a_count_on_time_is_queued_even_behind_a_short_cue():
    q = CueQueue(grace=0.5)
    playing = u("Go.", step=0)
    decision = q.offer(u("3", Priority.COUNT, step=0, due=10.0), 10.0, playing, 0.3)
    assert decision.accepted


def test_a_count_already_late_on_arrival_is_dropped():
    q = CueQueue(grace=0.5)
    decision = q.offer(u("2", Priority.COUNT, due=9.0), 10.0)
    assert not decision.accepted


def test_a_newer_count_supersedes_an_older_one_still_waiting():
    q = CueQueue(grace=5.0)
    old = u("3", Priority.COUNT, due=0.0)
    q.offer(old, 0.0, u("x"), 0.2)
    decision = q.offer(u("2", Priority.COUNT, due=1.0), 1.0, u("x"), 0.1)
    assert (old, "superseded") in decision.dropped
    assert [i.text for i in q.items] == ["2"]


def test_waiting_counts_expire_when_their_moment_passes():
    q = CueQueue(grace=0.5)
    q.offer(u("1", Priority.COUNT, due=0.0), 0.0)
    q.offer(u("Rest.", Priority.CRITICAL), 0.0)
    assert q.expire(0.4) == []
    dropped = q.expire(0.6)
    assert [(i.text, why) for i, why in dropped] == [("1", "late")]
    assert [i.text for i in q.items] == ["Rest."]


def test_clear_forgets_everything_even_critical():
    q = CueQueue()
    q.offer(u("Switch sides.", Priority.CRITICAL), 0.0)
    q.offer(u("x"), 0.0)
    assert [why for _, why in q.clear()] == ["silenced", "silenced"]
    assert len(q) == 0


def test_cues_outside_a_session_are_not_stale():
    q = CueQueue()
    playing = u("Test voice", Priority.CRITICAL, step=None)
    decision = q.offer(u("Cat-cow", step=1), 0.0, playing, 1.0)
    assert not decision.cut_playing
