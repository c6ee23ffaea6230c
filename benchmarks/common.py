"""Shared helpers for the benchmark commands: timing, a table, and --json output."""

from __future__ import annotations

import json
import platform
import statistics
import sys
import time
from collections.abc import Callable
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
