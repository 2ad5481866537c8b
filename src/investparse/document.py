"""``parse_document``: every mention of a text, its dateline, its language and its records."""

from __future__ import annotations

import datetime as dt

from . import dates
from ._checks import require_date, require_str
from .found import Context
from .language import detect_language
from .models import Document, Mention
from .normalize import normalize as normalize_text
from .records import build_records
from .scan import KINDS, scan


def parse_document(
    text: str,
    reference_date: dt.date | None = None,
    *,
    normalize: bool = True,
) -> Document:
    """Parse a whole report into mentions and records.

    ``reference_date`` resolves relative dates (``今年3月``, ``this year``); when it is
    None the document's own dateline is used if one is found. ``normalize=False``
    reads the text exactly as given (no width, Traditional or mojibake repair).

    >>> doc = parse_document("2024年，全市签约金额超28亿元。")
    >>> [(m.kind, m.text) for m in doc.mentions if m.kind == "money"]
    [('money', '超28亿元')]
    >>> doc.records[0].amount == doc.mentions[-1].id
    True
    """
    require_str("parse_document", text)
    ref = require_date("parse_document", reference_date)
    norm = normalize_text(text, repair=normalize)
    if ref is None:
        dateline = dates.detect_dateline(norm.text)
        if dateline is not None:
            ref = dateline[0]
    found = scan(text, Context(reference_date=ref), KINDS, normalized=norm)
    mentions = [
        Mention(id=f"m{i}", kind=f.kind, start=f.start, end=f.end, text=text[f.start:f.end], value=f.value)
        for i, f in enumerate(found, 1)
    ]
    return Document(
        reference_date=ref.isoformat() if ref else None,
        language=detect_language(norm.text),
        mentions=mentions,
        records=build_records(text, mentions),
    )


__all__ = ["parse_document"]
