"""A page whose real content is built the first time it is shown.

Pages the person may never open in a session (History, the editor) cost
start-up time and memory if built up front; this stand-in holds their place
in the window's stack and builds them on demand.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

W = TypeVar("W", bound=QWidget)


class LazyPage(QWidget, Generic[W]):
    def __init__(self, build: Callable[[], W], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._content: W | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._content is not None

    @property
    def content(self) -> W:
        """The real page, built now if it was not yet."""
        if self._content is None:
            self._content = self._build()
            self.layout().addWidget(self._content)
        return self._content

    def showEvent(self, event: QShowEvent) -> None:
        self.content  # noqa: B018 - building is the point
        super().showEvent(event)
