"""Sharing routines: export one as a single .zip with its pictures, import a file or a zip.

An import is checked completely before anything is written: the routine goes
through the loader (every problem with its JSON path), each own picture through
``picture_file`` (its format from its bytes, an SVG rebuilt without links out and
within bounds) and an optional further check (the UI passes one that asks Qt), and
only then is it copied into the user routines folder under a free id.

Zip files are read defensively: members with absolute paths, drive letters,
backslashes, ``..`` or links are refused, as are too many members or more
than ``MAX_TOTAL_BYTES`` of content (counted while reading, not trusted from
the header). Extraction happens only inside a temporary folder.
"""

from __future__ import annotations

import copy
import json
import lzma
import os
import re
import stat
import tempfile
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

from supple.fileutil import temp_beside
from supple.i18n import _, number
from supple.routine.format_error import FormatProblem, RoutineError
from supple.routine.jsonfile import MAX_FILE_BYTES, read_json_file
from supple.routine.model import Routine
from supple.routine.names import pose_name
from supple.routine.parse import MAX_PICTURE_BYTES, routine_from_document
from supple.routine.picture_file import picture_problems
from supple.routine.serialize import routine_to_document
from supple.routine.userstore import PICTURES, Saved, UserStore, document_text, safe_picture_name

ROUTINE_MEMBER = "routine.json"
MAX_MEMBERS = 200
MAX_TOTAL_BYTES = 64 * 1024 * 1024
_CHUNK = 64 * 1024

PictureCheck = Callable[[Path], "str | None"]  # a problem with the picture, or None


@dataclass(frozen=True)
class Imported:
    """A routine brought in from a file, and notes on what was changed."""

    saved: Saved
    notes: list[str] = field(default_factory=list)
    wanted_id: str = ""  # the id the file asked for (``saved`` may have another)
    replaced: bool = False  # it took the place of the person's routine of that id


def _refuse(file: Path, problems: list[FormatProblem]) -> RoutineError:
    return RoutineError(str(file), problems)


# -- export ---------------------------------------------------------------------------
def export_routine(routine: Routine, target: Path) -> Path:
    """Write ``routine`` and its own pictures to the zip file ``target`` (atomically)."""
    doc = routine_to_document(routine)
    members: dict[str, Path] = {}
    by_source: dict[Path, str] = {}
    for i, step in enumerate(routine.steps):
        if step.illustration is None:
            continue
        for key, picture in step.illustration.frames.items():
            if pose_name(picture.ref) is not None:
                continue
            arcname = by_source.get(picture.path)
            if arcname is None:
                name = safe_picture_name(picture.path.name)
                stem, _dot, ext = name.rpartition(".")
                arcname, n = f"{PICTURES}/{name}", 1
                while arcname in members:
                    n += 1
                    arcname = f"{PICTURES}/{stem}-{n}.{ext}"
                members[arcname] = picture.path
                by_source[picture.path] = arcname
            ill = doc["steps"][i]["illustration"]
            if isinstance(ill, str):
                doc["steps"][i]["illustration"] = arcname
            else:
                ill[key] = arcname
    tmp = temp_beside(target)  # the mode an ordinary file gets, not mkstemp's 0600
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(ROUTINE_MEMBER, document_text(doc))
            for arcname, source in members.items():
                archive.write(source, arcname)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return target


# -- reading a zip safely ---------------------------------------------------------------
_DRIVE = re.compile(r"^[A-Za-z]:")


def _member_problem(info: zipfile.ZipInfo) -> str | None:
    name = info.filename
    if "\\" in name:
        return _("{name}: backslashes are not allowed in member names").format(name=repr(name))
    if name.startswith("/") or _DRIVE.match(name):
        return _("{name}: absolute paths are not allowed").format(name=repr(name))
    parts = PurePosixPath(name).parts
    if any(part == ".." for part in parts):
        leave = _("{name}: '..' is not allowed (it would leave the folder)")
        return leave.format(name=repr(name))
    kind = stat.S_IFMT(info.external_attr >> 16)  # 0 when the archiver stored no type
    if kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
        return _("{name}: links and special files are not allowed").format(name=repr(name))
    return None


