"""Cheap packaging checks; the build, twine check and wheel install run in .ci/run."""

from __future__ import annotations

import contextlib
import io
import re
from pathlib import Path

import pytest

import investparse
from investparse import _version, cli

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parent.parent


def test_version_defined_once_and_printed() -> None:
    assert re.fullmatch(r"\d+\.\d+\.\d+(?:[-.\w]*)", _version.__version__)
    assert investparse.__version__ == _version.__version__
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" in pyproject["project"]["dynamic"]
    assert pyproject["tool"]["setuptools"]["dynamic"]["version"]["attr"] == "investparse._version.__version__"
    out = io.StringIO()
    with contextlib.redirect_stdout(out), pytest.raises(SystemExit) as exc:
        cli.main(["--version"])
    assert exc.value.code == 0
    assert out.getvalue().strip() == f"investparse {_version.__version__}"


def test_sdist_manifest_includes_docs_tests_examples() -> None:
    manifest = (ROOT / "MANIFEST.in").read_text(encoding="utf-8")
    for line in ("graft docs", "graft tests", "graft examples"):
        assert line in manifest
    assert "CHANGELOG.md" in manifest and "LICENSE" in manifest


def test_extras_declared() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    extras = pyproject["project"]["optional-dependencies"]
    assert any(r.startswith("spacy") for r in extras["spacy"])
    assert any(r.startswith("mkdocs") for r in extras["docs"])


def test_public_names_load_on_first_use() -> None:
    import subprocess
    import sys

    code = (
        "import sys, investparse\n"
        "assert 'investparse.money' not in sys.modules, 'import investparse built the pattern tables'\n"
        "from investparse import parse_document\n"
        "assert 'investparse.money' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    for name in investparse.__all__:
        assert getattr(investparse, name) is not None
        assert name in dir(investparse)
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        investparse.nope  # noqa: B018
