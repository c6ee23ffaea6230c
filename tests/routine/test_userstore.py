"""Own routines on disk: free names, atomic saves, pictures kept with the routine, trash."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from helpers import BUNDLED, SUPPORT, minimal_doc, write_json

from supple.routine import Library, RoutineError, load_routine, routine_to_document
from supple.routine.userstore import PICTURES, UserStore, free_name, slugify


def _png(path: Path, data: bytes = b"\x89PNG fake but only copied") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def test_slugs_and_free_names() -> None:
    assert slugify("Morning stretch!") == "morning-stretch"
    assert slugify("Étirement du matin") == "etirement-du-matin"
    assert slugify("???") == "my-routine"
    assert len(slugify("x" * 300)) <= 60
    assert free_name("a", {"b"}) == "a"
    assert free_name("a", {"a", "a-2"}) == "a-3"
    assert len(free_name("y" * 64, {"y" * 64})) <= 64


def test_a_new_routine_never_takes_another_ones_id_or_file(user_routines: Path) -> None:
    store = UserStore()
    mine = write_json(user_routines / "morning.json", minimal_doc(id="morning", title="Morning"))
    before = mine.read_bytes()
    # Same id as a user routine, then as a bundled one.
    saved = store.save(minimal_doc(id="morning", title="Morning"))
    assert saved.routine.id == "morning-2" and saved.path.name == "morning-2.json"
    bundled = store.save(minimal_doc(id="quick-spasm-relief", title="Quick"))
    assert bundled.routine.id == "quick-spasm-relief-2"
    # A broken file's name is taken too.
    (user_routines / "broken.json").write_text("{", encoding="utf-8")
    assert store.save(minimal_doc(id="broken")).routine.id == "broken-2"
    assert mine.read_bytes() == before
    ids = [r.id for r in Library.scan().routines]
    assert len(ids) == len(set(ids))


def test_saving_over_an_existing_file_and_the_round_trip(user_routines: Path) -> None:
    store = UserStore()
    doc = json.loads((BUNDLED / "lower-back-spasm-relief.json").read_text(encoding="utf-8"))
    doc["id"] = "mine"
    first = store.save(doc)
    again = store.save(routine_to_document(load_routine(first.path)), first.path)
    assert again.path == first.path
    assert again.routine == load_routine(first.path)
    assert (
        load_routine(first.path).steps
        == load_routine(BUNDLED / "lower-back-spasm-relief.json").steps
    )


def test_an_invalid_document_writes_nothing(user_routines: Path) -> None:
    store = UserStore()
    bad = minimal_doc(steps=[{"title": "", "hold": {"seconds": 0}}])
    with pytest.raises(RoutineError) as err:
        store.save(bad)
    paths = {p.path for p in err.value.problems}
    assert {"steps[0].title", "steps[0].hold.seconds"} <= paths
    assert list(user_routines.iterdir()) == []


def test_bundled_files_cannot_be_written(user_routines: Path) -> None:
    store = UserStore()
    target = BUNDLED / "quick-spasm-relief.json"
    before = target.read_bytes()
    with pytest.raises(RoutineError):
        store.save(minimal_doc(), target)
    with pytest.raises(RoutineError):
        store.delete(target)
    assert target.read_bytes() == before


def test_a_crash_while_replacing_leaves_the_previous_file(
    user_routines: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = UserStore()
    saved = store.save(minimal_doc(id="keep", title="Keep me"))
    before = saved.path.read_bytes()

    def broken_replace(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        store.save(minimal_doc(id="keep", title="Changed"), saved.path)
    assert saved.path.read_bytes() == before
    assert [p.name for p in user_routines.iterdir()] == ["keep.json"]  # no temp left


def test_a_process_killed_mid_save_leaves_the_previous_file(user_routines: Path) -> None:
    store = UserStore()
    saved = store.save(minimal_doc(id="keep", title="Keep me"))
    before = saved.path.read_bytes()
    # A child saves a large document and is killed (os._exit) just before the replace.
    code = textwrap.dedent(
        f"""
        import os, sys
        sys.path.insert(0, {str(SUPPORT)!r})
        from helpers import minimal_doc
        from supple.routine.userstore import UserStore
        def die(src, dst):
            os._exit(9)
        os.replace = die
        doc = minimal_doc(id="keep", title="Changed", description="x" * 3000)
        UserStore().save(doc, UserStore().folder / "keep.json")
        """
    )
    result = subprocess.run([sys.executable, "-c", code], env=dict(os.environ), timeout=60)
    assert result.returncode == 9
    assert saved.path.read_bytes() == before
    assert load_routine(saved.path).title == "Keep me"


def test_own_pictures_are_copied_next_to_the_routine(user_routines: Path, tmp_path: Path) -> None:
    store = UserStore()
    elsewhere = tmp_path / "elsewhere"
    _png(elsewhere / "my pose.png")
    doc = minimal_doc(
        id="pics",
        steps=[
            {"title": "A", "hold": {"seconds": 5}, "illustration": "my pose.png"},
            {
                "title": "B",
                "hold": {"seconds": 5},
                "illustration": {"default": "my pose.png", "hold": "pose:cat"},
            },
        ],
    )
    saved = store.save(doc, source_base=elsewhere)
    refs = [s.illustration.default.ref for s in saved.routine.steps]
    assert refs == ["pictures/pics/my pose.png"] * 2
    assert (user_routines / PICTURES / "pics" / "my pose.png").read_bytes() == (
        elsewhere / "my pose.png"
    ).read_bytes()
    # A duplicate gets its own folder, so deleting one never breaks the other.
    copy = store.duplicate(saved.routine, "Pics copy")
    assert copy.routine.id == "pics-copy"
    assert copy.routine.steps[0].illustration.default.ref == "pictures/pics-copy/my pose.png"
    trashed = store.delete(saved.path)
    assert not saved.path.exists() and not (user_routines / PICTURES / "pics").exists()
    assert load_routine(copy.path).steps[0].illustration.default.path.is_file()
    restored = store.restore(trashed)
    assert load_routine(restored).steps[0].illustration.default.path.is_file()


def test_a_picture_name_in_use_by_another_file_is_not_overwritten(
    user_routines: Path, tmp_path: Path
) -> None:
    store = UserStore()
    existing = _png(user_routines / PICTURES / "pics" / "a.png", b"the original")
    _png(tmp_path / "a.png", b"a different picture")
    saved = store.save(
        minimal_doc(
            id="pics", steps=[{"title": "A", "hold": {"seconds": 5}, "illustration": "a.png"}]
        ),
        source_base=tmp_path,
    )
    # The id "pics" has a pictures folder already, so the routine gets a fresh id.
    assert saved.routine.id == "pics-2"
    assert existing.read_bytes() == b"the original"


def test_rename_keeps_the_id_and_delete_can_be_undone(user_routines: Path) -> None:
    store = UserStore()
    saved = store.save(minimal_doc(id="mine", title="Mine"))
    renamed = store.rename(saved.path, "Evening stretch")
    assert renamed.path == saved.path
    assert renamed.routine.id == "mine" and renamed.routine.title == "Evening stretch"
    before = saved.path.read_bytes()
    trashed = store.delete(saved.path)
    assert not saved.path.exists() and trashed.trashed.is_file()
    assert Library.scan().by_id("mine") is None
    store.restore(trashed)
    assert saved.path.read_bytes() == before
    assert Library.scan().by_id("mine") is not None
