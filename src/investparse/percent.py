"""Percent: patterns built from the percent, change and qualifier tables; match -> Percent.

Five phrase shapes, each one pattern:

- a number and a unit after it: ``18.3%``, ``2个百分点``, ``25 basis points``, ``5-20%``;
- a Chinese fraction of a power of ten: ``百分之四十五点八八``, ``千分之二``;
- tenths: ``九成七``, ``三成多``;
- multiples stated as a change, the change word inside the span: ``增长1倍``, ``翻两番``;
- English verbs of multiplying: ``doubled``, ``almost doubling``.

The change (increase/decrease) is read from the words just before the phrase
(``增长18.3%``, ``increasing by 18.3%``), which stay outside the span; the Found
records where they begin in ``context_start``.

>>> [(f.start, f.end, str(f.value.value), f.value.change) for f in find("同比增长18.3%", Context())]
[(4, 9, '18.3', 'increase')]
>>> p = find("topped 60%", Context())[0].value
>>> p.qualifier, p.low, p.high
('more_than', Decimal('60'), None)
"""

from __future__ import annotations

import itertools
import re
from decimal import Decimal

import regex

from . import zones
from ._patterns import Lazy, StdLazy, alt, char_class, lead, starts
from .found import Context, Found, drop_overlaps
from .lexicon import changes as ch_lex
from .lexicon import numerals as num_lex
from .lexicon import percent as lex
from .lexicon import qualifiers as q_lex
from .models import Percent, assembled
from .numerals import (
    ARABIC,
    EN_WORDS,
    NUMBER_CHARS,
    NUMBER_FIRST_WORDS,
    NUMBER_START,
    NUMBER_WORDS,
    ZH_DIGIT_CLASS,
    ZH_NUMERAL_CHARS,
    ZH_NUMERAL_CLASS,
    numeral_value,
    tidy,
)
from .qualify import bounds, en_before_alt, qualifier_of
from .unit_lists import LIST_ENDS, with_list_items
from .zones import Both, Zoner, anchors, reach_pattern

_SP = r"[ \t]*+"


def _spaced(word: str) -> str:
    """A Chinese word as a pattern that allows spaces between its characters.

    >>> _spaced("分之")
    '分[ \\\\t]*+之'
    """
    return _SP.join(regex.escape(c) for c in word)


def _spaced_alt(words: list[str]) -> str:
    return "(?:" + "|".join(_spaced(w) for w in sorted(set(words), key=lambda w: (-len(w), w))) + ")"


# ---------------------------------------------------------------- numbers
_FRACTION_HEADS = _spaced_alt([d + lex.FRACTION_MARK for d in lex.FRACTION_DENOMINATORS])
#: a numeral character that does not start a 百分之 / 百分点 written after the number
_ZH_NUM_CHAR = rf"(?:(?!{_spaced_alt(list(lex.FRACTION_DENOMINATORS))}{_SP}分){ZH_NUMERAL_CLASS})"
_ZH_ATOM = rf"(?:{ARABIC}|{_ZH_NUM_CHAR}|点{_SP}(?={ZH_DIGIT_CLASS}|\d)|[ \t]{{1,4}}+(?={_ZH_NUM_CHAR}))"
#: a Chinese-style number whose characters may be spaced: 一 百 五 十 / 四十五点八八 / 1.5万
_ZH_NUMBER = rf"(?:(?:{ARABIC}|{_ZH_NUM_CHAR})(?:{_ZH_ATOM})*+)"
_EN_SCALE = (
    rf"(?:\s?+{alt(num_lex.EN_SCALE_ABBREVIATIONS)}(?![A-Za-z])"
    rf"|[\s-]?+(?i:{alt(num_lex.EN_SCALES, ascii_boundary=True)}))"
)
_NUM = rf"(?:{_ZH_NUMBER}{_EN_SCALE}?+|{EN_WORDS})"
_ZH_NEG = [w for w in lex.NEGATIVE_WORDS if not w.isascii()]
_EN_NEG = [w for w in lex.NEGATIVE_WORDS if w.isascii()]
_SIGN = rf"(?:(?<![\d%.A-Za-z)])[-+]|{alt(_ZH_NEG)}|(?i:{alt(_EN_NEG, ascii_boundary=True)})\s++)"
#: a number starts neither inside another nor after a spaced numeral (一 百 五 十): one
#: lookbehind per number of spaces, as the standard library's re reads them
_START = rf"{NUMBER_START}(?<!{ZH_NUMERAL_CLASS})" + "".join(
    rf"(?<!{ZH_NUMERAL_CLASS}[ \t]{{{k}}})" for k in range(1, 5))

