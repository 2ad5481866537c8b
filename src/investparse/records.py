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
('2024', '跨境电商交易额')
"""

from __future__ import annotations

import itertools
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from typing import NamedTuple

import regex

from . import comparison, segment, zones
from ._patterns import HAN, Lazy, alt
from .found import Linked
from .lexicon import changes as ch_lex
from .lexicon import dates as date_lex
from .lexicon import links as lex
from .lexicon import segments as seg_lex
from .models import Count, DateValue, Kind, Money, Percent, Record, Value, assembled
from .percent import LIST_GAP, change_words_start
from .subject import en_names, subject_of, tidy_zh

#: how far (in characters) around an amount linking looks for its context
WINDOW = 240
_TIME_FRAME = Lazy(
    "|".join(regex.escape(w) for w in lex.TIME_FRAME_OPENERS_ZH)
    + "|(?i:\\b(?:" + "|".join(regex.escape(w) for w in lex.TIME_FRAME_OPENERS_EN) + ")\\b)"
)
# a gap that brings in another subject: "... 160 thousand yuan and the efficiency increased by 50%"
_NEW_SUBJECT = Lazy(
    r"(?i)\band\s+(?:the|its|their|a|an)\s"
    # (", with electronics growing 9 percent", ", with December seeing a rise of": another
    # noun's own participle; not ", with a growth of 5%", the amount's own)
    rf"|,\s*+{alt(lex.EN_ABSOLUTE_WITH)}\s++(?!(?:an?|the|its)\s|{alt(ch_lex.AFTER_EN)}\s)"
    r"(?:[A-Za-z'’-]++\s++){0,4}?[a-z]++(?<=ing)(?![A-Za-z])")
#: what may stand between a Chinese amount and its own change (see _names_other_metric)
_ZH_GAP_WORDS = Lazy(alt([*ch_lex.ZH, *ch_lex.FILL_ZH, *ch_lex.PREFIX_ZH, *lex.CHANGE_GAP_ZH]))
_HAN_PAIR = Lazy(r"\p{Han}[^\p{Han}]*+\p{Han}")
_HAN_RUN = Lazy(r"\p{Han}++")
#: what follows the date of a news dateline: its sign (3月5日电), or an agency in brackets
#: and a dash ("June 14 (Xinhua) --")
_DATELINE_AFTER = Lazy(
    rf"[{seg_lex.NEWS_DATELINE_SIGNS_ZH}]"
    rf"|[ \t]*+[(（][^)）\n]{{1,30}}+[)）][ \t]*+(?:{alt(seg_lex.CLAUSE_DASHES)}|-)(?=[ \t])")
#: the first characters of what follows a dateline's or a statement's date
_AFTER_FIRSTS = frozenset(
    seg_lex.NEWS_DATELINE_SIGNS_ZH + "(（-" + "".join(d[0] for d in seg_lex.CLAUSE_DASHES)
    + "".join(w[0] for w in lex.SPEECH_AFTER_DATE_ZH) + lex.SPEECH_FROM_ZH)
_DASH_AFTER = Lazy(rf"[ \t]*+(?:{alt(seg_lex.CLAUSE_DASHES)})(?=[ \t])")
#: a year that opens an event's name after a full date (see lexicon.links.EVENT_NOUNS_ZH)
_EVENT_YEAR_BEFORE = Lazy(rf"(?:{alt(lex.EVENT_DATE_ENDS_ZH)})[，,]?\s*+(?:{alt(lex.EVENT_BEFORE_ZH)})\s*+$")
_EVENT_YEAR_AFTER = Lazy(
    rf"[^，。；：,;:\n]{{0,{lex.EVENT_NAME_CHARS}}}?(?:{alt(lex.EVENT_NOUNS_ZH)})(?:{alt(lex.EVENT_AT_ZH)})")
#: how far from its line's start a dateline's date may stand ("SAN FRANCISCO, CA, Nov 18")
_DATELINE_HEAD = 40
#: "and imports grew": a new clause with a noun of its own before its change word
_EN_OTHER_CLAUSE = Lazy(
    r"(?i)\b" + alt(lex.EN_NEW_CLAUSE) + r"\s++(?!" + alt(ch_lex.EN, ascii_boundary=True)
    + r")[a-z][\w'-]*+\s++(?:[a-z][\w'-]*+\s++){0,2}?" + alt(ch_lex.EN, ascii_boundary=True) + r"\s*+$"
)
_EQUIVALENT_OPEN = Lazy(r"\s*+" + alt(lex.EQUIVALENT_OPEN) + r"\s*+")
#: a clause that before its amount holds only a comparison base and a change word
#: (比年初增加, 较2022年增长: the base's date blanked out)
_BASE_THEN_CHANGE = Lazy(
    rf"\s*+(?:{alt(lex.COMPARISON_BEFORE_ZH)})\s*+(?:{alt(lex.CHANGE_GAP_ZH)})?\s*+"
    rf"(?:{alt(ch_lex.ZH)})\s*+(?:{alt(ch_lex.FILL_ZH)})?\s*+")
_BASE_THEN_CHANGE_REACH = 24
_EQUIVALENT_CLOSE = Lazy(r"\s*+" + alt(lex.EQUIVALENT_CLOSE))
_EQUIVALENT_COMMA = Lazy(r"\s*+[,，]\s*+(?i:" + alt(lex.EQUIVALENT_AFTER_COMMA) + r")\s*+")
_RATE_RANK = Lazy("(?i:" + alt(lex.RATE_RANK_WORDS) + ")")
_RESPECTIVELY = Lazy(alt(lex.RESPECTIVELY))
_NAME_JOINER = Lazy(alt(lex.NAME_LIST_JOINERS_ZH))
#: the noun a list of amounts after a verb of getting is of ("4 and 3 billion dollars of FDI")
_EN_NOUN_AFTER = Lazy(r"\s++(?i:of|in)\s++(?!(?i:respectively)\b)[A-Za-z]")
_EN_GETTING_VERB = Lazy(rf"(?i:(?<![A-Za-z]){alt(lex.EN_OBJECT_VERBS)})(?![A-Za-z])")
#: 分别 and the verb after it right before a list's first amount, and the stretch of Han
#: characters and joiners before it (matched right to left: the names, split afterwards)
_RESPECTIVELY_ZH_BEFORE = Lazy(rf"{lex.RESPECTIVELY[0]}\p{{Han}}{{0,4}}?\s*+$")
_NAMES_BACK = Lazy(rf"[\p{{Han}}{''.join(j for j in lex.NAME_LIST_JOINERS_ZH if len(j) == 1)}]{{1,80}}+",
                   regex.REVERSE)
#: a change word that ends a subject read before the change (出口同比增长, "exports rose by")
_TRAILING_CHANGE = Lazy(
    rf"(?:{alt(ch_lex.PREFIX_ZH)})?+(?:{alt(ch_lex.ZH)}"
    rf"|(?i:\s*+(?:{alt(ch_lex.PREFIX_EN, ascii_boundary=True)}\s++)?{alt(ch_lex.EN, ascii_boundary=True)}))"
    rf"(?:\s++(?i:by|of))?+\s*+$"
)
#: what stands between a change and the level it leads to (rose 15% to 30 billion yuan)
_CHANGE_THEN_LEVEL = Lazy(
    rf"\s*+[,，]?\s*+(?:(?i:{alt(lex.CHANGE_THEN_LEVEL_FILL, ascii_boundary=True)})\s*+[,，]?\s*+){{0,3}}"
    rf"(?:{alt(lex.CHANGE_THEN_LEVEL_ZH)}|(?i:{alt(lex.CHANGE_THEN_LEVEL_EN, ascii_boundary=True)})\s)\s*+"
)


#: a statement's date (see lexicon.links.SPEECH_AFTER_DATE_ZH)
_SPEECH_AFTER = Lazy(
    rf"\s*+(?:{alt(lex.SPEECH_AFTER_DATE_ZH)}|{lex.SPEECH_FROM_ZH}[^，。；,;]{{1,{lex.SPEECH_FROM_REACH}}}?"
    rf"(?:{alt(lex.SPEECH_AFTER_DATE_ZH)}))")
_SPEECH_BEFORE = Lazy(rf"(?i:(?<![A-Za-z]){alt(lex.SPEECH_VERBS_EN)})\s++(?i:on\s++)?$")
_FIGURE_ANAPHORA = Lazy(rf"\s*+(?i:{alt(lex.EN_FIGURE_ANAPHORA, ascii_boundary=True)})(?![A-Za-z])")
_BREAKDOWN = Lazy(rf"\s*+(?i:{alt(lex.BREAKDOWN_OPENERS, ascii_boundary=True)})")
_CLAUSE_GAP = Lazy(r"\s*+[,，]\s*+")
#: the words right before an amount that is a comparison base (see lexicon.links)
_BASE_AMOUNT = Lazy(
    rf"(?:(?:{alt(lex.COMPARISON_BEFORE_ZH)})(?:\d{{4}}{lex.BASE_AMOUNT_YEAR_ZH})?"
    rf"[^{lex.BASE_AMOUNT_GAP_NOT_ZH}\d]{{0,10}}?{lex.BASE_AMOUNT_OF_ZH}"
    rf"|(?:{alt(lex.BASE_AMOUNT_PERIOD_ZH)})(?:{alt(lex.BASE_AMOUNT_VERB_ZH)})"
    rf"|(?i:(?<![A-Za-z]){alt(lex.BASE_AMOUNT_BEFORE_EN)})\s++)$"
)
#: the words before an amount a share is of, and the share after it (see lexicon.links)
_SHARE_OF_BEFORE = Lazy(rf"(?:{alt(lex.SHARE_OF_BEFORE_ZH)})[^，。；,;\d]{{0,{lex.SHARE_OF_REACH}}}$")
_SHARE_OF_AFTER = Lazy(r"的\s*+\d")


class _From(NamedTuple):
    """An amount read from the start of the change before it, for its subject."""

    id: str
    kind: Kind
    start: int
    end: int
    value: Value
_SERIES_GAP = Lazy(r"\s*+(?:(?i:in|of|for|by)\s++)?$")
_DIGIT = Lazy(r"\d|[一二三四五六七八九十百千万亿两]+[个家项]")
_COUNT_ZH = Lazy(
    "(?P<noun>" + "|".join(sorted(lex.COUNT_NOUNS_ZH, key=len, reverse=True)) + r")?(?P<n>\d[\d,]*+)"
    "(?P<cls>[" + "".join(lex.COUNT_CLASSIFIERS_ZH) + "])(?P<noun2>"
    + "|".join(sorted(lex.COUNT_NOUNS_ZH, key=len, reverse=True)) + ")?"
)
_COUNT_EN = Lazy(
    r"(?<![\d.])(?P<n>\d[\d,]*+)\s++(?:(?:new|big|major|key|large|foreign-invested|foreign|signed|"
    r"contracted)\s++)?(?P<noun>" + "|".join(lex.COUNT_NOUNS_EN) + r")\b", regex.IGNORECASE,
)
#: what every count holds: a Chinese classifier after the number, an English count noun
#: (where none lies in a window, the count patterns need not be tried there); found on
#: the lowered text, where every match is one character: the first of a noun, which the
#: rest follows (so that a noun inside another is found too), or a classifier
_COUNT_MARKS = zones.WordStarts(lex.COUNT_NOUNS_EN, singles=lex.COUNT_CLASSIFIERS_ZH)


class _Index:
    """Mentions and segments of one document, for quick look-ups by position."""

    def __init__(
        self, text: str, mentions: Sequence[Linked], dateline: tuple[int, int] | None = None
    ) -> None:
        self.text = text
        self.mentions = mentions  # in text order
        self.mention_starts = [m.start for m in mentions]
        #: kind -> (starts, mentions) of that kind, in text order
        self.of_kind: dict[str, tuple[list[int], list[Linked]]] = {}
        for m in mentions:
            entry = self.of_kind.setdefault(m.kind, ([], []))
            entry[0].append(m.start)
            entry[1].append(m)
        self.sentences = segment.sentences(text)
        self.starts = [s.start for s in self.sentences]
        # (the document's own date, its dateline, is the date of the report, no figure's)
        #: the ids of the amounts that are comparison bases (较去年同期的286亿元)
        self.bases = {m.id for m in mentions if m.kind == "money"
                      and _BASE_AMOUNT.search(text, max(0, m.start - 16), m.start) is not None}
        base_ends = sorted(m.end for m in mentions if m.id in self.bases)
        # (the document's own date, its dateline, is the date of the report, no figure's; nor
        # is a base amount's own: "up from 3.1 billion euros in 2024")
        self.dates = [m for m in mentions if m.kind == "date" and _usable_period(text, m)
                      and (dateline is None or m.end <= dateline[0] or m.start >= dateline[1])
                      and not _after_base(text, m, base_ends)]
        self.date_starts = [d.start for d in self.dates]
        self._clauses: dict[int, list[segment.Span]] = {}
        self._clause_starts: dict[int, list[int]] = {}
        self.respective: dict[int, dict[str, str]] = {}  # sentence start -> _respective
        self.respectively = [r.start() for r in _RESPECTIVELY.finditer(text)]
        #: where the lines that end in a colon end, a table caption's maybe (see _caption_period)
        self.caption_ends = [c.start() for c in _CAPTION_END.finditer(text)]
        #: where the words of a projection or a standing rule stand (see _timeless)
        self.timeless = [t.start() for t in _TIMELESS_WORD.finditer(text)]
        self.counts: dict[tuple[bool, int, int], list[tuple[int, Count]]] = {}  # see _count
        self.respective_subjects: dict[int, dict[str, str]] = {}  # sentence start -> _respective_subjects
        self.splitters: dict[int, list[tuple[int, int]]] = {}  # sentence start -> its _SPLITTER spans
        self.head_dates: dict[int, DateValue | None] = {}  # sentence index -> _sentence_head_date
        self.respective_periods: dict[int, dict[str, DateValue]] = {}  # sentence start -> _respective_periods
        self.lead_periods: dict[tuple[int, bool], DateValue | None] = {}  # see _lead_period
        self.equivalent = self.equivalents()
        #: the ids of the amounts a share is of (占年度计划投资210亿元的88.6%): no change of their own
        self.wholes = {m.id for m in mentions if m.kind == "money" and _SHARE_OF_AFTER.match(text, m.end)
                       and _SHARE_OF_BEFORE.search(text, max(0, m.start - lex.SHARE_OF_REACH - 4), m.start)}
        self.paragraph_first: dict[int, int] = {}  # paragraph -> index of its first sentence
        self.paragraph_periods: dict[int, DateValue | None] = {}  # sentence -> _paragraph_period
        for i, sent in enumerate(self.sentences):
            self.paragraph_first.setdefault(sent.paragraph, i)
        # where a Chinese classifier after a digit, and where an English count noun,
        # starts (any count match holds one of either kind)
        self.count_marks: dict[bool, list[int]] = {False: [], True: []}
        for p, english in _COUNT_MARKS.find(zones.lowered(text)):
            # (a Chinese count's classifier follows its number's last digit, or a comma:
            # str.isdigit holds every character \d does)
            if english or (p and (text[p - 1].isdigit() or text[p - 1] == ",")):
                self.count_marks[english].append(p)

    def forget_before(self, pos: int) -> None:
        """Drop what was cached of the sentences and windows that start before ``pos``:
        amounts are linked in text order, so those are looked at again seldom (and then
        found again). Their lists and spans, kept to the end, would be walked by every full
        collection of the garbage collector while the rest of a long document is linked."""
        for cache in (self._clauses, self._clause_starts, self.splitters):
            for key in [k for k in cache if k < pos]:
                del cache[key]
        for window in [k for k in self.counts if k[1] < pos]:
            del self.counts[window]

    def marks_respective(self, sent: segment.Span) -> bool:
        """Whether 分别 / "respectively" stands in the sentence (found once in the text)."""
        marks = self.respectively
        i = bisect_left(marks, sent.start)
        return i < len(marks) and marks[i] < sent.end

    def has_count_mark(self, english: bool, start: int, end: int) -> bool:
        """Whether a classifier (or, ``english``, a count noun) starts in ``[start, end)``."""
        marks = self.count_marks[english]
        i = bisect_left(marks, start)
        return i < len(marks) and marks[i] < end

    def sentence_of(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def clauses(self, sent: segment.Span) -> list[segment.Span]:
        found = self._clauses.get(sent.start)
        if found is None:
            found = self._clauses[sent.start] = segment.clauses(self.text, sent)
            self._clause_starts[sent.start] = [c.start for c in found]
        return found

    def clause_of(self, sent: segment.Span, pos: int) -> segment.Span:
        found = self.clauses(sent)
        i = bisect_right(self._clause_starts[sent.start], pos) - 1
        if i >= 0 and found[i].start <= pos < found[i].end:
            return found[i]
        return sent

    def clauses_near(self, sent: segment.Span, start: int, end: int) -> list[segment.Span]:
        """The clauses of the sentence that end after ``start`` and start before ``end``."""
        found = self.clauses(sent)
        starts = self._clause_starts[sent.start]
        i = max(0, bisect_right(starts, start) - 1)
        j = bisect_left(starts, end)
        return [c for c in found[i:j] if c.end > start]

    def equivalents(self) -> dict[str, str]:
        """Amount id -> the id of the amount it restates in brackets, right before it."""
        out: dict[str, str] = {}
        moneys = [m for m in self.mentions if m.kind == "money"]
        for a, b in itertools.pairwise(moneys):
            if (_EQUIVALENT_OPEN.fullmatch(self.text, a.end, b.start)
                    and _EQUIVALENT_CLOSE.match(self.text, b.end)) or (
                    _EQUIVALENT_COMMA.fullmatch(self.text, a.end, b.start)
                    and isinstance(a.value, Money) and isinstance(b.value, Money)
                    and a.value.currency != b.value.currency):
                out[b.id] = out.get(a.id, a.id)
        return out

    def other_money(self, m: Linked, start: int, end: int) -> bool:
        """Whether an amount stands in [start, end) that does not restate ``m``."""
        starts, found = self.of_kind.get("money", ([], []))
        equivalent, bases, wholes, mid = self.equivalent, self.bases, self.wholes, m.id
        for i in range(bisect_left(starts, start), bisect_left(starts, end)):
            o = found[i]
            if (o.end <= end and equivalent.get(o.id) != mid and o.id not in bases
                    and o.id not in wholes):
                return True
        return False

    def between(self, kind: str, start: int, end: int) -> list[Linked]:
        """The mentions of ``kind`` inside ``[start, end)``, in text order."""
        kinds = self.of_kind.get(kind)
        if kinds is None:
            return []
        starts, found = kinds
        lo = bisect_left(starts, start)
        hi = bisect_left(starts, end, lo)
        return [m for m in found[lo:hi] if m.end <= end]

    def overlapping(self, start: int, end: int) -> list[Linked]:
        """Mentions that overlap [start, end) (mentions are shorter than 200 characters)."""
        lo = bisect_left(self.mention_starts, start - 200)
        hi = bisect_left(self.mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m.end > start]

    def dates_in(self, start: int, end: int) -> list[Linked]:
        lo = bisect_left(self.date_starts, start)
        hi = bisect_left(self.date_starts, end)
        return [d for d in self.dates[lo:hi] if d.end <= end]


_BASE_DATE_GAP_EN = Lazy(r"\s*+(?:(?i:in|for|during)\s++)?")
_BASE_DATE_REACH = 10


def _after_base(text: str, d: Linked, base_ends: list[int]) -> bool:
    """Whether the date ``d`` stands right after a comparison base amount, as its own date
    ("up from 3.1 billion euros in 2024"; base amounts end at ``base_ends``)."""
    i = bisect_right(base_ends, d.start) - 1
    return (i >= 0 and d.start - base_ends[i] <= _BASE_DATE_REACH
            and _BASE_DATE_GAP_EN.fullmatch(text, base_ends[i], d.start) is not None)


def _usable_period(text: str, m: Linked) -> bool:
    """Whether a date mention may be a period: it is no comparison base (``比2024年``,
    ``compared with 2023``, ``the same period last year``) and no news dateline's
    (``新华社杭州3月5日电``, "WUHAN, June 14 (Xinhua) --").

    >>> from investparse.found import Found
    >>> d = DateValue(timex="XXXX-06-14")
    >>> texts = ("WUHAN, June 14 (Xinhua) -- Hubei", "WUHAN, June 14, Hubei")
    >>> [_usable_period(t, Found("date", 7, 14, d)) for t in texts]
    [False, True]
    """
    if not isinstance(m.value, DateValue) or comparison.is_base(text, m.start, m.end):
        return False
    nxt = text[m.end:m.end + 2].lstrip(" \t")[:1]  # (what follows a dateline's or a statement's date)
    if nxt and nxt in _AFTER_FIRSTS and (
            _DATELINE_AFTER.match(text, m.end) is not None
            # ("Qingdao, November 18 -- ...": a dash alone after a date at a line's head)
            or (_DASH_AFTER.match(text, m.end) is not None
                and m.start - (text.rfind("\n", 0, m.start) + 1) <= _DATELINE_HEAD)
            or _SPEECH_AFTER.match(text, m.end) is not None):
        return False
    if (m.start and text[m.start - 1] in _EVENT_LASTS
            and _EVENT_YEAR_BEFORE.search(text, max(0, m.start - 8), m.start) is not None
            and _EVENT_YEAR_AFTER.match(text, m.end) is not None):
        return False  # (6月18日，在2024年……推介会上: the event's edition)
    # (the speech verb and its space right before: a cheap test first)
    return not (m.start and text[m.start - 1].isspace()
                and _SPEECH_BEFORE.search(text, max(0, m.start - 24), m.start) is not None)


_EVENT_LASTS = frozenset(w[-1] for w in lex.EVENT_BEFORE_ZH)


def _date(m: Linked) -> DateValue:
    assert isinstance(m.value, DateValue)
    return m.value


def _period(ix: _Index, m: Linked, si: int) -> DateValue | None:
    sent = ix.sentences[si]
    in_sent = ix.dates_in(sent.start, sent.end)
    if len(in_sent) > 64:  # a run-on "sentence": only dates near the amount can govern it
        in_sent = ix.dates_in(max(sent.start, m.start - 300), min(sent.end, m.end + 300))
    clause = ix.clause_of(sent, m.start)
    # a date right after the amount: "40.8 billion yuan in 2014"
    for d in in_sent:
        if d.start >= m.end and d.start - m.end <= 6 and _SERIES_GAP.match(ix.text[m.end:d.start]):
            return _date(d)
    same_clause = [d for d in in_sent if clause.start <= d.start and d.end <= clause.end]
    if same_clause:
        return _date(min(same_clause, key=lambda d: abs(d.start - m.start)))
    if _timeless(ix, sent, clause, m):
        return None
    splits = ix.splitters.get(sent.start)
    if splits is None:
        found = _SPLITTER.finditer(ix.text, sent.start, sent.end)
        splits = ix.splitters[sent.start] = [s.span() for s in found]
    if splits:
        lo, hi = _half(sent, splits, m)
        half_before = [d for d in in_sent if lo <= d.start and d.end <= m.start]
        if half_before:
            return _date(half_before[-1])
        half_after = [d for d in in_sent if d.start >= m.end and d.end <= hi]
        if half_after and not ix.text[half_after[-1].end:hi].strip(_CLOSING_MARKS):
            return _date(half_after[-1])
    before = [d for d in in_sent if d.end <= m.start]
    if before:
        return _date(before[-1])
    after = [d for d in in_sent if d.start >= m.end]
    if after and (not ix.text[after[-1].end:sent.end].strip(_CLOSING_MARKS)
                  or _ATTRIBUTION_END.fullmatch(ix.text, after[-1].end, sent.end) is not None) and not (
            _dates_another(ix, sent, m, after[-1])):
        # (closing the sentence, or before who said it: "... in 2024, officials said.")
        return _date(after[-1])
    if (after and after[0].start > 0 and ix.text[after[0].start - 1] in lex.DATE_AFTER_LIST_LEADS_ZH
            and not any(c in _CLAUSE_BREAKS for c in ix.text[m.end:after[0].start])):
        # (总投资85亿元的甲项目、总投资32亿元的乙项目于4月28日开工: the list's date, after it)
        return _date(after[0])
    return _semicolon_period(ix, si) or _paragraph_period(ix, si)


_SPLITTER = Lazy(rf",\s*+(?i:{alt(lex.EN_PERIOD_SPLITTERS, ascii_boundary=True)})(?![A-Za-z])")
_TIMELESS_WORDS = (rf"{alt(lex.TIMELESS_CLAUSE_OPENERS_ZH)}"
                   rf"|(?i:{alt(lex.TIMELESS_CLAUSE_OPENERS_EN, ascii_boundary=True)})(?![A-Za-z])")
_TIMELESS_WORD = Lazy(_TIMELESS_WORDS)
_TIMELESS = Lazy(rf"\s*+(?:{_TIMELESS_WORDS})")
_COMPLETION = Lazy(alt(lex.COMPLETION_OPENERS_ZH))


def _timeless(ix: _Index, sent: segment.Span, clause: segment.Span, m: Linked) -> bool:
    """Whether the amount's clause, or the one before it in its sentence, opens with a
    projection after completion or a standing rule (lexicon.links.TIMELESS_CLAUSE_OPENERS_ZH)."""
    marks = ix.timeless
    i = bisect_left(marks, sent.start)
    if i == len(marks) or marks[i] >= m.start:
        return False  # (most sentences hold none: found once in the text)
    if _TIMELESS.match(ix.text, clause.start) is not None:
        return True
    # (a projection's words inside the amount's clause: 上述项目全部达产后可新增年产值约52亿元)
    j = bisect_left(marks, clause.start)
    if j < len(marks) and marks[j] < m.start and _COMPLETION.match(ix.text, marks[j]) is not None:
        return True
    near = ix.clauses_near(sent, max(sent.start, clause.start - 1), clause.start)
    return bool(near) and near[0].end <= clause.start and _TIMELESS.match(ix.text, near[0].start) is not None


def _half(sent: segment.Span, splits: list[tuple[int, int]], m: Linked) -> tuple[int, int]:
    """The part of ``sent`` between its splitters (``EN_PERIOD_SPLITTERS``, their spans
    ``splits``) that holds the amount ``m``."""
    i = bisect_left(splits, (m.start, -1))
    lo = splits[i - 1][1] if i > 0 and splits[i - 1][1] <= m.start else sent.start
    hi = splits[i][0] if i < len(splits) and splits[i][0] >= m.end else sent.end
    return lo, hi


def _dates_another(ix: _Index, sent: segment.Span, m: Linked, d: Linked) -> bool:
    """Whether the date ``d``, in another clause than the amount ``m``, dates an amount of
    its own clause ("460 billion yuan, with 95 billion yuan planned for this year")."""
    if not any(c in _CLAUSE_BREAKS for c in ix.text[m.end:d.start]):
        return False  # (总投资85亿元的甲项目、总投资32亿元的乙项目于4月28日开工: one list's date)
    clause = ix.clause_of(sent, d.start)
    return ix.other_money(m, max(clause.start, m.end), d.start)


_CLAUSE_BREAKS = frozenset("，,;；:：")


def _semicolon_period(ix: _Index, si: int) -> DateValue | None:
    """The last date heading a clause of the sentences before ``si`` that a semicolon
    joins to it (1-6月，全市……；其中……总投资318亿元: 1-6月)."""
    if _own_time_frame(ix, ix.sentences[si]):
        return None
    k = si
    while k > 0:
        prev = ix.sentences[k - 1]
        ends = ix.text[prev.start:prev.end].rstrip()[-1:]
        if prev.paragraph != ix.sentences[si].paragraph or not ends or ends not in lex.SEMICOLONS:
            return None
        heads = [d for d in ix.dates_in(prev.start, prev.end) if _heads_clause(ix, prev, d)]
        if not heads:
            # (or the date before its first amount: 某银行2024年三季度末存款余额…；贷款余额…)
            firsts = ix.between("money", prev.start, prev.end)
            heads = [d for d in ix.dates_in(prev.start, firsts[0].start)] if firsts else []
        if heads:
            return _date(heads[-1])
        k -= 1
    return None


_ZH_PLACE_END_SET = frozenset(lex.ZH_PLACE_ENDS)
_ZH_PLACE = Lazy(rf"\p{{Han}}{{1,6}}?(?:{alt(lex.ZH_PLACE_ENDS)})")
_ZH_PLACE_METRIC = Lazy(rf"\p{{Han}}{{1,6}}?(?:{alt(lex.ZH_PLACE_ENDS)})(?P<metric>\p{{Han}}{{2,20}})")
_PLACE_METRIC_REACH = 24
_ELLIPTIC_OF = Lazy(rf"(?i:(?:{alt(lex.EN_ELLIPTIC_HEADS)})\s++)?of\s++")
_ELLIPTIC_FIRSTS = frozenset(c for w in (*lex.EN_ELLIPTIC_HEADS, "of") for c in (w[0].lower(), w[0].upper()))
_YEAR_EARLIER_ZH = Lazy(
    rf"(?<![^，,；;。！？!?\n])\s*+(?:{alt(lex.YEAR_EARLIER_LEADS_ZH)})?(?:{alt(lex.YEAR_EARLIER_ZH)})"
    rf"(?:[，,]?[^，,。；;\d%％]{{0,12}}?)$")
_YEAR_EARLIER_BASE_ZH = Lazy(rf"(?:{alt(lex.YEAR_EARLIER_ZH)})[^，,。；;\d]{{0,6}}$")
_YEAR_EARLIER_BEFORE_EN = Lazy(
    rf"\s*+(?i:in|during|for|over)\s++(?i:{alt(lex.YEAR_EARLIER_EN)}),")
_YEAR_EARLIER_AFTER_EN = Lazy(
    rf"\s*+(?:(?i:in|during|for|over)\s++)?(?i:{alt(lex.YEAR_EARLIER_EN)})(?![A-Za-z])")
_YEAR_TEXT = regex.compile(r"^(\d{4})")
_YEAR_EARLIER_MARK_ZH, _YEAR_EARLIER_MARK_EN = "同期", "year"
assert all(_YEAR_EARLIER_MARK_ZH in w for w in lex.YEAR_EARLIER_ZH)
assert all(_YEAR_EARLIER_MARK_EN in w for w in lex.YEAR_EARLIER_EN)
_YEAR_EARLIER_REACH_EN = max(map(len, lex.YEAR_EARLIER_EN)) + 12


def _year_earlier(ix: _Index, m: Linked, sent: segment.Span, period: DateValue | None) -> DateValue | None:
    """``period``, a year back when the amount ``m`` is stated of the same time a year before
    (see lexicon.links.YEAR_EARLIER_ZH).

    >>> t = "1-4月，出口8亿元，而去年同期仅为6亿元。"
    >>> ix = _Index(t, [_From("m1", "money", 18, 21, None)])
    >>> _year_earlier(ix, ix.mentions[0], segment.Span(0, len(t)), DateValue(start="2025-01", end="2025-04"))
    DateValue(timex=None, start='2024-01', end='2024-04', mod=None)
    """
    if period is None or not _states_year_earlier(ix, m, sent):
        return None if period is None else period
    def back(t: str | None) -> str | None:
        y = _YEAR_TEXT.match(t) if t else None
        return t if y is None or t is None else f"{int(y.group(1)) - 1:04d}{t[4:]}"
    return period.model_copy(update={"timex": back(period.timex), "start": back(period.start),
                                     "end": back(period.end)})


_WHOLE_YEAR = Lazy(rf"{alt(lex.WHOLE_YEAR_ZH)}|(?i:(?<![A-Za-z]){alt(lex.WHOLE_YEAR_EN)}(?![A-Za-z]))")
_WHOLE_YEAR_FIRSTS = frozenset(
    c for w in (*lex.WHOLE_YEAR_ZH, *lex.WHOLE_YEAR_EN) for c in (w[0], w[0].upper()))
_PART_OF_YEAR = regex.compile(r"^(\d{4})-")


def _whole_year(ix: _Index, m: Linked, clause: segment.Span, period: DateValue | None) -> DateValue | None:
    """``period``, or the year it is part of when the amount's own clause states it of the
    whole year before it (see lexicon.links.WHOLE_YEAR_ZH).

    >>> t = "下半年，力争全年产值突破1300亿元。"
    >>> ix = _Index(t, [_From("m1", "money", 10, 17, None)])
    >>> _whole_year(ix, ix.mentions[0], segment.Span(4, 18), DateValue(timex="2025-H2"))
    DateValue(timex='2025', start=None, end=None, mod=None)
    """
    if period is None or period.timex is None or (
            (y := _PART_OF_YEAR.match(period.timex)) is None and period.mod is None):
        return period
    lo = max(clause.start, m.start - 24)
    if not any(c in _WHOLE_YEAR_FIRSTS for c in ix.text[lo:m.start]):
        return period
    found = _WHOLE_YEAR.search(ix.text, lo, m.start)
    if found is None or ix.dates_in(found.start(), found.end()):
        return period
    year = y.group(1) if y is not None else period.timex[:4]
    return assembled(DateValue, timex=year, start=None, end=None, mod=None)


def _states_year_earlier(ix: _Index, m: Linked, sent: segment.Span) -> bool:
    text = ix.text
    lo = max(sent.start, m.start - 40)
    # (every Chinese phrase holds 同期, every English one "year": where neither stands near,
    # no pattern need be tried)
    if text.find(_YEAR_EARLIER_MARK_ZH, lo, m.start) >= 0:
        if m.id in ix.bases and _YEAR_EARLIER_BASE_ZH.search(text, max(sent.start, m.start - 16), m.start):
            return True  # (较去年同期的98亿元: the base is that time's figure)
        if _YEAR_EARLIER_ZH.search(text, lo, m.start) is not None:
            # (nothing of another figure between: 去年同期增长5%，今年达到120亿元)
            return not ix.between("percent", lo, m.start)
    # (not where the phrase is a date that may be the period itself: "In the previous year,
    # exports reached ..." is dated by it, not a year before it)
    if text.find(_YEAR_EARLIER_MARK_EN, m.end, m.end + _YEAR_EARLIER_REACH_EN) >= 0 and (
            (after := _YEAR_EARLIER_AFTER_EN.match(text, m.end)) is not None):
        return not ix.dates_in(after.start(), after.end())
    before = _YEAR_EARLIER_BEFORE_EN.match(text, sent.start, m.start)
    return before is not None and not ix.dates_in(before.start(), before.end())


def _base_period(ix: _Index, m: Linked) -> DateValue | None:
    """The date of a comparison base amount's own phrase: the 2023 of 较2023年的95亿元."""
    i = bisect_left(ix.mention_starts, m.start)
    # (or its date right after it: "up from 3.1 billion euros in 2024")
    nxt = ix.mentions[i + 1] if i + 1 < len(ix.mentions) else None
    if (nxt is not None and nxt.kind == "date" and isinstance(nxt.value, DateValue)
            and nxt.start - m.end <= _BASE_DATE_REACH
            and _BASE_DATE_GAP_EN.fullmatch(ix.text, m.end, nxt.start)):
        return nxt.value
    if i < 1:
        return None
    d = ix.mentions[i - 1]
    if d.kind != "date" or not isinstance(d.value, DateValue) or m.start - d.end > _BASE_DATE_GAP:
        return None
    return d.value


