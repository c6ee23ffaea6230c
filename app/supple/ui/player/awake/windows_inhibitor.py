"""Windows: keep the display and the system awake with SetThreadExecutionState.

``SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED)``
holds until it is cleared with ``ES_CONTINUOUS`` alone. The state belongs to the
calling thread: both calls must come from the same, long-lived thread (the GUI
thread, where the session controller's signals arrive). Windows drops it when
that thread or the process ends, so a crash leaves nothing held.

Untested on a real Windows machine: the logic is tested with the call injected.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

ES_SYSTEM_REQUIRED = 0x00000001
ES_DISPLAY_REQUIRED = 0x00000002
ES_CONTINUOUS = 0x80000000
AWAKE = ES_CONTINUOUS | ES_DISPLAY_REQUIRED | ES_SYSTEM_REQUIRED

SetState = Callable[[int], int]  # flags -> the previous state, 0 on failure


def set_thread_execution_state() -> SetState | None:
    """kernel32's SetThreadExecutionState, typed; None off Windows."""
    if sys.platform != "win32":
        return None
    import ctypes

    function = ctypes.windll.kernel32.SetThreadExecutionState  # type: ignore[attr-defined]
    function.argtypes = [ctypes.c_uint32]
    function.restype = ctypes.c_uint32

    def call(flags: int) -> int:
        return int(function(flags))

    return call


class ExecutionStateInhibitor:
    def __init__(self, set_state: SetState) -> None:
        self._set_state = set_state
        self.held = False

    def acquire(self) -> None:
        if self.held:
            return
        if self._set_state(AWAKE) == 0:
            log.debug("SetThreadExecutionState refused to keep the display on")
            return
        self.held = True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        if self._set_state(ES_CONTINUOUS) == 0:
            log.debug("SetThreadExecutionState refused to clear the display request")

    def close(self, wait: float = 1.0) -> None:
        self.release()
