"""Helpers that turn lexicon word lists into regex alternations.

Every regex in the package is built with these from the ``lexicon`` tables, so that a
word is typed once. Alternations are longest-first so that ``及以上`` wins over ``以上``
and ``US dollars`` over ``dollars``.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import regex


def _flat_alt(words: Iterable[str], *, ascii_boundary: bool = False) -> str:
    """The flat longest-first alternation that :func:`alt` factors into a trie (the
    reference the tests compare it with).

    >>> _flat_alt(["以上", "及以上"])
    '(?:及以上|以上)'
    """
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    parts = ["".join(_atoms(w, ascii_boundary)) for w in uniq]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def alt(words: Iterable[str], *, ascii_boundary: bool = False) -> str:
    """A non-capturing, longest-first alternation of ``words``, escaped.

    With ``ascii_boundary``, words that start or end with an ASCII letter get a
    lookaround so that ``up`` does not match inside ``upgrade``.

    The alternation is a trie: common prefixes are written once (``US\\s+dollars?`` and
    ``U\\.S\\.\\s+dollars?`` share ``U``), which is faster to compile and to try. It
    matches the same strings, in the same order on backtracking, as the flat
    longest-first alternation (:func:`_flat_alt`), with or without ``(?i)``: in every node
    the longer continuations come before the node's own end; siblings that case folding
    could confuse (``s``/``S``/``ſ``/``ß``), or that ``\\s+`` could overlap, stay a flat
    longest-first list; and no word is split inside a sequence that full case folding
    reads as one character (``fi`` and ``ﬁ``).

    >>> alt(["以上", "及以上"])
    '(?:及以上|以上)'
    >>> alt(["US dollar", "US dollars", "USD"])
    '(?:US(?:\\\\s+dollars?|D))'
    >>> bool(regex.fullmatch(alt(["up"], ascii_boundary=True), "up"))
    True
    """
    return _alt(frozenset(words), ascii_boundary)


@functools.lru_cache(maxsize=1024)
def _alt(words: frozenset[str], ascii_boundary: bool) -> str:
    """:func:`alt` of a set of words, built once: the modules ask for the same tables
    several times (the currency words for the words before and after a number, ...)."""
    uniq = sorted(words, key=lambda w: (-len(w), w))
    if not uniq:
        return "(?!)"
    seqs = [_atoms(w, ascii_boundary) for w in uniq]
    # (a trie of the words, longest first: each node is the words through it, grouped into
    # children only where the emitter reaches it; a node of one word is that word's rest)
    return _emit(seqs, [_keys(seq) for seq in seqs], list(range(len(seqs))), 0, "", top=True)


# (the long s and the Kelvin sign count as the letters they fold to, as the lowered text
# that zones are found on reads them: zones.lowered)
_LOOKBEHIND = r"(?<![A-Za-z\u017f\u212a])"
_LOOKAHEAD = r"(?![A-Za-z\u017f\u212a])"


@functools.lru_cache(maxsize=4096)
def _atoms(w: str, ascii_boundary: bool) -> tuple[str, ...]:
    """``w`` as escaped pieces a trie may branch between: one per character, except that
    characters full case folding may read together (``fi``, ``ss``, ``st``, ...) stay in
    one piece; the ``ascii_boundary`` lookbehind goes with the first piece, the lookahead
    is a piece of its own."""
    escs = list(map(_esc, w))
    lw = w.casefold()
    if len(lw) != len(w):  # a character that folds to several: keep the word whole
        out = ["".join(escs)]
    elif not any(map(_FOLD_PAIRS.__contains__, map(operator.add, lw, lw[1:]))):
        out = escs  # (most words: no pair to keep together, one piece per character)
    else:
        out = escs[:1]
        for k in range(1, len(w)):
            if lw[k - 1 : k + 1] in _FOLD_PAIRS:
                out[-1] += escs[k]
            else:
                out.append(escs[k])
    if ascii_boundary and w[:1].isascii() and w[:1].isalpha():
        out[0] = _LOOKBEHIND + out[0]  # with the first character: its key is the letter's
    if ascii_boundary and w[-1:].isascii() and w[-1:].isalpha():
        out.append(_LOOKAHEAD)
    return tuple(out)


@functools.lru_cache(maxsize=4096)
def _esc(c: str) -> str:
    """One character as :func:`alt` writes it: ``regex.escape`` (special characters only),
    and a space as ``\\s+``."""
    return r"\s+" if c == " " else regex.escape(c, special_only=True, literal_spaces=True)


#: what :func:`_fold_pairs_computed` finds (a test checks it); computed at import it costs 0.07 s
_FOLD_PAIRS = frozenset(
    {
        "a\u02be", "ff", "fi", "fl", "h\u0331", "i\u0307", "j\u030c", "ss", "st", "t\u0308", "w\u030a",
        "y\u030a", "\u02bcn", "\u0308\u0300", "\u0308\u0301", "\u0308\u0342", "\u0313\u0300",
        "\u0313\u0301", "\u0313\u0342", "\u0342\u03b9", "\u03ac\u03b9", "\u03ae\u03b9", "\u03b1\u0342",
        "\u03b1\u03b9", "\u03b7\u0342", "\u03b7\u03b9", "\u03b9\u0308", "\u03b9\u0342", "\u03c1\u0313",
        "\u03c5\u0308", "\u03c5\u0313", "\u03c5\u0342", "\u03c9\u0342", "\u03c9\u03b9", "\u03ce\u03b9",
        "\u0565\u0582", "\u0574\u0565", "\u0574\u056b", "\u0574\u056d", "\u0574\u0576", "\u057e\u0576",
        "\u1f00\u03b9", "\u1f01\u03b9", "\u1f02\u03b9", "\u1f03\u03b9", "\u1f04\u03b9", "\u1f05\u03b9",
        "\u1f06\u03b9", "\u1f07\u03b9", "\u1f20\u03b9", "\u1f21\u03b9", "\u1f22\u03b9", "\u1f23\u03b9",
        "\u1f24\u03b9", "\u1f25\u03b9", "\u1f26\u03b9", "\u1f27\u03b9", "\u1f60\u03b9", "\u1f61\u03b9",
        "\u1f62\u03b9", "\u1f63\u03b9", "\u1f64\u03b9", "\u1f65\u03b9", "\u1f66\u03b9", "\u1f67\u03b9",
        "\u1f70\u03b9", "\u1f74\u03b9", "\u1f7c\u03b9",
    }
)


def _fold_pairs_computed() -> frozenset[str]:
    """Adjacent pairs in the strings that full case folding makes of one character
    (``ﬁ`` -> ``fi``, ``ﬃ`` -> ``ffi``: ``fi``, ``ff``): a word is not split there."""
    chars = [chr(cp) for cp in range(0x80, 0x10000)]  # no multi-character case mapping above
    out: set[str] = set()
    for fn in (str.casefold, str.lower, str.upper):
        for f in map(fn, chars):
            if len(f) > 1:
                f = f.casefold()
                out.update(f[i : i + 2] for i in range(len(f) - 1))
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def _keys(atoms: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(map(_key, atoms))


@functools.lru_cache(maxsize=4096)
def _key(atom: str) -> str:
    """Siblings with the same key might match the same text (case folding, ``\\s``)."""
    if atom in (_LOOKBEHIND, _LOOKAHEAD):
        return atom
    if atom.startswith(_LOOKBEHIND):
        atom = atom[len(_LOOKBEHIND):]
    if atom.startswith(r"\s+"):
        return r"\s"
    c = atom[1] if atom[:1] == "\\" and len(atom) > 1 else atom[:1]
    if c.isspace():
        return r"\s"
    return min(c.casefold()[:1], c.upper().casefold()[:1], c.lower().casefold()[:1])


#: a trie node's children: by :func:`_key`, then by atom, the indexes of the words (in
#: order) through each child
_Kids = dict[str, dict[str, list[int]]]


def _children(seqs: list[tuple[str, ...]], keys: list[tuple[str, ...]], members: list[int],
              depth: int) -> tuple[bool, _Kids]:
    """Whether a word of ``members`` (the words through a node, sharing their first
    ``depth`` atoms) ends at the node, and the node's children."""
    ends = False
    kids: _Kids = {}
    for i in members:
        seq = seqs[i]
        if len(seq) == depth:
            ends = True
            continue
        atom, key = seq[depth], keys[i][depth]
        heads = kids.get(key)
        if heads is None:
            heads = kids[key] = {}
        group = heads.get(atom)
        if group is None:
            heads[atom] = [i]
        else:
            group.append(i)
    return ends, kids


