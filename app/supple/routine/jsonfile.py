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

from supple.routine.format_error import FormatProblem as Problem
from supple.routine.format_error import RoutineError

MAX_FILE_BYTES = 1024 * 1024  # a generous routine is a few kilobytes
MAX_INT_DIGITS = 30


class _BadNumber(ValueError):
    pass


def _parse_constant(name: str) -> Any:
    raise _BadNumber(f"{name} is not a number JSON allows")


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadNumber(f"the number {text[:40]} is too large")
    return value


def _parse_int(text: str) -> int:
    digits = text.lstrip("-")
    if len(digits) > MAX_INT_DIGITS:
        raise _BadNumber(f"a number with {len(digits)} digits is too large")
    return int(text)


class _DuplicateKey(ValueError):
    pass


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(f"the key {key!r} appears twice in one object")
        result[key] = value
    return result


def parse_json_text(text: str, file: str) -> Any:
    """Parse JSON text, raising RoutineError with a plain message on any failure."""
    if not text.strip():
        raise RoutineError(file, [Problem("", "the file is empty")])
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
            [Problem("", f"not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}")],
        ) from None
    except (_BadNumber, _DuplicateKey) as exc:
        raise RoutineError(file, [Problem("", f"not valid JSON: {exc}")]) from None
    except RecursionError:
        raise RoutineError(file, [Problem("", "the JSON is nested too deeply")]) from None
    except ValueError as exc:  # e.g. int conversion limits
        raise RoutineError(file, [Problem("", f"not valid JSON: {exc}")]) from None


def decode_bytes(data: bytes, file: str) -> str:
    if b"\x00" in data[:4096]:
        raise RoutineError(file, [Problem("", "this is a binary file, not a routine (JSON text)")])
    try:
        return data.decode("utf-8-sig")  # a byte-order mark is allowed and dropped
    except UnicodeDecodeError as exc:
        at = exc.start + len(data) - len(exc.object)  # exc.object lacks the mark
        raise RoutineError(
            file,
            [Problem("", f"the text is not UTF-8 (byte 0x{data[at]:02x} at offset {at})")],
        ) from None


_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a FIFO (a named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def not_a_file(path: Path) -> str:
    """What ``path`` is when it is no regular file, in plain words ("is a FIFO (a named
    pipe), not a file", "does not exist"). Looks without opening (a FIFO would block)."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return "does not exist" if not path.is_symlink() else "is a link to nothing"
    except OSError as exc:
        return f"cannot be looked at: {exc.strerror or exc}"
    for test, kind in _KINDS:
        if test(mode):
            return f"is {kind}, not a file"
    return "is not a regular file"


def read_json_file(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Any:
    """Read and parse ``path``; never reads more than ``max_bytes`` + 1 bytes."""
    file = str(path)
    try:
        if not path.is_file():
            raise RoutineError(file, [Problem("", f"cannot read: the path {not_a_file(path)}")])
        size = path.stat().st_size
        if size > max_bytes:
            raise RoutineError(
                file,
                [Problem("", f"the file is {size:,} bytes; routines are limited to {max_bytes:,}")],
            )
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise RoutineError(
            file, [Problem("", f"cannot read the file: {exc.strerror or exc}")]
        ) from None
    if len(data) > max_bytes:  # grew while we looked
        raise RoutineError(file, [Problem("", f"the file is larger than {max_bytes:,} bytes")])
    return parse_json_text(decode_bytes(data, file), file)
