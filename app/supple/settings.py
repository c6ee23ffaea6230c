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
from dataclasses import field
from pathlib import Path
from typing import Any

from supple import paths
from supple.fileutil import unique_sibling, write_temp_beside
from supple.i18n import N_, Message
from supple.value_class import value_class

VERBOSITIES = ("full", "brief", "counts", "silent")
# The windows' language: "" follows the system; the others are the translations shipped.
UI_LANGUAGES = ("", "en", "de", "es")
# A settings file is a few hundred bytes (the window geometry is the largest value);
# anything past this is not one of ours and is set aside unread.
MAX_BYTES = 256 * 1024


@value_class(frozen=False)
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


@value_class(frozen=False)
class LoadResult:
    """Settings as loaded, with what was wrong in the file and where a bad one went."""

    settings: Settings
    notes: list[str]  # what was wrong and what was done about it, for the person
    moved_to: Path | None = None
    # The notes, to be said again in the language chosen once the settings are read.
    messages: list[Message] = field(default_factory=list)

    def notes_now(self) -> list[str]:
        """The notes in the current language (supple.i18n)."""
        return [str(m) for m in self.messages] if self.messages else list(self.notes)


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
        raise ValueError(Message(N_("should be true or false")))
    if name == "verbosity":
        if value in VERBOSITIES:
            return value
        raise ValueError(
            Message(N_("should be one of {values}"), {"values": ", ".join(VERBOSITIES)})
        )
    if name == "ui_language":
        if value in UI_LANGUAGES:
            return value
        values = ", ".join(repr(v) for v in UI_LANGUAGES)
        raise ValueError(Message(N_("should be one of {values}"), {"values": values}))
    if name == "reminder_plan":
        # Each entry's fields are checked where the plan is read (supple.reminders.plan),
        # which leaves out a bad one with a note and keeps the rest.
        if not isinstance(value, list) or not all(isinstance(item, dict) for item in value):
            raise ValueError(Message(N_("should be a list of plan entries")))
        if len(value) > MAX_PLAN_ENTRIES:
            most = N_("should have at most {limit} entries")
            raise ValueError(Message(most, {"limit": MAX_PLAN_ENTRIES}))
        return value
    if name == "reminders_paused_until":
        if isinstance(value, str) and len(value) <= 40:
            return value  # read with datetime.fromisoformat where used; bad text: not paused
        raise ValueError(Message(N_("should be a time as text")))
    if name in ("voice_id", "last_routine", "window_geometry", "break_routine"):
        if isinstance(value, str) and len(value) < 100_000:
            return value
        raise ValueError(Message(N_("should be text")))
    if value is None and name in ("lead_in", "breath_inhale", "breath_pause", "breath_exhale"):
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(Message(N_("should be a number")))
    low, high = _RANGES[name]
    if not low <= value <= high:
        between = N_("should be between {low} and {high}")
        raise ValueError(Message(between, {"low": f"{low:g}", "high": f"{high:g}"}))
    if isinstance(default, float) or name in ("volume", "sound_volume"):
        return float(value)
    if isinstance(value, float) and not value.is_integer():
        raise ValueError(Message(N_("should be a whole number")))
    return int(value)


def from_dict(data: dict[str, Any]) -> tuple[Settings, list[str]]:
    settings, messages = _read_values(data)
    return settings, [str(m) for m in messages]


def _read_values(data: dict[str, Any]) -> tuple[Settings, list[Message]]:
    settings = Settings()
    notes: list[Message] = []
    known = {f.name for f in dataclasses.fields(Settings)}
    for key, value in data.items():
        if key not in known:
            continue  # not ours (or from a newer version): never carried into a save
        try:
            setattr(settings, key, _coerce(key, value, getattr(Settings(), key)))
        except ValueError as exc:
            problem = exc  # its Message is said when the note is
            default = N_("setting {key} {problem}; using the default")
            notes.append(Message(default, {"key": repr(key), "problem": problem}))
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
            raise _NotASettingsFile(_kind(info.st_mode))
        if info.st_size > MAX_BYTES:
            big = N_("it is {size} bytes; a settings file is at most {limit}")
            raise _NotASettingsFile(
                Message(big, {"size": f"{info.st_size:,}", "limit": f"{MAX_BYTES:,}"})
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
            over = N_("it is over {limit} bytes")
            raise _NotASettingsFile(Message(over, {"limit": f"{MAX_BYTES:,}"}))
        return b"".join(chunks)
    finally:
        os.close(fd)


def _kind(mode: int) -> Message:
    """ "it is a pipe (FIFO), not a regular file", and so on."""
    if stat.S_ISFIFO(mode):
        return Message(N_("it is a pipe (FIFO), not a regular file"))
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Message(N_("it is a device, not a regular file"))
    if stat.S_ISDIR(mode):
        return Message(N_("it is a folder, not a regular file"))
    if stat.S_ISSOCK(mode):
        return Message(N_("it is a socket, not a regular file"))
    return Message(N_("it is a special file, not a regular file"))


def load(path: Path | None = None) -> LoadResult:
    path = paths.settings_path() if path is None else path
    try:
        raw = _read_bounded(path)
    except FileNotFoundError:
        return LoadResult(Settings(), [])
    except _NotASettingsFile as exc:
        return _refused(path, exc)
    except IsADirectoryError:
        return _refused(path, Message(N_("it is a folder, not a regular file")))
    except OSError as exc:
        unread = N_("cannot read settings {path}: {reason}")
        return _result(Settings(), [Message(unread, {"path": path, "reason": exc.strerror or exc})])
    try:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            raise ValueError(Message(N_("not a JSON object")))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        moved = _move_aside(path)
        reason = exc  # a Message inside is said when the note is
        if moved:
            kept = N_(
                "settings file {path} was unreadable ({reason}); the old file is kept as {moved}"
            )
        else:
            kept = N_("settings file {path} was unreadable ({reason})")
        note = Message(kept, {"path": path, "reason": reason, "moved": moved})
        return _result(Settings(), [note], moved)
    settings, notes = _read_values(data)
    return _result(settings, notes)


def _result(settings: Settings, notes: list[Message], moved: Path | None = None) -> LoadResult:
    return LoadResult(settings, [str(m) for m in notes], moved, notes)


def _refused(path: Path, reason: object) -> LoadResult:
    """Defaults, and ``path`` (the entry itself, never what a link points to) set aside."""
    moved = _move_aside(path)
    if moved:
        aside = N_("settings file {path} was not read: {reason}; it was moved aside as {moved}")
    else:
        aside = N_("settings file {path} was not read: {reason}; it could not be moved aside")
    note = Message(aside, {"path": path, "reason": reason, "moved": moved})
    return _result(Settings(), [note], moved)


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
