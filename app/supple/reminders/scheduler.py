"""When to remind: the daily plan's times and movement breaks.

The scheduler is ticked (the app does it every ``TICK_SECONDS``) and answers with
events: offer a reminder, or take back one that is no longer wanted. It holds at
most one reminder at a time, the *pending* one, until the person answers it.

The rules, as a person who has used Workrave or Safe Eyes would expect them:

* **Plan**: an entry is due at its time on its days. After a suspend (or any gap
  between ticks) the missed ones are not stacked up: only the latest is offered,
  and only if it is no older than ``grace_seconds``. A routine started in the hour
  before its time (or since) counts as done: no reminder.
* **Breaks**: the computer's continuous use is counted on the monotonic clock.
  Time away resets it: the idle source saying ``idle_reset_seconds`` or more
  without input, a suspend, a gap between ticks longer than that, or a session.
  At ``break_minutes`` a break is offered.
* **Answers**: start (the session counts as the break), postpone (offered again
  after ``postpone_seconds``), skip (a break: counting starts again; a plan
  reminder: done for today), missed (dismissed or never answered: a break comes
  back after the postpone time, a plan reminder is done).
* **Quiet**: nothing is offered while a session plays, while the busy source says
  a full-screen app or a presentation is in front, or while paused (an hour, or
  until tomorrow). What fell due meanwhile waits, within the same grace.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import Enum

from supple.reminders.plan import PlanEntry
from supple.reminders.reminder_clock import ReminderClock
from supple.reminders.sources import BusySource, IdleSource, NeverBusy, NoIdle

TICK_SECONDS = 20.0
SUSPEND_SLACK = 60.0  # seconds the wall clock may run ahead of the monotonic one unnoticed
DONE_BEFORE = timedelta(hours=1)  # a routine started this long before its time counts


class Kind(Enum):
    PLAN = "plan"
    BREAK = "break"


class Response(Enum):
    STARTED = "started"
    POSTPONED = "postponed"
    SKIPPED = "skipped"
    MISSED = "missed"  # dismissed, never answered, or the person went away meanwhile


@dataclass(frozen=True)
class Reminder:
    """One reminder: what it is for, when it fell due, and how often it was offered."""

    key: str  # the same for every offer of this reminder
    kind: Kind
    routine_id: str
    due: datetime  # local wall time it fell due
    offers: int = 1  # 2 and up after a postponement


@dataclass(frozen=True)
class Offer:
    """Show ``reminder`` (a notification with Start, Postpone and Skip)."""

    reminder: Reminder


@dataclass(frozen=True)
class Withdraw:
    """``reminder`` is no longer wanted: close its notification; it ended as ``response``."""

    reminder: Reminder
    response: Response


Event = Offer | Withdraw


@dataclass(frozen=True)
class ReminderConfig:
    """The person's reminder settings, as the scheduler needs them."""

    plan: tuple[PlanEntry, ...] = ()
    breaks: bool = False
    break_minutes: int = 50
    break_routine: str = ""
    idle_reset_seconds: float = 300.0
    postpone_seconds: float = 600.0
    grace_seconds: float = 1800.0

    @property
    def active(self) -> bool:
        """True when anything will ever be reminded of."""
        timed = any(entry.at is not None for entry in self.plan)
        return timed or (self.breaks and bool(self.break_routine))


@dataclass
class _Waiting:
    """A plan reminder that fell due but could not be offered yet."""

    reminder: Reminder
    not_before: float = 0.0  # monotonic; set after a postponement


@dataclass
class _State:
    """What the scheduler keeps between ticks."""

    used: float = 0.0  # seconds of continuous use
    snooze_until: float | None = None  # monotonic; a postponed or missed break waits
    pending: Reminder | None = None
    pending_since: datetime | None = None
    waiting: _Waiting | None = None  # plan reminder held back
    done: set[str] = field(default_factory=set)  # plan keys finished with
    started: dict[str, datetime] = field(default_factory=dict)  # routine -> last start


