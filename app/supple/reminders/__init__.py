"""Reminders: the daily plan, movement breaks, and the sources they listen to.

Qt-free. :class:`~supple.reminders.scheduler.Scheduler` decides when to remind,
driven by an injected clock (``reminder_clock.py``), an idle source and a "busy" source
(``sources.py``; the platforms' own are in ``idle/``). The desktop notification
over D-Bus is ``desktop_notify.py``; start at login is ``autostart.py``. The tray,
the notifications' wiring and the Settings section are in ``ui/reminders/``.
"""
