"""Build Supple's one-folder bundle with PyInstaller, then smoke-test it.

    python tools/build_bundle.py                 build into build/bundle/, then test
    python tools/build_bundle.py --skip-build    only test the bundle already built
    python tools/build_bundle.py --dist D --work W

Run it with the Python of an environment where Supple is installed together
with pyinstaller 6.x (e.g. .venv/bin/python after `pip install -e . pyinstaller`),
on the platform you are building for. The smoke test runs the bundle the way a
person would, from a folder outside the repository and with its own empty
SUPPLE_HOME:
  1. `--version` prints the version in pyproject.toml;
  2. `list --json` finds every bundled routine, valid, inside the bundle;
  3. the speech worker starts from the bundle and synthesises a WAV file
     (a missing system voice is only a warning unless SUPPLE_REQUIRE_SPEECH=1);
  4. the window opens offscreen, draws, saves a screenshot and quits with 0.
Exit 0 when all pass, 1 when a check fails, 2 when PyInstaller is missing.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "pyinstaller" / "supple.spec"
sys.path.insert(0, str(SPEC.parent))
import bundle_meta  # noqa: E402

GUI_QUIT_MS = 1500
TIMEOUT = 120


@dataclass(frozen=True)
class Bundle:
    folder: Path  # what the user copies: dist/Supple (or dist/Supple.app on macOS)
    gui: Path  # the executable a desktop launcher starts
    cli: Path  # the executable whose output a terminal sees


def locate(dist: Path) -> Bundle:
    if sys.platform == "darwin":
        app = dist / "Supple.app"
        exe = app / "Contents" / "MacOS" / "Supple"
        return Bundle(app, exe, exe)
    folder = dist / "Supple"
    if sys.platform == "win32":
        return Bundle(folder, folder / "Supple.exe", folder / "supple-cli.exe")
    exe = folder / "supple"
    return Bundle(folder, exe, exe)


def build(dist: Path, work: Path) -> float:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("build_bundle: PyInstaller is not installed here (pip install 'pyinstaller>=6,<7')")
        raise SystemExit(2) from None
    started = time.monotonic()
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    print("build_bundle:", " ".join(command), flush=True)
    subprocess.run(command, check=True, cwd=ROOT)
    return time.monotonic() - started


class Smoke:
    def __init__(self, bundle: Bundle, scratch: Path) -> None:
        self.bundle = bundle
        self.scratch = scratch
        self.failures: list[str] = []
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
        self.env["SUPPLE_HOME"] = str(scratch / "home")
        self.cwd = scratch / "elsewhere"
        self.cwd.mkdir(parents=True, exist_ok=True)

    def check(self, ok: bool, what: str) -> None:
        print(f"  {'ok  ' if ok else 'FAIL'} {what}", flush=True)
        if not ok:
            self.failures.append(what)

    def run(
        self, exe: Path, *args: str, stdin: str | None = None, env: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(exe), *args],
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=env or self.env,
            cwd=self.cwd,
            timeout=TIMEOUT,
        )

    def version(self) -> None:
        want = bundle_meta.project_version()
        result = self.run(self.bundle.cli, "--version")
        self.check(
            result.returncode == 0 and result.stdout.strip() == f"supple {want}",
            f"--version prints 'supple {want}' (got {result.stdout.strip()!r})",
        )

    def routines(self) -> None:
        result = self.run(self.bundle.cli, "list", "--json")
        try:
            items = json.loads(result.stdout)["routines"]
        except (ValueError, KeyError, TypeError):
            self.check(False, f"list --json prints JSON (stderr: {result.stderr.strip()})")
            return
        shipped = {
            json.loads(p.read_text("utf-8"))["id"] for p in (ROOT / "routines").glob("*.json")
        }
        found = {item["id"] for item in items if item.get("valid")}
        self.check(found == shipped, f"list finds the {len(shipped)} bundled routines, all valid")
        inside = all(str(self.bundle.folder.resolve()) in item["path"] for item in items)
        self.check(inside, "the routines are read from inside the bundle")

    def speech(self) -> None:
        wav = self.scratch / "speech.wav"
        request = {"op": "synth", "id": 1, "text": "Breathe in slowly.", "path": str(wav)}
        stdin = json.dumps(request) + "\n" + json.dumps({"op": "quit"}) + "\n"
        result = self.run(self.bundle.gui, "-m", "supple.speech.voice_worker", stdin=stdin)
        lines = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
        first = lines[0] if lines else {}
        if first.get("op") == "fatal" and os.environ.get("SUPPLE_REQUIRE_SPEECH") != "1":
            print(f"  warn the speech worker runs, but no voice here: {first.get('detail')}")
            return
        done = [m for m in lines if m.get("op") == "done"]
        self.check(
            first.get("op") == "ready"
            and bool(done)
            and wav.is_file()
            and wav.stat().st_size > 1000,
            f"the speech worker speaks from the bundle ({first or result.stderr.strip()[-200:]})",
        )

    def gui(self) -> None:
        shot = self.scratch / "window.png"
        env = dict(self.env)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            SUPPLE_SMOKE_QUIT_MS=str(GUI_QUIT_MS),
            SUPPLE_SMOKE_SCREENSHOT=str(shot),
        )
        try:
            result = self.run(self.bundle.gui, env=env)
        except subprocess.TimeoutExpired:
            self.check(False, f"the window quits by itself within {TIMEOUT} s")
            return
        self.check(
            result.returncode == 0, f"the window opens and quits with 0 ({result.returncode})"
        )
        self.check(
            shot.is_file() and shot.stat().st_size > 10_000,
            f"the window drew something (screenshot {shot})",
        )
        if result.returncode != 0:
            print(result.stderr[-2000:])

    def desktop_integration(self) -> None:
        if sys.platform in ("win32", "darwin"):
            return
        script = self.bundle.folder / "desktop-integration" / "install-desktop-integration.sh"
        prefix = self.scratch / "prefix"
        result = subprocess.run(
            ["sh", str(script), "--prefix", str(prefix)],
            capture_output=True,
            text=True,
            env=self.env,
            timeout=TIMEOUT,
        )
        desktop = prefix / "share" / "applications" / f"{bundle_meta.APP_ID}.desktop"
        exec_line = f'Exec="{self.bundle.gui.resolve()}"'
        self.check(
            result.returncode == 0
            and desktop.is_file()
            and exec_line in desktop.read_text("utf-8").splitlines(),
            f"the bundle's menu entry starts the bundle ({result.stderr.strip()})",
        )

    def licences(self) -> None:
        top = self.bundle.folder / ("Contents/Resources" if sys.platform == "darwin" else "")
        for source in bundle_meta.LICENCE_FILES:
            copy = top / source.name
            self.check(
                copy.is_file() and copy.read_bytes() == source.read_bytes(),
                f"the bundle carries {source.name} ({copy})",
            )

    def audio(self) -> None:
        # miniaudio's C module imports _cffi_backend where PyInstaller cannot see it.
        result = self.run(self.bundle.gui, "-c", "import miniaudio; print(miniaudio.__version__)")
        self.check(
            result.returncode == 0 and bool(result.stdout.strip()),
            f"miniaudio loads in the bundle ({result.stderr.strip()[-200:]})",
        )

    def system_libraries(self) -> None:
        if sys.platform in ("win32", "darwin"):
            return
        copied = sorted(
            str(p.relative_to(self.bundle.folder))
            for p in self.bundle.folder.rglob("*.so*")
            if bundle_meta.provided_by_system(p.name)
        )
        self.check(not copied, f"no library the system provides is copied ({copied})")
        needed, culprit = bundle_meta.glibc_needed(self.bundle.folder)
        floor = bundle_meta.GLIBC_FLOOR
        self.check(
            needed <= floor,
            f"the bundle asks for glibc {needed[0]}.{needed[1]} (README says "
            f"{floor[0]}.{floor[1]}; newest asked by {culprit})",
        )

    def all(self) -> bool:
        print(f"build_bundle: smoke-testing {self.bundle.folder}", flush=True)
        steps = (
            self.version,
            self.routines,
            self.speech,
            self.gui,
            self.desktop_integration,
            self.licences,
            self.audio,
            self.system_libraries,
        )
        for step in steps:
            step()
        return not self.failures


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "build" / "bundle" / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "bundle" / "work")
    parser.add_argument("--skip-build", action="store_true", help="test an existing bundle")
    parser.add_argument("--keep", type=Path, help="copy the smoke test's screenshot here")
    args = parser.parse_args(argv)
    dist, work = args.dist.absolute(), args.work.absolute()
    if not args.skip_build:
        seconds = build(dist, work)
        print(f"build_bundle: built in {seconds:.0f} s", flush=True)
    bundle = locate(dist)
    if not bundle.gui.is_file():
        print(f"build_bundle: no bundle at {bundle.folder}")
        return 1
    print(f"build_bundle: {folder_size(bundle.folder) / 1e6:.0f} MB in {bundle.folder}")
    with tempfile.TemporaryDirectory(prefix="supple-smoke-") as scratch:
        smoke = Smoke(bundle, Path(scratch))
        ok = smoke.all()
        shot = Path(scratch) / "window.png"
        if args.keep and shot.is_file():
            args.keep.write_bytes(shot.read_bytes())
    if not ok:
        print(f"build_bundle: {len(smoke.failures)} smoke check(s) failed")
        return 1
    print("build_bundle: the bundle works")
    return 0


if __name__ == "__main__":
    sys.exit(main())