def _emit(seqs: list[tuple[str, ...]], keys: list[tuple[str, ...]], members: list[int], depth: int,
          came_by: str, *, top: bool = False) -> str:
    """The alternation of the continuations of the trie node of ``members`` (the indexes,
    in order, of the words through it, which share their first ``depth`` atoms;
    ``came_by``: the last of them; ``keys``: each word's atoms' keys). ``top``: one group,
    ``(?:...)``, as :func:`alt` returns."""
    prefix = ""
    while True:
        ends, kids = _children(seqs, keys, members, depth)
        if came_by.endswith(r"\s+") and r"\s" in kids:
            # whitespace after \s+: where the spaces split between atoms is ambiguous; flat
            tail = _flat_tail(seqs, members, depth)
            return "(?:" + prefix + tail + ")" if top and (prefix or len(members) == 1) else prefix + tail
        if ends or len(kids) != 1:
            break
        (heads,) = kids.values()
        if len(heads) != 1:
            break
        ((head, members),) = heads.items()  # one path: no alternation here
        prefix += head
        came_by = head
        depth += 1
    parts: list[tuple[int, str]] = []
    for heads in kids.values():
        if len(heads) > 1:
            # siblings that case folding (or \s) may confuse: a flat longest-first list
            flat = sorted(i for group in heads.values() for i in group)
            parts.append((flat[0], _flat_tail(seqs, flat, depth)))
        else:
            ((head, group),) = heads.items()
            # a child of one word (most children) is the rest of that word: one chain, what
            # the walk joins atom by atom, and _flat_tail of that word gives
            rest = "".join(seqs[group[0]][depth + 1:]) if len(group) == 1 else _emit(
                seqs, keys, group, depth + 1, head)
            parts.append((group[0], head + rest))
    parts.sort()
    alts = [p for _, p in parts]
    if ends and len(alts) == 1:  # a greedy ? tries the continuation first, then the end
        one = alts[0]
        single = len(one) == 1 or (len(one) == 2 and one[0] == "\\" and not one[1].isalnum())
        out = prefix + (one + "?" if single else "(?:" + one + ")?")
        return "(?:" + out + ")" if top else out
    alts = _one_lookbehind(alts)
    if ends:
        alts.append("")
    if len(alts) == 1:
        out = prefix + alts[0]
        return "(?:" + out + ")" if top else out
    out = prefix + "(?:" + "|".join(alts) + ")"
    return "(?:" + out + ")" if top and prefix else out


