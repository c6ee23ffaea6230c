"""`supple check FILE...`: validate routine files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from supple.i18n import _, ngettext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("check", help=_("validate routine files and exported packages"))
    parser.add_argument(
        "files", nargs="+", metavar="FILE", help=_("routine JSON files or exported .zip packages")
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
            members = ngettext("{n} member checked", "{n} members checked", n).format(n=n)
            print(
                _("{file}: ok ({id}, {steps}; {members})").format(
                    file=printable(name),
                    id=routine.id,
                    steps=_steps(len(routine.steps)),
                    members=members,
                )
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
        shown = {"file": printable(name), "id": routine.id, "steps": _steps(len(routine.steps))}
        if routine.translations:
            languages = ", ".join(routine.languages)
            print(
                _("{file}: ok ({id}, {steps}; in {languages})").format(**shown, languages=languages)
            )
        else:
            print(_("{file}: ok ({id}, {steps})").format(**shown))
    return status


def _steps(n: int) -> str:
    return ngettext("{n} step", "{n} steps", n).format(n=n)
