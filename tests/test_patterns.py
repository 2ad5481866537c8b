"""``_patterns.alt`` builds a trie; it must match exactly what the flat longest-first
alternation matches, for every lexicon table, with and without case folding."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator

import pytest
import regex

import investparse.lexicon as lexicon_pkg
from investparse._patterns import (
    _FOLD_PAIRS,
    _flat_alt,
    _fold_pairs_computed,
    _fold_variants,
    _fold_variants_computed,
    alt,
    behind,
    ending_alt,
)
from investparse.lexicon import text as text_lex

_LIGATURES = {"fi": "ﬁ", "fl": "ﬂ", "ff": "ﬀ", "ss": "ß", "st": "ﬆ", "ffi": "ﬃ"}


def _tables() -> Iterator[tuple[str, list[str]]]:
    for info in pkgutil.iter_modules(lexicon_pkg.__path__):
        mod = importlib.import_module(f"investparse.lexicon.{info.name}")
        for name, value in vars(mod).items():
            if name.startswith("__"):
                continue
            words: list[str] = []
            if isinstance(value, (list, tuple, set, frozenset)):
                words = [w for w in value if isinstance(w, str)]
            elif isinstance(value, dict):
                words = [w for w in value if isinstance(w, str)]
                words += [w for w in value.values() if isinstance(w, str)]
            words = [w for w in words if w]
            if len(words) >= 2:
                yield f"{info.name}.{name}", words


TABLES = sorted(_tables())


def _texts(words: list[str]) -> list[str]:
    out: set[str] = set()
    for w in words:
        variants = {w, w.upper(), w.lower(), w.title(), w.casefold()}
        variants |= {w.replace(" ", "  "), w.replace(" ", "\t")}
        for a, b in _LIGATURES.items():
            variants |= {v.replace(a, b) for v in list(variants)}
        for v in variants:
            out |= {v, v + "s", v + "x", v + " y", "a" + v, " " + v + ".", v[:-1], v + v}
    return sorted(out)


def test_tables_found() -> None:
    assert len(TABLES) > 30


@pytest.mark.parametrize("name,words", TABLES, ids=[n for n, _ in TABLES])
def test_trie_matches_flat(name: str, words: list[str]) -> None:
    texts = _texts(words)
    for boundary in (False, True):
        trie, flat = alt(words, ascii_boundary=boundary), _flat_alt(words, ascii_boundary=boundary)
        for wrap in ("{}", "(?i:{})", "(?i){}", "(?fi){}"):
            for flags in (regex.VERSION1, regex.VERSION0):
                pt = regex.compile(wrap.format(trie), flags)
                pf = regex.compile(wrap.format(flat), flags)
                for text in texts:
                    for pos in (0, 1):
                        for end in range(pos, len(text) + 1):
                            mt, mf = pt.match(text, pos, end), pf.match(text, pos, end)
                            where = (name, boundary, wrap, text, pos, end)
                            assert (mt and mt.span()) == (mf and mf.span()), where
                            ft, ff = pt.fullmatch(text, pos, end), pf.fullmatch(text, pos, end)
                            assert bool(ft) == bool(ff), where


def test_trie_shape() -> None:
    assert alt(["US dollar", "US dollars", "USD"]) == r"(?:US(?:\s+dollars?|D))"
    assert alt(["以上", "及以上", "以下"]) == "(?:及以上|以(?:上|下))"
    assert alt(["比上年", "比上年同期"]) == "(?:比上年(?:同期)?)"
    assert alt([]) == "(?!)"
    assert alt(["a"]) == "(?:a)"


def test_ligatures_still_match() -> None:
    # full case folding (global (?i) under VERSION1) reads "ﬁ" as "fi": the trie keeps "fi" whole
    words = ["first", "fifth", "fine", "fix", "office"]
    texts = ("ﬁrst", "FIFTH", "ﬁfth", "ﬁne", "oﬃce", "fiﬅ")
    for a in (alt(words, ascii_boundary=True), _flat_alt(words, ascii_boundary=True)):
        p = regex.compile("(?i)" + a, regex.VERSION1)
        assert [p.fullmatch(t) is not None for t in texts] == [True, True, True, True, True, False]


def test_fold_pairs_table() -> None:
    assert _fold_pairs_computed() == _FOLD_PAIRS
    assert _fold_variants_computed() == _fold_variants()


_ENDING_WORDS = [
    ["twenty", "thirty", "six", "sixty", "fifteen", "five", "fifth", "eight", "naught", "nought"],
    ["US dollars", "dollars", "Hong Kong dollars", "yuan", "rmb", "office", "ﬁve", "strasse"],
    ["a", "an", "and", "band", ""],
]


@pytest.mark.parametrize("words", _ENDING_WORDS)
def test_ending_alt_matches_the_same_strings(words: list[str]) -> None:
    ends, flat = (regex.compile(f"(?i:{a})", regex.VERSION1) for a in (ending_alt(words), _flat_alt(words)))
    texts = {*words, "", "x"}
    for w in words:
        texts |= {w.upper(), w.title(), w[1:], w[:-1], "x" + w, w.replace("fi", "ﬁ"), w.replace("s", "ſ"),
                  w.replace("ss", "ß"), w.replace(" ", "  ")}
    for t in texts:
        assert (ends.fullmatch(t) is None) == (flat.fullmatch(t) is None), t
        # in a lookbehind, as the patterns use it
        behind = regex.compile(f"(?<=(?i:{ending_alt(words)}))#", regex.VERSION1)
        ends_here = any(flat.fullmatch(t[i:]) for i in range(len(t) + 1))
        assert (behind.search(t + "#") is not None) == ends_here, t


def test_ending_alt_walked_back_takes_the_longer_word() -> None:
    # the reach of a zone walks back over words: where "st" ends as "first" does, it takes "first"
    words = ["st", "first", "twenty-first", "the", "of", "one", "twenty-one"]
    walk = regex.compile(rf"(?:[\s\d-]|(?i:{ending_alt(words)}))*+", regex.REVERSE | regex.VERSION1)
    for text, start in [("x the first", 1), ("x the twenty-first", 1), ("at 21st", 2), ("Twenty-One", 0)]:
        m = walk.match(text)
        assert m is not None and m.start() == start, (text, m)


def test_group_tuples_follow_their_patterns() -> None:
    # a NamedTuple read from m.groups() must list the groups in the pattern's order
    from investparse import money

    assert money._Groups._fields == money.MONEY.names()
    # and money._value_of unpacks m.groups() in this order, by position
    assert money._Groups._fields == (
        "qb", "open", "art", "cur_before", "n1", "ins", "conn", "n2", "ins2", "cur2", "cur_after", "sc",
        "zt", "et", "etn", "etw", "bare", "qa")


@pytest.mark.parametrize("negative", [False, True])
@pytest.mark.parametrize("words", [*_ENDING_WORDS[:2], ["lakh", "crore", "thousand", "lac", "million"]])
def test_behind_is_one_lookbehind_for_both_engines(words: list[str], negative: bool) -> None:
    # what the fixed-width lookbehinds find, in re and in regex, is what one lookbehind of
    # the whole alternation finds in regex (which reads a lookbehind of any width)
    words = [w for w in words if w and " " not in w]
    one = regex.compile(f"(?<{'!' if negative else '='}(?<![A-Za-z])(?i:{_flat_alt(words)}) )#")
    split = behind(words, negative=negative, nocase=True, before="(?<![A-Za-z])", after=" ")
    texts = {"#", "x #", " #"}
    for w in words:
        texts |= {f"{v} #" for v in (w, w.upper(), w.title(), "x" + w, w[1:], "5" + w, w + "s")}
    for engine in (re, regex):
        pattern = engine.compile(split + "#")
        for t in texts:
            assert (pattern.search(t) is not None) == (one.search(t) is not None), (engine.__name__, t)


def test_behind_refuses_words_with_spaces() -> None:
    with pytest.raises(ValueError, match="without spaces"):
        behind(["US dollars"])


def test_han_table_is_the_han_script() -> None:
    # the ranges the patterns compiled by re read Han from are regex's \\p{Han}
    han = regex.compile(r"\p{Han}")
    table = re.compile(text_lex.HAN_CLASS)
    for cp in range(0x110000):
        c = chr(cp)
        assert (han.match(c) is None) == (table.match(c) is None), hex(cp)
