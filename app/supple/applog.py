"""The app's log: a rotating file in the user's log folder, and crash reports beside it.

``start()`` is called once by the window's launch (ui/shell/app.py): messages of
the ``supple`` loggers go to ``supple.log`` (1 MB, three older files kept), an
exception no thread caught is written there with its traceback, and
``faulthandler`` writes the Python stacks of a hard crash (a segfault, an abort)
to ``crash.log``, which no logging handler could. Where no log folder can be made
(a read-only home) the app goes on and says why on stderr.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
import threading
from pathlib import Path
from typing import IO, Any

from supple import paths
from supple.version import __version__

LOG_NAME = "supple.log"
CRASH_NAME = "crash.log"
MAX_BYTES = 1024 * 1024
BACKUPS = 3

log = logging.getLogger("supple")


class AppLog:
    """Where the log went: ``path`` (None when it could not be opened) and why not."""

    def __init__(self, path: Path | None, problem: str = "") -> None:
        self.path = path
        self.problem = problem
        self._handler: logging.Handler | None = None
        self._crash_file: IO[Any] | None = None

    @property
    def folder(self) -> Path:
        return self.path.parent if self.path is not None else paths.log_dir()

    def close(self) -> None:
        """Stop writing: the handlers and hooks that ``start`` put in place are removed."""
        if self._handler is not None:
            log.removeHandler(self._handler)
            self._handler.close()
            self._handler = None
        if self._crash_file is not None:
            faulthandler.disable()
            self._crash_file.close()
            self._crash_file = None
        if threading.excepthook is _thread_exception:
            threading.excepthook = threading.__excepthook__


class RollingFile(logging.FileHandler):
    """A log file that, once a message would take it past ``max_bytes``, becomes
    ``NAME.1`` (``NAME.1`` becomes ``NAME.2`` ..., up to ``backups``) and starts again.

    What ``logging.handlers.RotatingFileHandler`` does; that module is not imported for
    it because it brings ``socket``, ``pickle`` and ``queue`` with it, ~6 ms of the
    window becoming usable (benchmarks/README.md, 2026-12-03). ``Handler.handle`` holds
    the handler's lock around ``emit``, so threads roll it over one at a time.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            stream = self.stream
            if stream is not None and self.max_bytes > 0:
                stream.seek(0, os.SEEK_END)
                if stream.tell() + len(self.format(record)) + 1 > self.max_bytes:
                    self._roll_over()
        except (OSError, ValueError):
            self.handleError(record)
            return
        super().emit(record)

    def _roll_over(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # type: ignore[assignment]
        base = self.baseFilename
        for n in range(self.backups - 1, 0, -1):
            older = f"{base}.{n}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{n + 1}")
        if self.backups > 0:
            os.replace(base, f"{base}.1")
        else:
            os.remove(base)
        self.stream = self._open()


def start(folder: Path | None = None) -> AppLog:
    """Log to ``folder`` (default ``paths.log_dir()``); never raises."""
    folder = paths.log_dir() if folder is None else folder
    path = folder / LOG_NAME
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = RollingFile(path, MAX_BYTES, BACKUPS)
    except OSError as exc:
        problem = f"cannot write the log in {folder}: {exc.strerror or exc}"
        print(f"Supple: {problem}", file=sys.stderr)
        return AppLog(None, problem)
    handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    log.addHandler(handler)
    if log.level == logging.NOTSET or log.level > logging.INFO:
        log.setLevel(logging.INFO)
    result = AppLog(path)
    result._handler = handler
    try:
        crash = open(folder / CRASH_NAME, "a", encoding="utf-8")  # noqa: SIM115  (kept open)
    except OSError as exc:
        log.warning("no crash report file: %s", exc)
    else:
        faulthandler.enable(file=crash, all_threads=True)
        result._crash_file = crash
    threading.excepthook = _thread_exception
    log.info("Supple %s starting (Python %s, %s)", __version__, _python(), _system())
    return result


def _python() -> str:
    return ".".join(str(part) for part in sys.version_info[:3])


def _system() -> str:
    """The system for the log's first line. ``os.uname`` says it where there is one: the
    ``platform`` module (imported, then asked) cost ~10 ms of the window becoming usable."""
    uname = getattr(os, "uname", None)
    if uname is None:  # Windows
        import platform

        return platform.platform()
    system = uname()
    return f"{system.sysname} {system.release} {system.machine}"


def _thread_exception(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else "?"
    log.error(
        "uncaught exception in thread %s",
        name,
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
    )
    sys.__excepthook__(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)
