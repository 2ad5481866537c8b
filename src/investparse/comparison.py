"""Comparison bases: a date the text compares with (``比2024年增长``, ``compared with 2023``,
``the same period last year``) is no period of an amount, nor part of its subject.

The words are in :mod:`investparse.lexicon.links` (``COMPARISON_*``).

>>> t = "投资比2024年增长5%"
>>> is_base(t, 3, 8), lead_start(t, 0, 3)
(True, 2)
"""

from __future__ import annotations

from ._patterns import Lazy, alt
from .lexicon import links as lex

#: how far before a date its comparison word is looked for
REACH = 24
_INSIDE = Lazy(alt(lex.COMPARISON_INSIDE))
_BEFORE = Lazy(
    "(?:" + alt(lex.COMPARISON_BEFORE_ZH) + "|(?i:\\b" + alt(lex.COMPARISON_BEFORE_EN) + "))\\s*+$"
)
_AFTER = Lazy("\\s*+" + alt(lex.COMPARISON_AFTER))


def lead_start(text: str, lo: int, start: int) -> int | None:
    """Where the comparison word that ends right before ``start`` begins (looked for no
    further back than ``lo``), or None.

    >>> lead_start("up 5% compared with 2023", 0, 20), lead_start("in 2023", 0, 3)
    (6, None)
    >>> lead_start("up 5% over 2023", 0, 11), lead_start("Over the first half, ...", 0, 5)
    (6, None)
    >>> lead_start("up 5% over the previous year", 0, 11)
    6
    """
    m = _BEFORE.search(text, max(lo, start - REACH), start)
    if m is None:
        return None
    if m.group().rstrip().lower() in lex.COMPARISON_BEFORE_EN_NOT_OPENING and (
            not text[max(0, m.start() - REACH):m.start()].rstrip(lex.CLAUSE_OPENING_MARKS)[-1:]
            or (text[start:start + 8].lower().startswith(lex.COMPARISON_SPAN_STARTS_EN)
                and not text[start:start + 24].lower().startswith(lex.COMPARISON_PAST_STARTS_EN))):
        return None  # ("Over the first nine months, ...", "... over the first half": a span)
    return m.start()


def is_base(text: str, start: int, end: int) -> bool:
    """Whether the date at ``[start, end)`` of ``text`` is a comparison base.

    >>> is_base("比上年增长", 0, 3), is_base("与2023年相比", 1, 6), is_base("2023年增长", 0, 5)
    (True, True, False)
    """
    return (_INSIDE.search(text, start, end) is not None or lead_start(text, 0, start) is not None
            or _AFTER.match(text, end) is not None)
