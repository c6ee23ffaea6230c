"""The person's preferences, kept as JSON in the per-user config folder.

Loading never fails: a missing file gives the defaults; a broken file is moved
aside (never overwritten) and its path reported; a bad value falls back to its
default with a note. Only a regular file of at most ``MAX_BYTES`` is read: a FIFO,
a device (or a link to one) or an oversized file is set aside the same way, never
read into memory. Only known keys are kept, so nothing a hostile file carries
(deep nesting, huge values) reaches a save. Saving writes a temporary file and
replaces the old one, so a crash mid-save leaves the previous settings intact.
"""

from __future__ import annotations

import dataclasses
import json
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from supple import paths
from supple.fileutil import unique_sibling, write_temp_beside

VERBOSITIES = ("full", "brief", "counts", "silent")
# The windows' language: "" follows the system; the others are the translations shipped.
UI_LANGUAGES = ("", "en", "de", "es")
# A settings file is a few hundred bytes (the window geometry is the largest value);
# anything past this is not one of ours and is set aside unread.
MAX_BYTES = 256 * 1024


@dataclass
class Settings:
    """The person's preferences, as saved in the settings file."""

    # Voice and sound
    voice_id: str = ""  # "" = the engine's default voice
    rate: int = 160  # words per minute
    volume: float = 1.0  # 0.0-1.0
    muted: bool = False
    verbosity: str = "full"
    sounds_enabled: bool = True
    sound_volume: float = 0.7
    # Pacing: None means "as the routine says"
    lead_in: int | None = None
    breath_inhale: int | None = None
    breath_pause: int | None = None
    breath_exhale: int | None = None
    # History
    checkin_enabled: bool = False
    daily_goal_minutes: int = 0  # 0 = no goal line
    # Session
    keep_screen_on: bool = True  # no screen saver or idle sleep while a session plays
    # Keys: False turns the player's one-key shortcuts (Space, arrows, M, Enter) off, so a
    # stray key (a speech-input word, a cat) does nothing; the Ctrl versions stay (WCAG 2.1.4)
    single_key_shortcuts: bool = True
    # Reminders (supple.reminders): the daily plan, movement breaks, start at login
    reminder_plan: list[dict[str, Any]] = field(default_factory=list)  # plan.PlanEntry dicts
    break_reminders: bool = False
    break_minutes: int = 50  # of continuous use before a break is suggested
    break_routine: str = ""  # "" = the bundled desk break
    start_at_login: bool = False
    tray_notice_shown: bool = False  # "Supple keeps running in the tray" was said once
    reminders_paused_until: str = ""  # local time, ISO 8601 ("" = not paused); kept on restart
    # Window and first run
    safety_acknowledged: bool = False
    last_routine: str = ""
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    ui_language: str = ""  # one of UI_LANGUAGES; applies at the next start


_RANGES: dict[str, tuple[float, float]] = {
    "rate": (60, 400),
    "volume": (0.0, 1.0),
    "sound_volume": (0.0, 1.0),
    "lead_in": (0, 60),
    "breath_inhale": (1, 20),
    "breath_pause": (0, 20),
    "breath_exhale": (1, 20),
    "daily_goal_minutes": (0, 600),
    "break_minutes": (10, 240),
}
MAX_PLAN_ENTRIES = 50


@dataclass
class LoadResult:
    """Settings as loaded, with what was wrong in the file and where a bad one went."""

    settings: Settings
    notes: list[str]  # what was wrong and what was done about it, for the person
    moved_to: Path | None = None


