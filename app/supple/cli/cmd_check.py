"""`supple check FILE...`: validate routine files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("check", help="validate routine files and exported packages")
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help="routine JSON files or exported .zip packages"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from supple.cli.format import printable
    from supple.routine import RoutineError, load_routine
    from supple.routine.picture_file import picture_problems
    from supple.routine.transfer import check_package, is_package

    status = 0
    for name in args.files:
        if is_package(Path(name)):
            # An exported package: what is inside is checked, as the import checks it.
            try:
                checked = check_package(Path(name))
            except RoutineError as exc:
                status = 1
                for line in exc.problems:
                    print(printable(line.describe(name)), file=sys.stdout)
                continue
            routine = checked.routine
            n = len(checked.members)
            print(
                f"{printable(name)}: ok ({routine.id}, {_steps(len(routine.steps))};"
                f" {n} member{'s' if n != 1 else ''} checked)"
            )
            continue
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
        languages = f"; in {', '.join(routine.languages)}" if routine.translations else ""
        print(f"{printable(name)}: ok ({routine.id}, {_steps(len(routine.steps))}{languages})")
    return status


def _steps(n: int) -> str:
    return f"{n} step" if n == 1 else f"{n} steps"
