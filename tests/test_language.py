"""Language detection counts Han characters and English words as the plain patterns do."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from investparse import language

_PIECES = ["投资", "亿", "元", "ab", "a", "Yuan", " ", "5", "é", "ﬁ", "\n", "㐀", "〇"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=30).map("".join))
def test_counts_are_those_of_the_plain_patterns(text: str) -> None:
    han = len(regex.findall(r"\p{Han}", text))
    words = len(regex.findall(r"[A-Za-z]{2,}", text))
    assert sum(map(len, language._HAN_RUN.findall(text))) == han
    assert len(language._LATIN_WORD.findall(text)) == words
