"""Pictures are read safely and sharply; the screenshot script renders every screen."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from helpers import ROOT, png_header_only
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QImage

from supple import paths
from supple.ui.kit.picture import MAX_DIMENSION, load_image


def test_svg_poses_render_at_the_size_asked(qapp) -> None:
    image = load_image(paths.poses_dir() / "cat.svg", QSize(800, 450))
    assert image is not None
    assert image.width() <= 800 and image.height() <= 450
    assert image.width() == 800 or image.height() == 450  # fills the box one way
    assert any(image.pixelColor(x, y).alpha() > 0 for x in range(0, 800, 8) for y in (200, 300))


def test_large_raster_pictures_are_scaled_while_read(qapp, tmp_path: Path) -> None:
    big = QImage(3000, 2000, QImage.Format.Format_RGB32)
    big.fill(QColor("#3a7"))
    path = tmp_path / "big.png"
    assert big.save(str(path))
    image = load_image(path, QSize(300, 300))
    assert image is not None
    assert (image.width(), image.height()) == (300, 200)


def test_a_picture_claiming_gigantic_dimensions_is_never_decoded_whole(
    qapp,
    tmp_path: Path,
) -> None:
    bomb = png_header_only(tmp_path / "bomb.png", 200_000, 200_000)
    assert bomb.stat().st_size < 200
    image = load_image(bomb, QSize(640, 480))
    # Either refused or read at the small size: never a 200000-pixel side.
    assert image is None or (image.width() <= 640 and image.height() <= 480)
    assert MAX_DIMENSION <= 8192


def test_missing_or_broken_pictures_give_none(qapp, tmp_path: Path) -> None:
    assert load_image(tmp_path / "nope.png", QSize(100, 100)) is None
    junk = tmp_path / "junk.jpg"
    junk.write_bytes(b"not a jpeg at all")
    assert load_image(junk, QSize(100, 100)) is None
    bad_svg = tmp_path / "bad.svg"
    bad_svg.write_text("<svg", encoding="utf-8")
    assert load_image(bad_svg, QSize(100, 100)) is None


def _load_screenshots_module():
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "tools" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _distinct_colours(image: QImage) -> int:
    seen = set()
    for x in range(0, image.width(), max(1, image.width() // 64)):
        for y in range(0, image.height(), max(1, image.height() // 40)):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_screenshot_script_renders_every_screen(qapp, tmp_path: Path) -> None:
    screenshots = _load_screenshots_module()
    written = screenshots.render_all(tmp_path)
    names = {p.name for p in written}
    screens = (
        "library",
        "hold",
        "breath",
        "reps",
        "rest",
        "open",
        "paused",
        "summary",
        "editor",
        "stop",  # the dialogs over the window, where they open
        "checkin-before",
        "checkin-stopped",
        "history",
        "rename",
        "import-conflict",
        "catalogue",
        "settings-voice",  # the Settings dialog over the window, on each tab
        "settings-session",
        "settings-reminders",
        "settings-screen",
    )
    for screen in screens:
        for theme in ("light", "dark"):
            for size in ("1280x800", "1024x600"):
                assert f"{screen}-{theme}-{size}.png" in names
    for theme in ("light", "dark"):
        assert {f"tray-menu-{theme}.png", f"notification-{theme}.png"} <= names
    assert len(written) == len(screens) * 4 + 4
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path
        if path.stem.startswith(("tray-menu-", "notification-")):
            assert image.width() > 150 and image.height() > 150, path  # their own size
            assert _distinct_colours(image) > 6, f"{path.name} looks blank"
            continue
        w, h = path.stem.rsplit("-", 1)[1].split("x")
        assert (image.width(), image.height()) == (int(w), int(h)), path
        assert _distinct_colours(image) > 6, f"{path.name} looks blank"
    light = QImage(str(tmp_path / "hold-light-1280x800.png")).pixelColor(640, 790)
    dark = QImage(str(tmp_path / "hold-dark-1280x800.png")).pixelColor(640, 790)
    assert light.lightnessF() > 0.7 and dark.lightnessF() < 0.3
