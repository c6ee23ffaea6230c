"""Memory: peak resident memory of the app idle in the library, versus a bare window.

Each run is a new process (benchmarks/gui_child.py) that shows its window,
stays idle with the event loop running for ``--idle`` seconds (the app's voice
worker and history file are up by then) and reports its peak RSS
(getrusage ru_maxrss). The baseline is a bare QApplication + QMainWindow
measured the same way in the same run. The speech worker is a separate
process (it holds the speech engine); its RSS is shown on its own row and is
not part of the ratio.
Target: ratio ≤ 1.5.

    python benchmarks/bench_memory.py [--runs 3] [--idle 2] [--json]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import report, run_gui_child

TARGET_RATIO = 1.5


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--idle", type=float, default=2.0)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    peaks: dict[str, list[float]] = {"bare": [], "app": []}
    workers: list[float] = []
    with tempfile.TemporaryDirectory(prefix="supple-bench-") as tmp:
        cache = Path(tmp) / "pycache"
        for i in range(args.runs):
            for mode in ("bare", "app"):
                result = run_gui_child(mode, cache, Path(tmp) / f"home-{mode}-{i}", args.idle)
                peaks[mode].append(result["peak_rss_kb"] / 1024.0)
                if result.get("worker_rss_kb"):
                    workers.append(result["worker_rss_kb"] / 1024.0)
    bare = statistics.median(peaks["bare"])
    app = statistics.median(peaks["app"])
    ratio = app / bare
    rows = [
        {
            "what": "bare PySide6 window (baseline)",
            "peak_mb": bare,
            "ratio": 1.0,
            "target": "-",
            "met": "-",
        },
        {
            "what": "Supple idle in the library",
            "peak_mb": app,
            "ratio": ratio,
            "target": f"ratio <= {TARGET_RATIO}",
            "met": "yes" if ratio <= TARGET_RATIO else "NO",
        },
        {
            "what": "  + speech worker process (separate)",
            "peak_mb": statistics.median(workers) if workers else 0.0,
            "ratio": "-",
            "target": "-",
            "met": "-",
        },
    ]
    report("memory", rows, args.json)
    return 0 if ratio <= TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
