"""The language the command line shows routines and speaks cues in.

``--language`` when given, else the locale's, read as gettext reads it:
``LANGUAGE`` (its first entry), ``LC_ALL``, ``LC_MESSAGES``, ``LANG``. "C" and
"POSIX" (no locale) are English. A routine without a translation for the language
is shown in its own (Routine.localized).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

LOCALE_VARIABLES = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")
NO_LOCALE = ("C", "POSIX")


def locale_language(environ: Mapping[str, str] | None = None) -> str:
    """The locale's language tag ("de_AT.UTF-8" -> "de-AT"; no locale: "en")."""
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "").strip()
        if name == "LANGUAGE":
            value = value.split(":")[0].strip()
            # gettext ignores LANGUAGE when the locale itself is C
            if not value or _locale_of(env) in NO_LOCALE:
                continue
        if not value:
            continue
        tag = value.partition(".")[0].partition("@")[0].replace("_", "-")
        if tag in NO_LOCALE or not tag:
            return "en"
        return tag
    return "en"


def _locale_of(env: Mapping[str, str]) -> str:
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "").strip()
        if value:
            return value.partition(".")[0]
    return "C"


def language_option(arguments: list[str]) -> str | None:
    """The value of the command's ``--language`` among ``arguments``, read before the
    parser is built, so that its help is in that language too; None when not given."""
    for i, argument in enumerate(arguments):
        if argument == "--":
            break
        if argument.startswith("--language="):
            return argument.partition("=")[2]
        if argument == "--language" and i + 1 < len(arguments):
            return arguments[i + 1]
    return None


def chosen_language(explicit: str | None) -> str:
    """``--language`` if given, else the locale's."""
    return explicit.strip() if explicit and explicit.strip() else locale_language()
