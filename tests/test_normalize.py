"""Normalisation (issue 6): width, Traditional forms, dashes, spaces, mojibake, offsets.

Every test here states what the normalised text is *and* that spans map back into
the caller's original string.
"""

from __future__ import annotations

import datetime as dt
import importlib
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import investparse
from investparse import normalize
from investparse.normalize import _AMBIGUOUS, _MOJIBAKE

REF = dt.date(2025, 3, 14)


# ---------------------------------------------------------------- folding, 1:1


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("总投资１２３．４５亿元", "总投资123.45亿元"),
        ("ＵＳ＄５ｍ", "US$5m"),
        ("增长１２％", "增长12%"),
        ("增长12﹪", "增长12%"),
        # the full-width comma is clause punctuation, kept, but between full-width digits
        # before a group of exactly three it is their thousands separator
        ("１，２３４", "1,234"),
        ("１２，３４５，６７８．５", "12,345,678.5"),
        ("1，234", "1，234"),
        ("１，２３", "1，23"),
        ("１，２３４５", "1，2345"),
        ("共５，其中", "共5，其中"),
        ("兩億五千萬圓", "两亿五千万元"),
        ("3.5個百分點", "3.5个百分点"),
        ("約5億美元", "约5亿美元"),
        ("超過3億元", "超过3亿元"),
        ("港幣、新臺幣、歐元、英鎊", "港币、新台币、欧元、英镑"),
        ("增長、減少、全國、進位", "增长、减少、全国、进位"),
        ("1–2亿元", "1-2亿元"),
        ("1—2亿元", "1-2亿元"),
        ("1−2", "1-2"),
        ("1〜2", "1~2"),
        ("1～2", "1~2"),
        ("5\u00a0million", "5 million"),
        ("5\u2009million", "5 million"),
        ("a\u3000b", "a b"),
    ],
)
def test_one_to_one_folding(raw: str, want: str) -> None:
    n = normalize(raw)
    assert n.text == want
    if len(raw) == len(want):
        for i in range(len(want)):
            assert n.to_original(i, i + 1) == (i, i + 1)


# ---------------------------------------------------------------- variable-length edits


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("HKCˇŻs", "HKC’s"),  # cp1250
        ("2018¨C2020", "2018-2020"),  # cp1252, ASCII trail byte
        ("¡°中国制造¡±", "“中国制造”"),  # cp1252
        ("ˇ°中国制造ˇ±", "“中国制造”"),  # cp1250
        ("¡õ", "□"),
        ("¡®ok¡¯", "‘ok’"),
        ("等¡­¡­", "等……"),  # the trail byte is a soft hyphen
        ("投资£¬增长", "投资，增长"),
        ("£¨一£©", "（一）"),
        ("£²£°£²£´", "2024"),  # full-width digits, each pair vouched for by its neighbour
        ("Ł˛ŁŻ", "2/"),
        ("£¥", "%"),
        ("ŁąŁĄ", "9%"),
        ("1 亿元", "1亿元"),
        ("1115.2 亿元", "1115.2亿元"),
        ("增长 12%", "增长12%"),
        ("四点 五个百分点", "四点五个百分点"),
        ("12% 的", "12%的"),
        ("1\u200b000亿元", "1000亿元"),
        ("\ufeff5亿元", "5亿元"),
        ("bil\u00adlion", "billion"),
    ],
)
def test_variable_length_edits(raw: str, want: str) -> None:
    n = normalize(raw)
    assert n.text == want
    # the whole normalised text maps to the whole original
    assert n.to_original(0, len(n.text)) == (0, len(raw)) or raw[0] in "\ufeff"


@pytest.mark.parametrize(
    "raw",
    [
        "café au lait",
        "£10 million",
        "Ærø",
        "Straße, naïve résumé, Œuvre, Ångström",
        "Łącznie 5 mln zł, Łódź",
        "¡Éxito! ¡Ándale!",
        "©Reuters 2024, © AP",
        "£½m and ¥¼",
        "§5 Abs. 2",
        "¿Qué? ¡Sí!",
        "5 million yuan",
        "HK$ 5",
        "中国 China",  # a space between Han and a letter is kept
        "2024 中国",  # four digits then Han: kept? no, digits are a numeric edge
    ][:-1],
)
def test_european_text_untouched(raw: str) -> None:
    n = normalize(raw)
    assert n.text == raw
    assert n.to_original(0, len(raw)) == (0, len(raw))


