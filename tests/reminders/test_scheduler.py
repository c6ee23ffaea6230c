"""The reminder scheduler, driven by fake clocks, a fake idle source and a fake
"busy" source: single rules first, then a simulated week of a person's days with
suspends, time away, postponements, skips and sessions."""

from __future__ import annotations

import itertools
from datetime import datetime, time, timedelta

import pytest

from supple.reminders.plan import WEEKDAYS, PlanEntry, entry_from_dict, plan_from_settings
from supple.reminders.reminder_clock import FakeReminderClock
from supple.reminders.scheduler import (
    TICK_SECONDS,
    Kind,
    Offer,
    ReminderConfig,
    Response,
    Scheduler,
    Withdraw,
)

MONDAY = datetime(2026, 11, 30, 7, 0)  # a Monday, 7:00 local
BACK_CARE = PlanEntry("daily-back-care", time(8, 0), WEEKDAYS)
EVENING = PlanEntry("evening-unwind", time(21, 30))
ON_DEMAND = PlanEntry("quick-spasm-relief")
BREAK = "desk-break"


class FakeIdle:
    def __init__(self) -> None:
        self.seconds: float | None = 0.0

    def idle_seconds(self) -> float | None:
        return self.seconds


class FakeBusy:
    def __init__(self) -> None:
        self.on = False

    def busy(self) -> bool:
        return self.on


class Desk:
    """A person at a computer: the scheduler ticked as the app ticks it."""

    def __init__(self, config: ReminderConfig, start: datetime = MONDAY) -> None:
        self.clock = FakeReminderClock(start)
        self.idle = FakeIdle()
        self.busy = FakeBusy()
        self.scheduler = Scheduler(config, self.clock, self.idle, self.busy)
        self.events: list[tuple[datetime, Offer | Withdraw]] = []
        self.sessions: list[tuple[datetime, datetime]] = []
        self._tick()

    def _tick(self) -> list[Offer | Withdraw]:
        events = self.scheduler.tick()
        self.events.extend((self.clock.now(), e) for e in events)
        return events

    def use(self, minutes: float) -> list[Offer | Withdraw]:
        """Type and click for ``minutes``."""
        seen: list[Offer | Withdraw] = []
        for _ in range(round(minutes * 60 / TICK_SECONDS)):
            self.clock.advance(TICK_SECONDS)
            self.idle.seconds = 3.0
            seen += self._tick()
        return seen

    def away(self, minutes: float) -> list[Offer | Withdraw]:
        """Leave the computer on and walk away for ``minutes``."""
        seen: list[Offer | Withdraw] = []
        self.idle.seconds = 0.0
        for _ in range(round(minutes * 60 / TICK_SECONDS)):
            self.clock.advance(TICK_SECONDS)
            self.idle.seconds += TICK_SECONDS
            seen += self._tick()
        self.idle.seconds = 0.0
        return seen

    def suspend(self, hours: float) -> list[Offer | Withdraw]:
        """Close the lid: only the wall clock moves; then one tick on waking."""
        self.clock.suspend(hours * 3600)
        self.idle.seconds = 0.0
        return self._tick()

    def until(self, when: datetime) -> list[Offer | Withdraw]:
        return self.use((when - self.clock.now()).total_seconds() / 60)

    def session(self, routine: str, minutes: float = 5) -> list[Offer | Withdraw]:
        start = self.clock.now()
        seen = list(self.scheduler.session_started(routine))
        seen += self.use(minutes)
        self.scheduler.session_ended()
        self.sessions.append((start, self.clock.now()))
        return seen

    def offers(self) -> list[tuple[datetime, Offer]]:
        return [(when, e) for when, e in self.events if isinstance(e, Offer)]


def offered(events: list[Offer | Withdraw]) -> list[str]:
    return [e.reminder.routine_id for e in events if isinstance(e, Offer)]


def config(**changes: object) -> ReminderConfig:
    base: dict[str, object] = {"plan": (BACK_CARE,), "breaks": False, "break_routine": BREAK}
    base.update(changes)
    return ReminderConfig(**base)  # type: ignore[arg-type]


