"""Pick an exercise from the catalogue (every exercise of the bundled routines)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from supple.routine.catalogue import Exercise
from supple.ui.editor.picture_field import thumbnail
from supple.ui.kit import theme
from supple.ui.kit.picture import PictureView
from supple.ui.kit.text import hold_text

ICON = QSize(64, 48)


class CatalogueDialog(QDialog):
    def __init__(self, exercises: list[Exercise], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("catalogueDialog")
        self.setWindowTitle(self.tr("Add an exercise"))
        self.exercises = exercises
        self.list = QListWidget()
        self.list.setIconSize(ICON)
        self.list.setSpacing(2)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Exercises"))
        for i, exercise in enumerate(exercises):
            ill = exercise.step.illustration
            frame = ill.frames[ill.characteristic_key] if ill is not None else None
            icon = thumbnail(frame.path, ICON) if frame is not None else None
            item = QListWidgetItem(exercise.title)
            if icon is not None:
                item.setIcon(icon)
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.list.addItem(item)
        self.picture = PictureView(radius=14)
        self.picture.setAccessibleName(self.tr("Exercise picture"))
        self.picture.setFixedHeight(180)
        self.title = QLabel()
        self.title.setObjectName("formTitle")
        self.title.setFont(theme.pixel_font(self, 20, weight=self.title.font().Weight.Bold))
        self.meta = QLabel()
        self.meta.setStyleSheet(f"color: {theme.css(theme.muted_text(self.palette()))};")
        self.instructions = QLabel()
        self.instructions.setWordWrap(True)
        self.instructions.setTextFormat(Qt.TextFormat.PlainText)
        self.instructions.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        preview = QVBoxLayout()
        preview.addWidget(self.picture)
        preview.addWidget(self.title)
        preview.addWidget(self.meta)
        preview.addWidget(self.instructions, 1)
        body = QHBoxLayout()
        body.addWidget(self.list, 4)
        body.addSpacing(12)
        body.addLayout(preview, 5)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(self.tr("Add step"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemActivated.connect(lambda _item: self.accept())
        if exercises:
            self.list.setCurrentRow(0)
        else:
            self.add_button.setEnabled(False)
        self.resize(760, 520)

    def _show(self, row: int) -> None:
        exercise = self.exercise()
        self.add_button.setEnabled(exercise is not None)
        if exercise is None:
            return
        ill = exercise.step.illustration
        key = ill.characteristic_key if ill is not None else "default"
        self.picture.set_path(ill.frames[key].path if ill is not None else None)
        self.picture.set_description(ill.alt_text(key) if ill is not None else "")
        self.title.setText(exercise.title)
        self.meta.setText(
            self.tr("{hold} · from {routines}").format(
                hold=hold_text(exercise.step), routines=", ".join(exercise.routines)
            )
        )
        self.instructions.setText("\n".join(f"• {line}" for line in exercise.step.instructions))

    def exercise(self) -> Exercise | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.exercises[int(item.data(Qt.ItemDataRole.UserRole))]
