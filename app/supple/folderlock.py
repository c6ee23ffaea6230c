"""An operating-system lock on a file in the data folder, held while a copy of Supple runs.

The kernel gives the lock back when the process ends, however it ends (a crash,
SIGKILL, a power cut's reboot), so no process id is ever written or compared:
a lock left by a dead copy cannot exist, a reused pid cannot keep Supple out,
and inside a PID namespace (Flatpak), where every copy is pid 1, the lock is
still told apart. ``flock`` on POSIX, ``msvcrt.locking`` on Windows. The path
is handed to the system as bytes, so a folder name that is not UTF-8 works.

Qt-free, so the command line can ask whether the app holds a data folder
(``app_running``) without loading Qt.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from supple import paths

LOCK_NAME = "supple.lock"

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)


def _open(path: Path, *, create: bool = True) -> int:
    """The lock file opened for writing (made if needed, 0644), never through a link.
    The name goes to the system as the bytes it stands for (os.fsencode)."""
    flags = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    if create:
        flags |= os.O_CREAT
    return os.open(path, flags, 0o644)


class FolderLock:
    """The data folder's lock, taken by ``take`` and held until ``release`` or exit."""

    def __init__(self, fd: int, path: Path) -> None:
        self._fd: int | None = fd
        self.path = path

    @classmethod
    def take(cls, path: Path, *, create: bool = True) -> FolderLock | None:
        """The lock, or None when a live process holds it.

        Raises OSError when the lock file cannot be made or opened (a read-only
        folder, no permission; with ``create=False``, no file): the caller decides
        what that means.
        """
        fd = _open(path, create=create)
        try:
            if not _try_lock(fd):
                os.close(fd)
                return None
        except BaseException:
            os.close(fd)
            raise
        return cls(fd, path)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            _unlock(fd)
            os.close(fd)


def held_elsewhere(path: Path) -> bool:
    """True when a live process holds the lock at ``path`` (this one too, through another
    FolderLock). False when none does or none can be told (no lock file, or it cannot
    be opened). Makes no file and keeps nothing: a lock it got is given back at once."""
    try:
        lock = FolderLock.take(path, create=False)
    except OSError:
        return False
    if lock is None:
        return True
    lock.release()
    return False


def lock_path(data_dir: Path | None = None) -> Path:
    """The lock file of a data folder (the current one by default)."""
    return (paths.data_dir() if data_dir is None else data_dir) / LOCK_NAME


def app_running(data_dir: Path | None = None) -> bool:
    """True while a copy of the app holds the data folder (the current one by default),
    e.g. so that ``supple history`` can call a session it left open "in progress"."""
    return held_elsewhere(lock_path(data_dir))
