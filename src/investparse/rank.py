"""Rank: patterns built from the rank tables; match -> Rank.

Chinese: ``位居全省第三``, ``全国综评排名第65位``, ``居全省前两位``, ``居三次产业之首``,
``位居榜首``, moves (``进位20``, ``上升3位``, ``由99位提升至87位``). English: ``ranked second
in Sichuan province``, ``ranked top among 22 urban districts of Chongqing``, ``the top 50 in
China``, ``No.1``, moves (``up three places``), and bare ordinals in a clause about ranking
(``its rank rose from ninth to second``). A position followed by its move is one phrase.

>>> [(f.value.position, f.value.change, f.value.scope) for f in find("全国综评排名第65位,进位20", Context())]
[(65, 20, '全国')]
>>> r = find("ranked top among 22 urban districts of Chongqing", Context())[0].value
>>> (r.position, r.total, r.scope)
(1, 22, 'Chongqing')
"""

from __future__ import annotations

import regex

from . import zones
from ._patterns import Lazy, alt, starts
from .found import Context, Found, drop_overlaps
from .lexicon import numerals as num_lex
from .lexicon import ranks as lex
from .models import Rank, assembled
from .numerals import EN_WORDS, EN_WORDS_START, numeral_value
from .zones import Zoner, anchors, at_words, reach_pattern

_SP = r"[ \t]*+"
_ZH_INT_CHARS = "".join(sorted({*num_lex.ZH_DIGITS, *num_lex.ZH_SMALL_UNITS}))
_ZH_INT = rf"(?:\d{{1,5}}+(?![\d.%])|[{_ZH_INT_CHARS}]{{1,8}}+)"
_ALL = "全"
_SCOPE = rf"(?:{alt(lex.ZH_SCOPES)}|{_ALL}[{lex.ZH_SCOPE_TAILS}])"
#: the characters a scope or a ranking verb (the optional head of a Chinese rank) starts with
_ZH_HEADS = [*lex.ZH_SCOPES, _ALL, *lex.ZH_VERBS]
_VERB = alt(lex.ZH_VERBS)
_HAN_GAP = rf"\p{{Han}}{{0,{lex.ZH_SCOPE_GAP}}}?"
#: a scope, a few words, then the ranking verb (全国综评排名); or the verb alone
_PREFIX = rf"(?:(?P<scope0>{_SCOPE}){_HAN_GAP})?(?P<verb>{_VERB})"
#: the words that may qualify a total's noun (设区市), but a top-N list's 强 (百强县: a list)
_TOTAL_QUALIFIER = rf"(?:(?!{lex.ZH_STRONG})\p{{Han}}){{0,{lex.ZH_TOTAL_NOUN_QUALIFIER}}}?"
#: a scope and the total it counts (全省11个设区市首位, 全省16个市第2位), or a few words
_SCOPE_TOTAL = (
    rf"(?P<scope>{_SCOPE})(?:(?P<total>{_ZH_INT})(?:{alt(lex.ZH_COUNTERS)})?+"
    rf"{_TOTAL_QUALIFIER}(?:{alt(lex.ZH_TOTAL_NOUNS)}){lex.ZH_TOTAL_AFTER}?|{_HAN_GAP})"
)
_SCOPE_AFTER_VERB = rf"(?:{_SCOPE_TOTAL})?"
_NOT_RANK = rf"(?!{alt(lex.ZH_NOT_RANK_AFTER)})"

