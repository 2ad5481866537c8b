"""A document's own date (its dateline), read from the first lines only.

A full date counts as the dateline when it has a dateline's shape: on a line of its own or
followed by a clock time (``2025-03-14 15:53``), after a ``date``/``发布时间`` label, or in a
byline before ``/Source/``, ``(Agency)`` or ``--``. A date inside the first body sentence
does not count.

>>> detect_dateline("Title\\n2025-03-14 15:53  News\\nBody.")
(datetime.date(2025, 3, 14), 6, 16)
>>> detect_dateline("2024年5月1日，全市签约项目12个。") is None
True
"""

from __future__ import annotations

import datetime as dt

import regex

from ._patterns import Lazy, alt
from .lexicon import dates as lex
from .lexicon import segments as segments_lex

HEAD_CHARS = 300
HEAD_LINES = 6
_MON = rf"(?i:(?<![A-Za-z]){alt(lex.EN_MONTHS)}(?![A-Za-z]))\.?"
_FULL = Lazy(
    r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?P<s>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=s)(?P<d>3[01]|[12]\d|0?[1-9])(?!\d)"
    r"|(?<![\d.])(?P<y2>(?:19|20)\d\d)\s*年\s*(?P<m2>1[0-2]|0?[1-9])\s*月\s*(?P<d2>3[01]|[12]\d|0?[1-9])\s*日"
    rf"|(?P<mon>{_MON})\s+(?P<d3>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?,?\s+(?P<y3>(?:19|20)\d\d)(?!\d)"
    rf"|(?<!\d)(?P<d4>3[01]|[12]\d|0?[1-9])\s+(?P<mon4>{_MON})\s+(?P<y4>(?:19|20)\d\d)(?!\d)"
)
_LABEL = Lazy(
    rf"(?i:(?<![A-Za-z]){alt(lex.DATELINE_LABELS_EN)}\s*+:?\s*+|{alt(lex.DATELINE_LABELS_ZH)}\s*+[:：]?\s*+)$"
)
_BYLINE_BEFORE = Lazy(r"[A-Z]{2,}[A-Z .'-]*+,\s*+$")
#: a city in capitals and small letters opening its line, before a dateline with a dash
#: after it ("Beijing, May 20, 2026 — ...", "Hong Kong, 3 March 2026 -")
_CITY_BEFORE = Lazy(r"^[ \t]*+[A-Z][a-z]++(?:[ -][A-Z][a-z]++){0,2}+,[ \t]*+$")
_DASH_AFTER = Lazy(r"[ \t]*+(?:--|[-–—])[ \t]")
#: a site's or paper's name before the date on its line (某某县人民政府网 2025年4月22日 来源：)
_SITE_BEFORE = Lazy(rf"(?:{alt(lex.DATELINE_SITE_ENDS_ZH)})[ \t\u3000]*+$")
_LINE_END = Lazy(r"[ \t\u3000]*+(?:\r?\n|$)")
_SIGNATURE_BEFORE = Lazy(rf"(?:{alt(lex.DATELINE_SIGNATURE_ENDS_ZH)})[ \t\u3000]*+\r?\n[ \t\u3000]*+$")
#: a speech's date under its title (see lexicon.dates.DATELINE_SPEECH_DASHES)
_SPEECH_DASH_BEFORE = Lazy(rf"^[ \t\u3000]*+(?:{alt(lex.DATELINE_SPEECH_DASHES)})[ \t\u3000]*+$")
_SPEECH_AFTER = Lazy(rf"[ \t\u3000]*+(?:{alt(lex.DATELINE_SPEECH_AFTER_ZH)})")
#: a source label and its name before the date (来源：县招商服务中心 2025-04-22)
_SOURCE_BEFORE = Lazy(rf"^[ \t]*+(?:{alt(lex.DATELINE_AFTER)})[ \t]*+[:：][^\n]{{0,40}}?[ \t]*+$")
#: an opening bracket at the line's head or after a news agency's sign (本报讯（…）), and the
#: date in it closed by its pair (see lexicon.dates.DATELINE_BRACKETS)
_BRACKET_BEFORE = Lazy(
    rf"^[ \t]*+(?:(?:{alt(segments_lex.NEWS_AGENCIES_ZH)})"
    rf"[^\s，。,；;:：]{{0,{segments_lex.DATELINE_REACH_ZH}}}"
    rf"[{segments_lex.NEWS_DATELINE_SIGNS_ZH}][ \t\u3000]*+)?"
    rf"(?P<open>[{regex.escape(''.join(b[0] for b in lex.DATELINE_BRACKETS))}])[ \t]*+$"
)
_CLOSING = {b[0]: b[1] for b in lex.DATELINE_BRACKETS}
_TIME_AFTER = Lazy(r"\s*+\d{1,2}:\d{2}")
_SHAPE_AFTER = Lazy(
    # (the line's end first: a possessive \s*+ would take the line break it ends in)
    r"[ \t]*+(?:\r?\n|$)|\s*+(?:\d{1,2}:\d{2}|/|\(|--|-\s|—|\||$)|\s{2,}"
    rf"|[ \t]*+{alt(lex.DATELINE_AFTER)}\s*+[:：]"
    rf"|[ \t\u3000]*+(?:{alt(lex.DATELINE_WEEKDAY_ZH)})[{lex.DATELINE_WEEKDAY_DAYS_ZH}]"
    rf"|[ \t\u3000]*+{lex.DATELINE_PAGE_ZH[0]}[A-Za-z0-9０-９]{{1,4}}{lex.DATELINE_PAGE_ZH[1]}"
)