def _extract(source: Path, archive: zipfile.ZipFile, root: Path) -> None:
    """Check every member, then copy the files into ``root``, counting real bytes."""
    infos = archive.infolist()
    problems: list[FormatProblem] = []
    if len(infos) > MAX_MEMBERS:
        problems.append(
            FormatProblem(
                "",
                _("the archive has {n} entries; at most {limit}").format(
                    n=number(len(infos)), limit=number(MAX_MEMBERS)
                ),
            )
        )
    declared = sum(info.file_size for info in infos)
    if declared > MAX_TOTAL_BYTES:
        problems.append(
            FormatProblem(
                "",
                _("the archive would unpack to {size} bytes; the limit is {limit}").format(
                    size=number(declared), limit=number(MAX_TOTAL_BYTES)
                ),
            )
        )
    for info in infos:
        message = _member_problem(info)
        if message:
            problems.append(FormatProblem("", message))
        elif info.file_size > MAX_PICTURE_BYTES and not info.is_dir():
            larger = _("{name} is larger than {size} MB").format(
                name=repr(info.filename), size=MAX_PICTURE_BYTES // 2**20
            )
            problems.append(FormatProblem("", larger))
    if problems:
        raise _refuse(source, problems)
    real_root = root.resolve()
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        dest = (real_root / info.filename).resolve()
        if not dest.is_relative_to(real_root) or dest == real_root:
            leave = _("{name} would leave the folder").format(name=repr(info.filename))
            raise _refuse(source, [FormatProblem("", leave)])
        _make_folder(source, real_root, dest.parent, info.filename)
        written = 0
        try:
            with _open_member(source, archive, info) as stream, dest.open("xb") as out:
                while True:
                    chunk = _read_member(source, stream, info)
                    if not chunk:
                        break
                    written += len(chunk)
                    total += len(chunk)
                    if written > MAX_PICTURE_BYTES or total > MAX_TOTAL_BYTES:
                        more = _(
                            "the archive unpacks to more than it declares "
                            "(over {limit} bytes): refused"
                        ).format(limit=number(MAX_TOTAL_BYTES))
                        raise _refuse(source, [FormatProblem("", more)])
                    out.write(chunk)
        except FileExistsError:
            if not dest.is_dir():
                message = _("{name} appears twice").format(name=repr(info.filename))
                raise _refuse(source, [FormatProblem("", message)]) from None
            raise _refuse(
                source,
                [
                    FormatProblem(
                        "",
                        _("{name} is both a file and a folder in the archive").format(
                            name=repr(info.filename)
                        ),
                    )
                ],
            ) from None


# What a damaged member raises while it is opened or unpacked: a bad header or CRC
# (BadZipFile), a corrupt deflate (zlib.error), LZMA (LZMAError) or bzip2 stream
# (OSError), a stream cut short (EOFError), encryption (RuntimeError), an unknown
# compression method (NotImplementedError).
_DAMAGED = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    RuntimeError,
    NotImplementedError,
    ValueError,
    OSError,
)


def _damaged(source: Path, info: zipfile.ZipInfo, exc: BaseException) -> RoutineError:
    detail = str(exc) or type(exc).__name__
    return _refuse(
        source,
        [
            FormatProblem(
                "",
                _("this file is damaged: {name} cannot be unpacked ({detail})").format(
                    name=repr(info.filename), detail=detail
                ),
            )
        ],
    )


