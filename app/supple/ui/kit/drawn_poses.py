"""Supple's own pose pictures, kept as drawn: small PNG files in the cache folder.

First frame: the library's cards and its details pane show bundled poses before the
window first shows. Drawing one from its SVG costs about 1 ms at a card's size and
several at the details pane's; reading back a kept drawing costs about 0.2 ms
(benchmarks/README.md, 2026-12-03). So a drawing is kept, and the next start reads it.

* A drawing's file is named for the picture's file name, size and modification time
  and for the size it was drawn at, so a picture changed by an update is drawn afresh.
* Files are written by one background thread (the GUI thread never encodes or writes
  one), through a temporary file renamed into place, so a reader never meets half a
  file; the folder is held to ``MAX_FILES`` (the oldest written go first), and a
  temporary file a killed copy left is removed at the next write
  (``fileutil.remove_stale_temps``).
* A kept file that cannot be read, or that does not fit the size asked for, is drawn
  again and written anew; a cache folder that cannot be made or written is not used,
  and the pictures are drawn as before. Nothing here raises.

Only bundled poses are kept: they are Supple's own files. A routine's own pictures
(anything a person saved) are always drawn from the file, by ``picture_cache``.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QImageReader

from supple import paths
from supple.fileutil import remove_stale_temps, temp_beside

FORMAT_VERSION = 1  # raised when the drawing of a pose changes for the same file
MAX_FILES = 400  # kept drawings; ~4 KB each at a card's size
PRUNE_TO = 300  # what is left once the folder is pruned
EXIT_WAIT = 1.0  # seconds the drawings still to be written are waited for at exit
FOLDER = "poses-drawn"
_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")


def _folder() -> Path:
    return paths.cache_dir() / FOLDER


class DrawnPoses:
    """Kept drawings of the bundled poses, in ``folder`` (default: the cache folder's
    ``poses-drawn``, looked up at each use so ``SUPPLE_HOME`` is honoured)."""

    def __init__(
        self,
        folder: Callable[[], Path] = _folder,
        *,
        max_files: int = MAX_FILES,
        prune_to: int = PRUNE_TO,
    ) -> None:
        self._folder = folder
        self.max_files = max_files
        self.prune_to = min(prune_to, max_files)
        self._lock = threading.Lock()
        self._wake = threading.Condition(self._lock)
        self._waiting: dict[Path, QImage] = {}  # file -> drawing, to be written
        self._writing = 0
        self._writer: threading.Thread | None = None
        self._hooked = False

    def file_for(self, picture: Path, box: QSize) -> Path | None:
        """Where the drawing of ``picture`` fitted to ``box`` is kept (None if the
        picture cannot be looked at)."""
        try:
            info = picture.stat()
        except OSError:
            return None
        stem = "".join(c if c in _SAFE else "_" for c in picture.stem)[:80]
        name = (
            f"{stem}-{info.st_size}-{info.st_mtime_ns}-"
            f"{box.width()}x{box.height()}-v{FORMAT_VERSION}.png"
        )
        return self._folder() / name

    def load(self, picture: Path, box: QSize) -> QImage | None:
        """The kept drawing of ``picture`` at ``box``, or None (never kept, damaged, or
        not fitting ``box``)."""
        file = self.file_for(picture, box)
        if file is None:
            return None
        image = QImageReader(str(file), b"png").read()
        if image.isNull():
            return None  # not there (the usual miss), or not a PNG any more
        size = image.size()
        if size.isEmpty() or size.width() > box.width() or size.height() > box.height():
            return None
        return image.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)

    def keep(self, picture: Path, box: QSize, image: QImage) -> None:
        """Write ``image`` as the drawing of ``picture`` at ``box``, on the writer
        thread (started the first time)."""
        file = self.file_for(picture, box)
        if file is None or image.isNull():
            return
        with self._lock:
            self._waiting[file] = QImage(image)  # a shared copy: the caller may paint on
            if self._writer is None or not self._writer.is_alive():
                if not self._hooked:
                    self._hooked = True  # what was drawn just before quitting is kept too
                    atexit.register(self.flush, EXIT_WAIT)
                self._writer = threading.Thread(
                    target=self._write_all, name="supple-drawn-poses", daemon=True
                )
                self._writer.start()
            else:
                self._wake.notify()

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every drawing asked for is written (tests, screenshots)."""
        with self._lock:
            return self._wake.wait_for(
                lambda: not self._waiting and not self._writing, timeout=timeout
            )

    # -- the writer thread -----------------------------------------------------------
    def _write_all(self) -> None:
        while True:
            with self._lock:
                if not self._waiting:
                    self._wake.wait(timeout=10.0)
                if not self._waiting:
                    self._writer = None
                    self._wake.notify_all()
                    return  # nothing more for a while: the thread ends
                file, image = self._waiting.popitem()
                self._writing += 1
            try:
                self._write(file, image)
            finally:
                with self._lock:
                    self._writing -= 1
                    self._wake.notify_all()

    def _write(self, file: Path, image: QImage) -> None:
        temp: Path | None = None
        try:
            temp = temp_beside(file)  # .NAME.PID.RANDOM.tmp: a later write knows a leftover
            if not image.save(str(temp), "png"):
                raise OSError(f"cannot write {temp}")
            os.replace(temp, file)
        except Exception:  # a cache must never end its thread
            if temp is not None:
                with contextlib.suppress(OSError):
                    temp.unlink()
            return  # a cache that cannot be written is not used
        self._prune(file.parent)

    def _prune(self, folder: Path) -> None:
        remove_stale_temps(folder)  # what a copy killed while writing here left
        try:
            entries = [e for e in os.scandir(folder) if e.name.endswith(".png")]
        except OSError:
            return
        if len(entries) <= self.max_files:
            return

        def written(entry: os.DirEntry[str]) -> float:
            try:
                return entry.stat().st_mtime
            except OSError:
                return 0.0

        entries.sort(key=written)
        for entry in entries[: len(entries) - self.prune_to]:
            with contextlib.suppress(OSError):
                os.unlink(entry.path)