# ---------------------------------------------------------------- qualifiers
_ZH_BEFORE = [w for w in q_lex.BEFORE if not w.isascii()]
_EN_BEFORE = [w for w in q_lex.BEFORE if w.isascii()]
# A Chinese qualifier does not start inside a change word that overlaps it: 扩大约 is
# 扩大 + 约, not 扩 + 大约. Built from the two tables: (change word head, shared tail).
_IN_CHANGE_WORD = "".join(
    rf"(?!(?<={regex.escape(c[:-k])}){regex.escape(c[-k:])})"
    for c in sorted({*ch_lex.ZH, *ch_lex.PREFIX_ZH})
    for k in range(1, len(c))
    if any(q.startswith(c[-k:]) and len(q) > k for q in _ZH_BEFORE)
)
# (an optional piece starts with what its words start with: where none does, it fails at once)
_QB = (
    rf"(?:{lead(_ZH_BEFORE, nocase=_EN_BEFORE)}"
    rf"(?P<qb>(?<![{q_lex.YUE_NOT_APPROX_AFTER}]){_IN_CHANGE_WORD}{alt(_ZH_BEFORE)}了?"
    rf"|(?i:{en_before_alt(_EN_BEFORE)})){_SP})"
)
_AFTER = [w for w in q_lex.AFTER if w not in lex.AFTER_NOT_QUALIFIERS]
_QA = (
    rf"(?:(?={_SP}{lead(_AFTER, nocase=[w for w in _AFTER if w.isascii()])})"
    rf"(?P<qa>{_SP}(?:{alt([w for w in _AFTER if not w.isascii()])}"
    rf"|(?i:{alt([w for w in _AFTER if w.isascii()], ascii_boundary=True)}))))"
)
_INS = rf"(?P<ins>{alt(q_lex.INSIDE)})"

# ---------------------------------------------------------------- units
_ZH_UNITS = {w: u for w, u in lex.UNITS_AFTER.items() if not w.isascii()}
_SYM_UNITS = {w: u for w, u in lex.UNITS_AFTER.items() if w.isascii()}
_UNIT = (
    rf"(?:{_SP}{_spaced_alt(list(_ZH_UNITS))}|[ \t]?+{alt(_SYM_UNITS)}"
    rf"|[ \t-]?+(?i:{alt(lex.EN_UNITS_AFTER, ascii_boundary=True)})"
    rf"|[ \t]?+{alt(lex.ABBREVIATIONS_AFTER, ascii_boundary=True)})"
)
_CONN = rf"(?:{_SP}(?P<conn>{alt(lex.RANGE_CONNECTORS, ascii_boundary=True)}){_SP})"