#: how far before a comparison base amount its own date may end (较2023年的, 去年同期为)
_BASE_DATE_GAP = 4


def _paragraph_period(ix: _Index, si: int) -> DateValue | None:
    """The date opening the paragraph of sentence ``si``, as it governs that sentence
    (once per sentence: its amounts share it); else a table caption's above it."""
    if si in ix.paragraph_periods:
        return ix.paragraph_periods[si]
    found = ix.paragraph_periods[si] = _opening_period(ix, si) or _caption_period(ix, si)
    return found


_BLANK_LINE = Lazy(r"\n[ \t\u3000]*+\r?\n")
_CAPTION_END = Lazy(rf"[{lex.CAPTION_ENDS}][ \t\u3000]*+\r?\n")


def _is_row(ix: _Index, span: segment.Span) -> bool:
    """Whether ``span`` is a short line of a table (no sentence ends in it), or a bullet's."""
    row = ix.text[span.start:span.end]
    if row.lstrip().startswith(lex.CAPTION_BULLETS):
        return len(row) <= lex.CAPTION_BULLET_ROW_CHARS
    return len(row) <= lex.CAPTION_ROW_CHARS and not any(c in row for c in lex.CAPTION_ROW_NOT)


def _caption_period(ix: _Index, si: int) -> DateValue | None:
    """The date of the table caption (its line ends in a colon) above the row of sentence
    ``si``, the lines between all rows and none blank, or None.

    >>> t = "前三季度主要指标如下：\\n出口总额 603.9亿元\\n进口总额 300亿元"
    >>> ix = _Index(t, [_From("m1", "date", 0, 4, DateValue(start="2025-Q1", end="2025-Q3"))])
    >>> _caption_period(ix, len(ix.sentences) - 1)
    DateValue(timex=None, start='2025-Q1', end='2025-Q3', mod=None)
    """
    sent = ix.sentences[si]
    captions = ix.caption_ends
    i = bisect_left(captions, sent.start) - 1
    if i < 0 or sent.start - captions[i] > lex.CAPTION_ROWS * lex.CAPTION_BULLET_ROW_CHARS:
        return None  # (no caption's line ends before it: found once in the text)
    if not _is_row(ix, sent):
        return None
    line = sent
    for k in range(si - 1, max(-1, si - lex.CAPTION_ROWS - 1), -1):
        above = ix.sentences[k]
        if _BLANK_LINE.search(ix.text, above.end - 1, line.start + 1) is not None:
            return None
        if above.paragraph == line.paragraph:
            line = above
            continue  # (a row of several sentences: their first)
        last = ix.text[above.start:above.end].rstrip()
        if last[-1:] in lex.CAPTION_ENDS:
            # (the caption's own sentence: its date)
            first_k = ix.paragraph_first[above.paragraph]
            dates = ix.dates_in(ix.sentences[first_k].start, above.end)
            return _date(dates[0]) if dates else None
        if not _is_row(ix, above):
            return None
        line = above
    return None


