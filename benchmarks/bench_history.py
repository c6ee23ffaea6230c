"""History scale: 100,000 sessions in the history file.

Measured on a file holding ``--sessions`` sessions (about 50 a day, so the
current week holds a few hundred) and, as the baseline in the same run, on an
empty file:
  * opening the file as the app does at start (integrity check, recovery), on
    the history thread: shown, no target;
  * opening the History view: creating the page, its week loaded on the
    history thread, the chart, totals and table filled, and painted once
    (target ≤ 150 ms);
  * recording one session: its row inserted (begin_session) on the open file
    (target ≤ 5 ms), and the whole record (insert, then close with outcome).

    python benchmarks/bench_history.py [--sessions 100000] [--json]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import median_ms, report

VIEW_MS, INSERT_MS = 150.0, 5.0


def fill(path: Path, count: int, today: datetime) -> None:
    """``count`` finished sessions ending today, written in one transaction."""
    from supple.history import open_store
    from supple.history.session_rows import to_db_time

    opened = open_store(path)
    opened.store.close()
    per_day = 50
    rows = []
    for i in range(count):
        start = today - timedelta(days=i // per_day, minutes=(i % per_day) * 20 + 30)
        end = start + timedelta(minutes=12)
        rows.append(
            (
                f"routine-{i % 7}",
                f"Routine {i % 7}",
                "h",
                to_db_time(start),
                to_db_time(end),
                to_db_time(end),
                720.0,
                800.0,
                8,
                0,
                8,
                "finished",
                (i % 11) if i % 3 == 0 else None,
                (i % 7) if i % 3 == 0 else None,
            )
        )
    conn = sqlite3.connect(path)
    with conn:
        conn.executemany(
            "INSERT INTO sessions (routine_id, title, routine_hash, started_at, ended_at,"
            " updated_at, active_seconds, planned_seconds, steps_completed, steps_skipped,"
            " steps_total, outcome, feel_before, feel_after) VALUES"
            " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()


def wait(app: Any, done: Any, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not done():
        if time.monotonic() > deadline:
            raise RuntimeError("the history thread did not answer")
        app.processEvents()
        time.sleep(0.0002)


def measure_file(app: Any, path: Path, repeat: int) -> dict[str, float]:
    from supple.history import HistoryWorker
    from supple.settings import Settings
    from supple.ui.history.history_link import gui_deliver
    from supple.ui.history.history_page import HistoryPage

    deliver = gui_deliver()
    opens, views, inserts, records = [], [], [], []
    for _ in range(repeat):
        begin = time.perf_counter()
        worker = HistoryWorker(path, deliver=deliver).start()
        worker.wait_ready(60)
        opens.append(time.perf_counter() - begin)
        try:
            begin = time.perf_counter()
            page = HistoryPage(worker, Settings())
            page.resize(1180, 700)
            wait(app, lambda page=page: page.loads > 0)
            page.grab()  # paint the chart, totals and table once
            views.append(time.perf_counter() - begin)
            page.deleteLater()

            def one(store: Any) -> tuple[float, float]:
                t0 = time.perf_counter()
                sid = store.begin_session(
                    routine_id="bench",
                    title="Bench",
                    routine_hash="h",
                    planned_seconds=600,
                    steps_total=5,
                )
                t1 = time.perf_counter()
                store.update_session(
                    sid, active_seconds=600, steps_completed=5, steps_skipped=0, outcome=None
                )
                return t1 - t0, time.perf_counter() - t0

            for _ in range(5):
                got: list[tuple[float, float]] = []
                worker.submit(one, got.append)
                wait(app, lambda got=got: bool(got))
                inserts.append(got[0][0])
                records.append(got[0][1])
        finally:
            worker.close()
    return {
        "open": median_ms(opens),
        "view": median_ms(views),
        "insert": median_ms(inserts),
        "record": median_ms(records),
        "view_max": max(views) * 1000,
        "insert_p90": statistics.quantiles(inserts, n=10)[-1] * 1000
        if len(inserts) > 1
        else inserts[0] * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory(prefix="supple-bench-") as tmp:
        os.environ["SUPPLE_HOME"] = tmp
        empty_path = Path(tmp) / "empty.sqlite3"
        full_path = Path(tmp) / "full.sqlite3"
        from supple.history import open_store

        open_store(empty_path).store.close()
        begin = time.perf_counter()
        fill(full_path, args.sessions, datetime.now().astimezone())
        fill_s = time.perf_counter() - begin
        empty = measure_file(app, empty_path, args.repeat)
        full = measure_file(app, full_path, args.repeat)

    def ratio(key: str) -> float:
        return full[key] / empty[key] if empty[key] > 0 else float("nan")

    n = f"{args.sessions:,}"
    rows = [
        {"what": "open the file at start (empty, baseline)", "ms": empty["open"], "ratio": 1.0,
         "target_ms": "-", "met": "-"},
        {"what": f"open the file at start ({n} sessions)", "ms": full["open"],
         "ratio": ratio("open"), "target_ms": "-", "met": "-"},
        {"what": "open the History view (empty, baseline)", "ms": empty["view"], "ratio": 1.0,
         "target_ms": "-", "met": "-"},
        {"what": f"open the History view ({n} sessions)", "ms": full["view"],
         "ratio": ratio("view"), "target_ms": VIEW_MS,
         "met": "yes" if full["view"] <= VIEW_MS else "NO"},
        {"what": "insert one session (empty, baseline)", "ms": empty["insert"], "ratio": 1.0,
         "target_ms": "-", "met": "-"},
        {"what": f"insert one session ({n} sessions)", "ms": full["insert"],
         "ratio": ratio("insert"), "target_ms": INSERT_MS,
         "met": "yes" if full["insert"] <= INSERT_MS else "NO"},
        {"what": f"insert + close one session ({n} sessions)", "ms": full["record"],
         "ratio": ratio("record"), "target_ms": "-", "met": "-"},
    ]  # fmt: skip
    report(f"history scale (file filled in {fill_s:.1f} s)", rows, args.json)
    return 0 if all(r["met"] != "NO" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