# ---------------------------------------------------------------- the patterns
# where each can start (qualifier, sign, number, ...): a cheap test before the big pattern
_QB_SIGN = [*q_lex.BEFORE, *lex.NEGATIVE_WORDS]
_SIGNS = ["-", "+"]
#: 18.3% / 超60% / about 5 percent / 2个百分点 / 负3%
# (SINGLE and RANGE are compiled by the standard library's re: see _patterns.StdLazy)
SINGLE = StdLazy(
    rf"{_QB}?(?P<s1>{_SIGN})?{_START}(?P<n1>{_NUM}){_INS}?+(?P<unit>{_UNIT}){_QA}?",
    guard=starts(bounded=[*_QB_SIGN, *NUMBER_FIRST_WORDS], loose=[*_SIGNS, *ZH_NUMERAL_CHARS], digits=True),
)
#: 5-20% / 5%-20% / 5%至20% / 5 to 20 percent / between 5% and 10%
RANGE = StdLazy(
    rf"(?:(?P<open>(?i:{lex.RANGE_OPEN}))\s++)?(?P<s1>{_SIGN})?{_START}(?P<n1>{_NUM})(?P<u1>{_UNIT})?"
    rf"(?:{_CONN}|\s++(?P<and>(?i:{lex.RANGE_AND}))\s++)(?P<s2>{_SIGN})?(?P<n2>{_NUM})(?P<unit>{_UNIT})",
    guard=starts(bounded=[*_QB_SIGN, *NUMBER_FIRST_WORDS], loose=[*_SIGNS, *ZH_NUMERAL_CHARS],
                 digits=True, loose_words=[lex.RANGE_OPEN]),
)
#: 百分之四十五 / 千分之二 / 百分之五十多
FRACTION = Lazy(
    rf"{_QB}?(?P<s1>{_SIGN})?(?<!{ZH_NUMERAL_CLASS}|\d)(?P<den>{_FRACTION_HEADS}){_SP}"
    rf"(?P<s1>{_SIGN})?(?P<n1>{_ZH_NUMBER}{_EN_SCALE}?+)"
    # (a range: 百分之五到百分之六, 百分之二十至三十)
    rf"(?:{_CONN}(?:(?P<den2>{_FRACTION_HEADS}){_SP})?(?P<n2>{_ZH_NUMBER}{_EN_SCALE}?+))?+"
    rf"(?:{_SP}{_INS})?+{_QA}?",
    regex.VERSION1,
    guard=starts(bounded=_QB_SIGN, loose=[*_SIGNS, *lex.FRACTION_DENOMINATORS]),
)
_CHENG_DIGIT = rf"(?:[{''.join(k for k, v in num_lex.ZH_DIGITS.items() if v)}])"
#: 十成 / 拾成 / 一十成 / 壹拾成: ten tenths, in every form of the numeral tables
_CHENG_TEN = (
    rf"(?:{char_class(k for k, v in num_lex.ZH_DIGITS.items() if v == 1)}?+"
    rf"{char_class(k for k, v in num_lex.ZH_SMALL_UNITS.items() if v == 10)})"
)
#: 三成 / 九成七 / 6.5成 / 半成 / 三成多
CHENG = Lazy(
    rf"{_QB}?(?<![{lex.CHENG_NOT_AFTER}]|{ZH_NUMERAL_CLASS}|[\d.])"
    rf"(?P<n1>10|\d(?:\.\d++)?+|{_CHENG_TEN}|{_CHENG_DIGIT}(?:{_SP}点{_SP}{_CHENG_DIGIT})?+|{lex.HALF})"
    rf"{_SP}{lex.CHENG}(?![{lex.CHENG_NOT_BEFORE}])"
    rf"(?:{_SP}(?P<tail>{_CHENG_DIGIT}|{lex.HALF})(?!{ZH_NUMERAL_CLASS}|[个家项名位次]))?+"
    rf"(?:{_INS}|{_QA})?",
    regex.VERSION1,
    guard=starts(bounded=q_lex.BEFORE, loose=[lex.HALF, *ZH_NUMERAL_CHARS], digits=True),
)
#: 增长1倍 / 增长一点四倍 / 增长三倍多 / 翻两番 / 翻番
MULTIPLE = Lazy(
    rf"(?P<verb>{alt(lex.ZH_MULTIPLE_VERBS)}){_QB}?(?P<n1>{_ZH_NUMBER}){_INS}?+{lex.TIMES}(?:{_INS}|{_QA})?"
    rf"|(?P<fan>{lex.FAN_VERB}了?){_QB}?(?P<n1>{_CHENG_DIGIT})?{lex.FAN}{_INS}?+{_QA}?",
    regex.VERSION1,
    guard=starts(loose=[*lex.ZH_MULTIPLE_VERBS, lex.FAN_VERB]),
)
#: doubled / almost doubling / more than tripled
EN_MULTIPLE = Lazy(
    rf"{_QB}?(?:(?P<verb>(?i:{alt(lex.EN_MULTIPLES, ascii_boundary=True)}))"
    rf"|(?P<verb>(?i:{alt(lex.EN_MULTIPLE_ADJECTIVES, ascii_boundary=True)}))"
    rf"(?=\s++(?P<follow>(?i:{alt(lex.EN_MULTIPLE_ADJECTIVE_BEFORE, ascii_boundary=True)}"
    rf"|the\s++(?:(?:19|20)\d\d\s++)?{alt(lex.EN_MULTIPLE_ADJECTIVE_NOUNS, ascii_boundary=True)})"
    rf"(?![A-Za-z])(?:\s++(?:(?:19|20)\d\d(?!\d)|(?i:a\s++year\s++(?:earlier|ago)|last\s++year))(?![A-Za-z]))?)))",
    regex.VERSION1,
    guard=starts(bounded=[*q_lex.BEFORE, *lex.EN_MULTIPLES, *lex.EN_MULTIPLE_ADJECTIVES]),
)
_EN_MULTIPLE_VALUES = {**lex.EN_MULTIPLES, **lex.EN_MULTIPLE_ADJECTIVES}

_EN_INCREASE = [w for w, c in ch_lex.EN.items() if c == "increase" and not w.endswith((" of", " by"))
                and w.split()[-1] not in lex.EN_TIMES_NOT_AFTER]
_TIMES_WORDS = [u for u in lex.EN_TIMES_UNITS if u[0] != "-"]
_TIMES_SUFFIXES = [u for u in lex.EN_TIMES_UNITS if u[0] == "-"]
_TIMES_UNIT = (rf"(?P<unit>\s?(?i:{alt(_TIMES_WORDS, ascii_boundary=True)})|{alt(_TIMES_SUFFIXES)})"
               r"(?![A-Za-z-])")
#: increased by 2.5 times / grew 3-fold / a 2.5-fold increase
EN_TIMES = Lazy(
    rf"(?<![A-Za-z])(?P<verb>(?i:{alt(_EN_INCREASE)}))\s++(?:(?P<by>(?i:by))\s++)?{_QB}?"
    rf"(?P<n1>{ARABIC}|{EN_WORDS}){_TIMES_UNIT}"
    rf"|(?<![\w.])(?P<n1>{ARABIC}|{EN_WORDS})(?P<unit>{alt(_TIMES_SUFFIXES)})"
    rf"\s++(?P<noun>(?i:{alt(lex.EN_FOLD_NOUNS, ascii_boundary=True)}))",
    regex.VERSION1,
    guard=starts(bounded=[*_EN_INCREASE, *NUMBER_FIRST_WORDS], digits=True, not_after_digit=True),
)

