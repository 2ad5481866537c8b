"""Punctuation and abbreviations for segmentation, and the words record linking reads."""

from __future__ import annotations

ZH_SENTENCE_END = "。！？!?；"
ZH_CLAUSE_END = "，、；："  # (an ASCII comma ends a clause unless it stands between digits: segment)
# Dashes with white space on both sides end a clause too (after a news dateline).
CLAUSE_DASHES = ("--", "—", "–")  # (not a spaced hyphen: "5 - 10 billion yuan")
# English abbreviations whose full stop does not end a sentence.
EN_ABBREVIATIONS = (
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "No", "Nos", "Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Co", "Corp", "Inc", "Ltd", "vs", "etc",
    "U.S", "U.K", "approx", "Rs", "e.g", "i.e", "Fig",
)
EN_ABBREVIATIONS_RE = "(?:" + "|".join(a.replace(".", r"\.") for a in EN_ABBREVIATIONS) + ")"
# A line shorter than this (a headline, a byline) ends its paragraph; so does a line
# ending in one of PARAGRAPH_END. Other line breaks are wraps inside a paragraph.
WRAP_MIN_LINE = 40
PARAGRAPH_END = "。！？!?；;：:.…\"”'’)）】]"
