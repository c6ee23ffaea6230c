"""Pictures: the GUI's longest stalls with hostile pictures in the library, against none.

Each run is a child process with its own SUPPLE_HOME. "baseline": the bundled
routines only. "hostile": also routines with a ``<use>`` bomb (10**9 copies in
1.9 KB), every link bypass of issue 22, and a routine built to amplify: 30 steps,
each a different heavy drawing just inside the bounds (30,000 circles, drawn by the
workers, seconds each) or too slow to draw at the player's size. The child builds
and shows the window (time to its first frame), builds the player's page once (a
session started and stopped: the same cost in both runs), then, with a 1 ms precise timer
recording the gaps between its ticks on the GUI thread, selects every routine in the
library in turn (cards and details), then plays the heavy routine, skipping to the
next step every 0.4 s (a new picture in the player each time).
Target: max gap <= 100 ms with hostile pictures (issues 19, 22).

    python benchmarks/bench_pictures.py [--seconds 10] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import BENCH_DIR, percentile, report

TARGET_MAX_MS = 100.0
HEAVY_STEPS = 30


def _hostile_folder(folder: Path, outside: Path) -> None:
    sys.path.insert(0, str(BENCH_DIR.parent / "tests" / "support"))
    from hostile_pictures import bypasses, fan_out, red_png, use_bomb

    def routine(routine_id: str, pictures: list[str]) -> None:
        steps = [
            {"title": f"Step {i + 1}", "hold": {"seconds": 30}, "illustration": name}
            for i, name in enumerate(pictures)
        ]
        doc = {"format": "supple-routine", "version": 1, "id": routine_id,
               "title": routine_id.title(), "steps": steps}  # fmt: skip
        (folder / f"{routine_id}.json").write_text(json.dumps(doc), encoding="utf-8")

    folder.mkdir(parents=True)
    outside.mkdir(parents=True)
    files = bypasses(folder, red_png(outside / "red.png"))
    use_bomb(folder / "bomb.svg")
    heavy = []
    for i in range(HEAVY_STEPS):
        name = f"heavy-{i}.svg"
        # Most just inside the bounds (drawn, seconds each), every fifth slow to draw.
        fan_out(folder / name, copies=100 if i % 5 == 4 else 290 + i)
        heavy.append(name)
    routine("bomb", ["bomb.svg"])
    routine("reach", list(files))
    routine("amplify", heavy)


def child(mode: str, seconds: float) -> dict[str, Any]:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from supple.routine import Library
    from supple.session import monotonic
    from supple.settings import Settings
    from supple.ui.kit.qt_values import PRECISE_TIMER, set_property
    from supple.ui.shell.compose import create_main_window

    home = Path(os.environ["SUPPLE_HOME"])
    if mode == "hostile":
        _hostile_folder(home / "routines", home.parent / "outside")
    app = QApplication.instance() or QApplication([sys.argv[0]])
    begun = time.perf_counter()
    settings = Settings(safety_acknowledged=True, checkin_enabled=False)
    window = create_main_window(settings, library=Library.scan(), clock=monotonic, persist=False)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.grab()
    first_frame = time.perf_counter() - begun

    # The player's page is built the first time a session starts (~0.2 s, the same with
    # or without pictures): built here, before the measuring, with a bundled routine.
    warm = next(e.routine for e in window.library_view.entries() if e.routine is not None)
    if window.start_routine(warm):
        app.processEvents()
        window.controller.stop()
    window.show_library()
    app.processEvents()

    gaps: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    meter = QTimer()
    set_property(meter, "timerType", PRECISE_TIMER)
    meter.timeout.connect(tick)
    meter.start(1)
    view = window.library_view
    ids = [e.routine.id for e in view.entries() if e.routine is not None]
    end = time.perf_counter() + seconds
    browse_until = time.perf_counter() + seconds / 2
    state = {"i": 0, "playing": False}

    def step() -> None:
        now = time.perf_counter()
        if now > end:
            meter.stop()  # quitting waits for a drawing under way: not a stall to measure
            app.quit()
            return
        if now < browse_until:
            view.select(ids[state["i"] % len(ids)])
            state["i"] += 1
        elif not state["playing"]:
            routine = next(
                (e.routine for e in view.entries() if e.routine and e.routine.id == "amplify"),
                next(e.routine for e in view.entries() if e.routine),
            )
            state["playing"] = window.start_routine(routine)
        elif window.controller.active:
            window.controller.skip()

    driver = QTimer()
    driver.setInterval(400)
    driver.timeout.connect(step)
    driver.start()
    app.exec()
    meter.stop()
    driver.stop()
    if window.controller.active:
        window.controller.stop()
    return {
        "mode": mode,
        "first_frame_ms": first_frame * 1000,
        "ticks": len(gaps),
        "p99_ms": percentile(gaps, 99) * 1000,
        "max_ms": max(gaps, default=0.0) * 1000,
        "selected": state["i"],
    }


def run_child(mode: str, seconds: float) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="supple-bench-pictures-") as tmp:
        env = dict(os.environ, SUPPLE_HOME=str(Path(tmp) / "home"))
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        result = subprocess.run(
            [sys.executable, __file__, "--child", mode, "--seconds", str(seconds)],
            capture_output=True,
            text=True,
            env=env,
            timeout=seconds + 120,
        )
    if result.returncode != 0:
        raise SystemExit(f"{mode} child failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return json.loads(result.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=10.0)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", choices=["baseline", "hostile"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.seconds)))
        return 0
    base = run_child("baseline", args.seconds)
    hostile = run_child("hostile", args.seconds)
    rows = []
    for data, what in (
        (base, "bundled routines only (baseline)"),
        (hostile, "with hostile pictures (bomb, bypasses, 30 heavy steps)"),
    ):
        rows.append(
            {
                "what": what,
                "first_frame_ms": data["first_frame_ms"],
                "p99_ms": data["p99_ms"],
                "max_ms": data["max_ms"],
                "ratio": data["max_ms"] / base["max_ms"] if base["max_ms"] > 0 else 1.0,
                "target": f"max<={TARGET_MAX_MS:g}" if data is hostile else "-",
                "met": ("yes" if data["max_ms"] <= TARGET_MAX_MS else "NO")
                if data is hostile
                else "-",
            }
        )
    report("pictures: GUI gaps while browsing and playing", rows, args.json)
    return 0 if rows[1]["met"] == "yes" else 1


if __name__ == "__main__":
    sys.exit(main())