# ---------------------------------------------------------------- zones
# where each pattern can match (see :mod:`.zones`): a number's words before a unit, a
# 分之, a 成; before those a qualifier, a sign or "between"
_ZH_UNIT_CHARS = [c for w in lex.UNITS_AFTER for c in w if not w.isascii()]
_NUMBER_CHARS = [
    *NUMBER_CHARS, "+", "-", "~", *q_lex.INSIDE, *_ZH_NEG,
    *(c for w in lex.RANGE_CONNECTORS for c in w if not w.isascii()),
]
_NUMBER_WORDS = [
    *NUMBER_WORDS, *_EN_NEG, lex.RANGE_OPEN, lex.RANGE_AND, *(w for w in lex.RANGE_CONNECTORS if w.isascii()),
]
_LEAD = (
    max(len(w) for w in _ZH_BEFORE) + 1,  # 了
    max(len(w) for w in _EN_BEFORE) + len(lex.RANGE_OPEN) + 2,
)
#: before the reach a match holds only its qualifier, "between" and a sign ("minus", 负):
#: the lead reaches back only to the first of them in it (see :class:`Zoner`)
_LEAD_WORDS = anchors([*_ZH_BEFORE, *_ZH_NEG, lex.RANGE_OPEN], bounded=[*_EN_BEFORE, *_EN_NEG])
_UNIT_ZONER = Zoner(
    anchor=anchors(
        [*(w[-1] for w in lex.UNITS_AFTER if not w.isascii()), *(w for w in lex.UNITS_AFTER if w.isascii())],
        bounded=[*lex.EN_UNITS_AFTER, *lex.ABBREVIATIONS_AFTER],
    ),
    reach=reach_pattern([*_NUMBER_CHARS, *_ZH_UNIT_CHARS, *(w for w in lex.UNITS_AFTER if w.isascii())],
                        [*_NUMBER_WORDS, *lex.EN_UNITS_AFTER, *lex.ABBREVIATIONS_AFTER]),
    lead=_LEAD,
    lead_words=_LEAD_WORDS,
)
_FRACTION_ZONER = Zoner(
    anchor=anchors([lex.FRACTION_MARK[-1]]),
    reach=reach_pattern([*(c for d in lex.FRACTION_DENOMINATORS for c in d), *lex.FRACTION_MARK,
                         "+", "-", *_ZH_NEG]),
    lead=_LEAD,
    lead_words=_LEAD_WORDS,
)
_CHENG_ZONER = Zoner(
    anchor=anchors([lex.CHENG]),
    reach=reach_pattern([*"0123456789.", *ZH_NUMERAL_CHARS, *num_lex.ZH_DECIMAL_POINT, lex.HALF]),
    lead=_LEAD,
    lead_words=_LEAD_WORDS,
)
#: a range holds a connector (or "and") after its first number: before it only that
#: number, its unit, a sign and "between"
_CONN_WORDS = [w for w in lex.RANGE_CONNECTORS if w.isascii() and w.isalpha()]
_RANGE_ZONER = Zoner(
    anchor=anchors([w for w in lex.RANGE_CONNECTORS if w not in _CONN_WORDS],
                   bounded=[*_CONN_WORDS, lex.RANGE_AND]),
    reach=_UNIT_ZONER.reach,
    lead=_LEAD,
    lead_words=_LEAD_WORDS,
)
#: every English multiple holds its word (doubled): before it only spaces and a qualifier
_EN_MULTIPLE_ZONER = Zoner(
    anchor=anchors([], bounded=[*lex.EN_MULTIPLES, *lex.EN_MULTIPLE_ADJECTIVES]),
    reach=reach_pattern([]),
    lead=_LEAD,
    lead_words=_LEAD_WORDS,
)
#: (name, pattern, zoner, overlapped): the patterns tried only in their zones
ZONED: list[tuple[str, Lazy | StdLazy, Zoner | Both, bool]] = [
    ("SINGLE", SINGLE, _UNIT_ZONER, False),
    ("RANGE", RANGE, Both(_UNIT_ZONER, _RANGE_ZONER, second_inside=True), True),
    ("FRACTION", FRACTION, _FRACTION_ZONER, False),
    ("CHENG", CHENG, _CHENG_ZONER, False),
    ("EN_MULTIPLE", EN_MULTIPLE, _EN_MULTIPLE_ZONER, False),
]

