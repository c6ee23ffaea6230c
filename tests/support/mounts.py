"""Run a command with a folder on a read-only or a full file system, for real.

chmod does not stop root (CI runs the tests as root), and a folder made read-only
by its mode is not what a locked USB stick is: there the kernel answers EROFS to
everyone. So the command runs in its own mount namespace (``unshare --mount``, as
root, or with ``--map-root-user`` as an ordinary user where user namespaces are
allowed), where the folder is bind-mounted read-only onto itself, or where a small
tmpfs is mounted on it and filled to the last byte. Nothing outside the command
sees either mount; both go when it ends.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
from pathlib import Path

import pytest

_READ_ONLY = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
# A tmpfs just big enough, the staged files copied in, the rest filled with one file.
_FULL = (
    'mount -t tmpfs -o size=2m tmpfs "$1" && cp -a "$2"/. "$1"/ && '
    '(dd if=/dev/zero of="$1/.filler" bs=4096 2>/dev/null; true) && '
    '(head -c 100000 /dev/zero > "$1/.filler2" 2>/dev/null; true) && '
    '(head -c 1000 /dev/zero > "$1/.filler3" 2>/dev/null; true) && shift 2 && exec "$@"'
)


@functools.cache
def _unshare() -> list[str] | None:
    """The unshare command that works here, or None."""
    if shutil.which("unshare") is None or not hasattr(os, "geteuid"):
        return None
    tries = [["unshare", "--mount"]] if os.geteuid() == 0 else []
    tries.append(["unshare", "--mount", "--map-root-user"])
    for command in tries:
        probe = subprocess.run(
            [*command, "sh", "-c", "mount -t tmpfs tmpfs /mnt || mount -t tmpfs tmpfs /tmp"],
            capture_output=True,
        )
        if probe.returncode == 0:
            return command
    return None


def require_mounts() -> list[str]:
    """The unshare command, or skip: only where no mount namespace can be made."""
    command = _unshare()
    if command is None:
        pytest.skip(
            "no mount namespace here (unshare --mount is not allowed): cannot make a "
            "read-only or a full file system without changing the machine"
        )
    return command


def run_read_only(
    folder: Path, argv: list[str], **kwargs: object
) -> subprocess.CompletedProcess[str]:
    """Run ``argv`` with ``folder`` on a read-only file system (EROFS, even for root)."""
    command = require_mounts()
    return subprocess.run(
        [*command, "sh", "-c", _READ_ONLY, "sh", str(folder), *argv],
        capture_output=True,
        text=True,
        **kwargs,  # type: ignore[arg-type]
    )


def run_on_full_disk(
    folder: Path, staged: Path, argv: list[str], **kwargs: object
) -> subprocess.CompletedProcess[str]:
    """Run ``argv`` with ``folder`` on a full tmpfs holding a copy of ``staged``'s files."""
    command = require_mounts()
    return subprocess.run(
        [*command, "sh", "-c", _FULL, "sh", str(folder), str(staged), *argv],
        capture_output=True,
        text=True,
        **kwargs,  # type: ignore[arg-type]
    )