def _flat_tail(seqs: list[tuple[str, ...]], idx: list[int], depth: int) -> str:
    tails = ["".join(seqs[i][depth:]) for i in idx]
    return tails[0] if len(tails) == 1 else "(?:" + "|".join(_one_lookbehind(tails)) + ")"


def _one_lookbehind(alts: list[str]) -> list[str]:
    """``alts`` with each run of neighbours that start with the ``ascii_boundary``
    lookbehind written as one lookbehind before their group: the same strings, tried in
    the same order, and the lookbehind (the same test at the same place) run once where
    it ran once per branch, before a branch could fail on its first letter.

    >>> _one_lookbehind([_LOOKBEHIND + "ab", _LOOKBEHIND + "c", "d"]) == [_LOOKBEHIND + "(?:ab|c)", "d"]
    True
    """
    out: list[str] = []
    run: list[str] = []
    for a in [*alts, None]:
        if a is not None and a.startswith(_LOOKBEHIND):
            run.append(a[len(_LOOKBEHIND):])
            continue
        if run:
            out.append(_LOOKBEHIND + ("(?:" + "|".join(run) + ")" if len(run) > 1 else run[0]))
            run = []
        if a is not None:
            out.append(a)
    return out


def char_class(chars: Iterable[str]) -> str:
    """A character class of the given single characters.

    >>> char_class("万亿")
    '[万亿]'
    """
    uniq = sorted(set(chars))
    return "[" + "".join(regex.escape(c) for c in uniq) + "]"


