"""Bad input and arbitrary text (issue 6): no exception, no hang, nothing lost.

Property tests run under the hypothesis profile chosen in ``conftest.py``
(``--hypothesis-profile=long`` for a deeper run). Known bugs in other modules are
strict xfails that name the file and the input.
"""

from __future__ import annotations

import datetime as dt
import itertools
import multiprocessing as mp
import os
import random
import time
from decimal import Decimal
from typing import Any

import pytest
import regex
from hypothesis import given
from hypothesis import strategies as st

import investparse
from investparse import normalize

REF = dt.date(2025, 3, 14)
PLAIN_DECIMAL = regex.compile(r"-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?")
DECIMAL_KEYS = ("amount", "low", "high", "value")

# ---------------------------------------------------------------- strategies

_TOKENS = [
    *"0123456789", "１", "２", "０", ".", ",", "．", "，", "。", "、", "%", "％", "-", "–", "~", "至", "到",
    "万", "亿", "億", "萬", "千", "百", "十", "一", "两", "兩", "三", "元", "圓", "美元", "港元", "人民币",
    "超", "超过", "约", "近", "逾", "以上", "左右", "余", "多", "增长", "下降", "个百分点", "個百分點", "倍",
    "第", "前", "全省", "全国", "位居", "年", "月", "日", "季度", "今年", "去年", "上半年", "1-9月",
    " ", "  ", "\n", "\u3000", "\u00a0", "\u200b",
    "¡°", "¡±", "ˇŻ", "¨C", "¡­", "£¬", "Łą",
    "$", "US$", "HK$", "¥", "€", "£", "yuan", "billion", "million", "thousand", "US dollars", "dollars",
    "RMB", "about", "more than", "between", "and", "to", "from", "up", "rose", "by", "percent",
    "percentage points", "ranked", "first", "third", "top", "in", "the", "of", "year", "January", "2024",
    "Q1", "No.", "the first quarter", "forty-two", "a",
]
report_text = st.lists(st.sampled_from(_TOKENS), max_size=40).map("".join)
any_text = st.one_of(
    st.text(max_size=120), report_text, st.text(alphabet="0123456789万亿元%,.，。 ", max_size=80)
)


def _decimals(value: Any) -> list[Any]:
    out = []
    if isinstance(value, dict):
        for k, v in value.items():
            if k in DECIMAL_KEYS and v is not None and not isinstance(v, (dict, list)):
                out.append(v)
            else:
                out.extend(_decimals(v))
    elif isinstance(value, list):
        for v in value:
            out.extend(_decimals(v))
    return out


def check_document(text: str, doc: investparse.Document) -> None:
    """The invariants every parse of any text keeps."""
    by_kind: dict[str, list[tuple[int, int]]] = {}
    for m in doc.mentions:
        assert 0 <= m.start < m.end <= len(text), m
        assert text[m.start:m.end] == m.text, m
        by_kind.setdefault(m.kind, []).append((m.start, m.end))
    for kind, spans in by_kind.items():
        spans.sort()
        for (_, e1), (s2, _) in itertools.pairwise(spans):
            assert e1 <= s2, (kind, spans)
    dump = doc.model_dump(mode="json")
    for v in _decimals([m["value"] for m in dump["mentions"]]):
        assert isinstance(v, str) and PLAIN_DECIMAL.fullmatch(v), v
        assert Decimal(v).is_finite()
    ids = {m.id for m in doc.mentions}
    for r in doc.records:
        assert r.amount in ids
        assert 0 <= r.start <= r.end <= len(text)


# ---------------------------------------------------------------- properties


@given(any_text)
def test_parse_document_never_raises(text: str) -> None:
    check_document(text, investparse.parse_document(text, REF))


@given(report_text)
def test_parse_document_without_reference_or_normalisation(text: str) -> None:
    check_document(text, investparse.parse_document(text))
    check_document(text, investparse.parse_document(text, REF, normalize=False))


@given(any_text)
def test_single_phrase_parsers_never_raise(text: str) -> None:
    for value in (
        investparse.parse_amount(text),
        investparse.parse_percent(text),
        investparse.parse_rank(text),
        investparse.parse_date(text),
        investparse.parse_date(text, reference_date=REF),
    ):
        if value is not None:
            for v in _decimals(value.model_dump(mode="json")):
                assert PLAIN_DECIMAL.fullmatch(v), v
    n = investparse.parse_number(text)
    assert n is None or (isinstance(n, Decimal) and n.is_finite())


