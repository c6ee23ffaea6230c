"""Every path Supple reads or writes, resolved in one place.

Per-user files (settings, user routines, the history database) live in the
platform's usual folders, found with platformdirs. Setting the environment
variable ``SUPPLE_HOME`` puts *all* of them under that one folder instead:
tests always do this, and so can a portable install.

Bundled, read-only data (routines and assets) is found inside the installed
package (``supple/_data``) or, in a source checkout, at the top of the
repository.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "Supple"
HOME_ENV = "SUPPLE_HOME"

_PACKAGE_DIR = Path(__file__).resolve().parent


def portable_home() -> Path | None:
    """The folder named by SUPPLE_HOME, or None when it is not set."""
    value = os.environ.get(HOME_ENV, "").strip()
    if not value:
        return None
    return Path(value).expanduser().absolute()


def data_dir() -> Path:
    """Where user routines and the history database live."""
    home = portable_home()
    if home is not None:
        return home
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=True))


def config_dir() -> Path:
    """Where the settings file lives."""
    home = portable_home()
    if home is not None:
        return home
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True))


def cache_dir() -> Path:
    """Where things that can be rebuilt are kept (measured speech lengths, drawn poses)."""
    home = portable_home()
    if home is not None:
        return home / "cache"
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """Where the app's log and crash reports are written (``SUPPLE_HOME/logs`` if set)."""
    home = portable_home()
    if home is not None:
        return home / "logs"
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def user_routines_dir() -> Path:
    return data_dir() / "routines"


def history_db_path() -> Path:
    return data_dir() / "history.sqlite3"


def settings_path() -> Path:
    return config_dir() / "settings.json"


def _bundled(name: str) -> Path:
    installed = _PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    # Source checkout: app/supple/paths.py -> repository root.
    return _PACKAGE_DIR.parent.parent / name


def bundled_routines_dir() -> Path:
    return _bundled("routines")


def assets_dir() -> Path:
    return _bundled("assets")


def poses_dir() -> Path:
    return assets_dir() / "poses"


def ensure_dir(path: Path) -> Path:
    """Create a per-user folder (and its parents) if needed; return it."""
    path.mkdir(parents=True, exist_ok=True)
    return path
