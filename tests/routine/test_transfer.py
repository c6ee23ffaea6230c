"""Import and export: a bad file changes nothing, a package round-trips with its pictures,
and a hostile zip is refused without writing anything outside a temporary folder."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from helpers import minimal_doc, png_header_only, write_json

from supple import paths
from supple.routine import RoutineError, load_routine
from supple.routine.transfer import MAX_TOTAL_BYTES, export_routine, import_routine, peek_id
from supple.routine.userstore import UserStore


def _snapshot(folder: Path) -> dict[str, bytes]:
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _pictured(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "img").mkdir()
    png_header_only(src / "img" / "lunge.png", 40, 30)  # a PNG by its bytes, never decoded
    (src / "img" / "reach.svg").write_text("<svg xmlns='http://www.w3.org/2000/svg'/>")
    doc = minimal_doc(
        id="shared",
        title="Shared",
        steps=[
            {
                "title": "Lunge",
                "hold": {"seconds": 20},
                "illustration": {"default": "img/lunge.png", "alt": "Lunging, left knee forward"},
            },
            {
                "title": "Reach",
                "hold": {"breaths": 4},
                "illustration": {
                    "default": "img/reach.svg",
                    "inhale": "img/lunge.png",
                    "alt": {"default": "Standing, arms up", "inhale": "Lunging as you breathe in"},
                },
            },
            {"title": "Cat", "hold": {"seconds": 5}, "illustration": "pose:cat"},
        ],
    )
    return write_json(src / "shared.json", doc)


def test_a_bad_file_reports_every_problem_and_changes_nothing(
    user_routines: Path, tmp_path: Path
) -> None:
    (user_routines / "mine.json").write_text(json.dumps(minimal_doc(id="mine")))
    before = _snapshot(user_routines)
    bad = write_json(
        tmp_path / "bad.json",
        minimal_doc(
            steps=[
                {"title": "", "hold": {"breaths": 0}},
                {"title": "Ok", "hold": {"seconds": 5}, "illustration": "missing.png"},
            ]
        ),
    )
    with pytest.raises(RoutineError) as err:
        import_routine(bad)
    paths = {p.path for p in err.value.problems}
    assert {"steps[0].title", "steps[0].hold.breaths", "steps[1].illustration"} <= paths
    assert _snapshot(user_routines) == before
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(RoutineError):
        import_routine(junk)
    assert _snapshot(user_routines) == before


def test_a_picture_check_failure_is_reported_with_its_path(
    user_routines: Path, tmp_path: Path
) -> None:
    source = _pictured(tmp_path)
    with pytest.raises(RoutineError) as err:
        import_routine(source, check_picture=lambda p: "too big" if p.suffix == ".svg" else None)
    assert [(p.path, p.message) for p in err.value.problems] == [
        ("steps[1].illustration.default", "too big")
    ]
    assert _snapshot(user_routines) == {}


def test_export_then_import_round_trips_with_pictures(user_routines: Path, tmp_path: Path) -> None:
    original = load_routine(_pictured(tmp_path))
    package = export_routine(original, tmp_path / "out" / "shared.zip")
    with zipfile.ZipFile(package) as archive:
        names = sorted(archive.namelist())
    assert names == ["pictures/lunge.png", "pictures/reach.svg", "routine.json"]

    first = import_routine(package)
    second = import_routine(package)  # same id again: a fresh one, nothing overwritten
    assert first.saved.routine.id == "shared"
    assert second.saved.routine.id == "shared-2" and second.notes
    for imported in (first, second):
        routine = load_routine(imported.saved.path)
        assert routine.title == original.title
        assert [s.hold for s in routine.steps] == [s.hold for s in original.steps]
        for mine, theirs in zip(routine.steps, original.steps, strict=True):
            assert set(mine.illustration.frames) == set(theirs.illustration.frames)
            assert mine.illustration.alt == theirs.illustration.alt  # descriptions travel
            for key, picture in mine.illustration.frames.items():
                assert (
                    picture.path.read_bytes() == theirs.illustration.frames[key].path.read_bytes()
                )
                if not picture.ref.startswith("pose:"):
                    assert picture.path.is_relative_to(user_routines)
    assert load_routine(first.saved.path).steps[2].illustration.default.ref == "pose:cat"


def test_a_plain_json_import_copies_its_pictures(user_routines: Path, tmp_path: Path) -> None:
    imported = import_routine(_pictured(tmp_path))
    illustration = imported.saved.routine.steps[0].illustration
    picture = illustration.default
    assert picture.ref == "pictures/shared/lunge.png"
    assert illustration.alt == {"default": "Lunging, left knee forward"}  # not a picture
    assert picture.path.read_bytes() == (tmp_path / "src" / "img" / "lunge.png").read_bytes()


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=zipfile.ZIP_DEFLATED)
    return path


ROUTINE = json.dumps(minimal_doc()).encode()


@pytest.mark.parametrize(
    "name",
    ["/tmp/evil.txt", "../evil.txt", "pictures/../../evil.txt", "C:/evil.txt", "a\\..\\evil.txt"],
)
def test_hostile_member_names_are_refused(user_routines: Path, tmp_path: Path, name: str) -> None:
    package = _zip(tmp_path / "evil.zip", {"routine.json": ROUTINE, name: b"gotcha"})
    with pytest.raises(RoutineError) as err:
        import_routine(package)
    assert "not allowed" in err.value.summary()
    assert _snapshot(user_routines) == {}
    assert not list(tmp_path.parent.rglob("evil.txt"))
    assert not Path("/tmp/evil.txt").exists()


def test_a_symlink_member_is_refused(user_routines: Path, tmp_path: Path) -> None:
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("routine.json", ROUTINE)
        info = zipfile.ZipInfo("pictures/link.png")
        info.external_attr = 0o120777 << 16
        archive.writestr(info, "/etc/passwd")
    with pytest.raises(RoutineError, match="links"):
        import_routine(path)
    assert _snapshot(user_routines) == {}


def test_a_zip_bomb_is_refused(user_routines: Path, tmp_path: Path) -> None:
    # Declared honestly: refused from the header.
    big = _zip(tmp_path / "big.zip", {"routine.json": ROUTINE, "p.png": b"\0" * (21 * 2**20)})
    assert big.stat().st_size < 200_000
    with pytest.raises(RoutineError):
        import_routine(big)
    # Many members within the per-file limit, but too much in all.
    parts = {f"pictures/p{i}.png": b"\0" * (15 * 2**20) for i in range(5)}
    many = _zip(tmp_path / "many.zip", {"routine.json": ROUTINE, **parts})
    with pytest.raises(RoutineError, match="unpack"):
        import_routine(many)
    # Lying header: the reader stops at the declared size (and the CRC check
    # fails) or the bytes counted while reading go over the cap: refused either way.
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("routine.json", ROUTINE)
        archive.writestr("pictures/p.png", b"\0" * (MAX_TOTAL_BYTES // 2))
    data = bytearray(buffer.getvalue())
    # Patch the central directory's uncompressed size of p.png to claim 10 bytes.
    central = data.rfind(b"PK\x01\x02")
    data[central + 24 : central + 28] = (10).to_bytes(4, "little")
    liar = tmp_path / "liar.zip"
    liar.write_bytes(bytes(data))
    with pytest.raises(RoutineError):
        import_routine(liar)
    assert _snapshot(user_routines) == {}


def test_an_archive_without_a_routine_is_explained(user_routines: Path, tmp_path: Path) -> None:
    package = _zip(tmp_path / "empty.zip", {"readme.txt": b"hi"})
    with pytest.raises(RoutineError, match="no routine file"):
        import_routine(package)
    store = UserStore()
    assert store.taken_ids() >= {"quick-spasm-relief"}


def _damaged_zip(path: Path, method: int, at: int, junk: bytes) -> Path:
    """A real zip whose picture's compressed bytes are overwritten at ``at``."""
    picture = bytes(range(256)) * 40
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("routine.json", ROUTINE)
        archive.writestr("pictures/p.png", picture, compress_type=method)
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("pictures/p.png")
    data = bytearray(path.read_bytes())
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra) + at
    data[start : start + len(junk)] = junk
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize(
    ("method", "at", "junk"),
    [
        (zipfile.ZIP_DEFLATED, 0, b"\xff"),  # a reserved block type: zlib.error
        (zipfile.ZIP_LZMA, 4, b"\xff" * 5),  # impossible properties: LZMAError
        (zipfile.ZIP_LZMA, 9, b"\xff" * 8),  # a corrupt stream: LZMAError
        (zipfile.ZIP_BZIP2, 0, b"XX"),  # not a bzip2 stream: OSError
    ],
    ids=["deflate", "lzma-options", "lzma-stream", "bzip2"],
)
def test_a_zip_with_a_corrupt_stream_is_damaged(
    user_routines: Path, tmp_path: Path, method: int, at: int, junk: bytes
) -> None:
    package = _damaged_zip(tmp_path / "shared.zip", method, at, junk)
    before = _snapshot(user_routines)
    with pytest.raises(RoutineError) as caught:
        import_routine(package)
    (line,) = caught.value.lines()
    assert line.startswith(f"{package}: (document): this file is damaged: 'pictures/p.png'")
    assert _snapshot(user_routines) == before


