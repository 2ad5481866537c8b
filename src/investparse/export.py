"""Flat rows of a Document's records, for CSV, tables and data frames.

>>> from investparse import parse_document
>>> rows = record_rows(parse_document("总投资40亿元。"))
>>> rows[0]["amount"], rows[0]["currency"]
('4000000000', 'CNY')
"""

from __future__ import annotations

from typing import Any

from .models import DateValue, Document, Money, Percent, Rank, plain_decimal

#: the columns of :func:`record_rows`, in order
RECORD_COLUMNS: tuple[str, ...] = (
    "record", "start", "end", "text", "amount", "low", "high", "currency", "qualifier",
    "period", "period_start", "period_end", "period_mod", "change", "change_unit",
    "change_direction", "rank_position", "rank_top", "rank_scope", "subject", "count", "count_unit",
)


def _dec(value: Any) -> str | None:
    return None if value is None else plain_decimal(value)


def period_text(period: DateValue | None) -> str:
    """A short human reading of a period: ``2024``, ``2024-01..2024-09``, ``2017 (end)``.

    >>> period_text(DateValue(start="2024-01", end="2024-09"))
    '2024-01..2024-09'
    """
    if period is None:
        return ""
    text = period.timex or f"{period.start or ''}..{period.end or ''}"
    return f"{text} ({period.mod})" if period.mod else text


def record_rows(document: Document) -> list[dict[str, Any]]:
    """One flat dict per record (columns :data:`RECORD_COLUMNS`), decimals as plain strings."""
    by_id = {m.id: m for m in document.mentions}
    rows: list[dict[str, Any]] = []
    for rec in document.records:
        amount = by_id[rec.amount]
        money = amount.value if isinstance(amount.value, Money) else None
        change = by_id.get(rec.change) if rec.change else None
        pct = change.value if change is not None and isinstance(change.value, Percent) else None
        rank_m = by_id.get(rec.rank) if rec.rank else None
        rank = rank_m.value if rank_m is not None and isinstance(rank_m.value, Rank) else None
        period = rec.period
        rows.append({
            "record": rec.id,
            "start": rec.start,
            "end": rec.end,
            "text": amount.text,
            "amount": _dec(money.amount) if money else None,
            "low": _dec(money.low) if money else None,
            "high": _dec(money.high) if money else None,
            "currency": money.currency if money else None,
            "qualifier": money.qualifier if money else None,
            "period": period.timex if period else None,
            "period_start": period.start if period else None,
            "period_end": period.end if period else None,
            "period_mod": period.mod if period else None,
            "change": _dec(pct.value) if pct and pct.value is not None else None,
            "change_unit": pct.unit if pct else None,
            "change_direction": pct.change if pct else None,
            "rank_position": rank.position if rank else None,
            "rank_top": rank.top if rank else None,
            "rank_scope": rank.scope if rank else None,
            "subject": rec.subject,
            "count": rec.count.value if rec.count else None,
            "count_unit": rec.count.unit if rec.count else None,
        })
    return rows