def is_ascii_word(word: str) -> bool:
    """Whether a lexicon word is written in ASCII (an English or code entry).

    >>> is_ascii_word("about"), is_ascii_word("约")
    (True, False)
    """
    return word.isascii()


#: what :func:`_fold_variants_computed` finds (a test checks it); computed at import it costs 0.07 s
_FOLD_VARIANTS = (
    "\xdf\u0130\u0131\u017f\u01f0\u1e96\u1e97\u1e98\u1e99\u1e9a\u1e9e\u212a"
    "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"
)


def _fold_variants() -> str:
    """Non-ASCII characters that case-insensitive matching may read as an ASCII letter
    (the Kelvin sign, long s, the ``ﬁ`` ligature under full case folding, ...)."""
    return _FOLD_VARIANTS


def _fold_variants_computed() -> str:
    """:data:`_FOLD_VARIANTS` worked out from the Unicode tables of this Python."""
    letters = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    chars = [chr(cp) for cp in range(0x80, 0x10000)]
    folds = zip(chars, map(str.casefold, chars), map(str.lower, chars), map(str.upper, chars), strict=True)
    return "".join(c for c, f, lo, up in folds if f[:1] in letters or lo[:1] in letters or up[:1] in letters)


#: how many characters of a word the lookahead of :func:`starts` spells out
_PREFIX = 3


def _prefixes(words: Iterable[str], *, bounded: bool) -> str:
    """What :func:`starts` checks of ASCII-letter ``words``, as one alternation: the first
    ``_PREFIX`` characters of each (never cut inside a pair that case folding may read as
    one character); a shorter bounded word whole, with what must follow it (a space, or no
    letter: bounded words end at a word boundary), so that ``a`` does not admit ``about``.
    Unbounded words (no word boundary around them) only by their first characters.

    >>> _prefixes(["more than", "an", "in excess of", "office"], bounded=True)
    '(?:(?:offi|mor)|(?:an)(?![A-Za-z\\\\u017f\\\\u212a])|(?:in)\\\\s)'
    >>> _prefixes(["zł"], bounded=False)
    '(?:(?:zł))'
    """
    heads: set[str] = set()
    whole: set[str] = set()
    spaced: set[str] = set()
    for word in words:
        head, space, _ = word.lower().partition(" ")
        cut = min(len(head), _PREFIX)
        while 0 < cut < len(head) and head[cut - 1 : cut + 1].casefold() in _FOLD_PAIRS:
            cut += 1
        if cut < len(head) or not bounded:
            heads.add(head[:cut])
        elif space:
            spaced.add(head)
        elif head[-1:].isalpha():
            whole.add(head)
        else:
            heads.add(head)
    parts = [alt(heads)] if heads else []
    if whole:
        parts.append(alt(whole) + _LOOKAHEAD)
    if spaced:
        parts.append(alt(spaced) + r"\s")
    return "(?:" + "|".join(parts) + ")"


