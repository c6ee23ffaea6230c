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
Each app starts in a data folder (SUPPLE_HOME) it has started in before, as a person's
every start but the first does: its history file made, and, in a source checkout, its
translations compiled into the cache (~45 ms of lrelease on a first start, which an
installed app, whose wheel carries the .qm files, never spends).
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
# The child's CPU time (all its threads, from its start) at the first frame and when usable.
MARKS = {"paint": "paint_cpu_ms", "ready": "ready_cpu_ms"}


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
        homes = {kind: Path(tmp) / f"home-{kind}" for kind in kinds}
        for kind, (mode, app_dir) in kinds.items():  # compile byte-code, warm the disk cache
            run_gui_child(mode, cache, homes[kind], app_dir=app_dir)  # and make its home
        times: dict[str, list[float]] = {kind: [] for kind in kinds}
        readies: dict[str, list[float]] = {kind: [] for kind in kinds}
        cpu: dict[str, list[float]] = {f"{kind}-{at}": [] for kind in kinds for at in MARKS}
        for i in range(args.runs):
            order = list(kinds.items())
            if i % 2:  # the two apps take turns at following the bare window
                order[1:] = order[:0:-1]
            for kind, (mode, app_dir) in order:
                result = run_gui_child(mode, cache, homes[kind], app_dir=app_dir)
                times[kind].append(result["paint_ms"])
                if "ready_ms" in result:
                    readies[kind].append(result["ready_ms"])
                for at, field in MARKS.items():
                    if field in result:
                        cpu[f"{kind}-{at}"].append(result[field])
        ready = readies["app"]
        if args.instructions:
            counts["bare"] = instructions_to_paint("bare", cache, homes["bare"])
            for kind, (mode, app_dir) in list(kinds.items())[1:]:
                for until in MARKS:
                    counts[f"{kind}-{until}"] = instructions_to_paint(
                        mode, cache, homes[kind], until=until, app_dir=app_dir
                    )
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
    rows += cpu_rows(cpu, list(kinds))
    if counts.get("bare"):
        rows += instruction_rows(counts)
    elif args.instructions:
        print("valgrind not found: no instruction counts", file=sys.stderr)
    report("start-up", rows, args.json)
    return 0 if ratio <= TARGET_RATIO and ready_ratio <= READY_TARGET_RATIO else 1


def instruction_rows(counts: dict[str, int | None]) -> list[dict[str, object]]:
    """Instructions (callgrind, one run each) to each mark, against the bare first frame."""
    bare = counts["bare"]
    assert bare is not None
    names = {"app": "Supple", "other": "against"}
    rows: list[dict[str, object]] = [
        {
            "what": "instructions to first frame, bare (callgrind)",
            "median_ms": f"{bare / 1e6:.0f}M instr.",
            "min_ms": "-",
            "ratio": 1.0,
            "target": "-",
            "met": "-",
        }
    ]
    for key, count in counts.items():
        if key == "bare" or count is None:
            continue
        kind, until = key.split("-")
        label = "first frame" if until == "paint" else "usable"
        rows.append(
            {
                "what": f"instructions to {label}, {names.get(kind, kind)} (callgrind)",
                "median_ms": f"{count / 1e6:.0f}M instr.",
                "min_ms": "-",
                "ratio": count / bare,
                "target": "(proxy)",
                "met": "-",
            }
        )
    return rows


def cpu_rows(cpu: dict[str, list[float]], kinds: list[str]) -> list[dict[str, object]]:
    """The same marks in CPU time (every thread of the child, interpreter start included),
    against the bare window's CPU to its first frame. Waiting for a busy machine does not
    count in it, so on a shared machine it moves less than the wall-clock figures."""
    if not cpu["bare-paint"]:
        return []
    bare = statistics.median(cpu["bare-paint"])
    names = {"app": "Supple", "other": "against"}
    rows: list[dict[str, object]] = [
        {
            "what": "CPU to first frame, bare window",
            "median_ms": bare,
            "min_ms": min(cpu["bare-paint"]),
            "ratio": 1.0,
            "target": "-",
            "met": "-",
        }
    ]
    for kind in kinds[1:]:
        for at, label in (("paint", "first frame"), ("ready", "usable")):
            values = cpu[f"{kind}-{at}"]
            if values:
                rows.append(
                    {
                        "what": f"CPU to {label}, {names.get(kind, kind)}",
                        "median_ms": statistics.median(values),
                        "min_ms": min(values),
                        "ratio": statistics.median(values) / bare,
                        "target": "(proxy)",
                        "met": "-",
                    }
                )
    return rows


if __name__ == "__main__":
    sys.exit(main())