def _own_time_frame(ix: _Index, sent: segment.Span) -> bool:
    """Whether the sentence opens a time frame of its own (该公司自落户以来……, "since its
    founding"): then no date of the sentences before it governs it."""
    opening = ix.clauses(sent)
    head = opening[0] if opening else None
    return bool(head and _TIME_FRAME.search(ix.text, head.start, min(head.end, head.start + WINDOW)))


#: how many sentences back a date opening a sentence of the paragraph is looked for
_PARAGRAPH_LOOKBACK = 12


def _opening_period(ix: _Index, si: int) -> DateValue | None:
    sent = ix.sentences[si]
    if _own_time_frame(ix, sent):
        return None
    first_i = ix.paragraph_first[sent.paragraph]
    first = ix.sentences[first_i]
    if first is sent:
        return None
    lead = _lead_period(ix, first_i, si)
    # a later sentence of the paragraph opened by a date governs those after it (2021年，……。
    # 2022年，……。实际使用外资2.6亿美元: 2022), the nearest first; but not when it lies
    # inside the paragraph's own: the text zooms in and out again (1-11月，……。11月当月，……。
    # 分行业看，……: 1-11月)
    breakdown = _BREAKDOWN.match(ix.text, sent.start) is not None
    for k in range(si - 1, max(first_i, si - _PARAGRAPH_LOOKBACK - 1), -1):
        later = _sentence_head_date(ix, k)
        if later is not None:
            # (其中…: a breakdown of the sentence before, in its time)
            if breakdown and k == si - 1:
                return later
            return lead if lead is not None and _zooms_in(later, lead) else later
        if breakdown:
            break
    return lead


