"""What a reminder's notification says, and its buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from supple.reminders.scheduler import Kind, Reminder


def _tr(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


def note_text(
    reminder: Reminder, title: str, minutes: float
) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """The summary, the body and the (id, label) buttons of ``reminder``'s notification."""
    length = max(1, round(minutes))
    if reminder.kind is Kind.PLAN:
        summary = _tr("Time for {routine}").format(routine=title)
        body = _tr("{minutes} min, as planned for {time}.").format(
            minutes=length, time=reminder.due.strftime("%H:%M")
        )
        if reminder.offers > 1:
            body = _tr("{minutes} min, planned for {time} and put off till now.").format(
                minutes=length, time=reminder.due.strftime("%H:%M")
            )
    else:
        summary = _tr("Time to move")
        body = _tr(
            "You have been at the computer for a while. Stand up for {routine} ({minutes} min)."
        ).format(routine=title, minutes=length)
    actions = (
        ("start", _tr("Start")),
        ("later", _tr("In 10 minutes")),
        ("skip", _tr("Skip")),
        ("default", _tr("Open Supple")),
    )
    return summary, body, actions
