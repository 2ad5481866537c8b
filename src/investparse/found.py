"""What a dimension's finder returns, and what it is given.

Each dimension module (``money``, ``percent``, ``rank``, ``dates``) exposes
``find(text, ctx) -> list[Found]`` over *normalised* text; ``scan`` maps the spans
back to the caller's string, resolves overlaps and numbers the mentions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .models import Kind, Value


@dataclass(frozen=True, slots=True)
class Context:
    """What a finder may know besides the text: the date relative phrases resolve against."""

    reference_date: dt.date | None = None


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
