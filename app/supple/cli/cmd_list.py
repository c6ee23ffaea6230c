"""`supple list`: every routine in the library, and the files that are broken."""

from __future__ import annotations

import argparse
import json

from supple.cli.format import duration, printable, table
from supple.i18n import N_, _


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("list", help=_("list the routines (bundled and your own)"))
    parser.add_argument("--json", action="store_true", help=_("print one JSON object"))
    parser.add_argument(
        "--language",
        metavar="TAG",
        default=None,
        help=_("show the routines in this language (de, es...; default: your locale's)"),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from supple import settings as settings_file
    from supple.cli.language import chosen_language
    from supple.routine import Library, Routine
    from supple.speech.spoken_pacing import session_estimate

    language = chosen_language(args.language)

    # As long as the app's library says: the same rule, the person's pacing and the
    # lengths measured so far (`supple plan` measures what is missing).
    person = settings_file.load().settings

    def estimated_seconds(routine: Routine) -> int:
        return round(session_estimate(routine, person))

    library = Library.scan()
    if args.json:
        items = []
        for entry in library.entries:
            shown = entry.routine.localized(language) if entry.routine is not None else None
            item: dict[str, object] = {
                "id": entry.id,
                "title": shown.title if shown is not None else entry.title,
                "origin": entry.origin.value,
                "path": str(entry.path),
                "valid": entry.valid,
            }
            if shown is not None:
                item["language"] = shown.language
                item["languages"] = list(entry.routine.languages)
                item["estimated_seconds"] = estimated_seconds(shown)
            else:
                assert entry.error is not None
                item["problems"] = entry.error.lines()
            items.append(item)
        document = {"routines": items, "unread_files": library.unread}
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return 0
    rows = []
    for entry in library.entries:
        if entry.routine is None:
            continue
        shown = entry.routine.localized(language)  # its words, and how long they take
        rows.append(
            [
                shown.id,
                shown.title,
                duration(estimated_seconds(shown)),
                f"{_origin(entry.origin.value)}: {entry.path}",
            ]
        )
    if rows:
        print(table(rows, [_("ID"), _("TITLE"), _("ABOUT"), _("FROM")]))
    else:
        print(_("No routines found."))
    for entry in library.invalid:
        assert entry.error is not None
        where = {"path": printable(entry.path), "origin": _origin(entry.origin.value)}
        print("\n" + _("INVALID {path} ({origin}):").format(**where))
        for line in entry.error.problems:
            print(f"  {printable(line.describe())}")
    if library.cap_notice:
        print("\n" + _("Note: {notice}").format(notice=printable(library.cap_notice)))
    return 0


# Where a routine is from, as the table says it (the JSON keeps the values themselves).
_ORIGINS = {"bundled": N_("bundled"), "user": N_("user")}


def _origin(value: str) -> str:
    return _(_ORIGINS[value]) if value in _ORIGINS else value
