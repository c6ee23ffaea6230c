"""tools/dev.py: a half-made environment is made again, and a missing venv module is named.

The environments here are real (``venv`` with and without pip); only the large
``pip install`` of the project itself is recorded instead of run.
"""

from __future__ import annotations

import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import dev  # noqa: E402

sys.path.pop(0)


@pytest.fixture
def recorded_installs(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Run every subprocess for real except ``pip install``, which is only recorded."""
    calls: list[list[str]] = []
    real_run = subprocess.run

    def run(command, *args, **kwargs):
        command = [str(c) for c in command]
        if command[1:4] == ["-m", "pip", "install"]:
            calls.append(command)
            return subprocess.CompletedProcess(command, 0)
        return real_run(command, *args, **kwargs)

    monkeypatch.setattr(dev.subprocess, "run", run)
    return calls


@pytest.mark.slow
def test_an_environment_without_pip_is_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, recorded_installs, capsys
) -> None:
    folder = tmp_path / "venv"
    # What Debian leaves behind when python3-venv is missing: a venv without pip.
    venv.EnvBuilder(with_pip=False).create(folder)
    python = dev.venv_python(folder)
    assert python.exists() and not dev.has_pip(python)
    monkeypatch.setenv("SUPPLE_VENV", str(folder))

    assert dev.ensure_env("test") == python

    said = capsys.readouterr().out
    assert "has no working Python with pip" in said and "making it again" in said
    assert dev.has_pip(python)  # made again, for real, with pip this time
    installs = [c for c in recorded_installs if "--editable" in c]
    assert installs and installs[0][-1] == ".[test]"
    assert (folder / ".supple-stamp-test").exists()
    # The next run reuses it and installs nothing.
    recorded_installs.clear()
    assert dev.ensure_env("test") == python
    assert recorded_installs == []


def test_a_missing_venv_module_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:
    def no_ensurepip(self, folder):
        raise subprocess.CalledProcessError(1, ["python3", "-m", "ensurepip"])

    monkeypatch.setattr(dev.venv.EnvBuilder, "create", no_ensurepip)
    monkeypatch.setenv("SUPPLE_VENV", str(tmp_path / "venv"))
    assert dev.main(["test"]) == 1
    err = capsys.readouterr().err
    assert "sudo apt install python3-venv" in err
    assert "Traceback" not in err


def test_usage_lists_the_commands(capsys) -> None:
    assert dev.main([]) == 2
    usage = capsys.readouterr().err
    for command in ("run", "test", "python"):
        assert f"tools/dev.py {command}" in usage