def _zooms_in(a: DateValue, b: DateValue) -> bool:
    """Whether the date ``a`` narrows the time of ``b`` for a moment: it lies inside it, and
    is not the stretch of it counted from its start (1-10月 within 2024 is what the year's
    figures are so far: it stays; 11月 within 1-11月 is a look at one month).

    >>> _zooms_in(DateValue(timex="2024-11"), DateValue(start="2024-01", end="2024-11"))
    True
    >>> _zooms_in(DateValue(start="2024-01", end="2024-10"), DateValue(timex="2024"))
    False
    """
    if not _within(a, b):
        return False
    sa, sb = _months(a), _months(b)
    return not (a.start is not None and sa is not None and sb is not None and sa[0] == sb[0])


def _sentence_head_date(ix: _Index, k: int) -> DateValue | None:
    """The date that opens sentence ``k`` (its first clause's head), once per sentence."""
    if k in ix.head_dates:
        return ix.head_dates[k]
    sent = ix.sentences[k]
    # (its first clause, or the one after a lead-in clause of no figure: 据海关统计，1-5月，……)
    opening = sent.start
    lead_in = _LEAD_IN.match(ix.text, sent.start, min(sent.end, sent.start + _LEAD_IN_REACH))
    if lead_in is not None and lead_in.end() < sent.end:
        opening = lead_in.end()
    heads = [d for d in ix.dates_in(sent.start, min(sent.end, opening + WINDOW))
             if ix.clause_of(sent, d.start).start == opening and _heads_clause(ix, sent, d)]
    found = ix.head_dates[k] = _date(heads[0]) if heads else None
    return found


