"""Importing and exporting off the GUI thread.

Importing and exporting read and write zip files of up to 64 MB, perhaps on a
slow network drive, so each runs on a worker thread (``TransferJob``) and its
outcome comes back to the GUI thread through the caller's queued signal; only
the GUI thread touches widgets, the library and message boxes. ``JobRunner``
keeps the running jobs for the exit.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from supple.routine import Routine, RoutineError
from supple.routine.userstore import Saved, UserStore

CLOSE_WAIT_MS = 5000  # how long closing the window waits for an import or export to finish


class Cancelled(Exception):
    """Supple is exiting: the import stops before it writes anything more."""


@dataclass
class ImportOutcome:
    """What a background import did: ids imported, notes, problem lines, files not tried."""

    imported: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)  # ids written over the person's own
    renamed: dict[str, str] = field(default_factory=dict)  # new id: the id the file asked for
    failures: list[str] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)  # not tried: Supple was exiting


@dataclass
class ExportOutcome:
    """Where a background export wrote, or why it could not."""

    target: Path
    error: str | None = None


class TransferJob:
    """One import or export on its own thread; ``outcome`` is set when it is done.

    The thread is a daemon, so a read that never returns (a dead network share)
    cannot keep Supple alive after its window is gone. That loses nothing
    because everything a job writes is either atomic or guarded:
      * an import writes only inside ``UserStore.save`` (pictures copied, then the
        routine linked into place); every save runs under ``write_lock`` and
        first checks ``cancelled``. At exit ``stop_writing()`` takes the lock, so
        a save under way finishes whole and no new one starts; whatever the
        thread is still doing then (reading, unpacking into a temporary folder)
        leaves no trace in the user's routines folder;
      * an export writes a temporary file beside the target and renames it into
        place (``transfer.export_routine``): the target is the old file or the
        whole new one, never half of one. It is not waited for at exit, since
        the target may be on a drive that never answers; at worst a hidden
        ``.NAME.zip.*.tmp`` is left beside it.
    """

    def __init__(self, kind: str, work: Callable[[TransferJob], object]) -> None:
        self.kind = kind  # "import" or "export"
        self.outcome: object = None  # ImportOutcome / ExportOutcome, or the exception raised
        self.cancelled = threading.Event()
        self.finished = threading.Event()  # the worker is done; its outcome may be on its way
        self.write_lock = threading.Lock()
        self._work = work
        self._deliver: Callable[[TransferJob], None] = lambda _job: None
        self._finished: Callable[[TransferJob], None] = lambda _job: None
        self._thread = threading.Thread(target=self._run, name=f"supple-{kind}", daemon=True)

    @property
    def running(self) -> bool:
        return not self.finished.is_set()

    def start(
        self,
        deliver: Callable[[TransferJob], None],
        finished: Callable[[TransferJob], None] = lambda _job: None,
    ) -> None:
        """Run on the worker; ``finished`` is called there when it is done, then ``deliver``."""
        self._deliver = deliver
        self._finished = finished
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the worker is done (tests, exit); True if it is."""
        return self.finished.wait(timeout)

    def stop_writing(self) -> None:
        """Let a write under way finish and start no other (Supple is exiting)."""
        with self.write_lock:
            self.cancelled.set()

    def check(self) -> None:
        if self.cancelled.is_set():
            raise Cancelled

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self.write_lock:
            self.check()
            yield

    def _run(self) -> None:
        try:
            self.outcome = self._work(self)
        except Exception as exc:  # a bug: report it rather than stay busy for ever
            import traceback

            traceback.print_exc()
            self.outcome = exc
        finally:
            self.finished.set()
            self._finished(self)
        with contextlib.suppress(RuntimeError):  # the window and its actions were deleted
            self._deliver(self)


class JobRunner:
    """Starts the editor's background jobs and keeps the running ones, so that Supple,
    exiting, can let each finish the write under way and start no other. Owned and
    shut down by the composition root (ui/shell/compose.py)."""

    def __init__(self) -> None:
        self._running: set[TransferJob] = set()
        self._lock = threading.Lock()

    def start(self, job: TransferJob, deliver: Callable[[TransferJob], None]) -> None:
        with self._lock:
            self._running.add(job)
        job.start(deliver, finished=self._forget)

    def _forget(self, job: TransferJob) -> None:
        with self._lock:
            self._running.discard(job)

    @property
    def running(self) -> list[TransferJob]:
        with self._lock:
            return list(self._running)

    def stop_writing_all(self) -> None:
        """Every running job: finish the write under way, start no other."""
        for job in self.running:
            job.stop_writing()


class _GuardedStore(UserStore):
    """The person's store, with each save under the job's write lock (see TransferJob)."""

    def __init__(self, store: UserStore, job: TransferJob) -> None:
        super().__init__(store.folder, store.bundled)
        self._store = store
        self._job = job

    def save(
        self, doc: dict[str, Any], path: Path | None = None, *, source_base: Path | None = None
    ) -> Saved:
        with self._job.writing():
            return self._store.save(doc, path, source_base=source_base)


def import_all(
    files: list[Path], store: UserStore, job: TransferJob, replace: frozenset[Path] = frozenset()
) -> ImportOutcome:
    """Runs on the worker thread: no widgets here. Each file in ``replace`` takes the place
    of the person's routine of its id; the others get a free id."""
    from supple.routine.transfer import import_routine
    from supple.ui.editor.picture_field import check_image_file  # QImageReader: reentrant

    guarded = _GuardedStore(store, job)

    def check_picture(path: Path) -> str | None:
        job.check()  # exiting: stop before reading more
        return check_image_file(path)

    outcome = ImportOutcome()
    for i, file in enumerate(files):
        try:
            job.check()
            imported = import_routine(
                file, guarded, check_picture=check_picture, replace=file in replace
            )
        except Cancelled:
            outcome.skipped = files[i:]
            break
        except RoutineError as exc:
            outcome.failures.append(file.name)
            outcome.failures += [f"  {p.path or '(file)'}: {p.message}" for p in exc.problems]
            continue
        except OSError as exc:
            outcome.failures += [file.name, f"  {exc.strerror or exc}"]
            continue
        routine_id = imported.saved.routine.id
        outcome.imported.append(routine_id)
        outcome.notes += imported.notes
        if imported.replaced:
            outcome.replaced.append(routine_id)
        elif imported.wanted_id and imported.wanted_id != routine_id:
            outcome.renamed[routine_id] = imported.wanted_id
    return outcome


def export_one(routine: Routine, target: Path) -> ExportOutcome:
    """Runs on the worker thread: no widgets here."""
    from supple.routine.transfer import export_routine

    try:
        export_routine(routine, target)
    except OSError as exc:
        return ExportOutcome(target, str(exc.strerror or exc))
    return ExportOutcome(target)