def ending_alt(words: Iterable[str]) -> str:
    """An alternation of ``words`` (escaped) for a lookbehind: common endings written once.

    A lookbehind is matched right to left, so a trie of prefixes (:func:`alt`) is no help
    there: every word is tried from its last character. This one groups the words by
    their endings instead (``twenty|thirty`` -> ``(?:twen|thir)ty``), so that a
    character no word ends with fails at once. It matches exactly the set of ``words``
    (the order of the branches is not kept: a lookaround only asks whether one matches).
    Matched right to left (a lookbehind, the reach of a zone), it takes the longer of two
    words where one ends as the other does (``first`` over ``st``): the shared ending comes
    first and the rest is a greedy option. No ending is split inside a sequence that full
    case folding reads as one character.

    >>> ending_alt(["twenty", "thirty", "six"])
    '(?:six|(?:twen|thir)ty)'
    >>> bool(regex.search(rf"(?<=(?i:{ending_alt(['Million'])}) )5", "MILLION 5"))
    True
    """
    uniq = sorted(set(words))
    if not uniq:
        return "(?!)"
    return _ending_alt(uniq)


def _ending_alt(words: list[str]) -> str:
    if len(words) == 1 and words[0]:  # one word: its characters (what the grouping comes to)
        return "".join(map(_esc, words[0]))
    if "" in words:
        rest = [w for w in words if w]
        return f"(?:{_ending_alt(rest)})?" if rest else ""
    groups: dict[str, list[str]] = {}
    for w in words:
        cut = len(w) - 1
        while cut > 0 and _folds_across(w, cut):
            cut -= 1  # keep "fi" (read as "ﬁ") in one piece
        groups.setdefault(w[cut:], []).append(w[:cut])
    parts = [_ending_alt(sorted(heads)) + "".join(map(_esc, end)) for end, heads in sorted(groups.items())]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def behind(words: Iterable[str], *, negative: bool = False, nocase: bool = False,
           before: str = "", after: str = "") -> str:
    """A lookbehind for ``before``, one of ``words``, then ``after`` (both of a fixed width,
    often a lookaround and a character class) that the standard library's ``re`` reads too:
    ``re`` looks behind only for a fixed width, so there is one lookbehind per length of
    word (any one holds: ``negative``, none does). ``nocase``: the words in either case.
    A word holds no space (the alternations read one as any run of spaces).

    >>> behind(["lakh", "crore", "lac"], nocase=True, after=r"\\s")
    '(?:(?<=(?i:lac)\\\\s)|(?<=(?i:lakh)\\\\s)|(?<=(?i:crore)\\\\s))'
    >>> bool(re.search(behind(["one", "three"], negative=True) + "5", "three5"))
    False
    """
    by_length: dict[int, list[str]] = {}
    for w in sorted(set(words)):
        if any(c.isspace() for c in w):  # (alt reads a space as any run of spaces)
            raise ValueError(f"behind() takes words without spaces, got {w!r}")
        by_length.setdefault(len(w), []).append(w)
    if not by_length:
        return "" if negative else "(?!)"
    parts = []
    for _, group in sorted(by_length.items()):
        body = ending_alt(group)
        if nocase:
            body = f"(?i:{body})"
        parts.append(f"(?<{'!' if negative else '='}{before}{body}{after})")
    return "".join(parts) if negative else "(?:" + "|".join(parts) + ")"


def _folds_across(w: str, cut: int) -> bool:
    """Whether full case folding may read the characters either side of ``cut`` as one."""
    return w[cut - 1 : cut + 1].casefold() in _FOLD_PAIRS


def folds_to(chars: Iterable[str]) -> str:
    """A character class of ``chars`` in both cases and of what case folding reads as one.

    >>> folds_to("k") == "[Kk\u212a]"
    True
    """
    return char_class(folded(chars))


def folded(chars: Iterable[str]) -> set[str]:
    """``chars`` in both cases, and what case folding reads as one of them.

    >>> sorted(folded("k")) == ["K", "k", "\u212a"]  # the Kelvin sign folds to k
    True
    """
    wanted = {c.lower() for c in chars}
    extra = {c for c in _fold_variants()
             if {c.casefold()[:1], c.casefold()[-1:], c.lower()[:1], c.upper()[:1]} & wanted}
    return {*wanted, *(c.upper() for c in wanted), *extra}


