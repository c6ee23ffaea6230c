"""A routine's own picture file, read once and judged by its bytes, never by its name.

``read_picture`` reads at most a bounded number of bytes from a regular file,
decides the format from the first bytes (PNG and JPEG by their signatures, SVG by
being XML), and returns what may be handed to a renderer: an SVG rebuilt by
``svg_clean`` (no DTD, no links out, bounded cost) or the raster bytes with the
dimensions read from their header (so a small file claiming a gigantic picture is
refused before anything is decoded). A file whose name says one kind and whose
content is another (an SVG saved as ``.png``) is refused: a renderer that sniffs
the content would otherwise draw what no check saw.

``picture_problems`` runs this over a routine's own pictures: ``supple check``,
import and the library all report the same message for the same file.
Qt-free.
"""

from __future__ import annotations

import os
import stat
import struct
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from supple.i18n import N_, _
from supple.routine.format_error import FormatProblem
from supple.routine.model import Routine
from supple.routine.names import pose_name
from supple.routine.parse import MAX_PICTURE_BYTES
from supple.routine.picture_refused import PictureRefused
from supple.routine.svg_clean import MAX_SVG_BYTES, clean_svg

__all__ = [
    "MAX_PIXELS",
    "MAX_RASTER_BYTES",
    "MAX_SIDE",
    "PictureData",
    "PictureRefused",
    "picture_problem",
    "picture_problems",
    "read_picture",
    "sniff",
]

MAX_RASTER_BYTES = MAX_PICTURE_BYTES  # as the routine loader allows for a picture file
MAX_SIDE = 8000  # pixels along either side of a raster picture
MAX_PIXELS = 40_000_000

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
JPEG_SIGNATURE = b"\xff\xd8\xff"
_NAMED = {".svg": "svg", ".png": "raster", ".jpg": "raster", ".jpeg": "raster"}
# "is named .png but is an SVG drawing; rename it to .svg", for each kind it may be.
_MISNAMED = {
    "svg": N_("is named {suffix} but is an SVG drawing; rename it to {proper}"),
    "png": N_("is named {suffix} but is a PNG picture; rename it to {proper}"),
    "jpeg": N_("is named {suffix} but is a JPEG picture; rename it to {proper}"),
}
# JPEG start-of-frame markers (they carry the size): C0-CF but DHT, JPG and DAC.
_SOF = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


@dataclass(frozen=True)
class PictureData:
    """What a renderer may be given: ``kind`` "svg" (clean bytes), "png" or "jpeg"."""

    kind: str
    data: bytes
    width: int = 0  # raster pictures: from the header
    height: int = 0
    cost: int = 1  # SVG: elements as drawn


def sniff(data: bytes) -> str | None:
    """The picture format ``data`` holds ("svg", "png", "jpeg"), or None."""
    if data.startswith(PNG_SIGNATURE):
        return "png"
    if data.startswith(JPEG_SIGNATURE):
        return "jpeg"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "svg" if b"<" in data[:64] else None  # UTF-16 XML; expat reads it
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return "svg" if head.startswith(b"<") else None


def _png_size(data: bytes) -> tuple[int, int] | None:
    if len(data) < 24 or data[12:16] != b"IHDR":
        return None
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    at = 2
    while at + 4 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # padding
            at += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            at += 2  # markers without a length
            continue
        (length,) = struct.unpack(">H", data[at + 2 : at + 4])
        if length < 2:
            return None
        if marker in _SOF:
            if at + 9 > len(data):
                return None
            height, width = struct.unpack(">HH", data[at + 5 : at + 9])
            return width, height
        at += 2 + length
    return None


