"""Character tables for normalisation: width, Traditional forms, dashes, spaces."""

from __future__ import annotations

# One character -> one character, applied to the whole text (offsets unchanged).
SINGLE_CHAR: dict[str, str] = {
    # Traditional numerals and units that the patterns are written in Simplified
    "億": "亿", "萬": "万", "兩": "两", "個": "个", "點": "点", "圓": "元",
    "負": "负", "餘": "余", "幾": "几",
    # dashes and tildes
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "﹣": "-",
    "〜": "~", "∼": "~",
    # spaces
    "\u3000": " ", "\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u202f": " ",
    # percent signs
    "﹪": "%",
}
# Full-width ASCII (U+FF01..U+FF5E) maps to ASCII, except these, which Chinese
# text uses as clause punctuation and which the segmenter reads as they are.
FULLWIDTH_KEEP = "，。；：！？（）、"
# Characters that count as part of a number when deciding to drop a space next to a
# Han character ("1115.2 亿元" -> "1115.2亿元", "四点 五个百分点").
NUMERIC_EDGE = "0123456789%点"
# GBK lead bytes whose rows hold punctuation and symbols (quotes, dashes, full-width
# forms, shapes). Text written in GBK and decoded as one of MOJIBAKE_ENCODINGS shows
# these as two Latin characters ("¡°" for “); normalisation repairs them.
GBK_SYMBOL_LEAD_BYTES = range(0xA1, 0xAA)
MOJIBAKE_ENCODINGS = ("cp1252", "cp1250", "latin-1")
