"""Facts the PyInstaller spec needs, kept importable so tests can check them.

Only the standard library: this runs inside PyInstaller's spec and in tests.
"""

from __future__ import annotations

import importlib.util
import plistlib
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent.parent
APP_ID = "io.github.supple_app.Supple"
APP_NAME = "Supple"
INFO_PLIST = ROOT / "packaging" / "macos" / "Info.plist"
ICO = ROOT / "packaging" / "icons" / "supple.ico"
ICNS = ROOT / "packaging" / "icons" / "supple.icns"
# The licence texts every copy of Supple carries: the bundle and the wheel (pyproject.toml).
LICENCE_FILES = (ROOT / "LICENSE", ROOT / "THIRD-PARTY-NOTICES.md")

# Linux: libraries the bundle leaves to the system it runs on. PyInstaller copies every
# library the Python and Qt it bundles link to, from the build machine; a copy of glibc's
# neighbours (libstdc++, libgcc_s, libexpat...) then demands the build machine's glibc, and
# copies of the desktop stack (X11, fontconfig, glib, D-Bus, GTK's) clash with the system's
# graphics drivers, GIO modules and GTK when those load. Every desktop distribution the
# bundle supports (README: "Installing the bundle") provides all of these. Kept inside: the
# Python's own (libpython, libffi, OpenSSL, SQLite, liblzma, libbz2), Qt and ICU from the
# PySide6 wheel, and the few X11 helpers Qt's xcb plugin needs that a fresh desktop may
# lack (libxcb-cursor and the xcb-util family, libxkbcommon, libXss).
SYSTEM_LIBRARIES = (
    # glibc and the compiler's runtime
    r"ld-linux.*",
    r"libc",
    r"libm",
    r"libmvec",
    r"libdl",
    r"libpthread",
    r"librt",
    r"libresolv",
    r"libutil",
    r"libnsl",
    r"libanl",
    r"libstdc\+\+",
    r"libgcc_s",
    # compression and XML everything links to
    r"libz",
    r"libexpat",
    r"libzstd",
    r"liblz4",
    # X11 and the core xcb protocol libraries, OpenGL/EGL and the kernel's DRM
    r"libX11",
    r"libX11-xcb",
    r"libXau",
    r"libXdmcp",
    r"libXext",
    r"libXrender",
    r"libxcb",
    r"libxcb-(render|shm|randr|shape|sync|xfixes|xkb|glx|dri2|dri3|present)",
    r"libGL",
    r"libGLX",
    r"libGLdispatch",
    r"libEGL",
    r"libOpenGL",
    r"libdrm",
    r"libgbm",
    r"libwayland-(client|cursor|egl)",
    # fonts
    r"libfontconfig",
    r"libfreetype",
    r"libharfbuzz",
    r"libgraphite2",
    r"libpng16",
    r"libbrotli(common|dec)",
    # glib, D-Bus, systemd and what they link to
    r"libglib-2\.0",
    r"libgio-2\.0",
    r"libgobject-2\.0",
    r"libgmodule-2\.0",
    r"libgthread-2\.0",
    r"libdbus-1",
    r"libsystemd",
    r"libcap",
    r"libgcrypt",
    r"libgpg-error",
    r"libselinux",
    r"libmount",
    r"libblkid",
    r"libpcre2-8",
    r"libmd",
    r"libbsd",
    # GTK's stack (Qt's GTK platform theme loads the system GTK, which brings these)
    r"libgtk-3",
    r"libgdk-3",
    r"libatk-1\.0",
    r"libatk-bridge-2\.0",
    r"libpango-1\.0",
    r"libpangocairo-1\.0",
    r"libpangoft2-1\.0",
    r"libcairo",
    r"libcairo-gobject",
    r"libgdk_pixbuf-2\.0",
    r"libpixman-1",
    r"libfribidi",
    r"libthai",
    r"libdatrie",
    r"libjpeg",
    # Kerberos (Qt Network's GSSAPI), configured by the system's /etc/krb5.conf
    r"libgssapi_krb5",
    r"libkrb5",
    r"libkrb5support",
    r"libk5crypto",
    r"libcom_err",
    r"libkeyutils",
)
# The oldest glibc the Linux bundle runs on, as README.md states it ("Installing the bundle").
# It is what the bundled Python asks for when built on Debian 12; the smoke test measures it.
GLIBC_FLOOR = (2, 35)
_SYSTEM_LIBRARY = re.compile("(?:" + "|".join(SYSTEM_LIBRARIES) + r")\.so(?:\.[0-9.]+)?")


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


def _tool(name: str) -> Any:
    spec = importlib.util.spec_from_file_location(name, ROOT / "tools" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def translation_files(out_dir: Path) -> list[tuple[str, str]]:
    """The translations compiled into ``out_dir``, as (file, folder inside the bundle):
    the windows' .qm files (tools/compile_translations.py) beside their sources, where
    supple.ui.shell.window_language looks first, and the message catalogues' .mo files
    (tools/compile_catalogues.py, Babel) in supple/locale/LANG/LC_MESSAGES, where
    supple.i18n looks first."""
    files = [
        (str(qm), "supple/ui/translations")
        for qm in _tool("compile_translations").compile_all(out_dir)
    ]
    mo_dir = out_dir / "locale"
    for mo in _tool("compile_catalogues").compile_all(mo_dir):
        files.append((str(mo), f"supple/locale/{mo.parent.relative_to(mo_dir).as_posix()}"))
    return files


def provided_by_system(name: str) -> bool:
    """Whether the bundle leaves this library (a file name or a bundle path) to the system."""
    return _SYSTEM_LIBRARY.fullmatch(name.replace("\\", "/").rsplit("/", 1)[-1]) is not None


def leave_to_system(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """PyInstaller's binaries without the Linux system libraries (see SYSTEM_LIBRARIES)."""
    return [entry for entry in binaries if not provided_by_system(entry[0])]


_GLIBC_VERSION = re.compile(rb"GLIBC_(2\.[0-9]+)\b")


def glibc_needed(folder: Path) -> tuple[tuple[int, int], Path | None]:
    """The newest glibc symbol version any ELF file in the folder asks for, and that file.

    The version strings a library asks for sit in its dynamic string table; this reads
    them from the raw bytes, so it can only err towards a newer version, never an older one.
    """
    newest: tuple[int, int] = (2, 0)
    culprit: Path | None = None
    for path in sorted(folder.rglob("*")):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
            data = handle.read()
        for found in _GLIBC_VERSION.findall(data):
            major, minor = (int(n) for n in found.split(b"."))
            if (major, minor) > newest:
                newest, culprit = (major, minor), path
    return newest, culprit


def speech_hidden_imports(platform: str = sys.platform) -> list[str]:
    """pyttsx3 imports its driver by name at run time, so PyInstaller cannot see it."""
    # miniaudio's compiled module imports cffi's _cffi_backend from C, where PyInstaller
    # cannot see it: without it the bundle has no audio stream (speech/audio.py).
    common = ["pyttsx3.drivers", "pyttsx3.drivers.dummy", "_cffi_backend"]
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
