"""supple.session's names, loaded from their modules on first use (PEP 562)."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

import supple.session


@pytest.mark.parametrize("name", supple.session.__all__)
def test_every_name_is_the_one_its_module_defines(name: str) -> None:
    module = importlib.import_module(f"supple.session.{supple.session._NAMES[name]}")
    assert getattr(supple.session, name) is vars(module)[name]
    assert name in dir(supple.session)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Nope'"):
        supple.session.Nope  # noqa: B018


def test_a_name_loads_its_own_module_and_not_the_player() -> None:
    code = (
        "import sys\nfrom supple.session import estimated_seconds\n"
        "print('supple.session.estimate' in sys.modules, 'supple.session.player' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["True", "False"]
