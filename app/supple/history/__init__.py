"""Session history: a versioned SQLite file of every session, and weekly summaries.

Qt-free. The app talks to it through a HistoryWorker (one thread owns the
connection); the command line and tests may use open_store() directly.

The names below are loaded from their modules on first use (PEP 562), as in
``supple.session``: the app's window needs the writer and its thread once it is up,
and the weeks and the CSV export only when History is first shown or asked to
export (benchmarks/bench_startup.py). ``_NAMES`` is the one list of them.
"""

from __future__ import annotations

from supple.lazynames import lazy_names

_NAMES = {  # name -> the module of supple.history that defines it
    "Opened": "database",
    "move_aside": "database",
    "open_existing_readonly": "database",
    "open_for_reading": "database",
    "open_store": "database",
    "export_csv": "export",
    "read_csv": "export",
    "to_csv": "export",
    "HistoryCorrupt": "history_error",
    "HistoryError": "history_error",
    "HistoryTooNew": "history_error",
    "HistoryWorker": "history_thread",
    "CURRENT_VERSION": "migrations",
    "STOP_REASONS": "session_rows",
    "SessionRecord": "session_rows",
    "routine_hash": "session_rows",
    "utc_now": "session_rows",
    "CHECKPOINT_SECONDS": "session_writer",
    "CheckIn": "session_writer",
    "SessionRecorder": "session_writer",
    "HistoryStore": "store",
    "DaySummary": "week",
    "Week": "week",
    "WeekSummary": "week",
    "load_week": "week",
    "summarize": "week",
}

__all__ = sorted(_NAMES)


__getattr__, __dir__ = lazy_names(__name__, _NAMES)
