"""`supple run ROUTINE`: bad input exits 1 with its reason; good input opens the player."""

from __future__ import annotations

from pathlib import Path

from helpers import run_cli, write_json
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from supple import settings as settings_module
from supple.cli.main import main
from supple.settings import Settings
from supple.ui.shell.main_window import active_main_window


def test_unknown_routine_exits_1_without_a_traceback() -> None:
    result = run_cli("run", "no-such-routine")
    assert result.returncode == 1
    assert "no routine with this id or file" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_invalid_routine_file_prints_each_problem(tmp_path: Path) -> None:
    bad = write_json(tmp_path / "bad.json", {"format": "supple-routine", "version": 1})
    result = run_cli("run", str(bad))
    assert result.returncode == 1
    assert str(bad) in result.stderr
    assert "Traceback" not in result.stderr


def test_run_opens_the_player_and_starts_at_once(qapp, monkeypatch) -> None:
    settings_module.save(Settings(safety_acknowledged=True))
    seen: dict[str, object] = {}

    def run_until_seen(_app: QApplication) -> int:
        # The app's event loop, for as long as the test looks. A local loop, because
        # QApplication.quit() would make every later modal exec() return at once.
        loop = QEventLoop()

        def look() -> None:
            window = active_main_window()
            if window is None or not window.controller.active:
                return
            seen["page"] = window.current_page() is window.player_view
            seen["title"] = window.player_view.title_label.text()
            window.close()
            loop.quit()

        poll = QTimer()
        poll.timeout.connect(look)
        poll.start(10)
        QTimer.singleShot(20_000, loop.quit)  # never hang if something breaks
        loop.exec()
        poll.stop()
        return 0

    monkeypatch.setattr(QApplication, "exec", run_until_seen)
    assert main(["run", "quick-spasm-relief"]) == 0
    assert seen == {"page": True, "title": "Side knee drop"}