#: 位居全省第三 / 全国综评排名第65位 / 第2名
ZH_POSITION = Lazy(
    rf"(?:{_PREFIX}{_SP}{_SCOPE_AFTER_VERB}|(?P<scope>{_SCOPE})(?:(?P<total>{_ZH_INT})(?:{alt(lex.ZH_COUNTERS)})?+"
    rf"{_TOTAL_QUALIFIER}(?:{alt(lex.ZH_TOTAL_NOUNS)}){lex.ZH_TOTAL_AFTER}?)?)?"
    rf"{lex.ZH_ORDINAL}(?P<n>{_ZH_INT})"
    rf"(?:(?P<unit>{alt(lex.ZH_POSITION_UNITS)})|{_NOT_RANK})",
    regex.VERSION1,
    guard=starts(loose=[*_ZH_HEADS, lex.ZH_ORDINAL]),
)
#: 居全省前两位 / 进入全国前十 / 前10强
ZH_TOP = Lazy(
    rf"(?:{_PREFIX}{_SP}{_SCOPE_AFTER_VERB}|(?P<scope>{_SCOPE}))?{lex.ZH_TOP}(?P<n>{_ZH_INT})"
    rf"(?:(?P<unit>{alt(lex.ZH_TOP_UNITS)})|{_NOT_RANK})",
    regex.VERSION1,
    guard=starts(loose=[*_ZH_HEADS, lex.ZH_TOP]),
)
#: 跻身全省十强 / 入选全国百强: a top-N list written as N强, after a ranking verb
ZH_TOP_STRONG = Lazy(
    rf"{_PREFIX}{_SP}{_SCOPE_AFTER_VERB}(?P<n>[{_ZH_INT_CHARS}]{{1,4}}+|\d{{1,4}}+){lex.ZH_STRONG}",
    regex.VERSION1,
    guard=starts(loose=[*_ZH_HEADS]),
)
#: 居三次产业之首 / 位居榜首 / 居全省首位
ZH_FIRST = Lazy(
    rf"{_PREFIX}(?P<mid>[^，。；,;!?！？\s]{{0,10}}?){lex.ZH_HEAD}"
    rf"|(?:{_PREFIX}{_SP}{_SCOPE_AFTER_VERB})?(?P<first>{alt(lex.ZH_FIRST_WORDS)})",
    regex.VERSION1,
    guard=starts(loose=[*_ZH_HEADS, *lex.ZH_FIRST_WORDS]),
)
_ZH_MOVE_VERBS = {**lex.ZH_MOVES_NO_UNIT, **lex.ZH_MOVES_WITH_UNIT}
#: 进位20 / 上升3位 / 提升2个位次
ZH_MOVE = Lazy(
    rf"(?P<mv>{alt(lex.ZH_MOVES_NO_UNIT)})(?P<n>{_ZH_INT})(?:{alt(lex.ZH_MOVE_UNITS)})?+(?![%万亿])"
    rf"|(?P<mv>{alt(lex.ZH_MOVES_WITH_UNIT)})(?P<n>{_ZH_INT}){alt(lex.ZH_MOVE_UNITS)}",
    regex.VERSION1,
    guard=starts(loose=[*lex.ZH_MOVES_NO_UNIT, *lex.ZH_MOVES_WITH_UNIT]),
)
#: 由99位提升至87位
ZH_FROM_TO = Lazy(
    rf"(?:{_PREFIX}{_SP}{_SCOPE_AFTER_VERB})?{alt(lex.ZH_FROM)}(?P<scope>{_SCOPE})?{lex.ZH_ORDINAL}?(?P<a>{_ZH_INT})"
    rf"{alt(lex.ZH_POSITION_UNITS)}(?P<mv>{alt(_ZH_MOVE_VERBS)}){alt(lex.ZH_TO)}"
    rf"{lex.ZH_ORDINAL}?(?P<n>{_ZH_INT}){alt(lex.ZH_POSITION_UNITS)}?",
    regex.VERSION1,
    guard=starts(loose=[*_ZH_HEADS, *lex.ZH_FROM]),
)
#: a ranking's frame before it, which names its scope: 在全省开发区综合考核中，
_ZH_SCOPE_FRAME = Lazy(
    # (a year may lead the frame: 在2025年度全省开发区考核中)
    rf"(?:{alt(lex.ZH_TOTAL_BEFORE)})(?:\d{{4}}+{alt(lex.ZH_FRAME_YEARS)})?(?P<scope>{_SCOPE})"
    rf"[^，。；,;\d]{{0,{lex.ZH_FRAME_GAP}}}?{lex.ZH_TOTAL_AFTER}"
    rf"[，,]?[^，。；,;]{{0,{lex.ZH_TOTAL_GAP}}}$"
)
_ZH_TOTAL = Lazy(
    rf"(?P<n>{_ZH_INT})(?!{alt(lex.ZH_FRAME_YEARS)})(?:{alt(lex.ZH_COUNTERS)})?+(?:{alt(lex.ZH_TOTAL_NOUNS)})"
    rf"{lex.ZH_TOTAL_AFTER}?"
)
_ZH_TOTAL_BEFORE = Lazy(
    # (not a year: 在2025年度全省开发区考核中)
    rf"(?:{alt(lex.ZH_TOTAL_BEFORE)})?(?P<tscope>{_SCOPE})?(?P<n>{_ZH_INT})(?!{alt(lex.ZH_FRAME_YEARS)})"
    rf"(?:{alt(lex.ZH_COUNTERS)})?+"
    # (a word or two may qualify the noun, 13个设区市中; one comma may follow, 在16个地市中，我市)
    # (and what is ranked may follow the noun: 在全省113个县（市、区）营商环境评估中)
    rf"\p{{Han}}{{0,{lex.ZH_TOTAL_NOUN_QUALIFIER}}}?(?:{alt(lex.ZH_TOTAL_NOUNS)})"
    rf"[^，。；,;\d]{{0,{lex.ZH_FRAME_GAP}}}?{lex.ZH_TOTAL_AFTER}"
    rf"[^，。；,;]{{0,{lex.ZH_TOTAL_GAP}}}(?:[，,][^，。；,;]{{0,{lex.ZH_TOTAL_GAP}}})?$"
)

