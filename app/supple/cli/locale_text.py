"""Dates and numbers as the command line's language writes them (cli/language.py).

The command line does not depend on the system's compiled locales (most machines
have only C and the one they were installed with), so the few forms `supple
history` prints are here for the languages Supple speaks: English keeps the ISO
dates it always printed; German and Spanish write their own day and month names,
day.month.year and a decimal comma.
"""

from __future__ import annotations

from datetime import date

_DAYS = {
    "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
    "es": ("lun", "mar", "mié", "jue", "vie", "sáb", "dom"),
}
_MONTHS = {
    "de": ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}
_DATE = {"de": "{d:02d}.{m:02d}.{y}", "es": "{d:02d}/{m:02d}/{y}"}


def _primary(language: str) -> str:
    return language.replace("_", "-").partition("-")[0].lower()


def day_text(day: date, language: str) -> str:
    """ "Wed 2026-12-02", "Mi 02.12.2026", "mié 02/12/2026"."""
    lang = _primary(language)
    if lang not in _DAYS:
        return f"{day:%a %Y-%m-%d}"
    numbers = _DATE[lang].format(d=day.day, m=day.month, y=day.year)
    return f"{_DAYS[lang][day.weekday()]} {numbers}"


def short_date(day: date, language: str, *, year: bool = False) -> str:
    """ "02 Dec" ("02 Dec 2026" with ``year``), "02. Dez", "02 dic"."""
    lang = _primary(language)
    if lang not in _MONTHS:
        return f"{day:%d %b %Y}" if year else f"{day:%d %b}"
    dot = "." if lang == "de" else ""
    text = f"{day.day:02d}{dot} {_MONTHS[lang][day.month - 1]}"
    return f"{text} {day.year}" if year else text


def decimal(value: float, language: str, places: int = 1) -> str:
    """ "12.5", or "12,5" in German and Spanish."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if _primary(language) in _DAYS else text
