"""Set up a virtual environment and run Supple or its tests, on any platform.

    python3 tools/dev.py run [ARGS...]    install (if needed) and launch the app
    python3 tools/dev.py test [ARGS...]   install (if needed) and run ruff + pytest

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
    wanted = hashlib.sha256(
        (ROOT / "pyproject.toml").read_bytes() + extras.encode() + sys.version.encode()
    ).hexdigest()
    stamp = folder / f".supple-stamp-{extras or 'app'}"

    def current(extra: str) -> bool:
        digest = hashlib.sha256(
            (ROOT / "pyproject.toml").read_bytes() + extra.encode() + sys.version.encode()
        ).hexdigest()
        path = folder / f".supple-stamp-{extra or 'app'}"
        return path.exists() and path.read_text().strip() == digest

    # The test environment holds everything the app needs, so either will do for `run`.
    if python.exists() and (current(extras) or (not extras and current("test"))):
        return python
    if not python.exists():
        print(f"dev: creating a virtual environment in {folder}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=False).create(folder)
    target = f".[{extras}]" if extras else "."
    print(f"dev: installing supple{f'[{extras}]' if extras else ''} (editable)", flush=True)
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--upgrade", "pip"], check=True)
    subprocess.run(
        [str(python), "-m", "pip", "install", "--quiet", "--editable", target],
        check=True,
        cwd=ROOT,
    )
    stamp.write_text(wanted)
    return python


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


def main(argv: list[str]) -> int:
    try:
        return _main(argv)
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
    if not argv or argv[0] not in ("run", "test"):
        print(__doc__, file=sys.stderr)
        return 2
    command, rest = argv[0], argv[1:]
    return run_app(rest) if command == "run" else run_tests(rest)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
