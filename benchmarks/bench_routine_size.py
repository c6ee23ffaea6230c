"""Routine size: the largest routine the loader allows, against a normal one.

A routine is bounded as a whole (routine/size.py: length, segments, cues), so
the work for the biggest one allowed is bounded too. This measures, for a
bundled routine and for a generated one near every bound: loading the file,
the plan (the timeline with room for the voice, then `supple plan --json`'s
document as text), the memory the plan takes (tracemalloc peak), and one
player tick (poll and status, as the session controller does every 40 ms).

Targets: the biggest plan within 2 s and 200 MB; a tick's cost the same
whatever the size (ratio at most 3, and under 1 ms).

    python benchmarks/bench_routine_size.py [--ticks 2000] [--json]
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import tracemalloc
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import measure, median_ms, report

from supple.cli.cmd_plan import plan_document
from supple.routine import Routine, load_routine
from supple.routine.model import BreathPattern
from supple.routine.size import MAX_SEGMENTS, routine_size
from supple.session import FakeClock, Player, SpeechFit, Verbosity, build_timeline
from supple.session.timeline import Timeline

ROOT = Path(__file__).resolve().parent.parent
NORMAL = ROOT / "routines" / "daily-back-care.json"


def largest_doc() -> dict[str, Any]:
    """Near every bound at once: short breaths on both sides, repeated cues elsewhere."""
    breathe = {
        "title": "Breathe",
        "hold": {"breaths": 32},
        "reps": {"count": 10, "release": 2},
        "sides": "both",
        "instructions": ["Sit tall.", "Let the shoulders drop."],
    }
    return {
        "format": "supple-routine",
        "version": 1,
        "id": "largest-allowed",
        "title": "The largest routine allowed",
        "defaults": {"breath": {"inhale": 1, "exhale": 1}},
        "steps": [dict(breathe, title=f"Breathe {i}") for i in range(10)],
    }


def plan(routine: Routine) -> Timeline:
    # The person's breath with a pause: three parts a breath, the most a breath can be.
    return build_timeline(routine, breath=BreathPattern(1, 1, 1), speech=SpeechFit())


def plan_text(routine: Routine) -> str:
    return json.dumps(plan_document(plan(routine), Verbosity.FULL))


def plan_peak_mb(routine: Routine) -> float:
    tracemalloc.start()
    try:
        plan_text(routine)
        return tracemalloc.get_traced_memory()[1] / 1e6
    finally:
        tracemalloc.stop()


def tick_ms(routine: Routine, ticks: int) -> float:
    """Milliseconds per poll-and-status, over ``ticks`` ticks 40 ms apart."""
    clock = FakeClock()
    player = Player(plan(routine), clock)
    player.start()

    def run() -> None:
        for _ in range(ticks):
            clock.advance(0.04)
            player.poll()
            player.status()

    return median_ms(measure(run, 3)) / ticks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ticks", type=int, default=2000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        big_file = Path(tmp) / "largest.json"
        big_file.write_text(json.dumps(largest_doc()), encoding="utf-8")
        normal, big = load_routine(NORMAL), load_routine(big_file)
        size = routine_size(big)
        load = [median_ms(measure(lambda f=f: load_routine(f), 5)) for f in (NORMAL, big_file)]
    plans = [median_ms(measure(lambda r=r: plan_text(r), 3)) for r in (normal, big)]
    peaks = [plan_peak_mb(r) for r in (normal, big)]
    ticks = [tick_ms(r, args.ticks) for r in (normal, big)]
    segments = [len(plan(r).segments) for r in (normal, big)]
    rows = [
        {"what": "segments in the plan", "normal": segments[0], "largest": segments[1],
         "ratio": segments[1] / segments[0], "target": f"<= {MAX_SEGMENTS:,} counted "
         f"({size.segments:,})"},
        {"what": "load the file (ms)", "normal": load[0], "largest": load[1],
         "ratio": load[1] / load[0], "target": "-"},
        {"what": "plan --json document (ms)", "normal": plans[0], "largest": plans[1],
         "ratio": plans[1] / plans[0], "target": "<= 2000"},
        {"what": "plan memory peak (MB)", "normal": peaks[0], "largest": peaks[1],
         "ratio": peaks[1] / peaks[0], "target": "<= 200"},
        {"what": "one player tick (ms)", "normal": ticks[0], "largest": ticks[1],
         "ratio": ticks[1] / ticks[0], "target": "ratio <= 3, < 1 ms"},
    ]  # fmt: skip
    report("routine size", rows, args.json)
    met = plans[1] <= 2000 and peaks[1] <= 200 and ticks[1] <= 3 * ticks[0] and ticks[1] < 1
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