# -- the plan ----------------------------------------------------------------------------
def test_a_plan_reminder_is_offered_at_its_time_and_once() -> None:
    desk = Desk(config())
    assert offered(desk.until(MONDAY.replace(hour=7, minute=59))) == []
    events = desk.use(1)
    assert offered(events) == ["daily-back-care"]
    offer = events[0]
    assert isinstance(offer, Offer) and offer.reminder.kind is Kind.PLAN
    assert offer.reminder.due == MONDAY.replace(hour=8)
    assert desk.scheduler.answer(Response.SKIPPED) == offer.reminder
    assert offered(desk.use(120)) == []


def test_no_plan_reminder_on_a_day_not_in_the_plan() -> None:
    saturday = datetime(2026, 12, 5, 7, 0)
    desk = Desk(config(), start=saturday)
    assert offered(desk.use(180)) == []


def test_an_entry_without_a_time_is_never_reminded_of() -> None:
    desk = Desk(config(plan=(ON_DEMAND,)))
    assert offered(desk.use(24 * 60)) == []
    assert not config(plan=(ON_DEMAND,), breaks=False).active


def test_missed_reminders_after_a_suspend_are_not_stacked() -> None:
    """Asleep from Monday 7:30 to Wednesday 8:10: of the three 8:00s and two 21:30s
    missed, only Wednesday's 8:00 (ten minutes old) is offered, once."""
    desk = Desk(config(plan=(BACK_CARE, EVENING)))
    desk.use(30)
    events = desk.suspend(48 + 40 / 60)
    assert desk.clock.now() == datetime(2026, 12, 2, 8, 10)
    assert [e.reminder.due for e in events if isinstance(e, Offer)] == [datetime(2026, 12, 2, 8, 0)]
    desk.scheduler.answer(Response.STARTED)
    assert offered(desk.use(60)) == []


def test_a_missed_reminder_older_than_the_grace_is_dropped() -> None:
    desk = Desk(config(grace_seconds=1800))
    desk.use(30)
    assert offered(desk.suspend(1.5)) == []  # woke at 9:00: an hour late
    assert offered(desk.use(600)) == []


def test_a_postponed_plan_reminder_comes_back_after_the_postpone_time() -> None:
    desk = Desk(config(postpone_seconds=600))
    desk.until(MONDAY.replace(hour=8, minute=0, second=20))
    desk.scheduler.answer(Response.POSTPONED)
    assert offered(desk.use(9)) == []
    events = desk.use(1)
    assert offered(events) == ["daily-back-care"]
    assert events[0].reminder.offers == 2


def test_a_routine_done_before_its_time_is_not_reminded_of() -> None:
    desk = Desk(config())
    desk.until(MONDAY.replace(hour=7, minute=20))
    desk.session("daily-back-care", 10)
    assert offered(desk.until(MONDAY.replace(hour=10))) == []


def test_starting_the_routine_answers_its_pending_reminder() -> None:
    desk = Desk(config())
    desk.until(MONDAY.replace(hour=8, minute=1))
    assert desk.scheduler.pending is not None
    events = desk.scheduler.session_started("daily-back-care")
    assert events == [Withdraw(events[0].reminder, Response.STARTED)]
    assert desk.scheduler.pending is None


# -- breaks --------------------------------------------------------------------------------
def test_a_break_is_offered_after_the_minutes_of_continuous_use() -> None:
    desk = Desk(config(plan=(), breaks=True, break_minutes=50))
    assert offered(desk.use(49)) == []
    events = desk.use(1)
    assert offered(events) == [BREAK]
    assert events[0].reminder.kind is Kind.BREAK


def test_time_away_resets_the_count() -> None:
    desk = Desk(config(plan=(), breaks=True, break_minutes=50, idle_reset_seconds=300))
    desk.use(40)
    desk.away(3)  # too short: still counted as use
    assert desk.scheduler.used_seconds == pytest.approx(43 * 60)
    desk.away(6)
    assert desk.scheduler.used_seconds == 0
    assert offered(desk.use(49)) == []
    assert offered(desk.use(1)) == [BREAK]


def test_a_pending_break_is_withdrawn_when_the_person_walks_away() -> None:
    desk = Desk(config(plan=(), breaks=True))
    desk.use(50)
    assert desk.scheduler.pending is not None
    events = desk.away(6)
    assert [type(e) for e in events] == [Withdraw]
    assert events[0].response is Response.MISSED
    assert desk.scheduler.pending is None