# ---------------------------------------------------------------- English
_ORD_WORDS = alt(num_lex.EN_ORDINALS, ascii_boundary=True)
_EN_ORD = rf"(?:(?i:{_ORD_WORDS})|(?<![\d.])\d{{1,3}}(?:st|nd|rd|th)(?![A-Za-z]))"
_EN_ORD_LOWER = rf"(?:{_ORD_WORDS}|(?<![\d.])\d{{1,3}}(?:st|nd|rd|th)(?![A-Za-z]))"
_EN_NUM = rf"(?:\d{{1,4}}+(?![\d%]|[.,]\d)|{EN_WORDS})"
_FOLLOW_OK = alt(lex.EN_ORDINAL_FOLLOW_OK, ascii_boundary=True)
#: an ordinal is no rank when a noun follows it (first quarter) or a hyphen (first-tier)
_ORD_GUARD = (
    rf"(?!-)(?!\s++(?i:{alt(lex.EN_NOT_RANK_AFTER, ascii_boundary=True)}))"
    rf"(?!\s++(?!{_FOLLOW_OK})[a-z])"
)
_EN_SCOPE = (
    rf"(?:(?i:{alt(lex.EN_SCOPE_WORDS, ascii_boundary=True)})"
    rf"|[A-Z][A-Za-z'’-]*+(?:\s[A-Z][A-Za-z'’-]*+){{0,3}}+"
    rf"(?:\s(?i:{alt(lex.EN_SCOPE_NOUNS, ascii_boundary=True)}))?+)"
)
_THE = r"(?:(?i:the)\s++)?"
_TAIL = (
    rf"(?:\s++(?i:{alt(lex.EN_TOTAL_PREPS, ascii_boundary=True)})\s++{_THE}"
    # (an owner before the total: among China's 31 provinces, among the province's 16 cities)
    rf"(?:(?:[A-Z][A-Za-z]*+|(?i:the)\s++[a-z]++)['’]s\s++)?(?P<total>{_EN_NUM})"
    rf"(?:\s++(?!(?:of|in)(?![A-Za-z]))[a-z-]++){{0,3}}+"
    rf"(?:\s++(?:of|in)\s++{_THE}(?P<scope>{_EN_SCOPE}))?"
    rf"|\s++(?i:{alt(lex.EN_SCOPE_PREPS, ascii_boundary=True)})\s++{_THE}(?P<scope>{_EN_SCOPE})"
    rf"|\s++(?i:{alt(lex.EN_PLURAL_SCOPE_PREPS, ascii_boundary=True)})\s++{_THE}"
    rf"(?P<scope>(?:[A-Za-z'’-]++\s++){{0,{lex.EN_PLURAL_SCOPE_WORDS}}}?"
    rf"(?i:{alt(lex.EN_PLURAL_SCOPE_NOUNS, ascii_boundary=True)})(?![A-Za-z])"
    # (and where they are: "cities in central and western China", "bonded zones in China")
    rf"(?:\s++(?i:in|of|across)\s++{_THE}(?:[a-z]++\s++(?:and\s++)?){{0,3}}+{_EN_SCOPE})?)"
    rf"|\s++(?P<scope>(?i:{alt(lex.EN_SCOPE_ADVERBS, ascii_boundary=True)})))?"
)
_TOP_WORD = rf"(?i:{lex.EN_TOP})"
_NOT_LIST = rf"(?!\s++(?:[A-Z][a-z]++\s++)?(?i:{alt(lex.EN_LIST_NOUNS, ascii_boundary=True)}))"
#: ranked second in Sichuan province / ranking first / ranked top among 22 districts of X
EN_VERB_RANK = Lazy(
    rf"(?<![A-Za-z])(?P<verb>(?i:{alt(lex.EN_VERBS, ascii_boundary=True)}))"
    rf"(?:\s++(?i:{alt(lex.EN_VERB_FILL, ascii_boundary=True)}))*+\s++"
    rf"(?:(?P<ord>{_EN_ORD}){_ORD_GUARD}"
    rf"|(?P<one>{alt(lex.EN_NUMBER_ONE)})(?![\d.])"
    # (ranked No.3 in China; after a ranking verb the stop may be left out: ranked No 1)
    rf"|{regex.escape(lex.EN_NO.rstrip('.'))}\.?\s?(?P<no>\d{{1,3}}+)(?![\d,.]\d)"
    rf"|{_TOP_WORD}\s++(?P<topn>{_EN_NUM}){_NOT_LIST}"
    rf"|(?P<top1>{_TOP_WORD})(?![A-Za-z])(?!\s++(?:\d|{EN_WORDS_START})))"
    rf"{_TAIL}",
    regex.VERSION1,
    guard=starts(bounded=lex.EN_VERBS),
)
#: the top 50 in China / top three
EN_TOP = Lazy(
    rf"(?:(?<![A-Za-z])(?i:the)\s++)?(?<![A-Za-z])(?<!(?i:{alt(lex.EN_LIST_OWNERS)})\s){_TOP_WORD}\s++(?P<topn>{_EN_NUM}){_NOT_LIST}"
    rf"(?:\s++(?:in|of)\s++{_THE}(?P<scope>{_EN_SCOPE}))?",
    regex.VERSION1,
)
#: No.1 / No. 3
EN_NO = Lazy(
    rf"(?<![A-Za-z])(?<!(?:{alt(lex.EN_NO_NOT_AFTER)})\s){regex.escape(lex.EN_NO)}\s?(?P<n>\d{{1,3}}+)(?![\d,.]\d)"
    # (not a name's number: No. 1 Middle School, No. 88 Jinhua Road; "No.1 City for ..." ranks)
    rf"(?!\s++(?:[A-Z][a-z]++\s++){{0,2}}(?:{alt(lex.EN_NO_NAME_NOUNS)})(?![A-Za-z])"
    rf"|\s++(?i:{alt(lex.EN_NO_NAME_NOUNS_ANY_CASE, ascii_boundary=True)}))"
)
_EN_MOVE_UP = {w.lower() for w in lex.EN_MOVE_UP}
#: moving up one position / up three places / down 2 spots
EN_MOVE = Lazy(
    rf"(?<![A-Za-z])(?P<mv>(?i:{alt([*lex.EN_MOVE_UP, *lex.EN_MOVE_DOWN], ascii_boundary=True)}))"
    rf"\s++(?:(?i:by)\s++)?(?P<n>{_EN_NUM})\s++(?i:{alt(lex.EN_MOVE_UNITS, ascii_boundary=True)})"
    # (to 12th, to 5th place, to rank 12th: the position reached)
    rf"(?:\s++(?i:to)\s++(?:(?i:{alt(lex.EN_MOVE_TO_FILL, ascii_boundary=True)})\s++)?{_THE}"
    rf"(?P<pos>{_EN_ORD})"
    rf"(?:\s++(?i:{alt(lex.EN_PLACE_NOUNS, ascii_boundary=True)})(?![A-Za-z])|{_ORD_GUARD}){_TAIL})?",
    regex.VERSION1,
)
#: took first place in the province / won third place among 18 cities
EN_PLACE = Lazy(
    rf"(?<![A-Za-z])(?i:{alt(lex.EN_PLACE_VERBS, ascii_boundary=True)})\s++{_THE}"
    rf"(?P<ord>{_EN_ORD}|(?i:{alt(lex.EN_PLACE_FIRST, ascii_boundary=True)}))\s++"
    rf"(?i:{alt(lex.EN_PLACE_NOUNS, ascii_boundary=True)}){_TAIL}",
    regex.VERSION1,
)
#: topped the list / tops the national ranking in Sichuan
EN_TOPPED = Lazy(
    rf"(?<![A-Za-z])(?i:{alt(lex.EN_TOPPED_VERBS, ascii_boundary=True)})\s++(?i:the|its|a)\s++"
    rf"(?:[A-Za-z'’-]++\s++){{0,2}}?(?i:{alt(lex.EN_TOPPED_NOUNS, ascii_boundary=True)})(?![A-Za-z]){_TAIL}",
    regex.VERSION1,
)
_PLACE = rf"(?:\s++(?i:{alt(lex.EN_PLACE_NOUNS, ascii_boundary=True)}))?+"
#: rose to 30th from 35th / fell from 3rd place to 6th: the position reached, and the move
EN_MOVE_BETWEEN = Lazy(
    rf"(?<![A-Za-z])(?P<mv>(?i:{alt(lex.EN_MOVE_BETWEEN_VERBS, ascii_boundary=True)}))\s++"
    rf"(?:(?P<dir>(?i:up|down))\s++)?"
    rf"(?:(?i:to)\s++{_THE}(?P<pos>{_EN_ORD}){_PLACE}\s++(?i:from)\s++{_THE}(?P<prev>{_EN_ORD}){_PLACE}"
    rf"|(?i:from)\s++{_THE}(?P<prev>{_EN_ORD}){_PLACE}\s++(?i:to)\s++{_THE}(?P<pos>{_EN_ORD}){_PLACE})"
    rf"(?![A-Za-z-]|\s++(?i:of)\s){_TAIL}",
    regex.VERSION1,
)
#: what ends an English clause about ranking (found forward and, reversed, backward)
_CLAUSE_END = Lazy(r"[.;!?\n]")
_CLAUSE_END_BACK = Lazy(_CLAUSE_END.pattern, regex.REVERSE)
_KEYWORD = Lazy(rf"(?<![A-Za-z])(?i:{alt(lex.EN_RANK_KEYWORDS, ascii_boundary=True)})")
_KEYWORD_SCOPE = Lazy(
    rf"(?<![A-Za-z])(?i:rank(?:ing|ed|s)?)\s++(?:in|across|within)\s++{_THE}(?P<scope>{_EN_SCOPE})",
    regex.VERSION1,
)
_BARE_ORD = Lazy(
    rf"(?<![A-Za-z\d.-])(?P<ord>{_EN_ORD_LOWER}){_ORD_GUARD}(?!\s++[A-Z])"
    rf"(?:\s++(?i:in|across|within)\s++{_THE}(?P<scope>{_EN_SCOPE}))?",
    regex.VERSION1,
)
_MOVE_TO_GAP = Lazy(rf"{_SP}{alt(lex.MOVE_TO_GAPS)}{_SP}")
_MOVE_GAP = Lazy(rf"(?:{alt([g for g in lex.MOVE_GAPS if g])})?+")


