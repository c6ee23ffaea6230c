"""The voice list grouped by language, the person's own language first: espeak-ng
offers ~100 voices, and one alphabetical list of them was a long scroll to find one."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QLocale

from supple.speech.voice import VoiceInfo


def base_language(tag: str) -> str:
    """ "en-gb" -> "en"; "" for a voice that names no language."""
    return tag.replace("_", "-").split("-")[0].lower()


def language_name(code: str) -> str:
    """The language's name in English words ("German"), or the code when Qt has none."""
    if not code:
        return "Other"
    language = QLocale(code).language()
    if language in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return code
    return QLocale.languageToString(language)


def grouped(voices: Iterable[VoiceInfo], system: str) -> list[tuple[str, list[VoiceInfo]]]:
    """(language name, its voices by name), the ``system`` language's group first, then
    the others by name."""
    groups: dict[str, list[VoiceInfo]] = {}
    for voice in voices:
        groups.setdefault(base_language(voice.language), []).append(voice)
    mine = base_language(system)
    order = sorted(groups, key=lambda code: (code != mine, language_name(code).casefold(), code))
    return [
        (language_name(code), sorted(groups[code], key=lambda v: (v.name.casefold(), v.id)))
        for code in order
    ]
