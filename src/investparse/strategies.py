"""Hypothesis strategies: values rendered the many ways reports write them.

Install the extra first: ``pip install 'investparse[hypothesis]'``. Each strategy draws
a value, renders it as a phrase and returns ``(phrase, expected_value)``, so a test of
your own pipeline can check that what goes in comes back out:

>>> from hypothesis import given, settings
>>> import investparse
>>> from investparse.strategies import amounts
>>> @settings(max_examples=20, database=None)
... @given(amounts(languages=("zh",), currencies=("CNY", "USD")))
... def test_amounts(case):
...     phrase, expected = case
...     assert investparse.parse_amount(phrase) == expected
>>> test_amounts()

Every word a renderer writes comes from the lexicon tables the parsers are built from
(``investparse.lexicon``): a currency, qualifier, unit, change or rank word added to a
table is generated as soon as it is parsed. Table rows are left out only by the rules
stated next to each renderer below (for instance: plural scale words such as
``millions`` name vague counts, not a figure), never by a list of exceptions.

Strategies: :func:`amounts` (:class:`~investparse.Money`), :func:`percents`
(:class:`~investparse.Percent`), :func:`ranks` (:class:`~investparse.Rank`),
:func:`dates` (:class:`~investparse.DateValue`), :func:`numbers` (``Decimal`` for
:func:`~investparse.parse_number`) and :func:`documents` (a short report with the
mentions it must yield).
"""

from __future__ import annotations

try:
    from hypothesis import strategies as st
except ImportError as exc:  # pragma: no cover - exercised without hypothesis installed
    raise ImportError(
        "investparse.strategies needs hypothesis: pip install 'investparse[hypothesis]'"
    ) from exc

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

import regex

from .lexicon import changes as _changes
from .lexicon import dates as _dates
from .lexicon import numerals as _num
from .lexicon import percent as _pct
from .lexicon import qualifiers as _qual
from .lexicon import ranks as _ranks
from .lexicon.currencies import CURRENCIES, WORD_GUARDS, Currency
from .models import DateValue, Kind, Money, Percent, Rank, Value, plain_decimal

__all__ = [
    "ExpectedMention",
    "GeneratedDocument",
    "amounts",
    "dates",
    "documents",
    "numbers",
    "percents",
    "ranks",
]

T = TypeVar("T")
Draw = Callable[[st.SearchStrategy[Any]], Any]

_HAN = regex.compile(r"\p{Han}")
LANGUAGES = ("zh", "en")


def _is_zh(word: str) -> bool:
    return bool(_HAN.search(word))


def _lang_words(words: Iterable[str], lang: str) -> list[str]:
    """The words of one language: Chinese words hold a Han character, English ones none."""
    return sorted({w for w in words if _is_zh(w) == (lang == "zh")})


def _one(draw: Draw, items: Sequence[T]) -> T:
    return draw(st.sampled_from(list(items)))  # type: ignore[no-any-return]


# ---------------------------------------------------------------- numerals

def _numeric_forms(table: dict[str, int], value: int) -> list[str]:
    """The characters of ``table`` for ``value`` whose Unicode numeric value agrees.

    Rule: a numeral character is rendered when the Unicode database reads it as the same
    number as the table. That keeps 两/俩 (and ○, a drawing circle) out: they are read
    in every position but written only in some (两百, never 十两).
    """
    return [k for k, v in table.items() if v == value and unicodedata.numeric(k, None) == v]


_ZH_DIGITS = {v: _numeric_forms(_num.ZH_DIGITS, v) for v in range(10)}
_ZH_SMALL = {v: _numeric_forms(_num.ZH_SMALL_UNITS, v) for v in (10, 100, 1000)}
_ZH_BIG = {v: _numeric_forms(_num.ZH_BIG_UNITS, v) for v in sorted(set(_num.ZH_BIG_UNITS.values()))}
_ZH_POINT = _num.ZH_DECIMAL_POINT
_FULLWIDTH = str.maketrans("0123456789.", "０１２３４５６７８９．")


def _first_spelling(table: dict[str, int]) -> dict[int, str]:
    """The first spelling of each value in an English table (later ones are variants)."""
    out: dict[int, str] = {}
    for word, value in table.items():
        out.setdefault(value, word)
    return out


_EN_ONES = _first_spelling(_num.EN_ONES)
_EN_TENS = _first_spelling(_num.EN_TENS)
_EN_HUNDRED = next(iter(_num.EN_HUNDRED))
# Rule: plural scale words (a table word that is another word + "s") name vague counts
# ("millions of"), not a figure; they are not rendered.
_EN_SCALES = {w: v for w, v in _num.EN_SCALES.items() if not (w.endswith("s") and w[:-1] in _num.EN_SCALES)}
_EN_BIG = sorted({v: w for w, v in _EN_SCALES.items() if v in (10**3, 10**6, 10**9, 10**12)}.items(),
                 reverse=True)