_DIGIT_ORDINAL = Lazy(r"(\d+)(?:st|nd|rd|th)")
_WS = Lazy(r"\s+")


def _int(text: str | None) -> int | None:
    """A rank number as an int: 65 / 六十五 / twenty-two / 11th / second."""
    if not text:
        return None
    t = text.strip().lower()
    if t in num_lex.EN_ORDINALS:
        return num_lex.EN_ORDINALS[t]
    m = _DIGIT_ORDINAL.fullmatch(t)
    if m:
        return int(m.group(1))
    value = numeral_value(text)
    if value is None or value != value.to_integral_value() or value <= 0:
        return None
    return int(value)


def _rank(position: int | None = None, top: int | None = None, total: int | None = None,
          scope: str | None = None, change: int | None = None) -> Rank:
    return assembled(Rank, position=position, top=top, total=total, scope=scope, change=change)


def _scope(m: regex.Match[str]) -> str | None:
    found = m.captures("scope") + (m.captures("scope0") if "scope0" in m.groupdict() else [])
    return found[0] if found else None


_TOTAL_REACH = 30


def _zh_total(text: str, m: regex.Match[str]) -> int | None:
    if "total" in m.groupdict() and m.group("total"):
        return _int(m.group("total"))  # (after its scope: 全省11个设区市首位)
    hit = _ZH_TOTAL_BEFORE.search(text, max(0, m.start() - _TOTAL_REACH), m.start())
    return _int(hit.group("n")) if hit else None


