"""parse_number / numeral_value: numeral text -> Decimal, and what is not a numeral."""

from __future__ import annotations

from decimal import Decimal

import pytest

from investparse import parse_number
from investparse.numerals import numeral_value

NUMERALS: list[tuple[str, str]] = [
    # Chinese
    ("一百二十三", "123"), ("两千万", "20000000"), ("十", "10"), ("十五", "15"), ("二十", "20"),
    ("一万零五", "10005"), ("一万零十二", "10012"), ("零十", "10"), ("一百零十万", "1100000"),
    ("两千五", "2500"), ("一万五", "15000"), ("百二万", "1200000"), ("三千五百万", "35000000"),
    ("四十五点八八", "45.88"), ("两千三点一", "2300.1"), ("零点零五", "0.05"), ("零点77", "0.77"),
    ("二〇二四", "2024"), ("一九九七", "1997"), ("4.78万亿", "4780000000000"), ("1亿5673万5千", "156735000"),
    ("六十二亿四万五千二", "6200045200"), ("五兆", "5000000000000"), ("十余万", "100000"),
    ("一千多万", "10000000"), ("二十几万", "200000"), ("四万万", "400000000"), ("10万万", "1000000000"),
    # financial (大写) and Traditional
    ("壹仟贰佰叁拾肆", "1234"), ("贰拾亿", "2000000000"), ("玖佰玖拾玖", "999"), ("倆千两百贰拾二", "2222"),
    ("一萬兩千", "12000"), ("三億", "300000000"), ("負五十", "-50"), ("一千零拾肆", "1014"),
    # old tens, halves, measure words
    ("廿", "20"), ("卅三", "33"), ("五百卅四", "534"), ("一萬零卌", "10040"),
    ("一半", "0.5"), ("半个", "0.5"), ("三个半", "3.5"), ("半百", "50"),
    ("一个", "1"), ("五对", "10"), ("一雙", "2"), ("五打", "60"), ("两打", "24"),
    # Chinese fractions
    ("三分之一", "0.3333333333333333333333333333"), ("四分之三", "0.75"), ("百分之五", "0.05"),
    ("十分一", "0.1"), ("十份十一", "1.1"), ("3又一千分之23", "3.023"), ("负一又二分之一", "-1.5"),
    ("二分 之一", "0.5"),
    # mixed and Arabic
    ("1.2万", "12000"), ("3,815", "3815"), ("２０２４", "2024"), ("４，５６５", "4565"),
    ("1 234 567", "1234567"),
    ("46.5", "46.5"), (".5", "0.5"), ("-.5", "-0.5"), ("1/4", "0.25"), ("2 1/4", "2.25"),
    ("1e10", "10000000000"), ("2^5", "32"), ("2^-1", "0.5"), ("1.3x10^6", "1300000"),
    # English words and scales
    ("forty-two", "42"), ("one hundred and twenty", "120"), ("a hundred", "100"), ("a billion", "1000000000"),
    ("one twenty two", "122"), ("two point two million", "2200000"), ("1 point 1", "1.1"),
    ("point 77", "0.77"),
    ("nine point nought four", "9.04"), ("two hundred point seventy-one", "200.71"),
    ("three thousand millions", "3000000000"), ("one million two thousand", "1002000"),
    ("2.5 million", "2500000"), ("$10K"[1:], "10000"), ("3bn", "3000000000"), ("five lakhs", "500000"),
    ("three crores", "30000000"), ("minus 1,200,000", "-1200000"), ("negative five hundred and four", "-504"),
    ("Minus 3", "-3"), ("\u22127", "-7"), ("\u2013 2.5", "-2.5"), ("NEGATIVE TWO", "-2"),
    ("naught", "0"), ("a couple", "2"), ("a dozen of", "12"), ("two hundred dozens", "2400"),
    ("three hundred and two dozens", "324"), ("half a dozen", "6"), ("half million", "500000"),
    ("three quarters billion", "750000000"), ("forty-five (45)", "45"),
    # English fractions
    ("one eighth", "0.125"), ("three quarters", "0.75"), ("a half", "0.5"), ("one and a half", "1.5"),
    ("twenty and three fifths", "20.6"), ("twenty-three fifths", "4.6"),
    ("one hundred and thirty fifths", "26"), ("one hundred thirty fifths", "2.857142857142857142857142857"),
    ("one twenty-fifth", "0.04"), ("two and fifty-four hundredths", "2.54"), ("a hundredth", "0.01"),
    ("one over twenty", "0.05"), ("one-eighth", "0.125"), ("ninety - five hundred-fifths", "1900"),
    # a singular denominator takes a numerator of one: what stands between is its own
    ("one one hundred third", "0.009708737864077669902912621359"), ("one two hundredth", "0.005"),
    ("a three thousandth", "0.0003333333333333333333333333333"),
]

NOT_NUMERALS = ["", "   ", "hello", "abc123", "签约", "元旦", "a few", "few", "several", "点", "分之", "and",
                "one over zero", "1/0", "三分之", "point",
                "five hundredth", "one three fifth", "two third",  # (ordinals, not fractions)
                "one two three",  # (three numbers)
                "两三千万", "十二三亿"]  # (two neighbouring numbers, not one)


@pytest.mark.parametrize(("text", "want"), NUMERALS, ids=[t for t, _ in NUMERALS])
def test_numeral(text: str, want: str) -> None:
    got = parse_number(text)
    assert got is not None, text
    assert abs(got - Decimal(want)) <= Decimal("1e-20"), f"{text!r}: want {want}, got {got}"


