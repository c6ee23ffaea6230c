"""Library scale: list 1,000 routine files in the user folder.

Baseline, measured in the same run: reading and json-parsing the same files
without validation, so the ratio shows what validation and the model cost.
The last row lists them in the GUI as the app does: a scan, then the library
view (offscreen) filled with every entry and its duration, and painted once.
Target: listing ≤ 500 ms (both without and with the view).

    python benchmarks/bench_library.py [--files 1000] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import measure, median_ms, report

from supple.routine import Library
from supple.session import estimated_seconds

ROOT = Path(__file__).resolve().parent.parent


def make_files(folder: Path, count: int) -> None:
    template = json.loads((ROOT / "routines" / "lower-back-spasm-relief.json").read_text())
    for i in range(count):
        doc = dict(template, id=f"user-routine-{i:05d}", title=f"My routine {i}")
        (folder / f"r{i:05d}.json").write_text(json.dumps(doc), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        os.environ["SUPPLE_HOME"] = str(home)
        folder = home / "routines"
        folder.mkdir()
        make_files(folder, args.files)

        def baseline() -> None:
            for path in sorted(folder.glob("*.json")):
                json.loads(path.read_bytes())

        bundled = len(Library.scan(user_dir=home / "no-routines").routines)

        def listing() -> None:
            library = Library.scan()
            assert len(library.routines) == args.files + bundled, len(library.routines)

        def listing_with_durations() -> None:
            for routine in Library.scan().routines:
                estimated_seconds(routine)

        def listing_with_fitted_durations() -> None:
            # As the app's library: the person's pacing (here the default settings:
            # full verbosity at 160 wpm), room for the words, no lengths measured yet.
            from supple.settings import Settings
            from supple.speech.spoken_pacing import session_estimate

            person = Settings()
            for routine in Library.scan().routines:
                session_estimate(routine, person)

        base = median_ms(measure(baseline, 5))
        fitted = median_ms(measure(listing_with_fitted_durations, 5))
        scan = median_ms(measure(listing, 5))
        full = median_ms(measure(listing_with_durations, 5))
        view = median_ms(measure(gui_listing(), 5))
    rows = [
        {
            "what": f"read+parse {args.files} files (baseline)",
            "ms": base,
            "ratio": 1.0,
            "target_ms": "-",
        },
        {
            "what": "Library.scan (validate, model)",
            "ms": scan,
            "ratio": scan / base,
            "target_ms": 500,
        },
        {"what": "scan + estimated durations", "ms": full, "ratio": full / base, "target_ms": 500},
        {
            "what": "scan + durations fitted to the voice (the app's)",
            "ms": fitted,
            "ratio": fitted / base,
            "target_ms": 500,
        },
        {
            "what": "scan + library view filled and painted",
            "ms": view,
            "ratio": view / base,
            "target_ms": 500,
        },
    ]
    report("library scale", rows, args.json)
    return 0 if full <= 500 and fitted <= 500 and view <= 500 else 1


def gui_listing():
    """Scan and show the library in the library view, as the main window does."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from supple.ui.library.library_view import LibraryView

    app = QApplication.instance() or QApplication([sys.argv[0]])
    view = LibraryView(estimated_seconds)
    view.resize(1180, 700)
    view.show()

    def run() -> None:
        view.set_library(Library.scan())
        view.grab()
        app.processEvents()

    return run


if __name__ == "__main__":
    sys.exit(main())