#: a lead-in clause of no figure before a sentence's date (据海关统计，; 初步核算，; "According to
#: the bureau,")
_LEAD_IN = Lazy(rf"\s*+[^\d，,、。；;:：\n]{{1,{date_lex.FRAME_LEAD_CLAUSE_CHARS}}}+[，,]")
_LEAD_IN_REACH = date_lex.FRAME_LEAD_CLAUSE_CHARS + 8


def _within(a: DateValue, b: DateValue) -> bool:
    """Whether the time of ``a`` lies inside that of ``b`` (months apart; a date whose year
    is unknown lies inside any).

    >>> _within(DateValue(timex="2024-11"), DateValue(start="2024-01", end="2024-11"))
    True
    >>> _within(DateValue(timex="2023"), DateValue(timex="2022"))
    False
    """
    sa, sb = _months(a), _months(b)
    if sa is None or sb is None:
        return sa is None and (a.timex or a.start or "").startswith("XXXX")
    return sb[0] <= sa[0] and sa[1] <= sb[1]


_TIMEX_MONTHS = regex.compile(r"(\d{4})(?:-(?:(\d\d)(?:-\d\d)?|Q([1-4])|H([12])))?")


def _months(v: DateValue) -> tuple[str, str] | None:
    """The first and last month of a date's time, as ``YYYY-MM``, or None when unknown."""
    lo = _bound(v.timex or v.start, first=True)
    hi = _bound(v.timex or v.end, first=False)
    return None if lo is None or hi is None else (lo, hi)


def _bound(t: str | None, *, first: bool) -> str | None:
    m = _TIMEX_MONTHS.fullmatch(t) if t else None
    if m is None:
        return None
    year, month, q, h = m.groups()
    if month:
        return f"{year}-{month}"
    if q:
        n = (int(q) - 1) * 3 + (1 if first else 3)
    elif h:
        n = (int(h) - 1) * 6 + (1 if first else 6)
    else:
        n = 1 if first else 12
    return f"{year}-{n:02d}"


def _lead_period(ix: _Index, first_i: int, si: int) -> DateValue | None:
    """The date that opens the paragraph whose first sentence is ``first_i`` (once per
    paragraph, and whether a heading's next sentence may give it)."""
    key = (first_i, first_i + 1 < si)
    if key not in ix.lead_periods:
        ix.lead_periods[key] = _find_lead_period(ix, first_i, si)
    return ix.lead_periods[key]


def _find_lead_period(ix: _Index, first_i: int, si: int) -> DateValue | None:
    first = ix.sentences[first_i]
    # (a date leading one of its clauses: not one inside, "which began in 2012")
    dates = [d for d in ix.dates_in(first.start, first.end) if _heads_clause(ix, first, d)]
    heading = lex.HEADING_CHARS if HAN.search(ix.text, first.start, first.end) else lex.HEADING_CHARS_EN
    if not dates and first.end - first.start <= heading and first_i + 1 < si:
        # a heading opens the paragraph (二、投资保持较快增长。1-5月，……; "Trade grew
        # steadily. From January to May, ..."): the date heading the sentence after it
        second = ix.sentences[first_i + 1]
        dates = [d for d in ix.dates_in(second.start, second.end)
                 if _heads_clause(ix, second, d) and ix.clause_of(second, d.start).start == second.start]
    if not dates and not HAN.search(ix.text, first.start, first.end):
        # ("FDI fell 27.1 percent in 2025. In dollar terms, ...": the date closing it)
        # (of a sentence that states a figure before it: not an event's, "The firm was founded in 2015.")
        closing = ix.dates_in(first.start, first.end)[-1:]
        if closing and _closes(ix, closing[0], first) and (
                ix.between("money", first.start, closing[0].start)
                or ix.between("percent", first.start, closing[0].start)) and (
                _SCHEDULE_EN.search(ix.text, first.start, closing[0].start) is None):
            dates = closing
    return _date(dates[0]) if dates else None


_CLOSING_MARKS = " .。;；,，!?！？\n\"”'’)"
#: who said it, closing a sentence: ", officials said.", ", according to the bureau."
_ATTRIBUTION_END = Lazy(
    rf"\s*+,\s*+(?:(?i:according\s+to)\s[^,;.\n]{{1,60}}"
    rf"|(?:[A-Za-z'’-]++\s++){{1,5}}?(?i:{alt(lex.SPEECH_VERBS_EN)}))[\s.。;；!\"”'’)]*+")
#: a short aside after the date closing a sentence, of no figure but a change, or who said
#: it ("..., up 3.4 percent.", "..., the ministry said.")
_CLOSING_ASIDE = Lazy(
    rf",(?:[^.。!?！？;；\n]|(?<=\d)\.(?=\d)){{1,{date_lex.CLOSING_ASIDE_CHARS}}}+[.!?]?[\s\"”’')]*+")


_SPEECH_IN = Lazy(rf"(?i:(?<![A-Za-z]){alt(lex.SPEECH_VERBS_EN)}(?![A-Za-z]))")


def _closes(ix: _Index, d: Linked, sent: segment.Span) -> bool:
    """Whether the date ``d`` closes ``sent`` (an English aside of no amount may follow it)."""
    rest = ix.text[d.end:sent.end]
    if not rest.strip(_CLOSING_MARKS):
        return True
    return (_CLOSING_ASIDE.fullmatch(ix.text, d.end, sent.end) is not None
            and not ix.between("money", d.end, sent.end) and not ix.between("date", d.end, sent.end)
            and (bool(ix.between("percent", d.end, sent.end))
                 or _SPEECH_IN.search(ix.text, d.end, sent.end) is not None))
_SCHEDULE_EN = Lazy(rf"(?i:(?<![A-Za-z]){alt(lex.SCHEDULE_WORDS_EN)}(?![A-Za-z]))")


def _heads_clause(ix: _Index, sent: segment.Span, d: Linked) -> bool:
    """Whether the date ``d`` leads its clause: 1-5月，……; 今年上半年; "In 2024, ..."."""
    lead = ix.text[ix.clause_of(sent, d.start).start:d.start].strip()
    if len(lead) <= lex.HEAD_DATE_LEAD:
        return lead not in _SCHEDULE_LEADS_ZH or not lead
    return _HEAD_DATE_LEAD.fullmatch(lead) is not None


def _blanked(ix: _Index, start: int, end: int) -> str:
    """The text between two positions with every mention blanked out."""
    chars = list(ix.text[start:end])
    for o in ix.overlapping(start, end):
        for k in range(max(o.start, start), min(o.end, end)):
            chars[k - start] = " "
    return "".join(chars)


def _money_lists(ix: _Index, sent: segment.Span) -> list[list[Linked]]:
    """The runs of two or more amounts of ``sent`` that list joiners join (5亿元和8亿元, "A, B
    and C"), but the amounts that restate another."""
    moneys = [m for m in ix.between("money", sent.start, sent.end) if m.id not in ix.equivalent]
    runs: list[list[Linked]] = []
    i = 0
    while i < len(moneys):
        run = [moneys[i]]
        while i + len(run) < len(moneys) and LIST_GAP.fullmatch(
                ix.text, run[-1].end, moneys[i + len(run)].start):
            run.append(moneys[i + len(run)])
        i += len(run)
        if len(run) > 1:
            runs.append(run)
    return runs


