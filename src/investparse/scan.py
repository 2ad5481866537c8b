"""All dimensions over one text: run the finders, resolve overlaps, map offsets back.

>>> [(f.kind, f.start, f.end) for f in scan("总投资40亿元", Context())]
[('money', 3, 7)]
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from . import dates, money, percent, rank
from .found import Context, Found, drop_overlaps
from .models import Kind
from .normalize import Normalized, normalize

Finder = Callable[[str, Context], list[Found]]

#: kind -> finder, in the order ties are broken (earlier wins an equal-length overlap)
FINDERS: dict[Kind, Finder] = {
    "money": money.find,
    "percent": percent.find,
    "date": dates.find,
    "rank": rank.find,
}
KINDS: tuple[Kind, ...] = tuple(FINDERS)


def resolve(found: Iterable[Found]) -> list[Found]:
    """Drop overlapping phrases: the longer span wins, then the kind listed first in FINDERS.

    >>> from .models import Rank
    >>> a, b = Found("rank", 0, 5, Rank(position=1)), Found("rank", 3, 9, Rank(position=2))
    >>> [f.end for f in resolve([a, b])]
    [9]
    """
    order = {k: i for i, k in enumerate(KINDS)}
    return drop_overlaps(found, key=lambda f: (-(f.end - f.start), order.get(f.kind, 99), f.start))


def scan(
    text: str,
    ctx: Context,
    kinds: Iterable[Kind] = KINDS,
    *,
    normalized: Normalized | None = None,
) -> list[Found]:
    """Every phrase of the given kinds in ``text``, with spans in ``text`` itself.

    ``normalized`` lets a caller that already normalised the text pass it in.
    """
    norm = normalized if normalized is not None else normalize(text)
    out = []
    for f in find_normalized(norm, ctx, kinds):
        start, end = norm.to_original(f.start, f.end)
        out.append(f._replace(start=start, end=end))
    return out


def find_normalized(
    norm: Normalized, ctx: Context, kinds: Iterable[Kind] = KINDS, *, found: Iterable[Found] = ()
) -> list[Found]:
    """Every phrase of the given kinds, overlaps resolved, with spans in ``norm.text``;
    ``found``: phrases of other kinds the caller found already, resolved with them."""
    found = list(found)
    for kind in kinds:
        found.extend(FINDERS[kind](norm.text, ctx))
    return resolve(found)
