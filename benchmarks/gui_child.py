"""A child process for the start-up and memory benchmarks (run by them, not by hand).

    python benchmarks/gui_child.py bare|app [--idle SECONDS] [--exit-at-paint | --exit-at-ready]

``bare``: a QApplication and a QMainWindow with one label, nothing else.
``app``: what ``supple`` does at launch: its command line (supple.cli.main),
then supple.ui.shell.app.launch_app (the single-instance claim, settings, library
scan, main window, then voice and history services), up to the library page.

The child prints one JSON line when the main window has been painted for the
first time (a paint event seen by an event filter on the window), then stays
idle for ``--idle`` seconds with the event loop running (the app settles: the
speech worker starts, the history file opens) and prints a second JSON line
with its peak resident memory, then quits. The parent times from just before
it started the process to the first line, so interpreter start-up and every
import count, as they do for a person double-clicking the icon.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path


def peak_rss_kb() -> int:
    """Peak resident set size of this process in KiB (ru_maxrss; bytes on macOS)."""
    value = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return value // 1024 if sys.platform == "darwin" else value


def current_rss_kb(pid: int | str = "self") -> int | None:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["bare", "app"])
    parser.add_argument("--idle", type=float, default=0.0)
    parser.add_argument(
        "--exit-at-paint", action="store_true", help="end the process once the first frame is out"
    )
    parser.add_argument(
        "--exit-at-ready", action="store_true", help="end the process once the app is usable"
    )
    args = parser.parse_args()
    start = time.perf_counter()

    if args.mode == "app":
        # What `supple` runs, in its order: the command line's module (with no
        # arguments supple.cli.main.main goes straight to the window, see
        # tests/cli/test_cli_imports.py), then supple.cli.gui.load_app, which
        # imports the app module.
        import supple.cli.main  # noqa: F401
        from supple.cli.gui import load_app

        launch_app = load_app().launch_app

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    launch = None
    if args.mode == "bare":
        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.setCentralWidget(QLabel("Hello"))
        window.resize(1180, 760)  # the size Supple's window first opens at (same backing store)
    else:
        launched = launch_app([])  # what `supple` runs before its event loop
        if isinstance(launched, int):
            raise SystemExit(f"another Supple holds this data folder (exit {launched})")
        launch = launched
        app, window = launch.app, launch.window

    first_paint: list[float] = []

    class PaintSpy(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not first_paint:
                first_paint.append(time.perf_counter())
                # After this paint has been delivered, report and start idling.
                QTimer.singleShot(0, painted)
            return False

    def painted() -> None:
        # The whole first frame is out: stamped on the system-wide monotonic clock,
        # which the parent read just before starting this process.
        done = time.monotonic()
        print(
            json.dumps(
                {
                    "painted_ms": (first_paint[0] - start) * 1000.0,
                    "painted_at": done,
                    "paint_cpu_ms": time.process_time() * 1000.0,
                }
            ),
            flush=True,
        )
        if args.exit_at_paint:
            os._exit(0)  # for instruction counts: nothing after the first frame
        if launch is not None:
            QTimer.singleShot(0, attached)  # queued behind Launch.attach, which follows the paint
        QTimer.singleShot(int(args.idle * 1000), finish)

    def attached() -> None:
        # The voice, history and settings services are attached: the app is fully up.
        assert launch is not None and launch.services is not None
        ready = {"ready_at": time.monotonic(), "ready_cpu_ms": time.process_time() * 1000.0}
        print(json.dumps(ready), flush=True)
        if args.exit_at_ready:
            os._exit(0)  # for instruction counts: nothing after the services are attached

    def finish() -> None:
        worker_rss = None
        services = launch.services if launch is not None else None
        if services is not None and services.speech is not None:
            pid = services.speech.service.worker_pid
            worker_rss = current_rss_kb(pid) if pid else None
        print(
            json.dumps(
                {
                    "peak_rss_kb": peak_rss_kb(),
                    "rss_kb": current_rss_kb(),
                    "worker_rss_kb": worker_rss,
                }
            ),
            flush=True,
        )
        app.quit()

    spy = PaintSpy()
    window.installEventFilter(spy)
    window.show()
    app.exec()
    if launch is not None:
        launch.shutdown()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: not part of what is measured


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    sys.exit(main())
