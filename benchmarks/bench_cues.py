"""Cue timing: a real-time session of a routine with many transitions.

The whole app runs offscreen (main window, SessionController on the real
monotonic clock, speech bridge and service with the real engine when
espeak-ng is installed, history file), as a person would use it; only the
sound card is replaced by a logging player (a child process per playback).

Measured for every cue:
  * controller: when ``cue_due`` was emitted versus its planned clock time
    (session start + segment start + cue offset);
  * speech: when the speech service started playback versus the cue's time,
    for spoken cues that found the voice free (a cue that waits behind one
    still being spoken is late by design; those are counted separately);
  * end of routine: when ``session_ended`` came versus the planned end.
Baseline, in the same run and event loop: a precise QTimer aimed at each
cue's planned moment (what the event loop itself can do).
Targets: controller and speech p99 ≤ 20 ms, max ≤ 50 ms; end error ≤ 20 ms.

    python benchmarks/bench_cues.py [--steps 3] [--holds 3] [--json]
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
from common import logging_player, many_transitions_doc, percentile, report, speech_engine

P99_MS, MAX_MS, END_MS = 20.0, 50.0, 20.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=3)
    parser.add_argument("--holds", type=int, default=3)
    parser.add_argument("--engine", default=None, help="speech engine (default: real if present)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="supple-bench-") as tmp:
        os.environ["SUPPLE_HOME"] = tmp
        result = run_session(Path(tmp), args.steps, args.holds, args.engine or speech_engine())
    return show(result, args.json)


def run_session(tmp: Path, steps: int, holds: int, engine: str) -> dict[str, Any]:
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from supple.routine import Library, routine_from_document
    from supple.settings import Settings
    from supple.speech.service import Started
    from supple.ui.shell.compose import Services, create_main_window

    app = QApplication.instance() or QApplication([sys.argv[0]])
    routine = routine_from_document(many_transitions_doc(holds, steps))
    starts: list[float] = []

    def clock() -> float:
        now = time.monotonic()
        if not starts:
            starts.append(now)  # the player reads the clock first when it starts
        return now

    settings = Settings(safety_acknowledged=True, verbosity="full", checkin_enabled=False)
    window = create_main_window(settings, library=Library([]), clock=clock, persist=False)
    services = Services(
        window,
        speech_engine=engine,
        speech_player=logging_player(tmp / "played.log"),
        history_path=tmp / "history.sqlite3",
    )
    bridge = services.speech
    assert bridge is not None
    window.resize(1180, 760)
    window.show()
    deadline = time.monotonic() + 30
    while not bridge.ready and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)

    controller = window.controller
    cue_late: list[float] = []  # seconds, controller
    base_late: list[float] = []  # seconds, a bare precise timer
    cue_due_at: dict[int, float] = {}  # id(cue) -> planned moment
    speech_free: list[float] = []
    speech_queued: list[float] = []
    ended: list[float] = []
    busy_until = [0.0]
    timers: list[QTimer] = []

    def planned(segment: Any, cue: Any) -> float:
        return starts[0] + segment.start + cue.offset

    def on_cue(cue: Any, segment: Any, _late: float) -> None:
        now = time.monotonic()
        moment = planned(segment, cue)
        cue_late.append(now - moment)
        cue_due_at[id(cue)] = moment

    def on_started(routine_: Any, timeline: Any) -> None:
        # The baseline: one precise single-shot timer per cue, aimed at its moment.
        for segment in timeline.segments:
            for cue in segment.cues:
                moment = starts[0] + segment.start + cue.offset if starts else None
                if moment is None:
                    continue

                def fire(moment: float = moment) -> None:
                    base_late.append(time.monotonic() - moment)

                timer = QTimer()
                timer.setSingleShot(True)
                timer.setTimerType(Qt.TimerType.PreciseTimer)
                timer.timeout.connect(fire)
                timers.append(timer)
                timer.start(max(0, round((moment - time.monotonic()) * 1000)))

    def on_speech(event: Any) -> None:
        if isinstance(event, Started) and event.utterance.step is not None:
            utterance = event.utterance
            late = event.at - utterance.due
            if utterance.due >= busy_until[0] - 1e-3:
                speech_free.append(late)
            else:
                speech_queued.append(late)
            busy_until[0] = event.at + utterance.length

    def on_ended(_report: Any) -> None:
        ended.append(time.monotonic())
        QTimer.singleShot(1500, app.quit)  # let the last words be spoken

    bridge.event.connect(on_speech)
    controller.session_ended.connect(on_ended)
    # The player starts inside controller.start(): hook the baseline just after it.
    window.start_routine(routine)
    timeline = controller.player.timeline if controller.player else None
    assert timeline is not None
    on_started(routine, timeline)
    controller.cue_due.connect(on_cue)
    # Cues due at the very start were emitted inside start(); count them from the plan.
    first = timeline.segments[0]
    for cue in first.cues:
        if cue.offset == 0:
            cue_late.append(0.0)
    app.exec()
    services.shutdown()
    window.close()
    planned_end = starts[0] + timeline.total_seconds
    return {
        "engine": engine,
        "seconds": timeline.total_seconds,
        "cues": sum(len(s.cues) for s in timeline.segments),
        "controller": cue_late,
        "baseline": base_late,
        "speech_free": speech_free,
        "speech_queued": speech_queued,
        "end_error": (ended[0] - planned_end) if ended else float("nan"),
    }


def _row(what: str, values: list[float], targets: bool, base: float = 0.0) -> dict[str, Any]:
    p99 = percentile(values, 99) * 1000
    worst = max(values, default=0.0) * 1000
    met = "-"
    if targets:
        met = "yes" if p99 <= P99_MS and worst <= MAX_MS else "NO"
    return {
        "what": what,
        "n": len(values),
        "p50_ms": percentile(values, 50) * 1000,
        "p99_ms": p99,
        "max_ms": worst,
        "ratio": p99 / base if base > 0 else 1.0,
        "target": f"p99<={P99_MS:g} max<={MAX_MS:g}" if targets else "-",
        "met": met,
    }


def show(result: dict[str, Any], as_json: bool) -> int:
    end_ms = result["end_error"] * 1000
    base = percentile(result["baseline"], 99) * 1000
    rows = [
        _row("precise QTimer at each cue (baseline)", result["baseline"], False),
        _row("controller cue_due vs plan", result["controller"], True, base),
        _row("speech playback start vs cue (voice free)", result["speech_free"], True, base),
        _row("speech start vs cue (queued behind speech)", result["speech_queued"], False, base),
        {
            "what": "end of routine vs plan",
            "n": 1,
            "p50_ms": end_ms,
            "p99_ms": end_ms,
            "max_ms": end_ms,
            "ratio": "-",
            "target": f"<={END_MS:g}",
            "met": "yes" if abs(end_ms) <= END_MS else "NO",
        },
    ]
    title = (
        f"cue timing ({result['seconds']:.0f} s routine, {result['cues']} cues, "
        f"engine {result['engine']})"
    )
    report(title, rows, as_json)
    return 0 if all(r["met"] in ("yes", "-") for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
