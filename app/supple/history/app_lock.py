"""Is a copy of the app running on a data folder? Read from its lock file, without Qt.

The app holds a QLockFile named ``supple.lock`` in its data folder while it runs
(``ui/shell/single_instance.py`` owns it; this module only reads it). A session
the history shows as still open is either the one that copy is recording right
now ("in progress") or one a crash or kill left open ("interrupted"). The command
line asks here which it is, so it never needs Qt.

QLockFile writes five lines: the pid, the application's name, the host name, the
machine's id and the boot's id. A lock counts as held when it was made on this
machine during this boot by a process that is still there. A lock made on another
host (a data folder on a network share) cannot be checked from here and counts as
held: better to call a session "in progress" than to call a live one interrupted.
"""

from __future__ import annotations

import errno
import os
import socket
from dataclasses import dataclass
from pathlib import Path

LOCK_NAME = "supple.lock"  # the same as ui/shell/single_instance.LOCK_NAME (a test checks)
_MAX_BYTES = 4096  # a QLockFile is well under 200 bytes; anything bigger is not one
_BOOT_ID = Path("/proc/sys/kernel/random/boot_id")


@dataclass(frozen=True)
class LockInfo:
    """What a lock file says about the process that made it."""

    pid: int
    app: str
    host: str
    boot_id: str  # empty when the lock does not say (other systems, older Qt)


def read_lock(data_dir: Path) -> LockInfo | None:
    """The lock file's contents, or None when there is none or it is not a lock file."""
    path = data_dir / LOCK_NAME
    try:
        if not path.is_file():
            return None  # missing, or a FIFO or a folder: never opened
        with path.open("rb") as handle:
            data = handle.read(_MAX_BYTES + 1)
    except OSError:
        return None
    if len(data) > _MAX_BYTES:
        return None
    lines = data.decode("utf-8", "replace").split("\n")
    try:
        pid = int(lines[0])
    except ValueError:
        return None
    if pid <= 0:
        return None

    def line(n: int) -> str:
        return lines[n].strip() if len(lines) > n else ""

    return LockInfo(pid, line(1), line(2), line(4))


def _this_boot() -> str:
    try:
        return _BOOT_ID.read_text(encoding="ascii").strip()
    except OSError:
        return ""


def _process_exists(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except OSError as exc:
        return exc.errno == errno.EPERM  # there, but someone else's
    return True


def is_held(info: LockInfo) -> bool:
    """True when the process that made the lock may still be running."""
    if info.host and info.host != socket.gethostname():
        return True  # another machine's: cannot be checked from here
    boot = _this_boot()
    if info.boot_id and boot and info.boot_id != boot:
        return False  # made before the computer last started
    return _process_exists(info.pid)


def app_running(data_dir: Path) -> bool:
    """True when a copy of the app seems to hold ``data_dir``'s lock right now."""
    info = read_lock(data_dir)
    return info is not None and is_held(info)
