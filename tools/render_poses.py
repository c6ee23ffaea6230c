"""Render the pose SVGs (and the app icon) to PNG with Qt's own SVG renderer, for looking at.

    python tools/render_poses.py OUTDIR

Writes, for every ``assets/poses/NAME.svg``: ``NAME-light.png`` and ``NAME-dark.png`` (400x300 on
white and on #1e1e1e), then ``sheet-light.png`` / ``sheet-dark.png`` (every pose as a ~96 px tall
thumbnail, the size a glance from two metres gets, and again large), and ``icon-light.png`` /
``icon-dark.png`` with the app icon at 16, 32 and 256 px. Uses QSvgRenderer (SVG Tiny 1.2), so
whatever it cannot draw shows up here first.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
POSE_DIR = ROOT / "assets" / "poses"
ICON = ROOT / "assets" / "icons" / "supple.svg"
BACKGROUNDS = {"light": "#ffffff", "dark": "#1e1e1e"}
TEXT = {"light": "#333333", "dark": "#cccccc"}
THUMB_H = 96
LARGE_W, LARGE_H = 400, 300
LABEL_H = 18


def load(path: Path) -> QSvgRenderer:
    renderer = QSvgRenderer(str(path))
    if not renderer.isValid():
        raise SystemExit(f"{path}: QSvgRenderer could not load it")
    return renderer


def draw(painter: QPainter, renderer: QSvgRenderer, rect: QRectF) -> None:
    renderer.render(painter, rect)


def blank(w: int, h: int, bg: str) -> QImage:
    img = QImage(w, h, QImage.Format.Format_ARGB32)
    img.fill(QColor(bg))
    return img


def render_one(renderer: QSvgRenderer, bg: str, w: int = LARGE_W, h: int = LARGE_H) -> QImage:
    img = blank(w, h, bg)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw(p, renderer, QRectF(0, 0, w, h))
    p.end()
    return img


def sheet(renderers: dict[str, QSvgRenderer], tone: str) -> QImage:
    bg, fg = BACKGROUNDS[tone], TEXT[tone]
    names = list(renderers)
    thumb_w = THUMB_H * LARGE_W // LARGE_H
    thumb_cols = 8
    thumb_rows = -(-len(names) // thumb_cols)
    large_cols = 4
    large_rows = -(-len(names) // large_cols)
    gap = 8
    width = max(thumb_cols * (thumb_w + gap), large_cols * (LARGE_W + gap)) + gap
    thumbs_h = thumb_rows * (THUMB_H + LABEL_H + gap)
    height = gap + thumbs_h + gap + large_rows * (LARGE_H + LABEL_H + gap)
    img = blank(width, height, bg)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(12)
    p.setFont(font)
    p.setPen(QColor(fg))
    for i, name in enumerate(names):
        x = gap + (i % thumb_cols) * (thumb_w + gap)
        y = gap + (i // thumb_cols) * (THUMB_H + LABEL_H + gap)
        draw(p, renderers[name], QRectF(x, y, thumb_w, THUMB_H))
        p.drawText(QRectF(x, y + THUMB_H, thumb_w, LABEL_H), Qt.AlignmentFlag.AlignCenter, name)
    top = gap + thumbs_h + gap
    for i, name in enumerate(names):
        x = gap + (i % large_cols) * (LARGE_W + gap)
        y = top + (i // large_cols) * (LARGE_H + LABEL_H + gap)
        draw(p, renderers[name], QRectF(x, y, LARGE_W, LARGE_H))
        p.drawText(QRectF(x, y + LARGE_H, LARGE_W, LABEL_H), Qt.AlignmentFlag.AlignCenter, name)
    p.end()
    return img


def icon_strip(renderer: QSvgRenderer, tone: str) -> QImage:
    sizes = (16, 32, 256)
    gap = 16
    img = blank(sum(sizes) + gap * (len(sizes) + 1), max(sizes) + 2 * gap, BACKGROUNDS[tone])
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    x = gap
    for size in sizes:
        # Rendered at its real pixel size first, as a desktop would show it.
        small = QImage(size, size, QImage.Format.Format_ARGB32)
        small.fill(Qt.GlobalColor.transparent)
        sp = QPainter(small)
        sp.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(sp, QRectF(0, 0, size, size))
        sp.end()
        p.drawImage(x, gap + (max(sizes) - size) // 2, small)
        x += size + gap
    p.end()
    return img


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderers = {path.stem: load(path) for path in sorted(POSE_DIR.glob("*.svg"))}
    if not renderers:
        raise SystemExit(f"no SVGs in {POSE_DIR}; run tools/posegen.py first")
    for tone, bg in BACKGROUNDS.items():
        for name, renderer in renderers.items():
            render_one(renderer, bg).save(str(out / f"{name}-{tone}.png"))
        sheet(renderers, tone).save(str(out / f"sheet-{tone}.png"))
        if ICON.exists():
            icon_strip(load(ICON), tone).save(str(out / f"icon-{tone}.png"))
    print(f"wrote {len(renderers)} poses x {len(BACKGROUNDS)} backgrounds to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
