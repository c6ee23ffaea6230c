"""The installed version of Supple, read from the package metadata."""

from importlib import metadata


def _read_version() -> str:
    try:
        return metadata.version("supple")
    except metadata.PackageNotFoundError:  # running from a bare source tree
        return "0.0.0+source"


__version__ = _read_version()
