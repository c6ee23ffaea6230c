"""The editor's tests share one window with the editor attached (``app``)."""

from __future__ import annotations

import pytest

from supple.session import FakeClock
from supple.ui.editor.library_actions import RoutineActions
from supple.ui.shell.compose import SuppleWindow, attach_editor


@pytest.fixture
def app(main_window) -> tuple[SuppleWindow, RoutineActions, FakeClock]:
    clock = FakeClock()
    attached: list[RoutineActions] = []
    window = main_window(
        clock=clock, attach=lambda w: attached.append(attach_editor(w)), active=True
    )
    actions = attached[0]
    # pytest-qt closes the window after a test: that must never wait on a question.
    actions.editor.ask_unsaved = lambda: "discard"
    return window, actions, clock
