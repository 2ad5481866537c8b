"""Segmentation into paragraphs, sentences and clauses, with offsets into the text.

Paragraphs are lines; sentences end at ``。！？!?；;…`` and at an English full stop
(not a decimal point or an abbreviation such as ``Dec.``); clauses end at ``，、,``
(a comma between digits is a thousands separator) and ``：:``.

>>> [s.text("2024年,签约5亿元;增长3%。Then more.") for s in sentences("2024年,签约5亿元;增长3%。Then more.")]
['2024年,签约5亿元;', '增长3%。', 'Then more.']
"""

from __future__ import annotations

from typing import NamedTuple

import regex

from ._patterns import Lazy, alt
from .lexicon import segments as lex

_PARAGRAPH = Lazy(r"[^\n]*+")
#: a Chinese news dateline's end, and its byline (see lexicon.segments.NEWS_AGENCIES_ZH)
NEWS_DATELINE_ZH = (
    rf"[{lex.NEWS_DATELINE_SIGNS_ZH}](?<=(?:{alt(lex.NEWS_AGENCIES_ZH)})[^\s，。,；;:：]{{0,{lex.DATELINE_REACH_ZH}}}"
    rf"[{lex.NEWS_DATELINE_SIGNS_ZH}])(?:[ \t\u3000]*+[（(][^）)\n]{{0,30}}+[）)])?[ \t\u3000]*+"
)
_SENTENCE_END = Lazy(
    rf"(?:[{regex.escape(lex.ZH_SENTENCE_END)}]++[”’\"')）]*+"
    r"|\.{2,}+|…++"
    # (nor the stop inside initials: the first of U.S., followed by a capital and a stop)
    rf"|(?<!\b{lex.EN_ABBREVIATIONS_RE})\.(?!\d|[A-Z]\.)[”’\"')]*+(?=\s|$|[A-Z\p{{Han}}])"
    r"|;)"
)
_CLAUSE_END = Lazy(
    rf"[{regex.escape(lex.ZH_CLAUSE_END)}]|,(?!\d)|(?<!\d),|:(?!\d)"
    # (a spaced dash: the one after a news dateline, "WUHAN, June 14 (Xinhua) -- ...")
    # (each alternative starts with its character, the look-behind after it: a look-behind
    # first is tried at every position)
    rf"|(?:{'|'.join(map(regex.escape, lex.CLAUSE_DASHES))})"
    rf"(?<=\s(?:{'|'.join(map(regex.escape, lex.CLAUSE_DASHES))}))(?=\s)"
    rf"|-(?<=[{regex.escape(lex.DATELINE_BRACKET_CLOSE)}][ \t]-)(?=[ \t])"
    # (a Chinese news dateline: the sign first, a literal the scan looks for)
    rf"|{NEWS_DATELINE_ZH}"
)


class Span(NamedTuple):
    """A half-open span of the text, with the paragraph it belongs to (a named tuple: a
    report makes thousands, and a tuple is made in half a frozen dataclass's time).
    """

    start: int
    end: int
    paragraph: int = 0

    def text(self, text: str) -> str:
        """The text of the span."""
        return text[self.start:self.end]

    def contains(self, start: int, end: int) -> bool:
        """Whether [start, end) lies inside this span."""
        return self.start <= start and end <= self.end


def paragraphs(text: str) -> list[Span]:
    """The paragraphs of ``text``: lines, with hard-wrapped lines joined.

    A line break ends a paragraph after sentence punctuation, before a blank line and
    after a short line (a headline); elsewhere it is a wrap inside a sentence.

    >>> t = "Title\\n\\nThe zone signed deals worth 3 billion yuan in total over the\\nfirst half.\\nNext."
    >>> [p.text(t) for p in paragraphs(t)]
    ['Title', 'The zone signed deals worth 3 billion yuan in total over the\\nfirst half.', 'Next.']
    """
    out: list[Span] = []
    start = -1
    for m in _PARAGRAPH.finditer(text):
        line = m.group().strip()
        if not line:
            continue
        if start < 0:
            start = m.start()
        if (len(line) < lex.WRAP_MIN_LINE or line[-1] in lex.PARAGRAPH_END or _next_line_blank(text, m.end())
                or _title_before(line, text, m.end())):
            out.append(Span(start, m.end(), len(out)))
            start = -1
    if start >= 0:
        out.append(Span(start, len(text.rstrip()), len(out)))
    return out


_WORD = Lazy(r"[A-Za-z][A-Za-z'’-]*+")


def _title_before(line: str, text: str, end: int) -> bool:
    """Whether ``line`` is an English title (its every word of TITLE_WORD_MIN letters or
    more capitalised, at least two of them) before a line that opens with a capital: a
    headline, not a sentence wrapped at its end.

    >>> _title_before("Riverside Economic Development Zone", "x\\nIn 2025, ...", 1)
    True
    >>> _title_before("The zone signed deals worth 3 billion yuan over the", "x\\nfirst half.", 1)
    False
    """
    if not line.isascii():
        return False
    words = [w for w in _WORD.findall(line) if len(w) >= lex.TITLE_WORD_MIN]
    if len(words) < 2 or not all(w[0].isupper() for w in words):
        return False
    nxt = text[end + 1:end + 3].lstrip()[:1]
    return bool(nxt) and (nxt.isupper() or nxt.isdigit())


def _next_line_blank(text: str, end: int) -> bool:
    nxt = text.find("\n", end + 1)
    following = text[end + 1:nxt if nxt >= 0 else len(text)]
    return not following.strip()


def _split(text: str, start: int, end: int, pattern: Lazy, paragraph: int) -> list[Span]:
    out: list[Span] = []
    pos = start
    # (a stretch holds text when it is not empty and not all white space: what
    # text[pos:e].strip() tells, without making the stripped copy)
    for m in pattern.finditer(text, start, end):
        e = m.end()
        if e > pos and not text[pos:e].isspace():
            out.append(Span(pos, e, paragraph))
        pos = e
    if end > pos and not text[pos:end].isspace():
        out.append(Span(pos, end, paragraph))
    return out


def sentences(text: str) -> list[Span]:
    """The sentences of ``text`` in order, each tagged with its paragraph index."""
    out: list[Span] = []
    for p in paragraphs(text):
        out.extend(_split(text, p.start, p.end, _SENTENCE_END, p.paragraph))
    return out


def clauses(text: str, sentence: Span) -> list[Span]:
    """The clauses of one sentence.

    >>> t = "2024年,绵阳外商直接投资到资10444万美元、增速3.05%。"
    >>> [c.text(t) for c in clauses(t, Span(0, len(t)))]
    ['2024年,', '绵阳外商直接投资到资10444万美元、', '增速3.05%。']
    """
    return _split(text, sentence.start, sentence.end, _CLAUSE_END, sentence.paragraph)