# ---------------------------------------------------------------- change words
_ZH_CHANGE = {**ch_lex.ZH}
_EN_CHANGE = {k.lower(): v for k, v in ch_lex.EN.items()}
_ZH_FILL = rf"(?:{alt(ch_lex.FILL_ZH)}|[ \t])*+"
_EN_FILL = rf"(?:\s++(?i:{alt(ch_lex.FILL_EN, ascii_boundary=True)}))*+\s*+"
_EN_PREFIX = rf"(?:(?<![A-Za-z])(?i:{alt(ch_lex.PREFIX_EN, ascii_boundary=True)})\s++)?"
_EN_CHANGE_WORD = rf"(?<![A-Za-z])(?i:{alt(_EN_CHANGE, ascii_boundary=True)})"
_EN_LEVEL = alt([*ch_lex.LEVEL_EN, *ch_lex.LEVEL_END_EN], ascii_boundary=True)
#: the words that end right before a figure: a change (增长, rose by) or a level (占比, rose to)
_CHANGE_BEFORE = Lazy(
    rf"(?:(?:{alt(ch_lex.PREFIX_ZH)})?(?P<zh>{alt(_ZH_CHANGE)}){_ZH_FILL}"
    rf"|{_EN_PREFIX}(?P<en>{_EN_CHANGE_WORD}){_EN_FILL}"
    rf"|(?:(?:{alt(ch_lex.PREFIX_ZH)})?{alt(_ZH_CHANGE)}了?)?{alt([*ch_lex.LEVEL_ZH, *ch_lex.LEVEL_END_ZH])}"
    rf"{_ZH_FILL}"
    rf"|{ch_lex.SHARE_ZH}\p{{Han}}{{0,{ch_lex.SHARE_GAP}}}?{ch_lex.SHARE_OF_ZH}"
    rf"|{_EN_PREFIX}(?:{_EN_CHANGE_WORD}\s++)?(?<![A-Za-z])(?i:{_EN_LEVEL})"
    rf"{_EN_FILL})$",
    regex.VERSION1,
    guard=starts(
        bounded=[*ch_lex.PREFIX_EN, *_EN_CHANGE, *ch_lex.LEVEL_EN, *ch_lex.LEVEL_END_EN],
        loose=[*ch_lex.PREFIX_ZH, *_ZH_CHANGE, *ch_lex.LEVEL_ZH, *ch_lex.LEVEL_END_ZH, ch_lex.SHARE_ZH],
    ),
)
#: _CHANGE_BEFORE's Chinese and English halves alone: every Chinese alternative ends in a
#: Han character (then spaces), every English one in an ASCII letter (then white space),
#: so the character before a figure tells which half can match (the whole pattern tries
#: the other half's words at every position too, at twice the cost)
_CHANGE_BEFORE_ZH = Lazy(
    rf"(?:(?:{alt(ch_lex.PREFIX_ZH)})?(?P<zh>{alt(_ZH_CHANGE)}){_ZH_FILL}"
    rf"|(?:(?:{alt(ch_lex.PREFIX_ZH)})?{alt(_ZH_CHANGE)}了?)?{alt([*ch_lex.LEVEL_ZH, *ch_lex.LEVEL_END_ZH])}"
    rf"{_ZH_FILL}"
    rf"|{ch_lex.SHARE_ZH}\p{{Han}}{{0,{ch_lex.SHARE_GAP}}}?{ch_lex.SHARE_OF_ZH})$",
    regex.VERSION1,
    guard=starts(loose=[*ch_lex.PREFIX_ZH, *_ZH_CHANGE, *ch_lex.LEVEL_ZH, *ch_lex.LEVEL_END_ZH,
                        ch_lex.SHARE_ZH]),
)
_CHANGE_BEFORE_EN = Lazy(
    rf"(?:{_EN_PREFIX}(?P<en>{_EN_CHANGE_WORD}){_EN_FILL}"
    rf"|{_EN_PREFIX}(?:{_EN_CHANGE_WORD}\s++)?(?<![A-Za-z])(?i:{_EN_LEVEL})"
    rf"{_EN_FILL})$",
    regex.VERSION1,
    guard=starts(bounded=[*ch_lex.PREFIX_EN, *_EN_CHANGE, *ch_lex.LEVEL_EN, *ch_lex.LEVEL_END_EN]),
)
_HAN_CHAR = Lazy(r"\p{Han}")
_TRAILING_SPACE = " \t\n\r\f\v"
#: a noun of change right after a figure: "4.4 percent increase", "5% year-on-year drop"
_EN_CHANGE_AFTER_WORDS = {k.lower(): v for k, v in ch_lex.AFTER_EN.items()}
_EN_COMPARATIVES = {k.lower(): v for k, v in ch_lex.COMPARATIVES_AFTER_EN.items()}
_CHANGE_AFTER = Lazy(
    rf"(?:[ \t]*+-?[ \t]*+(?i:{alt(ch_lex.AFTER_FILL_EN, ascii_boundary=True)})(?![A-Za-z]))*+"
    rf"[ \t]*+-?[ \t]*+(?P<en>(?i:{alt(_EN_CHANGE_AFTER_WORDS, ascii_boundary=True)}))(?![A-Za-z])"
    rf"|[ \t]++(?P<cmp>(?i:{alt(_EN_COMPARATIVES, ascii_boundary=True)}))[ \t]++(?i:than)[ \t]++"
    rf"(?i:(?:in|that\s+of|those\s+of)[ \t]++)?(?:(?i:{alt(ch_lex.COMPARED_PAST_EN, ascii_boundary=True)})"
    rf"|(?:19|20)\d\d(?!\d))"
)
#: what joins the figures of one list (shared with record linking)
LIST_GAP = Lazy(rf"\s*+(?i:{alt(ch_lex.LIST_JOINERS, ascii_boundary=True)})\s*+")
_NO_RANGE_BEFORE = Lazy(rf"(?i:{alt(lex.RANGE_NOT_AFTER, ascii_boundary=True)})\s*+$")
_URL = Lazy(r"(?i:(?:https?|ftp)://|www\.)[!-~]++")
_WINDOW = 40


