"""One copy of the app per data folder: a second copy brings the first forward and exits.

Why: at start-up the app marks every session it finds open as interrupted (a
crash left it open). A second copy started beside a live session would do that
to the session the person is doing right now. So before anything opens the
history, ``claim()`` takes a lock file in the data folder:

* the first copy gets an ``InstanceGuard``; once its window has been painted it
  calls ``guard.listen(callback, on_run)``, a local server that, when a second copy
  says "activate", runs the callback (``bring_to_front(window)``) and answers "ok";
  when it says "run ROUTINE" (``supple run ROUTINE``), it answers "ok" and hands the
  routine to ``on_run``, which starts it in the open window;
* a second copy cannot take the lock: it asks the first to come forward (or to
  run its routine: ``activate_running()``), says so in one line and exits 0, or,
  if the first does not answer (still starting, or hung), says that and exits 1,
  having touched nothing;
* when the lock cannot be made at all (a read-only data folder, which the app
  supports), the copy goes on as the only one: nothing can be written there
  anyway, and the history layer tells the person why.

The lock is the kernel's (supple.folderlock: flock), not a file naming a pid: it
is gone the moment its process is, so a crashed copy's lock, a reused pid or a
PID namespace where every copy is pid 1 cannot keep Supple out, and a folder
name that is not UTF-8 is locked like any other. A live holder that does not
answer on the socket is reported as such. Start-up time is measured: only QTimer
is imported here; QtNetwork, json and the Qt namespace are imported when first
needed, after the window is on screen or in a second copy about to exit.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from PySide6.QtCore import QTimer

from supple import paths
from supple.folderlock import LOCK_NAME, FolderLock, lock_path  # noqa: F401  (kept here too)

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket
    from PySide6.QtWidgets import QWidget

REQUEST = b"activate\n"
RUN = b"run "  # followed by the routine (an id or a file path) as a JSON string
ACK = b"ok\n"
FAILED = b"failed\n"
_MAX_REQUEST = 16384  # bytes: anything longer is not ours
_IDLE_MS = 5000  # a connection that says nothing for this long is dropped

CONNECT_MS = 4000  # the first copy may still be putting its window on screen
ACK_MS = 3000

ALREADY_RUNNING = "Supple is already running; brought its window to the front."
RUN_SENT = "Supple is already running; asked it to start {routine}."
NOT_ANSWERING = (
    "Supple is already running (data folder {folder}) but did not answer, so this copy "
    "will not open. If no Supple window is open, end the other Supple process and try again."
)


def server_name(data_dir: Path | None = None) -> str:
    """The local server name for this user and data folder.

    Two portable installs (different SUPPLE_HOME) and two users on one machine
    get different names, so they never answer for each other. The name only has to
    tell a user's few data folders apart, not keep a secret: two checksums from zlib
    (64 bits) do, without hashlib, whose OpenSSL takes ~4 ms of the start.
    """
    import zlib

    folder = paths.data_dir() if data_dir is None else data_dir
    user = str(os.getuid()) if hasattr(os, "getuid") else os.environ.get("USERNAME", "")
    key = f"{user}\0{os.path.normcase(os.path.realpath(folder))}".encode("utf-8", "surrogatepass")
    return f"supple-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"


class InstanceGuard:
    """Holds the data folder's lock for as long as this copy runs.

    ``held`` is False when the lock could not be made at all (read-only folder):
    the copy runs anyway and ``listen`` does nothing.
    """

    def __init__(self, lock: FolderLock | None, data_dir: Path) -> None:
        self._lock = lock
        self.data_dir = data_dir
        self.server: QLocalServer | None = None
        self._on_activate: Callable[[], None] | None = None
        self._on_run: Callable[[str], None] | None = None

    @property
    def held(self) -> bool:
        return self._lock is not None and self._lock.held

    @classmethod
    def acquire(cls) -> InstanceGuard | None:
        """The guard, or None when another live copy holds this data folder."""
        folder = paths.data_dir()
        try:
            paths.ensure_dir(folder)
        except OSError:
            return cls(None, folder)  # cannot even make the folder: nothing to protect
        try:
            lock = FolderLock.take(lock_path(folder))
        except OSError:
            # No lock file can be made or opened (a read-only folder, or one whose
            # lock is not ours to open): nothing can be written there either, so go
            # on as the only copy.
            return cls(None, folder)
        if lock is None:
            return None  # a live process holds it: the kernel says so, not a pid
        return cls(lock, folder)

    def listen(
        self, on_activate: Callable[[], None], on_run: Callable[[str], None] | None = None
    ) -> bool:
        """Answer second copies' requests by calling ``on_activate``, or ``on_run`` with
        the routine a ``supple run ROUTINE`` asks for (on this thread; without
        ``on_run`` such a request is answered "failed").

        Call after the window has been painted. True when listening.
        """
        if not self.held:
            return False
        from PySide6.QtNetwork import QLocalServer

        self._on_activate = on_activate
        self._on_run = on_run
        if self.server is not None:
            return self.server.isListening()
        name = server_name(self.data_dir)
        # We hold the lock, so no live copy owns this name: clear what a crash left.
        QLocalServer.removeServer(name)
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.setMaxPendingConnections(8)
        server.newConnection.connect(self._accept)
        self.server = server
        if not server.listen(name):
            print(f"Supple: cannot answer other copies ({server.errorString()}).", file=sys.stderr)
            return False
        return True

    def _accept(self) -> None:
        server = self.server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            if socket is None:
                break
            received = bytearray()
            socket.readyRead.connect(lambda s=socket, r=received: self._read(s, r))
            socket.disconnected.connect(socket.deleteLater)
            QTimer.singleShot(_IDLE_MS, socket, socket.abort)
            if socket.bytesAvailable():
                self._read(socket, received)

    def _read(self, socket: QLocalSocket, received: bytearray) -> None:
        if received.endswith(b"\n"):
            return  # already answered
        received += bytes(socket.readAll().data())
        if b"\n" not in received:
            if len(received) > _MAX_REQUEST:
                socket.abort()
            return
        del received[received.index(b"\n") + 1 :]
        line = bytes(received)
        action: Callable[[], None] | None = None
        if line == REQUEST:
            action = self._on_activate
        elif line.startswith(RUN):
            routine = _routine_of(line)
            on_run = self._on_run
            if routine is None:
                socket.abort()
                return
            action = _refuse_run if on_run is None else partial(on_run, routine)
        if action is None:
            socket.abort()
            return
        reply = ACK
        try:
            action()
        except Exception as exc:  # a failing callback must not take the app down
            print(f"Supple: could not do what another copy asked ({exc}).", file=sys.stderr)
            reply = FAILED
        socket.write(reply)
        socket.flush()
        socket.disconnectFromServer()  # after the reply has been written

    def release(self) -> None:
        """Stop answering and give the lock back (at quit)."""
        if self.server is not None:
            self.server.close()
            self.server = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None


def _routine_of(line: bytes) -> str | None:
    """The routine in a "run" request, or None when the request is not ours."""
    import json

    try:
        routine = json.loads(line[len(RUN) :].decode("ascii"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    return routine if isinstance(routine, str) and routine else None


def _refuse_run() -> None:
    raise RuntimeError("this copy does not start routines asked for by others")


def run_request(routine: str) -> bytes:
    """The line that asks the running copy to start ``routine`` (an id or a file path).

    JSON keeps it ASCII on one line, whatever the name holds (a path that is not
    UTF-8 travels as its surrogate escapes and comes back the same).
    """
    import json

    return RUN + json.dumps(routine, ensure_ascii=True).encode("ascii") + b"\n"


def activate_running(
    connect_ms: int = CONNECT_MS, ack_ms: int = ACK_MS, request: bytes = REQUEST
) -> bool:
    """Ask the copy that holds this data folder to come to the front (``request``:
    or to start a routine, ``run_request(...)``).

    Tries to connect for up to ``connect_ms`` (the first copy listens only once
    its window is painted), then waits up to ``ack_ms`` for its answer. True
    when it answered that it did. Needs no QApplication.
    """
    from PySide6.QtNetwork import QLocalSocket

    name = server_name()
    deadline = time.monotonic() + connect_ms / 1000
    socket = QLocalSocket()
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(max(1, int((deadline - time.monotonic()) * 1000))):
            break
        socket.abort()
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.1)
    try:
        socket.write(request)
        if not socket.waitForBytesWritten(ack_ms):
            return False
        reply = b""
        ack_deadline = time.monotonic() + ack_ms / 1000
        while b"\n" not in reply:
            left = int((ack_deadline - time.monotonic()) * 1000)
            if left <= 0 or not socket.waitForReadyRead(left):
                return False
            reply += bytes(socket.readAll().data())
        return reply.split(b"\n", 1)[0] + b"\n" == ACK
    finally:
        socket.abort()


def claim(
    *,
    connect_ms: int = CONNECT_MS,
    ack_ms: int = ACK_MS,
    err: TextIO | None = None,
    run: str | None = None,
    run_title: str | None = None,
) -> InstanceGuard | int:
    """Before the window is made: this copy's guard, or the exit status for a second copy.

    A second copy has asked the first to come forward (with ``run``: to start that
    routine, an id or a file path, called ``run_title`` to the person) and said so on
    stderr: 0 when the first answered, 1 when it did not (nothing was opened or changed).
    """
    guard = InstanceGuard.acquire()
    if guard is not None:
        return guard
    out = sys.stderr if err is None else err
    request = REQUEST if run is None else run_request(run)
    if activate_running(connect_ms, ack_ms, request):
        if run is None:
            print(ALREADY_RUNNING, file=out)
        else:
            print(RUN_SENT.format(routine=run_title or run), file=out)
        return 0
    print(NOT_ANSWERING.format(folder=paths.data_dir()), file=out)
    return 1


def bring_to_front(window: QWidget) -> None:
    """Show ``window`` un-minimised (keeping maximised or full screen), raised and active.

    The callback for ``listen``. Some desktops only flash the task bar entry
    instead of moving focus; that is their rule, not something to fight.
    """
    from PySide6.QtCore import Qt  # building the Qt namespace costs ~10 ms at start-up

    state = window.windowState() & ~Qt.WindowState.WindowMinimized
    window.setWindowState(state | Qt.WindowState.WindowActive)
    window.show()
    window.raise_()
    window.activateWindow()
