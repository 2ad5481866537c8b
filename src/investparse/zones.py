"""Zones: where a big pattern can match, found by cheap scans, so that it is tried only there.

A money or percent pattern is thousands of characters long; tried at every position of a
report, it spends most of its time failing where no phrase starts. But every match holds an
*anchor* (a currency for money, a unit for percent) and between the start of a match and its
first anchor there are only the words of a number (``3.5``, ``两千``, ``one hundred and
twenty``, ``5 to 10``: the *reach*), with at most a few words before them (a qualifier, an
opener: the *lead*). So a :class:`Zoner` finds the anchors with one cheap pattern, walks back
over the reach with a small reverse pattern, and the big pattern is tried only at the
positions from there to the anchor: its *zones*. Outside them no match can start.

:func:`finditer` and :func:`search` answer as the pattern's own ``finditer`` and ``search``
do on the whole text (the same matches: they are found by ``match`` on the whole text at
each position of the zones); ``tests/test_zones.py`` proves it on the test corpora and on
generated text for every zoned pattern.

>>> import regex
>>> z = Zoner(anchor=anchors(["元"]), reach=reach_pattern("0123456789.", ["亿", "万"]), lead=(1, 5))
>>> text = "签约约5亿元的项目" + "，" * 80 + "投资12万元"
>>> z.zones(text)
[(2, 5), (90, 94)]
>>> [m.group() for m in finditer(Lazy(r"约?\\d+[亿万]?元"), text, z.zones(text))]
['约5亿元', '12万元']
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, overload

import regex

from ._patterns import Lazy, StdLazy, _fold_variants, alt, char_class, ending_alt

Zones = list[tuple[int, int]]

#: below this length a text is searched whole (a single phrase: parse_amount), by a zoned
#: pattern only when it holds the zoner's anchor (see Zoner.zones)
SHORT = 80

_ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


@functools.cache
def _lower_table() -> dict[int, str]:
    """ASCII capitals to small letters, and every character that case folding reads as one
    ASCII letter (the Kelvin sign, long s) to that letter: one character for one."""
    table = {ord(c): c.lower() for c in _ASCII_LETTERS[:26]}
    for c in _fold_variants():
        f = c.casefold()
        if len(f) == 1 and f in _ASCII_LETTERS:
            table[ord(c)] = f
    return table


@functools.cache
def _multi_folds() -> tuple[str, ...]:
    """The characters case folding reads as more than one letter (ﬁ, ß): a pattern's
    case-insensitive word may match across one, which the lowered text does not show."""
    return tuple(c for c in _fold_variants() if len(c.casefold()) > 1)


@functools.cache
def _not_lowered() -> tuple[str, ...]:
    """The characters ``str.lower`` does not lower as the table does (the long s)."""
    return tuple(chr(k) for k, v in _lower_table().items() if chr(k).lower() != v)


def lowered(text: str) -> str:
    """``text`` with its letters lowered as anchors are matched (same length, same offsets):
    ``str.lower`` where it keeps every offset, else ASCII letters and the characters case
    folding reads as one ASCII letter only.

    >>> lowered("US Dollars 5亿元"), lowered("İS $5")
    ('us dollars 5亿元', 'İs $5')
    """
    low = text.lower()
    if len(low) == len(text) and not any(c in text for c in _not_lowered()):
        return low
    return text.translate(_lower_table())


class Anchors:
    """What every match of a pattern holds, as two case-sensitive alternations over the
    :func:`lowered` text (fast where a case-insensitive alternation of English words is
    slow): ``loose`` words anywhere, ``bounded`` (all-ASCII) words with no letter before
    them, as the patterns that use them require (an empty string: no such words). The
    standard library's ``re`` runs them, compiled on first use, each as an alternation
    that starts with a literal, so that the engine's fast scan for a first character
    skips the text no word starts with: the bounded words grouped by their first
    character, with the look-behind for the letter before them right after it
    (:func:`_bounded_alt`; a look-behind in front would have the engine try every
    position, and a loop that looked again after each word found inside another cost more).
    """

    __slots__ = ("_any", "_compiled", "bounded", "firsts", "loose")

    def __init__(self, loose: str, bounded: str, firsts: frozenset[str]) -> None:
        self.loose = loose
        self.bounded = bounded
        #: the characters the words start with (lowered)
        self.firsts = firsts
        self._compiled: tuple[re.Pattern[str] | None, re.Pattern[str] | None] | None = None
        self._any: re.Pattern[str] | None = None  # a word of either kind

    def _patterns(self) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = (
                re.compile(self.loose) if self.loose else None,
                re.compile(self.bounded) if self.bounded else None,
            )
        return compiled

    def first_at(self, low: str, start: int, end: int) -> int | None:
        """The first position in ``[start, end)`` of the lowered text where a word starts
        (every position is tried: a word inside another counts), or None.

        >>> anchors(["约"], bounded=["about", "up to"]).first_at("x about 5, 约", 0, 11)
        2
        >>> anchors([], bounded=["up to"]).first_at("setup to", 0, 8) is None
        True
        """
        either = self._any
        if either is None:
            either = self._any = re.compile("|".join(p for p in (self.loose, self.bounded) if p) or "(?!)")
        firsts = self.firsts
        match = either.match
        for p in range(start, end):
            if low[p] in firsts and match(low, p):
                return p
        return None

    def spans(self, low: str) -> list[tuple[int, int]]:
        """The span of every anchor in the lowered text, by start."""
        loose, bounded = self._patterns()
        out = [*map(re.Match.span, loose.finditer(low))] if loose is not None else []
        if bounded is not None:
            out.extend(map(re.Match.span, bounded.finditer(low)))
            out.sort()
        return out


class AnchorSpans:
    """The anchors found in one text, found once for every zoner that looks for them.

    >>> seen, yuan = AnchorSpans("5 Yuan"), anchors(["yuan"])
    >>> seen.spans(yuan), seen.spans(yuan) is seen.spans(yuan)
    ([(2, 6)], True)
    """

    __slots__ = ("_found", "_low", "hits", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._low: str | None = None
        self._found: dict[Anchors, list[tuple[int, int]]] = {}
        #: where each :class:`Hits` hits, found once for every pattern that looks for them
        self.hits: dict[Hits, list[int]] = {}

    def low(self) -> str:
        """The text :func:`lowered` (once)."""
        if self._low is None:
            self._low = lowered(self.text)
        return self._low

    def spans(self, anchor: Anchors) -> list[tuple[int, int]]:
        found = self._found.get(anchor)
        if found is None:
            found = self._found[anchor] = anchor.spans(self.low())
        return found


def anchors(words: Iterable[str], *, bounded: Iterable[str] = ()) -> Anchors:
    """:class:`Anchors` for ``words`` and ``bounded`` words.

    >>> p = anchors(["元", "US$"], bounded=["yuan", "dollars"])
    >>> text = "5 Yuan, US$3, 4元, xdollars"
    >>> [text[s:e] for s, e in p.spans(lowered(text))]
    ['Yuan', 'US$', '元']
    """
    # lexicon words are lowered by str.lower (as lowered() lowers any text it keeps whole)
    loose = {w.lower() for w in words if w}
    tied = {w.lower() for w in bounded if w}
    return Anchors(loose=alt(loose) if loose else "", bounded=_bounded_alt(tied) if tied else "",
                   firsts=frozenset(w[0] for w in loose | tied))


def _bounded_alt(words: set[str]) -> str:
    """``(?<![a-z])(?:words)`` written as an alternation of the words' first characters,
    each followed by the look-behind (that the character before it is no letter) and the
    longest-first alternation of what follows it: the same matches, in the same order
    (two words that start differently never match at one place), but a pattern that
    starts with a literal.

    >>> import re
    >>> p = _bounded_alt({"a", "an", "about", "to"})
    >>> p
    '(?:a(?<![a-z]a)(?:bout|n|)|t(?<![a-z]t)(?:o))'
    >>> [m.group() for m in re.finditer(p, "an atom about into to")]
    ['an', 'a', 'about', 'to']
    """
    if any(w[0].isspace() for w in words):
        raise ValueError(f"a bounded anchor word starts with white space: {sorted(words)!r}")
    first = [f"{re.escape(c)}(?<![a-z]{re.escape(c)}){alt(rest)}" for c, rest in _by_first(words)]
    return "(?:" + "|".join(first) + ")"


def _by_first(words: Iterable[str]) -> list[tuple[str, list[str]]]:
    """The words grouped by their first character, each with what follows it, by character.

    >>> _by_first(["to", "a", "an"])
    [('a', ['', 'n']), ('t', ['o'])]
    """
    groups: dict[str, list[str]] = {}
    for w in sorted(words):
        groups.setdefault(w[0], []).append(w[1:])
    return sorted(groups.items())


class WordStarts:
    """Where, in a :func:`lowered` text, one of ``singles`` stands or one of ``words`` starts
    (one inside another too, as an overlapped scan finds them). The standard library's
    ``re`` runs it, compiled on first use; each match is one character (a single, or a
    word's first with the rest looked ahead for), so the engine's fast scan for a first
    character does the work.

    >>> WordStarts(["Deals", "als"], singles="个").find(lowered("3 DEALS, 5个"))
    [(2, True), (4, True), (10, False)]
    """

    __slots__ = ("_compiled", "pattern")

    def __init__(self, words: Iterable[str], *, singles: Iterable[str] = ()) -> None:
        lowered_words = {w.lower() for w in words if w}
        branches = [f"{re.escape(c)}(?={alt(rest)})" for c, rest in _by_first(lowered_words)]
        chars = sorted(set(singles))
        #: a single's class, then the words' first characters in group ``w``
        self.pattern = "|".join([
            *([char_class(chars)] if chars else []),
            *([f"(?P<w>{'|'.join(branches)})"] if branches else []),
        ])
        self._compiled: re.Pattern[str] | None = None

    def find(self, low: str) -> list[tuple[int, bool]]:
        """``(position, whether a word starts there)`` for every mark, in order."""
        if not self.pattern:
            return []
        if self._compiled is None:
            self._compiled = re.compile(self.pattern)
        return [(m.start(), m.lastgroup == "w") for m in self._compiled.finditer(low)]


def at_words(words: Iterable[str] = (), *, bounded: Iterable[str] = ()) -> Zoner:
    """The zones of a pattern whose every match starts with one of ``words`` (or of the
    ``bounded`` words, with no letter before them): those words.

    >>> z = at_words(bounded=["ranked"])
    >>> text = "It ranked first." + " " * 80 + "Ranked"
    >>> z.zones(text)
    [(3, 3), (96, 96)]
    """
    words = list(words)
    return Zoner(anchor=anchors(words, bounded=bounded), reach=None, lead=(0, 0), at_anchor=not words)


class Reach(Lazy):
    """A :func:`reach_pattern`: the reverse pattern, and :meth:`back`, which walks it."""

    __slots__ = ("_ascii_ends", "_cls", "_fast", "_han_ends", "chars")

    def __init__(self, cls: str, chars: frozenset[str], words: frozenset[str]) -> None:
        # matched right to left, the words are grouped by their endings, which a reverse
        # match reads first, and the longer word is taken where one ends as another does (a
        # trie of prefixes would offer "st" before "first" in "the first May" and stop the
        # walk there)
        body = cls if not words else rf"(?:{cls}|(?i:{ending_alt(words)}))"
        super().__init__(rf"{body}*+", regex.REVERSE | regex.VERSION1)
        self._cls = cls
        self.chars = chars
        self._fast: frozenset[str] | None = None
        self._ascii_ends = frozenset(w[-1] for w in words if w[-1].isascii())
        self._han_ends = frozenset(w[-1] for w in words if not w[-1].isascii())

    def back(self, text: str, floor: int, end: int) -> int:
        """Where the reach that ends at ``end`` starts, no further back than ``floor``: what
        ``self.match(text, floor, end).start()`` says. The class's plain characters are
        walked here, and the pattern is tried only where a word may end or a character
        only it can tell stands (a Chinese reach mostly stops at a Han character that ends
        no word: no regex call).

        >>> r = reach_pattern("0123456789亿", ["billion", "to", "人民币"])
        >>> t = "签约 5 to 10 billion 元, 投资人民币12亿元"
        >>> ends = (t.index("元"), t.rindex("元"))
        >>> [r.back(t, 0, e) for e in ends], [r.match(t, 0, e).start() for e in ends]
        ([2, 24], [2, 24])
        """
        fast = self._fast
        if fast is None:
            # the ASCII characters and the listed ones that the class matches (it holds
            # white space and the digits of every script too: those the pattern tells)
            cls = regex.compile(self._cls, regex.VERSION1)
            fast = self._fast = frozenset(c for c in {*map(chr, range(128)), *self.chars} if cls.fullmatch(c))
        p = end
        while p > floor and text[p - 1] in fast:
            p -= 1
        if p == floor:
            return p
        c = text[p - 1]
        if c.isascii():
            if c.lower() not in self._ascii_ends:
                return p  # no class character, no word's end
        elif "\u4e00" <= c <= "\u9fff" and c not in self._han_ends:
            return p
        m = self.match(text, floor, p)
        return p if m is None else m.start()


def reach_pattern(chars: Iterable[str], words: Iterable[str] = ()) -> Reach:
    """A reverse pattern for the stretch a number can take before an anchor: any of
    ``chars`` (digits of any script and white space always), and ``words`` in any case,
    with no word boundaries (a larger reach only adds positions to try).

    >>> p = reach_pattern("0123456789", ["billion", "to"])
    >>> t = "up 5 to 10 billion yuan"
    >>> p.match(t, 0, t.index("yuan")).start(), p.back(t, 0, t.index("yuan"))
    (2, 2)
    """
    listed = frozenset({*chars, " "})
    return Reach(char_class(listed)[:-1] + r"\s\d]", listed, frozenset(w.lower() for w in words if w))


@dataclass(frozen=True, slots=True)
class Zoner:
    """How to find the zones of one pattern.

    ``anchor``: the :func:`anchors` every match holds (matched on the
    :func:`lowered` text, where a match's own anchor can't start inside another's);
    ``reach``: a :func:`reach_pattern` for what lies between a match's number and its first
    anchor; ``lead``: how many characters a match may start before the reach when the
    character there is not ASCII (a Chinese qualifier, ``约``) and when it is (``more than``).
    A match whose anchor is at its very start has ``lead=(0, 0)`` and an empty reach.
    ``lead_words``: every word a match that starts before the reach starts with (its
    qualifiers, in any script), when known: the lead then reaches back only as far as the
    first place in it where one of them starts, and not at all where none does.
    """

    anchor: Anchors
    reach: Lazy | None
    lead: tuple[int, int]
    #: every match starts with an anchor word that has no letter before it (:func:`at_words`
    #: with bounded words only): an anchor of ASCII letters alone then holds no other start
    at_anchor: bool = False
    lead_words: Anchors | None = None

    def zones(
        self, text: str, *, seen: AnchorSpans | None = None, inside: Zones | None = None
    ) -> Zones | None:
        """The sorted, disjoint, inclusive ranges of positions where a match can start.

        Linear: the reach of an anchor is walked back no further than the anchor before it
        (reaching that far, the two zones are one), so no character is walked twice; a
        number of any length is reached. None (everywhere) for a text shorter than
        ``SHORT`` that holds an anchor: finding its zones would cost more than trying the
        pattern everywhere; no zone for one that holds none (every match holds one: a
        scan for the anchors costs a few thousand instructions, the pattern's tens of
        thousands). ``seen``: the anchors already found in this text (and its lowered
        copy), for zoners that share them. ``inside``: the zones of another zoner, one of
        which holds both the start of every match and its anchor of this one (a range's
        connector, inside the zone of its unit): an anchor outside them all is skipped.
        """
        seen = AnchorSpans(text) if seen is None else seen
        if len(text) < SHORT:
            return None if seen.spans(self.anchor) else []
        keep: Zones = [] if inside is None else inside
        j, n_keep = 0, -1 if inside is None else len(keep)
        out: Zones = []
        reach = self.reach
        lead_other, lead_ascii = self.lead
        floor = 0  # where the previous anchor starts
        at_anchor = self.at_anchor
        # the lead words, looked for in each lead (never where case folding may hide one)
        lead_words = self.lead_words
        if lead_words is not None and any(c in text for c in _multi_folds()):
            lead_words = None
        for start, end in seen.spans(self.anchor):
            a = end - 1  # a match may start inside the anchor found (US dollars / dollars)
            if at_anchor and (word := text[start:end]).isascii() and word.isalpha():
                a = start  # (no letter-bounded word starts inside a run of letters)
            if n_keep >= 0:
                while j < n_keep and keep[j][1] < a:
                    j += 1
                if j == n_keep or keep[j][0] > a:
                    continue  # (the previous anchor kept stays the floor: the walk is one)
            s = start
            if reach is not None:
                bound = floor
                if isinstance(reach, Reach):
                    s = reach.back(text, bound, s)
                elif (r := reach.match(text, bound, s)) is not None:
                    s = r.start()
                if out and s == bound == floor:
                    out[-1] = (out[-1][0], max(out[-1][1], a))  # one zone with the one before
                    floor = start
                    continue
            floor = start
            lead = lead_ascii if s > 0 and text[s - 1].isascii() else lead_other
            lo = max(0, s - lead)
            if lead_words is not None and lo < s:
                # a match that starts before s starts with a lead word (tried at every
                # position of the lead: a few characters, where a scan of the whole text
                # for the words would cost more)
                first = lead_words.first_at(seen.low(), lo, s)
                lo = s if first is None else first
            if out and lo <= out[-1][1] + 1:
                last_lo, last_hi = out[-1]
                out[-1] = (min(last_lo, lo), max(last_hi, a))
            else:
                out.append((lo, a))
        return _merged(out)


def _merged(zones: Zones) -> Zones:
    """``zones`` sorted and joined where they touch (a long reach may reach an earlier zone)."""
    if all(zones[i][1] + 1 < zones[i + 1][0] for i in range(len(zones) - 1)):
        return zones
    out: Zones = []
    for lo, hi in sorted(zones):
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


@dataclass(frozen=True, slots=True)
class Both:
    """The zones of a pattern whose every match holds the anchors of two zoners: where
    both say a match can start (:func:`intersect`)."""

    first: Zoner
    second: Zoner
    #: one zone of the first holds both the start of every match and its anchor of the
    #: second (see ``inside`` in :meth:`Zoner.zones`)
    second_inside: bool = False

    def zones(self, text: str, *, seen: AnchorSpans | None = None) -> Zones | None:
        seen = AnchorSpans(text) if seen is None else seen
        first = self.first.zones(text, seen=seen)
        inside = first if self.second_inside else None
        return intersect(first, self.second.zones(text, seen=seen, inside=inside))


class Hits:
    """The zones of a pattern whose every match starts at most ``lead`` characters before
    a match of ``hit``, a short pattern the standard library's ``re`` scans for several
    times faster than ``regex`` tries the whole one at every position (``4/22``: a digit,
    a separator, a digit): ``[start - lead, start]`` of each hit, overlapping hits too.

    ``within``: hits that start wherever one of these does (a shorter hit, shared by
    several patterns): the text is scanned once for those (the scan is remembered in the
    ``seen`` of the text), and ``hit`` is only matched where each starts.

    >>> z = Hits(r"\\d[-/.]\\d", lead=1)
    >>> text = "On 4/22 and 12-3, not 5 or 6." + " " * 80
    >>> z.zones(text)
    [(2, 3), (12, 13)]
    >>> Hits(r"\\d/\\d", lead=1, within=z).zones(text)
    [(2, 3)]
    """

    __slots__ = ("_first", "hit", "lead", "within")

    def __init__(self, hit: str, *, lead: int, within: Hits | None = None) -> None:
        self.hit = StdLazy(hit)
        # (one character, then the rest looked ahead for: a plain scan finds every start)
        self._first = StdLazy(f"(?=(?:{hit}))[\\s\\S]")
        self.lead = lead
        self.within = within

    def starts(self, text: str, seen: AnchorSpans) -> list[int]:
        """Where a hit starts in ``text``, in order (remembered in ``seen``)."""
        found = seen.hits.get(self)
        if found is None:
            if self.within is None:
                found = [m.start() for m in self._first.finditer(text)]
            else:
                match = self.hit.match
                found = [p for p in self.within.starts(text, seen) if match(text, p)]
            seen.hits[self] = found
        return found

    def zones(self, text: str, *, seen: AnchorSpans | None = None) -> Zones | None:
        if len(text) < SHORT:
            return None if self.hit.search(text) else []
        out: Zones = []
        lead = self.lead
        for p in self.starts(text, AnchorSpans(text) if seen is None else seen):
            lo = p - lead if p > lead else 0
            if out and lo <= out[-1][1] + 1:
                out[-1] = (out[-1][0], p)
            else:
                out.append((lo, p))
        return out


def intersect(a: Zones | None, b: Zones | None) -> Zones | None:
    """The positions in both ``a`` and ``b`` (None: everywhere), for a pattern whose every
    match holds the anchors of two zoners.

    >>> intersect([(0, 5), (10, 20)], [(3, 12), (18, 30)])
    [(3, 5), (10, 12), (18, 20)]
    """
    if a is None or b is None:
        return b if a is None else a
    out: Zones = []
    i = j = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo <= hi:
            out.append((lo, hi))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


#: how far past a zone the guard of a pattern may look to tell whether a match starts in it
_GUARD_AHEAD = 16


@overload
def finditer(
    pattern: Lazy, text: str, zones: Zones | None, *, overlapped: bool = False
) -> Iterator[regex.Match[str]]: ...
@overload
def finditer(
    pattern: StdLazy, text: str, zones: Zones | None, *, overlapped: bool = False
) -> Iterator[re.Match[str]]: ...
def finditer(
    pattern: Lazy | StdLazy, text: str, zones: Zones | None, *, overlapped: bool = False
) -> Iterator[Any]:
    """What ``pattern.finditer(text, overlapped=overlapped)`` yields, trying only ``zones``
    (everywhere when they are None)."""
    if zones is None:
        yield from pattern.finditer(text, overlapped=overlapped)
        return
    if not zones:  # (nowhere to try: nor is the pattern compiled for it)
        return
    pos = 0
    guard = pattern.guard_compiled
    n = len(text)
    # (where the guard held, the pattern is matched without it if it has a second,
    # compiled form without it: see StdLazy.matcher)
    match = pattern.matcher.match
    # (the loop of _starts, written out: a generator per zone costs more than most zones)
    for lo, hi in zones:
        if hi < pos:
            continue
        if guard is None:
            p = max(lo, pos)
            while p <= hi:
                m = match(text, p)
                if m is not None:
                    yield m
                    p = pos = p + 1 if overlapped else max(m.end(), p + 1)
                else:
                    p += 1
            continue
        for g in guard.finditer(text, max(lo, pos), min(n, hi + _GUARD_AHEAD)):
            p = g.start()
            if p > hi:
                break
            if p < pos:
                continue
            m = match(text, p)
            if m is not None:
                yield m
                pos = p + 1 if overlapped else max(m.end(), p + 1)


@overload
def search(pattern: Lazy, text: str, zones: Zones | None, pos: int = 0) -> regex.Match[str] | None: ...
@overload
def search(pattern: StdLazy, text: str, zones: Zones | None, pos: int = 0) -> re.Match[str] | None: ...
def search(pattern: Lazy | StdLazy, text: str, zones: Zones | None, pos: int = 0) -> Any:
    """What ``pattern.search(text, pos)`` finds, trying only ``zones`` (everywhere when None)."""
    if zones is None:
        # (a phrase is searched without the guard: see StdLazy.matcher)
        if len(text) - pos < SHORT:
            return (pattern._body or pattern.matcher).search(text, pos)
        return (pattern._compiled or pattern.compiled).search(text, pos)
    i = bisect_right(zones, (pos, len(text) + 1)) - 1
    if i < 0 or zones[i][1] < pos:
        i += 1
    if i >= len(zones):  # (no zone left to try: nor is the pattern compiled for it)
        return None
    guard = pattern.guard_compiled
    match = pattern.matcher.match
    n = len(text)
    for k in range(max(i, 0), len(zones)):  # (no slice: a copy of the rest per search is quadratic)
        lo, hi = zones[k]
        lo = max(lo, pos)
        if guard is None:
            for p in range(lo, hi + 1):
                if (m := match(text, p)) is not None:
                    return m
            continue
        for g in guard.finditer(text, lo, min(n, hi + _GUARD_AHEAD)):
            p = g.start()
            if p > hi:
                break
            if (m := match(text, p)) is not None:
                return m
    return None


__all__ = [
    "SHORT", "AnchorSpans", "Anchors", "Both", "Hits", "Reach", "WordStarts", "Zoner", "Zones", "anchors",
    "at_words", "finditer", "intersect", "lowered", "reach_pattern", "search",
]