def test_mojibake_table_is_derived_from_the_encodings() -> None:
    """Every GBK punctuation/symbol character in the rows the table covers comes back."""
    checked = 0
    for lead in range(0xA1, 0xAA):
        for trail in range(0xA1, 0xFF):
            raw = bytes((lead, trail))
            try:
                good = raw.decode("gbk")
            except UnicodeDecodeError:
                continue
            if not good or good.isalpha() or good.isspace():
                continue
            for enc in ("cp1252", "cp1250"):
                try:
                    bad = raw.decode(enc)
                except UnicodeDecodeError:
                    continue
                if bad not in _MOJIBAKE:
                    continue
                # surrounded by unambiguous quotes, an ambiguous pair is repaired too
                text = "¡°" + bad + "¡±"
                want = "“" + normalize(good).text + "”"
                assert normalize(text).text == want, (raw.hex(), enc, bad)
                if bad not in _AMBIGUOUS:
                    assert normalize("x " + bad + " y").text == "x " + normalize(good).text + " y"
                checked += 1
    assert checked > 300


def test_ambiguous_pairs_alone_are_kept() -> None:
    for bad in sorted(_AMBIGUOUS):
        assert normalize(" " + bad + " ").text == " " + bad + " ", bad


def test_round_trip_of_a_gbk_page() -> None:
    page = "“十四五”期间，总投资约１２０亿元（含税）——增长１２％……"
    broken = page.encode("gbk").decode("cp1252", errors="replace")
    assert "\ufffd" not in broken
    repaired = normalize(broken)
    # quotes, dashes, brackets and digits come back; Han characters can't (they are letters)
    for ch in "“”（）12%…":
        assert ch in repaired.text


# ---------------------------------------------------------------- the offset map


def test_to_original_maps_every_character() -> None:
    raw = "¡°总投资１．５ 亿元¡±，HKCˇŻs 1\u200b000亿元"
    n = normalize(raw)
    for i, ch in enumerate(n.text):
        s, e = n.to_original(i, i + 1)
        assert 0 <= s < e <= len(raw)
        piece = raw[s:e]
        assert normalize(piece).text == ch or ch in "“”’", (i, ch, piece)
    assert n.to_original(len(n.text), len(n.text)) == (len(raw), len(raw))
    with pytest.raises(ValueError):
        n.to_original(0, len(n.text) + 1)
    # a span maps to where its first character came from starts and its last one's ends
    for i in range(len(n.text)):
        for j in range(i + 1, len(n.text) + 1):
            assert n.to_original(i, j) == (n._source(i)[0], n._source(j - 1)[1])


def test_repair_false_is_identity() -> None:
    raw = "¡°总投资１．５ 億元¡± HKCˇŻs"
    n = normalize(raw, repair=False)
    assert n.text == raw
    assert n.to_original(2, 5) == (2, 5)


def test_normalize_type_error() -> None:
    with pytest.raises(TypeError, match=r"normalize\(\).*bytes"):
        normalize(b"abc")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"normalize\(\).*NoneType"):
        normalize(None)  # type: ignore[arg-type]


def test_public_api() -> None:
    assert investparse.normalize is normalize
    n = investparse.normalize("１ 亿")
    assert isinstance(n, investparse.Normalized)
    assert (n.text, n.original) == ("1亿", "１ 亿")


# ---------------------------------------------------------------- mentions, every kind


def _find(doc: investparse.Document, kind: str, phrase: str) -> Any:
    for m in doc.mentions:
        if m.kind == kind and phrase in m.text:
            return m
    return None


def _check_offsets(text: str, doc: investparse.Document) -> None:
    for m in doc.mentions:
        assert text[m.start:m.end] == m.text


# a prefix that exercises every normalisation before the mention
PREFIX = "據¡°報道¡±，１２ 個項目總投資 ３ 億元——HKCˇŻs "


def test_money_offsets_after_normalisation() -> None:
    text = PREFIX + "另有逾１．５ 億美元。"
    doc = investparse.parse_document(text, REF)
    _check_offsets(text, doc)
    m = _find(doc, "money", "１．５ 億美元")
    assert m is not None, doc.mentions
    assert m.text == "逾１．５ 億美元"
    assert m.value.amount == Decimal("150000000") and m.value.currency == "USD"
    assert m.value.qualifier == "more_than"
    first = _find(doc, "money", "３ 億元")
    assert first is not None and first.value.amount == Decimal("300000000")


def test_percent_offsets_after_normalisation() -> None:
    text = PREFIX + "同比增長 ３．５ 個百分點，增長¡°１２％¡±。"
    doc = investparse.parse_document(text, REF)
    _check_offsets(text, doc)
    pp = _find(doc, "percent", "個百分點")
    assert pp is not None, doc.mentions
    assert pp.text.startswith("３．５") and pp.value.unit == "percentage_point"
    assert pp.value.value == Decimal("3.5") and pp.value.change == "increase"
    pct = _find(doc, "percent", "１２％")
    assert pct is not None and pct.value.value == Decimal("12")


