"""Lists of amounts that name their unit once: ``5亿、8亿元``, "5 and 8 billion yuan".

The last item carries the currency (and, for a bare number, the scale); each number
before it that a list word joins to the next is an amount of its own, read as the
same phrase with that number in the last one's place. The joiners are the lexicon's
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
from .models import Money

_DIGITS = r"\d{1,15}+(?:\.\d{1,10}+)?+"
_EN_DIGITS = r"\d{1,3}+(?:,\d{3})*+(?:\.\d{1,10}+)?+"
_ZH_SCALE = rf"{char_class(num_lex.ZH_SMALL_UNITS)}?{char_class(num_lex.ZH_BIG_UNITS)}{{1,2}}"
_EN_SCALE = (rf"(?:\s?(?i:{alt(num_lex.EN_SCALES)})|{alt(num_lex.EN_SCALE_ABBREVIATIONS)})"
             r"(?![A-Za-z])")

#: an item, then its joiner, ending where the next item starts (searched in a short window)
_ITEM_ZH = Lazy(
    rf"(?<![\d.第])(?P<n>{_DIGITS})(?P<scale>{_ZH_SCALE})?"
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


def _is_year(number: str) -> bool:
    return len(number) == 4 and number.isdigit() and 1900 <= int(number) <= 2100


def with_list_items(text: str, found: list[Found], parse: Callable[[str], list[Found]]) -> list[Found]:
    """``found`` (money phrases in text order) and, before each, the items of its list.

    ``parse`` reads one phrase (``money.find`` on it): an item counts only when its
    phrase reads, whole, as one exact amount.

    >>> from investparse.found import Context
    >>> from investparse.money import find
    >>> [f.value.amount for f in find("costing 5 and 8 billion yuan", Context())]
    [Decimal('5000000000'), Decimal('8000000000')]
    """
    out: list[Found] = []
    limit = 0  # no item starts before the end of the phrase before
    for f in found:
        start = f.start
        if start and text.endswith(LIST_ENDS, 0, start) and isinstance(f.value, Money) \
                and f.value.qualifier == "exact":
            items = _items(text, f, max(limit, start - _WINDOW), parse)
            out.extend(items)
        out.append(f)
        limit = f.end
    return out


def _items(text: str, last: Found, lo: int, parse: Callable[[str], list[Found]]) -> list[Found]:
    phrase = text[last.start:last.end]
    zh = not phrase.isascii()
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
        if scale is None and (
                _is_year(number) or not head.group("scale")
                or (not zh and m.group("gap") not in _BARE_EN and not items)):
            break  # no scale to share, or "In 2023, 8 billion"
        phrase = number + scale + after_scale if scale else number + after_number
        read = parse(phrase)
        if len(read) != 1 or read[0].start or read[0].end != len(phrase) \
                or not isinstance(read[0].value, Money) or read[0].value.qualifier != "exact":
            break
        items.append(Found("money", m.start(), m.end("scale") if scale else m.end("n"), read[0].value))
        pos = m.start()
    return items[::-1]