@given(any_text)
def test_normalize_maps_back(text: str) -> None:
    n = normalize(text)
    assert n.original == text
    last = 0
    for i in range(len(n.text)):
        s, e = n.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert s >= last  # monotone: spans come in order and never overlap
        last = e
        if e - s == 1 and n.text[i] != text[s]:
            # a 1:1 fold: the character folds to exactly this one
            assert normalize(text[s]).text == n.text[i] or text[s] in "¡¨ˇŁ£©¢¦˘"
    assert n.to_original(0, len(n.text))[0] >= 0
    assert n.to_original(len(n.text), len(n.text)) == (len(text), len(text))
    # any span maps to a span that contains the originals of its ends
    if n.text:
        a, b = sorted((len(n.text) // 3, 2 * len(n.text) // 3 + 1))
        s, e = n.to_original(a, b)
        assert 0 <= s <= e <= len(text)
    assert normalize(text, repair=False).text == text


@given(report_text)
def test_normalize_is_idempotent_on_report_text(text: str) -> None:
    once = normalize(text).text
    assert normalize(once).text == once or "Łą" in text or "¨" in text


# ---------------------------------------------------------------- type errors

PARSERS = [
    ("parse_document", investparse.parse_document),
    ("parse_amount", investparse.parse_amount),
    ("parse_percent", investparse.parse_percent),
    ("parse_rank", investparse.parse_rank),
    ("parse_date", investparse.parse_date),
    ("parse_number", investparse.parse_number),
    ("normalize", investparse.normalize),
]


@pytest.mark.parametrize(("name", "func"), PARSERS)
@pytest.mark.parametrize("bad", [None, 5, 1.5, b"40\xe4\xba\xbf", bytearray(b"1"), ["40亿元"], Decimal("1")])
def test_non_str_raises_type_error(name: str, func: Any, bad: Any) -> None:
    with pytest.raises(TypeError) as info:
        func(bad)
    message = str(info.value)
    assert name in message and type(bad).__name__ in message


@pytest.mark.parametrize(("name", "func"), [("parse_document", investparse.parse_document),
                                            ("parse_date", investparse.parse_date)])
@pytest.mark.parametrize("bad", ["2025-03-14", 20250314, 1.5, dt.time(1, 2), [2025, 3, 14]])
def test_bad_reference_date_raises_type_error(name: str, func: Any, bad: Any) -> None:
    with pytest.raises(TypeError) as info:
        func("今年3月", reference_date=bad)
    assert name in str(info.value) and type(bad).__name__ in str(info.value)


def test_datetime_reference_date_is_accepted() -> None:
    doc = investparse.parse_document("总投资40亿元", reference_date=dt.datetime(2025, 3, 14, 15, 53))
    assert doc.reference_date == "2025-03-14"


# ---------------------------------------------------------------- junk and repeats


def _junk() -> list[str]:
    rng = random.Random(6)
    raw = bytes(rng.randrange(256) for _ in range(4000))
    return [
        raw.decode("latin-1"),
        raw.decode("utf-8", errors="replace"),
        raw.decode("utf-8", errors="surrogateescape"),
        raw.decode("cp1252", errors="ignore"),
        raw.decode("gbk", errors="replace"),
        "".join(chr(rng.randrange(0x110000)) for _ in range(2000)).encode("utf-8", "surrogatepass")
        .decode("utf-8", "replace"),
    ]


@pytest.mark.parametrize("text", ["", " ", "\n\t \u3000\u00a0", "\u200b\ufeff", "。，、", "元", "%", "$"])
def test_empty_and_blank_text(text: str) -> None:
    doc = investparse.parse_document(text)
    assert doc.mentions == [] and doc.records == []
    for parse in (investparse.parse_amount, investparse.parse_percent, investparse.parse_rank,
                  investparse.parse_date, investparse.parse_number):
        assert parse(text) is None


@pytest.mark.parametrize("index", range(6))
def test_binary_junk_decoded_as_text(index: int) -> None:
    text = _junk()[index]
    check_document(text, investparse.parse_document(text, REF))
    normalize(text)


def _parse_in_child(text: str, queue: Any) -> None:
    start = time.process_time()
    doc = investparse.parse_document(text)
    seconds = time.process_time() - start
    check_document(text, doc)
    queue.put((seconds, [(m.kind, m.text) for m in doc.mentions]))


def parse_within(text: str, seconds: float) -> list[tuple[str, str]] | None:
    """parse_document(text) in a child process; None when it takes more than ``seconds``.

    The limit is on the child's CPU time, so a busy machine does not fail the test;
    a wall-clock guard of 10x the limit stops a real hang.
    """
    ctx = mp.get_context("fork")
    queue = ctx.Queue()
    proc = ctx.Process(target=_parse_in_child, args=(text, queue))
    proc.start()
    proc.join(seconds * 10)
    if proc.is_alive():
        proc.terminate()
        proc.join()
        return None
    assert proc.exitcode == 0, f"child failed on {text[:20]!r}…"
    cpu, result = queue.get(timeout=5)
    if cpu > seconds:
        return None
    return list(result)


REPEATS = [
    pytest.param("亿" * 10_000, [], id="yi"),
    pytest.param("一" * 10_000, [], id="yi1"),
    pytest.param("萬" * 10_000, [], id="wan-trad"),
    pytest.param("1" * 10_000, [], id="digits"),
    pytest.param("１" * 10_000, [], id="fullwidth-digits"),
    pytest.param("," * 10_000, [], id="commas"),
    pytest.param("1," * 5_000, [], id="1,1,"),
    pytest.param("1." * 5_000, [], id="1.1."),
    pytest.param("%" * 10_000, [], id="percent-signs"),
    pytest.param("$" * 10_000, [], id="dollars"),
    pytest.param("超" * 10_000, [], id="chao"),
    pytest.param("¡°" * 5_000, [], id="mojibake-quotes"),
    pytest.param(" " * 10_000, [], id="spaces"),
    pytest.param("between 1 and " * 700, [], id="between"),
    pytest.param("超" * 5_000 + "5亿元", [("money", "超5亿元")], id="chao-then-money"),
    pytest.param("，" * 5_000 + "增长12%", [("percent", "12%")], id="commas-then-percent"),
    pytest.param("$1" * 5_000, None, id="many-mentions"),
    # (names before 分别: a joiner that is a Han character too must not make the split ambiguous)
    pytest.param("和" * 5_000 + "分别完成1亿元和2亿元", None, id="respective-names"),
    pytest.param("出口、" * 2_000 + "分别完成1亿元和2亿元", None, id="respective-name-list"),
    pytest.param("rose from $1 to $2, " * 500, None, id="moves"),
    pytest.param(", while $1 in 2020" * 500, None, id="while-halves"),
]


@pytest.mark.parametrize(("text", "want"), REPEATS)
def test_long_repeats_return_promptly(text: str, want: list[tuple[str, str]] | None) -> None:
    got = parse_within(text, seconds=4.0)
    assert got is not None, "parse_document took more than 4 CPU seconds on 10,000 characters"
    if want is not None:
        assert got == want


@pytest.mark.parametrize("n", [2_000, 10_000])
def test_long_number_stays_one_mention(n: int) -> None:
    text = "总投资" + "1" * n + "亿元"
    got = parse_within(text, seconds=4.0)
    assert got is not None
    assert got == [("money", "1" * n + "亿元")]


def test_no_environment_leak() -> None:
    # the child-process helper must not leave processes behind
    assert mp.active_children() == [] or all(not p.is_alive() for p in mp.active_children())
    assert os.getpid() > 0


# ---------------------------------------------------------------- round trip: mojibake + full width

_MANGLE = "“”‘’—–…、。，；：（）《》【】"
_KEEP_ASCII = ",;:!?()"  # their full-width forms are Chinese clause punctuation, kept as they are


def mangle(text: str) -> tuple[str, list[int]]:
    """Quotes, dashes and Chinese punctuation through GBK-read-as-cp1252, ASCII to full width.

    Returns the new text and, for every character of it, the index of the original
    character it stands for.
    """
    pieces: list[str] = []
    owner: list[int] = []
    for i, ch in enumerate(text):
        new = ch
        if ch in _MANGLE:
            try:
                new = ch.encode("gbk").decode("cp1252")
            except UnicodeError:
                new = ch
        elif ch == " ":
            new = "\u3000"
        elif "!" <= ch <= "~" and ch not in _KEEP_ASCII:
            new = chr(ord(ch) + 0xFEE0)
        pieces.append(new)
        owner.extend([i] * len(new))
    return "".join(pieces), owner


def back(owner: list[int], start: int, end: int) -> tuple[int, int]:
    return owner[start], owner[end - 1] + 1


PARAGRAPHS = [
    "据“新华社”报道，2024年1—9月，全市实际使用外资12.5亿美元，同比增长18.3%，增速位居全省第二。"
    "其中，新签约项目36个，总投资超280亿元——较去年同期提高4.5个百分点。",
    "2025年3月6日，某某科技（集团）的12英寸项目正式签约，总投资约40亿元；项目达产后，"
    "预计年产值不低于60亿元……占全区的三成以上，即35%左右。",
    "In the first quarter of 2024, the province’s “paid-in” foreign capital reached US$4.7 billion – "
    "up 12.5% year on year – while exports rose to 46.5 billion yuan.",
    "Revenue was 217 million yuan (about 30 million US dollars), some 5% above the 2023 level; "
    "the company’s margin fell by 3.2 percentage points to 18%.",
]


@pytest.mark.parametrize("index", range(len(PARAGRAPHS)))
def test_mangled_copy_finds_the_same_mentions(index: int) -> None:
    text = PARAGRAPHS[index]
    mangled, owner = mangle(text)
    assert mangled != text
    want = investparse.parse_document(text, REF)
    got = investparse.parse_document(mangled, REF)
    check_document(mangled, got)
    assert len(want.mentions) >= 2
    want_set = {(m.kind, m.start, m.end, m.value.model_dump_json()) for m in want.mentions}
    got_set = {(m.kind, *back(owner, m.start, m.end), m.value.model_dump_json()) for m in got.mentions}
    assert got_set == want_set