def _zh_scope(text: str, m: regex.Match[str]) -> str | None:
    """The rank's scope, or the one its total before it names (全省21个市州中排名第5: 全省)."""
    scope = _scope(m)
    if scope is None and not ("total" in m.groupdict() and m.group("total")):
        hit = _ZH_TOTAL_BEFORE.search(text, max(0, m.start() - _TOTAL_REACH), m.start())
        scope = hit.group("tscope") if hit else None
    if scope is None:
        # (a frame: 在全省开发区综合考核中，经开区位列第5位)
        frame = _ZH_SCOPE_FRAME.search(text, max(0, m.start() - _TOTAL_REACH), m.start())
        scope = frame.group("scope") if frame else None
    return scope


def _zh_frame_start(text: str, start: int) -> int:
    """Where a ranking's frame before it begins (在全省……考核中，), else -1."""
    hit = _ZH_SCOPE_FRAME.search(text, max(0, start - _TOTAL_REACH), start)
    return hit.start() if hit else -1


def _zh_total_start(text: str, start: int) -> int:
    """Where a total written before a Chinese rank begins (在22个区县中), else -1."""
    hit = _ZH_TOTAL_BEFORE.search(text, max(0, start - _TOTAL_REACH), start)
    return hit.start() if hit else -1


def _zh_position(text: str, m: regex.Match[str]) -> Rank | None:
    n = _int(m.group("n"))
    if n is None:
        return None
    if not (m.group("verb") or _scope(m) or m.group("unit")):
        return None
    return _rank(position=n, total=_zh_total(text, m), scope=_zh_scope(text, m))


