"""`supple history`: one week's minutes per day, or every session as CSV."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from supple.cli.format import duration, table
from supple.i18n import _, ngettext

if TYPE_CHECKING:
    from supple.history import HistoryError, Week, WeekSummary


def _week(text: str) -> Week:
    # The history package (sqlite3...) loads only when --week is given.
    from supple.history import Week

    try:
        return Week.parse_iso(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("history", help=_("show a week of sessions, or export them all"))
    parser.add_argument(
        "--week",
        type=_week,
        metavar="YYYY-Www",
        help=_("the ISO week to show, e.g. 2024-W13 (default: this week)"),
    )
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help=_("print the week as one JSON object"))
    output.add_argument("--csv", action="store_true", help=_("print every session as CSV"))
    parser.add_argument(
        "--language",
        metavar="TAG",
        default=None,
        help=_("write dates and numbers as this language does (default: your locale's)"),
    )
    parser.set_defaults(run=run)


def week_document(summary: WeekSummary, open_outcome: str = "in progress") -> dict[str, Any]:
    """The week as JSON; ``open_outcome`` names a session without an outcome."""
    return {
        "week": summary.week.iso_label(),
        "first_day": summary.week.first.isoformat(),
        "minutes": round(summary.minutes, 2),
        "sessions": summary.session_count,
        "streak_days": summary.streak,
        "feel_before_average": summary.feel_before,
        "feel_after_average": summary.feel_after,
        "days": [
            {
                "date": day.day.isoformat(),
                "minutes": round(day.minutes, 2),
                "sessions": [
                    {
                        "id": s.id,
                        "routine_id": s.routine_id,
                        "title": s.title,
                        "started_local": (
                            s.started_at.astimezone().isoformat(timespec="seconds")
                            if s.started_at is not None
                            else None
                        ),
                        "active_seconds": (
                            round(s.active_seconds, 3) if s.active_seconds is not None else None
                        ),
                        "outcome": s.outcome.value if s.outcome else open_outcome,
                    }
                    for s in day.sessions
                ],
            }
            for day in summary.days
        ],
    }


def open_outcome(data_dir: Path) -> str:
    """What a session without an outcome is: the app's live one, or one a crash left."""
    from supple.folderlock import app_running

    return "in progress" if app_running(data_dir) else "interrupted"


def error_advice(error: HistoryError) -> str | None:
    """What the person can do, for the errors where something can be done."""
    import os

    from supple.history import HistoryCorrupt
    from supple.history.history_error import read_only_disk

    if not isinstance(error, HistoryCorrupt) or error.path is None:
        return None
    folder = error.path.parent
    if read_only_disk(folder) or not os.access(folder, os.W_OK):
        return _(
            "Nothing was changed. The folder {folder} is read-only, so the app cannot move "
            "the damaged file aside either; copy it somewhere safe to keep it."
        ).format(folder=folder)
    return _(
        "Nothing was changed. The next time the app starts, it moves the damaged file aside "
        "(nothing is deleted) and starts a fresh history."
    )


def run(args: argparse.Namespace) -> int:
    from datetime import date

    from supple import paths
    from supple.history import (
        HistoryError,
        Week,
        load_week,
        open_for_reading,
        summarize,
        to_csv,
    )

    today = date.today()
    week: Week = args.week or Week.containing(today)
    path = paths.history_db_path()
    try:
        store = open_for_reading(path)
        if store is None:
            summary = summarize([], week, None)
            sessions = []
        else:
            try:
                summary = load_week(store, week, None, today)
                sessions = store.all_sessions() if args.csv else []
            finally:
                store.close()
    except HistoryError as exc:
        print(f"supple history: {exc}", file=sys.stderr)
        advice = error_advice(exc)
        if advice:
            print(advice, file=sys.stderr)
        return 1
    unfinished = open_outcome(path.parent)
    if args.csv:
        from supple.cli.format import data_stream

        data_stream(sys.stdout).write(to_csv(sessions, open_outcome=unfinished))
        return 0
    if args.json:
        print(json.dumps(week_document(summary, unfinished), ensure_ascii=False, indent=2))
        return 0
    from supple.cli.language import chosen_language
    from supple.cli.locale_text import day_text, decimal, short_date

    language = chosen_language(args.language)
    rows = [
        [
            day_text(day.day, language),
            decimal(day.minutes, language),
            str(len(day.sessions)),
            ", ".join(sorted({s.title for s in day.sessions})),
        ]
        for day in summary.days
    ]
    first, last = short_date(week.first, language), short_date(week.last, language, year=True)
    print(_("Week {week} ({first} - {last})").format(week=week.iso_label(), first=first, last=last))
    print(table(rows, [_("DAY"), _("MINUTES"), _("SESSIONS"), _("ROUTINES")]))
    total = duration(summary.minutes * 60)
    count, streak = summary.session_count, summary.streak
    sessions = ngettext("{n} session", "{n} sessions", count).format(n=count)
    days = ngettext("streak {n} day", "streak {n} days", streak).format(n=streak)
    print(
        "\n"
        + _("Total {total} in {sessions}, {streak}").format(
            total=total, sessions=sessions, streak=days
        )
    )
    return 0