_WS = Lazy(r"\s+")
_SPACES = Lazy(r"[ \t]+")
_POINT = Lazy(r"点")


def _change_before(text: str, start: int) -> tuple[str | None, int]:
    """The change stated by the words that end right before ``start``, and where they begin.

    >>> _change_before("实现增长了18%", 5)
    ('increase', 2)
    >>> _change_before("占比达37%", 3)
    (None, 0)
    """
    lo = max(0, start - _WINDOW)
    k = start
    while k > lo and text[k - 1] in _TRAILING_SPACE:
        k -= 1
    if k <= lo:
        return None, -1
    c = text[k - 1]  # (the last character the words can end in: see _CHANGE_BEFORE_ZH)
    if c.isascii():
        if not c.isalpha():
            return None, -1
        m = _CHANGE_BEFORE_EN.search(text, lo, start)
    elif _HAN_CHAR.match(c):
        m = _CHANGE_BEFORE_ZH.search(text, lo, start)
    else:  # (a letter case folding may read as ASCII: the whole pattern)
        m = _CHANGE_BEFORE.search(text, lo, start)
    if m is None:
        return None, -1
    groups = m.groupdict()
    if groups.get("zh"):
        return _ZH_CHANGE[groups["zh"]], m.start()
    if groups.get("en"):
        return _EN_CHANGE.get(_WS.sub(" ", groups["en"].lower())), m.start()
    return None, m.start()


def change_words_start(text: str, start: int) -> int:
    """Where the change words that end right before ``start`` begin, or -1 without any.

    >>> change_words_start("增长5.1%和下降3.2%", 9)
    7
    """
    change, at = _change_before(text, start)
    return at if change is not None else -1


def _unit_of(written: str) -> tuple[str, Decimal]:
    w = _SPACES.sub(" ", written.strip().lstrip("-").strip())
    zh = w.replace(" ", "")
    if zh in lex.UNITS_AFTER:
        return lex.UNITS_AFTER[zh]
    if w in lex.ABBREVIATIONS_AFTER:
        return lex.ABBREVIATIONS_AFTER[w]
    return lex.EN_UNITS_AFTER.get(w.lower(), (lex.PERCENT, Decimal(1)))


def _number(text: str | None, sign: str | None = None) -> Decimal | None:
    """The value of a number the patterns matched, spaces inside it dropped."""
    if not text:
        return None
    if not text.isascii():
        if _approximate_digits(text):
            return None
        text = _SPACES.sub("", text)
    value = numeral_value(text)
    if value is not None and sign and sign.strip() not in ("+",):
        value = -value
    return value


def _approximate_digits(text: str) -> bool:
    """二三十, 五六个: two digits side by side read as "two or three", not a number."""
    head = _POINT.split(text, maxsplit=1)[0].replace(" ", "")
    return any(
        a in num_lex.ZH_DIGITS and b in num_lex.ZH_DIGITS and num_lex.ZH_DIGITS[a] != 0
        for a, b in itertools.pairwise(head)
    )


def _make(value: Decimal, unit: str, qualifier: str, change: str | None) -> Percent:
    value = tidy(value)
    low, high = bounds(value, qualifier)
    # (every field made here from the tables and Decimals: the model without its validation,
    # which costs two thirds of a phrase's model)
    return assembled(Percent, value=value, unit=unit, change=change, qualifier=qualifier, low=low, high=high)


def _qualifier(m: regex.Match[str] | re.Match[str], inside: bool = False) -> str:
    return qualifier_of(m.group("qb"), m.group("qa"), inside=inside or bool(m.group("ins")))


def _single(m: re.Match[str]) -> Percent | None:
    unit, factor = _unit_of(m.group("unit"))
    n1 = _number(m.group("n1"), m.group("s1"))
    if n1 is None:
        return None
    return _make(n1 * factor, unit, _qualifier(m), None)


