"""Hostile pictures, generated: each a few lines, no binary fixtures.

``bypasses(folder, secret)`` writes the seven ways the old SVG link filter was
bypassed (issue 22) and a plain outside link, each trying to draw ``secret`` (a
solid red PNG outside the routine's folder: if any of it is drawn, red pixels
show). ``use_bomb`` is the 1.9 KB drawing whose ``<use>`` copies multiply to
10**9 elements; ``fan_out`` is a heavy but flat drawing.
"""

from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path

SVG_NS = "http://www.w3.org/2000/svg"
XLINK_NS = "http://www.w3.org/1999/xlink"
ROOT = f'<svg xmlns="{SVG_NS}" xmlns:xlink="{XLINK_NS}" width="100" height="100">'


def red_png(path: Path, side: int = 50) -> Path:
    """A solid red ``side`` x ``side`` PNG, written without Qt."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * side for _ in range(side))
    header = struct.pack(">IIBBBBB", side, side, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )
    return path


def _image(attribute: str) -> str:
    return f'<image x="0" y="0" width="100" height="100" {attribute}/>'


def bypasses(folder: Path, secret: Path) -> dict[str, Path]:
    """Every way found to make the old filter draw ``secret``; name -> file in ``folder``."""
    target = str(secret)
    inner = ROOT + _image(f'xlink:href="{target}"') + "</svg>"
    nested = "data:image/svg+xml;base64," + base64.b64encode(inner.encode()).decode()
    texts = {
        "plain-href.svg": ROOT + _image(f'href="{target}"') + "</svg>",
        "dtd-default-href.svg": (
            f'<?xml version="1.0"?><!DOCTYPE svg [<!ATTLIST image href CDATA "{target}">]>'
            + ROOT + _image("") + "</svg>"
        ),
        "dtd-default-xlink.svg": (
            '<?xml version="1.0"?><!DOCTYPE svg '
            f'[<!ATTLIST image xlink:href CDATA "{target}">]>' + ROOT + _image("") + "</svg>"
        ),
        "entity.svg": (
            '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY pic "<image width=\'100\' '
            f"height='100' &#104;ref='{target}'/>\">]>" + ROOT + "&pic;</svg>"
        ),
        "nested-data.svg": ROOT + _image(f'href="{nested}"') + "</svg>",
        "utf7.svg": (
            '<?xml version="1.0" encoding="UTF-7"?>'
            + ROOT + f'<image x="0" y="0" width="100" height="100" +AGg-ref="{target}"/></svg>'
        ),
        "svg-as.png": inner,
        "svg-as.jpg": inner,
    }  # fmt: skip
    written = {}
    for name, text in texts.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        written[name] = path
    return written


def use_bomb(path: Path, levels: int = 9, fan: int = 10) -> Path:
    """A drawing of a few KB whose nested ``<use>`` copies make ``fan ** levels`` rects."""
    groups = ['<g id="l0"><rect width="1" height="1" fill="red"/></g>']
    for level in range(1, levels + 1):
        uses = "".join(f'<use xlink:href="#l{level - 1}"/>' for _ in range(fan))
        groups.append(f'<g id="l{level}">{uses}</g>')
    text = f'{ROOT}<defs>{"".join(groups)}</defs><use xlink:href="#l{levels}"/></svg>'
    path.write_text(text, encoding="utf-8")
    return path


def fan_out(path: Path, copies: int, children: int = 100) -> Path:
    """A flat drawing: one group of ``children`` shapes used ``copies`` times."""
    shapes = "".join(
        f'<circle cx="{i % 100}" cy="{i * 7 % 100}" r="9" fill="#3a7" stroke="#123"/>'
        for i in range(children)
    )
    uses = "".join('<use xlink:href="#g"/>' for _ in range(copies))
    path.write_text(f'{ROOT}<defs><g id="g">{shapes}</g></defs>{uses}</svg>', encoding="utf-8")
    return path
