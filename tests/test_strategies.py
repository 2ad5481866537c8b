"""Round trips through the public hypothesis strategies (issue 7).

Each strategy renders a value; the parser must read it back. The default profile runs
a bounded number of examples; ``--hypothesis-profile=long`` runs at least 20,000 per
strategy::

    pytest tests/test_strategies.py --hypothesis-profile=long

A failure found here is fixed in the parser and kept as an example in
``tests/corpus/``; it is never filtered out of the strategy.
"""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import investparse
from investparse import strategies as S

# ``long`` (tests/conftest.py) asks for more examples than the default; here it means
# at least 20,000 per strategy.
LONG = settings.default.max_examples >= 1000
EXAMPLES = max(20_000, settings.default.max_examples) if LONG else 150
deep = settings(max_examples=EXAMPLES)
shallow = settings(max_examples=EXAMPLES if LONG else 40)

REF = dt.date(2025, 3, 14)


def _decimals_equal(want: Any, got: Any) -> bool:
    """model_dump(mode="json") values compared with Decimal equality for decimal strings."""
    if isinstance(want, dict) and isinstance(got, dict):
        return want.keys() == got.keys() and all(_decimals_equal(want[k], got[k]) for k in want)
    if isinstance(want, str) and isinstance(got, str) and want != got:
        try:
            return Decimal(want) == Decimal(got)
        except ArithmeticError:
            return False
    return bool(want == got)


def assert_same(phrase: str, want: Any, got: Any) -> None:
    assert got is not None, f"{phrase!r}: want {want}, got None"
    assert _decimals_equal(want.model_dump(mode="json"), got.model_dump(mode="json")), (
        f"{phrase!r}: want {want}, got {got}"
    )


@deep
@given(S.amounts())
def test_amounts_round_trip(case: tuple[str, investparse.Money]) -> None:
    phrase, want = case
    assert_same(phrase, want, investparse.parse_amount(phrase))


@deep
@given(S.percents())
def test_percents_round_trip(case: tuple[str, investparse.Percent]) -> None:
    phrase, want = case
    assert_same(phrase, want, investparse.parse_percent(phrase))


@deep
@given(S.ranks())
def test_ranks_round_trip(case: tuple[str, investparse.Rank]) -> None:
    phrase, want = case
    assert_same(phrase, want, investparse.parse_rank(phrase))


@deep
@given(S.dates())
def test_dates_without_reference_round_trip(case: tuple[str, investparse.DateValue]) -> None:
    phrase, want = case
    assert_same(phrase, want, investparse.parse_date(phrase))


@deep
@given(st.data(), st.dates(min_value=dt.date(1995, 1, 1), max_value=dt.date(2035, 12, 31)))
def test_dates_with_reference_round_trip(data: st.DataObject, ref: dt.date) -> None:
    phrase, want = data.draw(S.dates(reference_date=ref))
    assert_same(phrase, want, investparse.parse_date(phrase, reference_date=ref))


@deep
@given(S.numbers())
def test_numbers_round_trip(case: tuple[str, Decimal]) -> None:
    phrase, want = case
    got = investparse.parse_number(phrase)
    assert got is not None and got == want, f"{phrase!r}: want {want}, got {got}"


def _check_document(doc: S.GeneratedDocument) -> None:
    parsed = investparse.parse_document(doc.text, reference_date=doc.reference_date)
    got = [(m.kind, m.start, m.end) for m in parsed.mentions]
    want = [(m.kind, m.start, m.end) for m in doc.mentions]
    assert got == want, f"{doc.text!r}:\n want {want}\n got  {got}\n {[m.text for m in parsed.mentions]}"
    for w, g in zip(doc.mentions, parsed.mentions, strict=True):
        assert g.text == w.text
        assert_same(w.text, w.value, g.value)


@shallow
@given(S.documents())
def test_documents_find_every_mention(doc: S.GeneratedDocument) -> None:
    _check_document(doc)


@shallow
@given(S.documents(reference_date=REF, max_mentions=4))
def test_documents_with_reference_date(doc: S.GeneratedDocument) -> None:
    _check_document(doc)


# ---------------------------------------------------------------- the strategies themselves

def test_options_are_checked() -> None:
    with pytest.raises(ValueError, match="CURRENCIES"):
        S.amounts(currencies=("XXX",))
    with pytest.raises(ValueError, match="languages"):
        S.percents(languages=("fr",))
    with pytest.raises(ValueError, match="qualifiers"):
        S.amounts(qualifiers=("roughly",))
    with pytest.raises(ValueError, match="kinds"):
        S.documents(kinds=("count",))


@settings(max_examples=30)
@given(S.amounts(languages=("en",), currencies=("EUR",), qualifiers=("exact",)))
def test_amount_options_narrow_the_draw(case: tuple[str, investparse.Money]) -> None:
    phrase, money = case
    assert money.currency == "EUR" and money.qualifier == "exact"
    assert not any("\u4e00" <= ch <= "\u9fff" for ch in phrase)


def test_every_currency_row_is_rendered() -> None:
    """A row added to the currency table is generated at once: no hand list in between."""
    from investparse.lexicon.currencies import CURRENCIES

    for row in CURRENCIES:
        assert S._currency_forms(row, "en") or S._currency_forms(row, "zh"), row.code


def test_import_without_hypothesis_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "hypothesis", None)
    monkeypatch.delitem(sys.modules, "investparse.strategies", raising=False)
    with pytest.raises(ImportError, match=r"investparse\[hypothesis\]"):
        importlib.import_module("investparse.strategies")
    monkeypatch.undo()
    importlib.import_module("investparse.strategies")


def test_investparse_does_not_import_hypothesis() -> None:
    import subprocess

    code = "import sys, investparse; investparse.parse_document('40亿元'); print('hypothesis' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
