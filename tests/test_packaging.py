"""Packaging: desktop entry, AppStream metadata, icons, version stamps and the wheel's contents."""

from __future__ import annotations

import ast
import importlib.util
import os
import plistlib
import re
import shutil
import struct
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
APP_ID = "io.github.supple_app.Supple"
DESKTOP = PACKAGING / "linux" / f"{APP_ID}.desktop"
METAINFO = PACKAGING / "linux" / f"{APP_ID}.metainfo.xml"
HICOLOR = PACKAGING / "linux" / "icons" / "hicolor"
SVG = ROOT / "assets" / "icons" / "supple.svg"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


make_icons = _load("make_icons", ROOT / "tools" / "make_icons.py")
bundle_meta = _load("bundle_meta", PACKAGING / "pyinstaller" / "bundle_meta.py")


def pyproject_version() -> str:
    text = (ROOT / "pyproject.toml").read_text("utf-8")
    match = re.search(r'^version = "([^"]+)"', text, re.M)
    assert match
    return match.group(1)


def tool(name: str) -> str:
    """The path of a validator; skip without it unless SUPPLE_REQUIRE_TOOLS is set."""
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("SUPPLE_REQUIRE_TOOLS"):
        pytest.fail(f"{name} is required (SUPPLE_REQUIRE_TOOLS is set) but not installed")
    pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream)")


# --- desktop entry and AppStream ---------------------------------------------


def test_desktop_entry_validates() -> None:
    result = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True)
    output = (result.stdout + result.stderr).decode()
    assert result.returncode == 0 and "error" not in output, output


def test_desktop_validator_catches_a_broken_entry(tmp_path: Path) -> None:
    # The check above can fail: an entry without Name is rejected.
    broken = tmp_path / f"{APP_ID}.desktop"
    text = DESKTOP.read_text("utf-8")
    broken.write_text(re.sub(r"^Name=.*\n", "", text, flags=re.M), "utf-8")
    result = subprocess.run([tool("desktop-file-validate"), str(broken)], capture_output=True)
    assert result.returncode != 0


def _desktop_keys() -> dict[str, str]:
    keys = {}
    for line in DESKTOP.read_text("utf-8").splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            keys[key] = value
    return keys


def test_desktop_entry_starts_the_installed_command_with_the_app_icon() -> None:
    keys = _desktop_keys()
    pyproject = (ROOT / "pyproject.toml").read_text("utf-8")
    gui_scripts = pyproject.split("[project.gui-scripts]", 1)[1].split("[", 1)[0]
    assert re.search(r"^supple\s*=", gui_scripts, re.M)
    assert keys["Exec"].split()[0] == "supple" == keys["TryExec"]
    assert keys["Icon"] == APP_ID
    assert keys["Terminal"] == "false"


def test_metainfo_validates() -> None:
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(METAINFO)], capture_output=True
    )
    assert result.returncode == 0, (result.stdout + result.stderr).decode()


def test_metainfo_validator_catches_a_broken_file(tmp_path: Path) -> None:
    broken = tmp_path / METAINFO.name
    text = METAINFO.read_text("utf-8").replace("<metadata_license>CC0-1.0", "<metadata_license>")
    broken.write_text(text.replace("<summary>", "<summary>.").replace("</summary>", "."), "utf-8")
    result = subprocess.run(
        [tool("appstreamcli"), "validate", "--no-net", str(broken)], capture_output=True
    )
    assert result.returncode != 0


def test_metainfo_names_the_app_its_licences_and_this_release() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "GPL-3.0-or-later"
    assert 'license = "GPL-3.0-or-later"' in (ROOT / "pyproject.toml").read_text("utf-8")
    assert root.findtext("launchable") == DESKTOP.name
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.findtext("developer/name") == root.findtext("developer_name")
    assert root.findall("categories/category") and root.findall("keywords/keyword")
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == pyproject_version()
    assert releases[0].find("description") is not None


