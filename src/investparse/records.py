"""Records: one per money mention, with its period, change, rank and subject. (Being built.)"""

from __future__ import annotations

from .models import Mention, Record


def build_records(text: str, mentions: list[Mention]) -> list[Record]:
    """One :class:`Record` per money mention of ``mentions`` (found in ``text``).

    >>> build_records("", [])
    []
    """
    out: list[Record] = []
    for m in mentions:
        if m.kind != "money":
            continue
        out.append(Record(id=f"r{len(out) + 1}", start=m.start, end=m.end, amount=m.id))
    return out
