"""The catalogue shows each exercise by the frame that tells it apart (the held pose)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice

from supple.routine.catalogue import bundled_catalogue
from supple.ui.editor.catalogue_dialog import ICON, CatalogueDialog


def _pixels(icon) -> bytes:
    image = icon.pixmap(ICON).toImage()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(data.data())


def test_no_two_exercises_have_the_same_thumbnail(qtbot) -> None:
    """Pixel-identical thumbnails only where two exercises are drawn by one picture file
    (the two walks share the one walking figure there is); Bridge, Hip lifts and Pelvic
    tilt, whose first frame is the same lying pose, are told apart by their held pose."""
    exercises = bundled_catalogue()
    dialog = CatalogueDialog(exercises)
    qtbot.addWidget(dialog)
    seen: dict[bytes, tuple[str, str]] = {}  # pixels: (title, picture file)
    clashes = []
    for row in range(dialog.list.count()):
        item = dialog.list.item(row)
        assert not item.icon().isNull(), item.text()
        ill = exercises[row].step.illustration
        file = ill.frames[ill.characteristic_key].ref
        pixels = _pixels(item.icon())
        if pixels in seen and seen[pixels][1] != file:
            clashes.append((seen[pixels][0], item.text()))
        seen.setdefault(pixels, (item.text(), file))
    assert not clashes
    assert len(seen) == len({f for _t, f in seen.values()}) >= len(exercises) - 1
    by_title = {title: pixels for pixels, (title, _f) in seen.items()}
    lying = [by_title[t] for t in ("Bridge", "Hip lifts", "Pelvic tilt")]
    assert len(set(lying)) == 3


def test_the_preview_shows_the_held_pose_and_says_so(qtbot) -> None:
    exercises = bundled_catalogue()
    dialog = CatalogueDialog(exercises)
    qtbot.addWidget(dialog)
    row = next(i for i, e in enumerate(exercises) if e.title == "Bridge")
    dialog.list.setCurrentRow(row)
    assert dialog.picture.path is not None and dialog.picture.path.stem == "bridge-up"


def test_the_selected_thumbnail_stands_out_from_the_selection(qtbot) -> None:
    from PySide6.QtGui import QColor, QIcon, QPalette

    exercises = bundled_catalogue()
    dialog = CatalogueDialog(exercises)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.list.setCurrentRow(0)
    item = dialog.list.item(0)
    icon = item.icon()
    normal = icon.pixmap(ICON, QIcon.Mode.Normal).toImage()
    selected = icon.pixmap(ICON, QIcon.Mode.Selected).toImage()
    assert normal == selected  # not tinted towards the selection's colour
    # Drawn in the list: under the selected row's icon, mostly its tile, not the blue.
    shot = dialog.list.viewport().grab().toImage()
    rect = dialog.list.visualItemRect(item)
    highlight = dialog.list.palette().color(QPalette.ColorRole.Highlight)
    ratio = shot.devicePixelRatio()
    near = total = 0
    for x in range(rect.left() + 8, rect.left() + ICON.width() - 4, 2):
        for y in range(rect.top() + 8, rect.top() + ICON.height() - 4, 2):
            colour = QColor(shot.pixel(int(x * ratio), int(y * ratio)))
            total += 1
            diff = sum(
                abs(a - b) for a, b in zip(colour.getRgb()[:3], highlight.getRgb()[:3], strict=True)
            )
            near += diff < 60
    assert total and near / total < 0.2, (near, total)
