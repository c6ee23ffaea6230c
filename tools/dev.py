"""Set up a virtual environment and run Supple or its tests, on any platform.

    python3 tools/dev.py run [ARGS...]      install (if needed) and launch the app
    python3 tools/dev.py test [ARGS...]     install (if needed) and run ruff + pytest
    python3 tools/dev.py python [ARGS...]   install (if needed) and run the environment's
                                            Python, e.g. on a benchmark or tools/screenshots.py

The environment lives in .venv/ at the top of the checkout and is reinstalled
only when pyproject.toml changes. Set SUPPLE_VENV to use another folder.
Only the standard library is used here, so a bare Python 3.10+ is enough.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def venv_dir() -> Path:
    return Path(os.environ.get("SUPPLE_VENV", ROOT / ".venv")).absolute()


def venv_python(folder: Path) -> Path:
    if os.name == "nt":
        return folder / "Scripts" / "python.exe"
    return folder / "bin" / "python"


def ensure_env(extras: str) -> Path:
    folder = venv_dir()
    python = venv_python(folder)
    wanted = stamp_digest(extras)
    stamp = folder / f".supple-stamp-{extras or 'app'}"

    def current(extra: str) -> bool:
        return is_current(folder, extra)

    usable = python.exists() and has_pip(python)
    # The test environment holds everything the app needs, so either will do for `run`.
    if usable and (current(extras) or (not extras and current("test"))):
        return python
    if not usable:
        if folder.exists():
            print(
                f"dev: {folder} has no working Python with pip (an earlier set-up was cut "
                "short, or python3-venv was missing then): making it again",
                flush=True,
            )
        else:
            print(f"dev: creating a virtual environment in {folder}", flush=True)
        make_venv(folder)
    target = f".[{extras}]" if extras else "."
    print(
        f"dev: installing supple{f'[{extras}]' if extras else ''} (editable) and what it needs "
        "(PySide6 and the rest: about 300 MB the first time, which can take a few minutes)",
        flush=True,
    )
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    # Not --quiet: pip's own lines (Collecting..., Downloading...) show the progress.
    subprocess.run(
        [str(python), "-m", "pip", "install", "--progress-bar", "off", "--editable", target],
        check=True,
        cwd=ROOT,
    )
    stamp.write_text(wanted)
    print("dev: the environment is ready", flush=True)
    return python


def stamp_digest(extras: str) -> str:
    """What an environment installed for ``extras`` from today's pyproject.toml is stamped with."""
    return hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes() + extras.encode() + sys.version.encode()
    ).hexdigest()


def is_current(folder: Path, extras: str) -> bool:
    """True when ``folder`` was installed for ``extras`` from today's pyproject.toml."""
    path = folder / f".supple-stamp-{extras or 'app'}"
    return path.exists() and path.read_text().strip() == stamp_digest(extras)


def has_pip(python: Path) -> bool:
    """True if ``python`` runs and has pip (a venv made without ensurepip has not)."""
    try:
        done = subprocess.run(
            [str(python), "-m", "pip", "--version"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=60,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return done.returncode == 0


class SetupError(Exception):
    """A set-up step that cannot work on this machine, with what to do about it."""


def make_venv(folder: Path) -> None:
    """(Re)create the environment in ``folder`` with pip, or say what the system lacks."""
    try:
        venv.EnvBuilder(with_pip=True, clear=True).create(folder)
    except (subprocess.CalledProcessError, OSError) as exc:
        raise SetupError(
            f"Python could not make a virtual environment with pip in {folder} ({exc}).\n"
            "On Debian and Ubuntu install the venv module first: "
            f"sudo apt install python3-venv (or python{sys.version_info[0]}."
            f"{sys.version_info[1]}-venv), then run this command again."
        ) from exc
    if not has_pip(venv_python(folder)):
        raise SetupError(
            f"The virtual environment in {folder} was made but has no pip.\n"
            "On Debian and Ubuntu: sudo apt install python3-venv, then run this command again."
        )


def run_app(args: list[str]) -> int:
    python = ensure_env("")
    return subprocess.call([str(python), "-m", "supple", *args], cwd=ROOT)


def run_tests(args: list[str]) -> int:
    python = ensure_env("test")
    print("dev: ruff check", flush=True)
    folders = [name for name in ("app", "tests", "tools", "benchmarks") if (ROOT / name).is_dir()]
    lint = subprocess.call([str(python), "-m", "ruff", "check", *folders], cwd=ROOT)
    print("dev: pytest", flush=True)
    tests = subprocess.call([str(python), "-m", "pytest", *args], cwd=ROOT)
    if lint != 0 and tests == 0:
        print("dev: ruff found problems (see above)", flush=True)
        return lint
    return tests


def run_python(args: list[str]) -> int:
    python = ensure_env("test")
    return subprocess.call([str(python), *args], cwd=ROOT)


def main(argv: list[str]) -> int:
    try:
        return _main(argv)
    except SetupError as exc:
        print(f"dev: {exc}", file=sys.stderr)
        return 1
    except subprocess.CalledProcessError as exc:
        print(
            f"dev: a set-up step failed (exit {exc.returncode}): {' '.join(exc.cmd)}",
            file=sys.stderr,
        )
        return 1


def _main(argv: list[str]) -> int:
    if sys.version_info < (3, 10):  # noqa: UP036 - this script may be run by an old Python
        print("Supple needs Python 3.10 or newer.", file=sys.stderr)
        return 2
    commands = {"run": run_app, "test": run_tests, "python": run_python}
    if not argv or argv[0] not in commands:
        print(__doc__, file=sys.stderr)
        return 2
    return commands[argv[0]](argv[1:])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
