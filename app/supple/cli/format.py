"""Small text helpers for command-line output."""

from __future__ import annotations

import re
import shutil
import textwrap
from typing import Any, TextIO

MIN_WRAPPED = 24  # the narrowest a wrapped last column gets, however narrow the terminal

# Characters a terminal acts on instead of showing: C0 and C1 controls (escape
# sequences, carriage returns that overwrite a line), DEL, and the bidirectional
# and line-separator marks that reorder or break what is shown.
_OTHERS = r"\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069"
_CONTROL = re.compile(rf"[\x00-\x1f{_OTHERS}]")
# In a whole stream, the line ends Supple writes itself stay (LF, and CSV's CR LF).
_STREAM_CONTROL = re.compile(rf"\r(?!\n)|[\x00-\x09\x0b\x0c\x0e-\x1f{_OTHERS}]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    # \u for all but C0, which JSON never leaves raw: the escape stays valid in a JSON string.
    return f"\\x{code:02x}" if code < 0x20 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """``text`` with every control character shown as an escape (``\\x1b``, ``\\r``,
    ``\\u202e``), so what a file holds cannot move the cursor, rewrite a line or fake
    one: for anything from a file or the command line that the CLI prints."""
    return _CONTROL.sub(_escaped, str(text))


class EscapingStream:
    """A text stream that escapes control characters in everything written to it,
    keeping only line ends: the CLI's last guard, wherever a value comes from."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(_STREAM_CONTROL.sub(_escaped, text))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def data_stream(stream: TextIO) -> TextIO:
    """Where a data format (CSV) goes: the stream itself, unescaped, when it leads to a
    file or a pipe, so every value arrives exactly as stored (a tab stays a tab); on a
    terminal, the escaping stream, since there a person reads it."""
    if isinstance(stream, EscapingStream):
        inner = stream._stream
        isatty = getattr(inner, "isatty", None)
        try:
            on_terminal = bool(isatty()) if isatty is not None else False
        except (OSError, ValueError):
            on_terminal = False
        return stream if on_terminal else inner
    return stream


def duration(seconds: float) -> str:
    """12:05 style for durations; hours as 1:02:03."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


def table(rows: list[list[str]], headers: list[str], width: int | None = None) -> str:
    """Columns padded to line up; with ``width``, the last column is wrapped so that
    every line fits in that many characters (its continuation lines indented)."""
    rows = [[printable(cell) for cell in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))
    last = len(headers) - 1
    indent = sum(widths[:last]) + 2 * last
    wrap_at = None
    if width is not None and indent + widths[last] > width:
        wrap_at = max(MIN_WRAPPED, width - indent)
        widths[last] = min(widths[last], wrap_at)
    lines = ["  ".join(h.ljust(widths[i]) for i, h in enumerate(headers)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for row in rows:
        cells = list(row)
        tail = [cells[last]]
        if wrap_at is not None:
            tail = textwrap.wrap(cells[last], wrap_at, break_on_hyphens=False) or [""]
        cells[last] = tail[0]
        lines.append("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(cells)).rstrip())
        lines.extend(" " * indent + more for more in tail[1:])
    return "\n".join(lines)


def terminal_width() -> int:
    """The terminal's width ($COLUMNS first; 100 when there is no terminal)."""
    return shutil.get_terminal_size((100, 24)).columns
