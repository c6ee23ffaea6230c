"""Session history: a versioned SQLite file of every session, and weekly summaries.

Qt-free. The app talks to it through a HistoryWorker (one thread owns the
connection); the command line and tests may use open_store() directly.
"""

from supple.history.database import (
    Opened,
    move_aside,
    open_existing_readonly,
    open_for_reading,
    open_store,
)
from supple.history.export import export_csv, read_csv, to_csv
from supple.history.history_error import HistoryCorrupt, HistoryError, HistoryTooNew
from supple.history.history_thread import HistoryWorker
from supple.history.migrations import CURRENT_VERSION
from supple.history.session_rows import STOP_REASONS, SessionRecord, routine_hash, utc_now
from supple.history.session_writer import CHECKPOINT_SECONDS, CheckIn, SessionRecorder
from supple.history.store import HistoryStore
from supple.history.week import DaySummary, Week, WeekSummary, load_week, summarize

__all__ = [
    "CHECKPOINT_SECONDS",
    "CURRENT_VERSION",
    "STOP_REASONS",
    "CheckIn",
    "DaySummary",
    "HistoryCorrupt",
    "HistoryError",
    "HistoryStore",
    "HistoryTooNew",
    "HistoryWorker",
    "Opened",
    "SessionRecord",
    "SessionRecorder",
    "Week",
    "WeekSummary",
    "export_csv",
    "load_week",
    "move_aside",
    "open_existing_readonly",
    "open_for_reading",
    "open_store",
    "read_csv",
    "routine_hash",
    "summarize",
    "to_csv",
    "utc_now",
]
