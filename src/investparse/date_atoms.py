"""Date atoms: the smallest date phrases (a year, a month and day, a quarter, a relative word).

Each pattern is built from ``lexicon.dates`` and yields :class:`Atom` objects holding a
:class:`~investparse.timex.Partial`; ``dates`` joins adjacent atoms into points, ranges and
open ranges. A *weak* atom (a bare day number, ``4/22``) counts only inside a larger phrase
or when it is the whole text.

>>> [(a.start, a.end, a.lo.y, a.lo.m) for a in atoms("2024年5月")]
[(0, 5, 2024, None), (5, 7, None, 5)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import regex

from . import zones
from ._patterns import HAN, Lazy, alt, starts
from .found import drop_overlaps
from .lexicon import dates as lex
from .lexicon import numerals as num_lex
from .numerals import NUMBER_CHARS
from .timex import Partial
from .zones import Hits, Zoner, anchors, at_words, reach_pattern


@dataclass(frozen=True, slots=True)
class Atom:
    """A date phrase at ``start:end``: a point (``hi`` None) or a range ``lo``..``hi``."""

    start: int
    end: int
    lo: Partial
    hi: Partial | None = None
    weak: bool = False


# ---------------------------------------------------------------- numbers
_ZH_DIGIT = {k: v for k, v in num_lex.ZH_DIGITS.items() if k in "零〇一二三四五六七八九两"}


def zh_int(text: str) -> int | None:
    """A small Chinese or Arabic numeral (a year, month or day) as an int.

    >>> zh_int("二零零四"), zh_int("两千零四"), zh_int("二十三"), zh_int("十二"), zh_int("07")
    (2004, 2004, 23, 12, 7)
    """
    t = text.strip()
    if not t:
        return None
    if t.isascii():
        return int(t) if t.isdigit() else None
    if all(c in _ZH_DIGIT for c in t):
        return int("".join(str(_ZH_DIGIT[c]) for c in t))
    total, cur = 0, 0
    units = {"十": 10, "百": 100, "千": 1000}
    for c in t:
        if c in _ZH_DIGIT:
            cur = _ZH_DIGIT[c]
        elif c in units:
            total += (cur or 1) * units[c]
            cur = 0
        else:
            return None
    return total + cur


def _en_day_words() -> dict[str, int]:
    words: dict[str, int] = {}
    for w, v in num_lex.EN_ORDINALS.items():
        if v <= 31:
            words[w] = v
            words[w.replace("-", " ")] = v
    for w, v in num_lex.EN_ONES.items():
        if 1 <= v <= 19:
            words[w] = v
    for tens in ("twenty", "thirty"):
        base = num_lex.EN_TENS[tens]
        words[tens] = base
        for w, v in num_lex.EN_ONES.items():
            if 1 <= v <= 9 and base + v <= 31:
                words[f"{tens}-{w}"] = words[f"{tens} {w}"] = base + v
    return words


EN_DAY_WORDS = _en_day_words()


_WS = Lazy(r"\s++")
_DAY_DIGITS = Lazy(r"0?(\d{1,2})(?:st|nd|rd|th)?")
_ZH_YEAR_HEAD = Lazy(r"\S+?(?=\s*年)")


def en_day(text: str) -> int | None:
    """An English day number as written (``22nd``, ``twenty-first``, ``9``) as an int.

    >>> en_day("22nd"), en_day("twenty one"), en_day("fourth")
    (22, 21, 4)
    """
    if text.isascii() and text.isdigit() and (len(text) <= 2 or (len(text) == 3 and text[0] == "0")):
        return int(text)  # what _DAY_DIGITS reads of digits alone ("7", "21", "021"), without a regex
    t = _WS.sub(" ", text.strip().lower())
    m = _DAY_DIGITS.fullmatch(t)
    if m:
        return int(m.group(1))
    return EN_DAY_WORDS.get(t)


# ---------------------------------------------------------------- pattern pieces
_B = r"(?<![A-Za-z])"
_E = r"(?![A-Za-z])"
_FULL_MONTHS = [w for w in lex.EN_MONTHS if len(w) > 4 or w in ("may", "june", "july")]
_FULL_MONTH_SET = frozenset(_FULL_MONTHS)
_ABBR_MONTHS = [w for w in lex.EN_MONTHS if w not in _FULL_MONTHS]
MON = rf"(?i:{_B}(?:{alt(_FULL_MONTHS)}|{alt(_ABBR_MONTHS)}\.?+)(?![a-zA-Z]))"
_MON_NAME = Lazy(rf"(?i){alt(lex.EN_MONTHS)}")
AR_MONTH = r"(?:1[0-2]|0?[1-9])"
AR_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
# 一十二月 / 一十五日: the 一 before 十 is written in full (cheque) style
ZH_MONTH = r"(?:一?十[一二]?|[一二三四五六七八九])"
ZH_DAY = r"(?:三十[一]?|二十[一二三四五六七八九]?|一?十[一二三四五六七八九]?|[一二三四五六七八九])"
EN_DAY_NUM = rf"(?:{AR_DAY}(?i:st|nd|rd|th)?)(?![\d:.,]\d)(?!\d)"
EN_DAY = rf"(?:{EN_DAY_NUM}|(?i:{_B}{alt(EN_DAY_WORDS, ascii_boundary=True)}))"
YEAR4 = r"(?:1[0-9]\d\d|20\d\d|2100)"
_QUANTITY_UNIT = (
    rf"\s*+[{regex.escape(lex.ZH_NOT_YEAR_AFTER)}]|\s*+(?i:{alt(lex.EN_NOT_YEAR_AFTER, ascii_boundary=True)})"
    rf"|{alt(lex.ZH_NOT_YEAR_AFTER_WORDS)}"
)
_NOT_YEAR_AFTER = rf"(?!\d|\.\d|,\d{{3}}|\s*+[-/.]\s*+\d|{_QUANTITY_UNIT})"
_NOT_YEAR_BEFORE = (
    r"(?<![\d.,:\\]|(?<![A-Za-z])\d[-/.]\s?|\d\s[-/]\s"
    + "".join(f"|(?i:{regex.escape(w)})\\s?" for w in lex.NOT_YEAR_BEFORE if not w.isalpha())
    + ")"
    + rf"(?<!(?i:{_B}(?:{'|'.join(w for w in lex.NOT_YEAR_BEFORE if w.isalpha())})\.?\s?))"
    + rf"(?<!(?i:{_B}{alt(lex.EN_QUANTITY_BEFORE)})\s{{1,2}})"
)
_DEICTIC = alt(lex.EN_DEICTIC, ascii_boundary=True)
ZH_CONN = alt(lex.ZH_RANGE_CONNECTORS)
def _non_ascii(pattern: str) -> list[str]:
    """The characters a pattern names that are not ASCII (what a Chinese reach walks).

    >>> _non_ascii(r"第?[一二1-4]季度")
    ['一', '二', '季', '度', '第']
    """
    return sorted({c for c in pattern if not c.isascii()})


_ZH_YEAR_NUMERALS = "零〇一二三四五六七八九"
_ZH_YEAR_DIGITS = (
    rf"(?:\d{{4}}|\d{{2}}|[{_ZH_YEAR_NUMERALS}]{{2,4}}"
    r"|[两二一]千(?:零?[一二三四五六七八九]?十?[一二三四五六七八九]?)?)"
)
#: 2024年 / 二〇二四年度 / 两千零八年: every match holds 年, and before it only the
#: year's digits and numerals (and white space)
_ZH_YEAR_ZONER = Zoner(anchor=anchors(["年"]), reach=reach_pattern(_non_ascii(_ZH_YEAR_DIGITS)), lead=(0, 0))
_ZH_YEAR_TAIL = rf"(?=\s*(?:{AR_MONTH}|{ZH_MONTH})月|\s*(?:{alt(lex.ZH_HALVES)}|第?[一二三四1-4]季度))"

#: a month or day number starts with a digit or a Chinese digit or 十
_ZH_SMALL_NUMBER_STARTS = starts(loose=[*_ZH_DIGIT, *num_lex.ZH_SMALL_UNITS], digits=True)

Handler = Callable[[regex.Match[str], str], Atom | None]
_PATTERNS: list[tuple[Lazy, Handler]] = []
#: the patterns tried only in the zones of the English words every match holds (see
#: :mod:`.zones`; ``tests/test_zones.py`` proves they find what a full scan finds)
_ZONERS: dict[Lazy, Zoner | Hits] = {}


def _pattern(
    pattern: str, flags: int = 0, *, guard: str = "", zoner: Zoner | Hits | None = None
) -> Callable[[Handler], Handler]:
    def deco(fn: Handler) -> Handler:
        lazy = Lazy(pattern, flags | regex.VERSION0, guard=guard)
        _PATTERNS.append((lazy, fn))
        if zoner is not None:
            _ZONERS[lazy] = zoner
        return fn
    return deco


_AT_MONTH = at_words(bounded=lex.EN_MONTHS)
#: the numeric dates (4/22, 22.4.2024, 3-2024): every match holds a digit, a separator
#: and a digit, and starts on the digit before the separator or on the one before that
#: (``re``'s ``\s`` holds every white space ``regex``'s does: no hit is missed)
_DIGIT_SEP_DIGIT = Hits(r"\d\s*+[-/.]\s*+\d", lead=1)
#: (each numeric date pattern's own hits, matched only where those start: a superset of
#: where its matches start, less one; ``[ \t]`` where the pattern's ``\s`` says *not*)
_DMY_HITS = Hits(r"\d([-/.])\d\d?(?:\1|,\s*)\d", lead=1, within=_DIGIT_SEP_DIGIT)
_MY_HITS = Hits(rf"\d\s*+[-/]\s*+{YEAR4}", lead=1, within=_DIGIT_SEP_DIGIT)
_MD_HITS = Hits(
    rf"\d[-/.]\d\d?(?![\d%]|[.,/:]\d|[ \t]*+[%年月日{regex.escape(lex.ZH_NOT_YEAR_AFTER)}])",
    lead=1,
    within=_DIGIT_SEP_DIGIT,
)




def _in_chinese(text: str, start: int, end: int) -> bool:
    """Whether a Han character stands right before ``start`` or at ``end`` (a space apart).

    >>> _in_chinese("你12-11-10有时间吗", 1, 9), _in_chinese("on 12-11-10 at", 3, 11)
    (True, False)
    """
    before = text[max(0, start - 2):start].rstrip()[-1:]
    after = text[end:end + 2].lstrip()[:1]
    return HAN.search(before + after) is not None


def _month_of(name: str) -> int:
    m = _MON_NAME.match(name.strip())
    return lex.EN_MONTHS[m.group(0).lower()] if m else 0


def _yy(text: str, ref_pivot: int = 30) -> int:
    v = int(text)
    if len(text) >= 3:
        return v
    return 2000 + v if v <= ref_pivot else 1900 + v


# ---------------------------------------------------------------- Chinese
@_pattern(rf"(?<![\d.]){_ZH_YEAR_DIGITS}\s*(?:年度|年)(?!代|级|龄|限|均|薪|内|来)", zoner=_ZH_YEAR_ZONER)
def _zh_year(m: regex.Match[str], text: str) -> Atom | None:
    digits = _ZH_YEAR_HEAD.match(m.group(0))
    if digits is None:
        return None
    raw = digits.group(0)
    value = zh_int(raw)
    if value is None:
        return None
    short = len(raw) < 4 and "千" not in raw
    if short:
        before = text[max(0, m.start() - 1):m.start()]
        if not (raw[0] in "0零〇" or _ZH_YEAR_TAIL_RE.match(text, m.end()) or before in ("从", "自")):
            return None
        if len(raw) == 2 and raw.isdigit():
            value = _yy(raw)
        elif len(raw) == 2:
            value = _yy(f"{value:02d}")
    if not short and not 1000 <= value <= 2199:
        return None
    return Atom(m.start(), m.end(), Partial(y=value))


_ZH_YEAR_TAIL_RE = Lazy(_ZH_YEAR_TAIL)


def _zh_before(unit: str) -> Zoner:
    """The zones of a Chinese month or day: every match holds ``unit`` (月, 日, 号), and
    before the first only numbers, the unit itself and range connectors."""
    return Zoner(
        anchor=anchors(unit),
        reach=reach_pattern([*NUMBER_CHARS, *unit, "份", *(c for w in lex.ZH_RANGE_CONNECTORS for c in w)]),
        lead=(0, 0),
    )


@_pattern(
    rf"(?<![\d.个第]|\d\s)(?:(?P<m0>{AR_MONTH}|{ZH_MONTH})(?:月份?)?\s*(?P<conn>{ZH_CONN})\s*)?"
    rf"(?P<m>{AR_MONTH}|{ZH_MONTH})\s*(?:月份|月)(?!薪|票|度|饼|光|球|子|亮)"
    rf"(?:(?P<dz>{ZH_DAY})(?![日号\p{{Han}}\d]|[个万亿千百元%]))?",
    guard=_ZH_SMALL_NUMBER_STARTS,
    zoner=_zh_before("月"),
)
def _zh_month(m: regex.Match[str], text: str) -> Atom | None:
    month = zh_int(m.group("m"))
    if month is None or not 1 <= month <= 12:
        return None
    dz = zh_int(m.group("dz")) if m.group("dz") else None
    if m.group("m0"):
        m0 = zh_int(m.group("m0"))
        if m0 is None or not 1 <= m0 <= 12:
            return None
        return Atom(m.start(), m.end(), Partial(m=m0), Partial(m=month))
    return Atom(m.start(), m.end(), Partial(m=month, d=dz))


@_pattern(
    rf"(?<![\d.])(?:(?P<d0>{AR_DAY}|{ZH_DAY})(?:日|号)?\s*(?P<conn>{ZH_CONN})\s*)?"
    rf"(?P<d>{AR_DAY}|{ZH_DAY})\s*(?P<suf>日|号)(?![{regex.escape(lex.ZH_HAO_NOT_BEFORE)}])",
    guard=_ZH_SMALL_NUMBER_STARTS,
    zoner=_zh_before("日号"),
)
def _zh_day(m: regex.Match[str], text: str) -> Atom | None:
    day = zh_int(m.group("d"))
    if day is None or not 1 <= day <= 31:
        return None
    before = text[max(0, m.start() - 1):m.start()]
    weak = not m.group("d").isdigit() or (m.group("suf") == "号" and before != "月")
    if before == "月":
        weak = False
    if m.group("d0"):
        d0 = zh_int(m.group("d0"))
        if d0 is None or not 1 <= d0 < day:
            return None
        return Atom(m.start(), m.end(), Partial(d=d0), Partial(d=day), weak=weak and before != "月")
    return Atom(m.start(), m.end(), Partial(d=day), weak=weak)


_ZH_QUARTER = (
    # (a range may write 季度 only once: 1-3季度, 一至三季度)
    rf"(?<![前第\d])(?:第?(?P<q0>[一二三四1-4])(?:个?季度)?\s*{ZH_CONN}\s*)?"
    r"(?:第(?P<q1>[一二三四1-4])|(?P<q2>[一二三四1-4]))\s*(?:个)?季度"
    r"|前(?P<qn>[二两三2-3])个?季度"
)


#: every match holds 季度, and before it only 第/前, numbers, range connectors and 个
_ZH_QUARTER_ZONER = Zoner(
    anchor=anchors(["季度"]),
    reach=reach_pattern([*_non_ascii(_ZH_QUARTER), *(c for w in lex.ZH_RANGE_CONNECTORS for c in w)]),
    lead=(0, 0),
)


@_pattern(_ZH_QUARTER, zoner=_ZH_QUARTER_ZONER)
def _zh_quarter(m: regex.Match[str], text: str) -> Atom | None:
    if m.group("qn"):
        n = zh_int(m.group("qn"))
        return Atom(m.start(), m.end(), Partial(q=1), Partial(q=n)) if n else None
    q = zh_int(m.group("q1") or m.group("q2"))
    if m.group("q0"):
        q0 = zh_int(m.group("q0"))
        return Atom(m.start(), m.end(), Partial(q=q0), Partial(q=q)) if q0 and q and q0 < q else None
    return Atom(m.start(), m.end(), Partial(q=q)) if q else None


@_pattern(
    rf"(?<![{lex.ZH_FIRST_N_NOT_AFTER}])前(?P<n>\d{{1,2}}|[一二两三四五六七八九十]{{1,2}})\s*{alt(lex.ZH_MONTHS_UNIT)}"
    r"(?![薪票度饼光球子亮])"
)
def _zh_first_months(m: regex.Match[str], text: str) -> Atom | None:
    n = zh_int(m.group("n"))
    if n is None or not 2 <= n <= 12:
        return None
    return Atom(m.start(), m.end(), Partial(m=1), Partial(m=n))


@_pattern(alt(lex.ZH_HALVES) + "|" + alt(lex.ZH_REL_HALVES))
def _zh_half(m: regex.Match[str], text: str) -> Atom | None:
    w = m.group(0)
    if w in lex.ZH_REL_HALVES:
        return Atom(m.start(), m.end(), Partial(hrel=lex.ZH_REL_HALVES[w]))
    return Atom(m.start(), m.end(), Partial(h=lex.ZH_HALVES[w]))


def _zh_rel_year_word(word: str) -> str:
    """One relative year word, with the characters around it that make it part of others."""
    before = lex.ZH_REL_YEAR_NOT_AFTER + lex.ZH_REL_YEAR_WORD_NOT_AFTER.get(word, "")
    after = lex.ZH_REL_YEAR_WORD_NOT_BEFORE.get(word)
    return rf"(?<![{before}]){regex.escape(word)}" + (rf"(?![{after}])" if after else "")


@_pattern(
    "(?:" + "|".join(_zh_rel_year_word(w) for w in sorted(lex.ZH_REL_YEARS, key=len, reverse=True)) + ")"
    r"(?!度?[以]?[上下]?同期)"
)
def _zh_rel_year(m: regex.Match[str], text: str) -> Atom | None:
    return Atom(m.start(), m.end(), Partial(yrel=lex.ZH_REL_YEARS[m.group(0)]))


@_pattern(alt(lex.ZH_REL_MONTHS) + "|" + alt(lex.ZH_REL_QUARTERS) + "|" + alt(lex.ZH_REL_DAYS))
def _zh_rel_other(m: regex.Match[str], text: str) -> Atom | None:
    w = m.group(0)
    if w in lex.ZH_REL_MONTHS:
        return Atom(m.start(), m.end(), Partial(mrel=lex.ZH_REL_MONTHS[w]))
    if w in lex.ZH_REL_QUARTERS:
        return Atom(m.start(), m.end(), Partial(qrel=lex.ZH_REL_QUARTERS[w]))
    return Atom(m.start(), m.end(), Partial(drel=lex.ZH_REL_DAYS[w]))


@_pattern(
    rf"(?<![\d零〇一二三四五六七八九十今去明前后上本当来同该次往每全半]){lex.ZH_YEAR}"
    rf"(?P<mod>{alt(lex.ZH_YEAR_MODS)})(?![{lex.ZH_MOD_NOT_BEFORE}])"
)
def _zh_bare_mod(m: regex.Match[str], text: str) -> Atom | None:
    return Atom(m.start(), m.end(), Partial(yrel=0, mod=lex.ZH_YEAR_MODS[m.group("mod")]))


# ---------------------------------------------------------------- numeric
@_pattern(rf"(?<![\d.]){YEAR4}(?P<s>[-/.])(?P<m>{AR_MONTH})(?P=s)(?P<d>{AR_DAY})(?![\d]|\.\d)")
def _ymd(m: regex.Match[str], text: str) -> Atom | None:
    return Atom(m.start(), m.end(), Partial(y=int(m.group(0)[:4]), m=int(m.group("m")), d=int(m.group("d"))))


@_pattern(rf"(?<![\d.]){YEAR4}\s(?P<m>0[1-9]|1[0-2])\s(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
def _ymd_spaced(m: regex.Match[str], text: str) -> Atom | None:
    return _ymd(m, text)


@_pattern(r"(?<![\d.])(?P<y>19\d\d|20\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?![\d.])")
def _ymd_compact(m: regex.Match[str], text: str) -> Atom | None:
    return Atom(m.start(), m.end(), Partial(y=int(m.group("y")), m=int(m.group("m")), d=int(m.group("d"))))


@_pattern(
    # (a Han character may stand before it: 你12-11-10有空吗; no other word character)
    r"(?<![^\W\p{Han}]|[.,/:])(?P<a>\d{1,2})(?P<s>[-/.])(?P<b>\d{1,2})(?:(?P=s)|,\s*)(?P<y>\d{4}|\d{1,2})"
    r"(?![\d%]|[.,]\d)"
,
    zoner=_DMY_HITS,
)
def _dmy(m: regex.Match[str], text: str) -> Atom | None:
    a, b, ys = int(m.group("a")), int(m.group("b")), m.group("y")
    if m.group("s") != "/" and "," in m.group(0):
        return None
    if len(ys) == 1 or (len(ys) == 2 and _in_chinese(text, m.start(), m.end()) and b <= 12):
        # 27-7-3, and 12-11-10 in Chinese text: a two-digit year first (the Chinese order)
        y, mo, d = _yy(m.group("a")), b, int(ys)
    else:
        y = int(ys) if len(ys) == 4 else _yy(ys)
        if m.group("s") == "." or a > 12:
            d, mo = a, b
        else:
            mo, d = a, b
    return Atom(m.start(), m.end(), Partial(y=y, m=mo, d=d))


@_pattern(rf"(?<![\d.,/:-]){YEAR4}\s*(?P<s>[-/.])\s*(?P<m>{AR_MONTH})(?![\d%]|\.\d|\s*[-/.]\s*\d|\s*[年月日])")
def _ym(m: regex.Match[str], text: str) -> Atom | None:
    y = int(m.group(0)[:4])
    return Atom(m.start(), m.end(), Partial(y=y, m=int(m.group("m"))), weak=m.group("s") == ".")


@_pattern(
    rf"(?<![\w.,/:-])(?P<m>{AR_MONTH})\s*[-/]\s*(?P<y>{YEAR4})(?![\d%]|\.\d|\s*[-/]\s*\d|\s*年)",
    guard=starts(digits=True, not_after_digit=True),
    zoner=_MY_HITS,
)
def _my(m: regex.Match[str], text: str) -> Atom | None:
    return Atom(m.start(), m.end(), Partial(y=int(m.group("y")), m=int(m.group("m"))))


@_pattern(
    rf"(?<![\w.,/:])(?P<a>\d{{1,2}})(?P<s>[-/.])(?P<b>\d{{1,2}})"
    rf"(?![\d%]|[.,/:]\d|\s*[%年月日]|{_QUANTITY_UNIT})"
,
    zoner=_MD_HITS,
)
def _md(m: regex.Match[str], text: str) -> Atom | None:
    a, b = int(m.group("a")), int(m.group("b"))
    mo, d = (b, a) if a > 12 else (a, b)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return Atom(m.start(), m.end(), Partial(m=mo, d=d), weak=True)


@_pattern(
    rf"(?<![\d.,/:-]){YEAR4}(?:年)?\s*(?:{ZH_CONN}|(?i:to|through|till|until))\s*(?P<y1>{YEAR4})(?:\s*年)?"
    rf"(?![\d%]|\.\d|\s*[-/.]\s*\d)"
    # ("the 2024-25 period", "FY2023/24": the second year's last two digits, past any month's)
    rf"|(?<![\d.,/:-]){YEAR4}[-–/](?P<yy>[1-9]\d)(?![\d%]|\.\d|\s*[-/.:]\s*\d)"
)
def _year_range(m: regex.Match[str], text: str) -> Atom | None:
    y0 = int(m.group(0)[:4])
    if m.group("yy"):
        yy = int(m.group("yy"))
        y1 = y0 // 100 * 100 + yy
        if yy <= 12 or not 0 < y1 - y0 <= lex.SHORT_YEAR_RANGE_MAX:
            return None  # (2024-05 is a month; 2024-13 no range)
        return Atom(m.start(), m.end(), Partial(y=y0), Partial(y=y1))
    y1 = int(m.group("y1"))
    if not y0 < y1:
        return None
    if _NOT_YEAR_AFTER_RE.match(text, m.end()) is None and not m.group(0).endswith("年"):
        return None
    return Atom(m.start(), m.end(), Partial(y=y0), Partial(y=y1))


# ---------------------------------------------------------------- five-year plans
def _plan_years(n: int) -> tuple[int, int] | None:
    """The first and last year of the ``n``-th five-year plan (the third on)."""
    if n < lex.PLAN_FIRST:
        return None
    first = lex.PLAN_FIRST_YEAR + lex.PLAN_YEARS * (n - lex.PLAN_FIRST)
    return first, first + lex.PLAN_YEARS - 1


def _plan_atom(start: int, end: int, n: int, part: str | None) -> Atom | None:
    years = _plan_years(n)
    if years is None:
        return None
    if part == "end":
        return Atom(start, end, Partial(y=years[1], mod="end"))
    if part == "start":
        return Atom(start, end, Partial(y=years[0], mod="start"))
    return Atom(start, end, Partial(y=years[0]), Partial(y=years[1]))


_ZH_NUMERAL_AROUND = "零〇一二两三四五六七八九十百千万亿"


@_pattern(
    rf"(?<![{_ZH_NUMERAL_AROUND}\d])十(?P<n>[一二三四五六七八九])五(?P<q>[{lex.ZH_PLAN_QUOTES_CLOSE}])?"
    rf"(?:(?P<end>{alt(lex.ZH_PLAN_END)})|(?P<start>{alt(lex.ZH_PLAN_START)})|(?P<period>{alt(lex.ZH_PLAN_PERIOD)}))?"
    rf"(?![{_ZH_NUMERAL_AROUND}岁个年元\d])"
)
def _zh_plan(m: regex.Match[str], text: str) -> Atom | None:
    quoted = m.start() > 0 and text[m.start() - 1] in lex.ZH_PLAN_QUOTES_OPEN and m.group("q")
    part = "end" if m.group("end") else "start" if m.group("start") else None
    if not (quoted or part or m.group("period")):
        return None  # (二十四五岁, a bare 十四五 in a list of numbers)
    if not (part or m.group("period")) and text.startswith(lex.ZH_PLAN_DOCUMENT, m.end()):
        return None  # (“十四五”规划纲要: the plan, not its years)
    start = m.start() - 1 if quoted else m.start()
    return _plan_atom(start, m.end(), 10 + _ZH_DIGIT[m.group("n")], part)


_PLAN_ORDINALS = {w: n for w, n in num_lex.EN_ORDINALS.items() if n >= lex.PLAN_FIRST}


@_pattern(
    rf"(?i:{_B}(?P<start>{alt(lex.EN_PLAN_START)}\s+)?(?:the\s+)?"
    rf"(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{alt(_PLAN_ORDINALS)}))\s+"
    rf"(?:{alt(lex.EN_PLAN_WORDS)})(?:\s+\((?:fyp|{YEAR4}\s*[-–]\s*{YEAR4})\))?\s+"
    rf"(?:{alt(lex.EN_PLAN_PERIOD)}){_E})",
    zoner=Zoner(anchor=anchors((), bounded=lex.EN_PLAN_WORDS),
                reach=reach_pattern("0123456789", [*_PLAN_ORDINALS, "st", "nd", "rd", "th", "the", "-",
                                                         *(w for p in lex.EN_PLAN_START for w in p.split())]),
                lead=(0, 0)),
)
def _en_plan(m: regex.Match[str], text: str) -> Atom | None:
    n = int(m.group("d")) if m.group("d") else _PLAN_ORDINALS[m.group("w").lower()]
    return _plan_atom(m.start(), m.end(), n, "start" if m.group("start") else None)


# ---------------------------------------------------------------- English
_YEAR_WORDS = ("calendar", "year", "cy")


@_pattern(
    rf"(?<![\d.]){_NOT_YEAR_BEFORE}(?:(?i:(?:{_YEAR_WORDS[0]}\s+)?{_YEAR_WORDS[1]}|{_YEAR_WORDS[2]})\s+)?"
    # (not "the 1990s": a decade, which no year atom states)
    rf"(?P<y>{YEAR4})(?!\s*年|s(?![A-Za-z])){_NOT_YEAR_AFTER}",
    # (the look-behinds are costly: tried only where a year, or a word and a space, starts)
    guard=rf"(?={YEAR4}(?!\d)|(?i:{alt(_YEAR_WORDS)})\s)",
)
def _year(m: regex.Match[str], text: str) -> Atom | None:
    return Atom(m.start(), m.end(), Partial(y=int(m.group("y"))))


_NOT_YEAR_AFTER_RE = Lazy(_NOT_YEAR_AFTER)


_YEAR_TAIL = rf"(?:(?:\s*+,\s*+|\s*+[-/]\s*+|\s++)(?P<y>{YEAR4})(?![\d%]|\.\d))?+"


#: "the 21st of March", "twenty-first March", "21/March": a day's words and digits before a month
_BEFORE_MONTH = Zoner(
    anchor=_AT_MONTH.anchor,
    reach=reach_pattern("0123456789-/.,", [*EN_DAY_WORDS, "the", "of", "st", "nd", "rd", "th"]),
    lead=(0, 0),
)


@_pattern(rf"(?<![\d\w])(?:(?i:the)\s+)?(?P<d>{EN_DAY})\.?(?:\s+(?i:of)\s+|\s*[-/]\s*|\s*)(?P<mon>{MON}){_YEAR_TAIL}",
          zoner=_BEFORE_MONTH)
def _day_month(m: regex.Match[str], text: str) -> Atom | None:
    d = en_day(m.group("d"))
    if d is None:
        return None
    y = int(m.group("y")) if m.group("y") else None
    return Atom(m.start(), m.end(), Partial(y=y, m=_month_of(m.group("mon")), d=d))


@_pattern(
    rf"(?P<mon>{MON})\.?(?:\s*,?\s*|[-/])(?:(?i:the)\s+)?(?P<d>{EN_DAY})(?![\d:]){_YEAR_TAIL}",
    zoner=_AT_MONTH,
)
def _month_day(m: regex.Match[str], text: str) -> Atom | None:
    d = en_day(m.group("d"))
    if d is None:
        return None
    y = int(m.group("y")) if m.group("y") else None
    return Atom(m.start(), m.end(), Partial(y=y, m=_month_of(m.group("mon")), d=d))


@_pattern(
    rf"(?P<mon>{MON})\s*(?:(?i:of)\s+|')(?P<yy>\d{{2}})(?![\d:])|(?P<mon2>{MON})\s+(?P<yy2>[4-9]\d)(?![\d:])",
    zoner=_AT_MONTH,
)
def _month_yy(m: regex.Match[str], text: str) -> Atom | None:
    yy = m.group("yy") or m.group("yy2")
    return Atom(m.start(), m.end(), Partial(y=_yy(yy), m=_month_of(m.group("mon") or m.group("mon2"))))


_MONTH_CONN = rf"\s*(?i:{alt(lex.EN_RANGE_CONNECTORS, ascii_boundary=True)})\s*"
_AMBIGUOUS_MONTH_OK = Lazy(
    rf"\s*,?\s*(?:{YEAR4}|{AR_DAY}(?!\d))|\s+(?i:{_DEICTIC})\s+(?i:year)|{_MONTH_CONN}{MON}"
)
# (and a month before it, with a range connector: January-March, "January to May")
# ("mid-May", "early-March": a cue joined by a hyphen)
_CUE = Lazy(rf"(?i:{_B}{alt(lex.EN_MONTH_CUES)}(?:\s+|-)|\d\s*)$|{MON}{_MONTH_CONN}$")


@_pattern(MON, zoner=_AT_MONTH)
def _month(m: regex.Match[str], text: str) -> Atom | None:
    word = m.group(0).rstrip(".")
    cued = not word.islower() and _CUE.search(text[max(0, m.start() - 20):m.start()])
    if word.lower() in lex.EN_MONTHS_AMBIGUOUS and not cued and not _AMBIGUOUS_MONTH_OK.match(text, m.end()):
        return None
    # (an abbreviation is also a name, "Wang Jun": without a day, a year or a cue, a month
    # only when it is the whole text)
    weak = word.lower() not in _FULL_MONTH_SET and not cued and not _AMBIGUOUS_MONTH_OK.match(text, m.end())
    return Atom(m.start(), m.end(), Partial(m=_month_of(word)), weak=weak)


@_pattern(rf"(?<![\w])(?i:the)\s+(?P<d>{AR_DAY})(?P<suf>(?i:st|nd|rd|th))?(?![\d\w])(?!\s+(?!of\s)[A-Za-z])")
def _the_day(m: regex.Match[str], text: str) -> Atom | None:
    return Atom(m.start(), m.end(), Partial(d=int(m.group("d"))), weak=True)


@_pattern(
    rf"(?<![\w.,]){AR_DAY}(?i:st|nd|rd|th)?(?![\w%]|[.,]\d)",
    guard=starts(digits=True, not_after_digit=True),
)
def _bare_day(m: regex.Match[str], text: str) -> Atom | None:
    d = en_day(m.group(0))
    return Atom(m.start(), m.end(), Partial(d=d), weak=True) if d else None


_EN_ORD = alt(lex.EN_ORDINAL_PARTS, ascii_boundary=True)
_QUARTER_UNITS = ("quarter", "half")
_QUARTER_CODES = [f"{c}{n}" for c in "qh" for n in "1234"]
#: "the first quarter", "Q3": every match holds a unit word or a code; before the unit
#: only an ordinal and "the"
_QUARTER = Zoner(
    anchor=anchors((), bounded=[*_QUARTER_UNITS, *_QUARTER_CODES]),
    reach=reach_pattern("-", [*lex.EN_ORDINAL_PARTS, "the", "last"]),
    lead=(0, 0),
)


@_pattern(
    # ("first-quarter GDP": the hyphenated adjective too)
    rf"(?i:(?:(?P<the>the)\s+)?(?P<ord>{_EN_ORD}|(?<=the\s+)last)(?:\s+|-)(?P<unit>{alt(_QUARTER_UNITS)})"
    rf"(?![A-Za-z]|-[A-Za-z]))"
    rf"|(?<![A-Za-z])(?P<qh>[QqHh])(?P<n>[1-4])(?![A-Za-z\d])",
    zoner=_QUARTER,
)
def _quarter(m: regex.Match[str], text: str) -> Atom | None:
    if m.group("qh"):
        n = int(m.group("n"))
        if m.group("qh") in "Hh":
            return Atom(m.start(), m.end(), Partial(h=n)) if n <= 2 else None
        return Atom(m.start(), m.end(), Partial(q=n))
    word = m.group("ord").lower()
    unit = m.group("unit").lower()
    n = 4 if word == "last" else lex.EN_ORDINAL_PARTS[word]
    if unit == "half":
        n = 2 if word == "last" else n
        return Atom(m.start(), m.end(), Partial(h=n)) if n <= 2 else None
    return Atom(m.start(), m.end(), Partial(q=n))


_SMALL = {w: v for w, v in num_lex.EN_ONES.items() if 2 <= v <= 12}


@_pattern(
    # (a headline drops the article: "Economy grows in first three quarters")
    # (not after a possessive: "its first six months of operation" is no part of a year)
    rf"(?i:{_B}(?:the\s+(?:year['’]s\s+)?|(?<!(?:its|their|his|her|our|my|your)\s))"
    rf"first\s+(?P<n>{alt(_SMALL)}|\d{{1,2}})\s+(?P<unit>months|quarters){_E})"
)
def _first_n(m: regex.Match[str], text: str) -> Atom | None:
    raw = m.group("n").lower()
    n = int(raw) if raw.isdigit() else _SMALL[raw]
    if m.group("unit").lower() == "quarters":
        return Atom(m.start(), m.end(), Partial(q=1), Partial(q=n)) if 2 <= n <= 4 else None
    return Atom(m.start(), m.end(), Partial(m=1), Partial(m=n)) if 2 <= n <= 12 else None


_SENTENCE_ADVERB = Lazy(r",")


@_pattern(
    rf"(?i:{_B}(?:{alt(lex.EN_REL_DAYS)}|{alt(lex.EN_REL_YEAR_PHRASES)}|{alt(lex.EN_REL_MONTH_PHRASES)}"
    rf"|{alt(lex.EN_MOD_WORDS)}){_E})",
    zoner=at_words(bounded=[*lex.EN_REL_DAYS, *lex.EN_REL_YEAR_PHRASES, *lex.EN_REL_MONTH_PHRASES,
                            *lex.EN_MOD_WORDS]),
)
def _en_rel_phrase(m: regex.Match[str], text: str) -> Atom | None:
    w = _WS.sub(" ", m.group(0).lower())
    if w in lex.EN_REL_DAYS and _SENTENCE_ADVERB.match(text, m.end()) and m.group(0)[0].isupper():
        return None  # "Today, more and more ...": nowadays, not a calendar day
    if w in lex.EN_REL_DAYS:
        return Atom(m.start(), m.end(), Partial(drel=lex.EN_REL_DAYS[w]))
    if w in lex.EN_REL_YEAR_PHRASES:
        return Atom(m.start(), m.end(), Partial(yrel=lex.EN_REL_YEAR_PHRASES[w]))
    if w in lex.EN_REL_MONTH_PHRASES:
        return Atom(m.start(), m.end(), Partial(mrel=lex.EN_REL_MONTH_PHRASES[w]))
    unit, mod = lex.EN_MOD_WORDS[w]
    return Atom(m.start(), m.end(), Partial(yrel=0, mod=mod) if unit == "year" else Partial(mrel=0, mod=mod))


@_pattern(
    rf"(?i:{_B}(?P<dx>{_DEICTIC})\s+(?:(?P<unit>calendar\s+year|year|month|quarter)|(?P<mon>{MON})))(?![a-z])",
    zoner=at_words(bounded=lex.EN_DEICTIC),
)
def _deictic(m: regex.Match[str], text: str) -> Atom | None:
    dx = _WS.sub(" ", m.group("dx").lower())
    off = lex.EN_DEICTIC[dx]
    if m.group("mon"):
        word = m.group("mon").rstrip(".")
        # (a month's name that is also a word is one only written as a name: "this May",
        # not "this may not")
        if dx not in ("this", "last", "next") or (word.islower() and word in lex.EN_MONTHS_AMBIGUOUS):
            return None
        return Atom(m.start(), m.end(), Partial(yrel=off, m=_month_of(m.group("mon"))))
    unit = m.group("unit").lower().split()[-1]
    if unit == "year":
        if dx in lex.EN_DEICTIC_NOT_FOR_YEAR:
            return None
        return Atom(m.start(), m.end(), Partial(yrel=off))
    if unit == "month":
        return Atom(m.start(), m.end(), Partial(mrel=off))
    return Atom(m.start(), m.end(), Partial(qrel=off))


@_pattern(rf"(?i:{_B}(?:{alt(lex.EN_ANAPHORIC_YEAR)}){_E})")
def _anaphoric(m: regex.Match[str], text: str) -> Atom | None:
    return Atom(m.start(), m.end(), Partial(anaphoric=True), weak=True)


@_pattern(
    rf"(?i:{_B}(?P<mod>{alt(k for k in lex.EN_MOD_PREFIXES if k.endswith(' of'))})\s+"
    rf"(?P<unit>{alt(lex.EN_BARE_UNITS)}){_E})",
    zoner=at_words(bounded=[k for k in lex.EN_MOD_PREFIXES if k.endswith(" of")]),
)
def _mod_bare_unit(m: regex.Match[str], text: str) -> Atom | None:
    mod = lex.EN_MOD_PREFIXES[_WS.sub(" ", m.group("mod").lower())]
    if m.group("unit").lower().endswith("year"):
        return Atom(m.start(), m.end(), Partial(yrel=0, mod=mod))
    return Atom(m.start(), m.end(), Partial(mrel=0, mod=mod))


def atoms(text: str) -> list[Atom]:
    """Every date atom of ``text`` that no longer atom overlaps, in text order.

    >>> [(a.start, a.end) for a in atoms("On April 18 and in 2018")]
    [(3, 11), (19, 23)]
    """
    found: list[Atom] = []
    seen = zones.AnchorSpans(text)  # the month names, found once for the patterns that hold one
    for pattern, handler in _PATTERNS:
        zoner = _ZONERS.get(pattern)
        if zoner is None:
            matches = pattern.finditer(text)
        else:
            matches = zones.finditer(pattern, text, zoner.zones(text, seen=seen))
        for m in matches:
            a = handler(m, text)
            if a is not None and a.end > a.start:
                found.append(a)
    return drop_overlaps(found, key=lambda a: (-(a.end - a.start), a.weak, a.start))


#: (name, pattern, zoner, overlapped) of every zoned pattern, for ``tests/test_zones.py``
ZONED = [(f"date_atoms.{h.__name__}", p, _ZONERS[p], False) for p, h in _PATTERNS if p in _ZONERS]


def iter_patterns() -> Iterator[regex.Pattern[str]]:
    """The compiled atom patterns (for tests of their speed).

    >>> next(iter_patterns()).pattern[:1] != ""
    True
    """
    for pattern, _ in _PATTERNS:
        yield pattern.compiled
