"""Supple's words outside the windows, in the person's language: a gettext catalogue.

The command line's labels, messages and help, and the messages made below ``ui/``
(routine problems, a picture's refusal, settings notes, speech problems, history
errors), which the windows show as they come. Qt-free, and every layer may use it::

    from supple.i18n import _, ngettext

    _("the file is empty")
    ngettext("{n} step", "{n} steps", n).format(n=n)

``N_`` only marks a text for extraction (a module-level constant); ``_`` translates it
where it is used. The catalogues are ``locale/LANG/LC_MESSAGES/supple.po`` beside this
module (tools/update_translations.py brings them up to date); the compiled ``.mo`` files
are build output: in the package (the wheel's build hook and the bundle's spec compile
them with Babel), or, in a source checkout, compiled once into the cache folder by
tools/compile_catalogues.py in a process of its own, so Babel is never imported here.

English (the sources' own words) until ``set_language`` is called: the command line
calls it at start with its language (cli/language.py), the windows when they install
their Qt translators (ui/shell/window_language.py). An unknown language, or a missing or
damaged ``.mo`` file, is English, never an error.
"""

from __future__ import annotations

import gettext as _gettext
import logging
import sys
from collections.abc import Mapping
from dataclasses import field
from pathlib import Path

from supple.value_class import value_class

log = logging.getLogger("supple.i18n")

DOMAIN = "supple"
ENGLISH = "en"
NO_LOCALE = ("", "C", "POSIX")
PACKAGE_LOCALE = Path(__file__).resolve().parent / "locale"
_COMPILER = Path(__file__).resolve().parents[2] / "tools" / "compile_catalogues.py"

_translation: _gettext.NullTranslations = _gettext.NullTranslations()
_language = ENGLISH


def gettext(message: str) -> str:
    """``message`` in the current language (itself when it has no translation)."""
    return _translation.gettext(message)


_ = gettext


def ngettext(singular: str, plural: str, n: int) -> str:
    """The form of ``singular``/``plural`` for the count ``n``, in the current language."""
    return _translation.ngettext(singular, plural, n)


def pgettext(context: str, message: str) -> str:
    """``message`` as meant in ``context``, in the current language."""
    return _translation.pgettext(context, message)


def number(value: int) -> str:
    """A whole number with the language's thousands separator ("3,600", "3.600")."""
    # TRANSLATORS: the separator between thousands in numbers such as 3,600.
    return f"{value:,}".replace(",", pgettext("thousands separator", ","))


def N_(message: str) -> str:
    """Mark ``message`` for extraction only; translate it with ``_`` where it is used."""
    return message


@value_class
class Message:
    """A text translated when it is shown, not when it is made: ``template`` (marked
    with ``N_``) and its fields, which may be Messages too. For what is made before the
    language is known (the settings file is read before the windows install theirs)."""

    template: str
    fields: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return gettext(self.template).format(**{k: str(v) for k, v in self.fields.items()})


def language() -> str:
    """The language of the catalogue in use ("de", "es"; "en" when none is)."""
    return _language


def candidates(tag: str) -> list[str]:
    """gettext's names for a language tag: "de-AT.UTF-8" -> ["de_AT", "de"]; [] for English
    and for no locale ("C", "POSIX", "")."""
    base = tag.strip().partition(".")[0].partition("@")[0].replace("-", "_")
    if base in NO_LOCALE:
        return []
    primary = base.partition("_")[0].lower()
    if primary == ENGLISH or not primary:
        return []
    region = base.partition("_")[2]
    return [f"{primary}_{region.upper()}", primary] if region else [primary]


def set_language(tag: str) -> str:
    """Speak ``tag``'s language from now on ("de", "es-MX", "de_DE.UTF-8"); English for
    one without a catalogue. Returns the language now in use."""
    global _translation, _language
    names = candidates(tag)
    translation: _gettext.NullTranslations = _gettext.NullTranslations()
    folder = catalogue_dir() if names else None
    if folder is not None:
        try:
            translation = _gettext.translation(DOMAIN, str(folder), names, fallback=True)
        except Exception as exc:  # a damaged .mo (bad magic, cut short, bad header)
            log.warning("the %s catalogue could not be read: %s", tag, exc)
    _translation = translation
    found = translation.info().get("language", "") if names else ""
    _language = found.replace("_", "-") if found else ENGLISH
    return _language


def catalogue_dir() -> Path | None:
    """The folder with LANG/LC_MESSAGES/supple.mo: the package's own, else compiled into
    the cache from a source checkout's .po files (once, and again when one changes)."""
    if any(PACKAGE_LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.mo")):
        return PACKAGE_LOCALE
    sources = list(PACKAGE_LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))
    if not sources or not _COMPILER.is_file():
        return None
    from supple import paths

    compiled = paths.cache_dir() / "locale"
    wanted = [compiled / po.parent.relative_to(PACKAGE_LOCALE) / f"{DOMAIN}.mo" for po in sources]
    newest = max(po.stat().st_mtime for po in sources)
    if all(mo.is_file() and mo.stat().st_mtime >= newest for mo in wanted):
        return compiled
    import subprocess  # only here: the window's start and the parser do without it

    try:
        # Babel compiles, in a process of its own: it is never imported by the app.
        subprocess.run(
            [sys.executable, str(_COMPILER), str(compiled)],
            check=True,
            capture_output=True,
            text=True,
        )
    except (OSError, subprocess.SubprocessError) as exc:  # no Babel here: English
        detail = getattr(exc, "stderr", "") or exc
        log.warning("the message catalogues could not be compiled: %s", detail)
        return None
    return compiled