def _respective_periods(ix: _Index, sent: segment.Span) -> dict[str, DateValue]:
    """Amount id -> period, for lists of amounts marked as respective after as many dates
    joined as a list ("In 2022 and 2023, ... 1.2 billion and 1.5 billion dollars
    respectively", 2022年和2023年分别实现…5亿元和8亿元): the i-th date with the i-th amount."""
    out: dict[str, DateValue] = {}
    if not ix.marks_respective(sent):
        return out  # (most sentences)
    for run in _money_lists(ix, sent):
        dates = ix.dates_in(sent.start, run[0].start)
        listed = dates[-len(run):]
        if len(dates) >= len(run) and all(
                LIST_GAP.fullmatch(ix.text, a.end, b.start) for a, b in itertools.pairwise(listed)):
            out.update((m.id, _date(d)) for m, d in zip(run, listed, strict=True))
        elif (dates and (each := _each_of(_date(dates[-1]), len(run))) is not None
              and _NAMES_JOINED.search(ix.text, dates[-1].end, run[0].start) is None):
            # (2021-2024年……分别为A、B、C和D: a range of as many years or months as amounts,
            # when no names stand joined between: 2023-2024年，出口和进口分别为 is of the names)
            out.update((m.id, d) for m, d in zip(run, each, strict=True))
    return out


_YEAR_OR_MONTH = regex.compile(r"^(\d{4})(?:-(\d{2}))?$")
_NAMES_JOINED = Lazy(rf"[{lex.ZH_LIST_JOINERS}]|(?i:(?<![A-Za-z])and(?![A-Za-z]))")


def _each_of(d: DateValue, n: int) -> list[DateValue] | None:
    """The ``n`` years or months a range of as many spans, in order, or None.

    >>> [v.timex for v in _each_of(DateValue(start="2022", end="2024"), 3)]
    ['2022', '2023', '2024']
    >>> _each_of(DateValue(start="2025-01", end="2025-03"), 2) is None
    True
    """
    if d.timex is not None or d.start is None or d.end is None or n < 2:
        return None
    a, b = _YEAR_OR_MONTH.match(d.start), _YEAR_OR_MONTH.match(d.end)
    if a is None or b is None or (a.group(2) is None) != (b.group(2) is None):
        return None
    if a.group(2) is None:
        y0, y1 = int(a.group(1)), int(b.group(1))
        if y1 - y0 + 1 != n:
            return None
        return [assembled(DateValue, timex=f"{y:04d}", start=None, end=None, mod=None)
                for y in range(y0, y1 + 1)]
    k0 = int(a.group(1)) * 12 + int(a.group(2)) - 1
    k1 = int(b.group(1)) * 12 + int(b.group(2)) - 1
    if k1 - k0 + 1 != n:
        return None
    return [assembled(DateValue, timex=f"{k // 12:04d}-{k % 12 + 1:02d}", start=None, end=None, mod=None)
            for k in range(k0, k1 + 1)]


def _respective_period(ix: _Index, sent: segment.Span, m: Linked) -> DateValue | None:
    found = ix.respective_periods.get(sent.start)
    if found is None:
        found = ix.respective_periods[sent.start] = _respective_periods(ix, sent)
    return found.get(m.id)


def _respective_subjects(ix: _Index, sent: segment.Span) -> dict[str, str]:
    """Amount id -> subject, for the Chinese lists of amounts marked as respective whose
    clause names as many things before 分别 (出口、进口分别完成120亿元和80亿元: 出口, 进口)."""
    out: dict[str, str] = {}
    if not ix.marks_respective(sent):
        return out  # (most sentences)
    for run in _money_lists(ix, sent):
        # (the names' joiner 、 ends a clause: the sentence is searched)
        lo = max(sent.start, run[0].start - WINDOW)
        before = ix.text[lo:run[0].start]
        if before.isascii():
            # ("Exports and imports were A and B, respectively": the names before a linking
            # verb; after a verb of getting, "of FDI" names what the amounts are)
            if ((_EN_GETTING_VERB.search(before) is not None and _EN_NOUN_AFTER.match(ix.text, run[-1].end))
                    or not _RESPECTIVELY.search(ix.text, run[-1].end, min(sent.end, run[-1].end + WINDOW))
                    or all(_respective_period(ix, sent, a) for a in run)):
                continue  # (what is respective is a list of dates: "in January and February")
            names = en_names(before)
            if len(names) == len(run) and all(names):
                out.update((a.id, n) for a, n in zip(run, names, strict=True))
            continue
        head = _RESPECTIVELY_ZH_BEFORE.search(ix.text, max(lo, run[0].start - 8), run[0].start)
        stretch = _NAMES_BACK.match(ix.text, lo, head.start()) if head is not None else None
        if stretch is None:
            continue
        names = [tidy_zh(n) for n in _NAME_JOINER.split(stretch.group())]
        if len(names) == len(run) and not all(len(n) >= lex.NAME_LIST_MIN for n in names):
            names = _shared_out(names)
        elif len(names) == len(run):
            names = _tail_shared(names)
        elif len(names) == 1 and len(run) == 2:
            names = _contracted(names[0])
        if len(names) == len(run) and all(len(n) >= lex.NAME_LIST_MIN for n in names):
            out.update((a.id, n) for a, n in zip(run, names, strict=True))
    return out


def _shared_out(names: list[str]) -> list[str]:
    """Names that share the first one's head and the last one's tail, written out
    (第一、二、三产业增加值: 第一产业增加值, 第二产业增加值, 第三产业增加值), or [].

    >>> _shared_out(["第一", "二", "三产业增加值"])
    ['第一产业增加值', '第二产业增加值', '第三产业增加值']
    """
    k = len(names[1])
    if any(len(n) != k for n in names[1:-1]) or len(names[0]) < k or len(names[-1]) < k + lex.NAME_LIST_MIN:
        return []
    head, tail = names[0][:-k], names[-1][k:]
    return [head + item + tail for item in (names[0][-k:], *names[1:-1], names[-1][:k])]


def _tail_shared(names: list[str]) -> list[str]:
    """Names whose last one carries the metric all share, written out (苏州、南京实际使用外资:
    苏州实际使用外资, 南京实际使用外资); else the names as they are.

    >>> _tail_shared(["城镇", "农村居民人均可支配收入"])
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    >>> _tail_shared(["出口", "高新技术产品出口"])
    ['出口', '高新技术产品出口']
    """
    k = len(names[0])
    last = names[-1]
    if (k > lex.NAME_SHARED_TAIL_MAX or any(len(n) != k for n in names[:-1])
            or len(last) < k + lex.NAME_LIST_MIN or names[0] in last):
        return names
    tail = last[k:]
    return [n + tail for n in names[:-1]] + [last]


def _contracted(name: str) -> list[str]:
    """The two names one name contracts (城乡居民收入: 城镇居民收入, 农村居民收入), or [name].

    >>> _contracted("城乡居民人均可支配收入")
    ['城镇居民人均可支配收入', '农村居民人均可支配收入']
    """
    for short, pair in lex.CONTRACTED_NAMES_ZH.items():
        if short in name:
            return [name.replace(short, full, 1) for full in pair]
    return [name]


def _respective(ix: _Index, sent: segment.Span) -> dict[str, str]:
    """Amount id -> change id, for the lists of changes marked as respective in ``sent``:
    the i-th change of the list goes with the i-th of as many amounts before it."""
    pairs: dict[str, str] = {}
    if not ix.marks_respective(sent):
        return pairs  # (most sentences)
    percents = ix.between("percent", sent.start, sent.end)
    i = 0
    while i < len(percents):
        run = [percents[i]]
        while i + len(run) < len(percents):
            nxt = percents[i + len(run)]
            if not LIST_GAP.fullmatch(ix.text, run[-1].end, nxt.start):
                # (分别增长5%和下降3%: a change word of its own after the joiner)
                words = change_words_start(ix.text, nxt.start)
                if words < run[-1].end or not LIST_GAP.fullmatch(ix.text, run[-1].end, words):
                    break
            run.append(nxt)
        i += len(run)
        first, last = run[0], run[-1]
        clause = ix.clause_of(sent, first.start)
        after = last.end + ix.text.startswith(" ", last.end)  # ("3% respectively")
        moneys = ix.between("money", sent.start, first.start)
        marked = (_RESPECTIVELY.search(ix.text, clause.start, first.start)
                  or _RESPECTIVELY.match(ix.text, after)
                  # ("were A and B, respectively, up x and y": after the amounts)
                  or (moneys and _RESPECTIVELY.search(ix.text, moneys[-1].end, first.start)))
        if len(run) < 2 or not marked:
            continue
        if not all(isinstance(p.value, Percent) and p.value.change for p in run):
            continue
        if len(moneys) >= len(run):
            for a, p in zip(moneys[-len(run):], run, strict=True):
                pairs[a.id] = p.id
    return pairs


_CHANGE_BEFORE_REACH = 70
_SCHEDULE_LEADS_ZH = frozenset(lex.SCHEDULE_LEADS_ZH)
_HEAD_DATE_LEAD = Lazy(rf"(?i:{alt(lex.HEAD_DATE_WORDS, ascii_boundary=True)})")


def _change_before(ix: _Index, m: Linked, sent: segment.Span) -> Linked | None:
    """The change written right before the level it leads to: the 15% of "rose 15% to 30
    billion yuan" and of 增长15%，达到30亿元."""
    i = bisect_left(ix.mention_starts, m.start) - 1
    while i >= 0 and ix.mentions[i].kind == "date":
        i -= 1  # (a date between: "rose 8 percent in the first quarter to ...")
    if i < 0:
        return None
    p = ix.mentions[i]
    if p.kind != "percent" or p.start < sent.start or m.start - p.end > _CHANGE_BEFORE_REACH:
        return None
    if not (isinstance(p.value, Percent) and p.value.change):
        return None
    if m.start - p.end <= 40 and _CHANGE_THEN_LEVEL.fullmatch(ix.text, p.end, m.start):
        return p
    if (isinstance(m.value, Money) and m.value.qualifier != "exact" and not ix.text[m.start].isdigit()
            and _CLAUSE_GAP.fullmatch(ix.text, p.end, m.start)):
        return p  # (增长8%，突破200亿元: the amount's qualifier is the verb to its level)
    # ("grew 8 percent in the first quarter to 12.5 billion yuan": the date blanked out)
    inside = [o for o in ix.overlapping(p.end, m.start) if o.start >= p.end and o.end <= m.start]
    if inside and all(o.kind == "date" for o in inside):
        return p if _CHANGE_THEN_LEVEL.fullmatch(_blanked(ix, p.end, m.start)) else None
    return None


