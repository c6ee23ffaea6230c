"""The installed version of Supple, read from the package metadata.

The metadata file is read directly (the first ``supple-*.dist-info`` on
``sys.path``, as importlib.metadata would find it): importing
importlib.metadata pulls in the email package and costs about 20 ms of every
start. importlib.metadata remains the fallback.
"""

from __future__ import annotations

import os
import sys


def _from_dist_info() -> str | None:
    for entry in sys.path:
        try:
            with os.scandir(entry or ".") as found:
                names = sorted(
                    e.name
                    for e in found
                    if e.name.startswith("supple-") and e.name.endswith(".dist-info")
                )
        except OSError:
            continue
        for name in names:
            try:
                with open(os.path.join(entry or ".", name, "METADATA"), encoding="utf-8") as meta:
                    for line in meta:
                        if line.startswith("Version:"):
                            return line.split(":", 1)[1].strip()
                        if not line.strip():
                            break  # the headers ended without a version
            except OSError:
                continue
    return None


def _read_version() -> str:
    found = _from_dist_info()
    if found:
        return found
    from importlib import metadata

    try:
        return metadata.version("supple")
    except metadata.PackageNotFoundError:  # running from a bare source tree
        return "0.0.0+source"


__version__ = _read_version()