class Scheduler:
    """Decides the reminders; see the module's docstring for the rules."""

    def __init__(
        self,
        config: ReminderConfig,
        clock: ReminderClock,
        idle: IdleSource | None = None,
        busy: BusySource | None = None,
    ) -> None:
        self.config = config
        self.clock = clock
        self.idle = idle or NoIdle()
        self.busy = busy or NeverBusy()
        self.paused_until: datetime | None = None
        self.in_session = False
        self._state = _State()
        self._last: tuple[float, datetime] | None = None

    # -- what the person and the app tell it -----------------------------------------
    def configure(self, config: ReminderConfig) -> list[Event]:
        """New settings; a pending reminder they no longer allow is withdrawn."""
        self.config = config
        pending = self._state.pending
        if pending is None:
            return []
        if pending.kind is Kind.BREAK and not (config.breaks and config.break_routine):
            return [self._withdraw(Response.MISSED)]
        return []

    @property
    def pending(self) -> Reminder | None:
        return self._state.pending

    @property
    def used_seconds(self) -> float:
        """How long the computer has been used without a break, in seconds."""
        return self._state.used

    def answer(self, response: Response) -> Reminder | None:
        """The person's answer to the pending reminder; returns it (None if none)."""
        state = self._state
        reminder = state.pending
        if reminder is None:
            return None
        state.pending = None
        state.pending_since = None
        mono = self.clock.monotonic()
        if reminder.kind is Kind.BREAK:
            if response is Response.SKIPPED:
                state.used = 0.0
                state.snooze_until = None
            elif response in (Response.POSTPONED, Response.MISSED):
                state.snooze_until = mono + self.config.postpone_seconds
            # STARTED: the session resets the count when it starts
        elif response is Response.POSTPONED:
            again = replace(reminder, offers=reminder.offers + 1)
            state.waiting = _Waiting(again, mono + self.config.postpone_seconds)
        else:
            state.done.add(reminder.key)
        return reminder

    def session_started(self, routine_id: str) -> list[Event]:
        """A session began (from a reminder or not): it is the break, and it may be
        the plan's routine for now, so the matching reminder is finished."""
        state = self._state
        self.in_session = True
        state.used = 0.0
        state.snooze_until = None
        now = self.clock.now()
        state.started[routine_id] = now
        events: list[Event] = []
        pending = state.pending
        if pending is not None:
            started_it = pending.routine_id == routine_id
            if started_it or pending.kind is Kind.BREAK:
                response = Response.STARTED if started_it else Response.MISSED
                events.append(self._withdraw(response, keep=started_it))
        waiting = state.waiting
        if waiting is not None and waiting.reminder.routine_id == routine_id:
            state.done.add(waiting.reminder.key)
            state.waiting = None
        return events

    def session_ended(self) -> None:
        self.in_session = False
        self._state.used = 0.0
        self._state.snooze_until = None
        if self._last is not None:
            self._last = (self.clock.monotonic(), self._last[1])  # no use counted meanwhile

    def pause_for(self, seconds: float) -> list[Event]:
        """No reminders for ``seconds`` of wall time (a suspend meanwhile counts)."""
        self.paused_until = self.clock.now() + timedelta(seconds=seconds)
        return self._withdraw_pending_for_pause()

    def pause_until_tomorrow(self) -> list[Event]:
        """No reminders until midnight."""
        today = self.clock.now().date()
        self.paused_until = datetime.combine(today + timedelta(days=1), datetime.min.time())
        return self._withdraw_pending_for_pause()

    def resume(self) -> None:
        self.paused_until = None

    def is_paused(self) -> bool:
        return self.paused_until is not None and self.clock.now() < self.paused_until

    def next_planned(self) -> tuple[PlanEntry, datetime] | None:
        """The next plan reminder due from now (for the tray), within a week."""
        now = self.clock.now()
        found: list[tuple[datetime, PlanEntry]] = []
        for entry in self.config.plan:
            for due in entry.due_between(now, now + timedelta(days=7)):
                if entry.key(due) not in self._state.done:
                    found.append((due, entry))
                    break
        if not found:
            return None
        due, entry = min(found, key=lambda pair: pair[0])
        return entry, due

    # -- the tick ---------------------------------------------------------------------
    def tick(self) -> list[Event]:
        """Look at the clocks and the sources; what to offer or take back now."""
        mono, wall = self.clock.monotonic(), self.clock.now()
        last = self._last
        self._last = (mono, wall)
        if last is None:
            return []  # the first look: nothing before it is known
        last_mono, last_wall = last
        events: list[Event] = []
        self._count_use(mono - last_mono, (wall - last_wall).total_seconds(), events)
        self._collect_plan(last_wall, wall)
        if self.paused_until is not None and wall >= self.paused_until:
            self.paused_until = None
        self._expire_pending(wall, events)
        if self.in_session or self.is_paused() or self._busy():
            return events
        self._offer_plan(mono, wall, events)
        self._offer_break(mono, wall, events)
        return events

    def _busy(self) -> bool:
        try:
            return bool(self.busy.busy())
        except Exception:  # a source failing must not stop the reminders
            return False

    def _idle(self) -> float | None:
        try:
            return self.idle.idle_seconds()
        except Exception:
            return None

    def _count_use(self, mono_gap: float, wall_gap: float, events: list[Event]) -> None:
        state = self._state
        reset = self.config.idle_reset_seconds
        suspended = wall_gap - mono_gap > SUSPEND_SLACK
        idle = self._idle()
        away = suspended or mono_gap >= reset or (idle is not None and idle >= reset)
        if away:
            state.used = 0.0
            state.snooze_until = None
            pending = state.pending
            if pending is not None and pending.kind is Kind.BREAK:
                events.append(self._withdraw(Response.MISSED))  # they had their break
        elif not self.in_session:
            state.used += max(0.0, mono_gap)

    def _collect_plan(self, last_wall: datetime, wall: datetime) -> None:
        """Plan reminders that fell due since the last tick: keep the latest only."""
        state = self._state
        if wall <= last_wall:
            return  # the clock went back: what was due is known already
        latest: tuple[datetime, PlanEntry] | None = None
        for entry in self.config.plan:
            for due in entry.due_between(last_wall, wall):
                if entry.key(due) in state.done:
                    continue
                if latest is None or due >= latest[0]:
                    latest = (due, entry)
        if latest is None:
            return
        due, entry = latest
        reminder = Reminder(entry.key(due), Kind.PLAN, entry.routine_id, due)
        if state.waiting is not None and state.waiting.reminder.key != reminder.key:
            state.done.add(state.waiting.reminder.key)  # superseded by a newer one
        state.waiting = _Waiting(reminder)

    def _expire_pending(self, wall: datetime, events: list[Event]) -> None:
        state = self._state
        since = state.pending_since
        if since is not None and (wall - since).total_seconds() > self.config.grace_seconds:
            events.append(self._withdraw(Response.MISSED))
            # Unanswered: a break is asked about again after the postpone time, not at once.
            state.snooze_until = self.clock.monotonic() + self.config.postpone_seconds

    def _offer_plan(self, mono: float, wall: datetime, events: list[Event]) -> None:
        state = self._state
        waiting = state.waiting
        if waiting is None or mono < waiting.not_before:
            return
        reminder = waiting.reminder
        late = (wall - reminder.due).total_seconds()
        if reminder.offers == 1 and late > self.config.grace_seconds:
            state.waiting = None
            state.done.add(reminder.key)  # too late to be of use
            return
        started = state.started.get(reminder.routine_id)
        if started is not None and started >= reminder.due - DONE_BEFORE:
            state.waiting = None
            state.done.add(reminder.key)  # already done
            return
        pending = state.pending
        if pending is not None:
            if pending.kind is not Kind.BREAK:
                return  # one plan reminder at a time; this one waits
            events.append(self._withdraw(Response.MISSED))  # the routine is the break
        state.waiting = None
        self._offer(reminder, wall, events)

    def _offer_break(self, mono: float, wall: datetime, events: list[Event]) -> None:
        state = self._state
        config = self.config
        if not config.breaks or not config.break_routine or state.pending is not None:
            return
        if state.used < config.break_minutes * 60:
            return
        if state.snooze_until is not None and mono < state.snooze_until:
            return
        state.snooze_until = None
        key = f"break:{wall.isoformat(timespec='minutes')}"
        self._offer(Reminder(key, Kind.BREAK, config.break_routine, wall), wall, events)

    def _offer(self, reminder: Reminder, wall: datetime, events: list[Event]) -> None:
        self._state.pending = reminder
        self._state.pending_since = wall
        events.append(Offer(reminder))

    def _withdraw(self, response: Response, *, keep: bool = False) -> Withdraw:
        state = self._state
        reminder = state.pending
        assert reminder is not None
        state.pending = None
        state.pending_since = None
        if reminder.kind is Kind.PLAN:
            state.done.add(reminder.key)
        elif response is Response.MISSED and not keep:
            state.snooze_until = None
        return Withdraw(reminder, response)

    def _withdraw_pending_for_pause(self) -> list[Event]:
        if self._state.pending is None:
            return []
        return [self._withdraw(Response.MISSED)]