def _date_of(m: regex.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        if g["y"]:
            return dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
        if g["y2"]:
            return dt.date(int(g["y2"]), int(g["m2"]), int(g["d2"]))
        mon = g["mon"] or g["mon4"]
        key = mon.replace(".", "").lower()
        month = lex.EN_MONTHS.get(key)
        if month is None:
            return None
        if g["y3"]:
            return dt.date(int(g["y3"]), month, int(g["d3"]))
        return dt.date(int(g["y4"]), month, int(g["d4"]))
    except ValueError:
        return None


def _bracketed(head: str, before: str, end: int) -> bool:
    """Whether the date ending at ``end`` stands in a dateline's brackets (【2025-04-22】)."""
    opened = _BRACKET_BEFORE.search(before)
    if opened is None:
        return False
    rest = head[end:end + 8].lstrip(" \t")
    return rest.startswith(_CLOSING[opened.group("open")]) or (
        _TIME_AFTER.match(head, end) is not None)


def detect_dateline(text: str) -> tuple[dt.date, int, int] | None:
    """The document's own date (its dateline) near the head of ``text``, with its span, or None.

    >>> detect_dateline("no date here") is None
    True
    >>> detect_dateline("LOS ANGELES, CA, November 8, 2022 /EINPresswire.com/ -- Text")[0]
    datetime.date(2022, 11, 8)
    """
    head_end = min(len(text), HEAD_CHARS)
    lines_end = 0
    for _ in range(HEAD_LINES):
        nl = text.find("\n", lines_end)
        if nl < 0:
            lines_end = len(text)
            break
        lines_end = nl + 1
    head = text[:max(head_end, min(lines_end, 600))]
    for m in _FULL.finditer(head):
        day = _date_of(m)
        if day is None:
            continue
        line_start = head.rfind("\n", 0, m.start()) + 1
        before = head[line_start:m.start()]
        shaped = (
            not before.strip()
            and (_SHAPE_AFTER.match(head, m.end()) is not None or m.end() == len(head))
        ) or _LABEL.search(before) is not None or (
            _BYLINE_BEFORE.search(before) is not None and _SHAPE_AFTER.match(head, m.end()) is not None
        ) or _TIME_AFTER.match(head, m.end()) is not None or (
            _SITE_BEFORE.search(before) is not None and _SHAPE_AFTER.match(head, m.end()) is not None
        ) or _SOURCE_BEFORE.match(before) is not None or _bracketed(head, before, m.end()) or (
            _CITY_BEFORE.match(before) is not None and (
                _DASH_AFTER.match(head, m.end()) is not None or _LINE_END.match(head, m.end()) is not None)
        ) or (
            _SPEECH_DASH_BEFORE.match(before) is not None and _SPEECH_AFTER.match(head, m.end()) is not None
        )
        if shaped:
            return day, m.start(), m.end()
    return _signature_date(text)


def _signature_date(text: str) -> tuple[dt.date, int, int] | None:
    """The date alone on the last line of a signature at the end of ``text`` (an
    announcement's or a notice's: 某某公司董事会\\n2025年11月12日), with its span, or None.

    >>> t = "正文。\\n\\n青溪实业股份有限公司董事会\\n2025年11月12日\\n"
    >>> _signature_date(t)[0]
    datetime.date(2025, 11, 12)
    """
    lo = max(0, len(text.rstrip()) - lex.DATELINE_SIGNATURE_CHARS)
    for m in _FULL.finditer(text, lo):
        if (_LINE_END.match(text, m.end()) is None or text[m.end():].strip()
                or _SIGNATURE_BEFORE.search(text, max(0, m.start() - 40), m.start()) is None):
            continue
        day = _date_of(m)
        if day is not None:
            return day, m.start(), m.end()
    return None
