"""Qualifier words -> the FORMAT.md qualifier, and the interval a qualifier implies.

Shared by money and percent, so that ``超28亿元`` and ``超60%`` read alike.

>>> qualifier_of("超", None)
'more_than'
>>> bounds(Decimal(5), "at_least")
(Decimal('5'), None)
"""

from __future__ import annotations

from decimal import Decimal

import regex

from ._patterns import alt
from .lexicon import qualifiers as q_lex
from .models import Qualifier

_LOWER_BEFORE = {k.lower(): v for k, v in q_lex.BEFORE.items()}
_LOWER_AFTER = {k.lower(): v for k, v in q_lex.AFTER.items()}


_WS = regex.compile(r"\s+")


def en_before_alt(words: list[str]) -> str:
    """An alternation of the English qualifier ``words`` (to match case-insensitively):
    a word of :data:`~investparse.lexicon.qualifiers.EN_BEFORE_NOT_AFTER` only where none
    of its verbs stands before it (fixed-width look-behinds: the standard library's
    ``re`` compiles it too).

    >>> import re
    >>> p = re.compile("(?i:" + en_before_alt(["up to", "over"]) + ")")
    >>> p.search("added up to 5") is None, p.search("up to 5").group(), p.search("over 5").group()
    (True, 'up to', 'over')
    """
    guarded = [w for w in words if w in q_lex.EN_BEFORE_NOT_AFTER]
    rest = [w for w in words if w not in q_lex.EN_BEFORE_NOT_AFTER]
    # (the word's first letters first: where they stand not, no look-behind is tried)
    parts = [
        f"(?={regex.escape(w[:2])})"
        + "".join(f"(?<!{regex.escape(v)} )" for v in q_lex.EN_BEFORE_NOT_AFTER[w])
        + alt([w], ascii_boundary=True)
        for w in guarded
    ]
    return "(?:" + "|".join([*parts, alt(rest, ascii_boundary=True)]) + ")"


def _key(word: str) -> str:
    return _WS.sub(" ", word.strip().lower())


_QUALIFIERS: dict[str, Qualifier] = {
    q: q for q in ("exact", "approx", "more_than", "at_least", "less_than", "at_most", "range")
}


def _before_of(word: str) -> Qualifier | None:
    key = _key(word).rstrip("了")
    found = _LOWER_BEFORE.get(key) or q_lex.BEFORE_MAGNITUDE.get(key)
    return _QUALIFIERS[found] if found else None


def _after_of(word: str) -> Qualifier | None:
    found = _LOWER_AFTER.get(_key(word))
    return _QUALIFIERS[found] if found else None


#: the qualifier of each table word as written (and with 了 after a Chinese one), read in
#: one look-up; other spellings (case, spaces) go through :func:`_key`
_BEFORE_AS_WRITTEN: dict[str, Qualifier | None] = {
    w: _before_of(w) for k in (*q_lex.BEFORE, *q_lex.BEFORE_MAGNITUDE) for w in (k, k + "了")
}
_AFTER_AS_WRITTEN: dict[str, Qualifier | None] = {w: _after_of(w) for w in q_lex.AFTER}


def qualifier_of(before: str | None, after: str | None, *, inside: bool = False) -> Qualifier:
    """The qualifier stated by the words before and after a number.

    A word before the number wins over one after it; ``inside`` marks 余/多/几
    between the number and its unit (``70余亿元``), read as ``more_than``.

    >>> qualifier_of(None, "及以上"), qualifier_of("about", None), qualifier_of(None, None, inside=True)
    ('at_least', 'approx', 'more_than')
    """
    if before:
        q = _BEFORE_AS_WRITTEN[before] if before in _BEFORE_AS_WRITTEN else _before_of(before)
        if q:
            return q
    if after:
        q = _AFTER_AS_WRITTEN[after] if after in _AFTER_AS_WRITTEN else _after_of(after)
        if q:
            return q
    return "more_than" if inside else "exact"


def bounds(value: Decimal, qualifier: str) -> tuple[Decimal | None, Decimal | None]:
    """The (low, high) interval a single value with this qualifier states.

    >>> bounds(Decimal(3), "exact"), bounds(Decimal(3), "approx"), bounds(Decimal(3), "less_than")
    ((Decimal('3'), Decimal('3')), (None, None), (None, Decimal('3')))
    """
    if qualifier == "exact":
        return value, value
    if qualifier in ("more_than", "at_least"):
        return value, None
    if qualifier in ("less_than", "at_most"):
        return None, value
    return None, None