def test_a_suspend_counts_as_a_break() -> None:
    desk = Desk(config(plan=(), breaks=True))
    desk.use(45)
    desk.suspend(0.25)
    assert desk.scheduler.used_seconds == 0
    assert offered(desk.use(45)) == []


def test_without_an_idle_source_every_minute_counts() -> None:
    desk = Desk(config(plan=(), breaks=True))
    desk.idle.seconds = None
    desk.scheduler.idle = type("Unknown", (), {"idle_seconds": lambda self: None})()
    assert offered(desk.use(50)) == [BREAK]


def test_postpone_and_skip_a_break() -> None:
    desk = Desk(config(plan=(), breaks=True, postpone_seconds=600))
    desk.use(50)
    desk.scheduler.answer(Response.POSTPONED)
    assert offered(desk.use(9)) == []
    assert offered(desk.use(1)) == [BREAK]
    desk.scheduler.answer(Response.SKIPPED)
    assert offered(desk.use(49)) == []
    assert offered(desk.use(1)) == [BREAK]


def test_no_reminder_while_busy_then_offered_when_it_ends() -> None:
    desk = Desk(config(breaks=True))
    desk.until(MONDAY.replace(hour=7, minute=50))
    desk.busy.on = True  # a presentation from 7:50 to 8:20
    assert offered(desk.use(30)) == []
    desk.busy.on = False
    assert offered(desk.use(1)) == ["daily-back-care"]


def test_a_presentation_longer_than_the_grace_drops_the_plan_reminder() -> None:
    desk = Desk(config())
    desk.until(MONDAY.replace(hour=7, minute=50))
    desk.busy.on = True
    desk.use(60)
    desk.busy.on = False
    assert offered(desk.use(5)) == []


def test_a_failing_source_does_not_stop_the_reminders() -> None:
    class Broken:
        def idle_seconds(self) -> float | None:
            raise OSError("the bus went away")

        def busy(self) -> bool:
            raise OSError("the bus went away")

    desk = Desk(config(plan=(), breaks=True))
    desk.scheduler.idle = Broken()
    desk.scheduler.busy = Broken()
    assert offered(desk.use(50)) == [BREAK]


def test_no_reminder_during_a_session_and_the_session_is_the_break() -> None:
    desk = Desk(config(breaks=True))
    desk.until(MONDAY.replace(hour=7, minute=45))
    events = desk.session("morning-mobility", 30)  # over the plan's 8:00
    assert offered(events) == []
    # after it: the plan reminder (still within the grace); the break count starts again
    assert offered(desk.use(1)) == ["daily-back-care"]
    desk.scheduler.answer(Response.SKIPPED)
    assert desk.scheduler.used_seconds == pytest.approx(60)


def test_pause_for_an_hour_and_until_tomorrow() -> None:
    desk = Desk(config(plan=(EVENING,), breaks=True))
    desk.scheduler.pause_for(3600)
    assert offered(desk.use(59)) == []
    assert offered(desk.use(2)) == [BREAK]  # the hour is over, and 61 minutes were used
    desk.scheduler.answer(Response.SKIPPED)
    desk.scheduler.pause_until_tomorrow()
    assert desk.scheduler.is_paused()
    desk.until(MONDAY.replace(hour=23, minute=59))
    assert [e for _when, e in desk.offers()][1:] == []  # no break, no 21:30
    desk.use(1)
    assert not desk.scheduler.is_paused()


def test_pausing_withdraws_the_pending_reminder() -> None:
    desk = Desk(config(plan=(), breaks=True))
    desk.use(50)
    events = desk.scheduler.pause_for(3600)
    assert [type(e) for e in events] == [Withdraw]


def test_the_wall_clock_going_back_repeats_no_reminder() -> None:
    desk = Desk(config())
    desk.until(MONDAY.replace(hour=8, minute=5))
    desk.scheduler.answer(Response.SKIPPED)
    desk.clock.wall -= timedelta(hours=1)  # e.g. the end of summer time
    assert offered(desk.use(90)) == []


def test_next_planned_is_the_soonest_entry() -> None:
    desk = Desk(config(plan=(EVENING, BACK_CARE)))
    entry, due = desk.scheduler.next_planned() or (None, None)
    assert entry == BACK_CARE and due == MONDAY.replace(hour=8)


