from __future__ import annotations

from pathlib import Path

import pytest

from supple import paths


def test_supple_home_holds_every_user_file(supple_home: Path) -> None:
    assert paths.data_dir() == supple_home
    assert paths.config_dir() == supple_home
    assert paths.user_routines_dir() == supple_home / "routines"
    assert paths.history_db_path().parent == supple_home
    assert paths.settings_path().parent == supple_home


def test_without_supple_home_platformdirs_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUPPLE_HOME", raising=False)
    assert paths.portable_home() is None
    assert "Supple" in str(paths.data_dir())
    assert "Supple" in str(paths.config_dir())


def test_blank_supple_home_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUPPLE_HOME", "   ")
    assert paths.portable_home() is None


def test_bundled_data_is_found_from_the_source_tree(repo_root: Path) -> None:
    assert paths.bundled_routines_dir().resolve() == (repo_root / "routines").resolve()
    assert paths.assets_dir().resolve() == (repo_root / "assets").resolve()
    assert sorted(p.name for p in paths.bundled_routines_dir().glob("*.json"))


def test_ensure_dir_creates_parents(tmp_path: Path) -> None:
    target = tmp_path / "a" / "b"
    assert paths.ensure_dir(target) == target
    assert target.is_dir()
