"""The year a document is written in, inferred from its dates when it has no dateline."""

from __future__ import annotations

import datetime as dt

import pytest

import investparse
from investparse.dates import document_year

#: (text, the year it is written in) — each rule of investparse.docyear, in both languages
INFERRED = [
    # the latest year named, with a part of this year after it: the next year
    ("In 2022, the port handled 3 million tonnes. From January to June this year, it grew 4%.", 2023),
    ("2023年，全区实现外贸进出口120亿元；今年1至8月，完成78亿元。", 2024),
    ("By the end of 2019 the park had 40 firms; in the first quarter of this year it signed 6 more.", 2020),
    ("2021年四季度签约项目12个。今年以来，新签约项目9个。", 2022),
    ("2020年12月，项目开工。今年上半年，完成投资3亿元。", 2021),
    # the latest year named is not closed (a month of it, or it is this year's plan): that year
    ("截至2024年9月底，累计到位资金50亿元；今年1至9月，增长8%。", 2024),
    ("The city named 2021 the year of projects. This year it aims at 9 billion yuan.", 2021),
    ("2025年计划招商引资300亿元，今年将新开工项目40个。", 2025),
    # the latest year wins over earlier ones; targets ("by 2030") do not count
    ("From 2015 to 2018, output doubled. In 2019 it rose 7%. Last year it fell.", 2019),
    ("到2030年，产值达到千亿元。2022年，产值420亿元；今年一季度，产值110亿元。", 2023),
    # nor do plans and targets named by the words around their years
    ("The goal for 2027 is 8 billion yuan. In 2022 sales reached 5 billion; this year's first half rose 3%.",
     2023),
    ("《2026-2028年产业行动计划》已印发。2023年外贸额80亿元；今年1至5月，外贸额35亿元。", 2024),
    ("2026年发展目标为产值千亿元。2022年产值600亿元，今年上半年产值320亿元。", 2023),
    ("The 2025-2027 action plan is out. Investment hit 9 billion yuan in 2023; from January to May "
     "this year it rose 2%.", 2024),
]

#: texts with nothing to infer: no year named, or no relative date to resolve
NOT_INFERRED = [
    "This year the zone signed 12 projects worth 3 billion yuan.",
    "今年1至9月，全市签约项目52个。",
    "In 2023, exports reached 5 billion yuan.",
    "2024年，全市生产总值5000亿元。",
    "By 2030, the park aims at 100 billion yuan; this year it starts.",
    "",
]


@pytest.mark.parametrize(("text", "year"), INFERRED)
def test_document_year(text: str, year: int) -> None:
    assert document_year(text) == year


@pytest.mark.parametrize("text", NOT_INFERRED)
def test_no_document_year(text: str) -> None:
    assert document_year(text) is None


def test_relative_dates_resolve_against_the_inferred_year() -> None:
    text = "In 2022, exports rose 5%. From January to April this year, they fell 2%."
    doc = investparse.parse_document(text)
    assert (doc.reference_date, doc.reference_year, doc.reference_source) == (None, 2023, "inferred")
    ranges = [m.value for m in doc.mentions if m.kind == "date" and m.value.start]
    assert [(v.start, v.end) for v in ranges] == [("2023-01", "2023-04")]


def test_yearless_day_takes_the_inferred_year_but_relative_days_stay_unresolved() -> None:
    doc = investparse.parse_document("2022年全年签约项目30个。3月6日又签约一个；昨天又签约两个项目。")
    dates = {m.text: m.value.timex for m in doc.mentions if m.kind == "date"}
    assert dates.get("3月6日") == "2022-03-06"
    assert "昨天" not in dates  # a day-relative phrase needs a full reference date


def test_a_passed_or_detected_date_wins_over_inference() -> None:
    text = "In 2022, exports rose 5%. This year they fell 2%."
    doc = investparse.parse_document(text, reference_date=dt.date(2030, 5, 1))
    assert (doc.reference_year, doc.reference_source) == (2030, "given")
    doc = investparse.parse_document("2026-02-03 09:00\n" + text)
    assert (doc.reference_date, doc.reference_source) == ("2026-02-03", "dateline")


def test_inference_can_be_turned_off() -> None:
    doc = investparse.parse_document("In 2022, exports rose 5%. This year they fell 2%.", infer_year=False)
    assert (doc.reference_year, doc.reference_source) == (None, None)
    assert [m.text for m in doc.mentions if m.kind == "date"] == ["2022"]


# ---------------------------------------------------------------- one join for the inferred year
# find_in_document joins points into ranges once, without a reference, and joins them again
# for the inferred year only where the reference decided a join: elsewhere both agree

_YEARS = ["", "2023年", "2024年", "今年", "去年", "明年"]
_EN_YEARS = ["", " 2023", " 2024", " this year", " last year", " next year"]


def _range_texts() -> list[str]:
    zh = [f"{a}{m1}月至{b}{m2}月" for a in _YEARS for b in _YEARS for m1, m2 in ((12, 2), (3, 9))]
    en = [f"from {'December' if m1 == 12 else 'March'}{a} to {'February' if m2 == 2 else 'September'}{b}"
          for a in _EN_YEARS for b in _EN_YEARS for m1, m2 in ((12, 2), (3, 9))]
    in_reports = [*(f"2023年出口5亿元；{t}，增长3%。" for t in zh),
                  *(f"In 2023 it rose. {t}, it fell." for t in en)]
    return [*zh, *en, *in_reports]


@pytest.mark.parametrize("text", _range_texts())
def test_joins_without_reference_agree_unless_the_reference_decided(text: str) -> None:
    from investparse import dates

    folded, points = dates._points(text)
    items, by_ref = dates._items(folded, points, None)
    if not by_ref:
        for year in (2022, 2023, 2024, 2025):
            assert dates._items(folded, points, year)[0] == items
