"""Shared test set-up.

Every test gets its own SUPPLE_HOME in a temporary folder, so no test ever
touches the real home directory, and no session bus, so none reaches the
desktop. Qt runs offscreen with one QApplication for the whole run (pytest-qt's
``qapp``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from hypothesis import HealthCheck, settings

if TYPE_CHECKING:
    from supple.routine import Library
    from supple.session.clock import Clock
    from supple.settings import Settings
    from supple.ui.shell.compose import SuppleWindow

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No wall-clock limits in unit tests: a shared or busy machine must not fail a
# property that holds. Hypothesis' per-example deadline and its "too slow"
# health check are both timings, so they are off for every test.
settings.register_profile("supple", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("supple")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent / "support"))  # also pythonpath


@pytest.fixture(autouse=True)
def english_messages() -> Iterator[None]:
    """The gettext catalogue (supple.i18n) English again after each test: a test that
    starts the command line or the windows in another language does not leave it set."""
    yield
    import supple.i18n

    supple.i18n.set_language("en")


@pytest.fixture(autouse=True)
def crash_stacks_to_the_terminal(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each test, a hard crash prints its Python stacks where pytest shows them:
    the app's log (supple.applog) points faulthandler at its own crash file while it
    runs and turns it off when it closes, which would leave a later crash silent."""
    yield
    import faulthandler

    from _pytest.faulthandler import fault_handler_stderr_fd_key

    fd = request.config.stash.get(fault_handler_stderr_fd_key, None)
    if fd is not None:
        faulthandler.enable(file=fd, all_threads=True)


@pytest.fixture(autouse=True)
def cycles_collected_on_the_gui_thread(request: pytest.FixtureRequest) -> None:
    """As in the app (supple.ui.kit.gui_collector): once a test has a QApplication,
    reference cycles are collected on the GUI thread only, never on a worker thread,
    where a Qt object they hold would be deleted under the GUI thread's timers."""
    if {"qtbot", "qapp"} & set(request.fixturenames):
        from supple.ui.kit.gui_collector import collect_on_gui_thread

        collect_on_gui_thread(request.getfixturevalue("qapp"))


@pytest.fixture(autouse=True)
def supple_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("supple-home")
    monkeypatch.setenv("SUPPLE_HOME", str(home))
    # Nor the desktop's session bus: a session played in a test must not inhibit the
    # real screen saver. Tests that want a bus start a private one (test_screen_awake_bus).
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    return home


@pytest.fixture
def user_routines(supple_home: Path) -> Path:
    folder = supple_home / "routines"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def repo_root() -> Path:
    return ROOT


@pytest.fixture
def main_window(qtbot, user_routines: Path) -> Callable[..., SuppleWindow]:
    """The one way a test builds Supple's main window: ``main_window(**fields)``.

    It is ``create_main_window`` with ``Settings(safety_acknowledged=True,
    verbosity="counts", **fields)`` (or ``settings=`` as given; None reads the saved
    ones), the library scanned now unless ``library=`` is given, a FakeClock unless
    ``clock=`` is, and no settings file written unless ``persist=True``. ``attach``
    is called with the window before it is shown (the editor, the services); then
    it is resized to ``size`` (None: left alone) and shown, unless ``show=False``;
    ``active=True`` also waits until it is the active window.
    """
    from PySide6.QtWidgets import QApplication

    from supple.routine import Library
    from supple.session.clock import FakeClock
    from supple.settings import Settings
    from supple.ui.shell.compose import create_main_window

    def make(
        settings: Settings | str | None = "defaults",
        *,
        library: Library | None = None,
        clock: Clock | None = None,
        persist: bool = False,
        attach: Callable[[SuppleWindow], Any] | None = None,
        size: tuple[int, int] | None = (1280, 800),
        show: bool = True,
        active: bool = False,
        **fields: Any,
    ) -> SuppleWindow:
        if settings == "defaults":
            settings = Settings(**{"safety_acknowledged": True, "verbosity": "counts", **fields})
        assert not isinstance(settings, str)
        window = create_main_window(
            settings,
            library=library if library is not None else Library.scan(),
            clock=clock if clock is not None else FakeClock(),
            persist=persist,
        )
        qtbot.addWidget(window)
        if attach is not None:
            attach(window)
        if size is not None:
            window.resize(*size)
        if show:
            window.show()
            qtbot.waitExposed(window)
        if active:
            window.activateWindow()
            qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return window

    return make