def lead(words: Iterable[str] = (), *, nocase: Iterable[str] = (), space: bool = False,
         digits: bool = False) -> str:
    """A lookahead for what a piece of pattern can start with, to put in front of an
    optional piece: where the next character starts none of ``words`` (as written) or
    of ``nocase`` (matched case-insensitively), and is no space (``space``: the piece may
    start with one) or digit (``digits``), the piece fails at once instead of trying its
    branches. It changes no match.

    >>> lead(["以上", "左右"], nocase=["or more"], space=True)
    '(?=[Oo以左]|\\\\s)'
    """
    chars = {w[0] for w in words if w} | folded({w[0] for w in nocase if w})
    alts = [char_class(chars)] if chars else []
    if space:
        alts.append(r"\s")
    if digits:
        alts.append(r"\d")
    return "(?=" + "|".join(alts) + ")" if alts else "(?!)"


@functools.cache
def letters() -> str:
    """A character class of the ASCII letters and what case folding reads as one."""
    return char_class({*"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz", *_fold_variants()})


def starts(
    *,
    bounded: Iterable[str] = (),
    loose: Iterable[str] = (),
    digits: bool = False,
    loose_words: Iterable[str] = (),
    not_after_digit: bool = False,
) -> str:
    """A lookahead that holds wherever a match of a pattern can start, to put in front of it.

    A big alternation costs microseconds at every position it is tried; this cheap test
    lets the engine skip the positions where no match can start, without changing any
    match. ``bounded``: the words a match can start with whose ASCII-letter starts are
    guarded by ``(?<![A-Za-z])`` (``alt(..., ascii_boundary=True)``); ``loose``: words
    without that guard; ``digits``: a match can start with ``\\d``; ``loose_words``:
    words matched case-insensitively, with no guard, that the lookahead spells out.
    ``not_after_digit``: no match starts right after a digit (the pattern's numbers begin
    with ``NUMBER_START``), so a digit counts only at the start of a run of digits.

    A bounded ASCII word is checked by its first letters (:func:`_prefixes`), matched
    case-insensitively in the pattern's own flags, so that an English word that starts
    no phrase (``the``, ``city``) fails here and not deep inside the pattern; a loose word
    that starts with an ASCII letter likewise, without the word boundaries.

    >>> p = regex.compile(starts(bounded=["about", "约", "a"], digits=True) + r"\\w+")
    >>> [m.group() for m in p.finditer("约5 about 价2 the a aim")]
    ['约5', 'about', '2', 'a']
    """
    chars: set[str] = set()
    bounded_words: list[str] = []
    loose_words_ascii: list[str] = []
    loose = list(loose)
    for w in bounded:
        if not w.isascii():
            loose.append(w)  # the patterns put ascii_boundary on all-ASCII words only
        elif w[:1].isalpha():
            bounded_words.append(w)
        elif w:
            chars.add(w[0])
    for w in loose:
        if w[:1].isascii() and w[:1].isalpha():
            loose_words_ascii.append(w)  # no word boundary around it
        elif w:
            chars.add(w[0])
    parts = []
    # the letters the words start with (or what folds to one) first: the cheap test that
    # fails on most text, inside a word too
    if bounded_words:
        first = folds_to(w[0] for w in bounded_words)
        parts.append(rf"(?<![A-Za-z])(?={first})(?i:{_prefixes(bounded_words, bounded=True)})")
    if loose_words_ascii:
        first = folds_to(w[0] for w in loose_words_ascii)
        parts.append(rf"(?={first})(?i:{_prefixes(loose_words_ascii, bounded=False)})")
    if chars:
        parts.append(char_class(chars))
    if digits:
        parts.append(r"(?<!\d)\d" if not_after_digit else r"\d")
    words = list(loose_words)
    if words:
        parts.append(f"(?={folds_to(w[0] for w in words)})(?i:" + alt(words) + ")")
    return "(?=" + "|".join(parts) + ")" if parts else "(?!)"