@pytest.mark.parametrize("text", NOT_NUMERALS)
def test_not_numeral(text: str) -> None:
    assert parse_number(text) is None
    assert numeral_value(text) is None


@pytest.mark.parametrize("value", [None, 5, 1.5, b"5", ["5"]])
def test_type_error(value: object) -> None:
    with pytest.raises(TypeError):
        parse_number(value)  # type: ignore[arg-type]
    with pytest.raises(TypeError):
        numeral_value(value)  # type: ignore[arg-type]


# ---------------------------------------------------------------- the fast path
# numeral_value reads the common shapes without regex; each must equal the general parsers

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from investparse.lexicon import numerals as lex  # noqa: E402
from investparse.numerals import _fast_value, _general_value, tidy  # noqa: E402

_DIGIT_RUNS = st.text("0123456789", min_size=1, max_size=7)
_ARABIC_LIKE = st.builds(
    lambda parts, seps, frac: "".join(p + s for p, s in zip(parts, seps, strict=False)) + frac,
    st.lists(_DIGIT_RUNS, min_size=1, max_size=4),
    st.lists(st.sampled_from(["", ",", ",", "."]), min_size=4, max_size=4),
    st.sampled_from(["", ".5", ".05", ".", ".1.2"]),
)
_SCALE_WORDS = sorted({*lex.EN_SCALES, *lex.EN_SCALE_ABBREVIATIONS, *lex.EN_VALUE_ONLY_SCALES,
                       *lex.EN_GROUP_WORDS, *lex.EN_HUNDRED, *lex.EN_FRACTION_DENOMINATORS,
                       *lex.EN_ONES, "and", "of", "a", "x"})
_TAILS = st.one_of(
    st.just(""),
    st.builds(lambda v, u: v + u, st.sampled_from(["", "余", "多", "几", "幾"]),
              st.text("".join(lex.ZH_BIG_UNITS) + "千百十", min_size=1, max_size=3)),
    st.builds(lambda sp, w, case: sp + (w.upper() if case == 1 else w.title() if case == 2 else w),
              st.sampled_from([" ", "  ", ""]), st.sampled_from(_SCALE_WORDS), st.integers(0, 2)),
)


@settings(max_examples=3000, deadline=None)
@given(_ARABIC_LIKE, _TAILS)
def test_fast_path_agrees_with_general_parsers(number: str, tail: str) -> None:
    text = number + tail
    fast = _fast_value(text)
    if fast is not None:
        general = _general_value(text)
        assert general is not None and tidy(fast) == tidy(general), text
        # numeral_value leaves out tidy where it would change nothing: same value, same digits
        assert str(numeral_value(text)) == str(tidy(fast)), text


@pytest.mark.parametrize("text", ["3,815", "45,188亿", "31.6余亿", "4.78万亿", "80.4 k", "2.5 Million",
                                  "12 crore", "7 MM"])
def test_fast_path_reads_common_shapes(text: str) -> None:
    assert _fast_value(text) is not None
    assert tidy(_fast_value(text) or 0) == tidy(_general_value(text) or -1)


@settings(max_examples=2000, deadline=None)
@given(st.text(sorted(__import__("investparse.numerals", fromlist=["x"])._ZH_PLAIN_CHARS), min_size=1,
               max_size=8))
def test_plain_chinese_numerals_skip_nothing(text: str) -> None:
    # _zh_full reads these one token per character: no branch it skips could have matched
    from investparse import numerals as n

    assert n._ZH_TOKEN.findall(text) == list(text)
    assert n._ZH_SHORTHAND.search(text) is None and n._ZH_SPACES.search(text) is None
    assert not (n._ZH_FRACTION.match(text) or n._ZH_CLASSIFIER.match(text) or n._ZH_HALF_ONLY.match(text))
    assert lex.ZH_MIXED_JOIN not in text and lex.ZH_HALF not in text


# the readings written out for speed against the token readers they stand in for, on
# every shape they accept (from the lexicon tables)
from investparse import numerals as _numerals  # noqa: E402

_ZH_HEADS = ["", *lex.ZH_DIGITS, *lex.ZH_SMALL_UNITS,
             *(d + u for d in lex.ZH_DIGITS for u in lex.ZH_SMALL_UNITS)]
_ZH_RUNS = ["", *(a + b for a in ["", *lex.ZH_BIG_UNITS] for b in ["", *lex.ZH_BIG_UNITS] if a or not b),
            *(u * 3 for u in lex.ZH_BIG_UNITS), "万" * 4]


@pytest.mark.parametrize("head", _ZH_HEADS)
def test_zh_product_agrees_with_the_token_reader(head: str) -> None:
    for run in _ZH_RUNS:
        text = head + run
        if not text:
            continue
        product = _numerals._zh_product(text)
        if product is not None:
            assert product == _numerals._zh_tokens_read(list(text), 0), text
    if head and head[0] not in "零〇○":  # a product without a zero digit is always read so
        assert _numerals._zh_product(head + "亿") is not None


def test_two_english_words_agree_with_the_cardinal_reader() -> None:
    kinds = _numerals._EN_WORD_KINDS
    firsts = [w for w, (kind, _) in kinds.items() if kind in _numerals._EN_TIMES_SCALE]
    scales = [w for w, (kind, _) in kinds.items() if kind == _numerals._SCALE]
    assert firsts and scales
    for first in firsts:
        for second in scales:
            for text in (f"{first} {second}", f"{first.title()} {second.upper()}"):
                got = numeral_value(text)
                want = _numerals._exact(_numerals._en_cardinal_read, text.split())
                assert (str(got), got) == (str(want), want), text