def _pyproject() -> dict:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def test_metainfo_names_no_address_the_project_does_not_have() -> None:
    # A real address or none: the metainfo's <url>s and screenshots must sit under the
    # project's own address in pyproject.toml, and there is none yet.
    root = ET.parse(METAINFO).getroot()
    urls = [e.text or "" for e in [*root.iter("url"), *root.iter("image")]]
    homes = list(_pyproject()["project"].get("urls", {}).values())
    assert all(any(url.startswith(home) for home in homes) for url in urls), (urls, homes)
    # The pictures wait in packaging/screenshots/ for the day the project has an address.
    for name in ("library.png", "player.png", "history.png"):
        assert (PACKAGING / "screenshots" / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def _tracked_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True
    ).stdout.split(b"\0")
    return [ROOT / name.decode() for name in listed if name]


def test_no_placeholder_address_anywhere_in_the_repository() -> None:
    if not (ROOT / ".git").exists():
        pytest.skip("not a git checkout (an sdist): the files to search are not listed")
    placeholder = "example." + "invalid"  # spelled apart so this file does not match
    found = []
    for path in _tracked_files():
        if path.is_file() and placeholder.encode() in path.read_bytes():
            found.append(path.relative_to(ROOT).as_posix())
    assert found == []


# --- licences and metadata ---------------------------------------------------


def test_licence_is_the_full_gpl3_text() -> None:
    text = (ROOT / "LICENSE").read_text("utf-8")
    assert text.lstrip().startswith("GNU GENERAL PUBLIC LICENSE\n                       Version 3")
    assert "TERMS AND CONDITIONS" in text and "END OF TERMS AND CONDITIONS" in text
    assert "How to Apply These Terms to Your New Programs" in text
    sections = re.findall(r"^\s*(\d+)\. [A-Z]", text, re.M)
    assert [int(n) for n in sections] == list(range(18))
    assert len(text) > 34_000


def test_third_party_notices_name_what_the_bundle_ships() -> None:
    text = (ROOT / "THIRD-PARTY-NOTICES.md").read_text("utf-8")
    # Every runtime dependency in pyproject.toml is listed, by its import name or project.
    for requirement in _pyproject()["project"]["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.-]+", requirement).group(0)
        shown = {"PySide6-Essentials": "PySide6"}.get(name, name)
        assert shown.lower() in text.lower(), name
    for part, licence in [
        ("Python", "PSF-2.0"),
        ("Qt", "LGPL-3.0-only"),
        ("shiboken6", "LGPL-3.0-only"),
        ("pyttsx3", "MPL-2.0"),
        ("platformdirs", "MIT"),
        ("miniaudio", "MIT-0"),
        ("cffi", "MIT-0"),
        ("jeepney", "MIT"),
        ("espeak-ng", "GPL-3.0-or-later"),
        ("PyInstaller", "Bootloader-exception"),
    ]:
        rows = [line for line in text.splitlines() if part in line and licence in line]
        assert rows, f"no line names {part} with {licence}"
    # What the spec adds by hand travels with a notice too.
    for hidden in bundle_meta.speech_hidden_imports("linux"):
        top = hidden.split(".")[0].lstrip("_")
        assert top.split("_")[0] in text, hidden


def test_bundle_carries_the_licence_files() -> None:
    assert [p.name for p in bundle_meta.LICENCE_FILES] == ["LICENSE", "THIRD-PARTY-NOTICES.md"]
    assert all(p.is_file() for p in bundle_meta.LICENCE_FILES)
    spec = (PACKAGING / "pyinstaller" / "supple.spec").read_text("utf-8")
    assert "bundle_meta.LICENCE_FILES" in spec
    project = _pyproject()["project"]
    assert project["license-files"] == [p.name for p in bundle_meta.LICENCE_FILES]


