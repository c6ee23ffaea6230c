from __future__ import annotations

from pathlib import Path

from helpers import bundled_doc, minimal_doc, write_json

from supple.routine import Library, Origin, RoutineError, resolve_routine


def test_bundled_and_user_routines_are_listed(user_routines: Path) -> None:
    write_json(user_routines / "mine.json", minimal_doc(id="mine", title="Mine"))
    library = Library.scan()
    ids = [e.id for e in library.entries if e.valid]
    assert "lower-back-spasm-relief" in ids and "mine" in ids
    assert library.entry_for("mine").origin is Origin.USER  # type: ignore[union-attr]
    assert library.entry_for("back-walk").origin is Origin.BUNDLED  # type: ignore[union-attr]


def test_broken_user_file_is_listed_with_its_reason(user_routines: Path) -> None:
    (user_routines / "broken.json").write_text("{nope", encoding="utf-8")
    write_json(
        user_routines / "bad-hold.json",
        minimal_doc(id="bad-hold", steps=[{"title": "A", "hold": {"seconds": 0}}]),
    )
    write_json(user_routines / "good.json", minimal_doc(id="good"))
    library = Library.scan()
    invalid = {e.path.name: e for e in library.invalid}
    assert set(invalid) == {"broken.json", "bad-hold.json"}
    assert "not valid JSON" in invalid["broken.json"].error.first  # type: ignore[union-attr]
    assert "steps[0].hold.seconds" in invalid["bad-hold.json"].error.first  # type: ignore[union-attr]
    assert library.by_id("good") is not None
    assert len(library.routines) == 6


def test_id_collision_with_a_bundled_routine(user_routines: Path) -> None:
    write_json(user_routines / "copy.json", bundled_doc())
    library = Library.scan()
    [bad] = library.invalid
    assert bad.path.name == "copy.json"
    assert "already used" in bad.error.first  # type: ignore[union-attr]
    assert library.entry_for("lower-back-spasm-relief").origin is Origin.BUNDLED  # type: ignore[union-attr]


def test_missing_user_folder_is_fine(supple_home: Path) -> None:
    assert not (supple_home / "routines").exists()
    assert len(Library.scan().routines) == 5


def test_resolve_by_id_or_path(tmp_path: Path) -> None:
    assert resolve_routine("back-walk").id == "back-walk"
    path = write_json(tmp_path / "x.json", minimal_doc(id="xid"))
    assert resolve_routine(str(path)).id == "xid"
    try:
        resolve_routine("no-such-routine")
    except RoutineError as exc:
        assert "back-walk" in exc.summary()
    else:
        raise AssertionError("should fail")


def test_the_files_past_the_cap_are_counted_not_hidden(user_routines: Path) -> None:
    for i in range(5):
        write_json(user_routines / f"r{i}.json", minimal_doc(id=f"r{i}"))
    library = Library.scan(max_user_files=3)
    users = [e.path.name for e in library.entries if e.origin is Origin.USER]
    assert users == ["r0.json", "r1.json", "r2.json"]  # by name, the first three
    assert library.unread == 2
    assert library.cap_notice is not None
    assert "Only the first 3 routine files" in library.cap_notice
    assert str(user_routines) in library.cap_notice and "2 more" in library.cap_notice
    assert Library.scan(max_user_files=5).cap_notice is None
