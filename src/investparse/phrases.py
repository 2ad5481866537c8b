"""Single-phrase parsers: one phrase in, one value (or None) out.

Each runs the same finder as :func:`investparse.parse_document` over the phrase and
accepts a result only when one phrase covers the whole input (surrounding spaces
and closing punctuation aside): extraction and single-phrase parsing share one path.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from . import scan
from ._checks import require_date, require_str
from .found import Context, Found
from .lexicon import text as text_lex
from .models import DateValue, Kind, Money, Percent, Rank, Value
from .normalize import already_normal, normalize
from .numerals import numeral_value

#: the context of the parsers that take no reference date (immutable: one serves every call)
_NO_DATE = Context()
_LEAD = text_lex.PHRASE_LEAD
_TRAIL = text_lex.PHRASE_TRAIL


def _core(text: str) -> tuple[int, int]:
    """The span of ``text`` without surrounding spaces, quotes and closing punctuation.

    >>> _core(" 40亿元。")
    (1, 5)
    """
    stripped = text.lstrip(_LEAD)
    start = len(text) - len(stripped)
    end = start + len(stripped.rstrip(_TRAIL))
    return start, end


def _single(kind: Kind, func: str, phrase: object, ctx: Context) -> Value | None:
    given = phrase if isinstance(phrase, str) else require_str(func, phrase, "phrase")  # (raises)
    # (normalize(given).text and _core, written out: a phrase costs a few calls in all)
    text = given if already_normal(given) else normalize(given).text
    if text and text[0] not in _LEAD and text[-1] not in _TRAIL:  # (most phrases: nothing to strip)
        start, end = 0, len(text)
    else:
        stripped = text.lstrip(_LEAD)
        start = len(text) - len(stripped)
        end = start + len(stripped.rstrip(_TRAIL))
        if start == end:
            return None
    best: Found | None = None
    for f in scan.FINDERS[kind](text, ctx):  # the longest phrase that covers the core
        # (f.reach <= start, without the property's call)
        reach = f.start if f.context_start < 0 else min(f.start, f.context_start)
        if (reach <= start and (f.end >= end or f.context_end >= end)
                and (best is None or f.end - f.start > best.end - best.start)):
            best = f
    return None if best is None else best.value


def parse_number(phrase: str) -> Decimal | None:
    """A Chinese or English numeral as a Decimal, or None.

    >>> parse_number("一百二十三"), parse_number("1.2万"), parse_number("3,815")
    (Decimal('123'), Decimal('12000'), Decimal('3815'))
    >>> parse_number("forty-two"), parse_number("２０２４"), parse_number("hello")
    (Decimal('42'), Decimal('2024'), None)
    """
    text = require_str("parse_number", phrase, "phrase")
    norm = normalize(text)
    start, end = _core(norm.text)
    if start == end:
        return None
    return numeral_value(norm.text[start:end])


def parse_amount(phrase: str) -> Money | None:
    """One money phrase as :class:`Money`, or None when the phrase is not one.

    >>> m = parse_amount("超28亿元")
    >>> m.amount, m.low, m.high, m.currency, m.qualifier
    (Decimal('2800000000'), Decimal('2800000000'), None, 'CNY', 'more_than')
    >>> parse_amount("2.45 billion US dollars").amount
    Decimal('2450000000')
    >>> parse_amount("签约") is None
    True
    """
    value = _single("money", "parse_amount", phrase, _NO_DATE)
    return value if isinstance(value, Money) else None


def parse_percent(phrase: str) -> Percent | None:
    """One percent phrase as :class:`Percent`, or None.

    >>> p = parse_percent("增长18.3%")
    >>> (p.value, p.change) if p else None
    (Decimal('18.3'), 'increase')
    """
    value = _single("percent", "parse_percent", phrase, _NO_DATE)
    return value if isinstance(value, Percent) else None


def parse_rank(phrase: str) -> Rank | None:
    """One ranking phrase as :class:`Rank`, or None.

    >>> r = parse_rank("位居全省第三")
    >>> (r.position, r.scope) if r else None
    (3, '全省')
    """
    value = _single("rank", "parse_rank", phrase, _NO_DATE)
    return value if isinstance(value, Rank) else None


def parse_date(phrase: str, reference_date: dt.date | None = None) -> DateValue | None:
    """One date phrase as a TIMEX3 :class:`DateValue`, resolved against ``reference_date``.

    >>> import datetime as dt
    >>> d = parse_date("今年3月", reference_date=dt.date(2025, 3, 14))
    >>> d.timex if d else None
    '2025-03'
    """
    ref = require_date("parse_date", reference_date)
    value = _single("date", "parse_date", phrase, Context(reference_date=ref))
    return value if isinstance(value, DateValue) else None
