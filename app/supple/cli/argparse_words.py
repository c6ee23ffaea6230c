"""argparse's own words ("usage:", "options", "show this help message and exit", its
errors) through Supple's catalogue, so that the help and the usage errors are in one
language.

argparse translates them with the ``_`` and ``ngettext`` it imports from gettext (the
"messages" domain, which nothing installs); ``install`` points those two names at
supple.i18n. The texts below are the ones Python 3.10-3.13 say to a person using
`supple`, marked here so that they are extracted into the catalogue.
"""

from __future__ import annotations

import argparse

from supple import i18n
from supple.i18n import N_

WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("show program's version number and exit"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("expected one argument"),
    N_("expected at most one argument"),
    N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("unrecognized arguments: %s"),
    N_("ignored explicit argument %r"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def install() -> None:
    """argparse speaks the catalogue's language from now on (it looks its ``_`` and
    ``ngettext`` up each time it says something)."""
    argparse._ = i18n.gettext  # type: ignore[attr-defined]
    argparse.ngettext = i18n.ngettext  # type: ignore[attr-defined]
