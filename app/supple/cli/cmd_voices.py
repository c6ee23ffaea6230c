"""`supple voices`: the voices the offline speech engine offers."""

from __future__ import annotations

import argparse
import json
import sys

from supple.cli.format import table
from supple.i18n import _, ngettext


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    parser = sub.add_parser("voices", help=_("list the voices of the offline speech engine"))
    parser.add_argument("--json", action="store_true", help=_("print one JSON object"))
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from supple.speech.oneshot import OneShot
    from supple.speech.problems import problem_text
    from supple.speech.voice import EngineUnavailable

    try:
        with OneShot() as shot:
            voices = shot.voices()
            engine = shot.engine
    except EngineUnavailable as exc:
        print(f"supple: {problem_text(exc.kind, exc.detail)}", file=sys.stderr)
        return 1
    if args.json:
        items = [v.to_json() for v in voices]
        print(json.dumps({"engine": engine, "voices": items}, ensure_ascii=False, indent=2))
        return 0
    rows = [[v.id, v.name, v.language] for v in voices]
    print(table(rows, [_("ID"), _("NAME"), _("LANGUAGE")]))
    count = ngettext(
        "{n} voice ({engine}). Use it with: supple speak TEXT --voice ID",
        "{n} voices ({engine}). Use one with: supple speak TEXT --voice ID",
        len(voices),
    )
    print("\n" + count.format(n=len(voices), engine=engine))
    return 0
