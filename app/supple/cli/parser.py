"""The `supple` command line's parser: the options and every sub-command."""

from __future__ import annotations

import argparse
import sys

from supple.cli import argparse_words, commands
from supple.i18n import _
from supple.version import __version__

# Qt's own options (QGuiApplication and QApplication), which go to the window; any
# other option that is not Supple's is a mistake to report, not a reason to open it.
QT_OPTIONS_WITH_VALUE = frozenset(
    {
        "-platform", "-platformpluginpath", "-platformtheme", "-plugin", "-qwindowgeometry",
        "-qwindowicon", "-qwindowtitle", "-session", "-style", "-stylesheet", "-display",
        "-geometry", "-title", "-name", "-visual", "-ncols", "-cmap", "-qmljsdebugger",
        "-fontengine", "-dialogs", "-darkmode",
    }
)  # fmt: skip
QT_FLAGS = frozenset({"-reverse", "-widgetcount", "-nograb", "-dograb", "-sync", "-testability"})


def split_qt_options(arguments: list[str]) -> tuple[list[str], list[str]]:
    """Qt's own options (with their values) and everything else, each in order.

    Qt takes ``-style fusion``, ``-style=fusion`` and the same with two dashes."""
    qt: list[str] = []
    rest: list[str] = []
    i = 0
    while i < len(arguments):
        argument = arguments[i]
        name = argument[1:] if argument.startswith("--") else argument
        if name in QT_FLAGS or (name.partition("=")[0] in QT_OPTIONS_WITH_VALUE and "=" in name):
            qt.append(argument)
        elif name in QT_OPTIONS_WITH_VALUE and i + 1 < len(arguments):
            qt += arguments[i : i + 2]
            i += 1
        else:
            rest.append(argument)
        i += 1
    return qt, rest


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, _("{prog}: error: {message}").format(prog=self.prog, message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    argparse_words.install()
    parser = _Parser(
        prog="supple",
        description=_(
            "A hands-free coach for stretch and mobility routines. "
            "Without a command, opens the app."
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"supple {__version__}",
        help=_("show program's version number and exit"),  # argparse's default is not translated
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for register in commands.REGISTRY:
        register(sub)
    return parser
