"""The scheduler's settings, read from the person's Settings."""

from __future__ import annotations

from supple.reminders.plan import PlanEntry, plan_from_settings
from supple.reminders.scheduler import ReminderConfig
from supple.settings import Settings

DESK_BREAK = "desk-break"  # the bundled break routine (tools/make_routines.py)


def config_from(settings: Settings) -> tuple[ReminderConfig, list[str]]:
    """The reminder settings, and a note for each plan entry left out."""
    plan, notes = plan_from_settings(settings.reminder_plan)
    config = ReminderConfig(
        plan=tuple(plan),
        breaks=settings.break_reminders,
        break_minutes=settings.break_minutes,
        break_routine=settings.break_routine or DESK_BREAK,
    )
    return config, notes


def planned_routines(plan: tuple[PlanEntry, ...] | list[PlanEntry]) -> list[str]:
    """The plan's routines, each once, in the plan's order."""
    seen: list[str] = []
    for entry in plan:
        if entry.routine_id not in seen:
            seen.append(entry.routine_id)
    return seen
