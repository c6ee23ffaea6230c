"""The wheel: built, installed into a fresh environment outside the repo, and used."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_installed_wheel_lists_the_bundled_routines(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = dist.glob("supple-*.whl")
    env_dir = tmp_path / "env"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
    )
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["SUPPLE_HOME"] = str(home)
    outside = tmp_path / "elsewhere"
    outside.mkdir()
    exe = bindir / ("supple.exe" if os.name == "nt" else "supple")
    result = subprocess.run(
        [str(exe), "list", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=outside,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    ids = sorted(item["id"] for item in data["routines"] if item["valid"])
    assert ids == [
        "back-walk",
        "daily-back-care",
        "desk-break",
        "lower-back-spasm-relief",
        "quick-spasm-relief",
    ]
    assert all(str(env_dir) in item["path"] for item in data["routines"])
    # The schema and the pictures travel with it.
    probe = subprocess.run(
        [
            str(python),
            "-c",
            "from supple import paths; from supple.routine.json_schema import schema;"
            "print(paths.poses_dir()); print(schema()['title'])",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=outside,
        check=True,
    )
    poses_dir, title = probe.stdout.splitlines()
    assert str(env_dir) in poses_dir and list(Path(poses_dir).glob("*.svg"))
    assert "routine" in title.lower()
    # The message catalogues are compiled into it (hatch_build.py) and read from there:
    # German from the locale, with nothing compiled into the cache.
    names = subprocess.run(
        [str(python), "-c", "import zipfile, sys; print(*zipfile.ZipFile(sys.argv[1]).namelist())",
         str(wheel)],
        capture_output=True, text=True, check=True,
    ).stdout.split()  # fmt: skip
    assert "supple/locale/de/LC_MESSAGES/supple.mo" in names
    assert "supple/locale/es/LC_MESSAGES/supple.mo" in names
    german_env = {**env, "LANG": "de_DE.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    german = subprocess.run(
        [str(exe), "list"], capture_output=True, text=True, env=german_env, cwd=outside, timeout=120
    )
    assert german.returncode == 0, german.stderr
    assert german.stdout.split()[:4] == ["ID", "TITEL", "CA.", "HERKUNFT"]
    assert not (home / "cache" / "locale").exists()