def test_classifiers_say_what_supple_is_and_runs_on() -> None:
    project = _pyproject()["project"]
    classifiers = project["classifiers"]
    assert not [c for c in classifiers if c.startswith(("Topic :: Games", "License ::"))]
    assert "Operating System :: OS Independent" not in classifiers
    assert {
        "Operating System :: POSIX :: Linux",
        "Operating System :: Microsoft :: Windows",
        "Operating System :: MacOS",
    } <= set(classifiers)
    assert [c for c in classifiers if c.startswith("Topic :: ")]
    minimum = re.fullmatch(r">=3\.(\d+)", project["requires-python"])
    assert minimum
    versions = [
        int(c.rsplit(".", 1)[1])
        for c in classifiers
        if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)
    ]
    assert versions and min(versions) == int(minimum.group(1))
    assert versions == list(range(min(versions), max(versions) + 1))
    assert project["license"] == "GPL-3.0-or-later"


# --- the Linux bundle and the system's libraries ------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "libstdc++.so.6",
        "libgcc_s.so.1",
        "libexpat.so.1",
        "libX11.so.6",
        "libxcb.so.1",
        "libglib-2.0.so.0",
        "libfontconfig.so.1",
        "libmvec.so.1",
        "libz.so.1",
    ],
)
def test_bundle_leaves_system_libraries_out(name: str) -> None:
    assert bundle_meta.provided_by_system(name)
    binaries = [(name, f"/usr/lib/x86_64-linux-gnu/{name}", "BINARY")]
    assert bundle_meta.leave_to_system(binaries) == []


@pytest.mark.parametrize(
    "name",
    [
        "libpython3.11.so.1.0",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libicuuc.so.73",
        "libxcb-cursor.so.0",
        "libffi.so.8",
        "libsqlite3.so.0",
        "libssl.so.3",
        "libXss.so.1",
    ],
)
def test_bundle_keeps_what_a_fresh_desktop_may_lack(name: str) -> None:
    assert not bundle_meta.provided_by_system(name)


def test_glibc_needed_reads_the_newest_version_an_elf_file_asks_for(tmp_path: Path) -> None:
    (tmp_path / "a.so").write_bytes(b"\x7fELF...GLIBC_2.17\0GLIBC_2.34\0GLIBCXX_3.4.30\0")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.so.1").write_bytes(b"\x7fELF\0GLIBC_2.9\0GLIBC_2.35\0")
    (tmp_path / "notes.txt").write_bytes(b"GLIBC_2.99 is not asked for by a text file")
    assert bundle_meta.glibc_needed(tmp_path) == ((2, 35), tmp_path / "sub" / "b.so.1")


def test_glibc_needed_agrees_with_objdump_on_a_real_library(tmp_path: Path) -> None:
    import _ctypes

    objdump = shutil.which("objdump")
    if objdump is None or not sys.platform.startswith("linux"):
        pytest.skip("needs Linux and objdump (binutils)")
    library = Path(_ctypes.__file__)
    shutil.copy(library, tmp_path / library.name)
    dynamic = subprocess.run([objdump, "-T", str(library)], capture_output=True, text=True)
    versions = {
        tuple(int(n) for n in v.split(".")) for v in re.findall(r"GLIBC_(2\.\d+)", dynamic.stdout)
    }
    assert versions
    assert bundle_meta.glibc_needed(tmp_path) == (max(versions), tmp_path / library.name)


def test_readme_states_the_glibc_the_bundle_needs() -> None:
    floor = ".".join(str(n) for n in bundle_meta.GLIBC_FLOOR)
    readme = (ROOT / "README.md").read_text("utf-8")
    assert f"glibc {floor}\nor newer" in readme or f"glibc {floor} or newer" in readme
    assert "Ubuntu 22.04" in readme and "Debian 12" in readme


# --- icons -------------------------------------------------------------------


@pytest.mark.parametrize("size", make_icons.HICOLOR_SIZES)
def test_hicolor_icon_has_its_size(size: int) -> None:
    path = HICOLOR / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (size, size)


