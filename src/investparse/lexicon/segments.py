"""Punctuation and abbreviations for segmentation, and the words record linking reads."""

from __future__ import annotations

ZH_SENTENCE_END = "。！？!?；"
ZH_CLAUSE_END = "，、；："  # (an ASCII comma ends a clause unless it stands between digits: segment)
# Dashes with white space on both sides end a clause too (after a news dateline).
CLAUSE_DASHES = ("--", "—", "–")  # (not a spaced hyphen: "5 - 10 billion yuan")
# ... and so does a spaced hyphen after a closing bracket: "NANJING, Oct 21 (China Daily) - ..."
DATELINE_BRACKET_CLOSE = ")）"
# A Chinese news dateline ends its clause (新华社杭州3月5日电 …, 据新华社长沙电 …, 本报讯（记者
# 李华）…): an agency, at most DATELINE_REACH_ZH characters (a city, a date), then a sign,
# then a bracketed byline if any. The date in it is the story's, not a figure's period.
NEWS_AGENCIES_ZH = ("新华社", "中新社", "中新网", "人民网", "央视网", "本报")
NEWS_DATELINE_SIGNS_ZH = "电讯"
DATELINE_REACH_ZH = 12
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
# ... and so does an English title of any length: a line whose every word of TITLE_WORD_MIN
# letters or more is capitalised, before a line that opens with a capital
TITLE_WORD_MIN = 4
PARAGRAPH_END = "。！？!?；;：:.…\"”'’)）】]"
