"""Render every main screen of Supple to PNG, offscreen, for looking at.

    python tools/screenshots.py OUTDIR [--only NAME ...] [--language de] [--size 1024x600]
        [--theme light]

For each theme (light, dark) and size (1280x800, 1024x600) it writes
``NAME-THEME-WxH.png`` for: library, hold (a timed hold), breath (a breath hold
with the pacer), reps (a repetition), rest (a rest with "next up"), open (an
open-ended hold, in a copy of a bundled routine with its hip lifts held open), paused
(PAUSED over the count), summary (the end of a routine), editor (a copy of a bundled
routine open in the routine editor, on a step with phase pictures), and the dialogs
over the player as they open on the window: stop (the Stop question), checkin-before
(the check-in before a session) and checkin-stopped (after Stop), and the Settings
dialog over the window, one picture a tab (with the Reminders section and a sample plan,
as the app shows it): settings-voice, settings-session, settings-reminders,
settings-screen. Once per theme: tray-menu, notification (a reminder's text).

``--language`` renders in German (de), Spanish (es) or English (en, the default) with
Supple's and Qt's translations, as the app installs them at start; ``--size`` and
``--theme`` keep to one size or theme.

Every screen is reached by driving a real SessionController and Player with a
FakeClock, the way a session runs: nothing is faked in the widgets. Importable:
``render_all(outdir)`` returns the written paths (a test runs it).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from supple.routine import Library, Routine
from supple.session import FakeClock, SegmentKind
from supple.settings import Settings
from supple.ui.kit import theme
from supple.ui.shell.compose import create_main_window
from supple.ui.shell.main_window import MainWindow

THEMES = ("light", "dark")
SIZES = ((1280, 800), (1024, 600))
TICK = 0.5  # seconds of fake time per poll (the player pauses on gaps over 5 s)


class Session:
    """One window, one fake clock, and ways to move a session along."""

    def __init__(self, window: MainWindow, clock: FakeClock, library: Library) -> None:
        self.window = window
        self.clock = clock
        self.library = library

    def routine(self, routine_id: str) -> Routine:
        routine = self.library.by_id(routine_id)
        if routine is None:
            raise SystemExit(f"bundled routine {routine_id!r} is missing")
        return routine

    def start(self, routine_id: str | Routine) -> None:
        routine = self.routine(routine_id) if isinstance(routine_id, str) else routine_id
        if not self.window.start_routine(routine):
            raise SystemExit("the session did not start")

    def advance(self, seconds: float) -> None:
        controller = self.window.controller
        steps = max(1, round(seconds / TICK))
        for _ in range(steps):
            self.clock.advance(seconds / steps)
            controller.tick()

    def until(self, test: Callable[[], bool], limit: float = 3600.0) -> None:
        """Advance until ``test()`` holds (or fail after ``limit`` seconds)."""
        spent = 0.0
        while not test():
            if spent > limit:
                raise SystemExit("the session never reached the wanted state")
            self.advance(TICK)
            spent += TICK

    def segment(self):  # noqa: ANN201 - Segment, for the lambdas below
        player = self.window.controller.player
        assert player is not None
        return player.segment

    def skip_to_step(self, step: int) -> None:
        while self.segment().step < step:
            self.window.controller.skip_step()

    def end(self) -> None:
        if self.window.controller.active:
            self.window.controller.stop()
        self.window.show_library()


def _hold(s: Session) -> None:
    s.start("lower-back-spasm-relief")
    s.skip_to_step(2)  # Child's pose: a 3-minute timed hold
    s.until(lambda: s.segment().kind is SegmentKind.HOLD)
    s.advance(37.2)


def _breath(s: Session) -> None:
    s.start("lower-back-spasm-relief")
    s.skip_to_step(1)  # Cat-cow, 8 breaths
    s.until(lambda: s.segment().kind is SegmentKind.INHALE and s.segment().breath == 3)
    s.advance(2.6)


def _reps(s: Session) -> None:
    s.start("daily-back-care")
    s.skip_to_step(2)  # Pelvic tilt, 8 times
    s.until(lambda: s.segment().kind is SegmentKind.HOLD and s.segment().rep == 4)
    s.advance(3.2)


def _rest(s: Session) -> None:
    s.start("quick-spasm-relief")
    s.until(lambda: s.segment().kind is SegmentKind.REST)
    s.advance(3.4)


def _open_hip_lifts() -> Routine:
    """Lower-back spasm relief with its hip lifts held "as long as you can" (an open
    hold, ended with Done), as a person's own copy may have them."""
    import json

    from supple.paths import bundled_routines_dir
    from supple.routine import routine_from_document

    path = bundled_routines_dir() / "lower-back-spasm-relief.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["id"], doc["title"] = "open-hip-lifts", "Hip lifts, held open"
    doc.pop("translations", None)  # changed steps: the bundled words no longer fit them
    step = doc["steps"][3]
    step["hold"] = {"open": True, "estimate": 10}
    step.pop("cues", None)
    step["instructions"][-2:] = [
        "Lift your hips a little off the floor and hold them up as long as you can.",
        "Press Done as you lower your hips.",
    ]
    return routine_from_document(doc, str(path), path.parent)


