"""Argument checks shared by the public functions."""

from __future__ import annotations

import datetime as dt
from typing import Any


def require_str(func: str, value: Any, name: str = "text") -> str:
    """Raise TypeError unless ``value`` is a str.

    >>> require_str("parse_amount", 5)
    Traceback (most recent call last):
    ...
    TypeError: parse_amount() expects text: str, got int
    """
    if not isinstance(value, str):
        raise TypeError(f"{func}() expects {name}: str, got {type(value).__name__}")
    return value


def require_date(func: str, value: Any) -> dt.date | None:
    """Raise TypeError unless ``value`` is None or a ``datetime.date`` (a datetime is cut to its date).

    >>> require_date("parse_date", "2025-03-14")
    Traceback (most recent call last):
    ...
    TypeError: parse_date() expects reference_date: datetime.date or None, got str
    """
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(f"{func}() expects reference_date: datetime.date or None, got {type(value).__name__}")
