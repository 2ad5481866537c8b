"""investparse mentions as spans on a spaCy ``Doc`` (``pip install 'investparse[spacy]'``).

This module imports without spaCy; the functions below raise :class:`ImportError`
naming the ``investparse[spacy]`` extra when spaCy is missing. With spaCy installed,
importing it also registers the pipeline component ``"investparse"``::

    import spacy
    import investparse.contrib.spacy  # registers the "investparse" factory

    nlp = spacy.blank("zh")  # no model download needed
    nlp.add_pipe("investparse", config={"reference_date": "2025-03-14"})
    doc = nlp("2024年，全市签约金额超28亿元。")
    [(e.text, e.label_) for e in doc.ents]   # [('2024年', 'DATE'), ('超28亿元', 'MONEY')]

What it sets on the ``Doc``:

- ``doc.spans["investparse"]``: one span per mention, labelled ``MONEY``, ``PERCENT``,
  ``RANK`` or ``DATE`` (overlaps allowed);
- ``doc.ents``: the same spans, where they do not overlap an entity already set
  (with ``set_ents=False`` the entities are left alone);
- ``doc._.investparse``: the whole :class:`investparse.Document` (records included);
- ``span._.investparse``: the :class:`investparse.Mention` a span came from.

Mention offsets are characters; a span is widened to whole tokens
(``alignment_mode="expand"``) when a mention starts or ends inside a token.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..document import parse_document
from ..models import Document, Mention

if TYPE_CHECKING:  # pragma: no cover - types only
    from spacy.tokens import Doc, Span  # type: ignore[import-not-found, unused-ignore]

__all__ = ["EXTRA_HINT", "LABELS", "SPANS_KEY", "InvestparseComponent", "add_mentions", "set_extensions"]

#: the message of the ImportError raised when spaCy is not installed
EXTRA_HINT = ("investparse.contrib.spacy needs spaCy, which is not installed: "
              "pip install 'investparse[spacy]'")
#: the span label of each mention kind
LABELS: dict[str, str] = {"money": "MONEY", "percent": "PERCENT", "rank": "RANK", "date": "DATE"}
#: the key of ``doc.spans`` holding every mention
SPANS_KEY = "investparse"


def _spacy() -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise ImportError(EXTRA_HINT) from exc
    return spacy


def set_extensions() -> None:
    """Register ``Doc._.investparse`` and ``Span._.investparse`` (idempotent)."""
    tokens = _spacy().tokens
    for cls in (tokens.Doc, tokens.Span):
        if not cls.has_extension("investparse"):
            cls.set_extension("investparse", default=None)


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value)


def add_mentions(
    doc: Doc,
    reference_date: dt.date | str | None = None,
    *,
    set_ents: bool = True,
    document: Document | None = None,
) -> Doc:
    """Parse ``doc.text`` with :func:`investparse.parse_document` and put the mentions on ``doc``.

    ``reference_date`` (a date or ``"YYYY-MM-DD"``) resolves relative dates; pass an
    already parsed ``document`` of the same text to skip parsing. Returns ``doc``.
    """
    spacy = _spacy()
    set_extensions()
    if document is None:
        document = parse_document(doc.text, reference_date=_as_date(reference_date))
    spans: list[Span] = []
    for mention in document.mentions:
        span = _span(doc, mention)
        if span is not None:
            span._.investparse = mention
            spans.append(span)
    doc.spans[SPANS_KEY] = spans
    doc._.investparse = document
    if set_ents:
        ours = spacy.util.filter_spans(spans)
        kept = [e for e in doc.ents if not any(e.start < s.end and s.start < e.end for s in ours)]
        doc.ents = sorted([*kept, *ours], key=lambda s: s.start)
    return doc


def _span(doc: Doc, mention: Mention) -> Span | None:
    label = LABELS.get(mention.kind, mention.kind.upper())
    span: Span | None = doc.char_span(mention.start, mention.end, label=label, alignment_mode="expand")
    return span


class InvestparseComponent:
    """The ``"investparse"`` pipeline component: :func:`add_mentions` on every ``Doc``."""

    def __init__(self, reference_date: str | None = None, set_ents: bool = True) -> None:
        _spacy()
        set_extensions()
        self.reference_date = _as_date(reference_date)
        self.set_ents = set_ents

    def __call__(self, doc: Doc) -> Doc:
        return add_mentions(doc, self.reference_date, set_ents=self.set_ents)


def _make_component(nlp: Any, name: str, reference_date: str | None, set_ents: bool) -> InvestparseComponent:
    return InvestparseComponent(reference_date=reference_date, set_ents=set_ents)


def _register() -> None:
    try:
        from spacy.language import Language  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        return
    if not Language.has_factory("investparse"):
        Language.factory("investparse", default_config={"reference_date": None, "set_ents": True})(
            _make_component)


_register()
