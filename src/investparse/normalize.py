"""Text -> normalised text, with a map back to offsets in the original.

Normalisation is what lets one set of patterns read scraped reports: full-width
digits and signs become ASCII, Traditional numerals and units become Simplified,
dash and space variants become ``-`` and `` ``, a space between a number and a Han
character is dropped, and GBK text mis-decoded as cp1252/cp1250/latin-1 (``¡°``,
``ˇŻ``, ``¨C``) is repaired; zero-width characters are dropped. Every normalised
character remembers the span of the original it came from, so mentions found in
the normalised text point into the caller's string.

>>> n = normalize("总投资１．５ 亿元")
>>> n.text
'总投资1.5亿元'
>>> n.to_original(3, 8)
(3, 9)
"""

from __future__ import annotations

import functools
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

from ._patterns import StdLazy
from .lexicon import text as lex


def _width_table() -> dict[int, str]:
    table = {ord(k): v for k, v in lex.SINGLE_CHAR.items()}
    for cp in range(0xFF01, 0xFF5F):
        ch = chr(cp)
        if ch not in lex.FULLWIDTH_KEEP:
            table[cp] = chr(cp - 0xFEE0)
    return table


def _mojibake_table() -> dict[str, str]:
    """Mis-decoded GBK symbol -> the symbol, derived from the encodings themselves."""
    table: dict[str, str] = {}
    for lead in lex.GBK_SYMBOL_LEAD_BYTES:
        for trail in range(0x40, 0xFF):
            raw = bytes((lead, trail))
            try:
                good = raw.decode("gbk")
            except UnicodeDecodeError:
                continue
            if len(good) != 1 or good.isascii() or unicodedata.category(good)[0] not in "PSNZ":
                continue
            for enc in lex.MOJIBAKE_ENCODINGS:
                try:
                    bad = raw.decode(enc)
                except UnicodeDecodeError:
                    continue
                # a soft hyphen is invisible but real: "¡­" is the GBK ellipsis
                if (bad.isprintable() or bad[1] == "\u00ad") and not bad[1:].isspace():
                    table.setdefault(bad, good)
    return table


def _could_be_european(bad: str) -> bool:
    """Whether a mis-decoded pair could also be ordinary European text (see lexicon.text).

    >>> _could_be_european("Łą"), _could_be_european("©R"), _could_be_european("¡°")
    (True, True, False)
    """
    lead, trail = bad[0], bad[1]
    if lead in lex.EUROPEAN_PREFIX_SIGNS:
        fraction = lead in lex.CURRENCY_SIGNS and unicodedata.category(trail) == "No"
        return (trail.isascii() and trail.isalnum()) or trail.isupper() or fraction
    return (lead.isupper() or lead.islower()) and (trail.isupper() or trail.islower())


_WIDTH = _width_table()
#: runs of the characters the table maps, found by the standard library's engine (its scan
#: for a class of characters is fast; str.translate looks every character up in the table,
#: the regex module's scan tries the class at every position: both cost several times more)
#: (and in a run, a full-width thousands separator: the run holds it only between digits)
_RUN_WIDTH = {**_WIDTH, ord(lex.FULLWIDTH_THOUSANDS_SEPARATOR): ","}


@functools.cache
def _mapped() -> re.Pattern[str]:
    mapped = "[" + re.escape("".join(sorted(chr(k) for k in _WIDTH))) + "]"
    digits = "[" + "".join(chr(c) for c in range(ord("０"), ord("９") + 1)) + "]"
    # (a run, and a separator with a full-width digit before it and three after, then
    # more of the run: each repeat starts with the separator, which no run holds)
    sep = rf"(?<={digits}){re.escape(lex.FULLWIDTH_THOUSANDS_SEPARATOR)}(?={digits}{{3}}(?!{digits}))"
    return re.compile(rf"{mapped}++(?:{sep}{mapped}++)*+")


def _width_run(m: re.Match[str]) -> str:
    return m.group().translate(_RUN_WIDTH)


def _widened(text: str) -> str:
    """``text.translate(_WIDTH)``, translating only the runs of characters it maps (and a
    full-width comma between full-width digits before a group of three: a separator).

    >>> _widened("增长１２％，２０２４年")
    '增长12%，2024年'
    >>> _widened("共１２，５００家，３，１２")
    '共12,500家，3，12'
    """
    return _mapped().sub(_width_run, text)

#: a dropped space: one to three spaces or tabs between a numeric edge and a Han
#: character, either way round (compiled by the standard library's re, which reads the
#: Han characters from their table); it starts with the space, so that re skips to the
#: next one at once ("RMB 280万元" and "63 million" have none)
_SPACE = StdLazy(
    rf"[ \t](?:(?<=[{re.escape(lex.NUMERIC_EDGE)}][ \t])[ \t]{{0,2}}+(?={lex.HAN_CLASS})"
    rf"|(?<={lex.HAN_CLASS}[ \t])[ \t]{{0,2}}+(?=[{re.escape(lex.NUMERIC_EDGE)}]))"
)


