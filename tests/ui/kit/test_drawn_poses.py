"""The bundled poses kept as drawn (supple.ui.kit.drawn_poses): the next start reads a
kept drawing instead of drawing the SVG, an updated picture is drawn afresh, and a
damaged file or a cache that cannot be written changes nothing the person sees."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from supple import paths
from supple.ui.kit import picture_cache
from supple.ui.kit.drawn_poses import DrawnPoses
from supple.ui.kit.picture_cache import PictureCache
from supple.ui.kit.picture_render import Rendered, render_bundled

BOX = QSize(100, 72)


@pytest.fixture
def pose() -> Path:
    return sorted(paths.poses_dir().glob("*.svg"))[0]


@pytest.fixture
def drawn(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The poses drawn from their SVG, in the order they were drawn."""
    seen: list[Path] = []

    def counted(path: Path, box: QSize) -> Rendered:
        seen.append(path)
        return render_bundled(path, box)

    monkeypatch.setattr(picture_cache, "render_bundled", counted)
    return seen


def _alike(a: QImage, b: QImage) -> bool:
    """Equal but for the rounding of semi-transparent edge pixels (PNG keeps straight
    alpha, the drawing is premultiplied)."""
    if a.size() != b.size():
        return False
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = a.pixelColor(x, y), b.pixelColor(x, y)
            if abs(pa.alpha() - pb.alpha()) > 1:
                return False
            if pa.alpha() > 32 and any(
                abs(ca - cb) > 3 for ca, cb in zip(pa.getRgb()[:3], pb.getRgb()[:3], strict=True)
            ):
                return False
    return True


def test_a_pose_drawn_once_is_read_back_at_the_next_start(
    qapp: QApplication, pose: Path, drawn: list[Path]
) -> None:
    first = PictureCache(kept=DrawnPoses())
    original = first.lookup(pose, BOX)
    assert original is not None and original.image is not None
    assert first.kept is not None and first.kept.flush()
    assert drawn == [pose]

    again = PictureCache(kept=DrawnPoses())  # a new start: nothing in memory
    read = again.lookup(pose, BOX)
    assert read is not None and read.image is not None
    assert drawn == [pose]  # not drawn a second time
    assert read.image.format() == QImage.Format.Format_ARGB32_Premultiplied
    assert _alike(read.image, original.image)


def test_each_size_is_kept_apart(qapp: QApplication, pose: Path, drawn: list[Path]) -> None:
    kept = DrawnPoses()
    cache = PictureCache(kept=kept)
    cache.lookup(pose, BOX)
    cache.lookup(pose, QSize(300, 200))
    assert kept.flush()
    again = PictureCache(kept=DrawnPoses())
    big = again.lookup(pose, QSize(300, 200))
    small = again.lookup(pose, BOX)
    assert big is not None and big.image is not None and small is not None
    assert small.image is not None
    assert big.image.width() > small.image.width()
    assert len(drawn) == 2


def test_a_changed_picture_is_drawn_afresh(qapp: QApplication, tmp_path: Path, pose: Path) -> None:
    copy = tmp_path / "pose.svg"
    shutil.copy(pose, copy)
    kept = DrawnPoses(lambda: tmp_path / "kept")
    image = render_bundled(copy, BOX).image
    assert image is not None
    kept.keep(copy, BOX, image)
    assert kept.flush()
    assert kept.load(copy, BOX) is not None
    info = copy.stat()
    os.utime(copy, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))  # updated
    assert kept.load(copy, BOX) is None


def test_a_damaged_kept_file_is_drawn_again_and_written_anew(
    qapp: QApplication, pose: Path, drawn: list[Path]
) -> None:
    kept = DrawnPoses()
    PictureCache(kept=kept).lookup(pose, BOX)
    assert kept.flush()
    file = kept.file_for(pose, BOX)
    assert file is not None and file.is_file()
    file.write_bytes(b"\x89PNG\r\n\x1a\n not a picture any more")

    again = PictureCache(kept=DrawnPoses())
    shown = again.lookup(pose, BOX)
    assert shown is not None and shown.image is not None and not shown.image.isNull()
    assert drawn == [pose, pose]
    assert again.kept is not None and again.kept.flush()
    assert again.kept.load(pose, BOX) is not None  # rewritten


