"""What a dimension's finder returns, and what it is given.

Each dimension module (``money``, ``percent``, ``rank``, ``dates``) exposes
``find(text, ctx) -> list[Found]`` over *normalised* text; ``scan`` maps the spans
back to the caller's string, resolves overlaps and numbers the mentions.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol, TypeVar

from .models import Kind, Value


@dataclass(frozen=True, slots=True)
class Context:
    """What a finder may know besides the text: the date relative phrases resolve against,
    or, when no date is known, only the year (inferred from the years the document states)."""

    reference_date: dt.date | None = None
    reference_year: int | None = None


class Found(NamedTuple):
    """One phrase a finder recognised: a half-open span of the normalised text and its value.

    ``context_start`` is where the words the finder read to build the value begin when
    they lie outside the span (the ``增长`` of ``增长18.3%`` whose span is ``18.3%``);
    -1 when there are none; ``context_end`` is where such words after the span end (the
    ``increase`` of "a 4.4 percent increase"), or -1. The single-phrase parsers accept a
    phrase that such context plus the span covers.

    A named tuple, not a frozen dataclass: the finders make one per phrase, and a frozen
    dataclass sets each field through ``object.__setattr__``, which costs three times as
    much (``_replace`` makes a copy with other fields).
    """

    kind: Kind
    start: int
    end: int
    value: Value
    context_start: int = -1
    context_end: int = -1

    @property
    def reach(self) -> int:
        """The start of the span or of its context, whichever comes first."""
        return self.start if self.context_start < 0 else min(self.start, self.context_start)


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class Linked(_Span, Protocol):
    """A numbered mention as records are linked from: a :class:`~investparse.models.Mention`,
    or the lighter tuple ``parse_document`` links with (on the normalised text)."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> Kind: ...
    @property
    def value(self) -> Value: ...


S = TypeVar("S", bound=_Span)


def drop_overlaps(found: Iterable[S], key: Callable[[S], Any]) -> list[S]:
    """Keep spans in ``key`` order, dropping any that overlaps one already kept; text order out.

    Linear in the total length of the spans apart from the sort: the characters the kept
    spans cover are marked in one byte array.

    >>> from .models import Rank
    >>> a, b = Found("rank", 0, 5, Rank(position=1)), Found("rank", 3, 9, Rank(position=2))
    >>> [f.start for f in drop_overlaps([a, b], key=lambda f: f.start)]
    [0]
    """
    ordered = sorted(found, key=key)
    if not ordered:
        return []
    covered = bytearray(max(f.end for f in ordered) + 1)
    taken: list[S] = []
    for f in ordered:
        start, end = f.start, f.end
        if end <= start or covered.find(1, start, end) >= 0:
            continue
        covered[start:end] = b"\x01" * (end - start)
        taken.append(f)
    taken.sort(key=lambda f: (f.start, f.end))
    return taken
