"""Idle cost: CPU used while a hold counts down, with and without the breath pacer.

Process CPU time (user + system) over wall time, in percent of one core, for
the app process and, separately, its speech worker process. Baseline in the
same run: the same app idle in the library. Rows: a 60 s timed hold (big
digits counting down) and a breath-paced hold (the pacer animating).
Target: ≤ 3 % of one core for the app while a hold counts down with the pacer.

    python benchmarks/bench_idle.py [--seconds 20] [--json]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import breath_doc, hold_doc, open_app_window, report, run_for, speech_engine

TARGET_PERCENT = 3.0


def process_cpu(pid: int | None) -> float:
    """CPU seconds of a process (this one when None)."""
    if pid is None:
        t = os.times()
        return t.user + t.system
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return float("nan")


def measure(app: Any, seconds: float, worker: int | None) -> tuple[float, float]:
    wall0, cpu0, w0 = time.monotonic(), process_cpu(None), process_cpu(worker)
    run_for(app, seconds)
    wall = time.monotonic() - wall0
    return (
        100.0 * (process_cpu(None) - cpu0) / wall,
        100.0 * (process_cpu(worker) - w0) / wall if worker else float("nan"),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--engine", default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    seconds = args.seconds
    with tempfile.TemporaryDirectory(prefix="supple-bench-") as tmp:
        os.environ["SUPPLE_HOME"] = tmp
        from supple.routine import routine_from_document

        engine = args.engine or speech_engine()
        app, window, services = open_app_window(Path(tmp), engine)
        assert services.speech is not None
        worker = services.speech.service.worker_pid
        results = [("idle in the library (baseline)", *measure(app, seconds, worker), False)]
        for what, doc in (
            ("60 s timed hold counting down", hold_doc(max(60, int(seconds) + 15))),
            ("breath-paced hold (pacer animating)", breath_doc(breaths=100)),
        ):
            window.start_routine(routine_from_document(doc))
            run_for(app, 12.0 if seconds >= 12 else 0.5)  # past the lead-in's words
            results.append((what, *measure(app, seconds, worker), True))
            window.controller.stop()
            window.show_library()
            run_for(app, 0.3)
        services.shutdown()
        window.close()
    rows = []
    base = results[0][1]
    for what, app_pct, worker_pct, target in results:
        met = "-"
        if target:
            met = "yes" if app_pct <= TARGET_PERCENT else "NO"
        rows.append(
            {
                "what": what,
                "app_cpu_pct": app_pct,
                "worker_cpu_pct": worker_pct,
                "ratio": app_pct / base if base > 0 else "-",
                "target": f"app<={TARGET_PERCENT:g}%" if target else "-",
                "met": met,
            }
        )
    report(f"idle cost ({seconds:g} s each, engine {engine})", rows, args.json)
    return 0 if all(r["met"] != "NO" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
