"""Records: one per money mention, with its period, change, rank, subject and count.

The rules, in the words of FORMAT.md and ANNOTATION.md:

- **period**: a date right after the amount (``40.8 billion yuan in 2014``); else the
  nearest date in the same clause; else the nearest date before it in the sentence
  (a leading ``2024年,``); else a date closing the sentence (``... in 2017.``); else
  the date that opens the paragraph, unless the sentence opens a time frame of its
  own (``自落户以来``); else none.
- **change**: the next percent in the sentence that states a direction, with no other
  amount or figure between them (``30.5亿元、增长50%``), skipping percents that belong
  to a count (``个数同比增长100%``).
- **rank**: the next rank in the sentence with no other amount between.
- **subject**: the metric or project the clause names for the amount (see ``subject``).

>>> from investparse import parse_document
>>> import datetime as dt
>>> doc = parse_document("2024年,全市跨境电商交易额30.5亿元、增长50%。", reference_date=dt.date(2025, 1, 1))
>>> r = doc.records[0]
>>> r.period.timex if r.period else None, r.subject
('2024', '全市跨境电商交易额')
"""

from __future__ import annotations

from bisect import bisect_right

import regex

from . import segment
from .lexicon import links as lex
from .models import Count, DateValue, Mention, Percent, Record
from .subject import subject_of

_COMPARISON_DATE = regex.compile(r"同期|same period|上年同|compared|比上年")
_TIME_FRAME = regex.compile(
    "|".join(regex.escape(w) for w in lex.TIME_FRAME_OPENERS_ZH)
    + "|(?i:\\b(?:" + "|".join(regex.escape(w) for w in lex.TIME_FRAME_OPENERS_EN) + ")\\b)"
)
# a gap that brings in another subject: "... 160 thousand yuan and the efficiency increased by 50%"
_NEW_SUBJECT = regex.compile(r"(?i)\band\s+(?:the|its|their|a|an)\s")
_SERIES_GAP = regex.compile(r"\s*+(?:(?i:in|of|for|by)\s++)?$")
_DIGIT = regex.compile(r"\d|[一二三四五六七八九十百千万亿两]+[个家项]")
_COUNT_ZH = regex.compile(
    "(?P<noun>" + "|".join(sorted(lex.COUNT_NOUNS_ZH, key=len, reverse=True)) + r")?(?P<n>\d[\d,]*+)"
    "(?P<cls>[" + "".join(lex.COUNT_CLASSIFIERS_ZH) + "])(?P<noun2>"
    + "|".join(sorted(lex.COUNT_NOUNS_ZH, key=len, reverse=True)) + ")?"
)
_COUNT_EN = regex.compile(
    r"(?<![\d.])(?P<n>\d[\d,]*+)\s++(?:(?:new|big|major|key|large|foreign-invested|foreign|signed|"
    r"contracted)\s++)?(?P<noun>" + "|".join(lex.COUNT_NOUNS_EN) + r")\b", regex.IGNORECASE,
)


class _Index:
    """Mentions and segments of one document, for quick look-ups by position."""

    def __init__(self, text: str, mentions: list[Mention]) -> None:
        self.text = text
        self.mentions = mentions
        self.sentences = segment.sentences(text)
        self.starts = [s.start for s in self.sentences]
        self.dates = [m for m in mentions if m.kind == "date" and _usable_period(m)]
        self.spans = [(m.start, m.end) for m in mentions]

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def clause_of(self, sent: segment.Span, pos: int) -> segment.Span:
        for c in segment.clauses(self.text, sent):
            if c.start <= pos < c.end:
                return c
        return sent

    def between(self, kind: str, start: int, end: int) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind and start <= m.start and m.end <= end]


def _usable_period(m: Mention) -> bool:
    return isinstance(m.value, DateValue) and not _COMPARISON_DATE.search(m.text)


def _date(m: Mention) -> DateValue:
    assert isinstance(m.value, DateValue)
    return m.value


