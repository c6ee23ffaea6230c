"""`supple check FILE...`: validate routine files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("check", help="validate routine files")
    parser.add_argument("files", nargs="+", metavar="FILE", help="routine JSON files")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from supple.cli.format import printable
    from supple.routine import RoutineError, load_routine
    from supple.routine.picture_file import picture_problems

    status = 0
    for name in args.files:
        try:
            routine = load_routine(Path(name))
        except RoutineError as exc:
            status = 1
            for line in exc.problems:
                print(printable(line.describe(name)), file=sys.stdout)
            continue
        # Own pictures are read and an SVG rebuilt as the app draws them: the same
        # message import and the library give.
        pictures = picture_problems(routine)
        if pictures:
            status = 1
            for line in pictures:
                print(printable(line.describe(name)), file=sys.stdout)
            continue
        print(f"{printable(name)}: ok ({routine.id}, {len(routine.steps)} steps)")
    return status