def test_rank_offsets_after_normalisation() -> None:
    text = PREFIX + "位居全國第１。"
    doc = investparse.parse_document(text, REF)
    _check_offsets(text, doc)
    r = _find(doc, "rank", "第１")
    assert r is not None, doc.mentions
    assert r.value.position == 1


def test_date_offsets_after_normalisation() -> None:
    text = PREFIX + "於２０２４年３月６日 簽約。"
    doc = investparse.parse_document(text, REF)
    _check_offsets(text, doc)
    d = _find(doc, "date", "２０２４年３月６日")
    assert d is not None, doc.mentions
    assert d.value.timex == "2024-03-06"


def test_english_mojibake_offsets() -> None:
    text = "HKCˇŻs revenue ¨C a ¡°record¡± ¨C was217 million yuan, up 12%."
    doc = investparse.parse_document(text, REF)
    _check_offsets(text, doc)
    m = _find(doc, "money", "217 million yuan")
    assert m is not None and m.value.amount == Decimal("217000000")
    p = _find(doc, "percent", "12%")
    assert p is not None and p.value.value == Decimal("12")


@pytest.mark.parametrize(
    ("text", "phrase", "amount"),
    [
        ("Revenue was217 million yuan in 2024.", "217 million yuan", "217000000"),
        ("The city benefited118 million US dollars.", "118 million US dollars", "118000000"),
        ("总投资为40亿元", "40亿元", "4000000000"),
    ],
)
def test_words_run_together(text: str, phrase: str, amount: str) -> None:
    doc = investparse.parse_document(text)
    m = _find(doc, "money", phrase)
    assert m is not None, doc.mentions
    assert m.value.amount == Decimal(amount)
    assert text[m.start:m.end] == m.text


def test_parse_document_normalize_false() -> None:
    text = "总投资１２ 億元"
    on = investparse.parse_document(text)
    off = investparse.parse_document(text, normalize=False)
    assert [m.value.amount for m in on.mentions if m.kind == "money"] == [Decimal("1200000000")]
    # without normalisation the full-width digits are not Arabic digits to the patterns
    assert all(m.text != "１２ 億元" for m in off.mentions)
    for doc in (on, off):
        _check_offsets(text, doc)


def test_single_phrase_parsers_normalise() -> None:
    m = investparse.parse_amount("¡°１２ 億元¡±")
    assert m is not None and m.amount == Decimal("1200000000")
    assert investparse.parse_number("１２３") == Decimal("123")
    p = investparse.parse_percent("增長１２％")
    assert p is not None and p.value == Decimal("12") and p.change == "increase"


@pytest.mark.parametrize("normalize", [True, False])
def test_traditional_vague_characters_read_alike_unnormalised(normalize: bool) -> None:
    # 餘 and 幾 inside a number make it vague whether or not the text was folded first
    doc = investparse.parse_document("另有70餘亿元和30幾亿元。", normalize=normalize)
    assert [(m.text, m.value.qualifier) for m in doc.mentions if m.kind == "money"] == [
        ("70餘亿元", "more_than"), ("30幾亿元", "more_than")]



_NORMALIZE = importlib.import_module("investparse.normalize")  # (the package's name is the function)
_WIDTH_SAMPLE = [*sorted(map(chr, _NORMALIZE._WIDTH))[::7], "a", "年", " ", "5", "，"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WIDTH_SAMPLE), max_size=40).map("".join))
def test_widened_is_the_translation(text: str) -> None:
    assert _NORMALIZE._widened(text) == text.translate(_NORMALIZE._WIDTH)


_EDIT_SAMPLE = [*_WIDTH_SAMPLE[::3], *sorted(_MOJIBAKE)[::11], "\u200b", "\t", " ", "亿", "x", "é", "¡", "°"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_EDIT_SAMPLE), max_size=30).map("".join))
def test_a_text_already_normal_is_its_own_normal_form(text: str) -> None:
    # the phrase parsers' shortcut: a text needing no change is used as it is
    if _NORMALIZE.already_normal(text):
        assert normalize(text).text == text


@pytest.mark.parametrize("text", ["£5", "between £5 and £20 million", "©2024", "5亿元"])
def test_a_lead_character_without_its_pair_changes_nothing(text: str) -> None:
    assert _NORMALIZE.already_normal(text)
    assert normalize(text).text == text
