"""Zoned patterns find exactly what the same pattern finds over the whole text.

A finder tries its big pattern only in the zones of its anchors (``investparse.zones``).
This proves, for every zoned pattern, that on the test corpora, the benchmark corpora and
generated lexicon soup (and their normalised forms), ``zones.finditer`` yields the same
matches as the pattern's own ``finditer`` (and ``overlapped=True`` where the finder uses it),
and ``zones.search`` finds what ``search`` finds from every position a match starts at.
"""

from __future__ import annotations

import itertools
import random
from typing import Any

import pytest
import regex

from investparse import date_atoms, money, percent, rank, zones
from investparse._patterns import Lazy, StdLazy
from investparse.normalize import normalize

from .test_anchoring import _corpus_texts, _generated

#: (name, pattern, zoner, overlapped): every pattern a finder tries only in its zones
ZONED: list[tuple[str, Lazy | StdLazy, zones.Zoner | zones.Both | zones.Hits, bool]] = [
    ("money.MONEY", money.MONEY, money._ZONER, False),
    *((f"percent.{name}", pattern, zoner, overlapped) for name, pattern, zoner, overlapped in percent.ZONED),
    *date_atoms.ZONED,
    *rank.ZONED,
]


@pytest.fixture(autouse=True)
def zone_every_text(monkeypatch: pytest.MonkeyPatch) -> None:
    """Zones for short texts too (the finders search a short text whole)."""
    monkeypatch.setattr(zones, "SHORT", 0)


@pytest.fixture(scope="module")
def texts() -> list[str]:
    raw = [*_corpus_texts(), *_generated(400, seed=21)]
    return [*raw, *(normalize(t).text for t in raw)]


def _spans(matches: Any) -> list[tuple[Any, ...]]:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize(("name", "pattern", "zoner", "overlapped"), ZONED, ids=[z[0] for z in ZONED])
def test_zoned_finditer_matches_full_scan(
    name: str, pattern: Lazy | StdLazy, zoner: zones.Zoner | zones.Both, overlapped: bool, texts: list[str]
) -> None:
    for text in texts:
        where = zoner.zones(text)
        full = _spans(pattern.finditer(text, overlapped=overlapped))
        assert _spans(zones.finditer(pattern, text, where, overlapped=overlapped)) == full, (name, text[:200])


