"""`supple list`: every routine in the library, and the files that are broken."""

from __future__ import annotations

import argparse
import json

from supple.cli.format import duration, printable, table


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("list", help="list the routines (bundled and your own)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from supple import settings as settings_file
    from supple.routine import Library, Routine
    from supple.speech.spoken_pacing import session_estimate

    # As long as the app's library says: the same rule, the person's pacing and the
    # lengths measured so far (`supple plan` measures what is missing).
    person = settings_file.load().settings

    def estimated_seconds(routine: Routine) -> int:
        return round(session_estimate(routine, person))

    library = Library.scan()
    if args.json:
        items = []
        for entry in library.entries:
            item: dict[str, object] = {
                "id": entry.id,
                "title": entry.title,
                "origin": entry.origin.value,
                "path": str(entry.path),
                "valid": entry.valid,
            }
            if entry.routine is not None:
                item["estimated_seconds"] = estimated_seconds(entry.routine)
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
        rows.append(
            [
                entry.routine.id,
                entry.routine.title,
                duration(estimated_seconds(entry.routine)),
                f"{entry.origin.value}: {entry.path}",
            ]
        )
    if rows:
        print(table(rows, ["ID", "TITLE", "ABOUT", "FROM"]))
    else:
        print("No routines found.")
    for entry in library.invalid:
        assert entry.error is not None
        print(f"\nINVALID {printable(entry.path)} ({entry.origin.value}):")
        for line in entry.error.problems:
            print(f"  {printable(line.describe())}")
    if library.cap_notice:
        print(f"\nNote: {printable(library.cap_notice)}")
    return 0
