"""A figure that a change word moves from (or by) and to is two amounts, not a range.

"rose from 10 billion yuan to 15 billion yuan" states where the figure stood and where it
stands; "ranges from 10 to 15 billion yuan" states a range. The words are
``lexicon.changes.EN`` and ``MOVE_FROM_EN``.
"""

from __future__ import annotations

import pytest

import investparse

MOVES = [
    ("Port revenue rose from 10 billion yuan to 15 billion yuan.",
     [("10 billion yuan", "10000000000"), ("15 billion yuan", "15000000000")]),
    ("Freight income grew by 5 billion yuan to 30 billion yuan.",
     [("5 billion yuan", "5000000000"), ("30 billion yuan", "30000000000")]),
    ("Its sales climbed 2 billion yuan to 12 billion yuan.",
     [("2 billion yuan", "2000000000"), ("12 billion yuan", "12000000000")]),
    ("Inbound investment increased from US$1.2 billion to US$1.9 billion.",
     [("US$1.2 billion", "1200000000"), ("US$1.9 billion", "1900000000")]),
    # the first figure shares the second's unit
    ("Card spending rose from 3 billion to 4.5 billion yuan.",
     [("3 billion", "3000000000"), ("4.5 billion yuan", "4500000000")]),
    ("Spending was up from 1.2 billion yuan to 1.5 billion yuan.",
     [("1.2 billion yuan", "1200000000"), ("1.5 billion yuan", "1500000000")]),
]

RANGES = [
    "Budgets range from 10 billion yuan to 15 billion yuan.",
    "The deal is worth 5 billion yuan to 8 billion yuan.",
    "Sales grew by 2 to 3 billion yuan.",  # a range of the change itself
    "from $5 million to $10 million",
]


@pytest.mark.parametrize(("text", "want"), MOVES)
def test_a_move_is_two_amounts(text: str, want: list[tuple[str, str]]) -> None:
    doc = investparse.parse_document(text)
    got = [(m.text, str(m.value.amount)) for m in doc.mentions if m.kind == "money"]
    assert got == want


@pytest.mark.parametrize("text", RANGES)
def test_a_range_stays_one(text: str) -> None:
    doc = investparse.parse_document(text)
    assert [m.value.qualifier for m in doc.mentions if m.kind == "money"] == ["range"]


def test_the_moved_figures_share_the_subject_and_keep_their_years() -> None:
    doc = investparse.parse_document(
        "Exports increased from 10 billion yuan in 2022 to 15 billion yuan in 2024.")
    assert [(r.subject, r.period.timex if r.period else None) for r in doc.records] == [
        ("Exports", "2022"), ("Exports", "2024")]


def test_a_bare_day_does_not_end_a_range_from_a_year() -> None:
    doc = investparse.parse_document("It grew from 5 billion yuan in 2022 to 15 billion yuan.")
    assert [(m.kind, m.text) for m in doc.mentions] == [
        ("money", "5 billion yuan"), ("date", "2022"), ("money", "15 billion yuan")]
