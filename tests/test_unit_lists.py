"""Lists of figures that name their unit once: each item is a figure of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from investparse import parse_document
from investparse.models import Money, Percent

REF = dt.date(2025, 6, 30)

#: text -> (phrase, amount, currency) of every money mention, in order
LISTS = [
    ("两座工厂投资分别为6亿、9亿元。", [("6亿", "600000000", "CNY"), ("9亿元", "900000000", "CNY")]),
    ("三期分别投入2亿、4500万和1.5亿元。",
     [("2亿", "200000000", "CNY"), ("4500万", "45000000", "CNY"), ("1.5亿元", "150000000", "CNY")]),
    ("两笔贷款分别为3、7亿美元。", [("3", "300000000", "USD"), ("7亿美元", "700000000", "USD")]),
    ("上半年、下半年分别完成12亿及15亿元。",
     [("12亿", "1200000000", "CNY"), ("15亿元", "1500000000", "CNY")]),
    ("The two phases cost 4 billion and 6 billion yuan respectively.",
     [("4 billion", "4000000000", "CNY"), ("6 billion yuan", "6000000000", "CNY")]),
    ("Budgets of 2 and 3 million US dollars were approved.",
     [("2", "2000000", "USD"), ("3 million US dollars", "3000000", "USD")]),
    ("It raised 1.5 billion, 2 billion and 2.5 billion euros in three rounds.",
     [("1.5 billion", "1500000000", "EUR"), ("2 billion", "2000000000", "EUR"),
      ("2.5 billion euros", "2500000000", "EUR")]),
    ("Grants of 5, 10 and 20 million yuan go to the winners.",
     [("5", "5000000", "CNY"), ("10", "10000000", "CNY"), ("20 million yuan", "20000000", "CNY")]),
]

#: text -> the only money phrase it holds: the number before it is no item of a list
NOT_LISTS = [
    ("In 2024, 8 billion yuan was invested.", "8 billion yuan"),
    ("in 2019 and 8 billion yuan in 2020", "8 billion yuan"),
    ("第3、5亿元", "5亿元"),
    ("签约项目12个、总投资30亿元", "30亿元"),
    ("3 projects and 5 billion yuan", "5 billion yuan"),
    ("增长5%、8亿元", "8亿元"),
]


def _moneys(text: str) -> list[tuple[str, Money]]:
    doc = parse_document(text, reference_date=REF)
    return [(text[m.start:m.end], m.value) for m in doc.mentions if isinstance(m.value, Money)]


@pytest.mark.parametrize(("text", "want"), LISTS)
def test_each_item_is_an_amount(text: str, want: list[tuple[str, str, str]]) -> None:
    got = [(phrase, value.amount, value.currency) for phrase, value in _moneys(text)]
    assert got == [(phrase, Decimal(amount), currency) for phrase, amount, currency in want]


@pytest.mark.parametrize(("text", "want"), NOT_LISTS)
def test_a_number_before_an_amount_is_no_item(text: str, want: str) -> None:
    assert [phrase for phrase, _ in _moneys(text)] == [want]


def test_the_items_share_the_subject() -> None:
    doc = parse_document("两座工厂投资分别为6亿、9亿元。", reference_date=REF)
    assert [r.subject for r in doc.records] == ["两座工厂投资", "两座工厂投资"]


#: text -> (phrase, value, unit, change) of every percent mention, in order: a list of
#: percents that names its unit once, each number a percent of its own
PERCENT_LISTS = [
    ("两项指标分别回落0.4和0.9个百分点。",
     [("0.4", "0.4", "percentage_point", "decrease"),
      ("0.9个百分点", "0.9", "percentage_point", "decrease")]),
    ("三个园区产值分别增长2.5、4.1和7%。",
     [("2.5", "2.5", "percent", "increase"), ("4.1", "4.1", "percent", "increase"),
      ("7%", "7", "percent", "increase")]),
    ("Margins narrowed by 0.3 and 0.8 percentage points.",
     [("0.3", "0.3", "percentage_point", "decrease"),
      ("0.8 percentage points", "0.8", "percentage_point", "decrease")]),
    ("Output rose 3, 5 and 9 percent in the three quarters.",
     [("3", "3", "percent", "increase"), ("5", "5", "percent", "increase"),
      ("9 percent", "9", "percent", "increase")]),
    # each item repeats the unit's classifier (2个、3个百分点)
    ("两项增速分别提高1.5个和2.4个百分点。",
     [("1.5个", "1.5", "percentage_point", "increase"),
      ("2.4个百分点", "2.4", "percentage_point", "increase")]),
]

#: text -> the only percent phrase it holds: the number before it is no item of a list
NOT_PERCENT_LISTS = [
    ("In 2022, 7 percent of firms exported.", "7 percent"),
    ("第3和5%", "5%"),
    ("介于3和5%之间", "5%"),
    ("投资6亿元和4%", "4%"),
    ("增长5%、8亿元和3%", "5%"),
]


def _percents(text: str) -> list[tuple[str, Percent]]:
    doc = parse_document(text, reference_date=REF)
    return [(text[m.start:m.end], m.value) for m in doc.mentions if isinstance(m.value, Percent)]


@pytest.mark.parametrize(("text", "want"), PERCENT_LISTS)
def test_each_percent_of_a_list_is_a_percent(text: str, want: list[tuple[str, str, str, str]]) -> None:
    got = [(phrase, value.value, value.unit, value.change) for phrase, value in _percents(text)]
    assert got == [(phrase, Decimal(v), unit, change) for phrase, v, unit, change in want]


@pytest.mark.parametrize(("text", "want"), NOT_PERCENT_LISTS)
def test_a_number_before_a_percent_is_no_item(text: str, want: str) -> None:
    assert [phrase for phrase, _ in _percents(text)][:1] == [want]
