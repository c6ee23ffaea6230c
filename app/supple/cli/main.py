"""The `supple` command line.

With no arguments at all it opens the main window straight away: a launch from
the desktop does not build the parser or import the sub-commands (start-up time
is benchmarked). Sub-commands print to the terminal and never show a traceback
for bad input: exit 0 on success, 1 when something checked is invalid, 2 for a
usage error, which an unknown option is. Qt's own options (such as ``-platform``
or ``-style``) go to the window.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Sequence


def _safe_streams() -> None:
    # Titles may hold characters a legacy console encoding lacks; never crash on them.
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):
                reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _safe_streams()
    arguments = list(sys.argv[1:] if argv is None else argv)
    if not arguments:
        from supple.cli.gui import launch_gui

        return launch_gui([])
    from supple.cli.format import EscapingStream
    from supple.cli.parser import build_parser, split_qt_options

    # Whatever a command prints, no control character from a file reaches the terminal.
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is not None and not isinstance(stream, EscapingStream):
            setattr(sys, name, EscapingStream(stream))

    qt_args, ours = split_qt_options(arguments)
    from supple import i18n
    from supple.cli.language import chosen_language, language_option

    # Its words (and argparse's) in the language its routines are shown in.
    i18n.set_language(chosen_language(language_option(ours)))
    parser = build_parser()
    args, extra = parser.parse_known_args(ours)
    if extra or (qt_args and args.command is not None):
        # A mistyped option (`--verison`, `-x`) is a usage error, never a window.
        unknown = " ".join(extra or qt_args)
        parser.error(i18n.gettext("unrecognised arguments: {arguments}").format(arguments=unknown))
    if args.command is None:
        from supple.cli.gui import launch_gui

        return launch_gui(qt_args)
    try:
        return int(args.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