def test_a_kept_file_larger_than_the_box_is_not_used(
    qapp: QApplication, tmp_path: Path, pose: Path
) -> None:
    kept = DrawnPoses(lambda: tmp_path)
    file = kept.file_for(pose, BOX)
    assert file is not None
    big = QImage(QSize(400, 400), QImage.Format.Format_ARGB32)
    big.fill(0)
    assert big.save(str(file), "png")
    assert kept.load(pose, BOX) is None


def test_a_cache_that_cannot_be_written_changes_nothing(
    qapp: QApplication, tmp_path: Path, pose: Path
) -> None:
    in_the_way = tmp_path / "file"
    in_the_way.write_text("not a folder", encoding="utf-8")
    kept = DrawnPoses(lambda: in_the_way / "poses-drawn")
    shown = PictureCache(kept=kept).lookup(pose, BOX)
    assert shown is not None and shown.image is not None
    assert kept.flush()
    assert in_the_way.read_text(encoding="utf-8") == "not a folder"


def test_the_folder_is_held_to_its_bound_the_oldest_going_first(
    qapp: QApplication, tmp_path: Path, pose: Path
) -> None:
    kept = DrawnPoses(lambda: tmp_path, max_files=5, prune_to=3)
    image = render_bundled(pose, QSize(40, 40)).image
    assert image is not None
    for n, width in enumerate(range(40, 48)):
        box = QSize(width, 40)
        existing = [p for p in tmp_path.glob("*.png")]
        for i, file in enumerate(sorted(existing, key=lambda p: p.stat().st_mtime_ns)):
            os.utime(file, (1000 + i, 1000 + i))  # written in this order, a second apart
        kept.keep(pose, box, image)
        assert kept.flush()
        assert n < 5 or len(list(tmp_path.glob("*.png"))) <= 5
    names = sorted(p.name for p in tmp_path.glob("*.png"))
    assert 3 <= len(names) <= 5
    assert any("-47x40-" in name for name in names)  # the newest is kept
    assert not any("-40x40-" in name for name in names)  # the oldest went
    assert not list(tmp_path.glob(".*.tmp"))  # no half-written file left


# A copy of Supple killed while it writes a drawing: between the temporary file and its
# rename (os.replace kills the process instead).
KILLED_WRITER = """
import os, signal, sys
from pathlib import Path
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from supple.ui.kit import drawn_poses

os.replace = lambda *args: os.kill(os.getpid(), signal.SIGKILL)
image = QImage(QSize(40, 40), QImage.Format.Format_ARGB32_Premultiplied)
image.fill(0)
kept = drawn_poses.DrawnPoses(lambda: Path(sys.argv[1]))
kept.keep(Path(sys.argv[2]), QSize(40, 40), image)
kept.flush()
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_drawing_a_killed_copy_left_half_written_goes_at_the_next_write(
    qapp: QApplication, tmp_path: Path, pose: Path
) -> None:
    killed = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER, str(tmp_path), str(pose)],
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        timeout=60,
    )
    assert killed.returncode == -9, killed.stderr
    left = list(tmp_path.glob(".*.tmp"))
    assert len(left) == 1 and not list(tmp_path.glob("*.png"))
    assert left[0].name.split(".")[-3].isdigit()  # .NAME.PID.RANDOM.tmp: the killed pid

    kept = DrawnPoses(lambda: tmp_path)  # the next start draws something new
    image = render_bundled(pose, QSize(50, 40)).image
    assert image is not None
    kept.keep(pose, QSize(50, 40), image)
    assert kept.flush()
    assert len(list(tmp_path.glob("*.png"))) == 1
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_routine_own_picture_is_never_kept(
    qapp: QApplication, tmp_path: Path, pose: Path
) -> None:
    own = tmp_path / "mine.svg"
    shutil.copy(pose, own)
    kept = DrawnPoses(lambda: tmp_path / "kept")
    cache = PictureCache(kept=kept)
    assert cache.lookup(own, BOX) is None  # drawn by a worker, as before
    assert cache.wait(qapp.processEvents)
    assert kept.flush()
    assert not (tmp_path / "kept").exists()
