"""Small file helpers shared by every layer (no Qt, no layer imports)."""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path


def unique_sibling(path: Path, tag: str) -> Path:
    """A free name next to ``path``: ``NAME.TAG-YYYYmmdd-HHMMSS`` (``-2``, ``-3``... if taken).

    Used for files moved aside (a damaged history or settings file) and for
    backups before a migration, so nothing is ever overwritten.
    """
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{tag}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{tag}-{stamp}-{n}")
    return target


TEMP_SUFFIX = ".tmp"


def _umask() -> int:
    """This process's umask, read without changing it where the system tells it."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)  # elsewhere the only way is to set it and set it back
    os.umask(mask)
    return mask


def file_mode() -> int:
    """The mode a new file gets from open(): 0o666 less the umask (0o644 usually)."""
    return 0o666 & ~_umask()


def temp_beside(path: Path) -> Path:
    """A new, empty temporary file next to ``path`` with an ordinary file's mode.

    Named ``.NAME.PID.RANDOM.tmp``: the writer's process id lets a later start
    tell a file a killed writer left (``remove_stale_temps``) from one being
    written now. mkstemp makes it 0600; it is set to what open() would give
    (0644 under the usual umask), so a saved routine or settings file is not
    private when everything else the person saves is not.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(
        prefix=f".{path.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=path.parent
    )
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(handle, file_mode())
    finally:
        os.close(handle)
    return Path(tmp_name)


def write_temp_beside(path: Path, text: str) -> Path:
    """Write ``text`` (UTF-8) to a new temporary file next to ``path``, flushed to disk.

    The caller moves it into place (replace or link) and removes it on failure;
    writing beside the target keeps that move atomic (same file system).
    """
    tmp = temp_beside(path)
    try:
        with open(tmp, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


STALE_AFTER = 24 * 3600.0  # seconds: a temporary file this old is left over, whoever wrote it


def _writer_gone(pid: int) -> bool:
    if pid == os.getpid():
        return False
    if os.name == "nt":
        return False  # no cheap check there: the age decides
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # alive, someone else's
    return False


def remove_stale_temps(folder: Path, *, now: float | None = None) -> list[Path]:
    """Remove the temporary files a killed save left in ``folder``; return them.

    Only names of our own pattern (``.NAME.PID.RANDOM.tmp``, and ``.NAME.RANDOM.tmp``
    from before the pid was in the name) are touched, only regular files, and only
    when their writer's process is gone or they are over a day old. Never raises.
    """
    removed: list[Path] = []
    now = time.time() if now is None else now
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(".") and name.endswith(TEMP_SUFFIX)):
            continue
        parts = name[1 : -len(TEMP_SUFFIX)].split(".")
        if len(parts) < 2 or not parts[0]:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(info.st_mode):
            continue
        pid_part = parts[-2] if len(parts) >= 3 else ""
        stale = now - info.st_mtime > STALE_AFTER
        if not stale and pid_part.isdigit():
            stale = _writer_gone(int(pid_part))
        if stale:
            try:
                os.unlink(entry.path)
            except OSError:
                continue
            removed.append(Path(entry.path))
    return removed
