"""Responsiveness: the longest event-loop stalls while speaking and animating.

A 1 ms precise QTimer records the gap between its ticks on the GUI thread.
Baseline, in the same process and run: the same timer while the app sits idle
in the library. Then a session of a breath-paced routine runs for ``--seconds``
with the real voice on (real engine when espeak-ng is installed; the sound card
replaced by a logging player), the pacer animating and cues spoken.
Target: p99 gap ≤ 16 ms (one frame at 60 Hz) during the session.

    python benchmarks/bench_responsiveness.py [--seconds 20] [--json]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import breath_doc, open_app_window, percentile, report, run_for, speech_engine

TARGET_P99_MS = 16.0


class GapMeter:
    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.gaps: list[float] = []
        self._last: float | None = None
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.gaps.append(now - self._last)
        self._last = now

    def measure(self, app: Any, seconds: float) -> list[float]:
        self.gaps, self._last = [], None
        self.timer.start(1)
        run_for(app, seconds)
        self.timer.stop()
        return self.gaps


def row(what: str, gaps: list[float], target: bool, base: float = 0.0) -> dict[str, Any]:
    p99 = percentile(gaps, 99) * 1000
    return {
        "what": what,
        "ticks": len(gaps),
        "p50_ms": percentile(gaps, 50) * 1000,
        "p99_ms": p99,
        "max_ms": max(gaps, default=0.0) * 1000,
        "ratio": p99 / base if base > 0 else 1.0,
        "target": f"p99<={TARGET_P99_MS:g}" if target else "-",
        "met": ("yes" if p99 <= TARGET_P99_MS else "NO") if target else "-",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--engine", default=None)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="supple-bench-") as tmp:
        os.environ["SUPPLE_HOME"] = tmp
        from supple.routine import routine_from_document

        engine = args.engine or speech_engine()
        app, window, services = open_app_window(Path(tmp), engine)
        meter = GapMeter()
        idle = meter.measure(app, min(args.seconds, 5.0))
        spoken: list[Any] = []
        assert services.speech is not None
        services.speech.event.connect(spoken.append)
        window.start_routine(routine_from_document(breath_doc(breaths=100)))
        busy = meter.measure(app, args.seconds)
        window.controller.stop()
        services.shutdown()
        window.close()
    from supple.speech.service import Started

    said = sum(1 for e in spoken if isinstance(e, Started))
    rows = [
        row("idle in the library (baseline)", idle, False),
        row(
            f"session: pacer + voice ({said} utterances)",
            busy,
            True,
            percentile(idle, 99) * 1000,
        ),
    ]
    report(f"responsiveness (engine {engine})", rows, args.json)
    return 0 if rows[1]["met"] == "yes" else 1


if __name__ == "__main__":
    sys.exit(main())