def _range(text: str, m: re.Match[str]) -> Percent | None:
    unit, factor = _unit_of(m.group("unit"))
    n1 = _number(m.group("n1"), m.group("s1"))
    n2 = _number(m.group("n2"), m.group("s2"))
    u1 = m.group("u1")
    if n1 is None or n2 is None or n1 >= n2 or (u1 and _unit_of(u1)[0] != unit):
        return None
    if bool(m.group("and")) != bool(m.group("open")):
        return None
    if not m.group("open") and _NO_RANGE_BEFORE.search(text, max(0, m.start() - 6), m.start()):
        return None
    return assembled(Percent, value=None, unit=unit, change=None, qualifier="range", low=tidy(n1 * factor),
                     high=tidy(n2 * factor))


def _fraction(m: regex.Match[str]) -> Percent | None:
    n = _number(m.group("n1"), m.group("s1"))
    if n is None:
        return None
    den = _denominator(m.group("den"))
    if m.group("n2"):
        n2 = _number(m.group("n2"))
        den2 = _denominator(m.group("den2")) if m.group("den2") else den
        if n2 is None or n * den2 >= n2 * den:
            return None
        return assembled(Percent, value=None, unit=lex.PERCENT, change=None, qualifier="range",
                         low=tidy(n * 100 / den), high=tidy(n2 * 100 / den2))
    return _make(n * 100 / den, lex.PERCENT, _qualifier(m), None)


def _denominator(head: str) -> int:
    """百分之 -> 100."""
    return lex.FRACTION_DENOMINATORS[_SPACES.sub("", head)[: -len(lex.FRACTION_MARK)]]


def _cheng(m: regex.Match[str]) -> Percent | None:
    raw = m.group("n1")
    n = Decimal("0.5") if raw == lex.HALF else _number(raw)
    if n is None:
        return None
    value = n * 10
    tail = m.group("tail")
    if tail:
        value += Decimal(5) if tail == lex.HALF else Decimal(num_lex.ZH_DIGITS[tail])
    if value > 100:
        return None
    return _make(value, lex.PERCENT, _qualifier(m), None)


def _multiple(m: regex.Match[str]) -> Percent | None:
    if m.group("fan"):
        raw = m.group("n1")
        times = 1 if raw is None else num_lex.ZH_DIGITS[raw]
        value = Decimal(2**times - 1) * 100
        return _make(value, lex.PERCENT, _qualifier(m), "increase")
    n = _number(m.group("n1"))
    if n is None:
        return None
    verb = m.group("verb")
    return _make(n * 100, lex.PERCENT, _qualifier(m), lex.ZH_MULTIPLE_VERBS[verb])


def _en_multiple(m: regex.Match[str]) -> Percent:
    value = Decimal(_EN_MULTIPLE_VALUES[m.group("verb").lower()])
    return _make(value, lex.PERCENT, qualifier_of(m.group("qb"), None), "increase")


#: a change word's prefix right before a multiple (同比增长1倍)
_MULTIPLE_PREFIX = Lazy(rf"(?:{alt(ch_lex.PREFIX_ZH)})$")
_PREFIX_REACH = max(len(w) for w in ch_lex.PREFIX_ZH)


def _en_times(m: regex.Match[str]) -> Percent | None:
    unit = m.group("unit").strip().lower()
    if unit in lex.EN_TIMES_NEED_BY and not m.group("by"):
        return None
    n = numeral_value(m.group("n1"))
    if n is None or n <= lex.EN_TIMES_UNITS[unit]:
        return None
    value = (n - lex.EN_TIMES_UNITS[unit]) * 100
    return _make(value, lex.PERCENT, qualifier_of(m.group("qb"), None), "increase")


def _candidates(text: str) -> list[Found]:
    out: list[Found] = []
    seen = zones.AnchorSpans(text)  # (the text lowered once for the three zoners)
    units = _UNIT_ZONER.zones(text, seen=seen)
    # a range holds a connector and a unit: it starts where both zoners say one can
    # (what Both(_UNIT_ZONER, _RANGE_ZONER) finds, with the unit zones found once): the
    # unit's zone holds the range's start and its connector (the reach of a unit walks
    # back over a number, a connector and the unit before them)
    ranges = zones.intersect(units, _RANGE_ZONER.zones(text, seen=seen, inside=units))
    for sm in zones.finditer(RANGE, text, ranges, overlapped=True):  # (re matches: see StdLazy)
        value = _range(text, sm)
        if value is not None:
            out.append(Found("percent", sm.start(), sm.end(), value))
    for sm in zones.finditer(SINGLE, text, units):
        value = _single(sm)
        if value is not None:
            out.append(Found("percent", sm.start(), sm.end(), value))
    builders = (
        (zones.finditer(FRACTION, text, _FRACTION_ZONER.zones(text, seen=seen)), _fraction),
        (zones.finditer(CHENG, text, _CHENG_ZONER.zones(text, seen=seen)), _cheng),
        # (every multiple holds 倍 or 番: a text with neither is not scanned)
        (MULTIPLE.finditer(text) if lex.TIMES in text or lex.FAN in text else (), _multiple),
    )
    for matches, build in builders:
        for m in matches:
            value = build(m)
            if value is not None:
                # (同比增长1倍: the prefix before the change word is the phrase's context)
                pre = _MULTIPLE_PREFIX.search(text, max(0, m.start() - _PREFIX_REACH), m.start())
                out.append(Found("percent", m.start(), m.end(), value, -1 if pre is None else pre.start()))
    for m in zones.finditer(EN_MULTIPLE, text, _EN_MULTIPLE_ZONER.zones(text, seen=seen)):
        # (what an adjective multiplies is the phrase's context: "double the 2020 level")
        follow = m.end("follow") if m.group("follow") is not None else -1
        out.append(Found("percent", m.start(), m.end(), _en_multiple(m), -1, follow))
    low = seen.low()
    if "times" in low or "fold" in low:  # (every numbered English multiple holds one)
        for m in EN_TIMES.finditer(text):
            value = _en_times(m)
            if value is not None:
                out.append(Found("percent", m.start(), m.end(), value))
    return out


