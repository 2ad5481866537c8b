"""Example corpora: per dimension and language, phrases with the value they must parse to.

A corpus module ``tests/corpus/<kind>_<lang>.py`` defines

- ``KIND``: ``"money"``, ``"percent"``, ``"rank"`` or ``"date"``;
- ``EXAMPLES``: a list of :class:`Example`, built with :func:`examples` — one expected
  value with every way of writing it;
- ``NEGATIVES``: a list of :class:`Negative` — phrases that must yield no mention of
  ``KIND`` (and ``None`` from the single-phrase parser);
- ``XFAILS``: examples known to fail, each with a reason; run as strict xfails, so the
  suite fails when one starts passing (then move it to ``EXAMPLES``).

``tests/test_corpus.py`` runs them all: each phrase alone through the single-phrase
parser, and each phrase embedded in a sentence through ``parse_document``.
Write your own phrases: never copy sentences from the evaluation corpus or peers.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Example:
    phrase: str
    value: dict[str, Any]
    reference_date: dt.date | None = None
    embed: bool = True  # also check the phrase inside a sentence via parse_document
    reason: str = ""  # for XFAILS: why it fails today


@dataclass(frozen=True)
class Negative:
    phrase: str
    reference_date: dt.date | None = None
    note: str = ""


def examples(value: dict[str, Any], *phrases: str, ref: dt.date | None = None,
             embed: bool = True, reason: str = "") -> list[Example]:
    """One expected value (the fields that must agree) with every way of writing it."""
    return [Example(p, value, ref, embed, reason) for p in phrases]


def negatives(*phrases: str, ref: dt.date | None = None, note: str = "") -> list[Negative]:
    return [Negative(p, ref, note) for p in phrases]


# value builders -----------------------------------------------------------------

def money(amount: str | None, currency: str, qualifier: str = "exact",
          low: str | type[...] | None = ..., high: str | type[...] | None = ...) -> dict[str, Any]:
    """Expected Money; low/high follow from the qualifier unless given."""
    if low is ...:
        low = amount if qualifier in ("exact", "more_than", "at_least") else None
    if high is ...:
        high = amount if qualifier in ("exact", "less_than", "at_most") else None
    return {"amount": amount, "low": low, "high": high, "currency": currency, "qualifier": qualifier}


def money_range(low: str | None, high: str | None, currency: str) -> dict[str, Any]:
    return {"amount": None, "low": low, "high": high, "currency": currency, "qualifier": "range"}


def percent(value: str | None, unit: str = "percent", change: str | None = None,
            qualifier: str = "exact", low: str | type[...] | None = ...,
            high: str | type[...] | None = ...) -> dict[str, Any]:
    if low is ...:
        low = value if qualifier in ("exact", "more_than", "at_least") else None
    if high is ...:
        high = value if qualifier in ("exact", "less_than", "at_most") else None
    return {"value": value, "unit": unit, "change": change, "qualifier": qualifier, "low": low, "high": high}


def rank(position: int | None = None, top: int | None = None, total: int | None = None,
         scope: str | None = None, change: int | None = None) -> dict[str, Any]:
    return {"position": position, "top": top, "total": total, "scope": scope, "change": change}


def date(timex: str | None = None, start: str | None = None, end: str | None = None,
         mod: str | None = None) -> dict[str, Any]:
    return {"timex": timex, "start": start, "end": end, "mod": mod}