def test_a_file_in_the_way_of_a_folder_is_said_in_plain_words(
    user_routines: Path, tmp_path: Path
) -> None:
    for order in (["pictures", "pictures/p.png"], ["pictures/p.png", "pictures"]):
        package = _zip(
            tmp_path / "clash.zip", {"routine.json": ROUTINE, **{n: b"x" for n in order}}
        )
        with pytest.raises(RoutineError) as caught:
            import_routine(package)
        message = caught.value.summary()
        assert "File exists" not in message and "Errno" not in message
        assert "'pictures'" in message and "file" in message and "folder" in message
    assert _snapshot(user_routines) == {}


def test_a_too_large_routine_in_a_zip_names_the_zip_and_the_member(
    user_routines: Path, tmp_path: Path
) -> None:
    padded = json.dumps(minimal_doc(description="x" * 100)) + " " * (2 * 2**20)
    package = _zip(tmp_path / "big.zip", {"routine.json": padded.encode()})
    with pytest.raises(RoutineError) as caught:
        import_routine(package)
    (line,) = caught.value.lines()
    assert line.startswith(f"{package}: (document): routine.json: the file is 2,")
    assert "supple-import-" not in line  # not the temporary folder, gone by now


def test_an_import_may_replace_the_own_routine_of_its_id(
    user_routines: Path, tmp_path: Path
) -> None:
    original = load_routine(_pictured(tmp_path))
    package = export_routine(original, tmp_path / "out" / "shared.zip")
    assert peek_id(package) == "shared" and peek_id(tmp_path / "src" / "shared.json") == "shared"
    first = import_routine(package)
    mine = json.loads(first.saved.path.read_text(encoding="utf-8"))
    mine["title"] = "Changed here"
    first.saved.path.write_text(json.dumps(mine), encoding="utf-8")

    again = import_routine(package, replace=True)
    assert again.replaced and again.wanted_id == "shared" and not again.notes
    assert again.saved.path == first.saved.path
    assert load_routine(again.saved.path).title == original.title
    assert sorted(p.name for p in user_routines.glob("*.json")) == ["shared.json"]

    both = import_routine(package)  # keep both: its own id beside it
    assert not both.replaced and both.saved.routine.id == "shared-2"
    assert sorted(p.name for p in user_routines.glob("*.json")) == ["shared-2.json", "shared.json"]


def test_replace_never_writes_over_a_bundled_routine(user_routines: Path, tmp_path: Path) -> None:
    bundled = next(paths.bundled_routines_dir().glob("*.json"))
    bundled_id = json.loads(bundled.read_text(encoding="utf-8"))["id"]
    before = bundled.read_bytes()
    imported = import_routine(bundled, replace=True)
    assert not imported.replaced and imported.saved.routine.id == f"{bundled_id}-2"
    assert bundled.read_bytes() == before


def test_peek_id_gives_none_for_what_it_cannot_read(tmp_path: Path) -> None:
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"PK not really")
    assert peek_id(junk) is None
    assert peek_id(tmp_path / "missing.json") is None
    (tmp_path / "list.json").write_text("[1, 2]", encoding="utf-8")
    assert peek_id(tmp_path / "list.json") is None
