"""Anchored patterns find exactly what the unanchored ones find.

Some finder patterns start with a cheap lookahead (``_patterns.starts``) built from the
lexicon tables they are made of: the characters a match can start with. It only lets
the engine skip positions; this proves, for every such pattern, that at every position
of the test corpora and of generated text the anchored pattern matches exactly where and
what the plain one (``Lazy.body``) matches (``overlapped=True`` tries every start).
"""

from __future__ import annotations

import importlib
import pkgutil
import random
import sys
from pathlib import Path
from typing import Any

import pytest
import regex

import investparse.lexicon as lexicon_pkg
from investparse import date_atoms, dates, money, numerals, percent, rank
from investparse._patterns import Lazy, StdLazy, _fold_variants
from investparse.normalize import normalize

ROOT = Path(__file__).resolve().parent.parent
MODULES = (money, percent, rank, dates, numerals)


def _anchored() -> list[tuple[str, Lazy | StdLazy]]:
    out = []
    for mod in MODULES:
        for name, value in vars(mod).items():
            if isinstance(value, (Lazy, StdLazy)) and value.guard:
                out.append((f"{mod.__name__}.{name}", value))
    for pattern, handler in date_atoms._PATTERNS:
        if pattern.guard:
            out.append((f"{date_atoms.__name__}.{handler.__name__}", pattern))
    return out


def _lexicon_tokens() -> list[str]:
    tokens: set[str] = set()

    def walk(obj: Any, depth: int = 0) -> None:
        if depth > 4:
            return
        if isinstance(obj, str):
            if 0 < len(obj) < 24:
                tokens.add(obj)
        elif isinstance(obj, dict):
            for k, v in obj.items():
                walk(k, depth + 1)
                walk(v, depth + 1)
        elif isinstance(obj, (list, tuple, set, frozenset)):
            for v in obj:
                walk(v, depth + 1)
        elif hasattr(obj, "__dataclass_fields__"):
            for f in obj.__dataclass_fields__:
                walk(getattr(obj, f), depth + 1)

    for info in pkgutil.iter_modules(lexicon_pkg.__path__):
        mod = importlib.import_module(f"{lexicon_pkg.__name__}.{info.name}")
        for name, value in vars(mod).items():
            if name.isupper():
                walk(value)
    return sorted(tokens)


def _generated(count: int, seed: int) -> list[str]:
    """Lexicon words, their case variants, numbers, signs and odd characters, run together."""
    rng = random.Random(seed)
    words = _lexicon_tokens()
    extra = [*"0123456789.,%-+~ 　\n年月日第名两零$¥€£()（）", *_fold_variants(),
             "2024", "12.5", "3,815", " and ", " to ", "between ", "from ", "x", "Data", "ﬁve "]
    out = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(2, 30)):
            w = rng.choice(words) if rng.random() < 0.6 else rng.choice(extra)
            r = rng.random()
            w = w.upper() if r < 0.1 else w.title() if r < 0.2 else w
            parts.append(w + (" " if rng.random() < 0.3 else ""))
        out.append("".join(parts))
    return out


def _corpus_texts() -> list[str]:
    texts = [(ROOT / "examples" / "sample_report.txt").read_text(encoding="utf-8")]
    phrases = []
    for info in pkgutil.iter_modules([str(ROOT / "tests" / "corpus")]):
        mod = importlib.import_module(f"tests.corpus.{info.name}")
        for e in [*getattr(mod, "EXAMPLES", []), *getattr(mod, "NEGATIVES", []), *getattr(mod, "XFAILS", [])]:
            phrases.append(e.phrase)
    texts.append("\n".join(phrases))
    texts.append(" ".join(phrases))
    texts.append("".join(phrases))
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        from corpus import make_corpus
        texts.extend(make_corpus(lang, 20_000, seed=5) for lang in ("zh", "en", "mixed"))
    finally:
        sys.path.remove(str(ROOT / "benchmarks"))
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    raw = [*_corpus_texts(), *_generated(400, seed=9)]
    return [*raw, *(normalize(t).text for t in raw)]


def _all_matches(pattern: Lazy | StdLazy, text: str) -> list[tuple[Any, ...]]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, overlapped=True)]


def test_there_are_anchored_patterns() -> None:
    names = [n for n, _ in _anchored()]
    assert "investparse.money.MONEY" in names and "investparse.percent.SINGLE" in names


@pytest.mark.parametrize(("name", "lazy"), _anchored(), ids=[n for n, _ in _anchored()])
def test_anchored_matches_plain(name: str, lazy: Lazy | StdLazy, texts: list[str]) -> None:
    plain = type(lazy)(lazy.body, lazy.flags)  # (compiled by the same engine)
    for text in texts:
        assert _all_matches(lazy, text) == _all_matches(plain, text), (name, text[:200])


def _std() -> list[tuple[str, StdLazy]]:
    return [(f"{mod.__name__}.{name}", value) for mod in MODULES for name, value in vars(mod).items()
            if isinstance(value, StdLazy)]


def test_there_are_std_patterns() -> None:
    names = {n for n, _ in _std()}
    assert {"investparse.money.MONEY", "investparse.percent.SINGLE", "investparse.percent.RANGE"} <= names


@pytest.mark.parametrize(("name", "lazy"), _std(), ids=[n for n, _ in _std()])
def test_std_pattern_matches_like_regex(name: str, lazy: StdLazy, texts: list[str]) -> None:
    # a pattern the standard library's re compiles finds what the regex module (version
    # 0: case folded one character at a time, as re does) finds with the same pattern
    other = regex.compile(lazy.pattern, lazy.flags)
    for text in texts:
        want = [(m.span(), m.groups()) for m in other.finditer(text, overlapped=True)]
        assert _all_matches(lazy, text) == want, (name, text[:200])
