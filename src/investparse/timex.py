"""Partial dates and their TIMEX3 values: what a date phrase states, resolved against a reference date.

A :class:`Partial` holds the fields a phrase names (an absolute year, a year relative to the
reference date, a month, a day, a quarter, a half) and nothing else. :func:`timex` turns it into
a TIMEX3 string; a relative field without a reference date gives None, a missing year ``XXXX``.

>>> import datetime as dt
>>> timex(Partial(yrel=-1, q=4), dt.date(2025, 3, 14))
'2024-Q4'
>>> timex(Partial(m=12, d=22), None)
'XXXX-12-22'
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass, fields
from typing import Any, TypeVar

_DAYS_IN = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

#: what relative phrases resolve against: a full date, only a year (inferred from the
#: years a document states), or nothing
Ref = dt.date | int | None


def _year_of(ref: Ref) -> int | None:
    return ref if isinstance(ref, int) else (ref.year if ref is not None else None)


def _date_of(ref: Ref) -> dt.date | None:
    return ref if isinstance(ref, dt.date) else None


@dataclass(frozen=True, slots=True)
class Partial:
    """The fields of a date phrase; every field None when the phrase does not state it.

    ``anaphoric`` marks a year read from "the year": unknown (``XXXX``) without a reference date.
    """

    y: int | None = None
    yrel: int | None = None
    m: int | None = None
    mrel: int | None = None
    d: int | None = None
    drel: int | None = None
    q: int | None = None
    qrel: int | None = None
    h: int | None = None
    hrel: int | None = None
    mod: str | None = None
    anaphoric: bool = False

    def groups(self) -> set[str]:
        """Which parts of a date the phrase names: ``year``, ``month``, ``day``, ``quarter``, ``half``.

        >>> sorted(Partial(y=2024, m=5).groups())
        ['month', 'year']
        """
        out = set()
        if self.y is not None or self.yrel is not None or self.anaphoric:
            out.add("year")
        if self.m is not None or self.mrel is not None:
            out.add("month")
        if self.d is not None:
            out.add("day")
        if self.drel is not None:
            out.update(("year", "month", "day"))
        if self.q is not None or self.qrel is not None:
            out.update(("quarter", "year") if self.qrel is not None else ("quarter",))
        if self.h is not None or self.hrel is not None:
            out.update(("half", "year") if self.hrel is not None else ("half",))
        if self.mrel is not None:
            out.add("year")
        return out


_ALLOWED: tuple[set[str], ...] = ({"month"}, {"month", "day"}, {"quarter"}, {"half"}, set())


_T = TypeVar("_T")
_NEW = object.__new__
_SET = object.__setattr__


def evolve(obj: _T, **changes: Any) -> _T:
    """A copy of the frozen, slotted dataclass instance ``obj`` with ``changes``: what
    ``dataclasses.replace`` makes, without its look-up of every field's init flags and
    its call of ``__init__`` (the date finders copy thousands of items per document).

    >>> evolve(Partial(y=2024, m=3), m=4) == Partial(y=2024, m=4)
    True
    """
    new = _NEW(type(obj))
    for name in type(obj).__slots__:  # type: ignore[attr-defined]
        _SET(new, name, changes[name] if name in changes else getattr(obj, name))
    return new


def merge(a: Partial, b: Partial) -> Partial | None:
    """The phrase that names what ``a`` and ``b`` name together, or None when they clash.

    >>> merge(Partial(m=6), Partial(yrel=1)) == Partial(m=6, yrel=1)
    True
    >>> merge(Partial(m=6), Partial(m=8)) is None
    True
    """
    ga, gb = a.groups(), b.groups()
    # "去年本月十日": a relative month takes the year named beside it
    rel_month_year = ((a.mrel is not None and b.yrel is not None and gb == {"year"})
                      or (b.mrel is not None and a.yrel is not None and ga == {"year"}))
    if ga & gb and not rel_month_year:
        return None
    if a.drel is not None or b.drel is not None or (a.mod and b.mod):
        return None
    values = {}
    for f in fields(Partial):
        va, vb = getattr(a, f.name), getattr(b, f.name)
        values[f.name] = vb if va is None or va is False else va
    out = Partial(**values)
    if out.y is not None and out.yrel is not None:
        return None
    if out.groups() - {"year"} not in _ALLOWED:
        return None
    return out


def fill(side: Partial, other: Partial) -> Partial:
    """``side`` with the coarser fields it lacks taken from ``other`` (the two ends of a range).

    >>> fill(Partial(m=1), Partial(y=2017, m=2)).y
    2017
    """
    gs, go = side.groups(), other.groups()
    out = side
    if "year" not in gs and "year" in go and not (other.drel is not None):
        out = evolve(out, y=other.y, yrel=other.yrel, anaphoric=other.anaphoric)
    if "day" in gs and "month" not in gs and "month" in go and other.drel is None:
        out = evolve(out, m=other.m, mrel=other.mrel)
        if "year" not in gs:
            out = evolve(out, y=other.y, yrel=other.yrel)
    return out


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    idx = year * 12 + (month - 1) + delta
    return idx // 12, idx % 12 + 1


def _year_text(year: int | None) -> str:
    return "XXXX" if year is None else f"{year:04d}"


def resolve_year(p: Partial, ref: Ref) -> tuple[bool, int | None]:
    """(ok, year): the year ``p`` names or implies; ok is False when it needs a missing reference.

    ``ref`` is a reference date or only a reference year.

    >>> resolve_year(Partial(yrel=-1), None), resolve_year(Partial(yrel=-1), 2018)
    ((False, None), (True, 2017))
    """
    year = _year_of(ref)
    if p.y is not None:
        return True, p.y
    if p.yrel is not None:
        return (True, year + p.yrel) if year is not None else (False, None)
    return True, year


def timex(p: Partial, ref: Ref) -> str | None:
    """The TIMEX3 value of ``p`` against ``ref``; None when it can't be resolved or is no date.

    With only a reference year, phrases relative to a day, month, quarter or half
    (``昨天``, ``上月``) stay unresolved.

    >>> import datetime as dt
    >>> timex(Partial(m=3, d=6), dt.date(2025, 3, 14)), timex(Partial(y=2024, h=1), None)
    ('2025-03-06', '2024-H1')
    >>> timex(Partial(yrel=0, m=4), 2018), timex(Partial(drel=-1), 2018)
    ('2018-04', None)
    """
    year_only = ref if isinstance(ref, int) else None
    ref = _date_of(ref)
    if p.drel is not None:
        return (ref + dt.timedelta(days=p.drel)).isoformat() if ref else None
    ok, year = resolve_year(p, ref if ref is not None else year_only)
    if not ok:
        return None
    month = p.m
    if p.mrel is not None:
        if ref is None:
            return None
        y2, month = _shift_month(ref.year, ref.month, p.mrel)
        if p.yrel is None and p.y is None:
            year = y2
    if p.qrel is not None:
        if ref is None:
            return None
        idx = ref.year * 4 + (ref.month - 1) // 3 + p.qrel
        return f"{idx // 4:04d}-Q{idx % 4 + 1}"
    if p.hrel is not None:
        if ref is None:
            return None
        idx = ref.year * 2 + (ref.month - 1) // 6 + p.hrel
        return f"{idx // 2:04d}-H{idx % 2 + 1}"
    ytext = _year_text(year)
    if p.q is not None:
        return f"{ytext}-Q{p.q}" if 1 <= p.q <= 4 else None
    if p.h is not None:
        return f"{ytext}-H{p.h}" if p.h in (1, 2) else None
    if month is not None and not 1 <= month <= 12:
        return None
    if p.d is not None:
        if month is None and ref is not None and "year" not in p.groups():
            month = ref.month
        if month is None:
            return f"{ytext}-XX-{p.d:02d}" if 1 <= p.d <= 31 else None
        limit = _DAYS_IN[month - 1] if year is None else calendar.monthrange(year, month)[1]
        if not 1 <= p.d <= limit:
            return None
        return f"{ytext}-{month:02d}-{p.d:02d}"
    if month is not None:
        return f"{ytext}-{month:02d}"
    if "year" in p.groups():
        return ytext
    return None


def order_key(p: Partial, ref: Ref) -> tuple[int, int, int] | None:
    """A sortable (year, month, day) for the start of ``p``, or None when a part is unknown.

    >>> order_key(Partial(y=2016, m=11), None)
    (2016, 11, 1)
    """
    ok, year = resolve_year(p, ref)
    if not ok or year is None:
        year = 0
    month = p.m or (3 * (p.q - 1) + 1 if p.q else (6 * (p.h - 1) + 1 if p.h else 1))
    if p.mrel is not None or p.drel is not None or p.qrel is not None:
        return None
    return year, month, p.d or 1
