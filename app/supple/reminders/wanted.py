"""Whether the person's settings ask anything of the reminders (Qt-free, imports nothing
of them): the app builds its reminders' part only then, since with none of these there
is nothing to schedule, no tray icon and no start-at-login entry to keep."""

from __future__ import annotations

from supple.settings import Settings


def reminders_wanted(settings: Settings) -> bool:
    """A plan entry (even one that turns out unusable: its note is shown), breaks on,
    or start at login on (the part writes the entry again at each start)."""
    return bool(settings.reminder_plan) or settings.break_reminders or settings.start_at_login
