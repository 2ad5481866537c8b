"""Helpers that turn lexicon word lists into regex alternations.

Every regex in the package is built with these from the ``lexicon`` tables, so that a
word is typed once. Alternations are longest-first so that ``及以上`` wins over ``以上``
and ``US dollars`` over ``dollars``.
"""

from __future__ import annotations

from collections.abc import Iterable

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
