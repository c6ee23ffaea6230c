"""Hostile routine files: refused or neutralised, nothing outside their folder read,
memory bounded.

One child process (so its memory can be measured and every file it opens
audited) loads a folder of hostile routines the way the app does (a library
scan of the user's routines folder), shows them in the library and the player
views offscreen, and draws every picture through the UI's picture loader.
Outside the folder sits a sentinel folder the routines try to reach. The child
reports what was refused, what loaded, its peak memory before and after, and
every path Python opened (sys.addaudithook); on Linux with strace installed the
whole child also runs under ``strace -f -e trace=open,openat`` so that files
opened by Qt's C++ code are audited too.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest
from helpers import minimal_doc, write_json

CHILD = r"""
import json, os, resource, sys
opened = []
def audit(event, args):
    if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
        opened.append(os.fsdecode(args[0]))
sys.addaudithook(audit)

def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QApplication, QLabel
from supple.routine import Library
from supple.session import FakeClock, State
from supple.settings import Settings
from supple.ui.shell.compose import create_main_window
from supple.ui.kit.picture import load_image

app = QApplication([sys.argv[0]])
report = {"before_mb": peak_mb(), "entries": {}, "images": {}, "rich_labels": []}
library = Library.scan()
for entry in library.entries:
    if entry.path.parent.name != "routines":
        continue  # bundled
    name = entry.path.stem
    if entry.routine is None:
        report["entries"][name] = {
            "refused": [[p.path, p.message] for p in entry.error.problems]
        }
        continue
    report["entries"][name] = {"loaded": True}
    for step in entry.routine.steps:
        if step.illustration is None:
            continue
        for key, picture in step.illustration.frames.items():
            image = load_image(picture.path, QSize(800, 600))
            report["images"][f"{name}:{key}"] = (
                None if image is None else [image.width(), image.height()]
            )

# The views: nothing a routine says is shown as rich text.
settings = Settings(safety_acknowledged=True, checkin_enabled=False)
clock = FakeClock()
window = create_main_window(settings, library=library, clock=clock, persist=False)
window.resize(1000, 700)
window.show()
for entry in library.entries:
    if entry.routine is None or entry.path.parent.name != "routines":
        continue
    window.library_view.select(entry.routine.id)
    app.processEvents()
    window.grab()
    window.start_routine(entry.routine)
    for _ in range(30):
        clock.advance(1.0)
        window.controller.tick()
    app.processEvents()
    window.grab()
    for label in window.findChildren(QLabel):
        text = label.text()
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
        )
        if rich and ("<img" in text or "<b>Bold" in text):
            owner = label.parent()
            report["rich_labels"].append(
                f"{type(owner).__name__}/{label.objectName()}: {text[:100]}"
            )
    window.controller.stop()
    window.show_library()
    app.processEvents()
window.close()
report["after_mb"] = peak_mb()
report["opened"] = opened
print(json.dumps(report))
"""


def png_claiming(width: int, height: int) -> bytes:
    """A tiny, well-formed PNG whose header claims ``width`` x ``height`` pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * 64)  # far too little data for the claimed size
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")
    )


