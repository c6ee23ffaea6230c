"""The app as launched: the window is painted first, then voice and history attach."""

from __future__ import annotations

from supple.routine import resolve_routine
from supple.session import State
from supple.ui.shell.app import Launch


def test_services_attach_after_the_first_paint_and_a_given_routine_starts(qtbot) -> None:
    routine = resolve_routine("lower-back-spasm-relief")
    launch = Launch([], routine)
    try:
        window = launch.window
        qtbot.addWidget(window)
        window.store.update(safety_acknowledged=True)
        assert launch.services is None  # nothing attached before the window is on screen
        qtbot.waitUntil(lambda: launch.services is not None, timeout=10000)
        services = launch.services
        assert services is not None and services.speech is not None
        assert services.history_page is not None
        qtbot.waitUntil(lambda: window.controller.active, timeout=10000)
        assert window.controller.player is not None
        assert window.controller.player.state is State.RUNNING
        assert services.recorder is not None and services.recorder.recording
    finally:
        launch.window.close()  # as when the person closes it: then the app shuts down
        launch.shutdown()
