"""A private D-Bus session bus and a fake desktop service on it, for tests.

``private_bus(folder)`` starts a ``dbus-daemon`` (skipped when none is installed,
failed under SUPPLE_REQUIRE_TOOLS) and gives its address; ``FakeService`` runs one
of the fake services in tests/support as a child process and reads the JSON lines
it logs.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={folder}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def dbus_daemon() -> str:
    found = shutil.which("dbus-daemon")
    if found is None:
        if os.environ.get("SUPPLE_REQUIRE_TOOLS"):
            pytest.fail("dbus-daemon is required (SUPPLE_REQUIRE_TOOLS is set) but not installed")
        pytest.skip("dbus-daemon is not installed")
    return found


@contextmanager
def private_bus(folder: Path) -> Iterator[str]:
    """A session bus of its own, listening in ``folder``; its address."""
    folder.mkdir(parents=True, exist_ok=True)
    config = folder / "bus.conf"
    config.write_text(BUS_CONFIG.format(folder=folder), encoding="utf-8")
    daemon = subprocess.Popen(
        [dbus_daemon(), f"--config-file={config}", "--print-address=1", "--nofork"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert daemon.stdout is not None
    try:
        address = daemon.stdout.readline().strip()
        assert address.startswith("unix:"), address
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)


class FakeService:
    """One fake service's process (``script`` in tests/support) and what it logged."""

    def __init__(self, script: Path, address: str, log: Path, *options: str) -> None:
        self.log = log
        self.process = subprocess.Popen([sys.executable, str(script), address, str(log), *options])
        self.wait_for("ready")

    def events(self, kind: str | None = None) -> list[dict[str, Any]]:
        if not self.log.exists():
            return []
        lines = self.log.read_text(encoding="utf-8").splitlines()
        seen = [json.loads(line) for line in lines if line.endswith("}")]
        return [e for e in seen if kind is None or e["event"] == kind]

    def wait_for(self, kind: str, count: int = 1, timeout: float = 20.0) -> list[dict[str, Any]]:
        """The events of ``kind`` once there are ``count`` of them (polling the log)."""
        deadline = time.monotonic() + timeout
        while len(found := self.events(kind)) < count:
            assert self.process.poll() is None, "the fake service ended"
            assert time.monotonic() < deadline, f"the fake service never logged {kind!r}"
            time.sleep(0.02)
        return found

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)