def _period(ix: _Index, m: Mention, si: int) -> DateValue | None:
    sent = ix.sentences[si]
    in_sent = [d for d in ix.dates if sent.start <= d.start and d.end <= sent.end]
    clause = ix.clause_of(sent, m.start)
    # a date right after the amount: "40.8 billion yuan in 2014"
    for d in in_sent:
        if d.start >= m.end and d.start - m.end <= 6 and _SERIES_GAP.match(ix.text[m.end:d.start]):
            return _date(d)
    same_clause = [d for d in in_sent if clause.start <= d.start and d.end <= clause.end]
    if same_clause:
        return _date(min(same_clause, key=lambda d: abs(d.start - m.start)))
    before = [d for d in in_sent if d.end <= m.start]
    if before:
        return _date(before[-1])
    after = [d for d in in_sent if d.start >= m.end]
    if after and not ix.text[after[-1].end:sent.end].strip(" .。;；,，!?！？\n\"”'’)"):
        return _date(after[-1])
    return _paragraph_period(ix, si)


def _paragraph_period(ix: _Index, si: int) -> DateValue | None:
    sent = ix.sentences[si]
    opening = segment.clauses(ix.text, sent)
    if opening and _TIME_FRAME.search(opening[0].text(ix.text)):
        return None
    j = si - 1
    while j >= 0 and ix.sentences[j].paragraph == sent.paragraph:
        j -= 1
    first = ix.sentences[j + 1]
    if first is sent:
        return None
    dates = [d for d in ix.dates if first.start <= d.start and d.end <= first.end]
    return _date(dates[0]) if dates else None


def _blanked(ix: _Index, start: int, end: int) -> str:
    """The text between two positions with every mention blanked out."""
    chars = list(ix.text[start:end])
    for s, e in ix.spans:
        if s < end and e > start:
            for k in range(max(s, start), min(e, end)):
                chars[k - start] = " "
    return "".join(chars)


def _change(ix: _Index, m: Mention, sent: segment.Span) -> str | None:
    for p in ix.between("percent", m.end, sent.end):
        if p.start - m.end > 100 or ix.between("money", m.end, p.start) or ix.between("rank", m.end, p.start):
            return None
        gap = _blanked(ix, m.end, p.start)
        if _DIGIT.search(gap) or _NEW_SUBJECT.search(gap):
            return None
        value = p.value
        if not isinstance(value, Percent) or value.change is None:
            continue
        clause = ix.clause_of(sent, p.start)
        if any(w in ix.text[clause.start:p.start] for w in lex.COUNT_SUBJECTS):
            continue
        return p.id
    return None


def _rank(ix: _Index, m: Mention, sent: segment.Span) -> str | None:
    for r in ix.between("rank", m.end, sent.end):
        if r.start - m.end > 40 or ix.between("money", m.end, r.start):
            return None
        return r.id
    return None


def _count(ix: _Index, m: Mention, sent: segment.Span) -> Count | None:
    clauses = segment.clauses(ix.text, sent)
    near = [c for c in clauses if c.end > m.start - 40 and c.start < m.end + 20]
    best: tuple[int, Count] | None = None
    for c in near:
        for pattern in (_COUNT_ZH, _COUNT_EN):
            for cm in pattern.finditer(ix.text, c.start, c.end):
                if any(s < cm.end() and e > cm.start() for s, e in ix.spans):
                    continue
                noun = (cm.groupdict().get("noun") or cm.groupdict().get("noun2") or
                        cm.groupdict().get("cls") or "")
                if pattern is _COUNT_ZH and not (cm.group("noun") or cm.group("noun2")):
                    continue
                dist = abs(cm.start() - m.start)
                count = Count(value=int(cm.group("n").replace(",", "")), unit=noun.lower())
                if best is None or dist < best[0]:
                    best = (dist, count)
    return best[1] if best else None


def build_records(text: str, mentions: list[Mention]) -> list[Record]:
    """One :class:`Record` per money mention of ``mentions`` (found in ``text``).

    >>> build_records("", [])
    []
    """
    ix = _Index(text, mentions)
    out: list[Record] = []
    moneys = [m for m in mentions if m.kind == "money"]
    previous: tuple[segment.Span, str | None] | None = None
    for m in moneys:
        si = ix.sentence_of(m.start)
        sent = ix.sentences[si] if ix.sentences else segment.Span(0, len(text))
        clause = ix.clause_of(sent, m.start)
        prev_subject = previous[1] if previous and previous[0] == clause else None
        subject = subject_of(text, m, sent, clause, mentions, prev_subject)
        previous = (clause, subject)
        out.append(Record(
            id=f"r{len(out) + 1}",
            start=sent.start,
            end=sent.end,
            amount=m.id,
            period=_period(ix, m, si) if ix.sentences else None,
            change=_change(ix, m, sent),
            rank=_rank(ix, m, sent),
            subject=subject,
            count=_count(ix, m, sent),
        ))
    return out
