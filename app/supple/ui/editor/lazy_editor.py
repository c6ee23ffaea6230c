"""The editor page and its controller, built the first time they are needed: most
sessions never open the editor, and building it at start-up cost ~8 MB of the app's
idle memory (benchmarks/bench_memory.py)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from supple.routine.userstore import UserStore
from supple.ui.editor.editor_host import EditorHost

if TYPE_CHECKING:
    from supple.ui.editor.controller import EditorController
    from supple.ui.editor.editor_page import EditorPage


class LazyEditor(QObject):
    """Builds the editor on first use and puts its page into the window."""

    saved = Signal(object)  # Routine: the editor saved it

    def __init__(
        self,
        host: EditorHost,
        store: UserStore,
        *,
        message: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.store = store
        self._message = message
        self._page: EditorPage | None = None
        self._editor: EditorController | None = None

    @property
    def built(self) -> bool:
        return self._editor is not None

    @property
    def page(self) -> EditorPage:
        return self._build()[0]

    @property
    def editor(self) -> EditorController:
        return self._build()[1]

    def _build(self) -> tuple[EditorPage, EditorController]:
        if self._page is not None and self._editor is not None:
            return self._page, self._editor
        from supple.ui.editor.controller import EditorController
        from supple.ui.editor.editor_page import EditorPage

        host = self.host
        page = EditorPage()
        editor = EditorController(
            page,
            self.store,
            start_routine=host.start_routine,
            estimate=host.estimate,
            parent=self,
        )
        self._page, self._editor = page, editor
        editor.message = self._message
        page.guard = lambda target: editor.may_leave(target, player=host.player_view)
        host.add_page(None, page, guard=page, nav_button=host.home_nav)
        page.back_requested.connect(host.show_library)
        editor.saved.connect(self.saved)
        host.controller.session_ended.connect(
            lambda _report: editor.preview_ended(lambda: host.show_page(page))
        )
        return page, editor
