"""What a dimension's finder returns, and what it is given.

Each dimension module (``money``, ``percent``, ``rank``, ``dates``) exposes
``find(text, ctx) -> list[Found]`` over *normalised* text; ``scan`` maps the spans
back to the caller's string, resolves overlaps and numbers the mentions.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .models import Kind, Value


@dataclass(frozen=True, slots=True)
class Context:
    """What a finder may know besides the text: the date relative phrases resolve against,
    or, when no date is known, only the year (inferred from the years the document states)."""

    reference_date: dt.date | None = None
    reference_year: int | None = None


@dataclass(frozen=True, slots=True)
class Found:
    """One phrase a finder recognised: a half-open span of the normalised text and its value.

    ``context_start`` is where the words the finder read to build the value begin when
    they lie outside the span (the ``增长`` of ``增长18.3%`` whose span is ``18.3%``);
    -1 when there are none. The single-phrase parsers accept a phrase that such
    context plus the span covers.
    """

    kind: Kind
    start: int
    end: int
    value: Value
    context_start: int = -1

    @property
    def reach(self) -> int:
        """The start of the span or of its context, whichever comes first."""
        return self.start if self.context_start < 0 else min(self.start, self.context_start)


def drop_overlaps(found: Iterable[Found], key: Callable[[Found], Any]) -> list[Found]:
    """Keep phrases in ``key`` order, dropping any that overlaps one already kept; text order out.

    Linear in the number of phrases apart from the sort (a bisect over kept spans).

    >>> from .models import Rank
    >>> a, b = Found("rank", 0, 5, Rank(position=1)), Found("rank", 3, 9, Rank(position=2))
    >>> [f.start for f in drop_overlaps([a, b], key=lambda f: f.start)]
    [0]
    """
    taken: list[Found] = []
    starts: list[int] = []  # starts of the kept spans, sorted; kept spans never overlap
    ends: list[int] = []
    for f in sorted(found, key=key):
        if f.end <= f.start:
            continue
        i = bisect_right(starts, f.start)
        if i > 0 and ends[i - 1] > f.start:  # the kept span starting before f reaches into it
            continue
        if i < len(starts) and starts[i] < f.end:  # the next kept span starts inside f
            continue
        starts.insert(i, f.start)
        ends.insert(i, f.end)
        taken.append(f)
    taken.sort(key=lambda f: (f.start, f.end))
    return taken
