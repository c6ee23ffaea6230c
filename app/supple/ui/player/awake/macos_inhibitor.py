"""macOS: a "PreventUserIdleDisplaySleep" power assertion through IOKit.

``IOPMAssertionCreateWithName(type, kIOPMAssertionLevelOn, name, &id)`` keeps
the display from sleeping for idleness until ``IOPMAssertionRelease(id)``.
macOS releases a process's assertions when it exits, so a crash leaves none.

Untested on a real Mac: the logic is tested with the two calls injected.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass

log = logging.getLogger(__name__)

ASSERTION_TYPE = "PreventUserIdleDisplaySleep"  # kIOPMAssertPreventUserIdleDisplaySleep
LEVEL_ON = 255  # kIOPMAssertionLevelOn
SUCCESS = 0  # kIOReturnSuccess
UTF8 = 0x08000100  # kCFStringEncodingUTF8

IOKIT = "/System/Library/Frameworks/IOKit.framework/IOKit"
CORE_FOUNDATION = "/System/Library/Frameworks/CoreFoundation.framework/CoreFoundation"


@dataclass(frozen=True)
class PowerCalls:
    """The two IOKit calls, as plain Python functions (injected in tests)."""

    create: Callable[[str, str], tuple[int, int]]  # (type, name) -> (IOReturn, assertion id)
    release: Callable[[int], int]  # assertion id -> IOReturn


def iokit_calls() -> PowerCalls | None:
    """IOKit's calls through ctypes; None off macOS or without IOKit."""
    if sys.platform != "darwin":
        return None
    import ctypes

    try:
        iokit = ctypes.cdll.LoadLibrary(IOKIT)
        cf = ctypes.cdll.LoadLibrary(CORE_FOUNDATION)
    except OSError as exc:
        log.debug("IOKit not loaded: %s", exc)
        return None
    cf.CFStringCreateWithCString.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_uint32]
    cf.CFStringCreateWithCString.restype = ctypes.c_void_p
    cf.CFRelease.argtypes = [ctypes.c_void_p]
    cf.CFRelease.restype = None
    create = iokit.IOPMAssertionCreateWithName
    create.argtypes = [
        ctypes.c_void_p,
        ctypes.c_uint32,
        ctypes.c_void_p,
        ctypes.POINTER(ctypes.c_uint32),
    ]
    create.restype = ctypes.c_int32
    release = iokit.IOPMAssertionRelease
    release.argtypes = [ctypes.c_uint32]
    release.restype = ctypes.c_int32

    def make(kind: str, name: str) -> tuple[int, int]:
        kind_ref = cf.CFStringCreateWithCString(None, kind.encode("utf-8"), UTF8)
        name_ref = cf.CFStringCreateWithCString(None, name.encode("utf-8"), UTF8)
        try:
            assertion = ctypes.c_uint32(0)
            result = create(kind_ref, LEVEL_ON, name_ref, ctypes.byref(assertion))
            return int(result), int(assertion.value)
        finally:
            for ref in (kind_ref, name_ref):
                if ref:
                    cf.CFRelease(ref)

    def drop(assertion: int) -> int:
        return int(release(assertion))

    return PowerCalls(make, drop)


class AssertionInhibitor:
    def __init__(self, calls: PowerCalls, reason: str) -> None:
        self._calls = calls
        self._reason = reason
        self.assertion: int | None = None

    def acquire(self) -> None:
        if self.assertion is not None:
            return
        result, assertion = self._calls.create(ASSERTION_TYPE, self._reason)
        if result != SUCCESS:
            log.debug("IOPMAssertionCreateWithName failed: 0x%08x", result & 0xFFFFFFFF)
            return
        self.assertion = assertion

    def release(self) -> None:
        assertion, self.assertion = self.assertion, None
        if assertion is None:
            return
        result = self._calls.release(assertion)
        if result != SUCCESS:
            log.debug("IOPMAssertionRelease(%d) failed: 0x%08x", assertion, result & 0xFFFFFFFF)

    def close(self, wait: float = 1.0) -> None:
        self.release()