def _change(ix: _Index, m: Linked, sent: segment.Span, subject: str | None = None) -> str | None:
    """The change of the amount ``m`` (whose subject is ``subject``): see the module."""
    respective = ix.respective.get(sent.start)
    if respective is None:
        respective = ix.respective[sent.start] = _respective(ix, sent)
    if m.id in respective:
        return respective[m.id]
    named = ix.respective_subjects.get(sent.start, {})
    if m.id in named:
        # (出口和进口分别完成31.6亿元和13.6亿元，出口增长2.8%，进口下降15.1%: each change by name)
        for p in ix.between("percent", m.end, sent.end):
            clause = ix.clause_of(sent, p.start)
            if (isinstance(p.value, Percent) and p.value.change and p.value.unit == "percent"
                    and ix.text.startswith(named[m.id], clause.start)):
                return p.id
    for p in ix.between("percent", m.end, min(sent.end, m.end + 120)):
        if p.start - m.end > 100 or ix.other_money(m, m.end, p.start):
            return None
        gap = _blanked(ix, m.end, p.start)
        # (", while the output of industry fell": the change of another half's figure)
        if _DIGIT.search(gap) or _NEW_SUBJECT.search(gap) or _SPLITTER.search(ix.text, m.end, p.start):
            return None
        value = p.value
        if not isinstance(value, Percent) or value.change is None:
            continue
        if value.unit == "percentage_point":
            continue  # (a rate's or a share's change: 占比64.1%，提高8.5个百分点; an amount grows in percent)
        clause = ix.clause_of(sent, p.start)
        if any(w in ix.text[clause.start:p.start] for w in lex.COUNT_SUBJECTS):
            continue
        # the percent's own clause names the figure it changes: another one than the
        # amount's (利润总额增长12%), or the amount's own (金额同比增长)
        own = _blanked(ix, max(m.end, clause.start), p.start)
        rest = own.replace(subject, "") if subject else own
        if _names_other_metric(rest) and not (subject and _names_subject_again(rest, subject)):
            return None
        return p.id
    return None


def _change_after(ix: _Index, m: Linked, si: int) -> str | None:
    """The change the next sentence states of the sentence's last amount, when it opens by
    pointing back to it ("... came to 2.3 billion dollars. The figure was down 12 percent
    from a year earlier."; ``EN_FIGURE_ANAPHORA``), else None."""
    if si + 1 >= len(ix.sentences):
        return None
    sent, nxt = ix.sentences[si], ix.sentences[si + 1]
    first = ix.text[nxt.start:nxt.start + 2].lstrip()[:1]
    if not (first.isascii() and first.isalpha()):
        return None  # (the pointing words are English)
    if nxt.paragraph != sent.paragraph or _FIGURE_ANAPHORA.match(ix.text, nxt.start) is None:
        return None
    if ix.other_money(m, m.end, sent.end):
        return None  # (not the sentence's last amount)
    for o in ix.between("percent", nxt.start, nxt.end):
        if ix.between("money", nxt.start, o.start) or o.start - nxt.start > 80:
            return None
        if isinstance(o.value, Percent) and o.value.change and o.value.unit == "percent":
            return o.id
        return None
    return None


def _names_subject_again(gap: str, subject: str) -> bool:
    """Whether the Chinese words between an amount and its change, but change and filler
    words, name the amount's subject again, shortened: the start or the end of it, leaving
    a word of its own (出口总额645亿元，出口同比增长: 出口; 实际使用外资…，外资增长), not
    one character (进出口…，出口增长 names exports alone).

    >>> _names_subject_again("，出口同比增长", "出口总额"), _names_subject_again("，出口增长", "进出口")
    (True, False)
    """
    runs = _HAN_RUN.findall(_ZH_GAP_WORDS.sub("", gap))
    return bool(runs) and all(
        len(r) >= 2 and len(r) <= len(subject) - 2
        and (subject.startswith(r) or subject.endswith(r)) for r in runs)


def _names_other_metric(gap: str) -> bool:
    """Whether the text between an amount and a percent names another figure, whose
    change the percent states (利润总额增长12%, "and imports grew 5%").

    >>> _names_other_metric("，同比增长"), _names_other_metric("，其中工业投资增长")
    (False, True)
    >>> _names_other_metric(", and imports grew "), _names_other_metric(", and increased by ")
    (True, False)
    """
    if gap.isascii():
        return _EN_OTHER_CLAUSE.search(gap) is not None
    return _HAN_PAIR.search(_ZH_GAP_WORDS.sub("", gap)) is not None


#: a rank stated right before the amount it ranks by ("ranked first in the province with
#: 84.5 billion yuan", "ranked third with exports of 9 billion yuan")
_RANK_WITH = Lazy(rf"\s*+,?\s*+(?i:{alt(lex.RANK_BY_EN)})\s++(?:[A-Za-z][\w'’-]*+\s++){{0,4}}+")


_RANK_WITH_REACH = 60


def _rank(ix: _Index, m: Linked, sent: segment.Span) -> str | None:
    ranks = ix.of_kind.get("rank")
    if ranks is None:
        return None
    # (the last rank before the amount, if it ends right before it)
    i = bisect_left(ranks[0], m.start) - 1
    if i >= 0 and ranks[0][i] >= sent.start and 0 <= m.start - ranks[1][i].end <= _RANK_WITH_REACH and (
            _RANK_WITH.fullmatch(ix.text, ranks[1][i].end, m.start)):
        return ranks[1][i].id
    for r in ix.between("rank", m.end, min(sent.end, m.end + 120)):
        # (the dates between count for nothing: "... in the first four months of this year,
        # ranking first in the country")
        dated = sum(d.end - d.start for d in ix.between("date", m.end, r.start))
        if r.start - m.end - dated > 40 or ix.other_money(m, m.end, r.start):
            return None
        clause = ix.clause_of(sent, r.start)
        if _RATE_RANK.search(ix.text, max(m.end, clause.start), r.start):
            continue  # the rank of its growth rate (增速居全省第五)
        return r.id
    return None


def _count(ix: _Index, m: Linked, sent: segment.Span) -> Count | None:
    # every window below lies in this one: without a mark of a language in it, no count of
    # that language is near
    langs = [e for e in (False, True) if ix.has_count_mark(e, m.start - WINDOW, m.end + WINDOW)]
    if not langs:
        return None
    near = ix.clauses_near(sent, m.start - 40, m.end + 20)
    # (the nearest count, one of the amount's own clause first: 其中10亿元以上项目21个，50亿元
    # 以上项目3个: 3 for the second)
    best: tuple[int, int, Count] | None = None
    for c in near:
        lo, hi = max(c.start, m.start - WINDOW), min(c.end, m.end + WINDOW)
        other = 0 if c.start <= m.start < c.end else 1
        for english in langs:
            key = (english, lo, hi)  # (the amounts of a clause share its windows)
            found = ix.counts.get(key)
            if found is None:
                found = ix.counts[key] = _counts_in(ix, english, lo, hi)
            for at, count in found:
                dist = abs(at - m.start)
                if best is None or (other, dist) < best[:2]:
                    best = (other, dist, count)
    return best[2] if best else None


def _counts_in(ix: _Index, english: bool, lo: int, hi: int) -> list[tuple[int, Count]]:
    """The counts (and where each starts) of one language's pattern in ``[lo, hi)``, but
    those that overlap a mention."""
    if not ix.has_count_mark(english, lo, hi):
        return []  # no match can lie in the window
    pattern = _COUNT_EN if english else _COUNT_ZH
    out: list[tuple[int, Count]] = []
    for cm in pattern.finditer(ix.text, lo, hi):
        if ix.overlapping(cm.start(), cm.end()):
            continue
        noun = cm.groupdict().get("noun") or cm.groupdict().get("noun2") or cm.groupdict().get("cls") or ""
        if not english and not (cm.group("noun") or cm.group("noun2")):
            continue
        value = int(cm.group("n").replace(",", ""))
        out.append((cm.start(), assembled(Count, value=value, unit=noun.lower())))
    return out


#: a noun after the last amount of a list, joined by 的 (100亿元、80亿元和50亿元的意向性授信)
_NOUN_OF_LIST = Lazy(r"的(?![\d%％])\p{Han}")
#: the figure stated before, pointed back to by the amount's clause (lexicon.links.EN_FIGURE_NOUNS)
_FIGURE_BEFORE = Lazy(
    rf"(?i:(?<![A-Za-z])(?:the|this|that)\s++{alt(lex.EN_FIGURE_NOUNS)}(?![A-Za-z]))[^,;.]*+$")
_FIGURE_REACH = 48
#: how many sentences the amounts move on before what was cached of the sentences behind
#: is dropped, and how many sentences before the current one are kept
_FORGET_EVERY, _FORGET_KEEP = 64, 16