def test_every_hicolor_size_is_there() -> None:
    assert set(make_icons.HICOLOR_SIZES) == {16, 24, 32, 48, 64, 128, 256, 512}
    assert (HICOLOR / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == SVG.read_bytes()


def test_icons_are_up_to_date_with_the_svg(qapp) -> None:
    stale = make_icons.stale_files(make_icons.wanted_files())
    assert not stale, f"run `python tools/make_icons.py`: stale {stale}"


def test_staleness_check_sees_a_changed_drawing(qapp, tmp_path: Path) -> None:
    changed = tmp_path / "icon.svg"
    changed.write_text(SVG.read_text("utf-8").replace("#1a88a8", "#c03030"), "utf-8")
    assert not make_icons.same_picture(
        make_icons.render_png(changed, 32), make_icons.render_png(SVG, 32)
    )
    assert make_icons.same_picture(make_icons.render_png(SVG, 32), make_icons.render_png(SVG, 32))


def _read_ico_by_hand(data: bytes) -> list[tuple[int, int, bytes]]:
    # Independent of tools/make_icons.py: ICONDIR then 16-byte ICONDIRENTRYs.
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    images = []
    for i in range(count):
        entry = data[6 + 16 * i : 22 + 16 * i]
        width, height = entry[0] or 256, entry[1] or 256
        length, offset = struct.unpack("<II", entry[8:16])
        images.append((width, height, data[offset : offset + length]))
    return images


def test_ico_holds_a_png_of_each_declared_size(qapp) -> None:
    from PySide6.QtGui import QImageReader

    images = _read_ico_by_hand((PACKAGING / "icons" / "supple.ico").read_bytes())
    assert sorted(w for w, _, _ in images) == [16, 24, 32, 48, 64, 128, 256]
    for width, height, png in images:
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert struct.unpack(">II", png[16:24]) == (width, height)
    # Qt's own ICO reader agrees.
    reader = QImageReader(str(PACKAGING / "icons" / "supple.ico"))
    sizes = []
    for _ in range(reader.imageCount()):
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        sizes.append(image.width())
        reader.jumpToNextImage()
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]


def test_icns_holds_a_png_for_each_type(qapp) -> None:
    data = (PACKAGING / "icons" / "supple.icns").read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    expected = dict(make_icons.ICNS_TYPES)
    found = {}
    pos = 8
    while pos < len(data):
        kind, length = data[pos : pos + 4], struct.unpack(">I", data[pos + 4 : pos + 8])[0]
        png = data[pos + 8 : pos + length]
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        found[kind] = struct.unpack(">II", png[16:24])
        pos += length
    assert pos == len(data)
    assert found == {kind: (size, size) for kind, size in expected.items()}
    assert found[b"icp4"] == (16, 16) and found[b"ic10"] == (1024, 1024)
    # Qt's own ICNS reader agrees.
    from PySide6.QtGui import QImageReader

    reader = QImageReader(str(PACKAGING / "icons" / "supple.icns"))
    widths = []
    for _ in range(reader.imageCount()):
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        widths.append(image.width())
        reader.jumpToNextImage()
    assert sorted(widths) == sorted(size for size, _ in found.values())


def test_ico_writer_refuses_an_image_too_big_for_the_format(qapp) -> None:
    with pytest.raises(ValueError):
        make_icons.build_ico([make_icons.render_png(SVG, 512)])


# --- version stamps and the bundle's layout ----------------------------------


def test_bundle_version_is_read_from_pyproject() -> None:
    version = pyproject_version()
    assert bundle_meta.project_version() == version
    assert bundle_meta.scan_version((ROOT / "pyproject.toml").read_text("utf-8")) == version
    spec = (PACKAGING / "pyinstaller" / "supple.spec").read_text("utf-8")
    assert "VERSION = bundle_meta.project_version()" in spec


def test_info_plist_matches_pyproject() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
        plist = plistlib.load(handle)
    assert plist["CFBundleShortVersionString"] == pyproject_version()
    assert plist["CFBundleVersion"] == pyproject_version()
    assert plist["CFBundleIdentifier"] == APP_ID
    assert plist["CFBundleIconFile"] == "supple.icns"
    assert plist["NSHighResolutionCapable"] is True


