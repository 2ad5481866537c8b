"""The money pattern writes its shared pieces once.

The qualifier and "between"/"from" stand once before the branches, and the number once
for amounts with the currency before or after it, the currency before it tried first.
That finds the same matches as the pattern with every branch written out in that order
only because no qualifier word or opener starts a number, a currency or a subunit.
These tests compare the two patterns on every word of those tables, so a word added to
the lexicon that breaks this shows up here.

(The currency before the number comes first so that "a USD 5 million loan" is five
million dollars: tried after the currency after the number, the article read as a
number made it "a USD", one dollar.)

The reference is compiled by the ``regex`` module (version 1, with full case folding)
and writes the currency's group name twice, as the pattern did before the standard
library's ``re`` compiled it; so these tests also compare the two engines (as
``tests/test_anchoring.py`` does on the test corpora and generated text).
"""

from __future__ import annotations

import itertools

import pytest
import regex

from investparse import money
from investparse.lexicon import numerals as num_lex
from investparse.lexicon import qualifiers as q_lex

_M = money
#: the pattern with every branch written out in full: currency before the number,
#: currency after it, a Chinese subunit alone
_REFERENCE = regex.compile(
    _M._MONEY_STARTS
    + rf"(?:{_M._QB}?{_M._OPEN}?(?P<art>(?<![A-Za-z])(?i:an?)\s++)?(?P<cur>{_M._CUR_BEFORE}){_M._SP}{_M._N1}"
    rf"(?:{_M._CONN}(?:{_M._CUR_BEFORE}{_M._SP})?{_M._N2})?"
    rf"(?:{_M._SP}(?P<cur2>{_M._CUR_AFTER}))?(?:{_M._MINOR_TAIL})?+{_M._QA}?"
    rf"|{_M._QB}?{_M._OPEN}?{_M._N1}(?:{_M._CONN}(?:{_M._CUR_BEFORE}{_M._SP})?{_M._N2})?[\s-]?+"
    rf"(?P<cur>{_M._CUR_AFTER})(?:{_M._POST_SCALE}|{_M._MINOR_TAIL})?+{_M._QA}?"
    rf"|{_M._QB}?{_M._BARE}{_M._QA}?)",
    regex.VERSION1,
)

_QUALIFIERS = sorted({
    v
    for w in [*q_lex.BEFORE, *q_lex.BEFORE_MAGNITUDE, *money._OPEN_WORDS]
    for v in (w, w.upper(), w.title(), w + "了", w + " ")
})
_CURRENCIES = sorted({
    v for w in money._BEFORE for v in (w, w.upper(), w.lower(), "a " + w, "An " + w, w + " ")
})
# what may follow: amounts of every branch, and words that are none
_TAILS = [
    "28亿元", "亿元", "万元以上", " 5 million yuan", " $10-$20", "USD 12 million", "人民币50元", "两毛五",
    " a dollar", " an estimated $5", "1-2亿元", "between 1 and 2 dollars", " from 10 dollars to 20 dollars",
    "5元3角", "五元", " 3 and 14", "", " x", "签约", "5", " 5.5 million", " 10 and 20", "3 yuan",
    "a million euros",
]


def _as_reference(groups: dict[str, str | None]) -> dict[str, str | None]:
    """The groups of a MONEY match by the reference's names: it has one ``cur`` for the
    currency either side of the number."""
    out = dict(groups)
    before, after = out.pop("cur_before"), out.pop("cur_after")
    out["cur"] = before if before is not None else after
    return out


def _compare(text: str, positions: list[int]) -> None:
    pattern = money.MONEY.compiled
    for pos in positions:
        got, want = pattern.match(text, pos), _REFERENCE.match(text, pos)
        where = (text, pos)
        assert (got and got.span()) == (want and want.span()), where
        if got and want:
            assert _as_reference(got.groupdict()) == want.groupdict(), where


@pytest.mark.parametrize("lead", _QUALIFIERS)
def test_factored_qualifier_matches_like_one_per_branch(lead: str) -> None:
    for before, tail in itertools.product(["", "签", "x ", "5", "合"], _TAILS):
        text = before + lead + tail
        _compare(text, list(range(len(text) + 1)))


@pytest.mark.parametrize("lead", _CURRENCIES)
def test_one_number_for_both_currency_sides_matches_like_two_branches(lead: str) -> None:
    for before, tail in itertools.product(["", "x "], _TAILS):
        text = before + lead + tail
        _compare(text, [0, len(before), len(before) + 1, len(before) + len(lead)])


@pytest.mark.parametrize("digits", ["0", "1", "23", "007", "12345678", "1234567890", "99999999999"])
@pytest.mark.parametrize("units", ["万", "亿", "万亿", "亿亿", "萬", "億", "兆", "万万亿", "亿" * 8])
def test_magnitude_shortcut_agrees_with_the_general_reading(digits: str, units: str) -> None:
    text = digits + units
    got, want = money._magnitude_of(text), money._general_magnitude_of(text)
    assert (got, str(got)) == (want, str(want))


_SCALE_WORDS = sorted({
    w2 for w in [*num_lex.EN_SCALES, *num_lex.EN_SCALE_ABBREVIATIONS, *num_lex.EN_VALUE_ONLY_SCALES,
                 "hundred", "dozen", "yuan", "x"]
    for w2 in (w, w.lower(), w.upper(), w.title())
})


@pytest.mark.parametrize("digits", ["0", "1", "23", "007", "2.5", "1,000", "12345678901234567890123"])
@pytest.mark.parametrize("word", _SCALE_WORDS)
def test_magnitude_shortcut_for_scale_words_agrees_with_the_general_reading(digits: str, word: str) -> None:
    for text in (f"{digits} {word}", f"{digits}  {word}", f"{digits}-{word}"):
        got, want = money._magnitude_of(text), money._general_magnitude_of(text)
        assert (got, str(got)) == (want, str(want)), text



@pytest.mark.parametrize(("text", "want"), [
    ("The signed deals added up to 7 billion yuan.", ("7 billion yuan", "exact")),
    ("Its output went up to 2 billion yuan last year.", ("2 billion yuan", "exact")),
    ("The fund will invest up to 2 billion yuan.", ("up to 2 billion yuan", "at_most")),
])
def test_up_to_after_a_verb_is_part_of_the_verb(text: str, want: tuple[str, str]) -> None:
    import investparse

    doc = investparse.parse_document(text)
    m = next(m for m in doc.mentions if m.kind == "money")
    assert (m.text, m.value.qualifier) == want  # type: ignore[union-attr]
