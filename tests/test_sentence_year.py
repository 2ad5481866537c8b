"""A date with no year of its own takes the year its sentence states before it, or the
year that opens a sentence before it in its paragraph.

``2022年全县……，其中四季度……`` is 2022-Q4 whatever the reference date, and so is
``2022年，……。四季度，……``; a comparison base (``比2023年``), a range over several years, or
the end of the sentence ends what a year stated inside a sentence governs, the end of the
paragraph what an opening year governs, and then the reference date decides as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from investparse import parse_document

REF = dt.date(2026, 5, 20)

# (text, the date phrase, its expected value: timex, or (start, end))
CASES: list[tuple[str, str, str | tuple[str, str]]] = [
    ("2021年全县工业产值80亿元，其中四季度25亿元。", "四季度", "2021-Q4"),
    ("2022年，全区完成投资64亿元，其中1-6月完成30亿元。", "1-6月", ("2022-01", "2022-06")),
    ("2020年5月，签约项目6个；8月，签约项目9个。", "8月", "2020-08"),
    ("去年全市外贸增长3%，上半年增长2%。", "上半年", "2025-H1"),
    ("In 2019, the zone drew 2 billion yuan, and in the third quarter alone 0.8 billion yuan.",
     "the third quarter", "2019-Q3"),
    # a year opening its sentence frames the sentences after it in the paragraph
    ("2021年全县工业产值80亿元。四季度增长5%。", "四季度", "2021-Q4"),
    ("2023年，全县经济平稳。年末存款余额412亿元。", "年末", "2023"),
    ("In 2019, the zone grew fast. In the fourth quarter, exports rose 6%.", "the fourth quarter", "2019-Q4"),
    ("2020年，全县签约项目9个。2021年，签约12个。三季度签约5个。", "三季度", "2021-Q3"),
    # ... and so does one after a news dateline or a lead-in clause, and one closing a
    # sentence that states a figure
    ("新华社合肥2月3日电 2025年全省出口增长9%。12月当月出口增长4%。", "12月", "2025-12"),
    ("初步核算，2024年全县生产总值312亿元。年末常住人口41万人。", "年末", "2024"),
    ("The city's exports rose 8 percent to 41 billion yuan last year. In December, they fell 2 percent.",
     "December", "2025-12"),
    ("Exports reached 12 trillion yuan in the first half of 2025, up 4 percent. In July, they rose 3%.",
     "July", "2025-07"),
    # 上年 is the year before the one the text speaks of; 去年 stays the reference's
    ("2022年，全区税收比上年增长6%。", "上年", "2021"),
    ("In 2021, sales rose 4 percent over the previous year.", "the previous year", "2020"),
    ("2022年，全区税收增长6%，去年增长3%。", "去年", "2025"),
    # what a stated year does not govern
    ("The park, which opened with 3 billion yuan in 2016, is the largest. In July, it grew.",
     "July", "2026-07"),
    ("The terminal will handle 3 million boxes by 2028. In March, it signed a deal.", "March", "2026-03"),
    ("The firm was founded in 2015. In March, it signed a deal.", "March", "2026-03"),
    ("2021年全县工业产值80亿元。\n四季度增长5%。", "四季度", "2026-Q4"),  # another paragraph
    ("该公司成立于2015年。1-9月，实现产值5亿元。", "1-9月", ("2026-01", "2026-09")),  # not opening
    ("1-4月，全市投资比2023年同期增长6%，其中3月增长8%。", "3月", "2026-03"),  # a comparison base
    ("2021-2025年累计投资500亿元，其中一季度完成20亿元。", "一季度", "2026-Q1"),  # several years
    ("上月全市签约12亿元，其中二季度完成3亿元。", "二季度", "2026-Q2"),  # a relative month
    ("2021年3月5日开工，8日竣工。", "8日", "2026-05-08"),  # a bare day keeps the reference month
    # but one after a Chinese news dateline, up to its day, is in its month
    ("新华社武汉4月9日电 湖北省商务厅9日发布数据。", "9日", "2026-04-09"),
]


@pytest.mark.parametrize(("text", "phrase", "want"), CASES, ids=[c[1] + ":" + c[0][:12] for c in CASES])
def test_a_yearless_date_takes_the_year_its_sentence_states(
        text: str, phrase: str, want: str | tuple[str, str]) -> None:
    doc = parse_document(text, REF)
    dates = [m for m in doc.mentions if m.kind == "date" and m.text == phrase]
    assert len(dates) == 1, [m.text for m in doc.mentions]
    value = dates[0].value
    got = value.timex if isinstance(want, str) else (value.start, value.end)  # type: ignore[union-attr]
    assert got == want


def test_the_record_of_an_amount_in_that_date_has_that_period() -> None:
    doc = parse_document("2021年全县工业产值80亿元，其中四季度25亿元。", REF)
    last = doc.records[-1]
    assert last.period is not None and last.period.timex == "2021-Q4"
