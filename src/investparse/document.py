"""``parse_document``: every mention of a text, its dateline, its language and its records."""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from . import dates
from ._checks import require_date, require_str
from .found import Context
from .language import detect_language
from .models import Document, Kind, Mention, ReferenceSource, Value, assembled
from .normalize import normalize as normalize_text
from .records import build_records
from .scan import KINDS, find_normalized


class _Linked(NamedTuple):
    """A numbered mention on the normalised text, as records are linked from."""

    id: str
    kind: Kind
    start: int
    end: int
    value: Value


def parse_document(
    text: str,
    reference_date: dt.date | None = None,
    *,
    normalize: bool = True,
    infer_year: bool = True,
) -> Document:
    """Parse a whole report into mentions and records.

    ``reference_date`` resolves relative dates (``今年3月``, ``this year``); when it is
    None the document's own dateline is used if one is found, else (unless
    ``infer_year=False``) the year the text is written in, inferred from the years it
    states (:mod:`investparse.docyear`): then only year-relative phrases are resolved and
    ``Document.reference_source`` is ``"inferred"``. ``normalize=False`` reads the text
    exactly as given (no width, Traditional or mojibake repair).

    >>> doc = parse_document("2024年，全市签约金额超28亿元。")
    >>> [(m.kind, m.text) for m in doc.mentions if m.kind == "money"]
    [('money', '超28亿元')]
    >>> doc.records[0].amount == doc.mentions[-1].id
    True
    >>> doc = parse_document("In 2023, exports rose 5%. From January to May this year, they fell 2%.")
    >>> doc.reference_year, doc.reference_source, doc.mentions[-2].value.end
    (2024, 'inferred', '2024-05')
    """
    require_str("parse_document", text)
    ref = require_date("parse_document", reference_date)
    norm = normalize_text(text, repair=normalize)
    source: ReferenceSource | None = "given" if ref is not None else None
    year = None
    # (read from the head only: found whether or not a reference date was given, since
    # its date is no amount's period either way)
    dateline = dates.detect_dateline(norm.text)
    if ref is None and dateline is not None:
        ref, source = dateline[0], "dateline"
    ctx = Context(reference_date=ref)
    # dates first: without a reference date they also give the year the text is written in
    dated, year = dates.find_in_document(norm.text, ctx, infer_year=infer_year)
    if year is not None:
        source = "inferred"
    found = find_normalized(norm, ctx, [k for k in KINDS if k != "date"], found=dated)
    # records are linked on the normalised text (repaired quotes, folded digits), from
    # light tuples; the mentions are made once, with spans in the caller's string
    linked = [_Linked(f"m{i}", f.kind, f.start, f.end, f.value) for i, f in enumerate(found, 1)]
    # (a named tuple is never untracked by the garbage collector: the finders' tuples,
    # dropped here, would be walked by every full collection while records are linked)
    del found, dated
    changed = norm.text != text
    records = build_records(norm.text, linked, norm.to_original if changed else None,
                            dateline[1:] if dateline is not None else None)
    mentions = []
    for f in linked:
        start, end = norm.to_original(f.start, f.end) if changed else (f.start, f.end)
        # (the values were validated when the finders made them: the models are only assembled)
        mentions.append(assembled(
            Mention,
            id=f.id, kind=f.kind, start=start, end=end, text=text[start:end], value=f.value))
    return Document(
        reference_date=ref.isoformat() if ref else None,
        reference_year=ref.year if ref else year,
        reference_source=source,
        language=detect_language(norm.text),
        mentions=mentions,
        records=records,
    )


__all__ = ["parse_document"]
