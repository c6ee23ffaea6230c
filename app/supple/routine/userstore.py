"""The person's own routines on disk: save, duplicate, rename, delete (to a trash folder).

Rules that keep a person's work safe:
  * every write is atomic (a temporary file, then a replace), so a crash in the
    middle leaves the previous file byte for byte;
  * a new routine never takes another routine's id or file name: it gets a free
    one (``my-routine-2``), and a new file is linked into place only if the name
    is still free at that instant;
  * the routine's own pictures are copied into ``pictures/<routine-id>/`` in the
    user routines folder, so each routine is self-contained;
  * delete moves the file (and its pictures) into ``.trash`` so it can be undone.

The routine id never changes once written (history refers to it); renaming
changes the title only.
"""

from __future__ import annotations

import contextlib
import copy
import filecmp
import json
import os
import re
import shutil
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from supple import paths
from supple.fileutil import write_temp_beside
from supple.i18n import _
from supple.routine.format_error import FormatProblem, RoutineError
from supple.routine.jsonfile import read_json_file
from supple.routine.library import Library
from supple.routine.loader import load_routine
from supple.routine.model import Routine
from supple.routine.names import is_picture_part, pose_name
from supple.routine.parse import routine_from_document
from supple.routine.serialize import routine_to_document
from supple.settings import atomic_write_text

PICTURES = "pictures"
TRASH = ".trash"
MAX_ID = 64
FALLBACK_ID = "my-routine"


def slugify(text: str, fallback: str = FALLBACK_ID) -> str:
    """A routine id from a title: lowercase ASCII letters, digits and dashes."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")
    slug = slug[: MAX_ID - 4].strip("-")  # leave room for "-NNN"
    return slug or fallback


def free_name(base: str, taken: Iterable[str]) -> str:
    """``base`` if nobody has it, else ``base-2``, ``base-3``..."""
    used = set(taken)
    if base not in used:
        return base
    n = 2
    while True:
        suffix = f"-{n}"
        candidate = base[: MAX_ID - len(suffix)].rstrip("-") + suffix
        if candidate not in used:
            return candidate
        n += 1


def document_text(doc: dict[str, Any]) -> str:
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def safe_picture_name(name: str) -> str:
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, "png"
    stem = re.sub(r"[^A-Za-z0-9_. -]+", "-", stem).strip(" .-") or "picture"
    if not is_picture_part(stem):
        stem = "picture"
    return f"{stem[:80]}.{ext.lower()}"


def _picture_refs(doc: dict[str, Any]) -> list[tuple[int, str | None, str]]:
    """Every own (non-bundled) picture reference: (step index, frame key or None, ref)."""
    found: list[tuple[int, str | None, str]] = []
    steps = doc.get("steps")
    if not isinstance(steps, list):
        return found
    for i, step in enumerate(steps):
        if not isinstance(step, dict):
            continue
        ill = step.get("illustration")
        if isinstance(ill, str) and pose_name(ill) is None:
            found.append((i, None, ill))
        elif isinstance(ill, dict):
            for key, ref in ill.items():
                if key != "alt" and isinstance(ref, str) and pose_name(ref) is None:
                    found.append((i, key, ref))
    return found


def own_picture_refs(doc: dict[str, Any]) -> list[str]:
    return [ref for _, _, ref in _picture_refs(doc)]


def _inside(base: Path, ref: str) -> Path | None:
    try:
        root = base.resolve()
        file = (root / ref).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if not file.is_relative_to(root) or not file.is_file():
        return None
    return file


@dataclass
class Adopted:
    """A document whose pictures now live in the user folder, and the files copied."""

    doc: dict[str, Any]
    copied: list[Path] = field(default_factory=list)

    def discard(self) -> None:
        """Remove the copies (a save that failed after copying)."""
        for path in self.copied:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)


def adopt_pictures(doc: dict[str, Any], source_base: Path, folder: Path) -> Adopted:
    """Copy ``doc``'s own pictures (resolved in ``source_base``) into
    ``folder/pictures/<id>/`` and point the references there.

    A reference already inside that folder is kept; a missing picture is left
    as it is (validation then names it). Nothing is ever overwritten: a name in
    use by a different file gets ``-2``, ``-3``...
    """
    result = copy.deepcopy(doc)
    routine_id = str(result.get("id", ""))
    prefix = f"{PICTURES}/{routine_id}/"
    target_dir = folder / PICTURES / routine_id
    copied: list[Path] = []
    done: dict[str, str] = {}
    same_base = _same(source_base, folder)
    for index, key, ref in _picture_refs(result):
        if ref in done:
            new_ref = done[ref]
        elif same_base and ref.startswith(prefix) and _inside(folder, ref) is not None:
            new_ref = ref
        else:
            source = _inside(source_base, ref)
            if source is None:
                continue
            make_folder(target_dir)
            target = _free_file(target_dir, safe_picture_name(source.name), source)
            if not target.exists():
                _copy_exclusive(source, target)
                copied.append(target)
            new_ref = prefix + target.name
        done[ref] = new_ref
        step = result["steps"][index]
        if key is None:
            step["illustration"] = new_ref
        else:
            step["illustration"][key] = new_ref
    return Adopted(result, copied)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _free_file(folder: Path, name: str, source: Path) -> Path:
    """A path in ``folder`` for ``source``: an identical existing file, or a free name."""
    stem, _dot, ext = name.rpartition(".")
    candidate = folder / name
    n = 1
    while candidate.exists():
        try:
            if candidate.is_file() and filecmp.cmp(candidate, source, shallow=False):
                return candidate
        except OSError:
            pass
        n += 1
        candidate = folder / f"{stem}-{n}.{ext}"
    return candidate


def make_folder(folder: Path) -> None:
    """``folder.mkdir(parents=True, exist_ok=True)``, but a file standing where a folder
    is needed is said in plain words, not as "File exists"."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocking = folder
        while blocking.parent != blocking and not blocking.is_file():
            blocking = blocking.parent
        shown = blocking if blocking.is_file() else folder
        # No errno: an EEXIST would make it a FileExistsError, which save() takes for a
        # name taken meanwhile and retries.
        blocked = _("{path} is a file, but Supple needs a folder there").format(path=shown)
        raise OSError(blocked) from None


