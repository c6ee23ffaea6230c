"""Shared test set-up.

Every test gets its own SUPPLE_HOME in a temporary folder, so no test ever
touches the real home directory, and no session bus, so none reaches the
desktop. Qt runs offscreen with one QApplication for the whole run (pytest-qt's
``qapp``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# No wall-clock limits in unit tests: a shared or busy machine must not fail a
# property that holds. Hypothesis' per-example deadline and its "too slow"
# health check are both timings, so they are off for every test.
settings.register_profile(
    "supple", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("supple")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))


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