def _zh_small(draw: Draw, n: int, leading: bool) -> str:
    """0 < n < 10^4 in Chinese numerals; 一十 shortens to 十 only at the head of a numeral."""
    out: list[str] = []
    zero = False
    for unit in (1000, 100, 10, 1):
        d = (n // unit) % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append(_one(draw, _ZH_DIGITS[0]))
            zero = False
        if not (unit == 10 and d == 1 and leading and not out and draw(st.booleans())):
            out.append(_one(draw, _ZH_DIGITS[d]))
        if unit > 1:
            out.append(_one(draw, _ZH_SMALL[unit]))
    return "".join(out)


def zh_integer(draw: Draw, n: int, leading: bool = True) -> str:
    """A non-negative integer below 10^16 in Chinese numerals, units drawn from the tables."""
    if n == 0:
        return _one(draw, _ZH_DIGITS[0])
    for big in (10**8, 10**4):
        if n >= big:
            hi, lo = divmod(n, big)
            text = zh_integer(draw, hi, leading) + _one(draw, _ZH_BIG[big])
            if lo:
                if lo < big // 10:
                    text += _one(draw, _ZH_DIGITS[0])
                text += zh_integer(draw, lo, False)
            return text
    return _zh_small(draw, n, leading)


def _zh_decimal(draw: Draw, d: Decimal) -> str:
    whole = int(d)
    text = zh_integer(draw, whole)
    frac = plain_decimal(d - whole)
    if frac != "0":
        text += _one(draw, _ZH_POINT) + "".join(_one(draw, _ZH_DIGITS[int(c)]) for c in frac[2:])
    return text


def _en_integer(n: int) -> str:
    """A non-negative integer below 10^15 in English words (first spelling of each word)."""
    if n == 0:
        return _EN_ONES[0]
    parts: list[str] = []
    for value, word in _EN_BIG:
        if n >= value:
            parts.append(_en_integer(n // value) + " " + word)
            n %= value
    if n >= 100:
        parts.append(_EN_ONES[n // 100] + " " + _EN_HUNDRED)
        n %= 100
    if n >= 20:
        tens = _EN_TENS[n // 10 * 10]
        parts.append(tens + ("-" + _EN_ONES[n % 10] if n % 10 else ""))
    elif n:
        parts.append(_EN_ONES[n])
    return " ".join(parts)


def _grouped(d: Decimal) -> str:
    whole, _, frac = plain_decimal(d).partition(".")
    text = f"{int(whole):,}"
    return text + ("." + frac if frac else "")


def _arabic(draw: Draw, d: Decimal, style: str | None = None) -> str:
    """Digits as reports write them: plain, with thousands separators, or full-width."""
    style = style or _one(draw, ("plain", "grouped", "fullwidth"))
    if style == "grouped" and d >= 1000:
        return _grouped(d)
    if style == "fullwidth":
        return plain_decimal(d).translate(_FULLWIDTH)
    return plain_decimal(d)


def _decimal(draw: Draw, max_whole: int, places: int, min_value: Decimal = Decimal("0.01")) -> Decimal:
    """A positive decimal below ``max_whole`` with at most ``places`` decimals."""
    scale = 10**places
    raw: int = draw(st.integers(min_value=int(min_value * scale), max_value=max_whole * scale - 1))
    result: Decimal = (Decimal(raw) / scale).normalize()
    return result


def _number_text(draw: Draw, d: Decimal, lang: str, words_ok: bool = True) -> str:
    """``d`` in digits, or in the numerals of ``lang`` (English words for whole numbers only)."""
    form = _one(draw, ("digits", "words")) if words_ok else "digits"
    if form == "words":
        if lang == "zh":
            return _zh_decimal(draw, d)
        if d == int(d):
            return _en_integer(int(d))
    return _arabic(draw, d)


# ---------------------------------------------------------------- qualifiers

def _low_high(value: Decimal, qualifier: str) -> tuple[Decimal | None, Decimal | None]:
    """The interval a qualifier states about a point value (FORMAT.md)."""
    low = value if qualifier in ("exact", "more_than", "at_least") else None
    high = value if qualifier in ("exact", "less_than", "at_most") else None
    return low, high


@dataclass(frozen=True)
class _Qual:
    before: str = ""
    after: str = ""
    kind: str = "exact"


def _qualifier(draw: Draw, lang: str, kinds: Sequence[str], after_table: dict[str, str]) -> _Qual:
    """A qualifier word of one of ``kinds`` written before or after the figure."""
    options: list[_Qual] = []
    if "exact" in kinds:
        options.append(_Qual())
    for w in _lang_words(_qual.BEFORE, lang):
        if _qual.BEFORE[w] in kinds:
            options.append(_Qual(before=w, kind=_qual.BEFORE[w]))
    for w in _lang_words(after_table, lang):
        if after_table[w] in kinds:
            options.append(_Qual(after=w, kind=after_table[w]))
    if not options:
        return _Qual()
    return _one(draw, options)


def _join_en(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _attach_after(text: str, word: str, lang: str) -> str:
    """A word written after the figure: ``-level`` and Chinese words attach directly."""
    if not word:
        return text
    if lang == "zh" or word.startswith("-"):
        return text + word
    return text + " " + word


# ---------------------------------------------------------------- money

@dataclass(frozen=True)
class _Cur:
    code: str
    text: str
    position: str  # "before" or "after"
    tight: bool  # written without a space next to the number


def _guarded(word: str) -> bool:
    """Rule: a word with a look-behind guard (块 after a numeral only) is not rendered
    before a number, and is rendered after one only when its guard admits a digit."""
    behind, _ = WORD_GUARDS.get(word, ("", ""))
    return bool(behind) and "\\d" not in behind


def _currency_forms(cur: Currency, lang: str) -> list[_Cur]:
    """Every way ``cur`` is written next to a number in ``lang``, from its table row."""
    out: list[_Cur] = []
    zh = lang == "zh"
    for w in _lang_words(cur.words, lang):
        if not _guarded(w):
            out.append(_Cur(cur.code, w, "after", zh))
    for w in _lang_words(cur.words_before, lang):
        out.append(_Cur(cur.code, w, "before", zh or w.endswith("$")))
    for s in cur.symbols:
        out.append(_Cur(cur.code, s, "before", True))
    for c in cur.codes:
        out.append(_Cur(cur.code, c, "before", zh))
        out.append(_Cur(cur.code, c, "after", zh))
    return out


def _currency_rows(currencies: Iterable[str] | None) -> list[Currency]:
    if currencies is None:
        return list(CURRENCIES)
    wanted = set(currencies)
    rows = [c for c in CURRENCIES if c.code in wanted]
    unknown = wanted - {c.code for c in rows}
    if unknown:
        raise ValueError(f"not in lexicon.currencies.CURRENCIES: {sorted(unknown)}")
    return rows


@dataclass(frozen=True)
class _Scale:
    text: str
    value: int
    tight: bool  # attached to the digits
    abbreviation: bool = False  # written after digits only (3bn, not three bn)


def _scales(lang: str) -> list[_Scale]:
    """Magnitudes after the number: 万/亿 and stacked 万亿 (zh); scale words and
    abbreviations (en). Rule: single-letter and mixed-case abbreviations attach to the
    digits (``$5M``, ``3bn``); longer ones are also written after a space."""
    if lang == "zh":
        out = [_Scale("", 1, True)]
        for value, forms in _ZH_BIG.items():
            out += [_Scale(f, value, True) for f in forms]
        out += [_Scale(a + b, 10**12, True) for a in _ZH_BIG[10**4] for b in _ZH_BIG[10**8]]
        return out
    out = [_Scale("", 1, True)]
    out += [_Scale(w, v, False) for w, v in _EN_SCALES.items()]
    for w, v in _num.EN_SCALE_ABBREVIATIONS.items():
        out.append(_Scale(w, v, True, True))
        if len(w) > 1 and w.islower():
            out.append(_Scale(w, v, False, True))
    return out


def _with_scale(number: str, scale: _Scale, lang: str) -> str:
    if not scale.text:
        return number
    if lang == "zh" or scale.tight:
        return number + scale.text
    return number + " " + scale.text


def _place_currency(body: str, cur: _Cur, lang: str) -> str:
    if cur.position == "before":
        return cur.text + body if cur.tight else cur.text + " " + body
    return body + cur.text if cur.tight else body + " " + cur.text


MONEY_QUALIFIERS = ("exact", "approx", "more_than", "at_least", "less_than", "at_most", "range")


def _words_fit(lang: str, scale: _Scale, value: Decimal) -> bool:
    """Rule: English number words before a scale word stay below a thousand (nobody
    writes "one thousand six hundred thousand"); Chinese numerals stack (一千六百万)."""
    return lang == "zh" or not scale.text or value < 1000


def _admitted(cur: _Cur, number: str, value: Decimal, after: str) -> str:
    """Rule: a guarded currency word (``WORD_GUARDS``: 块) follows a numeral only where
    its guard admits it (一块 alone is "a piece"); elsewhere the number is written in digits."""
    guard = WORD_GUARDS.get(cur.text)
    if guard is None or cur.position != "after":
        return number
    behind, ahead = guard
    if regex.fullmatch(rf".*{behind}{regex.escape(cur.text)}{ahead}.*", number + cur.text + after + "。",
                       flags=regex.DOTALL):
        return number
    return plain_decimal(value)


@st.composite
def _amount(draw: Draw, languages: Sequence[str], currencies: Sequence[Currency],
            qualifiers: Sequence[str]) -> tuple[str, Money]:
    lang = _one(draw, languages)
    row = _one(draw, currencies)
    forms = _currency_forms(row, lang) or _currency_forms(row, "en")
    cur = _one(draw, forms)
    scales = _scales(lang)
    scale = _one(draw, scales)
    digits_only = scale.abbreviation  # 3bn, $5M: abbreviations follow digits only
    point_kinds = [q for q in qualifiers if q != "range"]
    if "range" in qualifiers and (not point_kinds or draw(st.booleans())):
        places = 0 if not scale.text else 2
        # Rule: like a point amount, each side stays below the next magnitude (1.00009亿,
        # never 一万点九万), so both sides are below 10^4
        lo = _decimal(draw, 5000, places, Decimal(1))
        hi = lo + _decimal(draw, 4999, places, Decimal(1))
        connectors = [c for c in _qual.RANGE_CONNECTORS if _is_zh(c) == (lang == "zh") or not _is_zh(c)]
        if lang == "zh":
            connectors = [c for c in connectors if c.strip() == c]  # the English " to " keeps its spaces
        conn = _one(draw, connectors)
        # Rule: numerals are joined by a connector of their own language; English number
        # words only by a word (a hyphen joins the words of one number: twenty-nine)
        words_ok = (not digits_only and _words_fit(lang, scale, hi)
                    and (_is_zh(conn) if lang == "zh" else conn.strip(" -").isalpha()))
        lo_text = _admitted(cur, _number_text(draw, lo, lang, words_ok), lo, conn)
        hi_text = _admitted(cur, _number_text(draw, hi, lang, words_ok), hi, "")
        if draw(st.booleans()):  # one scale and currency for both sides: 1-2亿元, $5-10 million
            body = _place_currency(_with_scale(lo_text + conn + hi_text, scale, lang), cur, lang)
        else:  # each side whole: 1亿元至2亿元, $5 million to $10 million
            left = _place_currency(_with_scale(lo_text, scale, lang), cur, lang)
            right = _place_currency(_with_scale(hi_text, scale, lang), cur, lang)
            body = left + conn + right
        return body, Money(amount=None, low=lo * scale.value, high=hi * scale.value, currency=row.code,
                           qualifier="range")
    qual = _qualifier(draw, lang, point_kinds or ["exact"], _qual.AFTER)
    value = _decimal(draw, 10000, 4 if scale.text else 2)
    number = _number_text(draw, value, lang, not digits_only and _words_fit(lang, scale, value))
    if not scale.text:
        number = _admitted(cur, number, value, "")
    inside = ""
    kind = qual.kind
    if (lang == "zh" and kind == "exact" and scale.text and value == int(value) and value % 10 == 0
            and value >= 10 and draw(st.booleans())):
        # 70余亿元 / 十来万元: an INSIDE word after a round whole number, before its magnitude
        words = [w for w, k in _qual.INSIDE.items() if k in qualifiers and w not in _num.ZH_VAGUE_BEFORE]
        if words:
            inside = _one(draw, words)
            kind = _qual.INSIDE[inside]
    body = _place_currency(_with_scale(number + inside, scale, lang), cur, lang)
    if lang == "zh":
        text = qual.before + body + qual.after
    else:
        text = _attach_after(_join_en(qual.before, body), qual.after, lang)
    amount = value * scale.value
    low, high = _low_high(amount, kind)
    return text, Money(amount=amount, low=low, high=high, currency=row.code, qualifier=kind)  # type: ignore[arg-type]


def amounts(languages: Sequence[str] = LANGUAGES, currencies: Iterable[str] | None = None,
            qualifiers: Sequence[str] = MONEY_QUALIFIERS) -> st.SearchStrategy[tuple[str, Money]]:
    """Money phrases with the :class:`~investparse.Money` they state.

    ``currencies`` are ISO codes of rows in ``lexicon.currencies.CURRENCIES`` (all by
    default); ``qualifiers`` the FORMAT.md qualifiers to draw (``"range"`` included).
    Numbers are written in digits (plain, ``1,234``, full-width) or numerals (Chinese,
    English words), with a magnitude (万, 亿, 万亿, million, bn, K ...), the currency
    as a word, symbol or code before or after, and a qualifier word.

    >>> from investparse.strategies import amounts
    >>> phrase, money = amounts(languages=("en",), currencies=("EUR",)).example()  # doctest: +SKIP
    """
    _check_languages(languages)
    bad = set(qualifiers) - set(MONEY_QUALIFIERS)
    if bad:
        raise ValueError(f"unknown qualifiers: {sorted(bad)}")
    return _amount(tuple(languages), _currency_rows(currencies), tuple(qualifiers))


def _check_languages(languages: Sequence[str]) -> None:
    if not languages or set(languages) - set(LANGUAGES):
        raise ValueError(f"languages must be a non-empty selection of {LANGUAGES}")


# ---------------------------------------------------------------- percent

@dataclass(frozen=True)
class _Piece:
    """A phrase with the words before it that govern it but are not part of the mention
    (a change word before a percent: 增长 | 12%; a cue before a bare year: in | 2014)."""

    lead: str
    text: str
    value: Any


@dataclass(frozen=True)
class _Unit:
    text: str
    unit: str
    factor: Decimal
    before: bool = False  # 百分之N
    tight: bool = True


def _percent_units(lang: str) -> list[_Unit]:
    """Units after (or, for X分之, before) the number, from ``lexicon.percent``."""
    out: list[_Unit] = []
    if lang == "zh":
        out += [_Unit(w, u, f) for w, (u, f) in _pct.UNITS_AFTER.items()]
        out += [_Unit(w + _pct.FRACTION_MARK, _pct.PERCENT, Decimal(100) / d, before=True)
                for w, d in _pct.FRACTION_DENOMINATORS.items()]
        return out
    out += [_Unit(w, u, f) for w, (u, f) in _pct.UNITS_AFTER.items() if not _is_zh(w)]
    out += [_Unit(w, u, f, tight=False) for w, (u, f) in _pct.EN_UNITS_AFTER.items()]
    for w, (u, f) in _pct.ABBREVIATIONS_AFTER.items():
        out += [_Unit(w, u, f), _Unit(w, u, f, tight=False)]
    return out


def _change_words(lang: str, table: dict[str, str]) -> list[str]:
    """Change words that govern a figure. Rule: the word that governs a count of 番
    (``lexicon.percent.FAN_VERB``) takes no figure and is not rendered."""
    return [w for w in _lang_words(table, lang) if w != _pct.FAN_VERB]


def _glued(lead: str, qual: _Qual) -> _Qual:
    """Rule: a Chinese change word takes no qualifier that, written after it, spells a
    longer change word (降 + 低于 reads 降低 + 于); the figure is then exact."""
    joined, cut = lead + qual.before, len(lead)
    if qual.before and _is_zh(lead) and any(
        joined.find(c, i) == i and i + len(c) > cut
        for c in (*_changes.ZH, *_changes.PREFIX_ZH) for i in range(max(0, cut - len(c) + 1), cut)
    ):
        return _Qual()
    return qual


@st.composite
def _percent(draw: Draw, languages: Sequence[str], changes: bool, qualifiers: Sequence[str],
             dated_prefixes: bool = True) -> _Piece:
    lang = _one(draw, languages)
    zh_forms = ("unit", "unit", "unit", "cheng", "multiple")
    form = _one(draw, zh_forms if lang == "zh" else ("unit", "unit", "multiple"))
    if form == "multiple" and changes:
        return _Piece("", *_multiple(draw, lang))
    change: str | None = None
    lead = ""
    if changes and draw(st.booleans()):
        table = _changes.ZH if lang == "zh" else _changes.EN
        word = _one(draw, _change_words(lang, table))
        change = table[word]
        # Rule: in a document with a reference date, a prefix that names a relative year
        # (比上年) is a date mention of its own and is not drawn
        prefixes = [w for w in _changes.PREFIX_ZH
                    if dated_prefixes or not any(y in w for y in _dates.ZH_REL_YEARS)]
        if lang == "zh" and draw(st.booleans()):
            word = _one(draw, prefixes) + word
        lead = word if lang == "zh" else word + " "
    point_kinds = [q for q in qualifiers if q != "range"]
    after_table = {w: k for w, k in _qual.AFTER.items() if w not in _pct.AFTER_NOT_QUALIFIERS}
    if form == "cheng" or (form == "multiple" and lang == "zh"):
        tenths = draw(st.integers(min_value=1, max_value=10))
        half = tenths < 10 and draw(st.booleans())
        text = zh_integer(draw, tenths) + _pct.CHENG + (_pct.HALF if half else "")
        value = Decimal(tenths * 10 + (5 if half else 0))
        qual = _glued(lead, _qualifier(draw, lang, point_kinds or ["exact"], after_table))
        low, high = _low_high(value, qual.kind)
        return _Piece(lead, qual.before + text + qual.after,
                Percent(value=value, change=change, qualifier=qual.kind, low=low, high=high))  # type: ignore[arg-type]
    unit = _one(draw, _percent_units(lang))
    if "range" in qualifiers and (not point_kinds or draw(st.integers(0, 3)) == 0) and not unit.before:
        lo = _decimal(draw, 100, 1, Decimal(1))
        hi = lo + _decimal(draw, 100, 1, Decimal(1))
        conn = _one(draw, [c for c in _pct.RANGE_CONNECTORS
                           if _is_zh(c) == (lang == "zh") or not c.isalpha()])
        if conn.isalpha():
            conn = f" {conn} "
        lo_text, hi_text = _arabic(draw, lo, "plain"), _arabic(draw, hi, "plain")
        if unit.tight and draw(st.booleans()):
            lo_text += unit.text
        body = lo_text + conn + hi_text + ("" if unit.tight else " ") + unit.text
        return _Piece(lead, body, Percent(value=None, unit=unit.unit, change=change, qualifier="range",  # type: ignore[arg-type]
                             low=lo * unit.factor, high=hi * unit.factor))
    shown = _decimal(draw, 1000, 2)
    words_ok = lang == "en" or unit.before or not unit.text.isascii()
    number = _number_text(draw, shown, lang, words_ok and not (lang == "en" and unit.tight))
    if unit.before:
        body = unit.text + number
    elif unit.tight:
        body = number + unit.text
    else:
        body = number + " " + unit.text
    qual = _glued(lead, _qualifier(draw, lang, point_kinds or ["exact"], after_table))
    value = (shown * unit.factor).normalize()
    if lang == "zh":
        text = qual.before + body + qual.after
    else:
        text = _attach_after(_join_en(qual.before, body), qual.after, lang)
    low, high = _low_high(value, qual.kind)
    return _Piece(lead, text, Percent(value=value, unit=unit.unit, change=change,  # type: ignore[arg-type]
                                      qualifier=qual.kind,  # type: ignore[arg-type]
                                      low=low, high=high))


def _multiple(draw: Draw, lang: str) -> tuple[str, Percent]:
    """Multiples stated as a change: 增长1.4倍 (140), 翻两番 (300), doubled (100)."""
    if lang == "en":
        word = _one(draw, sorted(_pct.EN_MULTIPLES))
        value = Decimal(_pct.EN_MULTIPLES[word])
        return word, Percent(value=value, change="increase", low=value, high=value)
    if draw(st.booleans()):
        verb = _one(draw, sorted(_pct.ZH_MULTIPLE_VERBS))
        times = _decimal(draw, 20, 1, Decimal(1))
        value = times * 100
        return (verb + _number_text(draw, times, "zh") + _pct.TIMES,
                Percent(value=value, change=_pct.ZH_MULTIPLE_VERBS[verb], low=value, high=value))  # type: ignore[arg-type]
    n = draw(st.integers(min_value=1, max_value=3))
    value = Decimal((2**n - 1) * 100)
    return (_pct.FAN_VERB + zh_integer(draw, n) + _pct.FAN,
            Percent(value=value, change="increase", low=value, high=value))


def percents(languages: Sequence[str] = LANGUAGES, changes: bool = True,
             qualifiers: Sequence[str] = MONEY_QUALIFIERS) -> st.SearchStrategy[tuple[str, Percent]]:
    """Percent phrases with the :class:`~investparse.Percent` they state.

    Units from ``lexicon.percent`` (``%``, ``‰``, 个百分点, 百分之/千分之, ``percent``,
    ``pp``, basis points), 成 tenths, change words from ``lexicon.changes`` (with
    ``changes=True``), multiples (增长1倍, 翻两番, doubled), qualifiers and ranges.
    """
    _check_languages(languages)
    return _percent(tuple(languages), changes, tuple(qualifiers)).map(lambda p: (p.lead + p.text, p.value))


# ---------------------------------------------------------------- rank

def _en_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_EN_ORDINAL_WORDS = {v: w for w, v in _num.EN_ORDINALS.items()}


@st.composite
def _rank(draw: Draw, languages: Sequence[str]) -> tuple[str, Rank]:
    lang = _one(draw, languages)
    n = draw(st.integers(min_value=1, max_value=99))
    form = _one(draw, ("position", "top", "move"))
    if lang == "zh":
        number = _one(draw, (str(n), zh_integer(draw, n)))
        scope = _one(draw, ("", *_ranks.ZH_SCOPES))
        if form == "position":
            verb = _one(draw, _ranks.ZH_VERBS)
            unit = _one(draw, ("", *_ranks.ZH_POSITION_UNITS))
            text = verb + scope + _ranks.ZH_ORDINAL + number + unit
            return text, Rank(position=n, scope=scope or None)
        if form == "top":
            unit = _one(draw, ("", *_ranks.ZH_TOP_UNITS))
            verb = _one(draw, ("", *_ranks.ZH_VERBS)) if scope or unit else _one(draw, _ranks.ZH_VERBS)
            return verb + scope + _ranks.ZH_TOP + number + unit, Rank(top=n, scope=scope or None)
        if draw(st.booleans()):
            word = _one(draw, sorted(_ranks.ZH_MOVES_NO_UNIT))
            text = word + number + _one(draw, ("", *_ranks.ZH_MOVE_UNITS))
            return text, Rank(change=n * _ranks.ZH_MOVES_NO_UNIT[word])
        word = _one(draw, sorted(_ranks.ZH_MOVES_WITH_UNIT))
        text = word + number + _one(draw, _ranks.ZH_MOVE_UNITS)
        return text, Rank(change=n * _ranks.ZH_MOVES_WITH_UNIT[word])
    if form == "position":
        verb = _one(draw, [v for v in _ranks.EN_VERBS if v.split()[-1].startswith("rank")])
        words = [_en_ordinal(n)] + ([_EN_ORDINAL_WORDS[n]] if n in _EN_ORDINAL_WORDS else [])
        ordinal = _one(draw, words)
        scope = _one(draw, ("", *_ranks.EN_SCOPE_WORDS))
        text = _join_en(verb, ordinal, f"in {scope}" if scope else "")
        return text, Rank(position=n, scope=scope or None)
    if form == "top":
        number = _one(draw, (str(n), _en_integer(n)))
        return f"{_ranks.EN_TOP} {number}", Rank(top=n)
    up = draw(st.booleans())
    word = _one(draw, _ranks.EN_MOVE_UP if up else _ranks.EN_MOVE_DOWN)
    unit = _one(draw, [u for u in _ranks.EN_MOVE_UNITS if " " not in u and (n == 1) != u.endswith("s")])
    number = _one(draw, (str(n), _en_integer(n)))
    return f"{word} {number} {unit}", Rank(change=n if up else -n)


def ranks(languages: Sequence[str] = LANGUAGES) -> st.SearchStrategy[tuple[str, Rank]]:
    """Ranking phrases with the :class:`~investparse.Rank` they state: positions with
    a ranking verb and scope (位居全省第三, ranked 5th in China), top-N lists and
    moves (进位20, up three places), all words from ``lexicon.ranks``."""
    _check_languages(languages)
    return _rank(tuple(languages))


# ---------------------------------------------------------------- dates



_EN_MONTH_NAMES: dict[int, list[str]] = {}
for _w, _m in _dates.EN_MONTHS.items():
    # Rule: month words that are also ordinary words (may, march) are rendered only
    # with a day or a year attached, which every form here has.
    _EN_MONTH_NAMES.setdefault(_m, []).append(_w)


def _en_month(draw: Draw, month: int) -> str:
    word = _one(draw, _EN_MONTH_NAMES[month])
    full = max(_EN_MONTH_NAMES[month], key=len)
    if word != full and draw(st.booleans()):
        word += "."
    return word.capitalize()


def _zh_year(draw: Draw, year: int) -> str:
    if draw(st.booleans()):
        return _arabic(draw, Decimal(year), _one(draw, ("plain", "fullwidth")))
    return "".join(_one(draw, _ZH_DIGITS[int(c)]) for c in str(year))


@st.composite
def _date(draw: Draw, languages: Sequence[str], reference_date: dt.date | None) -> _Piece:
    lang = _one(draw, languages)
    year = draw(st.integers(min_value=1990, max_value=2035))
    month = draw(st.integers(min_value=1, max_value=12))
    day = draw(st.integers(min_value=1, max_value=28))
    forms = ["day", "month", "year", "quarter", "half", "months", "mod"]
    if reference_date is not None:
        forms += ["relative", "relative"]
    form = _one(draw, forms)
    ref = reference_date
    if lang == "zh":
        y = _zh_year(draw, year) + _dates.ZH_YEAR
        m = _one(draw, (str(month), zh_integer(draw, month))) + _one(draw, _dates.ZH_MONTH_SUFFIXES[-1:])
        if form == "day":
            if draw(st.booleans()):
                sep = _one(draw, ("-", "/", "."))
                mm, dd = (f"{month:02d}", f"{day:02d}") if sep == "-" else (str(month), str(day))
                value = DateValue(timex=f"{year}-{month:02d}-{day:02d}")
                return _Piece("", f"{year}{sep}{mm}{sep}{dd}", value)
            d = _one(draw, (str(day), zh_integer(draw, day))) + _one(draw, _dates.ZH_DAY_SUFFIXES)
            return _Piece("", y + m + d, DateValue(timex=f"{year}-{month:02d}-{day:02d}"))
        if form == "month":
            m = _one(draw, (str(month), zh_integer(draw, month))) + _one(draw, _dates.ZH_MONTH_SUFFIXES)
            return _Piece("", y + m, DateValue(timex=f"{year}-{month:02d}"))
        if form == "year":
            suffix = _one(draw, _dates.ZH_YEAR_SUFFIXES)
            return _Piece("", y[:-1] + suffix, DateValue(timex=str(year)))
        if form == "quarter":
            q = draw(st.integers(min_value=1, max_value=4))
            qt = _one(draw, ("", _ranks.ZH_ORDINAL)) + _one(draw, (str(q), zh_integer(draw, q)))
            return _Piece("", y + qt + _one(draw, _dates.ZH_QUARTER_WORDS), DateValue(timex=f"{year}-Q{q}"))
        if form == "half":
            word = _one(draw, sorted(_dates.ZH_HALVES))
            return _Piece("", y + word, DateValue(timex=f"{year}-H{_dates.ZH_HALVES[word]}"))
        if form == "months":
            end = draw(st.integers(min_value=2, max_value=12))
            conn = _one(draw, _dates.ZH_RANGE_CONNECTORS)
            text = y + "1" + conn + str(end) + _one(draw, _dates.ZH_MONTH_SUFFIXES)
            return _Piece("", text, DateValue(start=f"{year}-01", end=f"{year}-{end:02d}"))
        if form == "mod":
            mod_word = _one(draw, sorted(_dates.ZH_YEAR_MODS))
            return _Piece("", y + mod_word, DateValue(timex=str(year), mod=_dates.ZH_YEAR_MODS[mod_word]))  # type: ignore[arg-type]
        assert ref is not None
        word = _one(draw, sorted(_dates.ZH_REL_YEARS))
        ry = ref.year + _dates.ZH_REL_YEARS[word]
        if draw(st.booleans()):
            return _Piece("", word + m, DateValue(timex=f"{ry}-{month:02d}"))
        return _Piece("", word, DateValue(timex=str(ry)))
    mon = _en_month(draw, month)
    if form == "day":
        style = draw(st.integers(min_value=0, max_value=2))
        text = (f"{mon} {day}, {year}", f"{day} {mon} {year}", f"{year}-{month:02d}-{day:02d}")[style]
        return _Piece("", text, DateValue(timex=f"{year}-{month:02d}-{day:02d}"))
    if form == "month":
        return _Piece("", f"{mon} {year}", DateValue(timex=f"{year}-{month:02d}"))
    if form == "year":
        return _Piece("in ", str(year), DateValue(timex=str(year)))
    if form == "quarter":
        q = draw(st.integers(min_value=1, max_value=4))
        word = _one(draw, [w for w, v in _dates.EN_ORDINAL_PARTS.items() if v == q])
        text = _one(draw, (f"the {word} {_dates.EN_QUARTER_WORDS[0]} of {year}", f"Q{q} {year}"))
        return _Piece("", text, DateValue(timex=f"{year}-Q{q}"))
    if form == "half":
        h = draw(st.integers(min_value=1, max_value=2))
        word = _one(draw, [w for w, v in _dates.EN_ORDINAL_PARTS.items() if v == h])
        text = _one(draw, (f"the {word} {_dates.EN_HALF_WORDS[0]} of {year}", f"H{h} {year}"))
        return _Piece("", text, DateValue(timex=f"{year}-H{h}"))
    if form == "months":
        end = draw(st.integers(min_value=2, max_value=12))
        text = f"from {_en_month(draw, 1)} to {_en_month(draw, end)} {year}"
        return _Piece("", text, DateValue(start=f"{year}-01", end=f"{year}-{end:02d}"))
    if form == "mod":
        prefix = _one(draw, sorted(_dates.EN_MOD_PREFIXES))
        sep = "-" if prefix == "mid" and draw(st.booleans()) else " "
        mod = _dates.EN_MOD_PREFIXES[prefix]
        return _Piece("", f"{prefix}{sep}{year}", DateValue(timex=str(year), mod=mod))  # type: ignore[arg-type]
    assert ref is not None
    deictic = _one(draw, [w for w in _dates.EN_DEICTIC if w not in _dates.EN_DEICTIC_NOT_FOR_YEAR])
    return _Piece("", f"{deictic} year", DateValue(timex=str(ref.year + _dates.EN_DEICTIC[deictic])))


def dates(languages: Sequence[str] = LANGUAGES,
          reference_date: dt.date | None = None) -> st.SearchStrategy[tuple[str, DateValue]]:
    """Date phrases with the TIMEX3 :class:`~investparse.DateValue` they state.

    Days, months, years, quarters, halves, month ranges and modifiers (年底, early 2020);
    with a ``reference_date``, also relative years (今年3月, last year) resolved against
    it. Pass the same ``reference_date`` to :func:`~investparse.parse_date`.
    """
    _check_languages(languages)
    return _date(tuple(languages), reference_date).map(lambda p: (p.lead + p.text, p.value))


# ---------------------------------------------------------------- numbers

@st.composite
def _number(draw: Draw, languages: Sequence[str]) -> tuple[str, Decimal]:
    lang = _one(draw, languages)
    form = _one(draw, ("digits", "words", "scaled"))
    if form == "scaled":
        scale = _one(draw, [s for s in _scales(lang) if s.text])
        value = _decimal(draw, 10000, 2)
        number = _arabic(draw, value)
        return _with_scale(number, scale, lang), value * scale.value
    if form == "words":
        if lang == "zh":
            value = _decimal(draw, 10**12, draw(st.integers(min_value=0, max_value=3)))
            return _zh_decimal(draw, value), value
        n = draw(st.integers(min_value=0, max_value=10**12 - 1))
        return _en_integer(n), Decimal(n)
    value = _decimal(draw, 10**9, draw(st.integers(min_value=0, max_value=4)), Decimal(0))
    return _arabic(draw, value), value


def numbers(languages: Sequence[str] = LANGUAGES) -> st.SearchStrategy[tuple[str, Decimal]]:
    """Numerals with the ``Decimal`` :func:`~investparse.parse_number` must give:
    digits (``1,234.5``, full-width), Chinese numerals (一百二十三点四, 两千万), English
    words (forty-two) and digits with a magnitude (1.2万, 2.5 million, 3bn)."""
    _check_languages(languages)
    return _number(tuple(languages))


# ---------------------------------------------------------------- documents

@dataclass(frozen=True)
class ExpectedMention:
    """A mention a generated document must yield: kind, offsets and value."""

    kind: Kind
    start: int
    end: int
    text: str
    value: Value


@dataclass(frozen=True)
class GeneratedDocument:
    """A generated report: its text, the reference date to parse it with, its mentions."""

    text: str
    reference_date: dt.date | None
    mentions: tuple[ExpectedMention, ...]


# Sentences of our own with one slot; each slot is set off by punctuation so that no
# neighbouring word joins the phrase.
_FILLERS: dict[str, tuple[str, ...]] = {
    "zh": ("园区新签约一批重点项目，其中一项为：{}。", "据统计部门介绍，相关指标为：{}。",
           "会上通报的数据是：{}。", "项目建设进展顺利，记者获悉：{}。"),
    # the English slot is followed by a comma, not a full stop: a phrase may end in an
    # abbreviation's dot (l.e., Rs.) that a sentence's full stop would seem to continue
    "en": ("The park signed a batch of key projects; one figure given was: {}, the report said. ",
           "According to the statistics bureau, the figure was: {}, up to date. ",
           "Officials at the meeting reported this: {}, without comment. ",
           "Construction went smoothly; reporters learned: {}, as planned. "),
}
_PLAIN: dict[str, tuple[str, ...]] = {
    "zh": ("各部门协同推进，营商环境持续优化。", "企业代表表示将继续扩大合作。"),
    "en": ("Departments worked together to improve the business climate. ",
           "Company representatives said they would deepen cooperation. "),
}


@st.composite
def _document(draw: Draw, languages: Sequence[str], kinds: Sequence[str], max_mentions: int,
              reference_date: dt.date | None) -> GeneratedDocument:
    lang = _one(draw, languages)
    one = (lang,)
    parts: list[str] = []
    mentions: list[ExpectedMention] = []
    offset = 0
    for _ in range(draw(st.integers(min_value=1, max_value=max_mentions))):
        if draw(st.integers(0, 3)) == 0:
            plain = _one(draw, _PLAIN[lang])
            parts.append(plain)
            offset += len(plain)
        kind = _one(draw, kinds)
        lead = ""
        value: Value
        if kind == "money":
            phrase, value = draw(amounts(one))
        elif kind == "percent":
            piece = draw(_percent(one, True, MONEY_QUALIFIERS, reference_date is None))
            lead, phrase, value = piece.lead, piece.text, piece.value
        elif kind == "rank":
            phrase, value = draw(ranks(one))
        else:
            piece = draw(_date(one, reference_date))
            lead, phrase, value = piece.lead, piece.text, piece.value
        template = _one(draw, _FILLERS[lang])
        head, tail = template.split("{}")
        head += lead
        start = offset + len(head)
        mentions.append(ExpectedMention(kind, start, start + len(phrase), phrase, value))  # type: ignore[arg-type]
        sentence = head + phrase + tail
        parts.append(sentence)
        offset += len(sentence)
    return GeneratedDocument("".join(parts), reference_date, tuple(mentions))


def documents(languages: Sequence[str] = LANGUAGES,
              kinds: Sequence[str] = ("money", "percent", "rank", "date"),
              max_mentions: int = 5,
              reference_date: dt.date | None = None) -> st.SearchStrategy[GeneratedDocument]:
    """Short reports in one language assembled from the other strategies and filler
    sentences, with every mention they must yield (kind, offsets, value).

    Parse with ``parse_document(doc.text, reference_date=doc.reference_date)``; pass a
    ``reference_date`` to include relative dates. Without one, a document holds no
    relative date (the parser would read a dateline-less text's 今年 as unresolvable).
    """
    _check_languages(languages)
    if set(kinds) - {"money", "percent", "rank", "date"} or not kinds:
        raise ValueError("kinds must be a non-empty selection of money, percent, rank, date")
    return _document(tuple(languages), tuple(kinds), max_mentions, reference_date)
