"""Record linking, one rule per test, on sentences of our own in Chinese and English."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import investparse
from investparse.models import DateValue, Document, Percent, Record

REF = dt.date(2025, 6, 30)


def records(text: str, ref: dt.date | None = REF) -> tuple[Document, list[Record]]:
    doc = investparse.parse_document(text, reference_date=ref)
    return doc, doc.records


def amount_text(doc: Document, rec: Record) -> str:
    m = doc.mention(rec.amount)
    assert m is not None
    return m.text


def change_value(doc: Document, rec: Record) -> str | None:
    if rec.change is None:
        return None
    m = doc.mention(rec.change)
    assert m is not None and isinstance(m.value, Percent)
    return str(m.value.value)


def period(rec: Record) -> tuple[str | None, str | None, str | None] | None:
    return None if rec.period is None else (rec.period.timex, rec.period.start, rec.period.end)


# ---------------------------------------------------------------- one record per amount

def test_one_record_per_money_mention() -> None:
    doc, recs = records("全年签约金额12亿元，到位资金3.4亿元，同比增长6.5%。")
    assert [amount_text(doc, r) for r in recs] == ["12亿元", "3.4亿元"]
    assert all(doc.mention(r.amount).kind == "money" for r in recs)  # type: ignore[union-attr]
    assert recs[0].start <= doc.mention(recs[0].amount).start  # type: ignore[union-attr]


# ---------------------------------------------------------------- period

@pytest.mark.parametrize(("text", "want"), [
    ("2023年，青溪区外贸进出口总额达到86.2亿元。", ("2023", None, None)),
    ("In 2023, the county's retail sales reached 8.62 billion yuan.", ("2023", None, None)),
    ("今年1至6月，全区实际到位资金45亿元。", (None, "2025-01", "2025-06")),
    ("From January to May this year, the zone attracted 4.5 billion yuan of capital.",
     (None, "2025-01", "2025-05")),
])
def test_period_leading_date_governs_the_sentence(text: str, want: tuple[str | None, ...]) -> None:
    _, recs = records(text)
    assert period(recs[0]) == want


@pytest.mark.parametrize("text", [
    "The park's output value was 3.2 billion yuan in 2022.",
    "园区工业产值3.2亿元，2022年。",
])
def test_period_closing_date(text: str) -> None:
    _, recs = records(text)
    assert period(recs[0]) == ("2022", None, None)


def test_period_same_clause_wins() -> None:
    _, recs = records("2023年全市签约金额180亿元，2024年签约金额210亿元。")
    assert [period(r) for r in recs] == [("2023", None, None), ("2024", None, None)]


def test_period_series_gives_each_amount_its_year() -> None:
    _, recs = records("Exports grew from 1.2 billion US dollars in 2019 to 1.9 billion US dollars in 2021 "
                      "and to 2.6 billion US dollars in 2023.")
    assert [period(r) for r in recs] == [("2019", None, None), ("2021", None, None), ("2023", None, None)]


@pytest.mark.parametrize("text", [
    "On March 3, the city held a promotion fair in Wuxi. Twelve projects were signed there with a total "
    "amount of 6.8 billion yuan.",
    "3月3日，青溪在无锡举办招商推介会。现场签约项目12个，签约金额68亿元。",
])
def test_period_paragraph_leading_date(text: str) -> None:
    _, recs = records(text)
    assert period(recs[-1]) == ("2025-03-03", None, None)


def test_period_own_time_frame_blocks_the_paragraph_date() -> None:
    _, recs = records("5月8日，总投资30亿元的青溪新材料项目开工；该公司自落户以来累计投资超过90亿元。")
    assert period(recs[0]) == ("2025-05-08", None, None)
    assert recs[1].period is None


@pytest.mark.parametrize("text", [
    "Port throughput was 60 billion yuan, up 4 percent over the same period last year.",
    "Retail sales were 320 billion yuan, up 6 percent compared with 2023.",
    "青溪区外贸进出口比2023年增长8%，达到126亿元。",
    "与2022年相比，全区技改投资增加7.5亿元。",
    "Tourism revenue was 12 billion yuan, a rise of 3 percent over the previous year.",
])
def test_period_never_a_comparison_base(text: str) -> None:
    _, recs = records(text)
    assert recs[0].period is None


@pytest.mark.parametrize(("text", "want"), [
    ("5月9日，在2025年青溪·临江产业合作洽谈会上，签约金额达18亿元。", ("2025-05-09", None, None)),
    ("4月2日，于2025东川投资推介会现场，签约项目总投资40亿元。", ("2025-04-02", None, None)),
    # (no full date before it: the event's year is the time)
    ("在2024年青溪招商推介会上，签约金额达30亿元。", ("2024", None, None)),
])
def test_period_not_an_event_names_year_after_a_full_date(text: str, want: tuple[str | None, ...]) -> None:
    _, recs = records(text)
    assert period(recs[0]) == want


@pytest.mark.parametrize(("text", "want"), [
    ("下半年，全县将力争全年外贸进出口突破90亿元。", ("2025", None, None)),
    ("2024年末，贷款余额300亿元。全年新增贷款42亿元。", ("2024", None, None)),
    # (a part of the year without the words: its own)
    ("上半年，全区完成投资80亿元，年度目标完成率52%。", ("2025-H1", None, None)),
])
def test_period_whole_year_words_take_the_year_of_a_part(text: str, want: tuple[str | None, ...]) -> None:
    _, recs = records(text)
    assert period(recs[-1]) == want


@pytest.mark.parametrize("text", [
    "截至5月底，全区签约项目30个。对投资1亿元以上的项目，给予最高500万元奖励。",
    "该项目于5月8日开工，达产后预计年产值超80亿元。",
    "5月8日，全县签约项目9个。据测算，上述项目全部达产后可新增年产值约20亿元。",
    "The plant opened in May 2025. Once fully operational, it will generate 4 billion yuan a year.",
])
def test_period_none_for_a_projection_or_a_standing_rule(text: str) -> None:
    _, recs = records(text)
    assert recs[-1].period is None


def test_period_respective_amounts_over_a_range_of_as_many_years() -> None:
    _, recs = records("2022-2024年，全县实际使用外资分别为1.1亿美元、1.3亿美元和1.6亿美元。")
    assert [period(r) for r in recs] == [("2022", None, None), ("2023", None, None), ("2024", None, None)]
    _, recs = records("2023-2024年，出口和进口分别为5亿元和6亿元。")  # (of the names)
    assert [period(r) for r in recs] == [(None, "2023", "2024")] * 2


@pytest.mark.parametrize("text", [
    "The county spent 6 billion yuan on roads, bridges and ports in 2022, officials said.",
    "Exports hit 5 billion dollars in 2022, according to the customs office.",
])
def test_period_a_closing_date_before_who_said_it(text: str) -> None:
    _, recs = records(text)
    assert period(recs[0]) == ("2022", None, None)


@pytest.mark.parametrize("text", [
    "Between 2016 and 2024, revenue grew from 3 billion yuan to 8 billion yuan.",
    "2016-2024年，全区财政收入由3亿元增加到8亿元。",
])
def test_period_a_move_from_one_amount_to_another_over_a_range(text: str) -> None:
    _, recs = records(text)
    assert [period(r) for r in recs] == [("2016", None, None), ("2024", None, None)]


def test_period_a_date_after_a_list_of_items_dates_them_all() -> None:
    _, recs = records("总投资9亿元的甲项目、总投资3亿元的乙项目于5月8日开工。")
    assert [period(r) for r in recs] == [("2025-05-08", None, None)] * 2


def test_period_a_table_caption_governs_its_rows() -> None:
    text = "上半年，全区主要经济指标如下：\n工业产值　80亿元　增长6%\n出口总额　12亿元\n\n签约额　9亿元"
    _, recs = records(text)
    assert [period(r) for r in recs] == [("2025-H1", None, None)] * 2 + [None]
    _, recs = records("Main indicators, January-May:\nRetail sales 40 billion yuan\nExports 8 billion yuan")
    assert [period(r) for r in recs] == [(None, "2025-01", "2025-05")] * 2
    _, recs = records("In the first half, the main figures were:\n- Output reached 9 billion yuan, up 4 "
                      "percent year on year, faster than a year earlier.\n- Exports totaled 2 billion yuan.")
    assert [period(r) for r in recs] == [("2025-H1", None, None)] * 2


def test_period_a_breakdown_takes_the_time_of_the_figure_it_breaks_down() -> None:
    _, recs = records("Figures showed the output of the zone in the first half of 2024 was 80 billion yuan. "
                      "Specifically, industry was 50 billion yuan; services 30 billion yuan.")
    assert [period(r) for r in recs] == [("2024-H1", None, None)] * 3
    _, recs = records("全区上半年工业产值80亿元。其中，电子行业产值30亿元。")
    assert [period(r) for r in recs] == [("2025-H1", None, None)] * 2


def test_subject_a_noun_after_a_lists_last_amount_is_every_items() -> None:
    _, recs = records("两家银行将分别提供60亿元和40亿元的授信额度。")
    assert [r.subject for r in recs] == ["授信额度", "授信额度"]


def test_date_no_day_joined_across_a_line_break() -> None:
    doc, _ = records("Zone report, June 2025\n\n1. The zone grew fast.")
    assert [(m.text, m.value.timex) for m in doc.mentions if isinstance(m.value, DateValue)] == [
        ("June 2025", "2025-06")]


@pytest.mark.parametrize(("text", "want"), [
    ("Growth in the second quarter alone was 4.1 percent.", "increase"),
    ("The decline in imports was 3 percent.", "decrease"),
    ("Its share was 20 percent.", None),
])
def test_percent_a_noun_of_change_as_the_subject(text: str, want: str | None) -> None:
    doc, _ = records(text)
    assert [m.value.change for m in doc.mentions if isinstance(m.value, Percent)] == [want]


def test_subject_the_figure_points_back() -> None:
    _, recs = records("Port revenue was 8 billion yuan in 2023. Although the figure dipped to 7.6 billion "
                      "yuan in 2024, cargo grew.")
    assert [r.subject for r in recs] == ["Port revenue", "Port revenue"]


def test_period_that_is_the_previous_year_is_not_shifted_again() -> None:
    # (the year-earlier shift is for a figure dated by another date: "in the same period a year
    # earlier"; "the previous year" as the date itself is already that year)
    _, recs = records("In the previous year, port revenue reached 3 billion yuan.")
    assert period(recs[0]) == ("2024", None, None)
    _, recs = records("Exports were 5 billion dollars in 2022, against 4 billion dollars a year earlier.")
    assert [period(r) for r in recs] == [("2022", None, None), ("2021", None, None)]
    assert recs[1].subject == "Exports"


@pytest.mark.parametrize(("text", "want"), [
    # a date after "% from" is what a change is from; a base amount's own date is its own
    ("Net income was 4.1 billion yuan, an increase of 7.2% from 2024.", [None]),
    ("Sales reached 9 billion yuan, up 6 percent from 8.5 billion yuan in 2023.",
     [None, ("2023", None, None)]),
])
def test_period_not_from_what_a_change_is_from(text: str, want: list[tuple[str | None, ...] | None]) -> None:
    _, recs = records(text)
    assert [period(r) for r in recs] == want


@pytest.mark.parametrize(("text", "want"), [
    ("全区税收收入比上年增收6.2亿元。", "税收收入"),
    ("住户存款余额较年初增加85亿元。", "住户存款余额"),
])
def test_subject_leaves_out_a_comparison_base(text: str, want: str) -> None:
    _, recs = records(text)
    assert recs[0].subject == want
    assert recs[0].period is None


def test_period_from_a_date_heading_a_clause_of_the_sentence_a_semicolon_joins() -> None:
    _, recs = records("近年来，全县产业升级加快。1-8月，全县完成投资96亿元，增长4%；其中工业投资达41亿元。")
    assert [period(r) for r in recs] == [(None, "2025-01", "2025-08")] * 2


def test_period_in_the_clause_after_a_news_dateline_not_the_dateline() -> None:
    _, recs = records("XIANGYANG, May 6 (Xinhua) -- A 2-billion-yuan plant opened on April 30 in the city.")
    assert period(recs[0]) == ("2025-04-30", None, None)


def test_period_not_from_a_date_inside_the_paragraphs_first_sentence() -> None:
    _, recs = records("The plant, which opened with 3 billion yuan in 2016, is the largest. "
                      "Its new line cost 900 million yuan.")
    assert recs[1].period is None and recs[1].subject == "new line"


def test_period_of_a_paragraph_opened_by_an_english_topic_sentence() -> None:
    _, recs = records("Foreign trade kept growing. From January to April, it totaled 90 billion yuan. "
                      "Exports stood at 55 billion yuan.")
    assert [period(r) for r in recs] == [(None, "2025-01", "2025-04")] * 2


def test_period_of_a_paragraph_opened_by_a_heading() -> None:
    _, recs = records("三、消费市场回暖。1-4月，全县社会消费品零售总额增长5%。其中网络零售额12亿元。")
    assert [period(r) for r in recs] == [(None, "2025-01", "2025-04")]


@pytest.mark.parametrize(("text", "want"), [
    ("Hubei's retail sales rose 6 percent last year. Online sales were 410 billion yuan.",
     ("2024", None, None)),
    # an event's date: a sentence that states no figure
    ("The firm was founded in 2015. Its revenue was 5 billion yuan.", None),
    ("GDP grew 5 percent to 1.2 trillion yuan in 2023. In per-capita terms, it was 98,000 yuan.",
     ("2023", None, None)),
    ("Outbound investment hit 9.2 billion dollars in the first half of 2024, the ministry said. "
     "Investment in Europe was 1.1 billion dollars.", ("2024-H1", None, None)),
    # a plan's date governs nothing after it
    ("The terminal is expected to open in 2027. It will cost 7 billion yuan.", None),
    ("项目于2024年10月开工，计划2026年5月建成。项目一期投资12亿元。", None),
])
def test_period_from_the_date_closing_a_paragraphs_first_sentence(
        text: str, want: tuple[str | None, ...] | None) -> None:
    _, recs = records(text)
    assert period(recs[-1]) == want


def test_period_of_a_breakdown_after_a_sentence_whose_date_follows_a_lead_in_clause() -> None:
    _, recs = records("4月2日，县统计局发布数据。据统计，1-3月，全县出口增长6%，完成34亿元。"
                      "其中，机电产品出口12亿元。")
    assert [period(r) for r in recs] == [(None, "2025-01", "2025-03")] * 2


def test_a_title_line_is_no_part_of_the_paragraphs_first_sentence() -> None:
    _, recs = records("Qingxi International Logistics and Trade Cooperation Zone\n"
                      "In 2024, the zone's exports were 9 billion yuan. Its imports were 4 billion yuan.")
    assert [period(r) for r in recs] == [("2024", None, None)] * 2


def test_period_none_without_any_date() -> None:
    _, recs = records("The logistics hub has an investment of 2 billion yuan.")
    assert recs[0].period is None


# ---------------------------------------------------------------- change

@pytest.mark.parametrize(("text", "want"), [
    ("2024年实现跨境电商交易额12.5亿元、增长35%。", "35"),
    ("全年签约金额820.5亿元，同比增长18.62%。", "18.62"),
    ("Fixed-asset investment was 8.4 billion yuan, increasing by 12.6%.", "12.6"),
    ("The zone received 2.1 billion yuan of private capital, with an increase of 9.8%.", "9.8"),
    ("保税物流进出口15.2亿元、增长1倍。", "100"),
])
def test_change_is_the_next_percent_with_a_direction(text: str, want: str) -> None:
    doc, recs = records(text)
    assert change_value(doc, recs[0]) == want


@pytest.mark.parametrize(("text", "want", "subject"), [
    ("Service exports grew 14.5% year on year to 6.2 billion yuan.", "14.5", "Service exports"),
    ("Tax revenue rose by 2.5 times to reach 900 million yuan.", "250", "Tax revenue"),
    ("技术合同成交额同比增长27%，达到41亿元。", "27", "技术合同成交额"),
    ("外贸进口增长6.3%至88亿元。", "6.3", "外贸进口"),
    ("一季度全县规上工业总产值同比增长6.2%，总量达到318亿元。", "6.2", "规上工业总产值"),
    # a date between the change and its level
    ("Port revenue grew 7 percent in the first half to 3.1 billion yuan.", "7", "Port revenue"),
    ("GDP rose 5.2 percent year-on-year in the first quarter of 2025 to 1.4 trillion yuan.", "5.2", "GDP"),
    ("零售额增长4%，1-8月达到96亿元。", "4", "零售额"),
    # the amount's qualifier is the verb to its level
    ("全县税收收入增长9%，突破40亿元。", "9", "税收收入"),
    ("全县工业投资下降2.4%，为57亿元。", "2.4", "工业投资"),
])
def test_change_before_the_level_it_leads_to(text: str, want: str, subject: str) -> None:
    doc, recs = records(text)
    assert (change_value(doc, recs[0]), recs[0].subject) == (want, subject)


@pytest.mark.parametrize(("text", "want"), [
    ("园区产值达到73亿元，较上年同期的61亿元增长19.7%。", "19.7"),
    ("Retail sales hit 41 billion yuan, compared with 37 billion yuan a year earlier, up 10.8 percent.",
     "10.8"),
    ("Freight revenue reached 6.3 billion yuan, up from 5.8 billion yuan a year before.", None),
    ("Freight revenue reached 6.3 billion yuan, up 8.6 percent from 5.8 billion yuan in 2023.", "8.6"),
])
def test_a_comparison_base_amount_takes_no_change(text: str, want: str) -> None:
    doc, recs = records(text)
    assert [change_value(doc, r) for r in recs] == [want, None]
    assert recs[1].subject == recs[0].subject


def test_a_comparative_with_another_figure_is_no_change() -> None:
    doc = investparse.parse_document("The rate was 51%, 2 percentage points higher than the national mean.")
    assert [m.value.change for m in doc.mentions if m.kind == "percent"] == [None, None]


def test_change_in_commas_before_the_level() -> None:
    doc, recs = records("Retail sales, up 3.9 percent, totaled 64 billion yuan.")
    assert change_value(doc, recs[0]) == "3.9"


@pytest.mark.parametrize(("text", "want"), [
    ("今年1-6月，全县出口9.2亿元。上年同期，全县出口7.5亿元。", (None, "2024-01", "2024-06")),
    ("1-6月，全县出口9.2亿元，而去年同期仅为7.5亿元。", (None, "2024-01", "2024-06")),
    ("1-6月，全县出口9.2亿元，较去年同期的7.5亿元增长22.7%。", (None, "2024-01", "2024-06")),
    ("In the first half, exports were 9.2 billion yuan, against 7.5 billion yuan in the same period "
     "last year.", ("2024-H1", None, None)),
    ("In the first half, exports were 9.2 billion yuan. In the same period last year, they were "
     "7.5 billion yuan.", ("2024-H1", None, None)),
])
def test_an_amount_of_the_same_time_a_year_before_has_its_period_a_year_back(
        text: str, want: tuple[str | None, ...]) -> None:
    _, recs = records(text)
    assert period(recs[-1]) == want
    assert period(recs[0]) != want


def test_a_comparison_base_amount_has_the_period_of_its_own_phrase() -> None:
    doc, recs = records("全县到位资金58亿元，较2022年的47亿元增长23.4%。")
    assert [change_value(doc, r) for r in recs] == ["23.4", None]
    assert recs[1].period is not None and recs[1].period.timex == "2022"


@pytest.mark.parametrize("text", [
    "全县社会消费品零售总额达到240亿元，比上年增加21亿元，增长9.6%。",
    "一般公共预算收入为31亿元，比上年减少2亿元，下降6.1%。",
    "Port revenue reached 7.2 billion yuan, an increase of 0.6 billion yuan, up 9.1 percent.",
])
def test_the_growth_after_an_increment_is_the_levels(text: str) -> None:
    doc, recs = records(text)
    assert change_value(doc, recs[0]) is not None and recs[1].change is None
    assert recs[1].subject is None or "increase" not in recs[1].subject


@pytest.mark.parametrize("text", [
    "全县实际使用外资3.4亿美元，居全市第2位，同比增长12%。",
    "签约项目总投资215亿元，较上届增长17.5%。",
])
def test_change_across_a_rank_or_a_previous_edition(text: str) -> None:
    doc, recs = records(text)
    assert change_value(doc, recs[0]) is not None


@pytest.mark.parametrize("text", [
    "实现营业收入42亿元，利润总额增长12%。",
    "完成技改投资18亿元，其中制造业投资增长15%。",
    "接待游客收入9.6亿元，游客人次增长22%。",
    "工业投资65亿元，拉动全部投资增长3.2个百分点。",
    "出口额120亿元，占进出口总额的比重提高2.1个百分点。",
    "Exports reached 14 billion yuan, and imports grew 5 percent.",
    "Exports reached 14 billion yuan, with machinery rising 5 percent.",
    "Trade topped 90 billion yuan, with June seeing a rise of 4 percent.",
    "全县进出口总额210亿元，出口增长6%。",  # (exports within imports and exports)
])
def test_change_of_another_metric_is_not_the_amounts(text: str) -> None:
    doc, recs = records(text)
    assert change_value(doc, recs[0]) is None


@pytest.mark.parametrize(("text", "want"), [
    ("全市出口总额316亿元，出口同比增长9.4%。", "9.4"),
    ("到位境外资金2.8亿美元，资金同比增长21%。", "21"),
    ("营业利润总额75亿元，营业利润增长6.5%。", "6.5"),
    ("9月份全县进口41亿元，当月增长3.3%。", "3.3"),
])
def test_change_that_names_the_subject_again_shortened(text: str, want: str) -> None:
    doc, recs = records(text)
    assert change_value(doc, recs[0]) == want


@pytest.mark.parametrize(("text", "want"), [
    ("主营业务收入640亿元，利税总额52.5亿元，分别增长8.1%和12.4%。", ["8.1", "12.4"]),
    ("进出口、出口分别完成96亿元、61亿元，分别增长10.5%、13.8%。", ["10.5", "13.8"]),
    ("Exports and imports were 9 billion yuan and 6 billion yuan, up 5 percent and 3 percent respectively.",
     ["5", "3"]),
    # one unit for the list (0.6和1.2个百分点), or a direction of its own for each change
    ("两家园区税收分别为18亿元和11亿元，分别增长4.2、7.5%。", ["4.2", "7.5"]),
    ("甲、乙两厂产值分别为40亿元、25亿元，分别增长6.3%和下降2.1%。", ["6.3", "2.1"]),
    ("Sales and profits came to 8 billion yuan and 1 billion yuan, up 6 and 2 percent respectively.",
     ["6", "2"]),
    ("The two zones took in 5 billion yuan and 3 billion yuan, up 4 percent and down 1 percent respectively.",
     ["4", "1"]),
])
def test_change_respectively_pairs_in_order(text: str, want: list[str]) -> None:
    doc, recs = records(text)
    assert [change_value(doc, r) for r in recs] == want


@pytest.mark.parametrize("text", [
    "Port revenue reached 56 billion yuan ($7.9 billion), up 7.4 percent.",
    "全区出口额56亿元（约合7.8亿美元），增长7.4%。",
])
def test_an_amount_restated_in_brackets_shares_the_links(text: str) -> None:
    doc, recs = records(text)
    assert [change_value(doc, r) for r in recs] == ["7.4", "7.4"]
    assert recs[0].subject == recs[1].subject is not None
    assert recs[1].amount != recs[0].amount


def test_change_across_initials() -> None:
    doc, recs = records("Contracted foreign capital hit 640 million U.S. dollars, up 21 percent.")
    assert change_value(doc, recs[0]) == "21"


def test_change_not_a_share_or_another_figures_growth() -> None:
    doc, recs = records("新设外资企业28家、增长16%，实际使用外资3.6亿美元，占全省的12%。")
    assert change_value(doc, recs[0]) is None


def test_change_skips_the_growth_of_a_count() -> None:
    doc, recs = records("签约项目120个，金额560亿元，个数同比增长100%，金额同比增长190.3%。")
    assert change_value(doc, recs[0]) == "190.3"


def test_change_stops_at_another_subject() -> None:
    doc, recs = records("It saved firms about 300 thousand yuan and the approval time fell by 40%.")
    assert change_value(doc, recs[0]) is None


# ---------------------------------------------------------------- rank

def test_rank_stated_of_the_same_figure() -> None:
    doc, recs = records("2024年，全市外贸进出口总值210亿元，总量位居全省第三位。")
    rank = doc.mention(recs[0].rank) if recs[0].rank else None
    assert rank is not None and rank.kind == "rank"


def test_rank_stated_after_the_amounts_period() -> None:
    doc, recs = records("Paid-in foreign capital hit 2.4 billion US dollars in the first five months "
                        "of this year, ranking second in the province.")
    assert recs[0].rank is not None and doc.mention(recs[0].rank).value.position == 2  # type: ignore[union-attr]


@pytest.mark.parametrize("text", [
    "Wuhu ranked second in the province with 61 billion yuan in exports.",
    "Liuzhou ranked fourth nationwide with car sales of 90 billion yuan.",
])
def test_rank_stated_right_before_the_amount_it_ranks_by(text: str) -> None:
    doc, recs = records(text)
    assert recs[0].rank == next(m.id for m in doc.mentions if m.kind == "rank")


def test_change_of_the_other_half_of_a_while_sentence_is_not_the_amounts() -> None:
    _, recs = records("Imports totaled 2 trillion yuan, while the output of the steel sector fell 8 percent "
                      "to 90 billion yuan.")
    assert recs[0].change is None and recs[1].change is not None


def test_rank_of_the_growth_rate_is_not_the_amounts() -> None:
    doc, recs = records("全县社会消费品零售总额96亿元，增速居全市第四，总量居全市第二。")
    rank = doc.mention(recs[0].rank) if recs[0].rank else None
    assert rank is not None and rank.text == "居全市第二"


# ---------------------------------------------------------------- subject

@pytest.mark.parametrize(("text", "want"), [
    ("总投资45亿元的青溪电池材料产业园项目正式开工。", "青溪电池材料产业园项目"),
    ("2024年，全市实现外贸进出口总值310亿元。", "外贸进出口总值"),
    ("新签约亿元以上项目36个。", "新签约项目"),
    ("The investment in fixed assets was 12.6 billion yuan.", "investment in fixed assets"),
    ("The Riverside chip packaging base with an investment of 3.5 billion yuan started construction.",
     "Riverside chip packaging base"),
    ("The zone signed 48 new projects with a total investment of 21.7 billion yuan.",
     "total investment of 48 new projects"),
    ("1.6 billion yuan of private capital has been put in place.", "private capital has been put in place"),
    ("Work began on a 2.8-billion-yuan cold chain logistics hub in the east of the city.",
     "cold chain logistics hub"),
    ("2024年，全县外贸进出口总值首次突破90亿元。", "外贸进出口总值"),
    # a date after the amount is its period, not what it is
    ("Tourism revenue was 7.2 billion yuan in 2024.", "Tourism revenue"),
    ("Output reached 900 million yuan in the first eight months.", "Output"),
    # the stop inside U.S. ends no sentence
    ("Imports from the zone were worth 1.3 billion U.S. dollars, up 9 percent.", "Imports from the zone"),
    # a label and its colon
    ("项目地点：高新区；计划投资：6.5亿元。", "计划投资"),
    ("Registered capital: 20 million US dollars.", "Registered capital"),
    # particles, verbs, change words and a date's possessive left at the ends
    ("该基地达产后年销售收入可达26亿元。", "该基地达产后年销售收入"),
    ("园区企业营业收入由1.4亿元增至3亿元。", "园区企业营业收入"),
    ("This year's export target is 6 billion yuan.", "export target"),
    ("The county's retail sales increased by 800 million yuan.", "county's retail sales"),
    ("Logistics revenue saw an increase of 300 million yuan.", "Logistics revenue"),
    ("The new fund totals 5 billion yuan.", "new fund"),
    # the project a clause before names, a list's own item, a threshold's figure
    ("青石锂电材料产业园项目，总投资46亿元，建设正极材料生产线。", "青石锂电材料产业园项目"),
    ("江北冷链物流港项目：总投资9亿元。", "江北冷链物流港项目"),
    ("签约总投资18亿元的电驱系统项目、总投资6亿元的包装材料项目。", "电驱系统项目"),
    # a news dateline before a dash is not part of it
    ("NANNING, May 9 (Xinhua) -- Guangxi's tourism revenue hit 40 billion yuan.",
     "Guangxi's tourism revenue"),
    # a clause of the amount alone: the noun before an aside, the change's noun, an object
    ("Imports, down 2.3 percent, came to 31 billion US dollars.", "Imports"),
    ("Port throughput, which grew 6 percent, totaled 8 billion yuan.", "Port throughput"),
    ("Industrial output in the county, at 14 billion yuan, rose 9 percent.",
     "Industrial output in the county"),
    ("Service exports rose 11 percent, reaching 2 billion US dollars.", "Service exports"),
    ("The county introduced 9 projects, totaling 4 billion yuan.", "9 projects"),
    # a dateline closed by a spaced hyphen after its bracket; a Chinese news dateline
    ("XIAMEN, Aug 3 (Fujian Daily) - Fujian's port revenue hit 9 billion yuan.",
     "Fujian's port revenue"),
    ("新华社南宁8月3日电 广西今年一般公共预算收入完成860亿元。", "广西一般公共预算收入"),
    ("新华社成都8月3日电（记者 王五）四川省重点项目完成投资5200亿元。", "四川省重点项目完成投资"),
    ("据中新社昆明电 云南实际使用外资6.1亿美元。", "云南实际使用外资"),
    ("本报讯（通讯员 周七）园区签约项目总投资42亿元。", "园区签约项目总投资"),
    # what a verb of getting or spending gets, after the amount (not who got it)
    ("The city attracted 4.1 billion US dollars in foreign capital.", "foreign capital"),
    ("Local banks issued 90 billion yuan in new loans to small firms.", "new loans"),
    ("Shaanxi drew 2.6 billion dollars of overseas investment in the first half.", "overseas investment"),
    ("The port recorded 1.4 billion yuan in revenue, up 8 percent.", "revenue"),
    # what an investor builds, after the amount (not who invests)
    ("远景集团投资12亿元建设零碳产业园，预计明年投产。", "零碳产业园"),
    ("该公司计划投资3亿元扩建冷链仓储基地。", "冷链仓储基地"),
    # 该项目 points back to the project the sentence before names
    ("年产8万吨精密铜管项目在园区开工。该项目总投资16亿元。", "年产8万吨精密铜管项目"),
    # a clause of a verb and its amount alone: the noun the clause before opens with
    ("全县出口额创下单月新高，达28.6亿元。", "出口额"),
    ("外贸进出口总量位居全省第二，达到356亿元。", "外贸进出口总量"),
    # 累计 after the metric, and the whole a share is of
    ("全县前三季度实际使用外资累计2.6亿美元。", "实际使用外资"),
    # who did it and who said it are not what the amount is
    ("Last year the county achieved a GDP of 40 billion yuan.", "GDP"),
    ("The bureau said on Monday that Hunan attracted 3 billion dollars in foreign investment.",
     "foreign investment"),
    # what an investor builds; what an article-led amount qualifies; a metric after "with"
    ("The carmaker will invest 3.1 billion euros to expand its test center in Wuhu.", "test center"),
    ("Tongwei will build a 12 billion yuan silicon plant in Leshan.", "silicon plant"),
    ("The province plans to invest a total of 80 billion yuan in water projects.", "water projects"),
    ("Some 200 firms had settled in the zone, with registered capital of 9 billion yuan.",
     "registered capital"),
    ("The plant is expected to achieve annual sales revenue of 12 billion yuan.", "annual sales revenue"),
    # a change restated as an amount after "or"
    ("Output grew by 9 percent, or 2 billion yuan.", "Output"),
    # a label before a colon, whole
    ("农村居民人均可支配收入：23150元（增长6.1%）", "农村居民人均可支配收入"),
    # an incentive's noun right after its amount
    ("对新落户的研发机构，给予最高300万元奖励。", "奖励"),
    ("给予50万至200万元的研发补助。", "研发补助"),
    # a word that opens with a trim word keeps it
    ("全市对外贸易进出口总额达到900亿元。", "对外贸易进出口总额"),
    ("一季度，全省对共建“一带一路”国家进出口1128亿元。", "共建一带一路国家进出口"),
    ("全县在建项目完成投资46亿元。", "在建项目完成投资"),
    # who did it and the verb of doing are left out of the metric
    ("全县规模以上工业企业实现利润总额21亿元。", "规模以上工业企业利润总额"),
    # a quoted name alone in the clause before a bare metric
    ("“青溪污水处理厂提标工程”，计划总投资6亿元。", "青溪污水处理厂提标工程"),
    # a threshold before 企业/项目: a metric of them, or what was done to them
    ("全区营收超5亿元企业23家。", "企业营收"),
    ("新开工亿元以上项目18个。", "新开工项目"),
    # 项目一期 points back to a project named before, not to a project noun alone
    ("园区道路已经贯通。项目一期投资9亿元。", "项目一期投资"),
    ("“青溪智造谷”项目于去年动工。项目一期投资9亿元。", "青溪智造谷项目"),
    # a quoted name after 的 loses its quotes, as one before the amount does
    ("总投资12亿元的“青溪冷链物流园”项目开工。", "青溪冷链物流园项目"),
    # the next item of a list, its amount in Chinese numerals; a rate's unit before the amount
    ("总投资逾8亿元的光伏组件项目、总投资三亿元的冷链仓储项目开工。", "光伏组件项目"),
    ("其中城镇提高到每人每月900元。", "城镇"),
    # the projects a clause before counts head a bare metric
    ("推进市级重点项目120个，完成投资86亿元。", "市级重点项目投资"),
    # a list item's name before who builds it, or before the sentence that says so
    ("3.冷链物流项目，由某公司投资建设，总投资12亿元；", "冷链物流项目"),
    ("——光伏组件项目。由某集团投资，总投资8亿元，建设生产线。", "光伏组件项目"),
    # a date after the amount of a change is its period, not its noun
    ("Sales slid 4.2 percent to 61.5 billion yuan in 2024.", "Sales"),
    ("Imports climbed 7 percent to 12 billion dollars in the first half.", "Imports"),
    # the verbs a share or an estimate is stated by; who reports it
    ("Chengdu contributed 920 million dollars.", "Chengdu"),
    ("Services accounted for 4.4 billion dollars.", "Services"),
    ("Paid-in FDI was estimated at 2.1 billion dollars.", "Paid-in FDI"),
    ("The customs office reported that its bonded trade amounted to 6 billion yuan.", "bonded trade"),
    ("We expect retail sales to exceed 90 billion yuan.", "retail sales"),
    # a relative clause, an appositive, an aside between dashes: the noun before them
    ("The terminal, which was built with an investment of 8 billion yuan, opened in 2021.", "terminal"),
    ("The mill, which cost 900 million yuan, reopened.", "mill"),
    ("Investment from Macao, the second largest source, was 310 million dollars.", "Investment from Macao"),
    ("The output of Wuxi, capital city of nothing in particular, hit 20 billion yuan.", "output of Wuxi"),
    # a noun's own "with"; a pronoun before "with"; a weak noun before an appositive
    ("Trade with Pacific islands reached 4 billion yuan.", "Trade with Pacific islands"),
    # a doer who "saw its" metric move; a target verb; a participle alone after a clause
    ("Wuxi saw its exports exceed 60 billion yuan.", "exports of Wuxi"),
    ("The zone is looking for 3 billion yuan of new investment.", "new investment"),
    ("The county has seen its tax revenue climb to 3 billion yuan.", "tax revenue of county"),
    ("Macao remained the second source, contributing 700 million dollars.", "Macao"),
    ("The board approved 9 plans, each with funding of at least 2 million dollars.", "funding"),
    ("The biggest, a new wafer plant, involves investment of 700 million euros.", "new wafer plant"),
    ("Firms will meet at a fair, where deals worth 50 billion yuan are expected.", "deals"),
    ("Exports of Taizhou, home to a large port, grew to 8 billion dollars.", "Exports of Taizhou"),
    ("Sales of green goods - heat pumps and e-bikes - rose 9 percent to 4 billion yuan.",
     "Sales of green goods"),
    ("Trade with Africa, the city's fastest-growing market, totaled 80 billion yuan.", "Trade with Africa"),
    ("The bridge, financed with a loan of 2 billion dollars, opened.", "bridge"),
    ("Imports of chips, sensors and displays totaled 52 billion yuan.",
     "Imports of chips, sensors and displays"),
    # verb debris: a record, "came in at", a verb of paying; a term that opens with a speech verb
    ("Hainan's tourism revenue hit a record 180 billion yuan.", "Hainan's tourism revenue"),
    ("Revenue came in at 7.7 billion euros.", "Revenue"),
    ("The board proposed a final dividend of 0.3 yuan per share.", "final dividend"),
    ("The added value of the service sector was 640 billion yuan.", "added value of the service sector"),
    ("The county will offer a rent subsidy of 30,000 yuan.", "rent subsidy"),
    ("• Registered capital: 80 million yuan", "Registered capital"),
    # connectives and fill words before the noun; an acronym after a verb of getting
    ("Bosch will invest another 900 million yuan in a test center.", "test center"),
    ("Henan attracted 6.1 billion dollars of FDI in the first half.", "FDI"),
    ("BYD will invest 12 billion yuan (1.7 billion dollars) in a battery plant in Hefei.", "battery plant"),
    # a doer's verb of having: its own noun, or the doer when the noun only says what it costs
    ("The plant will have an annual output value of 8 billion yuan.", "annual output value"),
    ("The upgrade will involve an investment of 600 million yuan.", "upgrade"),
    ("The firm has a registered capital of 50 million yuan.", "registered capital"),
])
def test_subject(text: str, want: str) -> None:
    _, recs = records(text)
    assert recs[0].subject == want


@pytest.mark.parametrize("text", [
    "The added value of industry was 98 billion yuan; that of services was 140 billion yuan.",
    "The average wage of urban workers was 91,000 yuan and that of rural workers was 52,000 yuan.",
])
def test_that_of_takes_the_noun_of_the_figure_before(text: str) -> None:
    _, recs = records(text)
    head = recs[0].subject.split(" of ")[0] if recs[0].subject else ""
    assert head and recs[1].subject and recs[1].subject.startswith(head + " of ")


@pytest.mark.parametrize("text", [
    "南湖区实际使用外资5200万美元；北湖区3100万美元。",
    "南湖区实际使用外资5200万美元，北湖区3100万美元。",
])
def test_a_place_alone_takes_the_metric_of_the_place_before(text: str) -> None:
    _, recs = records(text)
    assert [r.subject for r in recs] == ["南湖区实际使用外资", "北湖区实际使用外资"]


def test_of_which_is_no_part_of_the_subject() -> None:
    _, recs = records("Trade was 4 trillion yuan, of which imports were 1.9 trillion yuan.")
    assert [r.subject for r in recs] == ["Trade", "imports"]


@pytest.mark.parametrize(("text", "want"), [
    ("Over the first nine months, retail sales reached 80 billion yuan.", ("2025-01", "2025-09")),
    ("Retail sales reached 80 billion yuan over the first half.", "2025-H1"),
    ("Retail sales reached 80 billion yuan in 2024, up 6 percent over 2023.", "2024"),
])
def test_over_opens_a_period_or_a_span_and_else_a_base(text: str, want: str | tuple[str, str]) -> None:
    _, recs = records(text)
    p = recs[0].period
    assert p is not None and ((p.start, p.end) if isinstance(want, tuple) else p.timex) == want


@pytest.mark.parametrize(("text", "want"), [
    ("2022年，全县财政收入为21亿元。2023年，全县财政收入为23亿元。到位内资45亿元。",
     ["2022", "2023", "2023"]),
    ("In 2022, the port earned 3 billion yuan. In 2023, it earned 4 billion yuan. Costs were 1 billion yuan.",
     ["2022", "2023", "2023"]),
])
def test_a_sentence_opened_by_a_date_governs_the_paragraph_after_it(text: str, want: list[str]) -> None:
    _, recs = records(text)
    assert [r.period.timex if r.period else None for r in recs] == want


@pytest.mark.parametrize("text", [
    "Port revenue reached 8.4 billion yuan, or about 1.2 billion US dollars, up 7 percent.",
    "全年到位外资7000万元，折合约980万美元。",
])
def test_an_amount_restated_in_another_currency_after_a_comma_shares_the_links(text: str) -> None:
    _, recs = records(text)
    assert len(recs) == 2 and recs[0].subject and (recs[1].subject, recs[1].change) == (
        recs[0].subject, recs[0].change)


def test_a_figure_as_the_previous_clauses_object_leaves_its_noun_as_the_subject() -> None:
    _, recs = records("Sales reached 35 billion yuan in 2023, and are expected to exceed 40 billion yuan.")
    assert [r.subject for r in recs] == ["Sales", "Sales"]


@pytest.mark.parametrize(("text", "want"), [
    ("全年进口、出口分别完成75亿元和90亿元。", ["进口", "出口"]),
    ("一般公共预算收入和税收收入分别达到46亿元、33亿元。", ["一般公共预算收入", "税收收入"]),
    ("第一、二、三产业增加值分别为52亿元、310亿元和405亿元。",
     ["第一产业增加值", "第二产业增加值", "第三产业增加值"]),
    ("两个项目分别投资5亿元和8亿元。", ["两个项目分别投资", "两个项目分别投资"]),  # (no list of names)
    # the metric the last name carries, shared; one name that contracts two
    ("无锡、常州地区生产总值分别为1.6万亿元和1.1万亿元。", ["无锡地区生产总值", "常州地区生产总值"]),
    ("城乡居民储蓄存款余额分别为820亿元和310亿元。", ["城镇居民储蓄存款余额", "农村居民储蓄存款余额"]),
    ("进口、机电产品进口分别为40亿元和25亿元。", ["进口", "机电产品进口"]),
    # English names before a verb of getting, when no noun follows the amounts
    ("Suzhou and Wuxi attracted 3.2 billion dollars and 2.4 billion dollars, respectively.",
     ["Suzhou", "Wuxi"]),
])
def test_respective_amounts_take_the_names_before_them_in_order(text: str, want: list[str]) -> None:
    _, recs = records(text)
    assert [r.subject for r in recs] == want


def test_respective_amounts_take_the_changes_their_names_state() -> None:
    doc, recs = records("全年出口和进口分别完成42亿元和17亿元，出口增长3.6%，进口下降8.2%。")
    assert [change_value(doc, r) for r in recs] == ["3.6", "8.2"]


def test_each_half_of_a_while_sentence_keeps_its_own_date() -> None:
    _, recs = records("Phase one, costing 2 billion yuan, opens in 2026, while phase two, "
                      "costing 6 billion yuan, opens in 2028.")
    assert [(r.subject, r.period.timex if r.period else None) for r in recs] == [
        ("Phase one", "2026"), ("phase two", "2028")]
    _, recs = records("In 2024, exports reached 5 billion yuan, while imports reached 3 billion yuan.")
    assert [(r.subject, r.period.timex if r.period else None) for r in recs] == [
        ("exports", "2024"), ("imports", "2024")]


@pytest.mark.parametrize("text", [
    "The bureau said on May 12 that Hunan attracted 3 billion dollars in foreign investment.",
    "省统计局12日发布，全省实际使用外资达到30亿美元。",
    "记者12日从市商务局获悉，全市实际使用外资12亿美元。",
])
def test_the_date_of_a_statement_is_no_period(text: str) -> None:
    _, recs = records(text)
    assert recs[0].period is None


@pytest.mark.parametrize("text", [
    "Port revenue came to 2.3 billion yuan. The figure was down 12 percent from a year earlier.",
    "Exports reached 40 billion yuan in 2023. This represented an increase of 11 percent.",
])
def test_a_change_the_next_sentence_states_of_the_figure(text: str) -> None:
    doc, recs = records(text)
    assert change_value(doc, recs[0]) is not None


def test_a_change_of_another_figure_in_the_next_sentence_is_not_the_amounts() -> None:
    doc, recs = records("Exports reached 40 billion yuan. Imports rose 5 percent.")
    assert change_value(doc, recs[0]) is None


def test_the_whole_a_share_is_of_takes_no_change_and_leaves_it_to_the_amount() -> None:
    doc, recs = records("1-9月，全县完成投资86亿元，占年度计划投资120亿元的71.7%，同比增长6.3%。")
    assert [(change_value(doc, r), r.subject) for r in recs] == [("6.3", "投资"), (None, "年度计划投资")]


def test_a_base_stated_by_its_time_shares_the_subject_and_takes_no_change() -> None:
    doc, recs = records("上半年，全区完成工业投资38亿元，增长7%，去年同期为35.5亿元。")
    assert [(change_value(doc, r), r.subject) for r in recs] == [("7", "工业投资"), (None, "工业投资")]


@pytest.mark.parametrize(("text", "want"), [
    # 其中: a breakdown of the sentence before, in its time
    ("今年，全县计划实施重点项目60个。1-9月，重点项目完成投资118亿元。其中，产业项目完成投资71亿元。",
     [("2025-01", "2025-09"), ("2025-01", "2025-09")]),
    # a look at one month inside the paragraph's stretch, then back to it
    ("2025年1-5月，全县工业利润41亿元。5月当月，利润9亿元。分行业看，化工行业利润12亿元。",
     [("2025-01", "2025-05"), "2025-05", ("2025-01", "2025-05")]),
    # a date before the first amount of the sentence a semicolon joins to
    ("全县金融机构9月末存款余额860亿元；贷款余额610亿元。", ["2025-09", "2025-09"]),
])
def test_periods_across_sentences(text: str, want: list[str | tuple[str, str]]) -> None:
    _, recs = records(text)
    got = [r.period and ((r.period.start, r.period.end) if r.period.start else r.period.timex) for r in recs]
    assert got == want


@pytest.mark.parametrize(("text", "want"), [
    ("In 2022 and 2023, the port earned 1.2 billion yuan and 1.5 billion yuan respectively.",
     ["2022", "2023"]),
    ("2022年和2023年，全县分别实现税收5亿元和8亿元。", ["2022", "2023"]),
    ("Investment in January and February was 3 billion yuan and 4 billion yuan respectively.",
     ["2025-01", "2025-02"]),
])
def test_respective_amounts_take_the_dates_listed_before_them(text: str, want: list[str]) -> None:
    _, recs = records(text)
    assert [r.period.timex if r.period else None for r in recs] == want
    assert len({r.subject for r in recs}) == 1  # (the dates are what is respective, not names)


def test_a_closing_date_in_another_amounts_clause_is_not_this_ones() -> None:
    _, recs = records("Total investment in the key projects is 460 billion yuan, with 95 billion yuan "
                      "planned for this year.")
    assert [r.period.timex if r.period else None for r in recs] == [None, "2025"]


def test_a_news_datelines_date_is_no_period() -> None:
    _, recs = records("XIAMEN, Aug 3 (Xinhua) -- Fujian's exports reached 9 billion yuan.")
    assert recs[0].period is None
    _, recs = records("新华社南宁8月3日电 广西出口额达到90亿元。")
    assert recs[0].period is None


@pytest.mark.parametrize("text", [
    "As a result, 5 billion yuan was invested.",
    "In 2023, 2 billion yuan was raised.",
    "The plan was approved in May, involving 3 billion yuan.",
])
def test_no_subject_from_a_clause_that_names_none(text: str) -> None:
    _, recs = records(text)
    assert recs[0].subject is None


def test_the_level_after_a_threshold_shares_its_subject() -> None:
    _, recs = records("全县一般公共预算收入首次突破30亿元，达到31.6亿元。")
    assert [r.subject for r in recs] == ["一般公共预算收入", "一般公共预算收入"]


@pytest.mark.parametrize("text", [
    "全县存款余额420亿元，比年初增加31亿元。",
    "全县生产总值达到260亿元，比2023年增加18亿元。",
])
def test_an_increment_against_a_base_shares_the_subject_before_it(text: str) -> None:
    _, recs = records(text)
    assert recs[0].subject and [r.subject for r in recs] == [recs[0].subject] * 2


@pytest.mark.parametrize(("text", "want"), [
    ("园区单位面积投资强度达4.6亿元，同比提高0.3亿元。", "园区单位面积投资强度"),
    ("6月，全县新增存款9.1亿元，同比多增1.4亿元。", "新增存款"),
])
def test_an_amount_stated_by_a_change_word_alone_shares_the_subject_before_it(text: str, want: str) -> None:
    _, recs = records(text)
    assert [r.subject for r in recs] == [want, want]


def test_subject_series_across_a_time_said_in_words() -> None:
    _, recs = records("Retail sales rose from 120 billion yuan a year earlier to 138 billion yuan.")
    assert [r.subject for r in recs] == ["Retail sales", "Retail sales"]


def test_subject_series_keeps_the_metric() -> None:
    _, recs = records("Its paid-in capital rose from 1.2 billion yuan in 2019 to 1.9 billion yuan in 2021.")
    assert [r.subject for r in recs] == ["paid-in capital", "paid-in capital"]


# ---------------------------------------------------------------- count

@pytest.mark.parametrize(("text", "value", "unit"), [
    ("全市新签约项目293个，签约金额1120亿元。", 293, "项目"),
    ("The city signed 115 new projects with a total investment of 95 billion yuan.", 115, "projects"),
])
def test_count_in_the_amounts_clause(text: str, value: int, unit: str) -> None:
    _, recs = records(text)
    assert recs[0].count is not None
    assert (recs[0].count.value, recs[0].count.unit) == (value, unit)


def test_count_of_the_amounts_own_clause_first() -> None:
    _, recs = records("签约亿元以上项目30个，其中10亿元以上项目12个，20亿元以上项目4个。")
    assert [r.count.value if r.count else None for r in recs] == [30, 12, 4]


# ---------------------------------------------------------------- language

@pytest.mark.parametrize(("text", "lang"), [
    ("全市签约金额超28亿元。", "zh"),
    ("The city signed deals worth 2.8 billion yuan.", "en"),
    ("青溪 Qingxi signed deals worth 2.8 billion yuan, 签约金额28亿元, with partners in Europe.", "mixed"),
])
def test_language(text: str, lang: str) -> None:
    assert investparse.parse_document(text).language == lang


def test_hard_wrapped_paragraph_keeps_its_links() -> None:
    text = ("From January to May this year, the high-tech zone completed fixed-asset investment\n"
            "of 8.4 billion yuan, increasing by 12.6% over the same period of last year.\n")
    doc, recs = records(text)
    assert period(recs[0]) == (None, "2025-01", "2025-05")
    assert change_value(doc, recs[0]) == "12.6"


def test_links_survive_full_width_and_mojibake() -> None:
    clean = "2024年，青溪外贸进出口总值310.2亿元、增长8.5%。The park’s output value was 2.4 billion yuan."
    noisy = ("２０２４年，青溪外贸进出口总值３１０．２亿元、增长８．５％。"
             "The park¡¯s output value was ２．４ billion yuan.")
    a, ra = records(clean)
    b, rb = records(noisy)
    assert [(r.subject, period(r), change_value(a, r)) for r in ra] == \
        [(r.subject, period(r), change_value(b, r)) for r in rb]
    for doc, text in ((b, noisy),):
        assert all(text[m.start:m.end] == m.text for m in doc.mentions)
        assert all(0 <= r.start < r.end <= len(text) for r in doc.records)


def test_assembled_models_are_the_models_model_construct_makes() -> None:
    import copy
    import pickle

    from investparse.models import Mention, Money, Record, assembled

    value = Money(amount=Decimal(5), low=Decimal(5), high=None, currency="CNY", qualifier="exact")
    fields = dict(id="m1", kind="money", start=0, end=3, text="5元", value=value)
    made, built = assembled(Mention, **fields), Mention.model_construct(**fields)
    assert made == built == Mention(**fields)
    assert made.model_dump_json() == built.model_dump_json()
    assert made.model_fields_set == built.model_fields_set
    assert pickle.loads(pickle.dumps(made)) == made and copy.deepcopy(made) == made
    with pytest.raises(ValueError):
        made.start = 1  # type: ignore[misc]  # still frozen
    rec = dict(id="r1", start=0, end=3, amount="m1", period=None, change=None, rank=None, subject="x",
               count=None)
    assert assembled(Record, **rec) == Record(**rec)
    # a copy with one field changed, as percent and rank make them: what model_copy makes
    from investparse.models import Percent, Rank

    pct = Percent(value=Decimal("5.5"), low=Decimal("5.5"), high=Decimal("5.5"))
    for model, change in ((pct, "increase"), (Rank(position=3, scope="全省"), 2)):
        copied = assembled(type(model), **{**model.__dict__, "change": change})
        want = model.model_copy(update={"change": change})
        assert copied == want and copied.model_dump_json() == want.model_dump_json()


def test_assembled_models_share_one_fields_set_that_copies_as_a_set_and_unpickles_shared() -> None:
    import copy
    import pickle

    doc = investparse.parse_document("2024年1至9月，签约项目12个，总投资超28亿元，同比增长5%，居全省第3位。")
    values = [m.value for m in doc.mentions]
    assert {type(v).__name__ for v in values} == {"Money", "Percent", "Rank", "DateValue"}
    for obj in (*doc.mentions, *values, *doc.records, doc.records[0].count):
        assert obj is not None
        # every field was given: the set is the class's, shared by its instances
        assert obj.model_fields_set == set(type(obj).model_fields)
        for other in (copy.copy(obj), copy.deepcopy(obj)):
            assert other == obj and type(other.model_fields_set) is set
        # unpickled, it shares the class's set again (a worker's documents, in the parent)
        back = pickle.loads(pickle.dumps(obj))
        assert back == obj and back.model_fields_set is obj.model_fields_set
        assert type(copy.copy(back).model_fields_set) is set
    first, second = doc.mentions[0], doc.mentions[1]
    assert first.model_fields_set is second.model_fields_set
    rec = doc.records[0]
    moved = rec.model_copy(update={"subject": "x"})  # (model_copy adds to the copy's own set)
    assert moved.subject == "x" and rec.subject != "x" and rec.model_fields_set == set(type(rec).model_fields)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["a", " ", "  ", "\t", "\n", "\u3000", "\xa0", "\x1c", "\x85", "，", "项目"]),
                max_size=12).map("".join))
def test_subject_tidy_squeezes_like_the_pattern(text: str) -> None:
    from investparse import subject

    assert subject._tidy(text) == subject._WS.sub(" ", text).strip(subject._EDGE)


def test_count_marks_are_where_an_overlapped_case_blind_scan_finds_them() -> None:
    # the marks are found on the lowered text, one character each; they must stand where
    # the plain pattern, case-insensitive and overlapped, finds its matches start
    import random

    import regex

    from investparse import records, zones
    from investparse.lexicon import links

    plain = regex.compile(
        "[" + "".join(links.COUNT_CLASSIFIERS_ZH) + "]|(?P<en>" + "|".join(links.COUNT_NOUNS_EN) + ")",
        regex.IGNORECASE,
    )
    rng = random.Random(3)
    pieces = [*links.COUNT_NOUNS_EN, *links.COUNT_CLASSIFIERS_ZH, "PROJECTS", "Firms", "x", " ", "5", "ſ",
              "K", "de", "als", "个项", "İ", "enterpri"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        want = [(m.start(), m.group("en") is not None) for m in plain.finditer(text, overlapped=True)]
        assert records._COUNT_MARKS.find(zones.lowered(text)) == want, text


def test_a_thousands_comma_ends_no_clause() -> None:
    from investparse import segment

    text = "合同额3,815万元，增长5%, then 4, 5"
    got = [c.text(text) for c in segment.clauses(text, segment.Span(0, len(text)))]
    assert got == ["合同额3,815万元，", "增长5%,", " then 4,", " 5"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(["其中", "实现", "总额", "为", "达", "的", "进出口", "x", "全市", "，"]),
                max_size=8).map("".join))
def test_subject_trimmed_cuts_the_longest_trim_word_at_each_end(text: str) -> None:
    import re

    from investparse import subject
    from investparse.lexicon import links

    def longest(words: list[str]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))

    want = text
    for _ in range(subject._TRIM_START_ROUNDS):  # (a trim word after another: 将力争全年)
        if want.startswith(links.ZH_SUBJECT_KEEP_START):
            break
        cut = re.sub(f"^(?:{longest(links.ZH_SUBJECT_TRIM_START)})", "", want, count=1)
        if cut == want:
            break
        want = cut
    for _ in range(subject._TRIM_END_ROUNDS):
        m = re.search(f"(?:{longest(links.ZH_SUBJECT_TRIM_END)})$", want)
        if not (m and m.group()):
            break
        want = want[:len(want) - len(m.group())]
    assert subject._trimmed(text) == want
