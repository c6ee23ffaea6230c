"""Start-up: launch to the first painted main window, versus a bare PySide6 window.

Each run is a new process (benchmarks/gui_child.py). The time runs from just
before this process starts the child to the end of the child's first frame,
which the child stamps on the system-wide monotonic clock, so interpreter
start-up and every import count. For the app it also gives the time until the
services (voice, history, settings writer) are attached, which follows the
first frame, when the window is usable. The baseline is
a bare QApplication + QMainWindow started the same way in the same run; runs
alternate between the two so that machine noise hits both alike.

Byte-code is compiled once into a temporary PYTHONPYCACHEPREFIX before timing
(an installed app has its .pyc files; this checkout's environment may set
PYTHONDONTWRITEBYTECODE). The disk cache is warm: this is a warm "cold start".
Targets (issue 16): ratio of medians ≤ 1.6 to the first frame, ≤ 2.0 to the services.

``--instructions`` also counts the instructions each child executes up to its
first frame with valgrind's callgrind (one run each; slow, about 15 s): a
repeatable proxy for the time, for telling small changes apart on a busy machine.

``--against CHECKOUT`` also runs another checkout's app (its ``app/`` imported by the
child), alternated with this one's and the bare window in the same run: an A/B of two
trees under the same machine noise (the exit code follows this checkout's figures).

    python benchmarks/bench_startup.py [--runs 21] [--instructions] [--against DIR] [--json]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import instructions_to_paint, report, run_gui_child

TARGET_RATIO = 1.6  # the first frame
READY_TARGET_RATIO = 2.0  # the services attached: the window usable


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--instructions", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--against", type=Path, help="another checkout, timed in the same run")
    args = parser.parse_args()
    other = args.against.resolve() / "app" if args.against else None
    counts: dict[str, int | None] = {}
    with tempfile.TemporaryDirectory(prefix="supple-bench-") as tmp:
        cache = Path(tmp) / "pycache"
        kinds = {"bare": ("bare", None), "app": ("app", None)}
        if other is not None:
            kinds["other"] = ("app", other)
        for kind, (mode, app_dir) in kinds.items():  # compile byte-code, warm the disk cache
            run_gui_child(mode, cache, Path(tmp) / f"home-warm-{kind}", app_dir=app_dir)
        times: dict[str, list[float]] = {kind: [] for kind in kinds}
        readies: dict[str, list[float]] = {kind: [] for kind in kinds}
        for i in range(args.runs):
            order = list(kinds.items())
            if i % 2:  # the two apps take turns at following the bare window
                order[1:] = order[:0:-1]
            for kind, (mode, app_dir) in order:
                home = Path(tmp) / f"home-{kind}-{i}"
                result = run_gui_child(mode, cache, home, app_dir=app_dir)
                times[kind].append(result["paint_ms"])
                if "ready_ms" in result:
                    readies[kind].append(result["ready_ms"])
        ready = readies["app"]
        if args.instructions:
            for mode in ("bare", "app"):
                counts[mode] = instructions_to_paint(mode, cache, Path(tmp) / f"home-ir-{mode}")
    bare = statistics.median(times["bare"])
    app = statistics.median(times["app"])
    ratio = app / bare
    rows = [
        {
            "what": "bare PySide6 window (baseline)",
            "median_ms": bare,
            "min_ms": min(times["bare"]),
            "ratio": 1.0,
            "target": "-",
            "met": "-",
        },
        {
            "what": "Supple main window (library)",
            "median_ms": app,
            "min_ms": min(times["app"]),
            "ratio": ratio,
            "target": f"ratio <= {TARGET_RATIO}",
            "met": "yes" if ratio <= TARGET_RATIO else "NO",
        },
    ]
    ready_ratio = statistics.median(ready) / bare if ready else 0.0
    if ready:
        rows.append(
            {
                "what": "Supple with its services attached (usable)",
                "median_ms": statistics.median(ready),
                "min_ms": min(ready),
                "ratio": ready_ratio,
                "target": f"ratio <= {READY_TARGET_RATIO}",
                "met": "yes" if ready_ratio <= READY_TARGET_RATIO else "NO",
            }
        )
    if other is not None:
        other_ready = statistics.median(readies["other"])
        rows += [
            {
                "what": f"against {args.against}: main window",
                "median_ms": statistics.median(times["other"]),
                "min_ms": min(times["other"]),
                "ratio": statistics.median(times["other"]) / bare,
                "target": "(A/B)",
                "met": "-",
            },
            {
                "what": f"against {args.against}: services attached",
                "median_ms": other_ready,
                "min_ms": min(readies["other"]),
                "ratio": other_ready / bare,
                "target": "(A/B)",
                "met": "-",
            },
        ]
    if counts.get("bare") and counts.get("app"):
        bare_ir, app_ir = counts["bare"], counts["app"]
        assert bare_ir is not None and app_ir is not None
        rows += [
            {
                "what": "instructions to first frame, bare (callgrind)",
                "median_ms": f"{bare_ir / 1e6:.0f}M instr.",
                "min_ms": "-",
                "ratio": 1.0,
                "target": "-",
                "met": "-",
            },
            {
                "what": "instructions to first frame, Supple (callgrind)",
                "median_ms": f"{app_ir / 1e6:.0f}M instr.",
                "min_ms": "-",
                "ratio": app_ir / bare_ir,
                "target": "(proxy)",
                "met": "-",
            },
        ]
    elif args.instructions:
        print("valgrind not found: no instruction counts", file=sys.stderr)
    report("start-up", rows, args.json)
    return 0 if ratio <= TARGET_RATIO and ready_ratio <= READY_TARGET_RATIO else 1


if __name__ == "__main__":
    sys.exit(main())