def test_windows_version_resource_parses(tmp_path: Path) -> None:
    # PyInstaller evaluates this file as a Python expression of its versioninfo classes
    # (which need pefile, installed only on Windows): check the expression's shape here.
    path = bundle_meta.windows_version_file("1.2.3", tmp_path / "version.txt")
    tree = ast.parse(path.read_text("utf-8"), mode="eval")
    assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
    ffi = next(k.value for k in tree.body.keywords if k.arg == "ffi")
    versions = {k.arg: ast.literal_eval(k.value) for k in ffi.keywords if k.arg.endswith("vers")}
    assert versions == {"filevers": (1, 2, 3, 0), "prodvers": (1, 2, 3, 0)}
    strings = {
        node.args[0].value: node.args[1].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "StringStruct"
    }
    assert strings["ProductVersion"] == "1.2.3" and strings["OriginalFilename"] == "Supple.exe"


def test_bundle_puts_data_where_paths_looks() -> None:
    # supple.paths looks for supple/_data/NAME beside its own module.
    targets = {target: Path(source) for source, target in bundle_meta.data_files()}
    assert set(targets) == {"supple/_data/routines", "supple/_data/assets"}
    assert all(source.is_dir() for source in targets.values())
    paths_src = (ROOT / "app" / "supple" / "paths.py").read_text("utf-8")
    assert '_PACKAGE_DIR / "_data" / name' in paths_src


@pytest.mark.parametrize("platform", ["linux", "win32", "darwin"])
def test_each_platform_bundles_the_pyttsx3_driver_it_uses(platform: str) -> None:
    driver = {"linux": "espeak", "win32": "sapi5", "darwin": "nsss"}[platform]
    hidden = bundle_meta.speech_hidden_imports(platform)
    assert f"pyttsx3.drivers.{driver}" in hidden
    source = Path(importlib.util.find_spec("pyttsx3").origin).parent / "drivers" / f"{driver}.py"
    assert source.is_file()


# --- the launcher (unfrozen: the same code runs inside the bundle) -----------


def _launch(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    launcher = PACKAGING / "pyinstaller" / "launcher.py"
    return subprocess.run(
        [sys.executable, str(launcher), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )


@pytest.mark.slow
def test_launcher_behaves_like_python_for_the_apps_helper_processes() -> None:
    assert _launch("--version").stdout.strip().startswith("supple ")
    assert _launch("-m", "supple", "--version").stdout.strip().startswith("supple ")
    assert _launch("-c", "import sys; print(sys.argv[1:])", "a", "b").stdout.strip() == (
        "['a', 'b']"
    )
    refused = _launch("-m", "json.tool")
    assert refused.returncode == 2 and "only Supple's own modules" in refused.stderr


@pytest.mark.slow
def test_launcher_smoke_hook_opens_and_quits_the_window(tmp_path: Path) -> None:
    shot = tmp_path / "window.png"
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        SUPPLE_SMOKE_QUIT_MS="300",
        SUPPLE_SMOKE_SCREENSHOT=str(shot),
    )
    result = _launch(env=env)
    assert result.returncode == 0, result.stderr
    assert shot.is_file() and shot.stat().st_size > 10_000


# --- the wheel's contents ----------------------------------------------------


@pytest.fixture(scope="module")
def wheel_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    dist = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(dist), str(ROOT)],
        check=True,
        capture_output=True,
    )
    [wheel] = dist.glob("supple-*.whl")
    return wheel


@pytest.fixture(scope="module")
def wheel_names(wheel_path: Path) -> set[str]:
    with zipfile.ZipFile(wheel_path) as archive:
        return set(archive.namelist())


