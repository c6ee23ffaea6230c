"""The reminders wing: the tray icon, the reminders' notifications and answers
(reminder_link.py, around the Qt-free supple.reminders), their texts, and the
Reminders section of the settings dialog.

Kept free of imports (tools walk the package tree).
"""
