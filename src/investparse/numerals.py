"""Numerals: the pattern pieces every dimension builds on, and numeral text -> Decimal.

The pattern pieces (``ARABIC``, ``CN_NUMBER``, ``EN_WORDS``, ``NUMBER``) are strings
meant to be embedded in larger patterns; each is linear-time (possessive repeats
over atoms that each consume at least one character).

>>> numeral_value("1亿5673万5千")
Decimal('156735000')
>>> numeral_value("one hundred and twenty")
Decimal('120')
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

import regex

from ._patterns import alt, char_class
from .lexicon import numerals as lex

# ---------------------------------------------------------------- pattern pieces
ZH_DIGIT_CLASS = char_class(lex.ZH_DIGITS)
ZH_UNIT_CLASS = char_class({**lex.ZH_SMALL_UNITS, **lex.ZH_BIG_UNITS})
ZH_BIG_CLASS = char_class(lex.ZH_BIG_UNITS)
ZH_NUMERAL_CLASS = char_class({**lex.ZH_DIGITS, **lex.ZH_SMALL_UNITS, **lex.ZH_BIG_UNITS})
ZH_POINT = char_class(lex.ZH_DECIMAL_POINT)

#: Arabic digits with optional thousands separators and decimals: 3,815 / 46.5 / 2024
ARABIC = r"(?:\d{1,3}(?:,\d{3})++(?!\d)(?:\.\d++)?+|\d++(?:\.\d++)?+)"
#: one atom of a Chinese-style number: digits, a numeral character, a decimal point
_CN_ATOM = rf"(?:{ARABIC}|{ZH_NUMERAL_CLASS}|{ZH_POINT}(?={ZH_DIGIT_CLASS})|[余多几餘幾](?={ZH_UNIT_CLASS}))"
#: a Chinese-style number: 40 / 1.2万 / 4.78万亿 / 1亿5673万5千 / 两千万 / 四十五点八八 / 十余万
CN_NUMBER = rf"(?:(?:{ARABIC}|{ZH_NUMERAL_CLASS})(?:{_CN_ATOM})*+)"

_EN_CARDINAL_WORDS = [*lex.EN_ONES, *lex.EN_TENS, *lex.EN_HUNDRED, *lex.EN_SCALES]
_EN_WORD = alt(_EN_CARDINAL_WORDS, ascii_boundary=True)
_EN_TENS_UNITS = rf"(?:{alt(lex.EN_TENS, ascii_boundary=True)}-{alt(lex.EN_ONES, ascii_boundary=True)})"
_EN_TOKEN = rf"(?:{_EN_TENS_UNITS}|{_EN_WORD})"
_EN_SCALE_WORD = alt([*lex.EN_HUNDRED, *lex.EN_SCALES], ascii_boundary=True)
_EN_ARTICLE = rf"(?:(?<![A-Za-z])(?i:an?)\s+(?={_EN_SCALE_WORD}))"
#: English number words: forty-two / one hundred and twenty / a billion / five lakhs
EN_WORDS = (
    rf"(?i:(?:{_EN_ARTICLE}|{_EN_TOKEN})"
    rf"(?:(?:\s++|-|\s++and\s++)(?={_EN_TOKEN}){_EN_TOKEN})*+)"
)
#: a scale after digits: "2.5 million", "$10K", "3bn"
EN_SCALE_AFTER_DIGITS = (
    rf"(?:[\s-]?+(?i:{_EN_SCALE_WORD})|\s?+{alt(lex.EN_SCALE_ABBREVIATIONS)}(?![A-Za-z]))"
)
#: any number a money or percent phrase holds
NUMBER = rf"(?:{CN_NUMBER}(?:{EN_SCALE_AFTER_DIGITS})?+|{EN_WORDS})"
#: a number must not start inside another number or word-number
NUMBER_START = r"(?<![\d.])(?<!\d,)"

# ---------------------------------------------------------------- values
_ZH_TOKEN = regex.compile(rf"{ARABIC}|{ZH_NUMERAL_CLASS}|{ZH_POINT}|[余多几餘幾]|\S")
_EN_TOKEN_RE = regex.compile(
    rf"{ARABIC}|[A-Za-z]+(?:-[A-Za-z]+)*|[^\sA-Za-z\d]", regex.IGNORECASE
)
_NEGATIVE = regex.compile(r"^(?:[-−–]|" + "|".join(lex.ZH_NEGATIVE) + r")\s*")
_SCIENTIFIC = regex.compile(r"^(\d+(?:\.\d+)?)[eE]([-+]?\d{1,3})$")
_POWER = regex.compile(r"^(\d+(?:\.\d+)?)\s*\^\s*(\d{1,3})$")
_ZH_FRACTION = regex.compile(rf"^(.+?){lex.ZH_FRACTION}(.+)$")
_EN_FRACTION = regex.compile(r"^(\d+)\s*/\s*(\d+)$")


def _arabic(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _zh_value(text: str) -> Decimal | None:
    """Value of a Chinese-style numeral (may mix Arabic digits)."""
    result = Decimal(0)  # sections already closed by a big unit
    result_unit = 0  # the largest big unit applied to ``result``
    section = Decimal(0)  # the part below the next big unit
    num: Decimal | None = None  # the pending digit(s)
    num_is_single_zh = False
    last_unit = 0
    after_zero = False
    seen = False
    tokens = _ZH_TOKEN.findall(text)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        i += 1
        if tok in lex.ZH_DIGITS:
            d = lex.ZH_DIGITS[tok]
            if num is not None and num_is_single_zh is not None and last_unit == 0 and seen:
                num = num * 10 + d  # digit by digit: 二〇二四
                num_is_single_zh = False
            else:
                num = Decimal(d)
                num_is_single_zh = True
            if d == 0:
                after_zero = True
            seen = True
        elif tok[0].isdigit():
            num = _arabic(tok)
            num_is_single_zh = False
            seen = True
        elif tok in lex.ZH_DECIMAL_POINT:
            frac = ""
            while i < len(tokens) and tokens[i] in lex.ZH_DIGITS:
                frac += str(lex.ZH_DIGITS[tokens[i]])
                i += 1
            if not frac:
                return None
            num = (num or Decimal(0)) + Decimal("0." + frac)
            num_is_single_zh = False
        elif tok in lex.ZH_SMALL_UNITS:
            unit = lex.ZH_SMALL_UNITS[tok]
            section += (num if num is not None else Decimal(1)) * unit
            num, num_is_single_zh, last_unit, after_zero = None, False, unit, False
            seen = True
        elif tok in lex.ZH_BIG_UNITS:
            unit = lex.ZH_BIG_UNITS[tok]
            cur = section + (num if num is not None else Decimal(0))
            if cur == 0 and not seen:
                cur = Decimal(1)  # 亿 alone, 万亿 after nothing
            if cur == 0 and result_unit:  # 万亿: a unit right after a unit multiplies
                result *= unit
                result_unit *= unit
            elif unit > result_unit:
                result = (result + cur) * unit
                result_unit = unit
            else:
                result += cur * unit
            section, num, num_is_single_zh, last_unit, after_zero = Decimal(0), None, False, unit, False
            seen = True
        elif tok in "余多几餘幾":
            continue
        else:
            return None
    if not seen:
        return None
    if num is not None and num_is_single_zh and last_unit >= 10 and not after_zero:
        num *= Decimal(last_unit) / 10  # 两千五 = 2500, 一万五 = 15000
    return result + section + (num if num is not None else Decimal(0))


def _en_value(text: str) -> Decimal | None:
    """Value of an English number: words, digits with scales, or a mix."""
    total = Decimal(0)
    current: Decimal | None = None
    seen = False
    for raw in _EN_TOKEN_RE.findall(text):
        tok = raw.lower()
        parts = [p for p in tok.split("-") if p] if "-" in tok and not tok[0].isdigit() else [tok]
        for part in parts:
            if part in ("and", ",", "-"):
                continue
            if part[0].isdigit():
                current = (current or Decimal(0)) + _arabic(part)
            elif part in lex.EN_ONES:
                current = (current or Decimal(0)) + lex.EN_ONES[part]
            elif part in lex.EN_TENS:
                current = (current or Decimal(0)) + lex.EN_TENS[part]
            elif part in lex.EN_ARTICLE_ONE:
                current = Decimal(1)
            elif part in lex.EN_HUNDRED:
                current = (current if current is not None else Decimal(1)) * 100
            elif part in lex.EN_SCALES or raw in lex.EN_SCALE_ABBREVIATIONS or part in lex.EN_SCALE_ABBREVIATIONS:
                scale = lex.EN_SCALES.get(part) or lex.EN_SCALE_ABBREVIATIONS.get(raw) \
                    or lex.EN_SCALE_ABBREVIATIONS[part]
                total += (current if current is not None else Decimal(1)) * scale
                current = None
            elif part in lex.EN_GROUP_WORDS:
                current = (current if current is not None else Decimal(1)) * lex.EN_GROUP_WORDS[part]
            else:
                return None
            seen = True
    if not seen:
        return None
    return total + (current or Decimal(0))


def numeral_value(text: str) -> Decimal | None:
    """The value of a numeral matched by :data:`NUMBER` (or a fraction), or None.

    >>> numeral_value("4.78万亿")
    Decimal('4780000000000')
    >>> numeral_value("三分之一").quantize(Decimal("0.001"))
    Decimal('0.333')
    >>> numeral_value("2.5 million")
    Decimal('2500000')
    """
    text = text.strip()
    if not text:
        return None
    sign = 1
    m = _NEGATIVE.match(text)
    if m and m.end() < len(text):
        sign, text = -1, text[m.end():]
    value = _plain_value(text)
    return None if value is None else tidy(sign * value)


def tidy(value: Decimal) -> Decimal:
    """Drop a value's trailing zeros without exponent notation for whole numbers.

    >>> tidy(Decimal("46500000000.0")), tidy(Decimal("3.050"))
    (Decimal('46500000000'), Decimal('3.05'))
    """
    if value == value.to_integral_value():
        return value.to_integral_value()
    return value.normalize()


def _plain_value(text: str) -> Decimal | None:
    if m := _SCIENTIFIC.match(text):
        return Decimal(m.group(1)).scaleb(int(m.group(2)))
    if m := _POWER.match(text):
        return Decimal(m.group(1)) ** int(m.group(2))
    if m := _EN_FRACTION.match(text):
        den = Decimal(m.group(2))
        return Decimal(m.group(1)) / den if den else None
    if m := _ZH_FRACTION.match(text):
        den, numer = numeral_value(m.group(1)), numeral_value(m.group(2))
        if den is None or numer is None or den == 0:
            return None
        return numer / den
    try:
        if regex.search(r"[A-Za-z]", text):
            return _en_value(text)
        return _zh_value(text)
    except (InvalidOperation, ArithmeticError):
        return None