def _open(s: Session) -> None:
    s.start(_open_hip_lifts())
    s.skip_to_step(3)  # Hip lifts, held as long as you can
    s.until(lambda: s.segment().open_ended)
    s.advance(9.0)
    s.window.controller.done()  # the person presses Done after the first lift
    s.until(lambda: s.segment().open_ended and s.segment().rep == 2)
    s.advance(12.4)


def _summary(s: Session) -> None:
    s.start("quick-spasm-relief")
    s.until(lambda: s.segment().step == 2 and s.segment().kind is SegmentKind.LEAD_IN)
    s.window.controller.skip_step()  # skip the hamstring stretch
    s.until(lambda: not s.window.controller.active)
    s.window.summary_view.set_checkin(6, 3)  # as the check-ins before and after leave it


def _paused(s: Session) -> None:
    _hold(s)
    s.window.controller.pause()


def _stop(s: Session) -> QWidget:
    from supple.ui.player.stop_confirm import stop_box

    _hold(s)
    s.window.controller.pause()  # as the Stop key does while it asks
    box, _stop_button, _keep = stop_box(s.window)
    return box


def _checkin(phase: str) -> Callable[[Session], QWidget]:
    def reach(s: Session) -> QWidget:
        from supple.ui.player.checkin_dialog import CheckinDialog

        if phase == "stopped":
            _hold(s)
            s.window.controller.stop()
        return CheckinDialog(phase, s.window)

    return reach


def _editor(s: Session) -> None:
    from supple.ui.shell.compose import attach_editor

    actions = attach_editor(s.window)
    actions.editor.ask_unsaved = lambda: "discard"  # leaving afterwards writes nothing
    s.window.library_view.select("lower-back-spasm-relief")
    actions.edit_selected()  # a bundled routine: opens an unsaved copy
    actions.editor.select(1)  # Cat-cow: breath hold, pictures for breathing in and out


SCREENS: dict[str, Callable[[Session], QWidget | None] | None] = {
    "library": None,
    "hold": _hold,
    "breath": _breath,
    "reps": _reps,
    "rest": _rest,
    "open": _open,
    "paused": _paused,
    "summary": _summary,
    "editor": _editor,
    "stop": _stop,
    "checkin-before": _checkin("before"),
    "checkin-stopped": _checkin("stopped"),
}