@pytest.mark.slow
def test_wheel_carries_the_licence_and_the_notices(wheel_path: Path) -> None:
    info = f"supple-{pyproject_version()}.dist-info"
    with zipfile.ZipFile(wheel_path) as archive:
        for name in ("LICENSE", "THIRD-PARTY-NOTICES.md"):
            assert archive.read(f"{info}/licenses/{name}") == (ROOT / name).read_bytes()
        metadata = archive.read(f"{info}/METADATA").decode("utf-8")
    headers = metadata.split("\n\n", 1)[0].splitlines()
    assert "License-Expression: GPL-3.0-or-later" in headers
    assert {"License-File: LICENSE", "License-File: THIRD-PARTY-NOTICES.md"} <= set(headers)
    # The build backend checked every classifier against the official list; the wheel
    # says exactly the ones pyproject.toml lists, and no address.
    classifiers = [h.split(": ", 1)[1] for h in headers if h.startswith("Classifier: ")]
    assert sorted(classifiers) == sorted(_pyproject()["project"]["classifiers"])
    assert not [h for h in headers if h.startswith(("Project-URL", "Home-page", "License: "))]


@pytest.mark.slow
def test_wheel_carries_the_icon_sounds_poses_and_routines(wheel_names: set[str]) -> None:
    def shipped(folder: str, pattern: str) -> list[str]:
        return sorted(
            f"supple/_data/{p.relative_to(ROOT).as_posix()}" for p in (ROOT / folder).glob(pattern)
        )

    assert "supple/_data/assets/icons/supple.svg" in wheel_names
    expected = [
        *shipped("assets/poses", "*.svg"),
        *shipped("routines", "*.json"),
        *shipped("assets/sounds", "*.wav"),
    ]
    assert len(expected) > 10
    missing = [name for name in expected if name not in wheel_names]
    assert not missing
    if (ROOT / "assets" / "sounds").is_dir():
        assert shipped("assets/sounds", "*.wav")
    assert "supple/routine/routine.schema.json" in wheel_names
    assert any(n.endswith(".dist-info/entry_points.txt") for n in wheel_names)