def _open_member(source: Path, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> IO[bytes]:
    try:
        return archive.open(info)
    except _DAMAGED as exc:
        raise _damaged(source, info, exc) from None


def _read_member(source: Path, stream: IO[bytes], info: zipfile.ZipInfo) -> bytes:
    try:
        return stream.read(_CHUNK)
    except _DAMAGED as exc:
        raise _damaged(source, info, exc) from None


def _make_folder(source: Path, root: Path, folder: Path, member: str) -> None:
    """Make a member's folder; a file of the archive in its way is said in plain words."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        taken = folder
        while taken != root and not taken.is_file():
            taken = taken.parent
        name = taken.relative_to(root).as_posix() if taken != root else folder.name
        raise _refuse(
            source,
            [
                FormatProblem(
                    "",
                    _(
                        "{member} needs a folder {name}, but the archive has a file by that name"
                    ).format(member=repr(member), name=repr(name)),
                )
            ],
        ) from None


def _routine_member(source: Path, root: Path) -> Path:
    if (root / ROUTINE_MEMBER).is_file():
        return root / ROUTINE_MEMBER
    found = sorted(p for p in root.glob("*.json") if p.is_file())
    if len(found) == 1:
        return found[0]
    if not found:
        what = _("the archive has no routine file; expected {member}")
    else:
        what = _("the archive has several .json files; expected {member}")
    raise _refuse(source, [FormatProblem("", what.format(member=ROUTINE_MEMBER))])


# -- import ---------------------------------------------------------------------------------
def _check_pictures(
    source: Path, routine: Routine, check: PictureCheck | None
) -> list[FormatProblem]:
    # Every own picture is read by its content and an SVG rebuilt within bounds (the
    # same check as `supple check`); ``check`` is asked about the ones that pass.
    return picture_problems(routine, check)


def _import_from(
    source: Path,
    json_file: Path,
    base: Path,
    store: UserStore,
    check: PictureCheck | None,
    replace: bool = False,
) -> Imported:
    try:
        doc = read_json_file(json_file, max_bytes=MAX_FILE_BYTES)
    except RoutineError as exc:
        if json_file == source:
            raise
        # Unpacked into a temporary folder that is gone when this is read: name the
        # archive and its member instead.
        member = json_file.relative_to(base).as_posix()
        problems = [FormatProblem(p.path, f"{member}: {p.message}") for p in exc.problems]
        raise _refuse(source, problems) from None
    routine = routine_from_document(doc, file=str(source), base_dir=base)
    problems = _check_pictures(source, routine, check)
    if problems:
        raise _refuse(source, problems)
    out = copy.deepcopy(routine_to_document(routine))
    wanted = routine.id
    own = store.own_file(wanted) if replace else None
    if own is not None:
        return Imported(store.save(out, own, source_base=base), [], wanted, replaced=True)
    saved = store.save(out, None, source_base=base)
    notes = []
    if saved.routine.id != wanted:
        taken = _("the id {wanted} was taken, so this copy is {id}")
        notes.append(taken.format(wanted=repr(wanted), id=repr(saved.routine.id)))
    return Imported(saved, notes, wanted)


@dataclass(frozen=True)
class Checked:
    """An exported package that passed: its routine and the members read."""

    routine: Routine
    members: tuple[str, ...]


def is_package(source: Path) -> bool:
    """Whether ``source`` is a zip archive (an exported routine, perhaps)."""
    try:
        return Path(source).is_file() and zipfile.is_zipfile(source)
    except OSError:
        return False


def _unpacked(source: Path, root: Path) -> Path:
    """Extract the package ``source`` into ``root``; its routine file there."""
    try:
        with zipfile.ZipFile(source) as archive:
            _extract(source, archive, root)
    except zipfile.BadZipFile as exc:
        unreadable = _("not a readable zip archive: {reason}").format(reason=exc)
        raise _refuse(source, [FormatProblem("", unreadable)]) from None
    except OSError as exc:
        unread = _("cannot read the archive: {reason}").format(reason=exc.strerror or exc)
        raise _refuse(source, [FormatProblem("", unread)]) from None
    return _routine_member(source, root)


def check_package(source: Path, check_picture: PictureCheck | None = None) -> Checked:
    """Check an exported package as the import would, member by member, writing nothing
    outside a temporary folder. Raises RoutineError naming the member of each problem."""
    source = Path(source)
    with tempfile.TemporaryDirectory(prefix="supple-check-") as tmp:
        root = Path(tmp)
        json_file = _unpacked(source, root)
        member = json_file.relative_to(root).as_posix()
        try:
            doc = read_json_file(json_file, max_bytes=MAX_FILE_BYTES)
            routine = routine_from_document(doc, file=str(source), base_dir=root)
        except RoutineError as exc:
            raise _refuse(
                source, [FormatProblem(p.path, f"{member}: {p.message}") for p in exc.problems]
            ) from None
        problems = _check_pictures(source, routine, check_picture)
        if problems:
            raise _refuse(source, problems)
        members = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
        return Checked(routine, tuple(members))


def peek_id(source: Path) -> str | None:
    """The id a routine file or exported package asks for, read without checking the
    rest (the import checks everything); None when it cannot be read here."""
    source = Path(source)
    try:
        if zipfile.is_zipfile(source):
            with zipfile.ZipFile(source) as archive:
                names = [n for n in archive.namelist() if n.endswith(".json") and "/" not in n]
                name = ROUTINE_MEMBER if ROUTINE_MEMBER in names else None
                if name is None and len(names) == 1:
                    name = names[0]
                if name is None or archive.getinfo(name).file_size > MAX_FILE_BYTES:
                    return None
                with archive.open(name) as stream:
                    doc = json.loads(stream.read(MAX_FILE_BYTES + 1))
        else:
            doc = read_json_file(source, max_bytes=MAX_FILE_BYTES)
    except (OSError, ValueError, RoutineError, zipfile.BadZipFile, RuntimeError):
        return None
    wanted = doc.get("id") if isinstance(doc, dict) else None
    return wanted if isinstance(wanted, str) and wanted else None


def import_routine(
    source: Path,
    store: UserStore | None = None,
    check_picture: PictureCheck | None = None,
    *,
    replace: bool = False,
) -> Imported:
    """Import a routine file (.json) or an exported package (.zip) into the user folder.

    When the person already has a routine of the same id, ``replace`` writes the import
    over it (same id, so its history stays); otherwise the import gets a free id.

    Raises RoutineError with every problem found; then nothing has been written.
    """
    store = UserStore() if store is None else store
    source = Path(source)
    if not is_package(source):
        if source.suffix.lower() == ".zip":
            raise _refuse(source, [FormatProblem("", _("not a readable zip archive"))])
        return _import_from(source, source, source.parent, store, check_picture, replace)
    with tempfile.TemporaryDirectory(prefix="supple-import-") as tmp:
        root = Path(tmp)
        json_file = _unpacked(source, root)
        return _import_from(source, json_file, root, store, check_picture, replace)
