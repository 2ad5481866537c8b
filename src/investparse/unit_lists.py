"""Lists of figures that name their unit once: ``5亿、8亿元``, "5 and 8 billion yuan", ``0.6和1.2个百分点``.

The last item carries the unit (for money the currency and, for a bare number, the
scale); each number before it that a list word joins to the next is a figure of its
own, read as the same phrase with that number in the last one's place. The joiners are the lexicon's
(:data:`~investparse.lexicon.changes.AMOUNT_LIST_JOINERS_ZH` and its English twins).

>>> from investparse.found import Context
>>> from investparse.money import find
>>> [(f.start, f.end, f.value.amount) for f in find("分别为5亿、8亿元", Context())]
[(3, 5, Decimal('500000000')), (6, 9, Decimal('800000000'))]
"""

from __future__ import annotations

from collections.abc import Callable

from ._patterns import Lazy, alt, char_class
from .found import Found
from .lexicon import changes as ch_lex
from .lexicon import numerals as num_lex

_DIGITS = r"\d{1,15}+(?:\.\d{1,10}+)?+"
_EN_DIGITS = r"\d{1,3}+(?:,\d{3})*+(?:\.\d{1,10}+)?+"
_ZH_SCALE = rf"{char_class(num_lex.ZH_SMALL_UNITS)}?{char_class(num_lex.ZH_BIG_UNITS)}{{1,2}}"
_EN_SCALE = (rf"(?:\s?(?i:{alt(num_lex.EN_SCALES)})|{alt(num_lex.EN_SCALE_ABBREVIATIONS)})"
             r"(?![A-Za-z])")

#: an item, then its joiner, ending where the next item starts (searched in a short window)
_ITEM_ZH = Lazy(
    rf"(?<![\d.第])(?P<n>{_DIGITS})(?P<scale>{_ZH_SCALE})?(?P<cls>{alt(ch_lex.AMOUNT_LIST_ITEM_CLASSIFIERS_ZH)})?"
    rf"\s*+(?:{alt(ch_lex.AMOUNT_LIST_JOINERS_ZH)})\s*+\Z"
)
_ITEM_EN = Lazy(
    rf"(?<![\w.$,])(?P<n>{_EN_DIGITS})(?P<scale>{_EN_SCALE})?"
    rf"\s*+(?P<gap>{alt(ch_lex.AMOUNT_LIST_JOINERS_EN, ascii_boundary=True)})\s++\Z"
)
#: the last item's number, and its scale, at its start
_LAST_ZH = Lazy(rf"(?P<n>{_DIGITS})(?P<scale>{_ZH_SCALE})?")
_LAST_EN = Lazy(rf"(?P<n>{_EN_DIGITS})(?P<scale>{_EN_SCALE})?")
#: what the text before a list's last item can end with (a cheap test before the search)
LIST_ENDS = (*ch_lex.AMOUNT_LIST_JOINERS_ZH, *(f"{j} " for j in ch_lex.AMOUNT_LIST_JOINERS_EN))
_BARE_EN = frozenset(ch_lex.AMOUNT_LIST_BARE_JOINERS_EN)
#: how far back an item and its joiner may start
_WINDOW = 32
#: a range's opening word right before a list's first item ("between 5 and 8 percent",
#: 介于5和8%之间): the figures are its ends, not items
_RANGE_OPEN = Lazy(rf"(?i:{alt(ch_lex.AMOUNT_LIST_NOT_AFTER, ascii_boundary=True)})\s*+\Z")
_OPEN_REACH = max(len(w) for w in ch_lex.AMOUNT_LIST_NOT_AFTER) + 4


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100


def with_list_items(text: str, found: list[Found], parse: Callable[[str], list[Found]],
                    *, scaled: bool = True) -> list[Found]:
    """``found`` (phrases of one kind, in text order) and, before each, the items of its list.

    ``parse`` reads one phrase (the kind's ``find`` on it): an item counts only when
    its phrase reads, whole, as one exact figure of the same kind. With ``scaled``
    (money), a number without a scale is an item only when the last one has a scale
    to share (``3、5亿元``, not ``3、5元``); percents have no scales, and every number
    joined to the next is an item.

    >>> from investparse.found import Context
    >>> from investparse.money import find
    >>> [f.value.amount for f in find("costing 5 and 8 billion yuan", Context())]
    [Decimal('5000000000'), Decimal('8000000000')]
    >>> from investparse import percent
    >>> [f.value.value for f in percent.find("回落0.6和1.2个百分点", Context())]
    [Decimal('0.6'), Decimal('1.2')]
    """
    out: list[Found] = []
    limit = 0  # no item starts before the end of the phrase before
    for f in found:
        start = f.start
        if start and text.endswith(LIST_ENDS, 0, start) and getattr(f.value, "qualifier", None) == "exact":
            items = _items(text, f, max(limit, start - _WINDOW), parse, scaled)
            out.extend(items)
        out.append(f)
        limit = f.end
    return out


def _items(text: str, last: Found, lo: int, parse: Callable[[str], list[Found]], scaled: bool) -> list[Found]:
    phrase = text[last.start:last.end]
    joiner = text[lo:last.start].rstrip()  # (its last character: a Chinese joiner, or not)
    zh = bool(joiner) and not joiner[-1].isascii()
    head = (_LAST_ZH if zh else _LAST_EN).match(phrase)
    if head is None:
        return []
    after_number, after_scale = phrase[head.end("n"):], phrase[head.end():]
    items: list[Found] = []
    pos = last.start
    while pos > lo:
        m = (_ITEM_ZH if zh else _ITEM_EN).search(text, lo, pos)
        if m is None:
            break
        number, scale = m.group("n"), m.group("scale")
        cls = m.groupdict().get("cls")
        if cls and (scale or not after_number.startswith(cls)):
            break  # (a classifier the last item's unit does not start with)
        if scale is None and (
                _is_year(number) or (scaled and not head.group("scale"))
                or (not zh and m.group("gap") not in _BARE_EN and not items)):
            break  # no scale to share, or "In 2023, 8 billion"
        if _RANGE_OPEN.search(text, max(0, m.start() - _OPEN_REACH), m.start()):
            break  # "between 5 and 8 percent" the range pattern did not take
        phrase = number + scale + after_scale if scale else number + after_number
        read = parse(phrase)
        if len(read) != 1 or read[0].start or read[0].end != len(phrase) \
                or read[0].kind != last.kind or getattr(read[0].value, "qualifier", None) != "exact":
            break
        end = m.end("scale") if scale else m.end("cls") if cls else m.end("n")
        items.append(Found(last.kind, m.start(), end, read[0].value))
        pos = m.start()
    return items[::-1]
