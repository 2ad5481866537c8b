"""Helpers that turn lexicon word lists into regex alternations.

Every regex in the package is built with these from the ``lexicon`` tables, so that a
word is typed once. Alternations are longest-first so that ``及以上`` wins over ``以上``
and ``US dollars`` over ``dollars``.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator
from typing import Any

import regex


def alt(words: Iterable[str], *, ascii_boundary: bool = False) -> str:
    """A non-capturing, longest-first alternation of ``words``, escaped.

    With ``ascii_boundary``, words that start or end with an ASCII letter get a
    lookaround so that ``up`` does not match inside ``upgrade``.

    >>> alt(["以上", "及以上"])
    '(?:及以上|以上)'
    >>> bool(regex.fullmatch(alt(["up"], ascii_boundary=True), "up"))
    True
    """
    uniq = sorted(set(words), key=lambda w: (-len(w), w))
    parts = []
    for w in uniq:
        p = regex.escape(w, special_only=True, literal_spaces=True)
        p = p.replace(" ", r"\s+")
        if ascii_boundary:
            if w[:1].isascii() and w[:1].isalpha():
                p = r"(?<![A-Za-z])" + p
            if w[-1:].isascii() and w[-1:].isalpha():
                p = p + r"(?![A-Za-z])"
        parts.append(p)
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


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


@functools.cache
def _fold_variants() -> str:
    """Non-ASCII characters that case-insensitive matching may read as an ASCII letter
    (the Kelvin sign, long s, the ``ﬁ`` ligature under full case folding, ...)."""
    letters = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    chars = [chr(cp) for cp in range(0x80, 0x10000)]
    folds = zip(chars, map(str.casefold, chars), map(str.lower, chars), map(str.upper, chars), strict=True)
    return "".join(c for c, f, lo, up in folds if f[:1] in letters or lo[:1] in letters or up[:1] in letters)


def starts(
    *,
    bounded: Iterable[str] = (),
    loose: Iterable[str] = (),
    digits: bool = False,
    loose_words: Iterable[str] = (),
) -> str:
    """A lookahead that holds wherever a match of a pattern can start, to put in front of it.

    A big alternation costs microseconds at every position it is tried; this cheap test
    lets the engine skip the positions where no match can start, without changing any
    match. ``bounded``: the words a match can start with whose ASCII-letter starts are
    guarded by ``(?<![A-Za-z])`` (``alt(..., ascii_boundary=True)``); ``loose``: words
    without that guard; ``digits``: a match can start with ``\\d``; ``loose_words``:
    words matched case-insensitively, with no guard, that the lookahead spells out.
    Letters also admit the characters case folding reads as letters.

    >>> p = regex.compile(starts(bounded=["about", "约"], digits=True) + r"\\w+")
    >>> [m.group() for m in p.finditer("约5 about 价2")]
    ['约5', 'about', '2']
    """
    chars: set[str] = set()
    word_start = False
    loose = list(loose)
    for w in bounded:
        if not w.isascii():
            loose.append(w)  # the patterns put ascii_boundary on all-ASCII words only
        elif w[:1].isalpha():
            word_start = True
        elif w:
            chars.add(w[0])
    for w in loose:
        if w[:1].isascii() and w[:1].isalpha():
            chars.update((w[0].lower(), w[0].upper()))
            word_start = True  # the fold variants
        elif w:
            chars.add(w[0])
    parts = []
    if word_start:
        chars.update(_fold_variants())
        parts.append(r"(?<![A-Za-z])[A-Za-z]")
    if chars:
        parts.append(char_class(chars))
    if digits:
        parts.append(r"\d")
    words = list(loose_words)
    if words:
        parts.append("(?i:" + alt(words) + ")")
    return "(?=" + "|".join(parts) + ")" if parts else "(?!)"


class Lazy:
    """A pattern compiled on first use, so that ``import investparse`` compiles nothing.

    It answers the ``regex.Pattern`` methods the package uses. Two threads may both
    compile it on first use; the second result simply replaces the first.

    >>> p = Lazy(r"\\d+")
    >>> p.search("ab12").group(), p.pattern
    ('12', '\\\\d+')
    """

    __slots__ = ("_compiled", "body", "flags", "guard", "pattern")

    def __init__(self, pattern: str, flags: int = 0, *, guard: str = "") -> None:
        #: ``guard`` (see :func:`starts`) then ``body``: the guard changes no match, only speed
        self.pattern = guard + pattern
        self.body = pattern
        self.guard = guard
        self.flags = flags
        self._compiled: regex.Pattern[str] | None = None

    @property
    def compiled(self) -> regex.Pattern[str]:
        p = self._compiled
        if p is None:
            p = self._compiled = regex.compile(self.pattern, self.flags)
        return p

    def search(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self.compiled.search(string, *args, **kwargs)

    def match(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self.compiled.match(string, *args, **kwargs)

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self.compiled.fullmatch(string, *args, **kwargs)

    def finditer(self, string: str, *args: Any, **kwargs: Any) -> Iterator[regex.Match[str]]:
        return self.compiled.finditer(string, *args, **kwargs)

    def findall(self, string: str, *args: Any, **kwargs: Any) -> list[Any]:
        return self.compiled.findall(string, *args, **kwargs)

    def sub(self, repl: Any, string: str, *args: Any, **kwargs: Any) -> str:
        return self.compiled.sub(repl, string, *args, **kwargs)

    def split(self, string: str, *args: Any, **kwargs: Any) -> list[Any]:
        return self.compiled.split(string, *args, **kwargs)
