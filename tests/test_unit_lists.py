"""Lists of amounts that name their unit once: each item is an amount of its own."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from investparse import parse_document
from investparse.models import Money

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