@pytest.mark.parametrize(("name", "pattern", "zoner", "overlapped"), ZONED, ids=[z[0] for z in ZONED])
def test_zoned_search_matches_search(
    name: str, pattern: Lazy | StdLazy, zoner: zones.Zoner | zones.Both, overlapped: bool, texts: list[str]
) -> None:
    for text in texts[:40]:
        where = zoner.zones(text)
        starts = sorted({m.start() for m in pattern.finditer(text, overlapped=True)} | {0, len(text) // 2})
        for pos in starts:
            want, got = pattern.search(text, pos), zones.search(pattern, text, where, pos)
            assert (want and (want.span(), want.groups())) == (got and (got.span(), got.groups())), name


def test_zones_are_sorted_and_disjoint(texts: list[str]) -> None:
    for _, _, zoner, _ in ZONED:
        for text in texts[:50]:
            where = zoner.zones(text) or []
            assert all(lo <= hi for lo, hi in where)
            assert all(a[1] + 1 < b[0] for a, b in itertools.pairwise(where))


def test_adversarial_text_zones_stay_linear() -> None:
    # every position an anchor: the zones are the whole text, each position tried once
    text = "$1" * 5000
    where = money._ZONER.zones(text)
    assert where is not None and sum(hi - lo + 1 for lo, hi in where) <= len(text)
    assert regex.fullmatch(r"(?:\$1)+", text)


def test_lead_reaches_back_only_to_a_lead_word() -> None:
    zoner = zones.Zoner(
        anchor=zones.anchors(["元"]), reach=zones.reach_pattern("0123456789"), lead=(3, 12),
        lead_words=zones.anchors([], bounded=["about"]),
    )
    pad = "x" * 90
    assert zoner.zones(pad + "sold about 5元") == [(95, 102)]  # from "about"
    assert zoner.zones(pad + "sold for 55元") == [(98, 101)]  # from the reach: no lead word
    assert zoner.zones(pad + "售价约5元") == [(93, 94)]  # from the reach: no lead word
    chinese = zones.Zoner(
        anchor=zones.anchors(["元"]), reach=zones.reach_pattern("0123456789"), lead=(3, 12),
        lead_words=zones.anchors(["约"], bounded=["about"]),
    )
    assert chinese.zones(pad + "售价约5元") == [(92, 94)]  # from 约
    assert chinese.zones(pad + "售价为5元") == [(93, 94)]
    assert chinese.zones(pad + "亿元, about 5元") == [(91, 91), (94, 101)]  # from "about", not the Han
    # a character case folding reads as two letters may hide a lead word: the whole lead
    assert zoner.zones(pad + "ﬁ sold for 55元") == [(88, 103)]


_PREFIXES = ["", "It signed ", "China ", "a ", "Data: ", "约", "总投资", "worth about ", "between ", "from ",
             "up to ", "more than  ", "an estimated ", "不超过", "亿元, about ", "增长约 ", "上", "过",
             "超过约", "约 about ", "投资了", "约 between ", "近 from "]
_ARTICLES = ["", "a ", "an ", "A ", "An  "]
_CURRENCIES = ["$", "US$", "RMB ", "USD ", "HK$", "€", "人民币", "dollar", "yuan "]
_NUMBERS = ["5", "4.7 billion", "3-4 million", "one", "twenty five", "10 to 20", "五十", "3亿"]
_AFTER = ["", " yuan", " dollars", "元", " million", "亿元"]


def test_money_zones_with_lead_words_find_what_a_full_scan_finds() -> None:
    # an article, a qualifier and "between" before the amount: the lead reaches each
    rng = random.Random(5)
    parts = (_PREFIXES, _ARTICLES, _CURRENCIES, _NUMBERS, _AFTER)
    for _ in range(3000):
        p, a, c, x, q = (rng.choice(options) for options in parts)
        for text in (f"{p}{a}{c}{x}{q} in 2024.", f"{p}{a}{x}{q}{c} in 2024.", f"{p}{a}{x} {c}{q}."):
            full = [m.span() for m in money.MONEY.compiled.finditer(text)]
            zoned = zones.finditer(money.MONEY, text, money._ZONER.zones(text))
            assert [m.span() for m in zoned] == full, text


_PCT_PREFIXES = ["", "It rose ", "China ", "a ", "Data: ", "约", "增长", "by about ", "between ", "from ",
                 "up to ", "more than  ", "an estimated ", "不超过", "nearly", "minus ", "negative ",
                 "亿元, up ", "约 ", "增长近", "超过约", "5亿元, up by about ", "下降了"]
_PCT_SIGNS = ["", "-", "+", "负", "minus "]
_PCT_NUMBERS = ["5", "18.3", "one", "twenty five", "五十", "3成", "百分之五", "doubled", "1/2"]
_PCT_UNITS = ["%", " percent", " percentage points", "个百分点", " pct", " bps", "", "倍"]
_PCT_JOINS = ["", " to 10%", "-20%", " and 7 percent", "至30%", " to twenty percent", " ~ -3 %",
              "到 40 个百分点", "-", " to", "至负5%"]


def test_percent_zones_with_lead_words_find_what_a_full_scan_finds() -> None:
    # a qualifier, "between" and a sign before the figure: the lead reaches each
    rng = random.Random(6)
    parts = (_PCT_PREFIXES, _PCT_SIGNS, _PCT_NUMBERS, _PCT_UNITS, _PCT_JOINS)
    for _ in range(3000):
        p, g, x, u, j = (rng.choice(options) for options in parts)
        for text in (f"{p}{g}{x}{u}{j} in 2024.", f"Exports {p}{g}{x}{u}{j}, and {p}{x}{u}."):
            for name, pattern, zoner, overlapped in percent.ZONED:
                full = [m.span() for m in pattern.finditer(text, overlapped=overlapped)]
                zoned = zones.finditer(pattern, text, zoner.zones(text), overlapped=overlapped)
                assert [m.span() for m in zoned] == full, (name, text)


def test_bounded_words_match_as_behind_a_look_behind() -> None:
    # the literal-first form finds what (?<![a-z])(?:words) finds, on words run together
    import re

    from investparse._patterns import alt

    rng = random.Random(11)
    words = ["a", "an", "about", "and", "to", "top", "u.s.", "us$", "per cent", "percent", "points",
             "more than", "mo", "x", "bps", "b", "$"]
    fillers = [" ", "", "x", "s", "1", "约", ".", "-", "  ", "\n"]
    for _ in range(2000):
        chosen = set(rng.sample(words, rng.randint(1, 6)))
        text = "".join(rng.choice([*words, *fillers]) for _ in range(rng.randint(1, 20)))
        old = [m.span() for m in re.finditer(f"(?<![a-z])(?:{alt(chosen)})", text)]
        new = [m.span() for m in re.finditer(zones._bounded_alt(chosen), text)]
        assert new == old, (chosen, text)


def _reaches() -> list[zones.Reach]:
    found: dict[int, zones.Reach] = {}
    for _, _, zoner, _ in ZONED:
        for z in (zoner.first, zoner.second) if isinstance(zoner, zones.Both) else (zoner,):
            if isinstance(getattr(z, "reach", None), zones.Reach):
                found[id(z.reach)] = z.reach
    return list(found.values())


def test_reach_walks_back_as_its_pattern_does(texts: list[str]) -> None:
    # Reach.back walks the class's plain characters itself and asks the pattern only where
    # it must: at every end, from several floors, it must say what the pattern says
    rng = random.Random(12)
    odd = ["٣", "５", "\u3000", "\x1c", "\xa0", "ſ", "K", "ß", "ﬁ", "İ", "人民币", "Billion", "MILLION",
           "thousandſ", "亿", "万", "至", "to", " ", "\t", "\n", "5", ",", "元", "x", "的"]
    made = ["".join(rng.choice(odd) for _ in range(rng.randint(1, 25))) for _ in range(400)]
    reaches = _reaches()
    assert len(reaches) >= 3
    for text in [*texts[:20], *made]:
        for reach in reaches:
            for end in range(0, len(text) + 1, 1 if len(text) < 200 else 7):
                for floor in {0, max(0, end - 3), end}:
                    m = reach.match(text, floor, end)
                    assert reach.back(text, floor, end) == (end if m is None else m.start()), (text, end)


@pytest.mark.parametrize("cls", [Lazy, StdLazy])
def test_a_pattern_with_no_zone_to_try_is_not_compiled(cls: type[Lazy] | type[StdLazy]) -> None:
    """Where no zone is left, nothing is tried and the pattern stays uncompiled: a Chinese
    report never compiles the English rank patterns (the largest takes a third of a second)."""
    pattern = cls(r"(?<![A-Za-z])ranked\s++\d++", guard=r"(?=r)")
    text = "全市排名第三，ranked 3"
    assert list(zones.finditer(pattern, text, [])) == []
    assert zones.search(pattern, text, [], 0) is None
    assert zones.search(pattern, text, [(0, 3)], 5) is None  # (every zone ends before pos)
    assert (pattern._compiled, pattern._body, pattern._guard) == (None, None, None)
    # (a zone that holds the match: compiled, and found)
    assert [m.group() for m in zones.finditer(pattern, text, [(7, 8)])] == ["ranked 3"]
    assert pattern._guard is not None and (pattern._compiled or pattern._body) is not None


def _change_before_whole(text: str, start: int) -> tuple[str | None, int]:
    """``percent._change_before`` read with the whole pattern (its reference)."""
    m = percent._CHANGE_BEFORE.search(text, max(0, start - percent._WINDOW), start)
    if m is None:
        return None, -1
    if m.group("zh"):
        return percent._ZH_CHANGE[m.group("zh")], m.start()
    if m.group("en"):
        return percent._EN_CHANGE.get(percent._WS.sub(" ", m.group("en").lower())), m.start()
    return None, m.start()


def test_change_words_before_a_figure_read_by_one_half_match_the_whole_pattern() -> None:
    """``_change_before`` tries only the half (Chinese or English) the character before the
    figure allows: it must find what the whole pattern finds, before every digit of the
    test corpora and of generated text."""
    texts = [*_corpus_texts(), *_generated(300, seed=11)]
    for text in texts:
        for m in regex.finditer(r"\d", text):
            p = m.start()
            assert percent._change_before(text, p) == _change_before_whole(text, p), text[max(0, p - 40):p]
