"""Money: patterns built from the currency and qualifier tables, and match -> Money.

>>> [f.value.amount for f in find("总投资40亿元", Context())]
[Decimal('4000000000')]
>>> find("about 93 billion yuan", Context())[0].value.qualifier
'approx'
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from . import zones
from ._patterns import Lazy, StdLazy, alt, char_class, lead, starts
from .found import Context, Found
from .lexicon import changes as ch_lex
from .lexicon import currencies as cur_lex
from .lexicon import numerals as num_lex
from .lexicon import qualifiers as q_lex
from .lexicon import text as text_lex
from .models import Money
from .models import assembled_money as _money
from .numerals import (
    EN_UNDER_100,
    EN_UNDER_100_WORDS,
    NUMBER,
    NUMBER_CHARS,
    NUMBER_FIRST_WORDS,
    NUMBER_START,
    NUMBER_WORDS,
    ZH_BIG_CHARS,
    ZH_BIG_CLASS,
    ZH_DIGIT_CLASS,
    ZH_NUMERAL_CHARS,
    ZH_NUMERAL_CLASS,
    ZH_UNIT_CLASS,
    ZH_UNIT_RUN_SCALES,
    approximate_pair,
    numeral_value,
)
from .qualify import bounds, en_before_alt, qualifier_of
from .unit_lists import LIST_ENDS, with_list_items
from .zones import Zoner, anchors, reach_pattern

# ---------------------------------------------------------------- currency lookups


def _surfaces() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, int]]:
    """(before-number surfaces, after-number surfaces, case-sensitive surfaces) -> code,
    and the scale of each scaled code (``MUSD`` -> 10^6)."""
    before: dict[str, str] = {}
    after: dict[str, str] = {}
    exact: dict[str, str] = {}
    scaled: dict[str, int] = {}
    for c in cur_lex.CURRENCIES:
        for w in c.words:
            after.setdefault(w, c.code)
            if " " in w and w.isascii():  # (hyphenated in an adjective: "a 500-million-U.S.-dollar fund")
                after.setdefault(w.replace(" ", "-"), c.code)
        for w in c.words_before:
            before.setdefault(w, c.code)
        for s in (*c.symbols, *c.codes):
            before.setdefault(s, c.code)
            after.setdefault(s, c.code)
            exact.setdefault(s, c.code)
        for code in c.codes:
            for prefix, scale in cur_lex.CODE_SCALE_PREFIXES.items():
                for table in (before, after, exact):
                    table.setdefault(prefix + code, c.code)
                scaled[prefix + code] = scale
    return before, after, exact, scaled


_BEFORE, _AFTER, _EXACT, _SCALED = _surfaces()
_ONE = Decimal(1)
#: the default decimal context's digits, which the numerals assume too (numerals._EXACT_BELOW)
_CONTEXT_DIGITS = 28
#: a scaled code's scale as a Decimal (MUSD -> 10^6)
_SCALE_OF = {code: Decimal(scale) for code, scale in _SCALED.items()}
_LOWER = {k.lower(): v for k, v in {**_BEFORE, **_AFTER}.items() if k not in _EXACT}


def _minor_table() -> dict[str, dict[str, int]]:
    """code -> subunit word -> how many make one unit (generic words included)."""
    out: dict[str, dict[str, int]] = {}
    for c in cur_lex.CURRENCIES:
        table = {w.lower(): n for w, n in cur_lex.MINOR_GENERIC}
        table.update({w.lower(): n for w, n in c.minor})
        out[c.code] = table
    return out


_MINOR = _minor_table()


def _guarded(word: str) -> str:
    pattern = alt([word])
    behind, ahead = cur_lex.WORD_GUARDS.get(word, ("", ""))
    return behind + pattern + ahead


def _currency_alt(surfaces: dict[str, str]) -> str:
    exact = [s for s in surfaces if s in _EXACT]
    words = [s for s in surfaces if s not in _EXACT]
    # longest first among the words that start alike (元人民币 before 元), and those of the
    # currencies the table lists first tried first: no two words that start differently
    # can match at one place, so the order between them changes no match, only speed
    zh_words = [w for w in words if not w.isascii()]
    rank = {c: i for i, c in reversed(list(enumerate(w[0] for w in zh_words)))}
    zh = sorted(zh_words, key=lambda w: (rank[w[0]], -len(w)))
    en = [w for w in words if w.isascii() and w not in cur_lex.WORD_GUARDS]
    en_guarded = [w for w in words if w.isascii() and w in cur_lex.WORD_GUARDS]
    parts = []
    if zh:  # tried only where one of them can start
        zh_parts = [_guarded(w) if w in cur_lex.WORD_GUARDS else alt([w]) for w in zh]
        parts.append(f"(?={char_class({w[0] for w in zh})})(?:{'|'.join(zh_parts)})")
    parts.append("(?i:" + alt(en, ascii_boundary=True) + ")")
    for w in en_guarded:  # (a guard of its own: "won" only after a scale word)
        behind, ahead = cur_lex.WORD_GUARDS[w]
        parts.append(f"{behind}(?i:{alt([w], ascii_boundary=True)}){ahead}")
    parts.append(alt(exact, ascii_boundary=True))
    firsts = {w[0] for w in surfaces} | {w[0].swapcase() for w in (*en, *en_guarded)}
    # the first-character check lets the scan skip most positions without trying every word
    return "(?=" + char_class(firsts) + ")(?:" + "|".join(parts) + ")"


_WS = Lazy(r"\s+")
#: a vague character (70余亿), found by the standard library's scan for a class: a
#: third of the cost of a look-up per character
_VAGUE_SEARCH = re.compile(char_class(num_lex.ZH_VAGUE_INSIDE)).search
#: a Chinese magnitude (万, 亿, ...), found the same way
_BIG_SEARCH = re.compile(char_class(num_lex.ZH_BIG_UNITS)).search


def _vague_inside(number: str) -> bool:
    """Whether a vague character stands inside the number (70余亿 is more than 70亿)."""
    return _VAGUE_SEARCH(number) is not None


#: (every vague character is Chinese: a number in ASCII holds none, without the scan)
_VAGUE_ALL_WIDE = not any(c.isascii() for c in num_lex.ZH_VAGUE_INSIDE)


_TWO_SIDED_GAP = Lazy(r"\s*+(?i:to|and|-|至|到)\s*+")


def currency_code(surface: str) -> str | None:
    """The ISO 4217 code of a currency word, symbol or code as written, or None.

    >>> currency_code("US dollars"), currency_code("亿元"[1:]), currency_code("HK$")
    ('USD', 'CNY', 'HKD')
    >>> currency_code("人民幣"), currency_code("MEUR"), currency_code("ducats")
    ('CNY', 'EUR', None)
    """
    s = surface.strip()
    if s in _EXACT:
        return _EXACT[s]
    low = s.lower()
    if low in _LOWER:  # a key holds single spaces only: squeezing spaces would not change it
        return _LOWER[low]
    key = _WS.sub(" ", low)
    return _LOWER.get(key) or _AFTER.get(s) or _BEFORE.get(s)


#: every surface of the tables, as the tables write it -> (its currency_code, the scale
#: of a scaled code or 1): what most matches hold, found in one look-up
_AS_WRITTEN = {w: (currency_code(w), _SCALE_OF.get(w.strip(), _ONE)) for w in {**_BEFORE, **_AFTER}}


# ---------------------------------------------------------------- the pattern

_CUR_BEFORE = _currency_alt(_BEFORE)
#: what a currency before the number, or the article before one, starts with: most
#: places start neither, and the optional piece fails there at once
_CUR_BEFORE_LEAD = lead([w for w in _BEFORE if w in _EXACT],
                        nocase=[*(w for w in _BEFORE if w not in _EXACT), "a"])
_CUR_AFTER = _currency_alt(_AFTER)
_ZH_BEFORE = [w for w in q_lex.BEFORE if not w.isascii()]
_EN_BEFORE = [w for w in q_lex.BEFORE if w.isascii()]
_QB_FIRSTS = char_class({w[0] for w in [*q_lex.BEFORE, *q_lex.BEFORE_MAGNITUDE]}
                        | {w[0].swapcase() for w in q_lex.BEFORE})
_QB = (
    rf"(?:(?={_QB_FIRSTS})(?P<qb>(?<![{q_lex.YUE_NOT_APPROX_AFTER}]){alt(_ZH_BEFORE)}了?"
    rf"|{alt(q_lex.BEFORE_MAGNITUDE)}(?={ZH_UNIT_CLASS})"
    rf"|(?i:{en_before_alt(_EN_BEFORE)}))\s*+)"
)
_ZH_AFTER = [w for w in q_lex.AFTER if not w.isascii()]
_EN_AFTER = [w for w in q_lex.AFTER if w.isascii()]
# (each optional piece after the number starts with what it can start with, from the same
# words: where the phrase ends, it fails at once instead of trying every branch)
_QA = (
    rf"(?:{lead(_ZH_AFTER, nocase=_EN_AFTER, space=True)}"
    rf"(?P<qa>{alt(_ZH_AFTER)}|\s*+(?i:{alt(_EN_AFTER, ascii_boundary=True)})))"
)
_INSIDE = alt(q_lex.INSIDE)
_OPEN_WORDS = ("between", "from")
_OPEN = rf"(?:(?P<open>(?i:{'|'.join(_OPEN_WORDS)}))\s++)"
# "and" joins a range only after "between"/"from"; else it leads to cents ("$3 and 14")
_CONN_LEAD = lead(q_lex.RANGE_CONNECTORS, nocase=["to", "and"], space=True)
_CONN = (
    rf"(?:{_CONN_LEAD}\s*+(?P<conn>{alt(q_lex.RANGE_CONNECTORS)}|(?i:to)(?![A-Za-z])"
    r"|(?(open)(?i:and)(?![A-Za-z])|(?!)))\s*+)"
)
#: "a dollar": the article counts as one before a currency word (not before "$")
_CUR_WORDS = [w for w in _AFTER if w.isascii() and w[:1].isalpha() and w not in _EXACT]
_CUR_WORD = "(?=[A-Za-z])(?i:" + alt(_CUR_WORDS, ascii_boundary=True) + ")"
_N1 = rf"{NUMBER_START}(?P<n1>{NUMBER}|(?<![A-Za-z])(?i:an?)(?=\s++{_CUR_WORD}))(?P<ins>{_INSIDE})?+"
_N2 = rf"(?P<n2>{NUMBER})(?P<ins2>{_INSIDE})?+"
_SP = r"[ \t]{0,2}+"

# subunits after the amount -------------------------------------------------------
_ALL_MINOR = {w for c in cur_lex.CURRENCIES for w, _ in c.minor} | {w for w, _ in cur_lex.MINOR_GENERIC}
_ZH_TENTHS = alt(w for c in cur_lex.CURRENCIES for w, n in c.minor if not w.isascii() and n == 10)
_ZH_HUNDREDTHS = alt(w for c in cur_lex.CURRENCIES for w, n in c.minor if not w.isascii() and n == 100)
_EN_MINOR = alt((w for w in _ALL_MINOR if w.isascii()), ascii_boundary=True)
_D = rf"(?:\d|{ZH_DIGIT_CLASS})"
_NOT_NUMERAL = rf"(?![\d{ZH_NUMERAL_CLASS[1:-1]}])"
#: 五元三毛 / 6角三分 / 七毛八 / 四分 / 又三美分 / 零四 / 一块二
_ZH_MINOR = (
    rf"(?P<zt>又?+(?:{_D}{_ZH_TENTHS}(?:零?+{_D}(?:{_ZH_HUNDREDTHS})?+)?+"
    rf"|零?+{_D}{_ZH_HUNDREDTHS}|零?+{_D}{_NOT_NUMERAL}))"
)
#: "43 cents", "and fourteen" (a bare number only where the phrase ends; a subunit count
#: is below 100)
_EN_MINOR_TAIL = (
    rf"(?P<et>(?:\s*+,?\s*+(?i:and))?\s*+(?P<etn>\d{{1,2}}(?!\d|[.,]\d)|{EN_UNDER_100})"
    rf"(?:\s*+(?P<etw>(?i:{_EN_MINOR}))|(?=\s*+(?:$|[.,;:!?)]))))"
)
_MINOR_LEAD = lead(["又", "零", ",", *num_lex.ZH_DIGITS], nocase=["and", *EN_UNDER_100_WORDS],
                   space=True, digits=True)
_MINOR_TAIL = rf"(?:{_MINOR_LEAD}(?:{_ZH_MINOR}|{_EN_MINOR_TAIL}))"
_POST_SCALE = r"(?:\s++(?P<sc>(?i:thousand|million|billion|trillion))(?![A-Za-z]))"
#: 两毛五 / 2角: a subunit standing alone (not 三角债, not 毛利)
_BARE = (
    rf"{NUMBER_START}(?P<bare>{_D}{_ZH_TENTHS}(?:{_D}(?:{_ZH_HUNDREDTHS})?+)?+){cur_lex.MINOR_SUFFIX}?+"
    rf"(?!(?![以左上及或]){text_lex.HAN_CLASS})"
)

#: where a money phrase can start: a qualifier, "between"/"from", a number (digits, a
#: Chinese numeral, an English number word or article), a currency, a Chinese subunit
_MONEY_STARTS = starts(
    bounded=[*q_lex.BEFORE, *q_lex.BEFORE_MAGNITUDE, *_BEFORE, *NUMBER_FIRST_WORDS],
    loose=ZH_NUMERAL_CHARS,
    digits=True,
    loose_words=_OPEN_WORDS,
    not_after_digit=True,
)
MONEY = StdLazy(
    # the qualifier, and "between"/"from", are read once for the branches that follow
    # them: no qualifier word, nor "between"/"from", starts a number, a currency or a
    # subunit, so where one matched no branch can match without it, and trying the
    # branches after it first finds the same match as trying each branch with and
    # without it. The number is written once for amounts with the currency before and
    # after it, the currency before tried first: "a USD 5 million loan" is five million
    # dollars, not "a USD" (an article reads as one before a currency word: "a dollar").
    # The subunits after the currency, and the qualifier after the phrase, are written
    # once too: nothing after them can fail, so no branch is tried again once one held.
    # (tests/test_money_pattern.py compares this pattern with one whose every branch is
    # written out, on every table word.)
    # Compiled by the standard library's re, which reads it in a third to a half of the
    # instructions (see StdLazy): so no group name is written twice.
    rf"(?:{_QB}?(?:{_OPEN}?"
    # a currency before the number: 人民币50元 / US$4.7 billion / about $10-$20 / a US$5 bond
    rf"(?:{_CUR_BEFORE_LEAD}(?P<art>(?<![A-Za-z])(?i:an?)\s++)?(?P<cur_before>{_CUR_BEFORE}){_SP})?"
    rf"{_N1}(?:{_CONN}(?:{_CUR_BEFORE}{_SP})?{_N2})?"
    # after a currency before the number, maybe a currency after it too; else the
    # currency after the number: 超28亿元 / 1-2亿元 / 46.5 billion yuan / 5-billion-euro;
    # then subunits (not after a scale word: "5 dollars million")
    rf"(?(cur_before)(?:{_SP}(?P<cur2>{_CUR_AFTER}))?"
    rf"|[\s-]?+(?P<cur_after>{_CUR_AFTER}){_POST_SCALE}?+)(?(sc)|(?:{_MINOR_TAIL})?+)"
    # a Chinese subunit alone: 两毛五
    rf"|{_BARE}){_QA}?)",
    guard=_MONEY_STARTS,
)


class _Groups(NamedTuple):
    """The groups of a MONEY match, in the pattern's order (``tests/test_patterns.py``
    checks it against ``MONEY.names()``): read with one ``m.groups()``."""

    qb: str | None
    open: str | None
    art: str | None
    cur_before: str | None
    n1: str | None
    ins: str | None
    conn: str | None
    n2: str | None
    ins2: str | None
    cur2: str | None
    cur_after: str | None
    sc: str | None
    zt: str | None
    et: str | None
    etn: str | None
    etw: str | None
    bare: str | None
    qa: str | None


#: group name -> group number, for ``m.start()`` and ``m.end()``
_NUMBER = {name: i for i, name in enumerate(_Groups._fields, 1)}
#: where the article and "between"/"from" are in ``m.groups()``
_ART_AT, _OPEN_AT = _NUMBER["art"] - 1, _NUMBER["open"] - 1
#: where MONEY can match (see :mod:`.zones`): every match holds a currency (or a Chinese
#: subunit, 两毛五); before it only a number's words, and before those a qualifier,
#: "between"/"from" or an article
_ZONER = Zoner(
    anchor=anchors(
        [*(w for w in [*_BEFORE, *_AFTER] if not (w.isascii() and w[:1].isalpha())),
         *(w for c in cur_lex.CURRENCIES for w, n in c.minor if not w.isascii() and n == 10)],
        bounded=[w for w in [*_BEFORE, *_AFTER] if w.isascii() and w[:1].isalpha()],
    ),
    reach=reach_pattern(
        chars=[*NUMBER_CHARS, *num_lex.ZH_DIGITS, *q_lex.INSIDE, *num_lex.ZH_VAGUE_BEFORE, "-", "/",
               *(c for w in q_lex.RANGE_CONNECTORS for c in w if not c.isascii() or not c.isalpha())],
        words=[*NUMBER_WORDS, *(w.strip() for w in q_lex.RANGE_CONNECTORS), *_BEFORE],
    ),
    lead=(
        max(len(w) for w in [*q_lex.BEFORE, *q_lex.BEFORE_MAGNITUDE] if not w.isascii()) + 1,  # 了
        max(len(w) for w in q_lex.BEFORE if w.isascii()) + max(map(len, _OPEN_WORDS)) + len("an") + 3,
    ),
    # before the reach a match holds only its qualifier and "between"/"from" (an article
    # is walked by the reach, as a number word)
    lead_words=anchors([*_ZH_BEFORE, *q_lex.BEFORE_MAGNITUDE, *_OPEN_WORDS], bounded=_EN_BEFORE),
)
# built from the lexicon: every scale word and abbreviation the number pattern reads
_TRAILING_MAGNITUDE = Lazy(
    rf"(?:{ZH_BIG_CLASS}++|[\s-]?+(?i:{alt(num_lex.EN_SCALES, ascii_boundary=True)})"
    rf"|\s?+{alt(num_lex.EN_SCALE_ABBREVIATIONS)})$"
)


def _magnitude_of(text: str) -> Decimal:
    """The magnitude a number ends with (亿 -> 10^8, million -> 10^6), else 1.

    >>> _magnitude_of("23亿"), _magnitude_of("1.5 million") == 10**6, _magnitude_of("40")
    (Decimal('100000000'), True, Decimal('1'))
    """
    head = text.rstrip(ZH_BIG_CHARS)
    end = len(head)
    # digits and Chinese units (23亿, 5万亿): the product of the units, which is what the
    # general reading below divides out (tests/test_money_pattern.py checks both agree)
    if 0 < end < len(text) <= 16 and head.isdigit() and head.isascii():
        if not head.strip("0"):
            return _ONE
        run = _UNIT_RUN_SCALES.get(text[end:])  # (a run of up to three units, from the table)
        if run is None:
            scale = 1
            for unit in text[end:]:
                scale *= num_lex.ZH_BIG_UNITS[unit]
            run = Decimal(scale), len(str(scale))
        if end + run[1] <= 29:  # (the amount fits the context's 28 digits exactly)
            return run[0]
    # digits, a space and a scale word as the general reading finds it (53 million: whole
    # words in any case, abbreviations as written): the scale
    number, space, word = text.partition(" ")
    if space and number.isdigit() and number.isascii() and number.strip("0") and (
            (scaled := _ABBREVIATION_SCALES.get(word) or _WORD_SCALES.get(word.lower()))
            and len(number) + scaled[1] <= 27):  # (both readings exact: see numerals._EXACT_BELOW)
        return scaled[0]
    return _general_magnitude_of(text)


def _scales(table: dict[str, int]) -> dict[str, tuple[Decimal, int]]:
    """word -> (its scale as a Decimal, the scale's digits), for :func:`_magnitude_of`."""
    return {w: (Decimal(v), len(str(v))) for w, v in table.items()}


_UNIT_RUN_SCALES = _scales(ZH_UNIT_RUN_SCALES)
_ABBREVIATION_SCALES = _scales(num_lex.EN_SCALE_ABBREVIATIONS)
_WORD_SCALES = _scales(num_lex.EN_SCALES)


def _general_magnitude_of(text: str) -> Decimal:
    m = _TRAILING_MAGNITUDE.search(text)
    if not m or m.start() == 0:
        return Decimal(1)
    whole, head = numeral_value(text), numeral_value(text[: m.start()])
    if whole is None or not head:
        return Decimal(1)
    return whole / head



def _has_magnitude(text: str) -> bool:
    if _BIG_SEARCH(text) is not None:
        return True
    # a trailing magnitude is a Chinese unit (seen above) or ends in a letter
    last = text[-2:-1] if text.endswith("\n") else text[-1:]
    return last.isalpha() and _TRAILING_MAGNITUDE.search(text) is not None


_MAGNITUDE_ONLY = Lazy(
    rf"{ZH_BIG_CLASS}++|(?i:{alt([*num_lex.EN_SCALES, *num_lex.EN_HUNDRED], ascii_boundary=True)})"
)
_LABEL_COLONS = ":："
#: a colon a label ends with, found by one scan (a generator of finds costs five times it)
_LABEL_COLON_SEARCH = re.compile(char_class(_LABEL_COLONS)).search
_UNIT_LABEL = Lazy(
    rf"(?i:{alt(cur_lex.UNIT_LABELS, ascii_boundary=True)})\s*+[{_LABEL_COLONS}]\s*+$"
)
_ZH_MINOR_PART = Lazy(rf"(零)?+({_D})({_ZH_TENTHS}|{_ZH_HUNDREDTHS})?+")


def _zh_minor_value(tail: str, code: str, cur: str) -> Decimal | None:
    """The subunits of a Chinese tail (三毛 -> 0.3, 零四 -> 0.04), or None if they don't fit."""
    table = _MINOR[code]
    total = Decimal(0)
    prev = 1
    for zero, digit, word in _ZH_MINOR_PART.findall(tail.lstrip("又")):
        d = numeral_value(digit)
        if d is None:
            return None
        if word:
            if word not in table:
                return None
            per = table[word]
        elif cur not in cur_lex.COLLOQUIAL_TENTHS_AFTER and prev == 1:
            return None  # 5元2 is not 5.2 元; 一块二 is
        else:
            per = prev * 10 if not zero else 100  # 一块二 = 1.2, 七毛八 = 0.78, 零四 = 0.04
        if per <= prev:
            return None
        total += d / per
        prev = per
    return total


def _minor_value(g: _Groups, code: str, n1: Decimal) -> Decimal | None:
    """The subunit amount after the currency, or None when there is none that fits."""
    if n1 != n1.to_integral_value() or _has_magnitude(g.n1 or ""):
        return None
    if g.zt:
        return _zh_minor_value(g.zt, code, (g.cur_before or g.cur_after or "").strip())
    value = numeral_value(g.etn or "")
    word = (g.etw or "").lower()
    per = _MINOR[code].get(word, 0) if word else 100
    if value is None or not per or value != value.to_integral_value() or not 0 < value < per:
        return None
    return value / per


def _value_of(m: re.Match[str], groups: tuple[str | None, ...]) -> tuple[Money, int] | None:
    """The Money a match states (``groups``: its groups, the fields of :class:`_Groups`)
    and where its phrase ends."""
    end = m.end()
    # (the groups in locals, unpacked in the order of _Groups' fields: the named tuple is
    # built only on the rare paths that take one)
    qb, _, _, cur_before, n1_text, ins, _, n2_text, _, cur2, cur_after, sc, zt, et, _, _, bare, qa = groups
    if bare:
        bare_code = cur_lex.BARE_MINOR_CURRENCY
        amount = _zh_minor_value(bare, bare_code, cur_lex.COLLOQUIAL_TENTHS_AFTER[0])
        if not amount:
            return None
        qualifier = qualifier_of(qb, qa)
        low, high = bounds(amount, qualifier)
        return _money(amount, low, high, bare_code, qualifier), end
    # (every branch but the bare subunit's holds a number)
    n1 = None if n1_text is None else numeral_value(n1_text)
    if n1_text is None:
        return None
    cur = cur_before or cur_after or ""
    if n1 is None:
        return None if n1_text.isascii() else _pair_value(n1_text, cur, n2_text, end)
    # (most currencies are written as the tables have them)
    code, scale = _AS_WRITTEN.get(cur) or (currency_code(cur), _SCALE_OF.get(cur.strip(), _ONE))
    if code is None:
        return None
    if sc:
        scale *= numeral_value(sc) or 1
    if scale is not _ONE or len(n1_text) > _CONTEXT_DIGITS:
        # (by one too: the product is rounded to the context, as every amount is; a number
        # of no more characters than the context's digits is a product of that already, or
        # exact in them: one would change nothing)
        n1 *= scale
    if cur2 and cur2 not in cur_lex.GENERIC_UNIT_AFTER and currency_code(cur2) != code:
        # "rmb 10 usd 20": two amounts
        return _value_of_cut(m, _new_groups(_Groups, groups), code, n1)
    if zt or et:
        minor = _minor_value(_new_groups(_Groups, groups), code, n1)
        if minor is None:  # not subunits after all: the phrase ends at the currency
            end, qa = m.start(_NUMBER["zt"]) if zt else m.start(_NUMBER["et"]), None
        else:
            n1 += minor
    if n2_text:
        n2 = numeral_value(n2_text)
        if n2 is None:
            return None
        n2 *= scale
        if not _has_magnitude(n1_text):
            n1 *= _magnitude_of(n2_text)
        if n1 > n2:
            return None
        return _money(None, n1, n2, code, "range"), end
    inside = bool(ins) or (
        not (_VAGUE_ALL_WIDE and n1_text.isascii()) and _VAGUE_SEARCH(n1_text) is not None)
    # (no qualifier word: what qualifier_of reads then, without the call)
    qualifier = qualifier_of(qb, qa, inside=inside) if qb or qa else "more_than" if inside else "exact"
    if qualifier == "exact":
        if not n1_text[0].isdigit() and _MAGNITUDE_ONLY.fullmatch(n1_text):
            return None  # 万元 alone is a unit (单位：万元); 超亿元 and 亿元以上 are amounts
        return _money(n1, n1, n1, code, qualifier), end
    low, high = bounds(n1, qualifier)
    return _money(n1, low, high, code, qualifier), end


def _pair_value(n1_text: str, cur: str, n2_text: str | None, end: int) -> tuple[Money, int] | None:
    """两三千万元: two neighbouring numbers, the range between them."""
    pair = approximate_pair(n1_text)
    # (the currency and its scale read as _value_of reads them)
    code, scale = _AS_WRITTEN.get(cur) or (currency_code(cur), _SCALE_OF.get(cur.strip(), _ONE))
    if pair is None or code is None or n2_text:
        return None
    return _money(None, pair[0] * scale, pair[1] * scale, code, "range"), end


def _value_of_cut(m: re.Match[str], g: _Groups, code: str, n1: Decimal) -> tuple[Money, int]:
    """The exact amount that ends at the first number (the rest belongs to another phrase)."""
    inside = bool(g.ins) or _vague_inside(g.n1 or "")
    qualifier = qualifier_of(g.qb, None, inside=inside)
    low, high = bounds(n1, qualifier)
    return _money(n1, low, high, code, qualifier), m.end(_NUMBER["n1"])


def _span(m: re.Match[str], g: _Groups, end: int) -> tuple[int, int, int]:
    """(start, end, context start): a leading article ("a US$4.7 billion") is context."""
    start = m.start()
    if g.art:
        return m.start(_NUMBER["cur_before"]), end, start
    if g.open and not g.n2:
        # "from 10 dollars": without a second number the phrase is not a range
        cur = _NUMBER["cur_before"] if g.cur_before else _NUMBER["cur_after"]
        start = min(m.start(cur), m.start(_NUMBER["n1"]))
        if g.qb and m.start(_NUMBER["qb"]) >= m.end(_NUMBER["open"]):
            start = m.start(_NUMBER["qb"])
    return start, end, -1


def find(text: str, ctx: Context) -> list[Found]:
    """Every money phrase in normalised ``text``.

    >>> [(f.start, f.end) for f in find("签约金额超28亿元", Context())]
    [(4, 9)]
    >>> [f.value.amount for f in find("from 40 billion yuan in 2014 to 54.6 billion yuan", Context())]
    [Decimal('40000000000'), Decimal('54600000000')]
    """
    found: list[Found] = []
    pos = 0
    n = len(text)
    listed = False
    # (a short text, a single phrase, is searched whole and without the guard, as
    # zones.search does with no zones, written out: see zones.SHORT)
    short = (MONEY._body or MONEY.matcher).search if n < zones.SHORT else None
    where = None if short is not None else _ZONER.zones(text)
    # (no match starts at the end: every one holds a currency)
    while pos < n and (
            m := short(text, pos) if short is not None else zones.search(MONEY, text, where, pos)
    ) is not None:
        groups = m.groups()
        result = _value_of(m, groups)
        at = m.start()
        # a rejected match ("2014 to 54.693 billion yuan" is no range) or a cut one
        # ("rmb 10 usd 20") may hide a phrase: look again from where the phrase stopped
        if result is None:
            pos = at + 1
            continue
        value, end = result
        pos = end if end > at else at + 1  # (max, without the call: it builds a tuple)
        # (a label ends in a colon: where none stands before the amount, none is looked for)
        if at and _LABEL_COLON_SEARCH(text, at - 12 if at > 12 else 0, at) \
                and _UNIT_LABEL.search(text, at - 12 if at > 12 else 0, at):
            continue  # 单位：百万元 / Unit: million yuan label a column, they state no amount
        if groups[_ART_AT] or groups[_OPEN_AT]:
            start, end, context = _span(m, _new_groups(_Groups, groups), end)
            found.append(_new_found(Found, ("money", start, end, value, context, -1)))
        else:  # (what _span gives then)
            found.append(_new_found(Found, ("money", at, end, value, -1, -1)))
        if at and text.endswith(LIST_ENDS, 0, at):
            listed = True
    if listed:  # an amount after a list word: the items before it, when they are a list
        found = with_list_items(text, found if len(found) < 2 else _merge_two_sided(text, found),
                                lambda phrase: find(phrase, ctx))
    elif len(found) > 1:
        found = _merge_two_sided(text, found)
    if not found or (len(found) == 1 and found[0].start < _MOVE_MIN_START):
        return found  # (a phrase alone: no change word before it, no move; see _split_moves)
    return _split_moves(text, found, ctx)


#: a Found of all six fields, without the named tuple's __new__ (a Python function:
#: twice the cost of the tuple itself)
_new_found = tuple.__new__
#: a _Groups of a match's groups without _make's check of their number (the pattern's
#: groups are the tuple's fields: tests/test_patterns.py)
_new_groups = tuple.__new__


_OPEN_BEFORE = Lazy(rf"(?i:{'|'.join(_OPEN_WORDS)})\s++$")
#: two amounts joined by a range connector alone: 五元六角-五元七毛八分, 2亿元至3亿元
_ADJACENT_GAP = Lazy(rf"\s*+{alt(c.strip() for c in q_lex.RANGE_CONNECTORS)}\s*+")


def _merge_two_sided(text: str, found: list[Found]) -> list[Found]:
    """Join "from 10 dollars to 20 dollars", "between $1 and $2" and "5元-6元" into one range."""
    if len(found) < 2:
        return found
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b = found[i + 1]
            start = _range_start(text, a, b)
            if start is not None and isinstance(a.value, Money) and isinstance(b.value, Money):
                out.append(Found("money", start, b.end, _money(
                    None, a.value.amount, b.value.amount, a.value.currency,
                    "range")))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


_MOVE_BEFORE = Lazy(
    rf"(?<![A-Za-z])(?i:{alt(ch_lex.EN, ascii_boundary=True)})"
    rf"(?:\s++(?P<from>(?i:{alt(ch_lex.MOVE_FROM_EN, ascii_boundary=True)})))?\s*+$")
_MOVE_FROM = Lazy(rf"(?i:{alt(ch_lex.MOVE_FROM_EN, ascii_boundary=True)})\s++")
#: the connector of a range, after its first figure
_MOVE_CONNECTOR = Lazy(rf"\s*+(?i:{alt(c.strip() for c in q_lex.RANGE_CONNECTORS)})\s*+")
_MOVE_REACH = 40
#: no move's change word fits before this position ("up")
_MOVE_MIN_START = min(map(len, ch_lex.EN)) + 1


def _split_moves(text: str, found: list[Found], ctx: Context) -> list[Found]:
    """Each range that a change word leads to (see ``MOVE_FROM_EN``) as
    its two figures: where the figure moved from (or by), and to.

    >>> [f.value.amount for f in find("Exports rose from 10 billion yuan to 15 billion yuan", Context())]
    [Decimal('10000000000'), Decimal('15000000000')]
    >>> [f.value.qualifier for f in find("Prices range from 10 yuan to 20 yuan", Context())]
    ['range']
    """
    out: list[Found] | None = None  # (a copy only once a range splits: most texts have none)
    for i, f in enumerate(found):
        v = f.value
        # (a change word stands before the range, or before its "from": not at the start)
        if f.start < _MOVE_MIN_START or v.__dict__["qualifier"] != "range":
            if out is not None:
                out.append(f)
            continue
        split = _split_move(text, f, v, ctx) if isinstance(v, Money) and v.low is not None else None
        if split is None:
            if out is not None:
                out.append(f)
            continue
        if out is None:
            out = found[:i]
        out.extend(split)
    return found if out is None else out


def _split_move(text: str, f: Found, v: Money, ctx: Context) -> tuple[Found, Found] | None:
    start = f.start
    opener = _MOVE_FROM.match(text, start, f.end)
    if opener is not None:
        start = opener.end()
    before = _MOVE_BEFORE.search(text, max(0, start - _MOVE_REACH), start)
    if before is None:
        return None
    # the first figure ends at the connector after its first digit
    digit = _FIRST_DIGIT.search(text, start, f.end)
    conn = _MOVE_CONNECTOR.search(text, digit.end() if digit else start, f.end)
    if conn is None:
        return None
    first, second = _own(text, start, conn.start(), ctx), _own(text, conn.end(), f.end, ctx)
    if second is None:
        return None
    if first is None:
        # (a first figure that shares the second's unit: "rose from 3 to 4.5 billion yuan";
        # without "from", a range of the change: "grew by 2 to 3 billion yuan")
        if before.group("from") is None or v.low is None:
            return None
        first = Found("money", start, conn.start(), _money(v.low, v.low, v.low, v.currency, "exact"))
    return first, second


def _own(text: str, start: int, end: int, ctx: Context) -> Found | None:
    """The one amount that ``text[start:end]`` is, in its own words, or None."""
    own = find(text[start:end], ctx)
    if len(own) != 1 or own[0].end - own[0].start != end - start:
        return None
    return own[0]._replace(start=start, end=end,
                           context_start=-1 if own[0].context_start < 0 else own[0].context_start + start,
                           context_end=-1 if own[0].context_end < 0 else own[0].context_end + start)


_FIRST_DIGIT = Lazy(r"\d")


def _range_start(text: str, a: Found, b: Found) -> int | None:
    """Where the range made of ``a`` and ``b`` starts, or None when they are no range."""
    va, vb = a.value, b.value
    if not (isinstance(va, Money) and isinstance(vb, Money) and va.currency == vb.currency
            and va.amount is not None and vb.amount is not None and va.amount <= vb.amount):
        return None
    gap = text[a.end:b.start]
    head = text[max(0, a.start - 8):a.start]
    if _TWO_SIDED_GAP.fullmatch(gap) and (
            m := _OPEN_BEFORE.search(head)):
        return a.start - (len(head) - m.start())
    if va.qualifier == vb.qualifier == "exact" and _ADJACENT_GAP.fullmatch(gap):
        return a.start
    return None
