"""Render every pose picture as the app shows it, for looking at and for a blind check.

    python tools/render_poses.py OUTDIR [--seed N] [--labelled] [--only NAME ...]

Writes to OUTDIR:

* ``sheet.png``: one contact sheet of every pose in ``assets/poses`` (every frame of every
  exercise), without labels and in a random order (``--seed``, 15 by default). Each cell shows
  the picture twice, on the light theme's card and on the dark theme's card, under a cell
  number only.
* ``key.txt``: cell number -> pose name, to score someone naming the cells.
* ``names.txt``: the exercise names and, for exercises drawn in several frames, the frame
  names: what a person doing the blind check is given with the sheet.
* with ``--labelled``: ``labelled-light.png`` / ``labelled-dark.png``, every pose with its name,
  at thumbnail size (120 px wide) and at player size (500 px wide), for a designer's look.

Pictures are rasterised with Qt's QSvgRenderer offscreen, through the app's own picture loader
(supple.ui.kit.picture.load_image) onto the card colour of the app's light and dark palettes
(supple.ui.kit.theme), so what is checked is what the player shows.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "app"))

from PySide6.QtCore import QRectF, QSize, Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from supple.ui.kit import picture, theme  # noqa: E402

sys.path.insert(0, str(ROOT / "tools"))
import posegen  # noqa: E402

POSE_DIR = ROOT / "assets" / "poses"
CELL_W = 300  # each picture in a sheet cell: 300 x 225
GAP = 14
NUMBER_H = 22

EXERCISES = posegen.EXERCISES


def exercise_poses() -> dict[str, str]:
    """pose name -> "exercise: frame" as given to the blind check."""
    out = {}
    for exercise, frames in EXERCISES.items():
        for frame, name in frames.items():
            out[name] = f"{exercise}: {frame}" if frame else exercise
    return out


def card_colours() -> dict[str, QColor]:
    return {
        "light": theme.card(theme.light_palette()),
        "dark": theme.card(theme.dark_palette()),
    }


def pose_image(path: Path, width: int, card: QColor) -> QImage:
    """The pose as the player draws it: fitted by the app's loader, on the card colour."""
    height = width * 3 // 4
    img = QImage(width, height, QImage.Format.Format_ARGB32)
    img.fill(card)
    pic = picture.load_image(path, QSize(width, height))
    if pic is None:
        raise SystemExit(f"{path}: the app's picture loader could not draw it")
    p = QPainter(img)
    p.drawImage((width - pic.width()) // 2, (height - pic.height()) // 2, pic)
    p.end()
    return img


def _font(px: int) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    return font


def contact_sheet(names: list[str], cards: dict[str, QColor], cols: int = 3) -> QImage:
    """Cells numbered from 1, each the pose on the light card and on the dark card."""
    cell_w = 2 * CELL_W + GAP
    cell_h = NUMBER_H + CELL_W * 3 // 4
    rows = -(-len(names) // cols)
    img = QImage(
        GAP + cols * (cell_w + 2 * GAP), GAP + rows * (cell_h + GAP), QImage.Format.Format_ARGB32
    )
    img.fill(QColor("#b8bcc2"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setFont(_font(16))
    for i, name in enumerate(names):
        x = GAP + (i % cols) * (cell_w + 2 * GAP)
        y = GAP + (i // cols) * (cell_h + GAP)
        p.setPen(QColor("#111111"))
        p.drawText(QRectF(x, y, cell_w, NUMBER_H), Qt.AlignmentFlag.AlignLeft, str(i + 1))
        for j, tone in enumerate(("light", "dark")):
            p.drawImage(
                x + j * (CELL_W + GAP),
                y + NUMBER_H,
                pose_image(POSE_DIR / f"{name}.svg", CELL_W, cards[tone]),
            )
    p.end()
    return img


def labelled(names: list[str], card: QColor, text: QColor) -> QImage:
    """Every pose with its name: a row of thumbnails (120 px), then player-sized (500 px)."""
    thumb, large, cols = 120, 500, 3
    label = 18
    t_cols = 8
    t_rows = -(-len(names) // t_cols)
    l_rows = -(-len(names) // cols)
    width = max(t_cols * (thumb + GAP), cols * (large + GAP)) + GAP
    t_h = thumb * 3 // 4 + label
    l_h = large * 3 // 4 + label
    img = QImage(
        width, GAP + t_rows * (t_h + GAP) + l_rows * (l_h + GAP) + GAP, QImage.Format.Format_ARGB32
    )
    img.fill(card)
    p = QPainter(img)
    p.setFont(_font(12))
    p.setPen(text)
    for i, name in enumerate(names):
        x = GAP + (i % t_cols) * (thumb + GAP)
        y = GAP + (i // t_cols) * (t_h + GAP)
        p.drawImage(x, y, pose_image(POSE_DIR / f"{name}.svg", thumb, card))
        p.drawText(QRectF(x, y + t_h - label, thumb, label), Qt.AlignmentFlag.AlignCenter, name)
    top = GAP + t_rows * (t_h + GAP) + GAP
    for i, name in enumerate(names):
        x = GAP + (i % cols) * (large + GAP)
        y = top + (i // cols) * (l_h + GAP)
        p.drawImage(x, y, pose_image(POSE_DIR / f"{name}.svg", large, card))
        p.drawText(QRectF(x, y + l_h - label, large, label), Qt.AlignmentFlag.AlignCenter, name)
    p.end()
    return img


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--seed", type=int, default=15)
    ap.add_argument("--labelled", action="store_true", help="also write labelled sheets")
    ap.add_argument("--only", nargs="+", metavar="NAME", help="labelled sheets of just these")
    args = ap.parse_args(argv)
    _app = QApplication.instance() or QApplication([])
    files = sorted(p.stem for p in POSE_DIR.glob("*.svg"))
    if not files:
        raise SystemExit(f"no SVGs in {POSE_DIR}; run tools/posegen.py first")
    known = exercise_poses()
    missing = sorted(set(files) - set(known))
    if missing:
        raise SystemExit(f"poses not named in EXERCISES: {', '.join(missing)}")
    args.out.mkdir(parents=True, exist_ok=True)
    cards = card_colours()
    if args.only or args.labelled:
        names = args.only or files
        for tone, card in cards.items():
            text = QColor("#222222" if tone == "light" else "#dddddd")
            labelled(names, card, text).save(str(args.out / f"labelled-{tone}.png"))
        if args.only:
            return 0
    order = list(files)
    random.Random(args.seed).shuffle(order)
    contact_sheet(order, cards).save(str(args.out / "sheet.png"))
    key = "".join(f"{i + 1}\t{name}\t{known[name]}\n" for i, name in enumerate(order))
    (args.out / "key.txt").write_text(key, encoding="utf-8")
    lines = []
    for exercise, frames in EXERCISES.items():
        shown = [f for f in frames if f]
        lines.append(f"- {exercise}" + (f" (frames: {'; '.join(shown)})" if shown else ""))
    (args.out / "names.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(order)} cells to {args.out / 'sheet.png'} (key: {args.out / 'key.txt'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
