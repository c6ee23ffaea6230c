"""The PyInstaller bundle: built from packaging/pyinstaller/supple.spec and smoke-tested.

tools/build_bundle.py does the work (build, then --version, list, the speech
worker and the window, all run from the bundle outside the repository); this
test runs it into a temporary folder. It needs pyinstaller 6.x: without it the
test skips, unless SUPPLE_REQUIRE_TOOLS is set.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_bundle_builds_and_passes_its_smoke_test(tmp_path: Path) -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        if os.environ.get("SUPPLE_REQUIRE_TOOLS"):
            pytest.fail("pyinstaller is required (SUPPLE_REQUIRE_TOOLS is set) but not installed")
        pytest.skip("pyinstaller is not installed (pip install 'pyinstaller>=6,<7')")
    shot = tmp_path / "window.png"
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "build_bundle.py"),
            "--dist",
            str(tmp_path / "dist"),
            "--work",
            str(tmp_path / "work"),
            "--keep",
            str(shot),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output[-4000:]
    assert "build_bundle: the bundle works" in result.stdout
    assert result.stdout.count("  ok   ") >= 5, result.stdout
    assert "FAIL" not in result.stdout
    assert shot.is_file() and shot.stat().st_size > 10_000