# -- a week --------------------------------------------------------------------------------
def test_a_week_of_days() -> None:
    """Monday to Sunday: the plan at 8:00 on weekdays and breaks after 50 minutes.
    Each night the laptop sleeps; one morning it wakes late, one day starts with a
    session, some breaks are postponed or skipped, and lunch is time away."""
    desk = Desk(config(plan=(BACK_CARE,), breaks=True, break_minutes=50))
    answers: list[tuple[str, Response]] = []

    def answer_next(response: Response) -> None:
        pending = desk.scheduler.pending
        assert pending is not None, "a reminder should be waiting for an answer"
        answers.append((pending.key, response))
        desk.scheduler.answer(response)

    for day in range(7):
        morning = MONDAY + timedelta(days=day)  # 7:00; the laptop wakes
        weekday = morning.weekday() < 5
        desk.use(55)  # 7:55; a break is due at 7:50
        if day == 3:  # Thursday: the break waits for a session from 7:55
            desk.session("daily-back-care", 12)
            desk.use(3)
        else:
            answer_next(Response.POSTPONED)
            desk.use(5)  # 8:00: the plan reminder is due, but the break is pending
            if weekday:
                pending = desk.scheduler.pending
                assert pending is not None and pending.kind is Kind.PLAN
                answer_next(Response.STARTED if day != 2 else Response.SKIPPED)
                desk.session("daily-back-care", 10) if day != 2 else desk.use(10)
            else:
                desk.use(5)  # 8:05: the postponed break is back
                assert desk.scheduler.pending is not None
                assert desk.scheduler.pending.kind is Kind.BREAK
                answer_next(Response.SKIPPED)
                desk.use(5)
        desk.use(120)  # the morning's work: 10:10
        if desk.scheduler.pending is not None:
            answer_next(Response.SKIPPED if day % 2 else Response.STARTED)
            if not day % 2:
                desk.session(BREAK, 3)
        desk.away(45)  # lunch
        desk.use(180)
        if desk.scheduler.pending is not None:
            answer_next(Response.POSTPONED)
        desk.use(60)
        # The night: the lid is closed until 7:00 the next morning.
        now = desk.clock.now()
        desk.suspend((morning + timedelta(days=1) - now).total_seconds() / 3600)

    offers = desk.offers()
    plan = [when for when, o in offers if o.reminder.kind is Kind.PLAN]
    # Monday to Friday but Thursday (done by 8:00): four plan reminders, each at 8:00.
    assert [(when.weekday(), when.strftime("%H:%M")) for when in plan] == [
        (0, "08:00"),
        (1, "08:00"),
        (2, "08:00"),
        (4, "08:00"),
    ]
    # No reminder ever while a session played.
    for when, _offer in offers:
        assert not any(start < when <= end for start, end in desk.sessions)
    started = sum(1 for _key, r in answers if r is Response.STARTED)
    assert started >= 4
    # Breaks: never offered before 50 minutes of use since the last break.
    breaks = [when for when, o in offers if o.reminder.kind is Kind.BREAK]
    assert len(breaks) >= 7 * 5
    for day in range(7):
        today = [when for when in breaks if when.date() == (MONDAY + timedelta(days=day)).date()]
        assert today[0].strftime("%H:%M") == "07:50"  # 50 minutes after waking the laptop
        gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(today)]
        assert min(gaps) >= 600  # never sooner than the postpone time
    # After each night's sleep nothing from the evening before is offered on waking.
    for when, offer in offers:
        assert offer.reminder.due.date() == when.date()


# -- the plan from the settings file -------------------------------------------------
def test_plan_entries_from_the_settings_file() -> None:
    entries, notes = plan_from_settings(
        [
            {"routine": "daily-back-care", "time": "8:00", "days": [0, 1, 2, 3, 4]},
            {"routine": "quick-spasm-relief", "time": None},
            {"routine": "x", "time": "25:00"},
            {"routine": "", "time": "08:00"},
            "nonsense",
            {"routine": "y", "time": "08:00", "days": [7]},
        ]
    )
    assert entries == [BACK_CARE, PlanEntry("quick-spasm-relief")]
    assert len(notes) == 4
    assert all(note.startswith("plan entry ") for note in notes)
    assert entry_from_dict(BACK_CARE.to_dict()) == BACK_CARE