def _keep(found: list[Found], text: str) -> list[Found]:
    """Drop phrases inside URLs and phrases overlapping a longer one."""
    # (every URL holds "://" or starts with "www.": most reports hold neither, unscanned)
    maybe = "://" in text or "www." in zones.lowered(text)
    urls = [(m.start(), m.end()) for m in _URL.finditer(text)] if maybe else []
    if urls:
        found = [f for f in found if not any(f.start < e and s < f.end for s, e in urls)]
    return drop_overlaps(found, key=lambda f: (-(f.end - f.start), f.start))


_GROWTH_WAS = Lazy(
    rf"(?i:(?<![A-Za-z])(?P<noun>{alt(ch_lex.NOUN_SUBJECTS_EN)})(?![A-Za-z]))[^,;.\d%\n]{{0,40}}?"
    rf"\s(?i:{alt(ch_lex.NOUN_SUBJECT_VERBS_EN)})\s++$")
_GROWTH_REACH = 64


def _with_change(text: str, found: list[Found]) -> list[Found]:
    """Read each phrase's change from the words before it, or from the list it closes."""
    out: list[Found] = []
    for f in found:
        value = f.value
        assert isinstance(value, Percent)
        if value.change is not None:
            out.append(f)
            continue
        change, ctx = _change_before(text, f.start)
        if change is None and ctx >= 0:
            out.append(Found("percent", f.start, f.end, value, ctx))
            continue
        if change is None and f.start and text[f.start - 1] == " " and (
                growth := _GROWTH_WAS.search(text, max(0, f.start - _GROWTH_REACH), f.start)) is not None:
            # ("Growth in the third quarter alone was 5.6 percent": the noun of change, the
            # time it is of, then its linking verb)
            change = _EN_CHANGE[growth.group("noun").lower()]
        after = None if change is not None else _CHANGE_AFTER.match(text, f.end)
        if after is not None:  # ("a 4.4 percent increase")
            word = after.group("en") or after.group("cmp")
            change = _EN_CHANGE_AFTER_WORDS.get(word.lower()) or _EN_COMPARATIVES[word.lower()]
            value = assembled(Percent, **{**value.__dict__, "change": change})
            out.append(Found("percent", f.start, f.end, value, ctx, after.end()))
            continue
        if change is None and out:
            prev = out[-1]
            gap = text[prev.end:f.start]
            if isinstance(prev.value, Percent) and prev.value.change and LIST_GAP.fullmatch(gap):
                change, ctx = prev.value.change, -1
        if change is not None:
            # (what model_copy(update=...) makes, without its generic machinery: the
            # fields were validated when the phrase was made)
            value = assembled(Percent, **{**value.__dict__, "change": change})
            f = Found("percent", f.start, f.end, value, ctx)
        out.append(f)
    return out


def find(text: str, ctx: Context) -> list[Found]:
    """Every percent phrase in normalised ``text``.

    >>> [(str(f.value.value), f.value.unit) for f in find("提高2个百分点,占比百分之四十五点八八", Context())]
    [('2', 'percentage_point'), ('45.88', 'percent')]
    >>> [str(f.value.value) for f in find("增长1倍、翻两番、九成七", Context())]
    ['100', '300', '97']
    >>> r = find("5-20%", Context())[0].value
    >>> (r.value, str(r.low), str(r.high), r.qualifier)
    (None, '5', '20', 'range')
    """
    found = _keep(_candidates(text), text)
    if any(f.start and text.endswith(LIST_ENDS, 0, f.start) for f in found):
        # (0.6和1.2个百分点: the numbers before a figure that share its unit)
        found = with_list_items(text, found, lambda phrase: _keep(_candidates(phrase), phrase), scaled=False)
    return _with_change(text, found)
