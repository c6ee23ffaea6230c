"""`supple plan ROUTINE`: the timeline as a table, or as JSON."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any

from supple.cli.format import duration, table

# Small (two enums and a dataclass); its values are the --verbosity choices.
from supple.session.cues import Verbosity

if TYPE_CHECKING:
    from supple.session.timeline import Segment, Timeline


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("plan", help="print a routine's timeline")
    parser.add_argument(
        "routine", metavar="ROUTINE", help="a routine id (see `supple list`) or file"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument(
        "--verbosity",
        choices=[v.value for v in Verbosity],
        default=Verbosity.FULL.value,
        help="which cues are spoken (default: full)",
    )
    parser.set_defaults(run=run)


def _cues(segment: Segment, verbosity: Verbosity) -> list[dict[str, Any]]:
    return [
        {
            "at": round(segment.start + cue.offset, 3),
            "text": cue.text,
            "priority": int(cue.priority),
        }
        for cue in segment.cues
        if cue.spoken_at(verbosity)
    ]


def plan_document(timeline: Timeline, verbosity: Verbosity) -> dict[str, Any]:
    return {
        "routine": timeline.routine.id,
        "total_seconds": timeline.total_seconds,
        "segments": [
            {
                "start": seg.start,
                "duration": seg.duration,
                "kind": seg.kind.value,
                "step": seg.step,
                "title": seg.title,
                "side": seg.side.value if seg.side else None,
                "rep": seg.rep,
                "reps": seg.reps,
                "breath": seg.breath,
                "breaths": seg.breaths,
                "frame": seg.frame,
                "cues": _cues(seg, verbosity),
            }
            for seg in timeline.segments
        ],
    }


def _of(n: int | None, total: int | None) -> str:
    return f"{n}/{total}" if n is not None and total is not None else ""


def run(args: argparse.Namespace) -> int:
    from supple.routine import RoutineError, resolve_routine
    from supple.session.timeline import build_timeline

    try:
        routine = resolve_routine(args.routine)
    except RoutineError as exc:
        for line in exc.lines():
            print(line, file=sys.stderr)
        return 1
    timeline = build_timeline(routine)
    verbosity = Verbosity(args.verbosity)
    if args.json:
        print(json.dumps(plan_document(timeline, verbosity), ensure_ascii=False))
        return 0
    rows = []
    for seg in timeline.segments:
        texts = " | ".join(cue["text"] for cue in _cues(seg, verbosity))
        rows.append(
            [
                duration(seg.start),
                "open" if seg.duration is None else f"{seg.duration:g}s",
                seg.kind.value,
                f"{seg.step + 1} {seg.title}",
                seg.side.value if seg.side else "",
                _of(seg.rep, seg.reps),
                _of(seg.breath, seg.breaths),
                texts,
            ]
        )
    print(f"{routine.title} ({routine.id})")
    print(table(rows, ["AT", "FOR", "KIND", "STEP", "SIDE", "REP", "BREATH", "SAYS"]))
    print(
        f"\nTotal {duration(timeline.total_seconds)}"
        + (
            f", about {duration(timeline.estimated_seconds)} with open-ended holds"
            if timeline.estimated_seconds != timeline.total_seconds
            else ""
        )
    )
    return 0
