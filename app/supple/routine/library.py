"""The routine library: bundled routines plus the user's own.

Scanning never fails as a whole: a broken user file becomes an invalid entry
with its reason, and every other routine still loads.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from enum import Enum
from pathlib import Path

from supple import paths
from supple.i18n import _, ngettext, number
from supple.routine.format_error import FormatProblem, RoutineError
from supple.routine.loader import load_routine
from supple.routine.model import Routine
from supple.value_class import value_class

MAX_USER_FILES = 5000


class Origin(str, Enum):
    BUNDLED = "bundled"
    USER = "user"


@value_class
class Entry:
    """One routine file in the library: a routine, or the reason it is unusable."""

    path: Path
    origin: Origin
    routine: Routine | None = None
    error: RoutineError | None = None
    # The routine as its file holds it, translations and all, when ``routine`` is a
    # localized view of it (Library.localized): what an edit in place starts from.
    loaded: Routine | None = None

    @property
    def as_loaded(self) -> Routine | None:
        """The routine as its file holds it (``routine`` itself unless localized)."""
        return self.loaded if self.loaded is not None else self.routine

    @property
    def valid(self) -> bool:
        return self.routine is not None

    @property
    def id(self) -> str:
        return self.routine.id if self.routine else self.path.stem

    @property
    def title(self) -> str:
        return self.routine.title if self.routine else self.path.name


def _routine_files(folder: Path, cap: int = MAX_USER_FILES) -> tuple[list[Path], int]:
    """The first ``cap`` routine files in ``folder`` by name, and how many more there
    are (left unread)."""
    try:
        if not folder.is_dir():
            return [], 0
        files = sorted(p for p in folder.glob("*.json") if not p.name.startswith("."))
    except OSError:
        return [], 0
    return files[:cap], max(0, len(files) - cap)


def _load_entries(files: Iterable[Path], origin: Origin) -> list[Entry]:
    entries = []
    for file in files:
        try:
            entries.append(Entry(file, origin, routine=load_routine(file)))
        except RoutineError as exc:
            entries.append(Entry(file, origin, error=exc))
    return entries


@value_class(frozen=False)
class Library:
    """Every routine file found, bundled first, each usable or with its problems."""

    entries: list[Entry]
    unread: int = 0  # user files past the cap, not read
    user_dir: Path | None = None
    cap: int = MAX_USER_FILES  # user files read at most

    @property
    def cap_notice(self) -> str | None:
        """Says that files were left unread (the cap was hit), or None."""
        if not self.unread:
            return None
        first = ngettext(
            "Only the first {cap} routine file in {folder} was read;",
            "Only the first {cap} routine files in {folder} were read;",
            self.cap,
        ).format(cap=number(self.cap), folder=self.user_dir)
        more = ngettext(
            "{unread} more is not listed. Move some out of the folder to see them.",
            "{unread} more are not listed. Move some out of the folder to see them.",
            self.unread,
        ).format(unread=number(self.unread))
        return f"{first} {more}"

    @classmethod
    def scan(
        cls,
        bundled_dir: Path | None = None,
        user_dir: Path | None = None,
        max_user_files: int = MAX_USER_FILES,
    ) -> Library:
        bundled_dir = paths.bundled_routines_dir() if bundled_dir is None else bundled_dir
        user_dir = paths.user_routines_dir() if user_dir is None else user_dir
        entries: list[Entry] = []
        seen: dict[str, Entry] = {}
        unread = 0
        for origin, folder in ((Origin.BUNDLED, bundled_dir), (Origin.USER, user_dir)):
            files, left = _routine_files(folder, max_user_files)
            if origin is Origin.USER:
                unread = left
            for entry in _load_entries(files, origin):
                if entry.routine is not None:
                    other = seen.get(entry.routine.id)
                    if other is not None:
                        clash = RoutineError(
                            str(entry.path),
                            [
                                FormatProblem(
                                    "id",
                                    _("the id {id} is already used by {file} ({origin})").format(
                                        id=repr(entry.routine.id),
                                        file=other.path.name,
                                        origin=other.origin.value,
                                    ),
                                )
                            ],
                        )
                        entry = Entry(entry.path, origin, error=clash)
                    else:
                        seen[entry.routine.id] = entry
                entries.append(entry)
        return cls(entries, unread=unread, user_dir=user_dir, cap=max_user_files)

    @property
    def routines(self) -> list[Routine]:
        return [e.routine for e in self.entries if e.routine is not None]

    def localized(self, language: str | None) -> Library:
        """The same library with every routine in ``language`` where it has the words
        (Routine.localized; the files are not read again). For showing and playing:
        the GUI asks for its current language, the CLI for the locale's."""
        entries = [
            dataclasses.replace(e, routine=e.routine.localized(language), loaded=e.as_loaded)
            if e.routine is not None
            else e
            for e in self.entries
        ]
        return dataclasses.replace(self, entries=entries)

    @property
    def invalid(self) -> list[Entry]:
        return [e for e in self.entries if e.routine is None]

    def by_id(self, routine_id: str) -> Routine | None:
        for entry in self.entries:
            if entry.routine is not None and entry.routine.id == routine_id:
                return entry.routine
        return None

    def entry_for(self, routine_id: str) -> Entry | None:
        for entry in self.entries:
            if entry.routine is not None and entry.routine.id == routine_id:
                return entry
        return None


def resolve_routine(ref: str, library: Library | None = None) -> Routine:
    """A routine by library id, or by file path. Raises RoutineError if neither works."""
    library = library if library is not None else Library.scan()
    found = library.by_id(ref)
    if found is not None:
        return found
    path = Path(ref)
    if path.suffix.lower() == ".json" or path.exists():
        return load_routine(path)
    ids = ", ".join(r.id for r in library.routines) or _("none")
    none = _("no routine with this id or file (ids: {ids})").format(ids=ids)
    raise RoutineError(ref, [FormatProblem("", none)])