class _Source:
    """The text of a pattern compiled on first use (:class:`Lazy`, :class:`StdLazy`)."""

    __slots__ = ("_body", "_names", "body", "flags", "guard", "pattern")

    def __init__(self, pattern: str, flags: int = 0, *, guard: str = "") -> None:
        #: ``guard`` (see :func:`starts`) then ``body``: the guard changes no match, only speed
        self.pattern = guard + pattern
        self.body = pattern
        self.guard = guard
        self.flags = flags
        self._names: tuple[str, ...] | None = None
        #: what ``matcher`` returns, once compiled (a :class:`StdLazy`'s only)
        self._body: Any = None

    #: the methods the compiled pattern answers itself: each is a slot, which the first
    #: call fills with the compiled pattern's own bound method (a method here that passed
    #: the call on would double the cost of a short search: thousands per document)
    _BOUND: ClassVar[tuple[str, ...]] = ()

    @property
    def compiled(self) -> Any:
        raise NotImplementedError

    def __getattr__(self, name: str) -> Any:
        # (called only for a slot not filled yet: then the pattern compiles, once)
        if name not in type(self)._BOUND:
            raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")
        compiled = self.compiled
        for method in type(self)._BOUND:
            object.__setattr__(self, method, getattr(compiled, method))
        return getattr(compiled, name)

    def _group_names(self, groupindex: Mapping[str, int], groups: int) -> tuple[str, ...]:
        names = self._names
        if names is None:
            by_number = {i: name for name, i in groupindex.items()}
            names = self._names = tuple(by_number.get(i, str(i)) for i in range(1, groups + 1))
        return names


