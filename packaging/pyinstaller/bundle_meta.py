"""Facts the PyInstaller spec needs, kept importable so tests can check them.

Only the standard library: this runs inside PyInstaller's spec and in tests.
"""

from __future__ import annotations

import plistlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
APP_ID = "io.github.supple_app.Supple"
APP_NAME = "Supple"
INFO_PLIST = ROOT / "packaging" / "macos" / "Info.plist"
ICO = ROOT / "packaging" / "icons" / "supple.ico"
ICNS = ROOT / "packaging" / "icons" / "supple.icns"


def project_version(root: Path = ROOT) -> str:
    """The [project] version from pyproject.toml."""
    text = (root / "pyproject.toml").read_text(encoding="utf-8")
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        return scan_version(text)
    return str(tomllib.loads(text)["project"]["version"])


def scan_version(text: str) -> str:
    """The [project] version found by hand, for Pythons without tomllib."""
    section = re.search(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", text, re.M | re.S)
    found = section and re.search(r'^version\s*=\s*"([^"]+)"', section.group(1), re.M)
    if not found:
        raise ValueError("no [project] version in pyproject.toml")
    return found.group(1)


def info_plist() -> dict[str, object]:
    with INFO_PLIST.open("rb") as handle:
        return dict(plistlib.load(handle))


def data_files() -> list[tuple[str, str]]:
    """(source folder, folder inside the bundle): where supple.paths looks (supple/_data)."""
    return [
        (str(ROOT / "routines"), "supple/_data/routines"),
        (str(ROOT / "assets"), "supple/_data/assets"),
    ]


def speech_hidden_imports(platform: str = sys.platform) -> list[str]:
    """pyttsx3 imports its driver by name at run time, so PyInstaller cannot see it."""
    common = ["pyttsx3.drivers", "pyttsx3.drivers.dummy"]
    if platform == "win32":
        return [*common, "pyttsx3.drivers.sapi5", "comtypes.client", "pythoncom", "pywintypes"]
    if platform == "darwin":
        return [*common, "pyttsx3.drivers.nsss", "objc", "AppKit", "Foundation", "PyObjCTools"]
    return [*common, "pyttsx3.drivers.espeak", "pyttsx3.drivers._espeak"]


def windows_version_file(version: str, path: Path) -> Path:
    """A PyInstaller version-resource file for the Windows executable."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    quad = tuple(numbers)
    strings = {
        "CompanyName": "The Supple developers",
        "FileDescription": "Supple: stretch and mobility coach",
        "FileVersion": version,
        "InternalName": "Supple",
        "LegalCopyright": "GPL-3.0-or-later",
        "OriginalFilename": "Supple.exe",
        "ProductName": "Supple",
        "ProductVersion": version,
    }
    items = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    path.write_text(
        f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={quad}, prodvers={quad}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('040904B0', [
{items}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
""",
        encoding="utf-8",
    )
    return path
