"""Shared helpers for the benchmark commands: timing, a table, and --json output."""

from __future__ import annotations

import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def machine() -> dict[str, str]:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
    }


def measure(fn: Callable[[], Any], repeat: int = 7) -> list[float]:
    """Wall seconds of ``repeat`` calls."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def median_ms(times: list[float]) -> float:
    return statistics.median(times) * 1000.0


def report(title: str, rows: list[dict[str, Any]], as_json: bool) -> None:
    """Print a readable table; with --json, one JSON object on the last line."""
    print(title)
    if rows:
        headers = list(rows[0])
        widths = {h: max(len(h), *(len(_fmt(r[h])) for r in rows)) for h in headers}
        print("  ".join(h.ljust(widths[h]) for h in headers))
        for row in rows:
            print("  ".join(_fmt(row[h]).ljust(widths[h]) for h in headers))
    if as_json:
        print(json.dumps({"benchmark": title, "machine": machine(), "results": rows}))
    sys.stdout.flush()


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return str(value)


# -- child processes for the GUI benchmarks ------------------------------------------
BENCH_DIR = Path(__file__).resolve().parent


def child_env(pycache: Path | None, home: Path, app_dir: Path | None = None) -> dict[str, str]:
    """Environment for a benchmark child: offscreen Qt, its own SUPPLE_HOME, byte-code on;
    ``app_dir`` (another checkout's ``app/``) is imported instead of this one's."""
    env = dict(os.environ)
    if app_dir is not None:
        env["PYTHONPATH"] = os.pathsep.join([str(app_dir), env.get("PYTHONPATH", "")])
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["SUPPLE_HOME"] = str(home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if pycache is not None:
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def run_gui_child(
    mode: str,
    pycache: Path | None,
    home: Path,
    idle: float = 0.0,
    timeout: float = 120.0,
    app_dir: Path | None = None,
) -> dict[str, Any]:
    """Run benchmarks/gui_child.py; its JSON lines merged, plus the times from just before
    the process was started: ``paint_ms`` to the end of its first frame and (app) ``ready_ms``
    to its services being attached, both stamped by the child on the system-wide monotonic
    clock; ``wall_ms`` until this process had read the first report (that also counts how
    soon this process is scheduled again, which the child's own work after its first frame
    can delay on a machine with few cores)."""
    home.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, str(BENCH_DIR / "gui_child.py"), mode, "--idle", str(idle)]
    started = time.monotonic()
    begin = time.perf_counter()
    # The child's stderr goes to a file, not a pipe nobody reads (a full pipe would
    # stall it), so that a child that dies before its first frame can say why.
    with tempfile.TemporaryFile(mode="w+", prefix="supple-child-") as errors:
        child = subprocess.Popen(
            command,
            stdout=subprocess.PIPE,
            stderr=errors,
            text=True,
            env=child_env(pycache, home, app_dir),
        )
        assert child.stdout is not None
        try:
            first = child.stdout.readline()
            wall_ms = (time.perf_counter() - begin) * 1000.0
            rest = child.stdout.read()
            child.wait(timeout)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        if not first.strip():
            errors.seek(0)
            tail = errors.read()[-4000:].strip() or "(nothing on stderr)"
            raise RuntimeError(
                f"the {mode} child printed nothing (exit {child.returncode}); its stderr:\n{tail}"
            )
    result: dict[str, Any] = {"wall_ms": wall_ms}
    for line in [first, *rest.splitlines()]:
        if line.strip().startswith("{"):
            result.update(json.loads(line))
    for stamp, name in (("painted_at", "paint_ms"), ("ready_at", "ready_ms")):
        if stamp in result:
            result[name] = (result[stamp] - started) * 1000.0
    return result


def instructions_to_paint(
    mode: str, pycache: Path, home: Path, until: str = "paint", app_dir: Path | None = None
) -> int | None:
    """Instructions the gui_child spends up to its first frame (``until="ready"``: up to
    its services attached, every thread of it counted), counted by valgrind's
    callgrind (None without valgrind). Unlike wall time this hardly moves with the
    machine's load, so it shows a change of a few per cent; it is a proxy for time:
    it does not see waiting on the disk, page faults or the cache."""
    import shutil

    valgrind = shutil.which("valgrind")
    if valgrind is None:
        return None
    home.mkdir(parents=True, exist_ok=True)
    command = [
        valgrind,
        "--tool=callgrind",
        "--callgrind-out-file=/dev/null",
        sys.executable,
        str(BENCH_DIR / "gui_child.py"),
        mode,
        f"--exit-at-{until}",
    ]
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=child_env(pycache, home, app_dir=app_dir),
        timeout=600,
    )
    for line in done.stderr.splitlines():
        if "Collected :" in line:
            return int(line.rsplit(":", 1)[1].strip().replace(",", ""))
    raise RuntimeError(f"callgrind reported no count for the {mode} child: {done.stderr[-500:]}")


# -- the sound card edge, replaced by a logging player (as in tests/support/speech_support.py) ----
_PLAY_SCRIPT = (
    "import os, sys, time, wave\n"
    "log, path = sys.argv[1], sys.argv[-1]\n"
    "with wave.open(path) as w:\n"
    "    seconds = w.getnframes() / w.getframerate()\n"
    "with open(log, 'a') as f:\n"
    "    f.write(f'start {time.monotonic()} {path}\\n')\n"
    "time.sleep(seconds)\n"
)


def logging_player(log: Path) -> Any:
    """A ProcessPlayer whose every playback is a child process that logs and sleeps."""
    from supple.speech.audio import ProcessPlayer

    return ProcessPlayer([sys.executable, "-c", _PLAY_SCRIPT, str(log)])


def speech_engine() -> str:
    """The real engine (pyttsx3 + espeak-ng) when espeak-ng is installed, else the fake one."""
    import shutil

    return "pyttsx3" if shutil.which("espeak-ng") or shutil.which("espeak") else "fake"


def percentile(values: list[float], p: float) -> float:
    """The p-th percentile (nearest rank) of ``values``; 0 for none."""
    if not values:
        return 0.0
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100.0 * len(ordered)))
    return ordered[rank - 1]


def many_transitions_doc(holds: int = 3, steps: int = 6) -> dict[str, Any]:
    """A short routine that changes often: sides, reps, breath holds, rests."""
    body: list[dict[str, Any]] = []
    for i in range(steps):
        kind = i % 3
        if kind == 0:
            body.append({"title": f"Reach {i}", "hold": {"seconds": holds}, "sides": "both"})
        elif kind == 1:
            body.append({"title": f"Fold {i}", "hold": {"breaths": 2}})
        else:
            body.append(
                {
                    "title": f"Lift {i}",
                    "hold": {"seconds": holds},
                    "reps": {"count": 2, "release": 1},
                }
            )
    return {
        "format": "supple-routine",
        "version": 1,
        "id": "bench-transitions",
        "title": "Many transitions",
        "defaults": {"lead_in": 3, "rest": 2},
        "steps": body,
    }


def open_app_window(tmp: Path, engine: str, clock: Callable[[], float] | None = None) -> Any:
    """The whole app offscreen (window, controller, voice, history) in this process.

    Returns (app, window, services); the sound card is a logging player. Waits
    (up to 30 s) until the voice is ready.
    """
    from PySide6.QtWidgets import QApplication

    from supple.routine import Library
    from supple.session import monotonic
    from supple.settings import Settings
    from supple.ui.shell.compose import Services, create_main_window

    app = QApplication.instance() or QApplication([sys.argv[0]])
    settings = Settings(safety_acknowledged=True, verbosity="full", checkin_enabled=False)
    window = create_main_window(
        settings, library=Library([]), clock=clock or monotonic, persist=False
    )
    services = Services(
        window,
        speech_engine=engine,
        speech_player=logging_player(tmp / "played.log"),
        history_path=tmp / "history.sqlite3",
    )
    window.resize(1180, 760)
    window.show()
    deadline = time.monotonic() + 30
    while services.speech is not None and not services.speech.ready:
        if time.monotonic() > deadline:
            break
        app.processEvents()
        time.sleep(0.01)
    return app, window, services


def run_for(app: Any, seconds: float) -> None:
    """Run the Qt event loop for ``seconds``."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()


def breath_doc(breaths: int = 30, steps: int = 1) -> dict[str, Any]:
    """Steps held for counted breaths: the pacer animates the whole time."""
    return {
        "format": "supple-routine",
        "version": 1,
        "id": "bench-breaths",
        "title": "Breathing",
        "defaults": {"lead_in": 3, "rest": 2},
        "steps": [{"title": f"Breathe {i}", "hold": {"breaths": breaths}} for i in range(steps)],
    }


def hold_doc(seconds: int = 60) -> dict[str, Any]:
    return {
        "format": "supple-routine",
        "version": 1,
        "id": "bench-hold",
        "title": "Hold",
        "defaults": {"lead_in": 3},
        "steps": [{"title": "Hold still", "hold": {"seconds": seconds}}],
    }
