"""The money pattern reads its qualifier and "between"/"from" once, before its branches.

That is the same pattern as one whose every branch starts with its own optional
qualifier (and opener) only because no qualifier word or opener can start a number, a
currency or a subunit. These tests compare the two on every word of the tables, so a
word added to the lexicon that breaks this shows up here.
"""

from __future__ import annotations

import itertools

import pytest
import regex

from investparse import money
from investparse.lexicon import qualifiers as q_lex

# the pattern as it was written before the qualifier was factored out of its branches
_M = money
_REFERENCE = regex.compile(
    _M._MONEY_STARTS
    + rf"(?:{_M._QB}?{_M._OPEN}?{_M._N1}(?:{_M._CONN}(?:{_M._CUR_BEFORE}{_M._SP})?{_M._N2})?[\s-]?+"
    rf"(?P<cur>{_M._CUR_AFTER})(?:{_M._POST_SCALE}|{_M._MINOR_TAIL})?+{_M._QA}?"
    rf"|{_M._QB}?{_M._OPEN}?(?P<art>(?<![A-Za-z])(?i:an?)\s++)?(?P<cur>{_M._CUR_BEFORE}){_M._SP}{_M._N1}"
    rf"(?:{_M._CONN}(?:{_M._CUR_BEFORE}{_M._SP})?{_M._N2})?"
    rf"(?:{_M._SP}(?P<cur2>{_M._CUR_AFTER}))?(?:{_M._MINOR_TAIL})?+{_M._QA}?"
    rf"|{_M._QB}?{_M._BARE}{_M._QA}?)",
    regex.VERSION1,
)

_LEADS = sorted({
    w2
    for w in [*q_lex.BEFORE, *q_lex.BEFORE_MAGNITUDE, *money._OPEN_WORDS]
    for w2 in (w, w.upper(), w.title(), w + "了", w + " ")
})
# what may follow a qualifier: amounts of every branch, and words that are none
_TAILS = [
    "28亿元", "亿元", "万元以上", " 5 million yuan", " $10-$20", "USD 12 million", "人民币50元", "两毛五",
    " a dollar", " an estimated $5", "1-2亿元", "between 1 and 2 dollars", " from 10 dollars to 20 dollars",
    "5元3角", "五元", " 3 and 14", "", " x", "签约",
]
_BEFORE = ["", "签", "x ", "5", "合"]


@pytest.mark.parametrize("lead", _LEADS)
def test_factored_qualifier_matches_like_one_per_branch(lead: str) -> None:
    pattern = money.MONEY.compiled
    for before, tail in itertools.product(_BEFORE, _TAILS):
        text = before + lead + tail
        for pos in range(len(text) + 1):
            got, want = pattern.match(text, pos), _REFERENCE.match(text, pos)
            where = (text, pos)
            assert (got and got.span()) == (want and want.span()), where
            if got and want:
                assert got.groupdict() == want.groupdict(), where