def _copy_exclusive(source: Path, target: Path) -> None:
    with source.open("rb") as src, target.open("xb") as dst:
        shutil.copyfileobj(src, dst)


def _write_new(path: Path, text: str) -> None:
    """Create ``path`` atomically, failing with FileExistsError if it appeared meanwhile."""
    tmp = write_temp_beside(path, text)
    try:
        try:
            os.link(tmp, path)  # fails with FileExistsError if taken: never overwrites
        except FileExistsError:
            raise
        except OSError:  # no hard links here (some network or FAT drives)
            if path.exists():
                raise FileExistsError(str(path)) from None
            os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


@dataclass(frozen=True)
class Saved:
    """A routine written to the user's folder, and the file it is in."""

    path: Path
    routine: Routine


@dataclass(frozen=True)
class Trashed:
    """A deleted routine, kept in the trash so it can be restored."""

    original: Path
    trashed: Path
    pictures_original: Path | None = None
    pictures_trashed: Path | None = None


class UserStore:
    """The user routines folder (``paths.user_routines_dir()`` unless given)."""

    def __init__(self, folder: Path | None = None, bundled: Path | None = None) -> None:
        self.folder = paths.user_routines_dir() if folder is None else folder
        self.bundled = paths.bundled_routines_dir() if bundled is None else bundled

    # -- names ------------------------------------------------------------------
    def is_user_file(self, path: Path | None) -> bool:
        return path is not None and _same(path.parent, self.folder)

    def taken_ids(self, exclude: Path | None = None) -> set[str]:
        """Ids and file names used by any routine (bundled or own), except ``exclude``."""
        taken: set[str] = set()
        library = Library.scan(self.bundled, self.folder)
        for entry in library.entries:
            if exclude is not None and _same(entry.path, exclude):
                continue
            taken.add(entry.path.stem)
            if entry.routine is not None:
                taken.add(entry.routine.id)
        try:
            taken.update(p.stem for p in self.folder.glob("*.json"))
            taken.update(p.name for p in (self.folder / PICTURES).iterdir())
        except OSError:
            pass
        if exclude is not None:
            taken.discard(exclude.stem)
        return taken

    def own_file(self, routine_id: str) -> Path | None:
        """The person's own routine file of ``routine_id`` (None: none of theirs has it)."""
        library = Library.scan(self.bundled, self.folder)
        for entry in library.entries:
            if entry.id == routine_id and self.is_user_file(entry.path):
                return entry.path
        return None

    def free_id(self, wanted: str) -> str:
        return free_name(slugify(wanted), self.taken_ids())

    def picture_dir(self, routine_id: str) -> Path:
        return self.folder / PICTURES / routine_id

    def add_picture(self, source: Path, routine_id: str) -> tuple[str, Path | None]:
        """Copy an own picture into ``pictures/<routine_id>/``: its reference, and the
        file created (None when an identical copy was already there)."""
        folder = self.picture_dir(routine_id)
        make_folder(folder)
        target = _free_file(folder, safe_picture_name(source.name), source)
        created = None
        if not target.exists():
            _copy_exclusive(source, target)
            created = target
        return f"{PICTURES}/{routine_id}/{target.name}", created

    # -- writing -----------------------------------------------------------------
    def validate(self, doc: dict[str, Any], file: str = "") -> Routine:
        return routine_from_document(doc, file=file, base_dir=self.folder)

    def save(
        self, doc: dict[str, Any], path: Path | None = None, *, source_base: Path | None = None
    ) -> Saved:
        """Write ``doc``. ``path`` None makes a new file with a free id; otherwise
        ``path`` must be one of the user's files and is replaced atomically.

        Raises RoutineError (invalid; nothing written) or OSError (disk trouble;
        the previous file is intact).
        """
        doc = copy.deepcopy(doc)
        if path is not None and not self.is_user_file(path):
            raise RoutineError(
                str(path), [FormatProblem("", _("only your own routines can be changed"))]
            )
        if path is None:
            wanted = str(doc.get("id") or slugify(str(doc.get("title", ""))))
            for _attempt in range(100):
                routine_id = free_name(slugify(wanted), self.taken_ids())
                doc["id"] = routine_id
                target = self.folder / f"{routine_id}.json"
                try:
                    return self._write(doc, target, source_base, new=True)
                except FileExistsError:
                    continue  # someone took the name meanwhile: pick another
            raise OSError(_("no free file name for the routine"))
        return self._write(doc, path, source_base, new=False)

    def _write(
        self, doc: dict[str, Any], target: Path, source_base: Path | None, *, new: bool
    ) -> Saved:
        make_folder(self.folder)
        # Check before copying anything, so a bad document leaves no trace.
        routine_from_document(doc, file=str(target), base_dir=source_base or self.folder)
        adopted = adopt_pictures(doc, source_base or self.folder, self.folder)
        try:
            routine = routine_from_document(adopted.doc, file=str(target), base_dir=self.folder)
            text = document_text(routine_to_document(routine))
            if new:
                _write_new(target, text)
            else:
                atomic_write_text(target, text)
        except BaseException:
            adopted.discard()
            raise
        return Saved(target, load_routine(target))

    def duplicate(self, routine: Routine, title: str) -> Saved:
        """A copy of ``routine`` (bundled or own) titled ``title``, with a free id."""
        doc = routine_to_document(routine)
        doc["title"] = title
        doc["id"] = slugify(title)
        base = routine.source.parent if routine.source is not None else self.folder
        return self.save(doc, None, source_base=base)

    def rename(self, path: Path, title: str) -> Saved:
        """Give the routine in ``path`` a new title (the id, and so its history, stays)."""
        if not self.is_user_file(path):
            raise RoutineError(
                str(path), [FormatProblem("", _("only your own routines can be renamed"))]
            )
        doc = read_json_file(path)
        if not isinstance(doc, dict):
            raise RoutineError(str(path), [FormatProblem("", _("should be an object"))])
        doc["title"] = title
        return self.save(doc, path)

    # -- deleting -----------------------------------------------------------------
    def delete(self, path: Path) -> Trashed:
        """Move a user routine (and its pictures folder) into the trash."""
        if not self.is_user_file(path):
            raise RoutineError(
                str(path), [FormatProblem("", _("only your own routines can be deleted"))]
            )
        trash = self.folder / TRASH
        make_folder(trash)
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = _free_path(trash / f"{stamp}-{path.name}")
        os.replace(path, target)
        pictures = self.picture_dir(path.stem)
        pictures_target = None
        if pictures.is_dir() and not self._pictures_shared(path.stem):
            pictures_target = _free_path(trash / f"{stamp}-{path.stem}-pictures")
            try:
                os.replace(pictures, pictures_target)
            except OSError:
                pictures_target = None
        return Trashed(path, target, pictures if pictures_target else None, pictures_target)

    def _pictures_shared(self, stem: str) -> bool:
        """True if another routine still points into ``pictures/<stem>/``."""
        prefix = f"{PICTURES}/{stem}/"
        for file in self.folder.glob("*.json"):
            try:
                doc = read_json_file(file)
            except RoutineError:
                continue
            if isinstance(doc, dict) and any(r.startswith(prefix) for r in own_picture_refs(doc)):
                return True
        return False

    def restore(self, trashed: Trashed) -> Path:
        """Put a deleted routine back (under a free file name if its own was taken)."""
        target = trashed.original
        if target.exists():
            target = self.folder / f"{free_name(target.stem, self.taken_ids())}.json"
        make_folder(target.parent)
        if target.exists():
            raise FileExistsError(str(target))
        os.replace(trashed.trashed, target)
        pictures = trashed.pictures_original
        if trashed.pictures_trashed is not None and pictures is not None and not pictures.exists():
            os.replace(trashed.pictures_trashed, trashed.pictures_original)
        return target


def _free_path(path: Path) -> Path:
    candidate = path
    n = 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.name}-{n}")
    return candidate
