"""Text -> normalised text, with a map back to offsets in the original.

Normalisation is what lets one set of patterns read scraped reports: full-width
digits and signs become ASCII, Traditional numerals and units become Simplified,
dash and space variants become ``-`` and `` ``, a space between a number and a Han
character is dropped, and GBK text mis-decoded as cp1252/cp1250/latin-1 (``¡°``,
``ˇŻ``, ``¨C``) is repaired. Every normalised character remembers the span of the
original it came from, so mentions found in the normalised text point into the
caller's string.

>>> n = normalize("总投资１．５ 亿元")
>>> n.text
'总投资1.5亿元'
>>> n.to_original(3, 8)
(3, 9)
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

import regex

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
                if bad.isprintable() and not bad[1:].isspace():
                    table.setdefault(bad, good)
    return table


_WIDTH = _width_table()
_MOJIBAKE = {bad: good.translate(_WIDTH) for bad, good in _mojibake_table().items()}
_HAN = r"\p{Han}"
_EDGE = "[" + regex.escape(lex.NUMERIC_EDGE) + "]"
_EDIT = regex.compile(
    "(?P<moji>" + "|".join(regex.escape(k) for k in sorted(_MOJIBAKE, key=len, reverse=True)) + ")"
    + rf"|(?<={_EDGE})(?P<space>[ \t]{{1,3}})(?={_HAN})"
    + rf"|(?<={_HAN})(?P<space>[ \t]{{1,3}})(?={_EDGE})"
)
_NEEDS_EDIT = regex.compile(r"[\u00a0-\u02ff]|[ \t]")


@dataclass(frozen=True)
class Normalized:
    """Normalised text and, when it differs in length, where each character came from."""

    text: str
    original: str
    _starts: tuple[int, ...] | None = None
    _ends: tuple[int, ...] | None = None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span of the normalised text to the original string.

        >>> normalize("ab").to_original(0, 2)
        (0, 2)
        """
        if self._starts is None or self._ends is None:
            return start, end
        if start >= end:
            pos = self._starts[start] if start < len(self._starts) else len(self.original)
            return pos, pos
        return self._starts[start], self._ends[end - 1]


def normalize(text: str, *, repair: bool = True) -> Normalized:
    """Normalise ``text`` for the patterns; ``repair=False`` keeps it exactly as it is.

    >>> normalize("HKCˇŻs 8.6th").text
    'HKC’s 8.6th'
    >>> normalize("增长１２％", repair=False).text
    '增长１２％'
    """
    if not isinstance(text, str):
        raise TypeError(f"normalize() expects str, got {type(text).__name__}")
    if not repair:
        return Normalized(text, text)
    out = text.translate(_WIDTH)
    if not _NEEDS_EDIT.search(out):
        return Normalized(out, text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    changed = False
    for m in _EDIT.finditer(out):
        if m.start() > pos:
            pieces.append(out[pos:m.start()])
            starts.extend(range(pos, m.start()))
            ends.extend(range(pos + 1, m.start() + 1))
        moji = m.group("moji")
        if moji:
            pieces.append(_MOJIBAKE[moji])
            starts.append(m.start())
            ends.append(m.end())
        changed = True
        pos = m.end()
    if not changed:
        return Normalized(out, text)
    pieces.append(out[pos:])
    starts.extend(range(pos, len(out)))
    ends.extend(range(pos + 1, len(out) + 1))
    return Normalized("".join(pieces), text, tuple(starts), tuple(ends))
