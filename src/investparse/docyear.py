"""The year a document is written in, inferred from the dates it states.

A report without a dateline still says when it was written: ``In 2017, exports reached
11.5 billion yuan. From January to April this year, ...`` is written in 2018. When no
reference date is passed and no dateline is found, :func:`infer_year` reads the date
phrases of the text and gives the year that ``this year``, ``last year`` and yearless dates
(``April 18``) resolve against. No clock is read: the year comes from the text or not at all.

The rule, in order:

1. Nothing to infer when no phrase is relative or yearless, or when no phrase names a year.
2. The candidate is the latest year the text names, leaving out targets and plans
   (``by 2030``, open-ended towards the future; ``the target for 2025``, ``2026年发展目标``,
   ``2025-2027年行动计划``: see ``TARGET_BEFORE`` and ``TARGET_AFTER`` in the dates lexicon).
3. When the text also states a part of *this* year (``1至9月`` of ``今年``, ``the first quarter
   of this year``, ``今年以来``) and names the candidate year only as a whole or closed period
   (``in 2017``, ``the end of 2017``, ``2017年12月``, ``2017年四季度``), the candidate is a
   finished year: the document is written in the year after it. A report does not give a
   year's full figure while it states part of the same year as ``this year``.
4. Otherwise the document is written in the candidate year (``2024年以来`` ... ``今年``).

>>> infer_year([Period(Partial(y=2017)), Period(Partial(yrel=0, m=1), Partial(yrel=0, m=4))])
2018
>>> infer_year([Period(Partial(y=2020)), Period(Partial(yrel=0))])
2020
>>> infer_year([Period(Partial(y=2024)), Period(Partial(yrel=0), open_start=True)])
2025
>>> infer_year([Period(Partial(yrel=0))]) is None
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .timex import Partial

#: years outside this span are not taken for a document's own year
_PLAUSIBLE = range(1900, 2101)


@dataclass(frozen=True, slots=True)
class Period:
    """One date phrase as the inference sees it: its first (and last) partial date, whether
    it runs from its date on (``since 2016``, ``今年以来``), and whether it is open towards the
    future (``by 2030``: a target, not a fact)."""

    lo: Partial
    hi: Partial | None = None
    open_end: bool = False
    open_start: bool = False


def _relative(p: Partial) -> bool:
    """Whether ``p`` needs a reference to be resolved (``this year``, ``April 18``, ``上月``)."""
    if p.y is not None or p.anaphoric:
        return False
    rel = (p.yrel, p.mrel, p.drel, p.qrel, p.hrel)
    return any(r is not None for r in rel) or bool(p.groups() - {"year"})


def _part_of_this_year(period: Period) -> bool:
    """``今年1至9月``, ``the first quarter of this year``, ``今年以来``: a part of this year."""
    for p in (period.lo, period.hi):
        if p is None or p.yrel != 0:
            continue
        if p.m is not None or p.q is not None or p.h is not None:
            return True
    # "今年以来" / "since the beginning of this year": from this year on, to now
    return period.open_start and period.hi is None and period.lo.yrel == 0


def _closed(p: Partial) -> bool:
    """Whether ``p`` names a whole year or a period that ends it (December, Q4, H2, the end)."""
    if p.d is not None:
        return p.m == 12 and p.d == 31
    if p.m is not None:
        return p.m == 12
    if p.q is not None:
        return p.q == 4
    if p.h is not None:
        return p.h == 2
    return p.mod in (None, "end")


def infer_year(periods: Iterable[Period]) -> int | None:
    """The year a document is written in, from its date phrases; None when it can't be told.

    >>> infer_year([Period(Partial(y=2024, m=9)), Period(Partial(yrel=0, m=1), Partial(yrel=0, m=9))])
    2024
    >>> infer_year([Period(Partial(y=2030), open_end=True), Period(Partial(yrel=-1))]) is None
    True
    """
    named: dict[int, list[Partial]] = {}
    relative = part_of_this_year = False
    for period in periods:
        sides = [period.lo] if period.hi is None else [period.lo, period.hi]
        relative = relative or any(_relative(p) for p in sides)
        part_of_this_year = part_of_this_year or _part_of_this_year(period)
        if period.open_end:
            continue
        for p in sides:
            if p.y is not None and p.y in _PLAUSIBLE:
                named.setdefault(p.y, []).append(p)
    if not relative or not named:
        return None
    latest = max(named)
    if part_of_this_year and all(_closed(p) for p in named[latest]):
        return latest + 1
    return latest


__all__ = ["Period", "infer_year"]
