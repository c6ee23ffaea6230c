"""What a reminder's notification says, and its buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from supple.reminders.scheduler import Kind, Reminder


def note_text(
    reminder: Reminder, title: str, minutes: float
) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """The summary, the body and the (id, label) buttons of ``reminder``'s notification."""
    length = max(1, round(minutes))
    if reminder.kind is Kind.PLAN:
        summary = QCoreApplication.translate("Reminders", "Time for {routine}").format(
            routine=title
        )
        body = QCoreApplication.translate(
            "Reminders", "{minutes} min, as planned for {time}."
        ).format(minutes=length, time=reminder.due.strftime("%H:%M"))
        if reminder.offers > 1:
            body = QCoreApplication.translate(
                "Reminders", "{minutes} min, planned for {time} and put off till now."
            ).format(minutes=length, time=reminder.due.strftime("%H:%M"))
    else:
        summary = QCoreApplication.translate("Reminders", "Time to move")
        body = QCoreApplication.translate(
            "Reminders",
            "You have been at the computer for a while. Stand up for {routine} ({minutes} min).",
        ).format(routine=title, minutes=length)
    actions = (
        ("start", QCoreApplication.translate("Reminders", "Start")),
        ("later", QCoreApplication.translate("Reminders", "In 10 minutes")),
        ("skip", QCoreApplication.translate("Reminders", "Skip")),
        ("default", QCoreApplication.translate("Reminders", "Open Supple")),
    )
    return summary, body, actions
