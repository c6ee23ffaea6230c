"""``supple --in-tray`` (what start at login runs): hidden in the tray when the
reminders are on and there is a tray; the window opens as ever otherwise."""

from __future__ import annotations

import pytest

from supple import settings as settings_module
from supple.settings import Settings
from supple.ui.shell.app import Launch


@pytest.mark.parametrize(
    ("reminders", "tray", "shown"), [(True, True, False), (True, False, True), (False, True, True)]
)
def test_in_tray_start(qtbot, monkeypatch, reminders: bool, tray: bool, shown: bool) -> None:
    import supple.ui.reminders.reminders_part as part_module

    monkeypatch.setattr(part_module, "tray_available", lambda: tray)
    settings_module.save(Settings(safety_acknowledged=True, break_reminders=reminders))
    launch = Launch(["--in-tray"])
    try:
        qtbot.addWidget(launch.window)
        qtbot.waitUntil(lambda: launch.services is not None, timeout=10000)
        assert launch.window.isVisible() is shown
        part = launch.services.reminders  # type: ignore[union-attr]
        # With the reminders off nothing of them is built (nothing to schedule).
        assert (part is not None) is reminders
        assert (part is not None and part.keeps_in_tray()) is (reminders and tray)
    finally:
        launch.window.quit()
        launch.shutdown()