def _zh_top(text: str, m: regex.Match[str]) -> Rank | None:
    n = _int(m.group("n"))
    if n is None or not (m.group("verb") or _scope(m) or m.group("unit")):
        return None
    return _rank(top=n, total=_zh_total(text, m), scope=_zh_scope(text, m))


def _zh_top_strong(text: str, m: regex.Match[str]) -> Rank | None:
    n = _int(m.group("n"))
    return None if n is None else _rank(top=n, scope=_scope(m))


def _zh_first(text: str, m: regex.Match[str]) -> Rank | None:
    mid = m.group("mid")
    if mid is not None:
        total_m = _ZH_TOTAL.match(mid) or _ZH_TOTAL.match(mid, len(_scope_prefix(mid)))
        total = _int(total_m.group("n")) if total_m else None
        scope = _scope(m) or (_scope_prefix(mid) or None)
        return _rank(position=1, total=total, scope=scope)
    if m.group("first") in lex.ZH_FIRST_NEEDS_VERB and not m.group("verb"):
        return None
    return _rank(position=1, total=_zh_total(text, m), scope=_zh_scope(text, m))


_SCOPE_PREFIX = Lazy(_SCOPE)


def _scope_prefix(text: str) -> str:
    m = _SCOPE_PREFIX.match(text)
    return m.group() if m else ""


def _zh_move(text: str, m: regex.Match[str]) -> Rank | None:
    n = _int(m.group("n"))
    if n is None:
        return None
    return _rank(change=n * _ZH_MOVE_VERBS[m.group("mv")])


def _zh_from_to(text: str, m: regex.Match[str]) -> Rank | None:
    a, b = _int(m.group("a")), _int(m.group("n"))
    if a is None or b is None:
        return None
    return _rank(position=b, change=a - b, scope=_scope(m))


def _en_verb(text: str, m: regex.Match[str]) -> Rank | None:
    total = _int(m.group("total"))
    scope = _scope(m)
    if m.group("ord"):
        return _rank(position=_int(m.group("ord")), total=total, scope=scope)
    if m.group("one") or m.group("top1"):
        return _rank(position=1, total=total, scope=scope)
    if m.group("no"):
        return _rank(position=_int(m.group("no")), total=total, scope=scope)
    top = _int(m.group("topn"))
    return None if top is None else _rank(top=top, total=total, scope=scope)