def _grab_with(window: MainWindow, dialog: QWidget | None) -> QPixmap:
    """The window, with ``dialog`` drawn over it where it opens (centred), at its size."""
    picture = window.grab()
    if dialog is None:
        return picture
    dialog.adjustSize()
    dialog.show()
    QApplication.processEvents()
    shown = dialog.grab()
    dialog.close()
    dialog.deleteLater()
    painter = QPainter(picture)
    painter.fillRect(picture.rect(), QColor(0, 0, 0, 70))  # the window behind, dimmed
    x = max(0, (picture.width() - shown.width()) // 2)
    y = max(0, (picture.height() - shown.height()) // 2)
    painter.drawPixmap(x, y, shown)
    painter.end()
    return picture


def _app() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    return QApplication([sys.argv[0]])


def render_all(
    outdir: Path,
    only: list[str] | None = None,
    *,
    language: str = "en",
    sizes: tuple[tuple[int, int], ...] = SIZES,
    themes: tuple[str, ...] = THEMES,
) -> list[Path]:
    """Write every screen in every theme and size to ``outdir``; return the files."""
    from PySide6.QtCore import QLocale

    from supple.ui.shell.window_language import install_translations

    outdir.mkdir(parents=True, exist_ok=True)
    app = _app()
    default_locale = QLocale()
    translators = install_translations(app, language)
    old_palette, old_style = app.palette(), app.style().name()
    library = Library.scan()
    written: list[Path] = []
    try:
        for theme_name in themes:
            theme.apply_theme(app, theme_name)
            for width, height in sizes:
                clock = FakeClock()
                settings = Settings(
                    safety_acknowledged=True, last_routine="lower-back-spasm-relief"
                )
                window = create_main_window(settings, library=library, clock=clock, persist=False)
                window.resize(width, height)
                window.show()
                app.processEvents()
                session = Session(window, clock, library)
                for name, reach in SCREENS.items():
                    if only and name not in only:
                        continue
                    dialog = reach(session) if reach is not None else None
                    app.processEvents()
                    path = outdir / f"{name}-{theme_name}-{width}x{height}.png"
                    if not _grab_with(window, dialog).save(str(path)):
                        raise SystemExit(f"could not write {path}")
                    written.append(path)
                    session.end()
                written += _editor_dialogs(window, outdir, f"{theme_name}-{width}x{height}", only)
                if not only or "settings" in only:
                    written += _settings_tabs(window, outdir, f"{theme_name}-{width}x{height}")
                window.close()
                window.deleteLater()
                app.processEvents()
                once = (width, height) == sizes[0]
                written += _extra_screens(outdir, theme_name, width, height, only, once)
    finally:
        app.setStyle(old_style)
        app.setPalette(old_palette)
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(default_locale)
    return written


EDITOR_DIALOGS = ("rename", "import-conflict", "catalogue")


def _over(window: MainWindow, dialog: QWidget, path: Path) -> Path:
    """``dialog`` drawn centred over ``window``, as the person sees it."""
    from PySide6.QtGui import QPainter

    dialog.show()
    QApplication.processEvents()
    shot = window.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))  # the window behind, dimmed a little
    face = dialog.grab()
    painter.drawPixmap(
        (shot.width() - face.width()) // 2, (shot.height() - face.height()) // 2, face
    )
    painter.end()
    dialog.close()
    dialog.deleteLater()
    if not shot.save(str(path)):
        raise SystemExit(f"could not write {path}")
    return path


def _editor_dialogs(
    window: MainWindow, outdir: Path, suffix: str, only: list[str] | None
) -> list[Path]:
    """The rename dialog, the import question and the catalogue, over the library."""
    from supple.routine.catalogue import bundled_catalogue
    from supple.ui.editor.catalogue_dialog import CatalogueDialog
    from supple.ui.editor.import_conflict import conflict_box
    from supple.ui.editor.library_actions import rename_dialog

    window.show_library()
    QApplication.processEvents()
    makers: dict[str, Callable[[], QWidget]] = {
        "rename": lambda: rename_dialog(window, "Lower-back spasm relief"),
        "import-conflict": lambda: conflict_box(window, "Lower-back spasm relief", own=True),
        "catalogue": lambda: _catalogue(CatalogueDialog(bundled_catalogue(), window)),
    }
    written = []
    for name in EDITOR_DIALOGS:
        if not only or name in only:
            written.append(_over(window, makers[name](), outdir / f"{name}-{suffix}.png"))
    return written


def _catalogue(dialog: QWidget) -> QWidget:
    """The catalogue with Bridge selected (its held pose on a tile of its own)."""
    lst = dialog.list  # type: ignore[attr-defined]
    for row in range(lst.count()):
        if lst.item(row).text() == "Bridge":
            lst.setCurrentRow(row)
    return dialog


def _extra_screens(
    outdir: Path,
    theme_name: str,
    width: int,
    height: int,
    only: list[str] | None,
    once: bool = True,
) -> list[Path]:
    """History (sample data in a temporary file, never the person's), the tray's menu
    and a notification."""
    from supple.ui.history.history_page import render_sample

    written = []
    if not only or "history" in only:
        path = outdir / f"history-{theme_name}-{width}x{height}.png"
        render_sample(path, theme_name == "dark", (width, height))
        written.append(path)
    if (not only or "tray" in only) and once:
        written.append(_tray_menu(outdir, theme_name))
    if (not only or "notification" in only) and once:
        written.append(_notification(outdir, theme_name))
    return written


