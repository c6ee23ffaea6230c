"""The entry point of the frozen Supple bundle.

In a bundle ``sys.executable`` is this program, not a Python interpreter, yet
Supple starts helper processes as ``sys.executable -m supple.speech.voice_worker``
(the speech worker) and, on Windows, ``sys.executable -c CODE FILE`` (the
sound player). So this launcher understands those two forms of the Python
command line; anything else is Supple's own command line.

For smoke tests, ``SUPPLE_SMOKE_QUIT_MS=N`` makes the window quit N ms after
the event loop starts, and ``SUPPLE_SMOKE_SCREENSHOT=PATH`` saves what it
showed to PATH first (see tools/build_bundle.py).
"""

from __future__ import annotations

import contextlib
import os
import runpy
import sys


def _repair_stdio() -> None:
    # A windowed Windows executable starts with sys.stdin/stdout/stderr set to
    # None even when its parent handed it pipes; reopen the handles it has.
    for fd, name, mode in ((0, "stdin", "r"), (1, "stdout", "w"), (2, "stderr", "w")):
        if getattr(sys, name) is None:
            with contextlib.suppress(OSError, ValueError):
                setattr(sys, name, open(fd, mode, encoding="utf-8", closefd=False))  # noqa: SIM115


def _run_module(module: str, args: list[str]) -> int:
    if module != "supple" and not module.startswith("supple."):
        print(
            f"supple: only Supple's own modules can be run with -m, not {module!r}", file=sys.stderr
        )
        return 2
    sys.argv = [module, *args]
    runpy.run_module(module, run_name="__main__", alter_sys=True)
    return 0


def _run_code(code: str, args: list[str]) -> int:
    sys.argv = ["-c", *args]
    exec(compile(code, "<string>", "exec"), {"__name__": "__main__"})
    return 0


def _install_smoke_quit() -> None:
    value = os.environ.get("SUPPLE_SMOKE_QUIT_MS", "").strip()
    if not value:
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    # supple.ui.shell.app reuses an existing QApplication, so the timer set here runs
    # inside the app's own event loop.
    app = QApplication.instance() or QApplication(sys.argv)
    shot = os.environ.get("SUPPLE_SMOKE_SCREENSHOT", "").strip()

    def finish() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if shot and windows:
            windows[0].grab().save(shot)
        app.quit()

    QTimer.singleShot(int(value), finish)


def main() -> int:
    _repair_stdio()
    args = sys.argv[1:]
    if len(args) >= 2 and args[0] == "-m":
        return _run_module(args[1], args[2:])
    if len(args) >= 2 and args[0] == "-c":
        return _run_code(args[1], args[2:])
    from supple.cli.main import main as supple_main

    if not any(not a.startswith("-") for a in args) and "--version" not in args:
        _install_smoke_quit()  # no command: the GUI opens
    return supple_main(args)


if __name__ == "__main__":
    sys.exit(main())
