"""A step's picture: a bundled pose (chosen from thumbnails) or one's own image file.

An own file is checked before it is accepted, by its content (never its name): an
SVG must rebuild cleanly within bounds, a raster picture's header must give sane
dimensions (read without decoding the picture); a refusal says why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImageReader, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supple import paths
from supple.routine.picture_file import PictureRefused, read_picture
from supple.ui.kit.picture import CACHE, PictureView

IMAGE_FILTER = "*.png *.jpg *.jpeg *.svg"


def check_image_file(path: Path) -> str | None:
    """Why ``path`` cannot be a step's picture, or None if it can: the check that
    ``supple check`` and import make (supple.routine.picture_file), then whether Qt
    can decode a raster picture's bytes."""
    if path.suffix.lower() not in (".png", ".jpg", ".jpeg", ".svg"):
        return QCoreApplication.translate(
            "PictureField", "Pictures must be PNG, JPEG or SVG files."
        )
    try:
        picture = read_picture(path)
    except PictureRefused as refused:
        return QCoreApplication.translate("PictureField", "This picture {reason}.").format(
            reason=refused.message
        )
    if picture.kind != "svg":
        buffer = QBuffer()
        buffer.setData(QByteArray(picture.data))
        buffer.open(QBuffer.OpenModeFlag.ReadOnly)
        if not QImageReader(buffer, picture.kind.encode()).canRead():
            return QCoreApplication.translate(
                "PictureField", "This file is not a picture Supple can read."
            )
    return None


def pose_names() -> list[str]:
    try:
        return sorted(p.stem for p in paths.poses_dir().glob("*.svg"))
    except OSError:
        return []


def pose_label(name: str) -> str:
    return name.replace("-", " ").capitalize()


def thumbnail(path: Path, size: QSize, tile: QColor | None = None) -> QIcon:
    """The picture at ``size``, on a rounded ``tile`` of its own (the list's base colour
    unless given), the same when selected: on a transparent canvas, and tinted by the
    style when selected, the blue figure vanished into the blue selection."""
    image = CACHE.get(path, size)
    if image is None:
        return QIcon()
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QApplication

    if tile is None:
        tile = QApplication.palette().color(QPalette.ColorRole.Base)
    canvas = QPixmap(size)
    canvas.fill(Qt.GlobalColor.transparent)
    painter = QPainter(canvas)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tile)
    painter.drawRoundedRect(canvas.rect(), 6, 6)
    painter.drawImage(
        (size.width() - image.width()) // 2, (size.height() - image.height()) // 2, image
    )
    painter.end()
    icon = QIcon()
    for mode in (QIcon.Mode.Normal, QIcon.Mode.Selected, QIcon.Mode.Active):
        icon.addPixmap(canvas, mode)
    return icon


class PosePicker(QDialog):
    """Every bundled pose as a thumbnail; Enter or a double click takes one."""

    def __init__(self, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("posePicker")
        self.setWindowTitle(self.tr("Choose a bundled picture"))
        self.list = QListWidget()
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(QSize(120, 90))
        self.list.setGridSize(QSize(148, 130))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setAccessibleName(self.tr("Bundled pictures"))
        for name in pose_names():
            item = QListWidgetItem(
                thumbnail(paths.poses_dir() / f"{name}.svg", QSize(120, 90)), pose_label(name)
            )
            item.setData(Qt.ItemDataRole.UserRole, f"pose:{name}")
            self.list.addItem(item)
            if f"pose:{name}" == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Use this picture"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None


class PictureField(QWidget):
    """The picture, what it is, and buttons to change it.

    ``bundled_chosen(ref)``, ``file_chosen(path)`` and ``removed()`` carry the
    person's intent; the controller checks and copies own files.
    """

    bundled_chosen = Signal(str)
    file_chosen = Signal(object)  # Path
    removed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ref = ""
        self.view = PictureView(radius=12)
        self.view.setAccessibleName(self.tr("Step picture"))  # the alt text: its description
        self.view.setMinimumSize(128, 96)
        self.view.setFixedSize(160, 120)
        self.caption = QLabel()
        self.caption.setObjectName("muted")
        self.caption.setWordWrap(True)
        self.bundled_button = QPushButton(self.tr("Bundled picture…"))
        self.own_button = QPushButton(self.tr("Own picture…"))
        self.own_button.setToolTip(
            self.tr("A PNG, JPEG or SVG file; it is copied next to the routine")
        )
        self.remove_button = QPushButton(self.tr("No picture"))
        self.bundled_button.clicked.connect(self.pick_bundled)
        self.own_button.clicked.connect(self.pick_file)
        self.remove_button.clicked.connect(self.removed)
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.caption)
        for button in (self.bundled_button, self.own_button, self.remove_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(14)
        layout.addWidget(self.view)
        layout.addLayout(buttons, 1)

    def show_picture(self, ref: str, path: Path | None, extra_frames: list[str]) -> None:
        self.ref = ref
        self.view.set_path(path)
        if not ref:
            text = self.tr("No picture")
        elif ref.startswith("pose:"):
            text = self.tr("Bundled: {name}").format(name=pose_label(ref[5:]))
        else:
            text = self.tr("Own picture: {name}").format(name=Path(ref).name)
        if extra_frames:
            text += "\n" + self.tr("Also has pictures for: {phases}").format(
                phases=", ".join(extra_frames)
            )
        self.caption.setText(text)
        self.remove_button.setEnabled(bool(ref))

    def pick_bundled(self) -> None:
        dialog = PosePicker(self.ref, self)
        chosen = dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
        dialog.deleteLater()
        if chosen:
            self.bundled_chosen.emit(chosen)

    def pick_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a picture"),
            str(Path.home()),
            self.tr("Pictures ({patterns})").format(patterns=IMAGE_FILTER),
        )
        if name:
            self.file_chosen.emit(Path(name))