def _en_top(text: str, m: regex.Match[str]) -> Rank | None:
    top = _int(m.group("topn"))
    return None if top is None else _rank(top=top, scope=_scope(m))


def _en_no(text: str, m: regex.Match[str]) -> Rank | None:
    return _rank(position=_int(m.group("n")))


def _en_move(text: str, m: regex.Match[str]) -> Rank | None:
    n = _int(m.group("n"))
    if n is None:
        return None
    sign = 1 if _WS.sub(" ", m.group("mv").lower()) in _EN_MOVE_UP else -1
    return _rank(position=_int(m.group("pos")), total=_int(m.group("total")), scope=_scope(m),
                 change=sign * n)


def _en_place(text: str, m: regex.Match[str]) -> Rank | None:
    n = 1 if m.group("ord").lower() in lex.EN_PLACE_FIRST else _int(m.group("ord"))
    return None if n is None else _rank(position=n, total=_int(m.group("total")), scope=_scope(m))


def _en_topped(text: str, m: regex.Match[str]) -> Rank | None:
    return _rank(position=1, total=_int(m.group("total")), scope=_scope(m))


def _en_move_between(text: str, m: regex.Match[str]) -> Rank | None:
    pos, prev = _int(m.group("pos")), _int(m.group("prev"))
    if pos is None or prev is None or pos == prev:
        return None
    way = lex.EN_MOVE_BETWEEN_VERBS[_WS.sub(" ", m.group("mv").lower())]
    if m.group("dir"):
        way = 1 if m.group("dir").lower() == "up" else -1
    if way and (prev - pos) * way < 0:
        return None  # "rose from the 1st to the 5th": no move up a ranking
    return _rank(position=pos, total=_int(m.group("total")), scope=_scope(m), change=prev - pos)


_BUILDERS = (
    (ZH_POSITION, _zh_position), (ZH_TOP, _zh_top), (ZH_TOP_STRONG, _zh_top_strong), (ZH_FIRST, _zh_first),
    (ZH_MOVE, _zh_move),
    (ZH_FROM_TO, _zh_from_to), (EN_VERB_RANK, _en_verb), (EN_TOP, _en_top), (EN_NO, _en_no),
    (EN_MOVE, _en_move), (EN_PLACE, _en_place), (EN_TOPPED, _en_topped), (EN_MOVE_BETWEEN, _en_move_between),
)
#: the patterns tried only in the zones of the words every match holds (see :mod:`.zones`;
#: ``tests/test_zones.py`` proves they find what a full scan finds)
#: a Chinese rank's head (a scope, a few Han characters, a verb) holds no clause mark
_CLAUSE_BACK = Lazy(r"[^，。；,;!?！？]*+", regex.REVERSE | regex.VERSION1)


def _in_clause(*words: str) -> Zoner:
    """The zones of a Chinese pattern whose every match holds one of ``words``, and before
    it only its head: from the clause's start to the word."""
    return Zoner(anchor=anchors(words), reach=_CLAUSE_BACK, lead=(0, 0))


_ZONERS: dict[Lazy, Zoner] = {
    ZH_POSITION: _in_clause(lex.ZH_ORDINAL),  # 第
    ZH_TOP: _in_clause(lex.ZH_TOP),  # 前
    ZH_TOP_STRONG: _in_clause(lex.ZH_STRONG),  # 强
    ZH_FIRST: _in_clause(lex.ZH_HEAD, *lex.ZH_FIRST_WORDS),  # 之首 / 榜首 / 首位
    ZH_FROM_TO: _in_clause(*lex.ZH_FROM),  # 由 / 从
    ZH_MOVE: at_words([*lex.ZH_MOVES_NO_UNIT, *lex.ZH_MOVES_WITH_UNIT]),
    EN_VERB_RANK: at_words(bounded=lex.EN_VERBS),
    # "top", and before it only "the"
    EN_TOP: Zoner(anchor=anchors([], bounded=[lex.EN_TOP]), reach=reach_pattern([], ["the"]), lead=(0, 0)),
    EN_MOVE: at_words(bounded=[*lex.EN_MOVE_UP, *lex.EN_MOVE_DOWN]),
    EN_PLACE: at_words(bounded=lex.EN_PLACE_VERBS),
    EN_TOPPED: at_words(bounded=lex.EN_TOPPED_VERBS),
    EN_MOVE_BETWEEN: at_words(bounded=lex.EN_MOVE_BETWEEN_VERBS),
}
ZONED = [(f"rank.{h.__name__}", p, _ZONERS[p], False) for p, h in _BUILDERS if p in _ZONERS]


