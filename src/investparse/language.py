"""Which language a text is written in: ``zh``, ``en`` or ``mixed``."""

from __future__ import annotations

import re

import regex

from .models import Language

# (counted by runs, and the words by the standard library's engine, whose scan for a
# first character is fast: a list of every Han character of a report cost more)
_HAN_RUN = regex.compile(r"\p{Han}+")
_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def detect_language(text: str) -> Language:
    """``zh`` when Han characters dominate, ``en`` when English words do, else ``mixed``.

    Han characters are counted against English words (about one word per character
    of meaning), so a Chinese report naming ``Micro OLED`` is still ``zh``.

    >>> detect_language("全市新签约项目总投资40亿元，其中Micro OLED显示项目12亿元")
    'zh'
    >>> detect_language("46.5 billion yuan")
    'en'
    """
    han = sum(map(len, _HAN_RUN.findall(text)))
    words = len(_LATIN_WORD.findall(text))
    if han + words == 0:
        return "en"
    share = han / (han + 1.5 * words)
    if share >= 0.8:
        return "zh"
    if share <= 0.1:
        return "en"
    return "mixed"
