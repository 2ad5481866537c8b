"""What a dimension's finder returns, and what it is given.

Each dimension module (``money``, ``percent``, ``rank``, ``dates``) exposes
``find(text, ctx) -> list[Found]`` over *normalised* text; ``scan`` maps the spans
back to the caller's string, resolves overlaps and numbers the mentions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .models import Value


@dataclass(frozen=True, slots=True)
class Context:
    """What a finder may know besides the text: the date relative phrases resolve against."""

    reference_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class Found:
    """One phrase a finder recognised: a half-open span of the normalised text and its value."""

    kind: str
    start: int
    end: int
    value: Value