@dataclass(frozen=True)
class _Repair:
    """The mojibake tables and the patterns built from them (built on first use)."""

    mojibake: dict[str, str]
    ambiguous: frozenset[str]
    #: a mojibake pair or a run of invisible characters, as one alternation of the pairs
    #: and then of the run finds them (a dropped space is :data:`_SPACE`)
    edit: re.Pattern[str]
    #: no edit can apply to ASCII text: every mojibake pair and invisible character is
    #: non-ASCII, a dropped space stands next to a Han character, and the width table
    #: maps no ASCII character
    ascii_clean: bool
    #: a character the width table maps, or an edit but a dropped space: where none
    #: stands, and no space drops, the text is its own normalised form
    may_change: re.Pattern[str]
    #: a character the width table maps or an edit may start at (a class: its scan stops
    #: at the first): where none stands, and no space drops, nothing changes either
    might_change: re.Pattern[str]


def _edit_pattern(mojibake: dict[str, str], also: str = "") -> str:
    """A mojibake pair (a lead character, then one of the characters that follow it in the
    table), a run of invisible characters, or (with ``also``) one of those characters.

    Written as a class of every character a match starts with, then a lookbehind at that
    character for what follows it: the standard library's engine skips to the next
    character of a leading class without trying the pattern (an alternation of the
    pairs, tried at every place, cost several times more over a document).
    """
    trails: dict[str, str] = {}
    for bad in sorted(mojibake):
        if len(bad) != 2:  # (a GBK pair read by a single-byte code page: two characters)
            raise ValueError(f"a mojibake key of {len(bad)} characters: {bad!r}")
        trails[bad[0]] = trails.get(bad[0], "") + bad[1]
    branches = [f"(?<={re.escape(lead)})[{re.escape(after)}]" for lead, after in trails.items()]
    branches.append(f"(?<=[{re.escape(lex.INVISIBLE)}])[{re.escape(lex.INVISIBLE)}]*+")
    if also:
        branches.append(f"(?<=[{re.escape(also)}])")
    firsts = "".join(sorted({*trails, *lex.INVISIBLE, *also}))
    return f"[{re.escape(firsts)}](?:{'|'.join(branches)})"


@functools.cache
def _repair() -> _Repair:
    mojibake = {bad: good.translate(_WIDTH) for bad, good in _mojibake_table().items()}
    leads = "".join(sorted({bad[0] for bad in mojibake}))
    return _Repair(
        mojibake,
        frozenset(bad for bad in mojibake if _could_be_european(bad)),
        re.compile(_edit_pattern(mojibake)),
        not any(c.isascii() for c in [*leads, *lex.INVISIBLE, *map(chr, _WIDTH)]),
        re.compile(_edit_pattern(mojibake, also="".join(sorted(map(chr, _WIDTH))))),
        re.compile("[" + re.escape("".join(sorted({*leads, *lex.INVISIBLE, *map(chr, _WIDTH)}))) + "]"),
    )


