"""Reading a JSON document defensively: size cap, encoding, strict numbers.

Routine files come from anywhere (imports, downloads, hand edits), so reading
one must never crash, hang or exhaust memory. Problems are reported as
:class:`RoutineError` naming the file.
"""

from __future__ import annotations

import json
import math
import stat
from pathlib import Path
from typing import Any

from supple.i18n import N_, _, number
from supple.routine.format_error import FormatProblem as Problem
from supple.routine.format_error import RoutineError

MAX_FILE_BYTES = 1024 * 1024  # a generous routine is a few kilobytes
MAX_INT_DIGITS = 30


class _BadNumber(ValueError):
    pass


def _parse_constant(name: str) -> Any:
    raise _BadNumber(_("{name} is not a number JSON allows").format(name=name))


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber(_("the number {number} is too large").format(number=text[:40]))
    return value


def _parse_int(text: str) -> int:
    digits = text.lstrip("-")
    if len(digits) > MAX_INT_DIGITS:
        raise _BadNumber(_("a number with {digits} digits is too large").format(digits=len(digits)))
    return int(text)


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            twice = _("the key {key} appears twice in one object")
            raise _DuplicateKey(twice.format(key=repr(key)))
        result[key] = value
    return result


def parse_json_text(text: str, file: str) -> Any:
    """Parse JSON text, raising RoutineError with a plain message on any failure."""
    if not text.strip():
        raise RoutineError(file, [Problem("", _("the file is empty"))])
    try:
        return json.loads(
            text,
            parse_constant=_parse_constant,
            parse_float=_parse_float,
            parse_int=_parse_int,
            object_pairs_hook=_no_duplicates,
        )
    except json.JSONDecodeError as exc:
        raise RoutineError(
            file,
            [
                Problem(
                    "",
                    _("not valid JSON: {reason} at line {line}, column {column}").format(
                        reason=exc.msg, line=exc.lineno, column=exc.colno
                    ),
                )
            ],
        ) from None
    except (_BadNumber, _DuplicateKey) as exc:
        invalid = _("not valid JSON: {reason}").format(reason=exc)
        raise RoutineError(file, [Problem("", invalid)]) from None
    except RecursionError:
        raise RoutineError(file, [Problem("", _("the JSON is nested too deeply"))]) from None
    except ValueError as exc:  # e.g. int conversion limits
        invalid = _("not valid JSON: {reason}").format(reason=exc)
        raise RoutineError(file, [Problem("", invalid)]) from None


def decode_bytes(data: bytes, file: str) -> str:
    if b"\x00" in data[:4096]:
        binary = _("this is a binary file, not a routine (JSON text)")
        raise RoutineError(file, [Problem("", binary)])
    try:
        return data.decode("utf-8-sig")  # a byte-order mark is allowed and dropped
    except UnicodeDecodeError as exc:
        at = exc.start + len(data) - len(exc.object)  # exc.object lacks the mark
        raise RoutineError(
            file,
            [
                Problem(
                    "",
                    _("the text is not UTF-8 (byte {byte} at offset {offset})").format(
                        byte=f"0x{data[at]:02x}", offset=at
                    ),
                )
            ],
        ) from None


_KINDS = (
    (stat.S_ISDIR, N_("is a folder, not a file")),
    (stat.S_ISFIFO, N_("is a FIFO (a named pipe), not a file")),
    (stat.S_ISCHR, N_("is a character device, not a file")),
    (stat.S_ISBLK, N_("is a block device, not a file")),
    (stat.S_ISSOCK, N_("is a socket, not a file")),
)


def not_a_file(path: Path) -> str:
    """What ``path`` is when it is no regular file, in plain words ("is a FIFO (a named
    pipe), not a file", "does not exist"). Looks without opening (a FIFO would block)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return _("does not exist") if not path.is_symlink() else _("is a link to nothing")
    except OSError as exc:
        return _("cannot be looked at: {reason}").format(reason=exc.strerror or exc)
    for test, kind in _KINDS:
        if test(mode):
            return _(kind)
    return _("is not a regular file")


def read_json_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Any:
    """Read and parse ``path``; never reads more than ``max_bytes`` + 1 bytes."""
    file = str(path)
    try:
        if not path.is_file():
            unread = _("cannot read: the path {problem}").format(problem=not_a_file(path))
            raise RoutineError(file, [Problem("", unread)])
        size = path.stat().st_size
        if size > max_bytes:
            raise RoutineError(
                file,
                [
                    Problem(
                        "",
                        _("the file is {size} bytes; routines are limited to {limit}").format(
                            size=number(size), limit=number(max_bytes)
                        ),
                    )
                ],
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise RoutineError(
            file,
            [Problem("", _("cannot read the file: {reason}").format(reason=exc.strerror or exc))],
        ) from None
    if len(data) > max_bytes:  # grew while we looked
        larger = _("the file is larger than {limit} bytes").format(limit=number(max_bytes))
        raise RoutineError(file, [Problem("", larger)])
    return parse_json_text(decode_bytes(data, file), file)
