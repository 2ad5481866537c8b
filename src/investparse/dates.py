"""Dates: date atoms joined into points, ranges and open ranges, valued as TIMEX3.

The finder reads normalised text in four passes: atoms (``date_atoms``); adjacent atoms
joined into one point (``June`` + ``2016``, ``2024年`` + ``5月``, ``the first quarter`` +
``of this year``); modifiers (``the end of``, ``年底``, ``early``); ranges (``from … to …``,
``1至9月``) and open ranges (``since …``, ``…以来``, ``by …``).

>>> import datetime as dt
>>> ctx = Context(reference_date=dt.date(2025, 3, 14))
>>> [(f.start, f.end, f.value.timex) for f in find("今年3月,总投资40亿元", ctx)]
[(0, 4, '2025-03')]
>>> find("from 2015 to 2017", ctx)[0].value.model_dump()
{'timex': None, 'start': '2015', 'end': '2017', 'mod': None}
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import regex

from . import comparison
from ._patterns import HAN, Lazy, alt
from .date_atoms import Atom, atoms
from .dateline import detect_dateline
from .docyear import Period, infer_year
from .found import Context, Found
from .lexicon import dates as lex
from .lexicon import links as links_lex
from .lexicon import numerals as num_lex
from .lexicon import segments as seg_lex
from .lexicon import text as text_lex
from .models import DateValue, assembled
from .timex import Partial, Ref, evolve, fill, merge, order_key, timex

__all__ = ["detect_dateline", "document_year", "find", "find_in_document"]

_JOIN = Lazy(
    r"(?:\s*+,\s*+|\s*+[-/]\s*+|\s++(?i:of|in)\s++(?:(?i:the)\s++)?|'s\s++|\s*+的\s*+|\s*+)"
)
_JOIN_ZH = Lazy(r"(?:\s*+的\s*+|\s*+)")
_CONN = Lazy(
    rf"\s*+(?:{alt(lex.ZH_RANGE_CONNECTORS)}|(?i:{alt(lex.EN_RANGE_CONNECTORS, ascii_boundary=True)}))\s*+"
)
_AND = Lazy(
    rf"\s*+(?:{alt(lex.ZH_BETWEEN_CONNECTORS)}"
    rf"|(?i:{alt(lex.EN_BETWEEN_CONNECTORS, ascii_boundary=True)}))\s*+"
)
_OPENER = Lazy(
    rf"(?:(?P<zh>{alt(lex.ZH_RANGE_OPENERS)})\s*+|(?i:(?<![A-Za-z])(?P<en>{alt(lex.EN_RANGE_OPENERS)})\s++))$"
)
_CLOSER = Lazy(rf"\s*+{alt(lex.ZH_BETWEEN_CLOSERS)}")
_MOD_BEFORE = Lazy(
    rf"(?i:(?<![A-Za-z])(?P<mod>{alt(lex.EN_MOD_PREFIXES)})(?:\s*+-\s*+|\s++)(?:the\s++)?)$"
)
_NOT_MOD_GUARD = f"(?![{lex.ZH_MOD_NOT_BEFORE}])"
_ZH_YEAR_MOD = Lazy(rf"{lex.ZH_YEAR}?(?P<mod>{alt(lex.ZH_YEAR_MODS)}){_NOT_MOD_GUARD}")
_ZH_MONTH_MOD = Lazy(rf"(?P<mod>{alt(lex.ZH_MONTH_MODS)}){_NOT_MOD_GUARD}")
_ZH_QUARTER_MOD = Lazy(rf"(?P<mod>{alt(lex.ZH_QUARTER_MODS)}){_NOT_MOD_GUARD}")
_SINCE_BEFORE = Lazy(
    rf"(?:(?P<zh>{alt(lex.ZH_SINCE_BEFORE)})\s*+|(?i:(?<![A-Za-z])(?P<en>{alt(lex.EN_SINCE_BEFORE)})\s*+))$"
)
_SINCE_AFTER = Lazy(
    rf"\s*+(?:{alt(lex.ZH_SINCE_AFTER)}|(?i:{alt(lex.EN_SINCE_AFTER, ascii_boundary=True)}))"
)
_BY_BEFORE = Lazy(rf"(?i:(?<![A-Za-z]){alt(lex.EN_BY_BEFORE)}\s++)$")
_YEAR_SPAN_BREAK = Lazy(rf"[{re.escape(lex.YEAR_SPAN_BREAKS_ZH)}]|{alt(lex.YEAR_SPAN_BREAKS_EN)}")
_WS = Lazy(r"\s++")
#: the nearest sentence break before a position (matched right to left), and how far back
#: it is looked for: the words before an opening year are few
_SENTENCE_BREAK_BACK = Lazy(
    rf"[{re.escape(lex.YEAR_SPAN_BREAKS_ZH)}]|{alt(lex.YEAR_SPAN_BREAKS_EN)}", regex.REVERSE)
_FRAME_REACH_SHORT = 24
_FRAME_REACH = _FRAME_REACH_SHORT + lex.FRAME_LEAD_CLAUSE_CHARS
_LEAD_MARK = re.compile("[，," + re.escape(seg_lex.NEWS_DATELINE_SIGNS_ZH) + "]")
_LEAD_MARK_REACH = lex.FRAME_LEAD_CHARS + 4
_FRAME_LEAD = Lazy(
    rf"(?P<dateline>(?:{alt(seg_lex.NEWS_AGENCIES_ZH)})[^\s，。,；;:：]{{0,{seg_lex.DATELINE_REACH_ZH}}}"
    rf"[{seg_lex.NEWS_DATELINE_SIGNS_ZH}](?:[ \t\u3000]*+[（(][^）)\n]{{0,30}}+[）)])?[ \t\u3000]*+)?"
    rf"(?P<clause>[^\d，,。；;:：]{{1,{lex.FRAME_LEAD_CLAUSE_CHARS}}}+[，,]\s*+)?"
    rf"(?:[^\d]{{0,{lex.FRAME_LEAD_CHARS}}}+|(?i:{alt(lex.FRAME_LEAD_WORDS_EN, ascii_boundary=True)}))"
)
#: what may follow a date that closes its sentence: closing quotes and brackets, the stop
_SENTENCE_CLOSE = Lazy(
    r"[\s\"”’')]*+(?:[。！？!?]|\.(?!\d)(?=\s|$))"
    # (or a short aside after a comma: "..., up 3.4 percent.", "..., the ministry said.")
    rf"|(?P<aside>,(?:[^.。!?！？;；\n]|(?<=\d)\.(?=\d)){{1,{lex.CLOSING_ASIDE_CHARS}}}+)"
    r"(?:[!?]|\.(?!\d)(?=\s|$))"
)
_CLOSE_REACH = 300
_DIGIT = Lazy(r"\d")
_SPEECH_VERB = Lazy(rf"(?i:(?<![A-Za-z]){alt(links_lex.SPEECH_VERBS_EN)}(?![A-Za-z]))")
_NEWS_AGENCY_BEFORE = Lazy(
    rf"(?:{alt(seg_lex.NEWS_AGENCIES_ZH)})[^\s，。,；;:：\d]{{0,{seg_lex.DATELINE_REACH_ZH}}}$")
_AGENCY_REACH = seg_lex.DATELINE_REACH_ZH + max(map(len, seg_lex.NEWS_AGENCIES_ZH))
_SCHEDULE = Lazy(
    rf"(?i:(?<![A-Za-z]){alt(links_lex.SCHEDULE_WORDS_EN)}(?![A-Za-z]))|{alt(links_lex.SCHEDULE_LEADS_ZH)}"
)
_BARE_YEAR_WORDS = frozenset(w.lower() for w in lex.BARE_YEAR_WORDS)
_PREVIOUS_YEAR_WORDS = tuple(w.lower() for w in lex.PREVIOUS_YEAR_WORDS)
_UNTIL_NOW = Lazy(r"\s*+至今")
# Every Chinese digit and unit character read as the first one of its value in the
# numeral tables (壹/贰 -> 一/二, 拾 -> 十): one character for one, so offsets hold and
# the date patterns need only the ordinary forms (贰零壹叁年, 2004年第肆季度).
_ORDINARY: dict[int, str] = {}
for _table in (num_lex.ZH_DIGITS, num_lex.ZH_SMALL_UNITS):
    for _ch, _v in _table.items():
        _ORDINARY.setdefault(_v, _ch)
#: each numeral character that has a more ordinary spelling, to it (壹 -> 一)
_FOLD_NUMERALS = {
    ch: _ORDINARY[v] for table in (num_lex.ZH_DIGITS, num_lex.ZH_SMALL_UNITS) for ch, v in table.items()
    if _ORDINARY[v] != ch
}
# (a substitution where they stand: str.translate costs 0.1 µs on every character; the
# standard library's engine scans for a class of characters several times faster than
# the regex module)
@functools.cache
def _foldable() -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(sorted(_FOLD_NUMERALS))) + "]")


_TARGET_BEFORE = Lazy(rf"(?i:{alt(lex.TARGET_BEFORE, ascii_boundary=True)})\s*+$")
_TARGET_BEFORE_REACH = max(len(w) for w in lex.TARGET_BEFORE) + 3
_TARGET_AFTER = Lazy(
    rf"(?:的?\p{{Han}}{{0,{lex.TARGET_AFTER_GAP}}}?{alt([w for w in lex.TARGET_AFTER if not w.isascii()])}"
    rf"|[\s-]++(?i:{alt([w for w in lex.TARGET_AFTER if w.isascii()], ascii_boundary=True)}))"
)
_IN_BEFORE = Lazy(r"(?i:(?<![A-Za-z])(?:in|on|during)\s++)$|在$")
_LEAD = text_lex.PHRASE_LEAD
_TRAIL = text_lex.PHRASE_TRAIL


@dataclass(frozen=True, slots=True)
class _Item:
    start: int
    end: int
    lo: Partial
    hi: Partial | None = None
    weak: bool = False
    open_start: bool = False
    open_end: bool = False


def _item(a: Atom) -> _Item:
    return _Item(a.start, a.end, a.lo, a.hi, a.weak)


def _merge_items(a: _Item, b: _Item) -> _Item | None:
    """One item for two adjacent ones: a point with a point, or a range with a coarser point."""
    if a.hi is None and b.hi is None:
        p = merge(a.lo, b.lo)
        return None if p is None else _Item(a.start, b.end, p, None, a.weak and b.weak)
    point, rng = (a, b) if a.hi is None else (b, a)
    if point.hi is not None or rng.hi is None or point.weak:
        return None
    lo, hi = merge(rng.lo, point.lo), merge(rng.hi, point.lo)
    if lo is None or hi is None:
        return None
    return _Item(a.start, b.end, lo, hi, False)


def _join_points(text: str, items: list[_Item]) -> list[_Item]:
    out: list[_Item] = []
    for it in items:
        if out:
            prev = out[-1]
            gap = text[prev.end:it.start]
            zh = bool(HAN.search(text[prev.start:it.end]))
            # "In 2014, Dec. 22" is two dates; "2016, Nov" and "Dec. 22, 2014" are one
            year_then_day = "," in gap and prev.lo.groups() == {"year"} and "day" in it.lo.groups()
            # (nor across a line break: "June 2025\n\n1. The zone ..." is a heading's date, then a list)
            if (_JOIN_ZH if zh else _JOIN).fullmatch(gap) and not year_then_day and "\n" not in gap:
                merged = _merge_items(prev, it)
                if merged is not None:
                    out[-1] = merged
                    continue
        out.append(it)
    return out


def _apply_mods(text: str, items: list[_Item]) -> list[_Item]:
    out: list[_Item] = []
    for it in items:
        if it.hi is None and it.lo.mod is None and it.lo.d is None and it.lo.drel is None:
            groups = it.lo.groups()
            after = None
            if groups <= {"year"} and "year" in groups:
                after = _ZH_YEAR_MOD.match(text, it.end)
            elif "month" in groups:
                after = _ZH_MONTH_MOD.match(text, it.end)
            elif "quarter" in groups:
                after = _ZH_QUARTER_MOD.match(text, it.end)
            if after is not None and HAN.search(text[it.start:it.end]):
                mods = {**lex.ZH_YEAR_MODS, **lex.ZH_MONTH_MODS}
                it = evolve(it, end=after.end(), lo=evolve(it.lo, mod=mods[after.group("mod")]))
            else:
                before = _MOD_BEFORE.search(text, max(0, it.start - 24), it.start)
                if before is not None and "day" not in groups:
                    key = _WS.sub(" ", before.group("mod").lower())
                    it = evolve(it, start=before.start(), lo=evolve(it.lo, mod=lex.EN_MOD_PREFIXES[key]),
                                 weak=False)
        out.append(it)
    return out


def _later(a: Partial, b: Partial, ref: Ref) -> bool:
    ka, kb = order_key(a, ref), order_key(b, ref)
    return ka is not None and kb is not None and ka[0] == kb[0] and ka > kb


def _ref_free(a: Partial, b: Partial) -> bool:
    """Whether :func:`_later` answers the same for ``a`` and ``b`` whatever the reference:
    both name their year, or neither does and both are as far from the reference year
    (each is then read in the same year, the reference's or none)."""
    if a.y is not None and b.y is not None:
        return True
    return a.y is None and b.y is None and a.yrel == b.yrel


def _ranges(text: str, items: list[_Item], ref: Ref) -> tuple[list[_Item], bool]:
    """``items`` with two points joined into ranges, and whether any join was decided by
    the reference (whether another reference could join them otherwise)."""
    out: list[_Item] = []
    by_ref = False
    i = 0
    while i < len(items):
        a = items[i]
        if i + 1 < len(items) and a.hi is None and items[i + 1].hi is None:
            b = items[i + 1]
            gap = text[a.end:b.start]
            opener = _OPENER.search(text, max(0, a.start - 10), a.start)
            closer = _CLOSER.match(text, b.end)
            en_opener = (opener.group("en") or "").lower() if opener else ""
            between = _AND.fullmatch(gap) and (
                (opener and (opener.group("zh") in ("在", "从") or en_opener == "between")) or closer)
            # (a bare day ends a range only of days: "in 2022 to 15 billion yuan" is none)
            bare_day = b.lo.groups() == {"day"} and "day" not in a.lo.groups()
            if (_CONN.fullmatch(gap) or between) and not bare_day and not (
                    a.weak and b.weak and not (opener or closer)):
                lo, hi = fill(a.lo, b.lo), fill(b.lo, a.lo)
                if "year" not in a.lo.groups() and not _ref_free(lo, hi):
                    by_ref = True
                if "year" not in a.lo.groups() and _later(lo, hi, ref) and lo.y is not None:
                    lo = evolve(lo, y=lo.y - 1)
                elif "year" not in a.lo.groups() and _later(lo, hi, ref) and lo.yrel is not None:
                    lo = evolve(lo, yrel=lo.yrel - 1)
                start = opener.start() if opener and (opener.group("zh") != "在" or closer) else a.start
                end = closer.end() if closer else b.end
                rng = _Item(start, end, evolve(lo, mod=None), evolve(hi, mod=None),
                            weak=a.weak and b.weak)
                # "from 4 to 22 this month", "from January to April this year"
                if i + 2 < len(items) and items[i + 2].hi is None and not items[i + 2].weak:
                    c = items[i + 2]
                    if _JOIN.fullmatch(text[rng.end:c.start]) and not closer:
                        merged = _merge_items(rng, c)
                        if merged is not None:
                            out.append(evolve(merged, start=rng.start))
                            i += 3
                            continue
                out.append(rng)
                i += 2
                continue
        if a.hi is not None:
            opener = _OPENER.search(text, max(0, a.start - 10), a.start)
            if opener and (opener.group("zh") in ("从", "自", "由") or opener.group("en")):
                a = evolve(a, start=opener.start())
        out.append(a)
        i += 1
    return out, by_ref


def _open_ranges(text: str, items: list[_Item]) -> list[_Item]:
    out: list[_Item] = []
    for it in items:
        before = _SINCE_BEFORE.search(text, max(0, it.start - 16), it.start)
        after = _SINCE_AFTER.match(text, it.end)
        if before is not None and before.group("zh") in lex.ZH_SINCE_NEEDS_AFTER and after is None:
            before = None
        if before is not None or after is not None:
            if after is not None and _UNTIL_NOW.match(text, it.end) and it.hi is not None:
                after = None
            if before is not None or after is not None:
                it = evolve(it, start=before.start() if before else it.start,
                             end=after.end() if after else it.end, open_start=True, weak=False)
        elif _BY_BEFORE.search(text, max(0, it.start - 4), it.start) and it.hi is None and not it.lo.mod:
            by = _BY_BEFORE.search(text, max(0, it.start - 4), it.start)
            if by is not None:
                it = evolve(it, start=by.start(), open_end=True)
        out.append(it)
    return out


def _core_bounds(text: str) -> tuple[int, int]:
    """Where ``text`` starts and ends without surrounding spaces, quotes and punctuation."""
    first = len(text) - len(text.lstrip(_LEAD))
    last = len(text.rstrip(_TRAIL))
    return first, last


def _standalone(bounds: tuple[int, int], it: _Item) -> bool:
    """Whether the item is the whole text (a weak item counts only then)."""
    return it.start <= bounds[0] and it.end >= bounds[1]


def _unmodified(p: Partial) -> Partial:
    """``p`` without its modifier (a copy only when it has one: most have none)."""
    return p if p.mod is None else evolve(p, mod=None)


def _date_value(timex: str | None = None, start: str | None = None, end: str | None = None,
                mod: str | None = None) -> DateValue:
    """A :class:`DateValue` of parts made valid here (its fields in order)."""
    return assembled(DateValue, timex=timex, start=start, end=end, mod=mod)


def _value(it: _Item, ref: Ref) -> DateValue | None:
    lo = _unmodified(it.lo)
    if it.open_start or it.open_end:
        if it.hi is not None:
            first, last = timex(lo, ref), timex(_unmodified(it.hi), ref)
        else:
            first = last = timex(lo, ref)
        if it.open_start:
            return _date_value(start=first) if first else None
        return _date_value(end=last) if last else None
    if it.hi is not None:
        first, last = timex(lo, ref), timex(_unmodified(it.hi), ref)
        if first is None or last is None:
            return None
        if first == last:
            return _date_value(timex=first)
        return _date_value(start=first, end=last)
    value = timex(lo, ref)
    if value is None:
        return None
    mod = it.lo.mod if it.lo.mod in ("start", "mid", "end") else None
    return _date_value(timex=value, mod=mod)


def _has_year(it: _Item) -> bool:
    """Whether the item names its year (or is relative to the reference: 上月, today)."""
    return "year" in it.lo.groups() or (it.hi is not None and "year" in it.hi.groups())


def _stated_year(it: _Item, ref: Ref) -> int | None:
    """The one year a point or a range within a year states (2023年, 2023年1-6月, 去年
    against a reference), else None (2021-2025年, since 2023, 上月)."""
    if it.open_start or it.open_end:
        return None
    years = set()
    for p in (it.lo, it.hi):
        if p is None:
            continue
        if p.mrel is not None or p.drel is not None or p.qrel is not None or p.hrel is not None:
            return None
        if p.y is not None:
            years.add(p.y)
        elif p.yrel is not None and ref is not None:
            years.add((ref if isinstance(ref, int) else ref.year) + p.yrel)
        else:
            return None
    return years.pop() if len(years) == 1 else None


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the date at ``start`` opens its sentence (see ``FRAME_LEAD_CHARS``).

    >>> _opens_sentence("全年增长。2023年，……", 5), _opens_sentence("该公司成立于2015年", 6)
    (True, False)

    A news dateline and a lead-in clause of no figure may stand before it:

    >>> _opens_sentence("新华社北京1月20日电 初步核算，2025年全国……", 17)
    True
    """
    lo = max(0, start - _FRAME_REACH_SHORT)
    brk = _SENTENCE_BREAK_BACK.search(text, lo, start)
    # (a lead-in clause's comma or a dateline's sign stands right before the date, past a
    # few characters at most: only then is the longer reach read)
    if brk is None and lo > 0:
        if _LEAD_MARK.search(text, max(0, start - _LEAD_MARK_REACH), start) is None:
            return False  # (no sentence start near: the date is inside a long sentence)
        lo2 = max(0, start - _FRAME_REACH)
        brk = _SENTENCE_BREAK_BACK.search(text, lo2, lo)
        if brk is None and lo2 > 0:
            return False
    words = text[brk.end() if brk else 0:start].strip()
    if len(words) <= lex.FRAME_LEAD_CHARS or words.lower() in lex.FRAME_LEAD_WORDS_EN:
        return True
    if _LEAD_MARK.search(text, max(0, start - _LEAD_MARK_REACH), start) is None:
        return False
    # (a news dateline, then a lead-in clause: 新华社北京1月20日电 初步核算，2025年)
    lead = _FRAME_LEAD.fullmatch(words)
    return lead is not None and bool(lead.group("dateline") or lead.group("clause"))


def _in_news_dateline(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` is a Chinese news dateline's (新华社南京3月5日电).

    >>> _in_news_dateline("新华社南京3月5日电 江苏", 5, 9), _in_news_dateline("南京3月5日发布", 2, 6)
    (True, False)
    """
    return (text[end:end + 1] in seg_lex.NEWS_DATELINE_SIGNS_ZH and end < len(text)
            and _NEWS_AGENCY_BEFORE.search(text, max(0, start - _AGENCY_REACH), start) is not None)


def _closes_sentence(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` closes its sentence, which states a figure
    before it (a date closing a sentence of none is an event's: "The firm was founded in
    2015.") and no plan.

    >>> t = "Exports were 5 billion yuan last year. The plant will open 2 lines in 2027."
    >>> _closes_sentence(t, 28, 37), _closes_sentence(t, 70, 74)
    (True, False)
    """
    after = _SENTENCE_CLOSE.match(text, end)
    if after is None:
        return False
    if after.group("aside") is not None and _DIGIT.search(after.group("aside")) is None and (
            _SPEECH_VERB.search(after.group("aside")) is None):
        return False  # (an aside of a change or of who said it, not another clause: ", is the largest.")
    brk = _SENTENCE_BREAK_BACK.search(text, max(0, start - _CLOSE_REACH), start)
    lo = brk.end() if brk else max(0, start - _CLOSE_REACH)
    return _DIGIT.search(text, lo, start) is not None and _SCHEDULE.search(text, lo, start) is None


def _in_year(it: _Item, year: int, *, bare: bool = False) -> _Item:
    """The yearless item (a month, quarter or half: not a bare day) in ``year``; ``bare``:
    a year-end or year-start of no year of its own (年末), in ``year`` too."""
    if bare and it.hi is None and it.lo.yrel is not None:
        return evolve(it, lo=evolve(it.lo, y=year, yrel=None))
    parts = it.lo.groups() | (it.hi.groups() if it.hi is not None else set())
    if not parts & {"month", "quarter", "half"} or it.lo.anaphoric:
        return it
    hi = None if it.hi is None else evolve(it.hi, y=year)
    return evolve(it, lo=evolve(it.lo, y=year), hi=hi)


def _points(text: str) -> tuple[str, list[_Item]]:
    """The text with its numerals folded, and its date points with their modifiers (what
    needs no reference date)."""
    text = _foldable().sub(lambda m: _FOLD_NUMERALS[m.group()], text)
    items = [_item(a) for a in atoms(text)]
    items = _join_points(text, items)
    return text, _apply_mods(text, items)


def _items(text: str, points: list[_Item], ref: Ref) -> tuple[list[_Item], bool]:
    """Every date item of the folded ``text``: ``points`` joined into ranges and open
    ranges; and whether the reference decided a join (see :func:`_ranges`)."""
    ranges, by_ref = _ranges(text, points, ref)
    return _open_ranges(text, ranges), by_ref


def _year_of(text: str, points: list[_Item]) -> int | None:
    return _year_from(text, _items(text, points, None)[0])


def _year_from(text: str, items: list[_Item]) -> int | None:
    return infer_year(
        Period(it.lo, it.hi, it.open_end or _target(text, it), it.open_start)
        for it in items if not it.weak
    )


def _target(text: str, it: _Item) -> bool:
    """Whether the words around a date make it a target's or a plan's (到2030年, "target for
    2025", 2025年目标, "the 2025-2027 action plan"): it says nothing of when the text is written."""
    return (_TARGET_BEFORE.search(text, max(0, it.start - _TARGET_BEFORE_REACH), it.start) is not None
            or _TARGET_AFTER.match(text, it.end) is not None)


def document_year(text: str) -> int | None:
    """The year a text is written in, inferred from the dates it states (see :mod:`.docyear`),
    or None when it states no year or has no relative date to resolve.

    >>> document_year("In 2023, exports reached 5 billion yuan. From January to May this year, ...")
    2024
    >>> document_year("2024年以来，全市签约项目52个；今年计划完成投资80亿元。")
    2024
    >>> document_year("In 2023, exports reached 5 billion yuan.") is None
    True
    """
    return _year_of(*_points(text))


def find(text: str, ctx: Context) -> list[Found]:
    """Every date phrase in normalised ``text``, valued against ``ctx.reference_date``.

    >>> import datetime as dt
    >>> [f.value.timex for f in find("Dec. 22", Context())]
    ['XXXX-12-22']
    >>> [f.value.timex for f in find("In 2014, Dec. 22", Context())]  # (the sentence's year)
    ['2014', '2014-12-22']
    >>> find("since 2016", Context())[0].value.start
    '2016'
    """
    return find_in_document(text, ctx)[0]


def find_in_document(text: str, ctx: Context, *, infer_year: bool = False) -> tuple[list[Found], int | None]:
    """:func:`find`, and with ``infer_year`` and no reference in ``ctx``, the year inferred
    from the same phrases (:func:`document_year`) that they are then valued against.

    >>> text = "2023年，出口5亿元；今年1至5月，出口2亿元。"
    >>> found, year = find_in_document(text, Context(), infer_year=True)
    >>> year, found[-1].value.end
    (2024, '2024-05')
    """
    ref: Ref = ctx.reference_date if ctx.reference_date is not None else ctx.reference_year
    text, points = _points(text)
    year = None
    items: list[_Item] | None = None
    if ref is None and infer_year:
        items, by_ref = _items(text, points, None)
        year = ref = _year_from(text, items)
        if year is not None and by_ref:
            items = None  # a join the inferred year may decide otherwise: join again
    if items is None:
        items = _items(text, points, ref)[0]
    found: list[Found] = []
    bounds = _core_bounds(text)
    anchor: tuple[int, int] | None = None  # the year the sentence states, and where it ends
    # the year opening a sentence, and where its paragraph ends
    frame: tuple[int, int] | None = None
    # the date of a Chinese news dateline (新华社南京3月5日电): a bare day after it up to its
    # own (5日发布) is a day of its month
    dateline: Partial | None = None
    for it in items:
        if it.weak and not _standalone(bounds, it):
            continue
        if it.lo.anaphoric and it.hi is None and set(it.lo.groups()) == {"year"}:
            continue
        if frame is not None and frame[1] <= it.start:
            frame = None
        bare = text[it.start:it.end].lower() in _BARE_YEAR_WORDS
        if it.hi is None and it.lo.yrel == -1 and (anchor or frame) and (
                text[it.start:it.end].lower().startswith(_PREVIOUS_YEAR_WORDS)):
            # (上年 is the year before the one the text speaks of: 2025年，……比上年增长 is 2024)
            in_sentence = anchor is not None and _YEAR_SPAN_BREAK.search(text, anchor[1], it.start) is None
            governing = anchor if in_sentence else frame
            if governing is not None:
                it = evolve(it, lo=evolve(it.lo, y=governing[0] - 1, yrel=None))
        if _has_year(it) and not (bare and (anchor or frame)):
            if not comparison.is_base(text, it.start, it.end):  # (比2023年: no narrative time)
                stated = _stated_year(it, ref)
                anchor = None if stated is None else (stated, it.end)
                if stated is not None and (_opens_sentence(text, it.start)
                                           or _closes_sentence(text, it.start, it.end)):
                    end = text.find(lex.PARAGRAPH_BREAK, it.end)
                    frame = (stated, len(text) if end < 0 else end)
        elif anchor is not None and _YEAR_SPAN_BREAK.search(text, anchor[1], it.start) is None:
            it = _in_year(it, anchor[0], bare=bare)  # 2022年……，其中四季度: 2022-Q4
        elif frame is not None:
            it = _in_year(it, frame[0], bare=bare)  # 2023年，……。四季度，……: 2023-Q4
        if it.hi is None and not (it.open_start or it.open_end):
            if dateline is not None and it.lo.groups() == {"day"} and it.lo.d is not None and (
                    dateline.d is not None and it.lo.d <= dateline.d):
                it = evolve(it, lo=evolve(it.lo, m=dateline.m, y=dateline.y, yrel=dateline.yrel))
            elif it.lo.m is not None and it.lo.mrel is None and _in_news_dateline(text, it.start, it.end):
                dateline = it.lo
        value = _value(it, ref)
        if value is not None:
            lead = _IN_BEFORE.search(text, max(0, it.start - 8), it.start)
            found.append(Found("date", it.start, it.end, value, lead.start() if lead else -1))
    return found, year