def _read(path: Path, limit: int) -> bytes:
    """At most ``limit + 1`` bytes of a regular file (a FIFO or device is not waited on)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise PictureRefused(_("was not found"), kind="missing") from None
    except OSError as exc:
        unread = _("cannot be read: {reason}").format(reason=exc.strerror or exc)
        raise PictureRefused(unread, kind="damaged") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise PictureRefused(_("is not a regular file"), kind="damaged")
        chunks: list[bytes] = []
        left = limit + 1
        while left > 0:
            chunk = os.read(fd, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    except OSError as exc:
        unread = _("cannot be read: {reason}").format(reason=exc.strerror or exc)
        raise PictureRefused(unread, kind="damaged") from None
    finally:
        os.close(fd)


def read_picture(path: Path) -> PictureData:
    """The picture at ``path`` made safe to draw; PictureRefused says why it is not."""
    data = _read(path, max(MAX_RASTER_BYTES, MAX_SVG_BYTES))
    if len(data) > MAX_RASTER_BYTES:
        larger = _("is larger than {size} MB").format(size=MAX_RASTER_BYTES // 2**20)
        raise PictureRefused(larger, kind="large")
    kind = sniff(data)
    if kind is None:
        if data.startswith(b"\x1f\x8b"):
            raise PictureRefused(
                _("is compressed (.svgz or gzip); save it as a plain SVG file"), kind="type"
            )
        raise PictureRefused(
            _("is not a PNG, JPEG or SVG picture (its content is none of these)"), kind="type"
        )
    named = _NAMED.get(path.suffix.lower())
    if named is not None and named != ("svg" if kind == "svg" else "raster"):
        proper = ".svg" if kind == "svg" else f".{kind.replace('jpeg', 'jpg')}"
        raise PictureRefused(
            _(_MISNAMED[kind]).format(suffix=path.suffix, proper=proper), kind="type"
        )
    if kind == "svg":
        clean = clean_svg(data)
        return PictureData("svg", clean.data, cost=clean.cost)
    size = _png_size(data) if kind == "png" else _jpeg_size(data)
    if size is None or size[0] <= 0 or size[1] <= 0:
        damaged = _("is damaged: the size of the {kind} picture cannot be read")
        raise PictureRefused(damaged.format(kind=kind.upper()), kind="damaged")
    width, height = size
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        large = _(
            "is {width}×{height} pixels; pictures may be at most {side}×{side} "
            "({millions} million pixels): please use a smaller copy"
        )
        raise PictureRefused(
            large.format(
                width=width, height=height, side=MAX_SIDE, millions=MAX_PIXELS // 1_000_000
            ),
            kind="large",
        )
    return PictureData(kind, data, width, height)


def picture_problem(path: Path) -> PictureRefused | None:
    """Why the picture at ``path`` cannot be drawn, or None when it can."""
    try:
        read_picture(path)
    except PictureRefused as refused:
        return refused
    return None


ExtraCheck = Callable[[Path], "str | None"]  # a further problem with a picture, or None


def picture_problems(routine: Routine, extra: ExtraCheck | None = None) -> list[FormatProblem]:
    """Every own picture of ``routine`` that cannot be drawn, at its place in the file.

    Each file is read once however many steps show it; ``extra`` (the editor's
    reader, for instance) is asked about the pictures that pass."""
    problems: list[FormatProblem] = []
    verdicts: dict[Path, str | None] = {}
    for i, step in enumerate(routine.steps):
        if step.illustration is None:
            continue
        single = list(step.illustration.frames) == ["default"]
        for key, picture in step.illustration.frames.items():
            if pose_name(picture.ref) is not None:
                continue
            if picture.path not in verdicts:
                refused = picture_problem(picture.path)
                message = None
                if refused:
                    message = _("the picture {name} {problem}").format(
                        name=repr(picture.ref), problem=refused.message
                    )
                if message is None and extra is not None:
                    message = extra(picture.path)
                verdicts[picture.path] = message
            message = verdicts[picture.path]
            if message:
                where = f"steps[{i}].illustration" + ("" if single else f".{key}")
                problems.append(FormatProblem(where, message))
    return problems