def build_records(
    text: str,
    mentions: Sequence[Linked],
    span: Callable[[int, int], tuple[int, int]] | None = None,
    dateline: tuple[int, int] | None = None,
) -> list[Record]:
    """One :class:`Record` per money mention of ``mentions`` (found in ``text``).

    ``span`` maps a record's sentence span to the one it reports (``parse_document``
    links on the normalised text and reports spans in the caller's string); ``dateline``
    is the span of the document's own date, which is no amount's period.

    >>> build_records("", [])
    []
    """
    ix = _Index(text, mentions, dateline)
    out: list[Record] = []
    moneys = [m for m in mentions if m.kind == "money"]
    previous: tuple[segment.Span, str | None, int, int] | None = None  # clause, subject, sentence, end
    made: dict[str, Record] = {}  # amount id -> its record
    # the last amount with no change of its own: (its record's index, id, sentence, end)
    level: tuple[int, str, int, int] | None = None
    forgotten = 0  # the sentence index up to which the caches were last cleared
    last_si = inherited = -1  # the sentence of the last record made; of the last breakdown's
    listed: list[int] = []  # the records of the list of amounts the last one ends
    previous_end = previous_si = -1
    for m in moneys:
        same = made.get(ix.equivalent.get(m.id, ""))
        if same is not None:  # the figure before it, restated: its links
            out.append(same.model_copy(update={"id": f"r{len(out) + 1}", "amount": m.id}))
            made[m.id] = out[-1]
            continue
        si = ix.sentence_of(m.start)
        if si - forgotten >= _FORGET_EVERY:
            forgotten = si - _FORGET_KEEP
            ix.forget_before(ix.sentences[forgotten].start)
        sent = ix.sentences[si] if ix.sentences else segment.Span(0, len(text))
        clause = ix.clause_of(sent, m.start)
        before = _change_before(ix, m, sent)
        named = ix.respective_subjects.get(sent.start)
        if named is None:
            named = ix.respective_subjects[sent.start] = _respective_subjects(ix, sent)
        subject: str | None
        if m.id in named:
            subject = named[m.id]  # 出口、进口分别完成120亿元和80亿元: each its own
        elif (previous and previous[2] == si and LIST_GAP.fullmatch(text, previous[3], m.start)
              and not _NOUN_OF_LIST.match(text, m.end)):
            subject = previous[1]  # the next item of a list (5亿、8亿元): the same subject
        elif m.id in ix.bases:  # 较去年同期的286亿元: the figure before it, at another time
            subject = previous[1] if previous and previous[2] == si else None
        elif before is not None:  # "exports rose 15% to ...": the subject stands before the change
            at = _From(m.id, m.kind, before.start, m.end, m.value)
            at_clause = ix.clause_of(sent, before.start)
            # (and the mentions after the amount: a date there is its period, not its noun)
            near = ix.overlapping(max(at_clause.start, before.start - WINDOW),
                                  min(max(clause.end, m.end), m.end + WINDOW))
            subject = subject_of(text, at, sent, at_clause, near, None)
            if subject and (cut := _TRAILING_CHANGE.search(subject)) is not None:
                subject = subject[:cut.start()].rstrip() or None
        else:
            prev_subject = (previous[1] if previous and previous[0] == clause
                            and not _NOUN_OF_LIST.match(text, m.end) else None)
            near = ix.overlapping(max(clause.start, m.start - WINDOW), min(clause.end, m.end + WINDOW))
            subject = subject_of(text, m, sent, clause, near, prev_subject)
            if subject and _TRAILING_CHANGE.fullmatch(subject):
                # a change word alone (同比提高1.6亿元, "an increase of 0.6 billion yuan"): the
                # amount is the change of the figure before it, whose subject it shares
                subject = previous[1] if previous and previous[2] == si else None
            elif (subject is None and previous and previous[2] == si
                  and _CHANGE_THEN_LEVEL.fullmatch(text, previous[3], m.start)):
                subject = previous[1]  # 首次突破500亿元，达到512.3亿元: the level of the same figure
            elif (subject is None and previous and previous[2] == si
                  and m.start - clause.start <= _BASE_THEN_CHANGE_REACH
                  and _BASE_THEN_CHANGE.fullmatch(_blanked(ix, clause.start, m.start))):
                subject = previous[1]  # ……，比年初增加1230亿元: the change of the figure before it
        if (subject and previous and previous[1] and subject[:1] in _ELLIPTIC_FIRSTS and " of " in previous[1]
                and (elliptic := _ELLIPTIC_OF.match(subject)) is not None and (previous[2] == si or (
                    previous[2] == si - 1
                    and text[max(0, sent.start - 8):sent.start].rstrip()[-1:] in lex.SEMICOLONS))):
            # ("The added value of the primary industry was A; that of the secondary industry
            # was B": the noun the figure before is of)
            subject = f"{previous[1].split(' of ', 1)[0]} of {subject[elliptic.end():]}"
        if (subject and previous and previous[1] and subject[-1:] in _ZH_PLACE_END_SET
                and _ZH_PLACE.fullmatch(subject) and (place := _ZH_PLACE_METRIC.fullmatch(previous[1]))
                and si - previous[2] <= 1 and m.start - previous[3] <= _PLACE_METRIC_REACH):
            subject += place.group("metric")  # (……；西城区4300万美元: the metric of the place before)
        if (subject is None and previous and previous[1] and si - previous[2] <= 1
                and _FIGURE_BEFORE.search(text, max(clause.start, m.start - _FIGURE_REACH), m.start)):
            subject = previous[1]  # ("Although the figure slipped to ...": the figure before)
        previous = (clause, subject, si, m.end)
        start, end = (sent.start, sent.end) if span is None else span(sent.start, sent.end)
        period = _whole_year(ix, m, clause, _year_earlier(
            ix, m, sent, (_base_period(ix, m) if m.id in ix.bases else None)
            or _respective_period(ix, sent, m)
            or (_period(ix, m, si) if ix.sentences else None)))
        if period is None and out and out[-1].period is not None and (
                (inherited == last_si and (si == last_si or (
                    si == last_si + 1
                    and text[:ix.sentences[last_si].end].rstrip()[-1:] in lex.SEMICOLONS))) or (
                    last_si == si - 1 and ix.sentences[last_si].paragraph == sent.paragraph
                    and _BREAKDOWN.match(text, sent.start) is not None)):
            # ("Specifically, the primary industry was ...; the secondary industry ...": the
            # time of the figure broken down)
            period, inherited = out[-1].period, si
        last_si = si
        # every field is made here, of validated parts: the model is only assembled
        out.append(assembled(
            Record,
            id=f"r{len(out) + 1}",
            start=start,
            end=end,
            amount=m.id,
            period=period,
            change=before.id if before is not None else None if m.id in ix.bases or m.id in ix.wholes else (
                _change(ix, m, sent, subject) or _change_after(ix, m, si)),
            rank=_rank(ix, m, sent),
            subject=subject,
            count=_count(ix, m, sent),
        ))
        made[m.id] = out[-1]
        ends = (_move_ends(ix, out[-2], out[-1], previous_end, m)
                if len(out) >= 2 and previous_si == si else None)
        if ends is not None:
            # (from A to B under "Between 2015 and 2024": A of 2015, B of 2024)
            out[-2] = made[out[-2].amount] = assembled(Record, **{**out[-2].__dict__, "period": ends[0]})
            out[-1] = made[m.id] = assembled(Record, **{**out[-1].__dict__, "period": ends[1]})
        listed = [*listed, len(out) - 1] if listed and previous_end >= 0 and previous_si == si and (
            LIST_GAP.fullmatch(text, previous_end, m.start)) else [len(out) - 1]
        previous_end, previous_si = m.end, si
        if len(listed) > 1 and subject and _NOUN_OF_LIST.match(text, m.end):
            # (提供100亿元、80亿元和50亿元的意向性授信: the noun after the last item is every item's)
            for k in listed[:-1]:
                out[k] = made[out[k].amount] = assembled(Record, **{**out[k].__dict__, "subject": subject})
        if (out[-1].change is not None and before is None and level is not None and level[2] == si
                and _is_increment_of(ix, level[3], m)):
            # 达到500亿元，比上年增加50亿元，增长11.1%: the growth is the level's, not the increment's
            i, level_id = level[0], level[1]
            out[i] = made[level_id] = assembled(Record, **{**out[i].__dict__, "change": out[-1].change})
            out[-1] = made[m.id] = assembled(Record, **{**out[-1].__dict__, "change": None})
        level = (len(out) - 1, m.id, si, m.end) if out[-1].change is None and m.id not in ix.bases else None
    return out


_MOVE_FROM_BEFORE = Lazy(
    rf"(?:{alt(lex.MOVE_FROM_WORDS)}|(?i:(?<![A-Za-z]){alt(lex.MOVE_FROM_WORDS)}))\s*+$")
_MOVE_TO_GAP = Lazy(
    rf"\s*+(?:{alt(lex.MOVE_TO_WORDS)}|(?i:(?<![A-Za-z]){alt(lex.MOVE_TO_WORDS)}(?![A-Za-z])))\s*+")


def _move_ends(ix: _Index, first: Record, second: Record, first_end: int,
               m: Linked) -> tuple[DateValue, DateValue] | None:
    """The start and the end of the range both amounts of a move from one to the other take
    as their period (see lexicon.links.MOVE_FROM_WORDS), or None."""
    period = first.period
    if (period is None or period != second.period or period.timex is not None or period.start is None
            or period.end is None or period.mod is not None):
        return None
    if _MOVE_TO_GAP.fullmatch(ix.text, first_end, m.start) is None:
        return None
    start = ix.mention_starts[bisect_left(ix.mention_starts, first_end) - 1]
    if _MOVE_FROM_BEFORE.search(ix.text, max(0, start - 8), start) is None:
        return None
    def point(t: str) -> DateValue:
        return assembled(DateValue, timex=t, start=None, end=None, mod=None)
    return point(period.start), point(period.end)


def _is_increment_of(ix: _Index, level_end: int, m: Linked) -> bool:
    """Whether the amount ``m`` is the increment of the amount that ends at ``level_end``,
    right before it: 500亿元，比上年增加50亿元; "5 billion yuan, an increase of 0.5 billion yuan"."""
    if m.start - level_end > 24 or _TRAILING_CHANGE.search(ix.text, level_end, m.start) is None:
        return False
    return not _names_other_metric(_blanked(ix, level_end, m.start))
