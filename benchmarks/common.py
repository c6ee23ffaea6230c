"""Shared helpers for the benchmark commands: timing, a table, and --json output."""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
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


def child_env(pycache: Path | None, home: Path) -> dict[str, str]:
    """Environment for a benchmark child: offscreen Qt, its own SUPPLE_HOME, byte-code on."""
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["SUPPLE_HOME"] = str(home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if pycache is not None:
        env["PYTHONPYCACHEPREFIX"] = str(pycache)
    return env


def run_gui_child(
    mode: str, pycache: Path | None, home: Path, idle: float = 0.0, timeout: float = 120.0
) -> dict[str, Any]:
    """Run benchmarks/gui_child.py; its two JSON lines merged, plus ``wall_ms`` to first paint."""
    home.mkdir(parents=True, exist_ok=True)
    command = [sys.executable, str(BENCH_DIR / "gui_child.py"), mode, "--idle", str(idle)]
    begin = time.perf_counter()
    child = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=child_env(pycache, home),
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
        raise RuntimeError(f"the {mode} child printed nothing (exit {child.returncode})")
    result: dict[str, Any] = {"wall_ms": wall_ms}
    for line in [first, *rest.splitlines()]:
        if line.strip().startswith("{"):
            result.update(json.loads(line))
    return result
