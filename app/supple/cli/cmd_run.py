"""`supple run ROUTINE`: open the player on a routine and start it at once."""

from __future__ import annotations

import argparse
import sys

from supple.i18n import _


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("run", help=_("open the player and start a routine"))
    parser.add_argument(
        "routine", metavar="ROUTINE", help=_("a routine id (see `supple list`) or file")
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, qt_args: list[str] | None = None) -> int:
    from supple.cli.format import printable
    from supple.cli.gui import display_problem
    from supple.routine import RoutineError, resolve_routine

    try:
        routine = resolve_routine(args.routine)
    except RoutineError as exc:
        for line in exc.lines():
            print(printable(line), file=sys.stderr)
        return 1
    problem = display_problem(qt_args or [])
    if problem is not None:
        print(problem, file=sys.stderr)
        return 1
    # Qt is imported only now, so the other commands never load it.
    from supple.cli.gui import load_app

    return int(load_app().run_app(list(qt_args or []), routine=routine))