def _bare_ordinals(text: str) -> list[Found]:
    """Ordinals in a clause about ranking, after its ranking word: "rose from ninth to second".

    The ranking words are found first (one scan), and each one's clause around it: most
    clauses hold none.
    """
    out: list[Found] = []
    done = 0  # where the clause of the last ranking word handled ends
    for key in _KEYWORD.finditer(text):
        if key.start() < done:
            continue  # a later ranking word of a clause already handled
        # (back no further than the end of the clause handled last: each stretch is read once)
        before = _CLAUSE_END_BACK.search(text, done, key.start())
        start = before.end() if before else 0
        after = _CLAUSE_END.search(text, key.end())
        end = done = after.start() if after else len(text)
        ks = _KEYWORD_SCOPE.search(text, start, end)
        clause_scope = ks.group("scope") if ks else None
        for m in _BARE_ORD.finditer(text, key.end(), end):
            n = _int(m.group("ord"))
            if n is None:
                continue
            scope = m.group("scope") or clause_scope
            out.append(Found("rank", m.start(), m.end("ord"), _rank(position=n, scope=scope)))
    return out


def _candidates(text: str) -> list[Found]:
    out: list[Found] = []
    seen = zones.AnchorSpans(text)
    for pattern, build in _BUILDERS:
        zoner = _ZONERS.get(pattern)
        matches = pattern.finditer(text) if zoner is None else zones.finditer(
            pattern, text, zoner.zones(text, seen=seen))
        for m in matches:
            value = build(text, m)
            if value is None:
                continue
            ctx = _zh_total_start(text, m.start()) if value.total is not None else -1
            if ctx < 0 and value.scope is not None and value.scope not in m.group():
                ctx = _zh_frame_start(text, m.start())  # (the frame that names the scope)
            out.append(Found("rank", m.start(), m.end(), value, ctx))
    return out


def _keep(found: list[Found]) -> list[Found]:
    """Longest first, then drop overlaps; back in text order."""
    return drop_overlaps(found, key=lambda f: (-(f.end - f.start), f.start))


def _merge_moves(text: str, found: list[Found]) -> list[Found]:
    """A position followed by its move is one phrase: 排名第65位,进位20."""
    out: list[Found] = []
    for f in found:
        prev = out[-1] if out else None
        v, pv = f.value, prev.value if prev else None
        if (prev is not None and isinstance(v, Rank) and isinstance(pv, Rank)
                and v.position is None and v.top is None and v.change is not None
                and pv.change is None and (pv.position is not None or pv.top is not None)
                and _MOVE_GAP.fullmatch(text, prev.end, f.start)):
            out[-1] = Found("rank", prev.start, f.end, assembled(Rank, **{**pv.__dict__, "change": v.change}))
            continue
        if (prev is not None and isinstance(v, Rank) and isinstance(pv, Rank)
                and pv.position is None and pv.top is None and pv.change is not None
                and v.change is None and v.position is not None
                and (_MOVE_TO_GAP.fullmatch(text, prev.end, f.start) or (
                    text[prev.end:f.start].strip() in lex.MOVE_TO_MARKS
                    and text.startswith(lex.MOVE_TO_LEADS, f.start)))):
            # 提升5个位次至第12位: the move, then the position it reaches
            out[-1] = Found("rank", prev.start, f.end, assembled(Rank, **{**v.__dict__, "change": pv.change}))
            continue
        out.append(f)
    return out


def find(text: str, ctx: Context) -> list[Found]:
    """Every rank phrase in normalised ``text``.

    >>> [(f.value.position, f.value.top, f.value.scope) for f in find("位居全省第三,居全省前两位", Context())]
    [(3, None, '全省'), (None, 2, '全省')]
    >>> [f.value.position for f in find("It ranked second in Sichuan province; the first quarter", Context())]
    [2]
    >>> find("第三届博览会", Context())
    []
    """
    found = _keep(_candidates(text) + _bare_ordinals(text))
    return _merge_moves(text, found)
