"""Every code example in docs/*.md runs as a test.

- A ```python block written in ``>>>`` form is a doctest; any other ```python block is
  executed. The blocks of one page run in order in one namespace, in a fresh temporary
  working directory, so a page can write a file in one block and read it in the next.
- Each ``investparse ...`` line of a ```bash block must be accepted by the CLI's
  argument parser (the documented options exist).
- The walkthrough runs end to end: its own report, through ``investparse.cli.main``,
  into a CSV that is read back.
- The nav of mkdocs.yml names only pages that exist, and every page is in the nav.

Two conventions for page authors, both invisible in the rendered site:

- a ```python block inside an HTML comment (``<!-- ... -->``) still runs: use it for
  setup a reader does not need to see (sample ``texts``, a file to read);
- ``<!-- docs-test: skip REASON -->`` on the line right before a fence skips that one
  block (for what cannot run in a test: a cluster, a remote path). The reason is
  required. Prefer guarding optional imports (``try: import pandas``) to skipping.
"""

from __future__ import annotations

import doctest
import re
import shlex
from pathlib import Path
from typing import Any

import pytest

from investparse import cli

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
FENCE = re.compile(r"^```(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^```\s*$", re.MULTILINE | re.DOTALL)
SKIP = re.compile(r"<!--\s*docs-test:\s*skip\b(?P<reason>[^>]*?)-->\s*$")
PAGES = sorted(DOCS.glob("*.md"))


def blocks(page: Path, lang: str) -> list[tuple[int, str]]:
    """The fenced blocks of ``lang`` in a page: (line number, body), skipped blocks left out."""
    text = page.read_text(encoding="utf-8")
    out = []
    for m in FENCE.finditer(text):
        if m.group("lang") != lang:
            continue
        line = text.count("\n", 0, m.start()) + 1
        skip = SKIP.search(text[: m.start()].rstrip("\n"))
        if skip:
            assert skip.group("reason").strip(), f"{page.name}:{line}: docs-test: skip needs a reason"
            continue
        out.append((line, m.group("body")))
    return out


def run_python_blocks(page: Path, namespace: dict[str, Any]) -> int:
    """Run a page's python blocks in order; returns how many ran. Fails on the first error."""
    parser = doctest.DocTestParser()
    flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
    count = 0
    for line, body in blocks(page, "python"):
        name = f"{page.name}:{line}"
        if re.search(r"^\s*>>>", body, re.MULTILINE):
            test = parser.get_doctest(body, namespace, name, str(page), line)
            runner = doctest.DocTestRunner(optionflags=flags)
            runner.run(test, clear_globs=False)
            result = runner.summarize(verbose=False)
            namespace.update(test.globs)  # DocTest works on a copy: carry names to the next block
            assert result.failed == 0, f"{name}: {result.failed} doctest example(s) failed (see output)"
        else:
            exec(compile(body, name, "exec"), namespace)
        count += 1
    return count


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_python_examples(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": f"docs_{page.stem}"}
    run_python_blocks(page, namespace)


def _command_args(line: str) -> list[str] | None:
    line = line.strip().removeprefix("$ ").strip()
    if not line.startswith("investparse ") and line != "investparse":
        return None
    words = shlex.split(line, comments=True)
    args: list[str] = []
    for w in words[1:]:
        if w in (">", "|", "<", "2>", "&&", ";"):
            break
        args.append(w)
    return args


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_cli_lines_parse(page: Path) -> None:
    for line_no, body in blocks(page, "bash"):
        for line in body.splitlines():
            args = _command_args(line)
            if args is None:
                continue
            try:
                cli._parser().parse_args(args)
            except SystemExit as exc:  # --help and --version exit 0
                assert exc.code == 0, f"{page.name}:{line_no}: the CLI rejects {line.strip()!r}"


def test_walkthrough_end_to_end(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"__name__": "docs_walkthrough"}
    assert run_python_blocks(DOCS / "walkthrough.md", namespace) >= 3
    report = tmp_path / "my_report.txt"
    table = tmp_path / "records.csv"
    assert report.exists() and table.exists(), "the walkthrough writes my_report.txt and records.csv"
    rows = namespace["rows"]
    assert rows and all(r["currency"] for r in rows)
    assert {r["file"] for r in rows} == {"my_report.txt"}
    # the CSV the walkthrough made is the one the CLI makes now
    import io

    out = io.StringIO()
    assert cli.main(["parse", "--format", "csv", "my_report.txt"], out=out, err=io.StringIO()) == 0
    assert out.getvalue().replace("\r\n", "\n") == table.read_text(encoding="utf-8").replace("\r\n", "\n")


def _nav_pages() -> list[str]:
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    nav = text.split("\nnav:", 1)[1]
    return re.findall(r":\s*([\w./-]+\.md)\s*$", nav, re.MULTILINE)


def test_nav_and_pages_agree() -> None:
    nav = _nav_pages()
    mine = ["index.md", "getting-started.md", "walkthrough.md", "records.md", "json.md", "cli.md",
            "cookbook.md", "extending.md", "limitations.md"]
    for page in mine:
        assert page in nav and (DOCS / page).exists(), page
    on_disk = {p.name for p in PAGES}
    assert on_disk <= set(nav), f"pages missing from the nav: {sorted(on_disk - set(nav))}"


def test_schema_hook_matches_cli() -> None:
    """The schema the docs build publishes is the one ``investparse schema`` prints."""
    import importlib.util
    import io
    import json

    spec = importlib.util.spec_from_file_location("schema_hook", DOCS / "_hooks" / "schema.py")
    assert spec and spec.loader
    hook = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(hook)
    out = io.StringIO()
    assert cli.main(["schema"], out=out) == 0
    assert json.loads(hook.schema_text()) == json.loads(out.getvalue())
