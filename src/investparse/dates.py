"""dates: patterns built from the lexicon + match -> value. (Being built.)"""

from __future__ import annotations

import datetime as dt

from .found import Context, Found


def find(text: str, ctx: Context) -> list[Found]:
    """Every dates phrase in normalised ``text``.

    >>> find("", Context())
    []
    """
    return []


def detect_dateline(text: str) -> tuple[dt.date, int, int] | None:
    """The document's own date (its dateline) near the head of ``text``, with its span, or None.

    >>> detect_dateline("no date here") is None
    True
    """
    return None