def __getattr__(name: str) -> object:
    """``_MOJIBAKE`` and ``_AMBIGUOUS``, the tables, built on first use."""
    if name == "_MOJIBAKE":
        return _repair().mojibake
    if name == "_AMBIGUOUS":
        return _repair().ambiguous
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass(frozen=True, init=False)
class Normalized:
    """Normalised text and, when it differs in length, where each character came from.

    The map is piecewise: ``_pieces[k]`` is where a piece of the normalised text starts,
    and ``_sources[k]`` where it came from: ``(o, -1)``, a stretch copied character for
    character from ``original[o:]``; or ``(s, e)``, characters that all stand for
    ``original[s:e]`` (a repaired mojibake pair). Without a map the two texts have the same
    length and character ``i`` came from character ``i``. (A map per character would cost
    two integers per character: hundreds of megabytes for a 10 MB text.)
    """

    text: str
    original: str
    _pieces: tuple[int, ...] | None = None
    _sources: tuple[tuple[int, int], ...] | None = None

    def __init__(self, text: str, original: str, _pieces: tuple[int, ...] | None = None,
                 _sources: tuple[tuple[int, int], ...] | None = None) -> None:
        # what the frozen dataclass's own __init__ does, written into the instance's dict
        # instead of through one object.__setattr__ per field (which costs three times as
        # much: every phrase parsed makes one)
        fields = self.__dict__
        fields["text"], fields["original"] = text, original
        fields["_pieces"], fields["_sources"] = _pieces, _sources

    def _source(self, i: int) -> tuple[int, int]:
        """The span of the original that normalised character ``i`` came from."""
        assert self._pieces is not None and self._sources is not None
        k = bisect_right(self._pieces, i) - 1
        start, end = self._sources[k]
        if end < 0:
            o = start + i - self._pieces[k]
            return o, o + 1
        return start, end

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to the original string.

        >>> normalize("ab").to_original(0, 2)
        (0, 2)
        >>> n = normalize("1 亿¡±")
        >>> n.text, n.to_original(0, 2), n.to_original(2, 3)
        ('1亿”', (0, 3), (3, 5))
        """
        if not 0 <= start <= end <= len(self.text):
            raise ValueError(f"span ({start}, {end}) outside the normalised text of length {len(self.text)}")
        pieces, sources = self._pieces, self._sources
        if pieces is None or sources is None:
            return start, end
        if start == end:
            pos = self._source(start)[0] if start < len(self.text) else len(self.original)
            return pos, pos
        # (_source for both ends, written out: parse_document maps every mention and record)
        k = bisect_right(pieces, start) - 1
        a, b = sources[k]
        first = a + start - pieces[k] if b < 0 else a
        last = end - 1
        k = bisect_right(pieces, last) - 1
        a, b = sources[k]
        return first, (a + last - pieces[k] + 1 if b < 0 else b)


def _repairs(text: str, rep: _Repair) -> list[tuple[int, int, str, bool]]:
    """The mojibake pairs and runs of invisible characters in ``text``, left to right, not
    overlapping (``rep.edit``).

    >>> _repairs("x\u200b\u200by¡°", _repair())
    [(1, 3, '', False), (4, 6, '“', False)]
    """
    found: list[tuple[int, int, str, bool]] = []
    moji = rep.mojibake
    for m in rep.edit.finditer(text):
        bad = m.group()
        if bad in moji:
            found.append((m.start(), m.end(), moji[bad], bad in rep.ambiguous))
        else:
            found.append((m.start(), m.end(), "", False))
    return found


def _edits(text: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) for every variable-length edit of ``text``, in order."""
    found = _repairs(text, _repair())
    if " " in text or "\t" in text:
        found.extend((m.start(), m.end(), "", False) for m in _SPACE.finditer(text))
        found.sort()
    edits: list[tuple[int, int, str]] = []
    for i, (s, e, repl, ambiguous) in enumerate(found):
        if ambiguous:
            before = i > 0 and found[i - 1][1] == s and found[i - 1][2] != ""
            after = i + 1 < len(found) and found[i + 1][0] == e and found[i + 1][2] != ""
            if not (before or after):
                continue
        edits.append((s, e, repl))
    return edits


def already_normal(text: str) -> bool:
    """Whether no character of ``text`` can change: none the width table maps, no edit
    but a dropped space (one scan), no dropped space; then ``normalize(text).text`` is
    ``text``. (A "£" alone, which starts some mojibake pairs, changes nothing.)

    >>> already_normal("总投资40亿元"), already_normal("总投资４０亿元"), already_normal("1 亿")
    (True, False, False)
    """
    tables = _repair()
    if tables.ascii_clean and text.isascii():
        return True
    # (most texts hold no space: two tests of a character, not a call)
    return not (tables.may_change.search(text) or ((" " in text or "\t" in text) and _may_drop_space(text)))


def _may_drop_space(text: str) -> bool:
    """Whether a space or tab of ``text`` is one :data:`_SPACE` drops."""
    return _SPACE.search(text) is not None


def normalize(text: str, *, repair: bool = True) -> Normalized:
    """Normalise ``text`` for the patterns; ``repair=False`` keeps it exactly as it is.

    >>> normalize("HKCˇŻs 8.6th").text
    'HKC’s 8.6th'
    >>> normalize("增长１２％", repair=False).text
    '增长１２％'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() expects text: str, got {type(text).__name__}")
    if not repair:
        return Normalized(text, text)
    tables = _repair()
    # (what already_normal tests, stopping at the first character that may change: in a
    # document that holds no real change, its search for one would run to the end)
    if (tables.ascii_clean and text.isascii()) or not (
            tables.might_change.search(text) or ((" " in text or "\t" in text) and _may_drop_space(text))):
        return Normalized(text, text)
    out = _widened(text)
    if tables.ascii_clean and out.isascii():
        return Normalized(out, text)
    edits = _edits(out)
    if not edits:
        return Normalized(out, text)
    pieces: list[str] = []
    where: list[int] = []  # where each piece starts in the normalised text
    sources: list[tuple[int, int]] = []
    pos = n = 0
    for s, e, rep in edits:
        if s > pos:
            pieces.append(out[pos:s])
            where.append(n)
            sources.append((pos, -1))
            n += s - pos
        if rep:
            # every replacement is one character standing for the whole edited span
            pieces.append(rep)
            where.append(n)
            sources.append((s, e))
            n += len(rep)
        pos = e
    if pos < len(out) or not where:
        pieces.append(out[pos:])
        where.append(n)
        sources.append((pos, -1))
    return Normalized("".join(pieces), text, tuple(where), tuple(sources))
