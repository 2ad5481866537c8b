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


def test_two_digit_numeric_dates_read_the_year_first_in_chinese_text() -> None:
    from datetime import date

    from investparse import parse_document

    def timexes(text: str) -> list[str | None]:
        doc = parse_document(text, reference_date=date(2020, 1, 1))
        return [getattr(m.value, "timex", None) for m in doc.mentions if m.kind == "date"]

    assert timexes("会议于19-06-30召开") == ["2019-06-30"]
    assert timexes("会议于 19/6/30 召开") == ["2019-06-30"]
    assert timexes("The fair opened on 12-11-10 in Chengdu.") == ["2010-12-11"]  # (m-d-y in English)
    assert timexes("编号12-34-56号") == []  # (no month 34)
