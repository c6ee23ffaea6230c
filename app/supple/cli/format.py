"""Small text helpers for command-line output."""

from __future__ import annotations

import shutil
import textwrap

MIN_WRAPPED = 24  # the narrowest a wrapped last column gets, however narrow the terminal


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