def step(illustration: Any = None, **fields: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {"title": "Hold", "hold": {"seconds": 5}}
    if illustration is not None:
        doc["illustration"] = illustration
    doc.update(fields)
    return doc


def routine(name: str, **fields: Any) -> dict[str, Any]:
    return minimal_doc(id=name, title=fields.pop("title", name), **fields)


def build(folder: Path, outside: Path) -> dict[str, str]:
    """Write the hostile routines; return name -> what must happen."""
    secret = outside / "secret.png"
    expect: dict[str, str] = {}

    def put(name: str, doc: Any, outcome: str) -> None:
        write_json(folder / f"{name}.json", doc)
        expect[name] = outcome

    put("traversal", routine("traversal", steps=[step("../outside/secret.png")]), "refused")
    put("absolute", routine("absolute", steps=[step(str(secret))]), "refused")
    put("url", routine("url", steps=[step("http://attacker.test/x.png")]), "refused")
    put("file-url", routine("file-url", steps=[step(secret.as_uri())]), "refused")
    put("backslash", routine("backslash", steps=[step("..\\outside\\secret.png")]), "refused")
    (folder / "link.png").symlink_to(secret)
    put("symlink", routine("symlink", steps=[step("link.png")]), "refused")
    put(
        "pose-traversal",
        routine("pose-traversal", steps=[step("pose:../../../outside/secret")]),
        "refused",
    )

    # Pictures that are files in the folder but try to reach out or explode.
    (folder / "giant.png").write_bytes(png_claiming(60000, 60000))
    (folder / "huge.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="1000000000" height="1000000000"'
        ' viewBox="0 0 1000000000 1000000000"><rect width="1000000000" height="1000000000"'
        ' fill="red"/></svg>'
    )
    (folder / "wide.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="60000" height="60000">'
        '<circle cx="30000" cy="30000" r="29000" fill="blue"/></svg>'
    )
    (folder / "reach.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        ' width="100" height="100">'
        f'<image x="0" y="0" width="100" height="100" xlink:href="{secret.as_uri()}"/>'
        '<image x="0" y="0" width="100" height="100" xlink:href="../outside/secret.png"/>'
        f'<image x="0" y="0" width="100" height="100" href="{secret}"/>'
        "</svg>"
    )
    put(
        "giant-pictures",
        routine(
            "giant-pictures",
            steps=[
                step("giant.png"),
                step({"default": "huge.svg", "hold": "wide.svg"}),
                step("reach.svg"),
            ],
        ),
        "loaded",
    )
    html = "<b>Bold</b><img src='../outside/secret.png'>"
    put(
        "html",
        routine(
            "html",
            title=html,
            description=html + "\n" + html,
            steps=[step(title=html, instructions=[html, "<a href='file:///'>x</a>"])],
        ),
        "loaded",
    )
    put("long-title", routine("long-title", title="x" * 100_000), "refused")
    (folder / "huge-number.json").write_text(
        json.dumps(routine("huge-number")).replace('"seconds": 10', '"seconds": 1e400')
    )
    expect["huge-number"] = "refused"
    (folder / "many-digits.json").write_text(
        json.dumps(routine("many-digits")).replace('"seconds": 10', '"seconds": ' + "9" * 5000)
    )
    expect["many-digits"] = "refused"
    put(
        "big-int",
        routine("big-int", steps=[step(hold={"seconds": 2**63}), step(reps={"count": 10**18})]),
        "refused",
    )
    (folder / "deep-list.json").write_text("[" * 200_000 + "]" * 200_000)
    expect["deep-list"] = "refused"
    (folder / "deep-object.json").write_text('{"a":' * 100_000 + "1" + "}" * 100_000)
    expect["deep-object"] = "refused"
    with (folder / "fifty-mb.json").open("w") as big:
        big.write('{"format": "supple-routine", "version": 1, "id": "fifty", "title": "')
        chunk = "a" * (1 << 20)
        for _ in range(50):
            big.write(chunk)
        big.write('", "steps": []}')
    expect["fifty-mb"] = "refused"
    return expect


@pytest.mark.slow
def test_hostile_routines_are_refused_or_neutralised(supple_home: Path, tmp_path: Path) -> None:
    folder = supple_home / "routines"
    folder.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.png").write_bytes(png_claiming(10, 10))
    (outside / "secret.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>')
    expect = build(folder, outside)

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", SUPPLE_HOME=str(supple_home))
    command = [sys.executable, "-c", CHILD]
    trace = tmp_path / "strace.log"
    traced = sys.platform.startswith("linux") and shutil.which("strace") is not None
    if traced:
        probe = subprocess.run(
            ["strace", "-f", "-o", os.devnull, "true"], capture_output=True, timeout=30
        )
        traced = probe.returncode == 0
    if traced:
        command = ["strace", "-f", "-qq", "-e", "trace=open,openat", "-o", str(trace), *command]
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=str(tmp_path), timeout=300
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])

    # Refused or loaded, as each must be; every refusal names where and why.
    for name, outcome in expect.items():
        got = report["entries"].get(name)
        assert got is not None, f"{name} not listed: {sorted(report['entries'])}"
        if outcome == "refused":
            assert "refused" in got, f"{name} was accepted"
            for _path, message in got["refused"]:
                assert message
        else:
            assert got.get("loaded"), f"{name}: {got}"
    problems = dict(report["entries"])
    assert any("outside" in m for _, m in problems["symlink"]["refused"])
    assert any("1,048,576" in m or "limited" in m for _, m in problems["fifty-mb"]["refused"])
    assert all(p == "" for p, _ in problems["deep-list"]["refused"])

    # Pictures: never bigger than the box asked for; the giant PNG is not decoded blind.
    for key, size in report["images"].items():
        if size is not None:
            assert size[0] <= 800 and size[1] <= 600, (key, size)
    assert (
        report["images"]["giant-pictures:default"] is None
        or report["images"]["giant-pictures:default"][0] <= 800
    )

    # Shown as text, never as HTML.
    assert report["rich_labels"] == []

    # Memory stays bounded: far less than a 60000 x 60000 image (14 GB) or the 50 MB file.
    assert report["after_mb"] - report["before_mb"] < 120, report

    # Nothing outside the routine's folder was opened, by Python or by Qt.
    assert not [p for p in report["opened"] if str(outside) in p or "secret" in p]
    if traced:
        lines = trace.read_text(errors="replace").splitlines()
        reached = [line for line in lines if str(outside) in line or "secret." in line]
        assert reached == [], reached[:5]