class Lazy(_Source):
    """A pattern compiled on first use, so that ``import investparse`` compiles nothing.

    It answers the ``regex.Pattern`` methods the package uses. Two threads may both
    compile it on first use; the second result simply replaces the first.

    >>> p = Lazy(r"\\d+")
    >>> p.search("ab12").group(), p.pattern
    ('12', '\\\\d+')
    """

    __slots__ = ("_compiled", "_guard", "findall", "finditer", "fullmatch", "match", "search", "split", "sub")
    _BOUND = ("findall", "finditer", "fullmatch", "match", "search", "split", "sub")

    #: the module that compiles it (``re`` for :class:`StdLazy`)
    engine = regex

    def __init__(self, pattern: str, flags: int = 0, *, guard: str = "") -> None:
        super().__init__(pattern, flags, guard=guard)
        self._compiled: regex.Pattern[str] | None = None
        self._guard: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        p = self._compiled
        if p is None:
            p = self._compiled = regex.compile(self.pattern, self.flags)
        return p

    @property
    def guard_compiled(self) -> regex.Pattern[str] | None:
        """The guard alone, compiled on first use (None without a guard): where a match can start."""
        if self._guard is None and self.guard:
            self._guard = regex.compile(self.guard, self.flags)
        return self._guard

    @property
    def matcher(self) -> regex.Pattern[str]:
        """The pattern to match where the guard holds (see :attr:`StdLazy.matcher`): the
        whole one, which ``regex`` would take seconds to compile a second time."""
        return self._compiled or self.compiled

    def names(self) -> tuple[str, ...]:
        """The names of the pattern's groups in the order ``Match.groups()`` gives them (an
        unnamed group by its number): for a ``NamedTuple`` of a match's groups, read with
        one call where ``m.group(name)`` costs the regex module a formatted exception (it
        tries the name as a number first) each time.

        >>> Lazy(r"(?P<n>\\d+)(%)?(?P<unit>x)?").names()
        ('n', '2', 'unit')
        """
        compiled = self.compiled
        return self._group_names(compiled.groupindex, compiled.groups)

    if TYPE_CHECKING:  # (slots, filled on first use: see _Source._BOUND)
        def search(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None: ...
        def match(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None: ...
        def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None: ...
        def finditer(self, string: str, *args: Any, **kwargs: Any) -> Iterator[regex.Match[str]]: ...
        def findall(self, string: str, *args: Any, **kwargs: Any) -> list[Any]: ...
        def sub(self, repl: Any, string: str, *args: Any, **kwargs: Any) -> str: ...
        def split(self, string: str, *args: Any, **kwargs: Any) -> list[Any]: ...


class StdLazy(_Source):
    """A :class:`Lazy` that the standard library's ``re`` compiles: for the hottest
    patterns, where ``re`` runs a match in a third to a half of the instructions the
    ``regex`` module does, and starts one at half the cost.

    The pattern uses only what ``re`` reads (Python 3.11: possessive quantifiers and
    atomic groups too): no ``\\p{...}`` (see :func:`han_class`), no set operations, no
    lookbehind of a varying width (see :func:`behind`), no group name twice; words
    matched case-insensitively are ASCII (``re`` folds case one character at a time).
    ``finditer`` takes ``overlapped`` as ``regex`` does.

    >>> p = StdLazy(r"(?P<n>\\d++)元", guard=r"(?=\\d)")
    >>> p.search("约5元").group("n"), p.names(), p.engine.__name__
    ('5', ('n',), 're')
    >>> [m.group() for m in p.finditer("12元", overlapped=True)]
    ['12元', '2元']
    """

    __slots__ = ("_compiled", "_guard", "findall", "fullmatch", "match", "search")
    _BOUND = ("findall", "fullmatch", "match", "search")  # (finditer takes overlapped: a method)

    #: the module that compiles it (``regex`` for :class:`Lazy`)
    engine = re

    def __init__(self, pattern: str, flags: int = 0, *, guard: str = "") -> None:
        super().__init__(pattern, flags, guard=guard)
        self._compiled: re.Pattern[str] | None = None
        self._guard: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        p = self._compiled
        if p is None:
            p = self._compiled = re.compile(self.pattern, self.flags)
        return p

    @property
    def guard_compiled(self) -> re.Pattern[str] | None:
        """The guard alone, compiled on first use (None without a guard)."""
        if self._guard is None and self.guard:
            self._guard = re.compile(self.guard, self.flags)
        return self._guard

    @property
    def matcher(self) -> re.Pattern[str]:
        """The pattern to match where the guard holds, or to search a short text with:
        the body alone, compiled on first use (the guard changes no match). Over a long
        text the guard lets most places fail at once; at a place where it held already,
        or over the few places of a phrase, it is work done twice (2,000-3,000
        instructions of a parse_amount). ``re`` compiles the money body in 0.4 s."""
        body: re.Pattern[str] | None = self._body
        if body is None:
            body = self._body = re.compile(self.body, self.flags) if self.guard else self.compiled
        return body

    def names(self) -> tuple[str, ...]:
        """The names of the groups in the order ``Match.groups()`` gives them (see
        :meth:`Lazy.names`)."""
        compiled = self.compiled
        return self._group_names(compiled.groupindex, compiled.groups)

    if TYPE_CHECKING:  # (slots, filled on first use: see _Source._BOUND)
        def search(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None: ...
        def match(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None: ...
        def fullmatch(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None: ...
        def findall(self, string: str, pos: int = 0, endpos: int = 2**63 - 1) -> list[Any]: ...

    def finditer(self, string: str, pos: int = 0, endpos: int = 2**63 - 1, *,
                 overlapped: bool = False) -> Iterator[re.Match[str]]:
        """The matches from ``pos``; ``overlapped``: one from each position a match starts
        at, as ``regex`` finds them (each tried from one past the start of the last)."""
        compiled = self._compiled or self.compiled
        if not overlapped:
            yield from compiled.finditer(string, pos, endpos)
            return
        search = compiled.search
        while (m := search(string, pos, endpos)) is not None:
            yield m
            pos = m.start() + 1


#: one Han character: whether a stretch of text is Chinese (shared by the modules that ask)
HAN = Lazy(r"\p{Han}")
