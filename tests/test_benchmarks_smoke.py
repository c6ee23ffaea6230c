"""Every benchmark command runs with tiny parameters and ends with one JSON object.

No timing is asserted here (a test machine is not a benchmark machine): exit
code 0 means every target was met and 1 that one was missed; both are fine.
Anything else (a crash, a traceback, no JSON) fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"


def run_benchmark(name: str, *args: str, timeout: float = 300) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, str(BENCH / name), *args, "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=str(ROOT),
        timeout=timeout,
    )
    assert result.returncode in (0, 1), result.stderr
    lines = result.stdout.strip().splitlines()
    # a title, a header, rows, then the JSON; stderr says why when there are none
    assert len(lines) >= 3, f"stdout:\n{result.stdout}\nstderr:\n{result.stderr}"
    data = json.loads(lines[-1])
    assert data["results"], data
    assert "machine" in data and "benchmark" in data
    for row in data["results"]:
        assert row["what"]
    return data


CASES = [
    ("bench_library.py", ["--files", "20"]),
    ("bench_routine_size.py", ["--ticks", "50"]),
    ("bench_startup.py", ["--runs", "1"]),
    ("bench_memory.py", ["--runs", "1", "--idle", "0.2"]),
    ("bench_cues.py", ["--steps", "1", "--holds", "1", "--engine", "fake"]),
    ("bench_responsiveness.py", ["--seconds", "1", "--engine", "fake"]),
    ("bench_pictures.py", ["--seconds", "1"]),
    ("bench_idle.py", ["--seconds", "1", "--engine", "fake"]),
    ("bench_history.py", ["--sessions", "300", "--repeat", "1"]),
    (
        "bench_voice.py",
        [
            "--routines",
            "quick-spasm-relief",
            "--rates",
            "100",
            "--overheads",
            "0,1",
            "--engine",
            "fake",
        ],
    ),
    ("bench_audio.py", ["--seconds", "3", "--plays", "3", "--engine", "fake"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "args"), CASES, ids=[c[0] for c in CASES])
def test_benchmark_prints_a_table_and_json(name: str, args: list[str]) -> None:
    data = run_benchmark(name, *args)
    assert any("ratio" in row for row in data["results"])


def test_every_benchmark_command_is_smoke_tested() -> None:
    commands = {p.name for p in BENCH.glob("bench_*.py")}
    assert commands == {name for name, _ in CASES}