# --- Linux desktop integration script and Flatpak manifest -------------------


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_desktop_integration_installs_and_uninstalls(tmp_path: Path) -> None:
    script = PACKAGING / "linux" / "install-desktop-integration.sh"
    exe = tmp_path / "My Apps" / "Supple" / "supple"
    prefix = tmp_path / "usr"
    run = [shutil.which("sh") or "sh", str(script), "--prefix", str(prefix)]
    result = subprocess.run([*run, "--exec", str(exe)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    share = prefix / "share"
    desktop = share / "applications" / DESKTOP.name
    assert f'Exec="{exe}"' in desktop.read_text("utf-8").splitlines()
    assert (share / "metainfo" / METAINFO.name).is_file()
    for size in make_icons.HICOLOR_SIZES:
        assert (share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    if shutil.which("desktop-file-validate"):
        check = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
        assert check.returncode == 0, check.stdout
    removed = subprocess.run([*run, "--uninstall"], capture_output=True, text=True)
    assert removed.returncode == 0, removed.stderr
    left = [p for p in share.rglob("*") if p.is_file() and APP_ID in p.name]
    assert left == []


def _exec_path(line: str) -> str:
    """The program an Exec= line starts, decoded by the desktop entry spec, independently."""
    value = line.split("=", 1)[1]
    # A string value: \\s \\n \\t \\r \\\\ first.
    value = re.sub(
        r"\\(.)",
        lambda m: {"s": " ", "n": "\n", "t": "\t", "r": "\r"}.get(m.group(1), m.group(1)),
        value,
    )
    assert value.startswith('"') and value.endswith('"'), value
    inner = value[1:-1]
    # Inside the quotes a backslash escapes " ` $ \\ ; a lone % is a field code.
    out, i = [], 0
    while i < len(inner):
        char = inner[i]
        if char == "\\":
            assert inner[i + 1] in '"`$\\', inner
            out.append(inner[i + 1])
            i += 2
        elif char == '"' or char in "`$":
            raise AssertionError(f"unescaped {char} in {inner}")
        else:
            out.append(char)
            i += 1
    program = "".join(out)
    assert "%" not in program.replace("%%", ""), program
    return program.replace("%%", "%")


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
@pytest.mark.parametrize(
    "folder",
    [
        "Tom & Jerry",
        "R&D | tools & more",
        'it\'s "quoted" & $HOME `x`',
        "back\\slash & 100% done",
    ],
)
def test_desktop_integration_keeps_an_odd_folder_name(tmp_path: Path, folder: str) -> None:
    # The path was once pasted into a sed replacement, where & stands for the match.
    script = PACKAGING / "linux" / "install-desktop-integration.sh"
    home = tmp_path / folder
    home.mkdir()
    marker = tmp_path / "started"
    exe = home / "supple"
    exe.write_text(f"#!/bin/sh\necho started > '{marker}'\n", "utf-8")
    exe.chmod(0o755)
    prefix = tmp_path / "usr"
    result = subprocess.run(
        ["sh", str(script), "--prefix", str(prefix), "--exec", str(exe)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    desktop = prefix / "share" / "applications" / DESKTOP.name
    lines = desktop.read_text("utf-8").splitlines()
    [exec_line] = [line for line in lines if line.startswith("Exec=")]
    [try_line] = [line for line in lines if line.startswith("TryExec=")]
    assert _exec_path(exec_line) == str(exe)
    assert try_line.split("=", 1)[1].replace("\\\\", "\\") == str(exe)
    # Everything else is the shipped entry, line for line.
    shipped = DESKTOP.read_text("utf-8").splitlines()
    assert [line for line in lines if not line.startswith(("Exec=", "TryExec="))] == [
        line for line in shipped if not line.startswith(("Exec=", "TryExec="))
    ]
    check = subprocess.run([tool("desktop-file-validate"), str(desktop)], capture_output=True)
    assert check.returncode == 0 and b"error" not in check.stdout + check.stderr, check.stdout
    # A real launcher starts it. GLib looks the program up before it turns %% into %,
    # so a folder with % in it validates and decodes as above but gio cannot start it.
    gio = shutil.which("gio")
    if gio and "%" not in folder:
        launched = subprocess.run([gio, "launch", str(desktop)], capture_output=True, timeout=30)
        assert launched.returncode == 0, launched.stderr
        # gio returns once the program is spawned; wait (at most 10 s) for it to run.
        for _ in range(200):
            if marker.exists() and marker.read_text():
                break
            time.sleep(0.05)
        assert marker.read_text().strip() == "started"


def test_flatpak_manifest_names_the_app_and_builds_espeak_ng() -> None:
    text = (PACKAGING / "flatpak" / f"{APP_ID}.yml").read_text("utf-8")
    assert re.search(rf"^app-id: {re.escape(APP_ID)}$", text, re.M)
    assert re.search(r"^command: supple$", text, re.M)
    assert "name: espeak-ng" in text and "--share=network" not in text
    assert "UNTESTED" in text  # it has never been built; the file says so


def test_flatpak_manifest_lists_every_python_dependency_pinned() -> None:
    """The pip list (flatpak-pip-generator's command in the header) names each Linux
    dependency of pyproject.toml but PySide6 (the base app's), pinned, and cffi,
    which miniaudio is built with."""
    text = (PACKAGING / "flatpak" / f"{APP_ID}.yml").read_text("utf-8")
    command = re.search(r"flatpak-pip-generator (.*?)-o python3-requirements", text, re.S)
    assert command is not None
    pins = dict(re.findall(r"([A-Za-z0-9_.-]+)==([0-9][0-9.]*)", command.group(1)))
    project = _pyproject()["project"]
    linux = ("", "sys_platform == 'linux'", "sys_platform != 'win32'")
    wanted = {
        re.split(r"[<>=!;\s]", requirement, maxsplit=1)[0]
        for requirement in project["dependencies"]
        if requirement.partition(";")[2].strip() in linux and not requirement.startswith("PySide6")
    }
    assert wanted == {"pyttsx3", "platformdirs", "jeepney", "miniaudio"}
    assert wanted | {"cffi"} <= set(pins), pins
    module = re.search(r"# (.*): see step 1 above", text)
    assert module is not None and wanted | {"cffi"} <= set(module.group(1).split(", "))