SETTINGS_TABS = ("voice", "session", "reminders", "screen")


def _settings_tabs(window: MainWindow, outdir: Path, suffix: str) -> list[Path]:
    """The Settings dialog over ``window``, on each of its tabs."""
    from supple.ui.reminders.settings_section import RemindersSection
    from supple.ui.shell.settings_dialog import SettingsDialog

    written = []
    for index, name in enumerate(SETTINGS_TABS):
        section = RemindersSection([(r.id, r.title) for r in window.library.routines])
        dialog = SettingsDialog(
            SAMPLE_REMINDERS, path=outdir / ".unused-settings.json", sections=[section]
        )
        if dialog.tabs.count() != len(SETTINGS_TABS):
            raise SystemExit(f"the settings have {dialog.tabs.count()} tabs, not {SETTINGS_TABS}")
        dialog.tabs.setCurrentIndex(index)
        dialog.adjustSize()
        written.append(_over(window, dialog, outdir / f"settings-{name}-{suffix}.png"))
    return written


SAMPLE_REMINDERS = Settings(
    reminder_plan=[
        {"routine": "daily-back-care", "time": "08:00", "days": [0, 1, 2, 3, 4]},
        {"routine": "back-walk", "time": "12:30", "days": [5, 6]},
        {"routine": "quick-spasm-relief", "time": None, "days": [0, 1, 2, 3, 4, 5, 6]},
    ],
    break_reminders=True,
    start_at_login=True,
)


def _tray_menu(outdir: Path, theme_name: str) -> Path:
    """The tray icon's menu, as it opens: today's minutes, routines, pausing."""
    from supple.ui.reminders.tray import SuppleTray
    from supple.ui.shell.main_window import app_icon

    tray = SuppleTray(app_icon())
    tray.set_today(12, 20)
    tray.set_routines([("daily-back-care", "Daily back care"), ("desk-break", "Desk break")])
    tray.set_paused(None)
    menu = tray.menu
    menu.adjustSize()
    menu.show()
    QApplication.processEvents()
    path = outdir / f"tray-menu-{theme_name}.png"
    if not menu.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    menu.hide()
    tray.deleteLater()
    return path


def _notification(outdir: Path, theme_name: str) -> Path:
    """What a reminder's notification says (its summary, body and buttons), drawn as a
    card: the desktop draws the real one in its own style."""
    from datetime import datetime

    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

    from supple.reminders.scheduler import Kind, Reminder
    from supple.ui.reminders.reminder_text import note_text

    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    column = QVBoxLayout(card)
    for reminder, title, minutes in (
        (
            Reminder("p", Kind.PLAN, "daily-back-care", datetime(2026, 12, 2, 8, 0)),
            "Daily back care",
            14,
        ),
        (Reminder("b", Kind.BREAK, "desk-break", datetime(2026, 12, 2, 10, 40)), "Desk break", 2.7),
    ):
        summary, body, actions = note_text(reminder, title, minutes)
        heading = QLabel(summary)
        font = QFont(heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        heading.setFont(font)
        text = QLabel(body)
        text.setWordWrap(True)
        buttons = QHBoxLayout()
        for _id, label in actions:
            buttons.addWidget(QPushButton(label))
        column.addWidget(heading)
        column.addWidget(text)
        column.addLayout(buttons)
        column.addSpacing(14)
    card.resize(560, card.sizeHint().height())
    card.show()
    QApplication.processEvents()
    path = outdir / f"notification-{theme_name}.png"
    if not card.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    card.close()
    card.deleteLater()
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("outdir", type=Path)
    parser.add_argument(
        "--only",
        nargs="*",
        choices=sorted([*SCREENS, *EDITOR_DIALOGS, "history", "settings", "tray", "notification"]),
        help="just these screens",
    )
    parser.add_argument("--language", choices=["en", "de", "es"], default="en")
    parser.add_argument(
        "--size", choices=[f"{w}x{h}" for w, h in SIZES], help="just this window size"
    )
    parser.add_argument("--theme", choices=THEMES, help="just this theme")
    args = parser.parse_args(argv)
    sizes = tuple(size for size in SIZES if not args.size or f"{size[0]}x{size[1]}" == args.size)
    themes = (args.theme,) if args.theme else THEMES
    paths = render_all(args.outdir, args.only, language=args.language, sizes=sizes, themes=themes)
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
