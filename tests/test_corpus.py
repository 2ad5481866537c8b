"""One parametrised test over every example corpus in tests/corpus/.

Each example is checked twice: alone, through the single-phrase parser of its kind,
and embedded in a sentence, through ``parse_document`` (the same finder, at the
right offsets). Negatives must yield nothing; XFAILS are strict.
"""

from __future__ import annotations

import importlib
import pkgutil
from decimal import Decimal, InvalidOperation
from typing import Any

import pytest

import investparse
from tests import corpus
from tests.corpus import Example, Negative

PARSERS = {
    "money": lambda p, ref: investparse.parse_amount(p),
    "percent": lambda p, ref: investparse.parse_percent(p),
    "rank": lambda p, ref: investparse.parse_rank(p),
    "date": lambda p, ref: investparse.parse_date(p, reference_date=ref),
}


def _modules() -> list[Any]:
    mods = []
    for info in pkgutil.iter_modules(corpus.__path__):
        if not info.name.startswith("_"):
            mods.append(importlib.import_module(f"tests.corpus.{info.name}"))
    return mods


def _params(attr: str, xfail: bool = False) -> list[Any]:
    out = []
    for mod in _modules():
        for i, item in enumerate(getattr(mod, attr, [])):
            marks = [pytest.mark.xfail(strict=True, reason=item.reason)] if xfail else []
            name = mod.__name__.rsplit(".", 1)[1]
            out.append(pytest.param(mod.KIND, item, id=f"{name}-{i}-{item.phrase[:40]}", marks=marks))
    return out


def same(want: Any, got: Any) -> bool:
    if want is None or got is None:
        return want is None and got is None
    if isinstance(want, str) and isinstance(got, str):
        try:
            return Decimal(want) == Decimal(got)
        except InvalidOperation:
            return want == got
    return bool(want == got)


def agrees(expected: dict[str, Any], value: Any) -> bool:
    got = value.model_dump(mode="json") if value is not None else None
    return got is not None and all(same(v, got.get(k)) for k, v in expected.items())


def _sentence(phrase: str) -> tuple[str, str]:
    """A sentence of our own around the phrase: (prefix, suffix)."""
    if any("\u4e00" <= ch <= "\u9fff" for ch in phrase):
        return "据统计，", "，较往年有所变化。"
    return "According to the bulletin, ", ", officials said."


def check_example(kind: str, ex: Example) -> None:
    value = PARSERS[kind](ex.phrase, ex.reference_date)
    assert agrees(ex.value, value), f"{ex.phrase!r}: want {ex.value}, got {value}"
    if not ex.embed:
        return
    prefix, suffix = _sentence(ex.phrase)
    text = prefix + ex.phrase + suffix
    doc = investparse.parse_document(text, reference_date=ex.reference_date)
    lo, hi = len(prefix), len(prefix) + len(ex.phrase)
    inside = [m for m in doc.mentions if m.kind == kind and m.start < hi and m.end > lo]
    assert len(inside) == 1, f"{text!r}: want one {kind} mention in {ex.phrase!r}, got {inside}"
    m = inside[0]
    assert lo <= m.start and m.end <= hi and text[m.start:m.end] == m.text
    assert agrees(ex.value, m.value), f"{text!r}: want {ex.value}, got {m.value}"


@pytest.mark.parametrize(("kind", "example"), _params("EXAMPLES"))
def test_example(kind: str, example: Example) -> None:
    check_example(kind, example)


@pytest.mark.parametrize(("kind", "example"), _params("XFAILS", xfail=True))
def test_known_failure(kind: str, example: Example) -> None:
    check_example(kind, example)


@pytest.mark.parametrize(("kind", "negative"), _params("NEGATIVES"))
def test_negative(kind: str, negative: Negative) -> None:
    assert PARSERS[kind](negative.phrase, negative.reference_date) is None
    doc = investparse.parse_document(negative.phrase, reference_date=negative.reference_date)
    found = [m for m in doc.mentions if m.kind == kind]
    assert not found, f"{negative.phrase!r}: want no {kind}, got {found}"
