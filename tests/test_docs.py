"""The documentation's commands work when typed as written.

Every command line in README.md, packaging/README.md and benchmarks/README.md is
found by its shape and tried the way its reader would: scripts that say they need
only the standard library are run with the system's own Python (outside the
test environment), scripts run through ``tools/dev.py python`` are run in the
environment, and every ``supple`` sub-command in the usage block exists. A
command added to the docs in a shape this file does not know fails the test
too, so nothing documented goes unchecked.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import run_cli

ROOT = Path(__file__).resolve().parent.parent
DOCS = ("README.md", "packaging/README.md", "benchmarks/README.md")

# What a command starts with, in the docs' own spelling.
SHAPES = (
    "python3 ",
    "python ",
    ".venv/bin/python ",
    "py tools\\",
    "sh packaging/",
    "sh ~/",
    "pip install",
)


def _spans(text: str) -> list[str]:
    """Inline code and the lines of fenced blocks (continuations joined)."""
    found = re.findall(r"(?<!`)`([^`\n]+)`(?!`)", text)
    for block in re.findall(r"^```[^\n]*\n(.*?)^```", text, flags=re.S | re.M):
        found.extend(line.strip() for line in block.replace("\\\n", " ").splitlines())
    return found


def documented_commands() -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name in DOCS:
        for span in _spans((ROOT / name).read_text(encoding="utf-8")):
            span = span.strip()
            if span.startswith(SHAPES) or re.match(r"supple(-cli(\.exe)?)?( |$)", span):
                out.append((name, span))
    return out


def system_python() -> str:
    """A Python outside the test environment, as a reader's shell finds ``python3``."""
    venv = Path(sys.prefix).resolve()
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        candidate = Path(folder) / "python3"
        if candidate.is_file() and not candidate.resolve().is_relative_to(venv):
            return str(candidate)
    pytest.skip("no python3 outside the test environment on PATH")


def third_party_imports(script: Path) -> list[str]:
    """The modules ``script`` imports (anywhere in it) that are not in the standard library."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(script.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return sorted(n for n in names if n not in sys.stdlib_module_names and n != "__future__")


def help_runs(command: list[str], cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*command, "--help"], capture_output=True, text=True, cwd=cwd, timeout=120
    )


def dev_env_current() -> bool:
    """True when this test environment is the one tools/dev.py made and would reuse."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import dev
    finally:
        sys.path.pop(0)
    if Path(dev.venv_dir()).resolve() != Path(sys.prefix).resolve():
        return False
    # Current for today's pyproject.toml: otherwise dev.py would reinstall in the test.
    return dev.is_current(Path(sys.prefix), "test")


def help_in_environment(where: str, script: str) -> None:
    """``script`` (``NAME`` standing for any name) exists and answers --help in the env."""
    scripts = sorted(ROOT.glob(script.replace("NAME", "*")))
    assert scripts, f"{where}: nothing matches {script}"
    for path in scripts:
        done = help_runs([sys.executable, str(path)])
        assert done.returncode == 0, f"{where} ({path.name}): {done.stderr[-800:]}"


