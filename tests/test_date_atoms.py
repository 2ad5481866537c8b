"""Shortcuts inside the date atoms give what the general path gives."""

from __future__ import annotations

import itertools

from investparse import date_atoms


def _en_day_by_pattern(text: str) -> int | None:
    t = date_atoms._WS.sub(" ", text.strip().lower())
    m = date_atoms._DAY_DIGITS.fullmatch(t)
    if m:
        return int(m.group(1))
    return date_atoms.EN_DAY_WORDS.get(t)


def test_en_day_reads_digits_as_its_pattern_does() -> None:
    for n in range(1, 5):
        for text in map("".join, itertools.product("0123456789", repeat=n)):
            assert date_atoms.en_day(text) == _en_day_by_pattern(text), text
    for text in ["٣", "２１", " 7", "21st", "twenty-first", "3rd"]:
        assert date_atoms.en_day(text) == _en_day_by_pattern(text), text
