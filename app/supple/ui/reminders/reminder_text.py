"""What a reminder's notification says, and its buttons."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale, QTime

from supple.reminders.scheduler import Kind, Reminder


def clock_text(moment: datetime) -> str:
    """The time of day as the language writes it: "14:30", "2:30 PM"."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


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
        ).format(minutes=length, time=clock_text(reminder.due))
        if reminder.offers > 1:
            body = QCoreApplication.translate(
                "Reminders", "{minutes} min, planned for {time} and put off till now."
            ).format(minutes=length, time=clock_text(reminder.due))
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
