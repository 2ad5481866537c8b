"""Dateline detection: a full date with a dateline's shape in the first lines, and no other."""

from __future__ import annotations

import datetime as dt

import pytest

from investparse.dateline import detect_dateline

DAY = dt.date(2025, 11, 18)


@pytest.mark.parametrize("text", [
    "2025-11-18\nThis year, the district signed 36 projects.",
    "2025-11-18\r\nThis year, the district signed 36 projects.",
    "Riverside zone news\nNovember 18, 2025\nThe zone signed 36 projects this year.",
    "青溪区招商简报\n2025年11月18日\n今年以来，全区签约项目36个。",
    "2025-11-18 来源：青溪区统计局\n今年1-9月，全区投资增长5%。",
    "2025-11-18 15:30  News desk\nBody.",
    "Release time: 2025-11-18\nBody.",
    "发布时间：2025-11-18\n正文。",
    "Title\n\n2025-11-18\n\nBody.",
    "2025-11-18",
    # a site's name, or a source label, before it on its line
    "青溪区招商简报\n青溪区人民政府网 2025年11月18日 来源：区投促局\n今年以来，全区签约项目36个。",
    "青溪区招商简报\n来源：区投促局 2025-11-18\n今年以来，全区签约项目36个。",
    # in brackets at a line's head, or after a news agency's sign
    "【2025-11-18】今年以来，全区签约项目36个。",
    "[2025-11-18 09:30] The district signed 36 projects this year.",
    "本报讯（2025年11月18日）今年以来，全区签约项目36个。",
    # a city in capitals and small letters, before a dash
    "Hong Kong, November 18, 2025 — The group signed 36 deals.",
    "Chengdu, 18 November 2025 - The city signed 36 projects.",
    # a paper's masthead with its weekday; a speech's date under its title
    "青溪日报\u30002025年11月18日\u3000星期二\u3000第A01版\n\n本报讯 全区签约项目36个。",
    "青溪日报\u30002025年11月18日\u3000第A2版\n\n本报讯 全区签约项目36个。",
    "政府工作报告\n——2025年11月18日在青溪区人民代表大会上\n\n各位代表：",
    # an issuer, a masthead's separator, a city alone on the date's line; a signature at the end
    "青溪区经济发展局\u3000\u30002025年11月18日\n\n全区签约项目36个。",
    "Riverside Bureau of Statistics | November 18, 2025\n\nThe district grew.",
    "Chengdu, November 18, 2025\n\nThe city signed 36 projects.",
    "关于对外投资的公告\n\n本公司拟投资不超过5亿元。\n\n青溪实业股份有限公司董事会\n2025年11月18日\n",
])
def test_dateline_found(text: str) -> None:
    found = detect_dateline(text)
    assert found is not None and found[0] == DAY
    assert text[found[1]:found[2]].strip()[:4] == "2025" or "November" in text[found[1]:found[2]]


@pytest.mark.parametrize("text", [
    "2025年11月18日，全区签约项目36个，总投资120亿元。",
    "On November 18, 2025, the district signed 36 projects.",
    "The plan runs from 2025-11-18 to 2026-01-01 in three phases.",
    "（2025年11月18日前完成）全区签约项目36个。",
    "全区（2025年11月18日）签约项目36个。",
    "——2025年11月18日，全区签约项目36个。",
    "全区签约项目36个，签约仪式于\n2025年11月18日举行。",
])
def test_date_in_the_first_sentence_is_no_dateline(text: str) -> None:
    assert detect_dateline(text) is None


def test_the_dateline_is_no_amounts_period() -> None:
    from investparse import parse_document

    for ref in (None, dt.date(2026, 1, 5)):
        doc = parse_document("【2025-11-18】全区新签约项目总投资120亿元。", reference_date=ref)
        assert [r.period for r in doc.records] == [None]
        assert doc.records[0].subject == "新签约项目总投资"
