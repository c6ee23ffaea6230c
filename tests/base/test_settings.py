from __future__ import annotations

import json
from pathlib import Path

import pytest

from supple import paths, settings


def test_defaults_when_missing() -> None:
    result = settings.load()
    assert result.settings == settings.Settings() and result.notes == []


def test_round_trip_keeps_only_known_keys(supple_home: Path) -> None:
    paths.settings_path().write_text(json.dumps({"future_key": [1, 2], "rate": 200}))
    loaded = settings.load().settings
    assert loaded.rate == 200
    loaded.muted = True
    settings.save(loaded)
    data = json.loads(paths.settings_path().read_text())
    assert "future_key" not in data and data["muted"] is True
    assert settings.load().settings == loaded


def test_bad_values_fall_back_with_a_note() -> None:
    paths.settings_path().write_text(
        json.dumps({"rate": 1e9, "verbosity": "shout", "muted": "yes", "lead_in": None})
    )
    result = settings.load()
    assert result.settings.rate == 160 and result.settings.verbosity == "full"
    assert result.settings.muted is False and result.settings.lead_in is None
    assert len(result.notes) == 3 and any("rate" in n for n in result.notes)


def test_corrupt_file_is_moved_aside_not_overwritten() -> None:
    path = paths.settings_path()
    path.write_bytes(b"\x00\x01garbage{")
    result = settings.load()
    assert result.moved_to is not None and result.moved_to.read_bytes() == b"\x00\x01garbage{"
    assert not path.exists()
    assert str(result.moved_to) in result.notes[0]


def test_atomic_save_keeps_the_old_file_when_writing_fails(monkeypatch) -> None:
    path = paths.settings_path()
    settings.save(settings.Settings(rate=123))
    before = path.read_text()

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(settings.os, "replace", boom)
    with pytest.raises(OSError):
        settings.save(settings.Settings(rate=321))
    assert path.read_text() == before
    assert [p.name for p in path.parent.iterdir() if p.suffix == ".tmp"] == []


def test_an_older_settings_file_loads_with_the_reminders_off() -> None:
    """A file from before reminders: every reminder setting takes its default."""
    paths.settings_path().write_text(json.dumps({"rate": 180, "keep_screen_on": False}))
    result = settings.load()
    assert result.notes == []
    loaded = result.settings
    assert loaded.reminder_plan == [] and loaded.break_reminders is False
    assert loaded.break_minutes == 50 and loaded.start_at_login is False


def test_reminder_settings_round_trip_and_bad_ones_fall_back() -> None:
    plan = [{"routine": "daily-back-care", "time": "08:00", "days": [0, 1, 2, 3, 4]}]
    paths.settings_path().write_text(
        json.dumps({"reminder_plan": plan, "break_reminders": True, "break_minutes": 40})
    )
    loaded = settings.load().settings
    assert loaded.reminder_plan == plan and loaded.break_minutes == 40
    settings.save(loaded)
    assert settings.load().settings == loaded
    paths.settings_path().write_text(
        json.dumps({"reminder_plan": "8:00", "break_minutes": 5, "start_at_login": 1})
    )
    result = settings.load()
    assert result.settings.reminder_plan == [] and result.settings.break_minutes == 50
    assert result.settings.start_at_login is False
    assert len(result.notes) == 3