def _coerce(name: str, value: Any, default: Any) -> Any:
    """The value if it fits the field, else raise ValueError."""
    if isinstance(default, bool) or name in (
        "muted",
        "sounds_enabled",
        "checkin_enabled",
        "safety_acknowledged",
        "keep_screen_on",
        "break_reminders",
        "start_at_login",
        "tray_notice_shown",
    ):
        if isinstance(value, bool):
            return value
        raise ValueError("should be true or false")
    if name == "verbosity":
        if value in VERBOSITIES:
            return value
        raise ValueError(f"should be one of {', '.join(VERBOSITIES)}")
    if name == "ui_language":
        if value in UI_LANGUAGES:
            return value
        raise ValueError(f"should be one of {', '.join(repr(v) for v in UI_LANGUAGES)}")
    if name == "reminder_plan":
        # Each entry's fields are checked where the plan is read (supple.reminders.plan),
        # which leaves out a bad one with a note and keeps the rest.
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise ValueError("should be a list of plan entries")
        if len(value) > MAX_PLAN_ENTRIES:
            raise ValueError(f"should have at most {MAX_PLAN_ENTRIES} entries")
        return value
    if name == "reminders_paused_until":
        if isinstance(value, str) and len(value) <= 40:
            return value  # read with datetime.fromisoformat where used; bad text: not paused
        raise ValueError("should be a time as text")
    if name in ("voice_id", "last_routine", "window_geometry", "break_routine"):
        if isinstance(value, str) and len(value) < 100_000:
            return value
        raise ValueError("should be text")
    if value is None and name in ("lead_in", "breath_inhale", "breath_pause", "breath_exhale"):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError("should be a number")
    low, high = _RANGES[name]
    if not low <= value <= high:
        raise ValueError(f"should be between {low:g} and {high:g}")
    if isinstance(default, float) or name in ("volume", "sound_volume"):
        return float(value)
    if isinstance(value, float) and not value.is_integer():
        raise ValueError("should be a whole number")
    return int(value)


def from_dict(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    settings = Settings()
    notes: list[str] = []
    known = {f.name for f in dataclasses.fields(Settings)}
    for key, value in data.items():
        if key not in known:
            continue  # not ours (or from a newer version): never carried into a save
        try:
            setattr(settings, key, _coerce(key, value, getattr(Settings(), key)))
        except ValueError as exc:
            notes.append(f"setting {key!r} {exc}; using the default")
    return settings, notes


def to_dict(settings: Settings) -> dict[str, Any]:
    return dataclasses.asdict(settings)


class _NotASettingsFile(Exception):
    """The path is there but is no regular file of sane size: set it aside unread."""


def _read_bounded(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most MAX_BYTES.

    Opened without blocking (a FIFO would wait for a writer forever) and checked
    with fstat on the open file, so what is checked is what is read; at most
    MAX_BYTES + 1 bytes are ever read, whatever the file claims to be.
    Raises FileNotFoundError, OSError or _NotASettingsFile.
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _NotASettingsFile(f"it is {_kind(info.st_mode)}, not a regular file")
        if info.st_size > MAX_BYTES:
            raise _NotASettingsFile(
                f"it is {info.st_size:,} bytes; a settings file is at most {MAX_BYTES:,}"
            )
        chunks: list[bytes] = []
        size = 0
        while size <= MAX_BYTES:
            chunk = os.read(fd, MAX_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        if size > MAX_BYTES:  # it grew while being read
            raise _NotASettingsFile(f"it is over {MAX_BYTES:,} bytes")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def load(path: Path | None = None) -> LoadResult:
    path = paths.settings_path() if path is None else path
    try:
        raw = _read_bounded(path)
    except FileNotFoundError:
        return LoadResult(Settings(), [])
    except _NotASettingsFile as exc:
        return _refused(path, str(exc))
    except IsADirectoryError:
        return _refused(path, "it is a folder, not a regular file")
    except OSError as exc:
        return LoadResult(Settings(), [f"cannot read settings {path}: {exc.strerror or exc}"])
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        moved = _move_aside(path)
        where = f"; the old file is kept as {moved}" if moved else ""
        return LoadResult(
            Settings(), [f"settings file {path} was unreadable ({exc}){where}"], moved
        )
    settings, notes = from_dict(data)
    return LoadResult(settings, notes)


def _refused(path: Path, reason: str) -> LoadResult:
    """Defaults, and ``path`` (the entry itself, never what a link points to) set aside."""
    moved = _move_aside(path)
    where = f"; it was moved aside as {moved}" if moved else "; it could not be moved aside"
    return LoadResult(Settings(), [f"settings file {path} was not read: {reason}{where}"], moved)


def _move_aside(path: Path) -> Path | None:
    target = unique_sibling(path, "broken")
    try:
        path.rename(target)
    except OSError:
        return None
    return target


def atomic_write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` via a temporary file in the same folder and a replace."""
    tmp = write_temp_beside(path, text)
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def save(settings: Settings, path: Path | None = None) -> None:
    """Save atomically. Raises OSError (read-only folder, full disk) for the caller to report."""
    path = paths.settings_path() if path is None else path
    atomic_write_text(path, json.dumps(to_dict(settings), indent=2, ensure_ascii=False) + "\n")
