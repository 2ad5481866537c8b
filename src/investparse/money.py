"""Money: patterns built from the currency and qualifier tables, and match -> Money.

>>> [f.value.amount for f in find("总投资40亿元", Context())]
[Decimal('4000000000')]
>>> find("about 93 billion yuan", Context())[0].value.qualifier
'approx'
"""

from __future__ import annotations

from decimal import Decimal

import regex

from ._patterns import alt
from .found import Context, Found
from .lexicon import currencies as cur_lex
from .lexicon import qualifiers as q_lex
from .models import Money
from .numerals import NUMBER, NUMBER_START, ZH_BIG_CLASS, ZH_UNIT_CLASS, numeral_value
from .qualify import bounds, qualifier_of

# ---------------------------------------------------------------- currency lookups


def _surfaces() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """(before-number surfaces, after-number surfaces, case-sensitive surfaces) -> code."""
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    exact: dict[str, str] = {}
    for c in cur_lex.CURRENCIES:
        for w in c.words:
            after.setdefault(w, c.code)
        for w in c.words_before:
            before.setdefault(w, c.code)
        for s in (*c.symbols, *c.codes):
            before.setdefault(s, c.code)
            after.setdefault(s, c.code)
            exact.setdefault(s, c.code)
    return before, after, exact


_BEFORE, _AFTER, _EXACT = _surfaces()
_LOWER = {k.lower(): v for k, v in {**_BEFORE, **_AFTER}.items() if k not in _EXACT}


def _guarded(word: str) -> str:
    pattern = alt([word])
    behind, ahead = cur_lex.WORD_GUARDS.get(word, ("", ""))
    return behind + pattern + ahead


def _currency_alt(surfaces: dict[str, str]) -> str:
    exact = [s for s in surfaces if s in _EXACT]
    words = [s for s in surfaces if s not in _EXACT]
    zh = sorted((w for w in words if not w.isascii()), key=len, reverse=True)
    en = [w for w in words if w.isascii()]
    parts = [_guarded(w) if w in cur_lex.WORD_GUARDS else alt([w]) for w in zh]
    parts.append("(?i:" + alt(en, ascii_boundary=True) + ")")
    parts.append(alt(exact, ascii_boundary=True))
    return "(?:" + "|".join(parts) + ")"


def currency_code(surface: str) -> str | None:
    """The ISO 4217 code of a currency word, symbol or code as written, or None.

    >>> currency_code("US dollars"), currency_code("亿元"[1:]), currency_code("HK$")
    ('USD', 'CNY', 'HKD')
    """
    s = surface.strip()
    if s in _EXACT:
        return _EXACT[s]
    key = regex.sub(r"\s+", " ", s.lower())
    return _LOWER.get(key) or _AFTER.get(s) or _BEFORE.get(s)


# ---------------------------------------------------------------- the pattern

_CUR_BEFORE = _currency_alt(_BEFORE)
_CUR_AFTER = _currency_alt(_AFTER)
_ZH_BEFORE = [w for w in q_lex.BEFORE if not w.isascii()]
_EN_BEFORE = [w for w in q_lex.BEFORE if w.isascii()]
_QB = (
    rf"(?:(?P<qb>(?<![{q_lex.YUE_NOT_APPROX_AFTER}]){alt(_ZH_BEFORE)}了?"
    rf"|{alt(q_lex.BEFORE_MAGNITUDE)}(?={ZH_UNIT_CLASS})"
    rf"|(?i:{alt(_EN_BEFORE, ascii_boundary=True)}))\s*+)"
)
_ZH_AFTER = [w for w in q_lex.AFTER if not w.isascii()]
_EN_AFTER = [w for w in q_lex.AFTER if w.isascii()]
_QA = rf"(?P<qa>{alt(_ZH_AFTER)}|\s*+(?i:{alt(_EN_AFTER, ascii_boundary=True)}))"
_INSIDE = alt(q_lex.INSIDE)
_OPEN = r"(?:(?P<open>(?i:between|from))\s++)"
_CONN = rf"(?:\s*+(?P<conn>{alt(q_lex.RANGE_CONNECTORS)}|(?i:to|and)(?![A-Za-z]))\s*+)"
_N1 = rf"{NUMBER_START}(?P<n1>{NUMBER})(?P<ins>{_INSIDE})?+"
_N2 = rf"(?P<n2>{NUMBER})(?P<ins>{_INSIDE})?+"
_SP = r"[ \t]{0,2}+"