def check(doc: str, command: str, tmp_path: Path) -> None:
    where = f"{doc}: `{command}`"
    # A usage block's line: the command, two or more spaces, then what it does.
    command = re.split(r"\s{2,}", command)[0]
    words = shlex.split(command.replace("\\", "/"))
    if words[:3] == ["python3", "tools/dev.py", "python"] or words[:2] == ["py", "tools/dev.py"]:
        if words[:2] == ["py", "tools/dev.py"]:
            words = ["python3", "tools/dev.py", *words[2:]]
        rest = words[3:]
        if rest[:2] == ["-m", "pip"]:
            # Building the wheel is tested as such in test_packaging.py.
            assert rest == ["-m", "pip", "wheel", "--no-deps", "-w", "dist", "."], where
            return
        if rest in ([], ["..."]):
            return
        help_in_environment(where, rest[0])
        return
    if words[:2] in (["python3", "tools/dev.py"], ["py", "tools/dev.py"]):
        sub = words[2] if len(words) > 2 else None
        assert sub in ("run", "test"), where
        return
    if words[0] in ("python3", "python") and words[1].startswith("tools/"):
        script = ROOT / words[1]
        assert script.is_file(), f"{where}: no {words[1]}"
        if script.name == "make_routines.py":
            # It writes routines/ next to itself: run a copy and compare.
            (tmp_path / "tools").mkdir()
            shutil.copy(script, tmp_path / "tools" / script.name)
            # with the words it reads (the translations)
            shutil.copy(script.with_name("routine_translations.py"), tmp_path / "tools")
            done = subprocess.run(
                [system_python(), f"tools/{script.name}"],
                capture_output=True,
                text=True,
                cwd=tmp_path,
                timeout=120,
            )
            assert done.returncode == 0, f"{where}: {done.stderr[-800:]}"
            for made in sorted((tmp_path / "routines").glob("*.json")):
                assert made.read_text() == (ROOT / "routines" / made.name).read_text(), (
                    f"{where}: routines/{made.name} is not what the script makes"
                )
            return
        outside = third_party_imports(script)
        assert not outside, (
            f"{where} needs {', '.join(outside)}, which only the environment has: "
            "say `python3 tools/dev.py python ...`"
        )
        done = help_runs([system_python(), str(script)])
        assert done.returncode == 0, f"{where}: {done.stderr[-800:]}"
        return
    if words[0] in ("python3", "python") and words[1] == "-m":
        if words[2] == "supple":
            done = run_cli(*words[3:])
            assert done.returncode == 0, f"{where}: {done.stderr[-800:]}"
            return
        # The system's own venv and pip, for installing the wheel or pipx: not ours to run.
        assert words[2] in ("venv", "pip"), where
        return
    if words[0] in ("python3", "python"):
        pytest.fail(f"{where}: needs the app's packages; say `python3 tools/dev.py python ...`")
    if words[0] == ".venv/bin/python":
        help_in_environment(where, words[1])
        return
    if words[0] == "supple":
        if len(words) == 1:
            return  # opens the window: tests/test_app.py and the start-up tests
        first = words[1]
        done = run_cli(first) if first.startswith("--") else run_cli(first, "--help")
        assert done.returncode == 0, f"{where}: {done.stderr[-800:]}"
        return
    if words[0] in ("supple-cli", "supple-cli.exe"):
        return  # the Windows bundle's console program: tests/test_packaging_bundle.py
    if words[0] == "sh" and words[1].endswith("install-desktop-integration.sh"):
        done = subprocess.run(
            ["sh", str(ROOT / "packaging/linux/install-desktop-integration.sh"), "--help"],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert done.returncode == 0, where
        assert "set -eu" not in done.stdout and "--uninstall" in done.stdout, done.stdout
        assert not any(line.startswith("#") for line in done.stdout.splitlines()), done.stdout
        return
    if words[:2] == ["pip", "install"]:
        pytest.fail(f"{where}: a bare pip install fails on Debian (externally managed)")
    pytest.fail(f"{where}: a command shape tests/test_docs.py does not know")


def test_the_docs_hold_commands() -> None:
    commands = documented_commands()
    assert len(commands) > 20
    assert any("tools/dev.py python benchmarks/" in c for _, c in commands)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("doc", "command"), documented_commands(), ids=lambda v: v[:60] if "/" in v else v
)
def test_every_documented_command_works_as_written(doc: str, command: str, tmp_path) -> None:
    check(doc, command, tmp_path)


@pytest.mark.slow
def test_dev_python_runs_in_the_environment() -> None:
    if not dev_env_current():
        pytest.skip("this test environment was not made by tools/dev.py")
    done = subprocess.run(
        ["python3", "tools/dev.py", "python", "-c", "import sys, supple; print(sys.prefix)"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).resolve() == Path(sys.prefix).resolve()


def readme_example() -> dict:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Routine files", 1)[1]
    block = re.search(r"```json\n(.*?)```", section, flags=re.S)
    assert block is not None
    return json.loads(block.group(1))


def test_the_readme_example_routine_passes_check(tmp_path: Path) -> None:
    path = tmp_path / "my-stretch.json"
    path.write_text(json.dumps(readme_example()), encoding="utf-8")
    done = run_cli("check", str(path))
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_display_says_so_plainly() -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    if sys.platform in ("win32", "darwin"):
        pytest.skip("a window needs no X11 or Wayland session here")
    for args in ([], ["run", "quick-spasm-relief"]):
        done = subprocess.run(
            [sys.executable, "-m", "supple", *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
        )
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert "needs a desktop session" in done.stderr
        assert "supple list" in done.stderr
        assert "xcb" not in done.stderr  # not Qt's own message
    listed = subprocess.run(
        [sys.executable, "-m", "supple", "list"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=60,
    )
    assert listed.returncode == 0 and "quick-spasm-relief" in listed.stdout


def test_display_problem_rules() -> None:
    from supple.cli.gui import display_problem

    assert display_problem((), {}, "linux") is not None
    assert display_problem((), {"DISPLAY": ":0"}, "linux") is None
    assert display_problem((), {"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert display_problem((), {"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert display_problem(("-platform", "offscreen"), {}, "linux") is None
    assert display_problem((), {}, "win32") is None
    assert display_problem((), {}, "darwin") is None
    assert display_problem((), {"DISPLAY": ""}, "freebsd14") is not None
