"""Generate every raster app icon from assets/icons/supple.svg.

    python tools/make_icons.py           write the icons (see below)
    python tools/make_icons.py --check   exit 1 if the committed icons are stale

Writes:
  packaging/linux/icons/hicolor/NxN/apps/APP_ID.png   N in HICOLOR_SIZES
  packaging/linux/icons/hicolor/scalable/apps/APP_ID.svg  (a copy of the SVG)
  packaging/icons/supple.ico    Windows: PNG images 16..256 in an ICO container
  packaging/icons/supple.icns   macOS: PNG images 16..1024 in an ICNS container

The SVG is rasterised with PySide6's QSvgRenderer (already a dependency of the
app); the ICO and ICNS containers are written with the standard library, so no
image library is needed. Both formats are a small header plus a table of
embedded PNG files.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "assets" / "icons" / "supple.svg"
APP_ID = "io.github.supple_app.Supple"
HICOLOR = ROOT / "packaging" / "linux" / "icons" / "hicolor"
ICO_PATH = ROOT / "packaging" / "icons" / "supple.ico"
ICNS_PATH = ROOT / "packaging" / "icons" / "supple.icns"

HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, and the pixel size of each.
# icp4/icp5/icp6: 16/32/64; ic07..ic10: 128/256/512/1024 (ic10 = 512@2x);
# ic11..ic14: the @2x variants of 16/32/128/256.
ICNS_TYPES: tuple[tuple[bytes, int], ...] = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
    (b"ic11", 32),
    (b"ic12", 64),
    (b"ic13", 256),
    (b"ic14", 512),
)

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def hicolor_png(size: int) -> Path:
    return HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def hicolor_svg() -> Path:
    return HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg"


# --- rasterising -------------------------------------------------------------


def _ensure_gui() -> object:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication([sys.argv[0]])
    return app


def render_png(svg: Path, size: int) -> bytes:
    """The SVG drawn into a size x size transparent image, as PNG bytes."""
    _ensure_gui()
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise SystemExit(f"make_icons: could not encode a {size} px PNG")
    buffer.close()
    return bytes(data.data())


# --- containers --------------------------------------------------------------


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    if data[:8] != PNG_SIGNATURE or data[12:16] != b"IHDR":
        raise ValueError("not a PNG file")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def build_ico(pngs: Iterable[bytes]) -> bytes:
    """An ICO file whose images are the given PNGs (Windows Vista and later read these)."""
    images = list(pngs)
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for data in images:
        width, height = png_size(data)
        if width > 256 or height > 256:
            raise ValueError("ICO images are at most 256 px")
        # 0 in the one-byte width/height fields means 256.
        entries += struct.pack(
            "<BBBBHHII", width % 256, height % 256, 0, 0, 1, 32, len(data), offset
        )
        offset += len(data)
    return header + entries + b"".join(images)


def read_ico(data: bytes) -> list[tuple[int, int, bytes]]:
    """(declared width, declared height, image bytes) for each image of an ICO file."""
    reserved, kind, count = struct.unpack_from("<HHH", data, 0)
    if reserved != 0 or kind != 1 or count == 0:
        raise ValueError("not an ICO file")
    out = []
    for i in range(count):
        width, height, _colors, _res, _planes, _bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * i
        )
        if offset + length > len(data):
            raise ValueError("ICO entry runs past the end of the file")
        out.append((width or 256, height or 256, data[offset : offset + length]))
    return out


def build_icns(elements: Iterable[tuple[bytes, bytes]]) -> bytes:
    """An ICNS file from (four-byte type, PNG bytes) pairs."""
    body = b"".join(kind + struct.pack(">I", 8 + len(data)) + data for kind, data in elements)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def read_icns(data: bytes) -> list[tuple[bytes, bytes]]:
    """(type, payload) for each element of an ICNS file."""
    if data[:4] != b"icns":
        raise ValueError("not an ICNS file")
    (total,) = struct.unpack(">I", data[4:8])
    if total != len(data):
        raise ValueError("ICNS length field does not match the file size")
    out = []
    pos = 8
    while pos < total:
        kind = data[pos : pos + 4]
        (length,) = struct.unpack(">I", data[pos + 4 : pos + 8])
        if length < 8 or pos + length > total:
            raise ValueError(f"ICNS element {kind!r} has a bad length")
        out.append((kind, data[pos + 8 : pos + length]))
        pos += length
    return out


# --- the outputs -------------------------------------------------------------


def wanted_files(svg: Path = SOURCE) -> dict[Path, bytes]:
    """Every output path and the bytes it should hold."""
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render_png(svg, size)
        return cache[size]

    files: dict[Path, bytes] = {hicolor_png(size): png(size) for size in HICOLOR_SIZES}
    files[hicolor_svg()] = svg.read_bytes()
    files[ICO_PATH] = build_ico(png(size) for size in ICO_SIZES)
    files[ICNS_PATH] = build_icns((kind, png(size)) for kind, size in ICNS_TYPES)
    return files


def _pixels(png: bytes) -> list[int]:
    _ensure_gui()
    from PySide6.QtGui import QImage

    image = QImage.fromData(png, "PNG").convertToFormat(QImage.Format.Format_RGBA8888)
    return list(bytes(image.constBits()))


def same_picture(a: bytes, b: bytes, tolerance: int = 8) -> bool:
    """True when two PNGs have the same size and no channel differs by more than tolerance.

    A little tolerance lets a different Qt version's anti-aliasing pass while
    any real change to the drawing does not.
    """
    if a == b:
        return True
    try:
        if png_size(a) != png_size(b):
            return False
    except ValueError:
        return False
    return all(abs(x - y) <= tolerance for x, y in zip(_pixels(a), _pixels(b), strict=True))


def stale_files(files: dict[Path, bytes]) -> list[Path]:
    stale = []
    for path, data in files.items():
        if not path.is_file():
            stale.append(path)
            continue
        current = path.read_bytes()
        if path.suffix == ".png":
            if not same_picture(current, data):
                stale.append(path)
        elif path.suffix == ".ico":
            old, new = read_ico(current), read_ico(data)
            if len(old) != len(new) or not all(
                same_picture(o[2], n[2]) for o, n in zip(old, new, strict=True)
            ):
                stale.append(path)
        elif path.suffix == ".icns":
            old_e, new_e = read_icns(current), read_icns(data)
            if [k for k, _ in old_e] != [k for k, _ in new_e] or not all(
                same_picture(o[1], n[1]) for o, n in zip(old_e, new_e, strict=True)
            ):
                stale.append(path)
        elif current != data:
            stale.append(path)
    return stale


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only report stale icons")
    args = parser.parse_args(argv)
    files = wanted_files()
    if args.check:
        stale = stale_files(files)
        for path in stale:
            print(f"stale: {path.relative_to(ROOT)}", file=sys.stderr)
        if stale:
            print("make_icons: run `python tools/make_icons.py`", file=sys.stderr)
        return 1 if stale else 0
    for path, data in files.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