MONEY = regex.compile(
    # 1. currency after the number: 超28亿元 / 1-2亿元 / 46.5 billion yuan / 5-billion-euro
    rf"(?:{_QB}?{_OPEN}?{_N1}(?:{_CONN}(?:{_CUR_BEFORE}{_SP})?{_N2})?[\s-]?+(?P<cur>{_CUR_AFTER}){_QA}?"
    # 2. currency before the number: 人民币50元 / US$4.7 billion / about $10-$20
    rf"|{_QB}?{_OPEN}?(?P<cur>{_CUR_BEFORE}){_SP}{_N1}(?:{_CONN}(?:{_CUR_BEFORE}{_SP})?{_N2})?"
    rf"(?:{_SP}(?P<cur2>{_CUR_AFTER}))?{_QA}?)",
    regex.VERSION1,
)
_TRAILING_MAGNITUDE = regex.compile(
    rf"(?:{ZH_BIG_CLASS}++|[\s-]?+(?i:thousand|million|billion|trillion|lakhs?|crores?)"
    r"|\s?+(?:k|K|m|M|mn|mln|bn|B|b|tn|T))$"
)


def _magnitude_of(text: str) -> Decimal:
    """The magnitude a number ends with (亿 -> 10^8, million -> 10^6), else 1."""
    m = _TRAILING_MAGNITUDE.search(text)
    if not m or m.start() == 0:
        return Decimal(1)
    whole, head = numeral_value(text), numeral_value(text[: m.start()])
    if whole is None or not head:
        return Decimal(1)
    return whole / head


def _has_magnitude(text: str) -> bool:
    return _TRAILING_MAGNITUDE.search(text) is not None or regex.search(ZH_BIG_CLASS, text) is not None


def _value_of(m: regex.Match[str]) -> Money | None:
    n1_text = m.group("n1")
    n1 = numeral_value(n1_text)
    if n1 is None:
        return None
    code = currency_code(m.group("cur"))
    if code is None:
        return None
    n2_text = m.group("n2")
    if n2_text:
        n2 = numeral_value(n2_text)
        if n2 is None:
            return None
        if not _has_magnitude(n1_text):
            n1 *= _magnitude_of(n2_text)
        if n1 > n2:
            return None
        return Money(amount=None, low=n1, high=n2, currency=code, qualifier="range")
    inside = bool(m.group("ins")) or bool(regex.search("[余多几]", n1_text))
    qualifier = qualifier_of(m.group("qb"), m.group("qa"), inside=inside)
    low, high = bounds(n1, qualifier)
    return Money(amount=n1, low=low, high=high, currency=code, qualifier=qualifier)


def _span(m: regex.Match[str]) -> tuple[int, int]:
    start = m.start()
    if m.group("open") and not m.group("n2"):
        # "from 10 dollars": without a second number the phrase is not a range
        start = m.start("cur") if m.start("cur") < m.start("n1") else m.start("n1")
        if m.group("qb") and m.start("qb") >= m.end("open"):
            start = m.start("qb")
    return start, m.end()


def find(text: str, ctx: Context) -> list[Found]:
    """Every money phrase in normalised ``text``.

    >>> [(f.start, f.end) for f in find("签约金额超28亿元", Context())]
    [(4, 10)]
    """
    found: list[Found] = []
    for m in MONEY.finditer(text):
        value = _value_of(m)
        if value is None:
            continue
        start, end = _span(m)
        found.append(Found("money", start, end, value))
    return _merge_two_sided(text, found)


def _merge_two_sided(text: str, found: list[Found]) -> list[Found]:
    """Join "from 10 dollars to 20 dollars" / "between $1 and $2" into one range."""
    if len(found) < 2:
        return found
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            gap = text[a.end:b.start]
            head = text[max(0, a.start - 8):a.start]
            va, vb = a.value, b.value
            if (isinstance(va, Money) and isinstance(vb, Money) and va.currency == vb.currency
                    and va.amount is not None and vb.amount is not None and va.amount <= vb.amount
                    and regex.fullmatch(r"\s*+(?i:to|and|-|至|到)\s*+", gap)
                    and (m := regex.search(r"(?i:between|from)\s++$", head))):
                start = a.start - (len(head) - m.start())
                out.append(Found("money", start, b.end, Money(
                    amount=None, low=va.amount, high=vb.amount, currency=va.currency, qualifier="range")))
                i += 2
                continue
        out.append(a)
        i += 1
    return out
