"""The `supple` command line.

With no command it opens the main window. Sub-commands print to the terminal
and never show a traceback for bad input: exit 0 on success, 1 when something
checked is invalid, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Sequence

from supple.cli import commands
from supple.version import __version__


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="supple",
        description="A hands-free coach for stretch and mobility routines. "
        "Without a command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"supple {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for register in commands.REGISTRY:
        register(sub)
    return parser


def _safe_streams() -> None:
    # Titles may hold characters a legacy console encoding lacks; never crash on them.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _safe_streams()
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    if args.command is None:
        from supple.cli.gui import launch_gui

        return launch_gui(extra)
    if extra:
        parser.error(f"unrecognised arguments: {' '.join(extra)}")
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
