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

from collections.abc import Callable, Mapping
from decimal import Decimal, InvalidOperation

from ._patterns import Lazy, StdLazy, alt, behind, char_class, folded, folds_to, lead, letters
from .lexicon import numerals as lex
from .lexicon import text as text_lex

# ---------------------------------------------------------------- pattern pieces
ZH_DIGIT_CLASS = char_class(lex.ZH_DIGITS)
ZH_UNIT_CLASS = char_class({**lex.ZH_SMALL_UNITS, **lex.ZH_BIG_UNITS})
ZH_BIG_CLASS = char_class(lex.ZH_BIG_UNITS)
#: every character a Chinese numeral is written with
ZH_NUMERAL_CHARS = "".join(
    sorted({**lex.ZH_DIGITS, **lex.ZH_SMALL_UNITS, **lex.ZH_BIG_UNITS, **lex.ZH_TENS_SHORTHAND})
)
ZH_NUMERAL_CLASS = char_class(ZH_NUMERAL_CHARS)
ZH_POINT = char_class(lex.ZH_DECIMAL_POINT)
ZH_VAGUE_CLASS = char_class(lex.ZH_VAGUE_INSIDE)

#: Arabic digits with optional thousands separators and decimals: 3,815 / 46.5 / 2024
ARABIC = r"(?:\d{1,3}(?:,\d{3})++(?!\d)(?:\.\d++)?+|\d++(?:\.\d++)?+)"
#: one atom of a Chinese-style number: digits, a numeral character, a decimal point
_CN_ATOM = (
    rf"(?:{ARABIC}|{ZH_NUMERAL_CLASS}|{ZH_POINT}(?={ZH_DIGIT_CLASS})|{ZH_VAGUE_CLASS}(?={ZH_UNIT_CLASS}))"
)
#: a Chinese-style number: 40 / 1.2万 / 4.78万亿 / 1亿5673万5千 / 两千万 / 四十五点八八 / 十余万
CN_NUMBER = rf"(?:(?:{ARABIC}|{ZH_NUMERAL_CLASS})(?:{_CN_ATOM})*+)"

_EN_CARDINAL_WORDS = [*lex.EN_ONES, *lex.EN_TENS, *lex.EN_HUNDRED, *lex.EN_SCALES, *lex.EN_ZERO_WORDS]
#: the words an English number (:data:`EN_WORDS`) can start with, each after a non-letter
NUMBER_FIRST_WORDS = (*_EN_CARDINAL_WORDS, *lex.EN_FRACTION_MULTIPLIERS, lex.EN_POINT, "a", "an")
_EN_WORD = alt(_EN_CARDINAL_WORDS, ascii_boundary=True)
_EN_TENS_UNITS = rf"(?:{alt(lex.EN_TENS, ascii_boundary=True)}-{alt(lex.EN_ONES, ascii_boundary=True)})"
_EN_SCALE_WORD = alt([*lex.EN_HUNDRED, *lex.EN_SCALES], ascii_boundary=True)
#: "half million", "three quarters billion": a fraction word only counts before a scale
_EN_FRACTION_MULT = (
    rf"(?:{alt(lex.EN_FRACTION_MULTIPLIERS, ascii_boundary=True)}(?=\s+(?:an?\s+)?{_EN_SCALE_WORD}))"
)
#: "one point three": the word "point" only counts between number words
_EN_POINT = rf"(?:(?<![A-Za-z]){lex.EN_POINT}(?=\s+{_EN_WORD}))"
_EN_TOKEN = rf"(?:{_EN_TENS_UNITS}|{_EN_WORD}|{_EN_FRACTION_MULT}|{_EN_POINT})"
_EN_ARTICLE = rf"(?:(?<![A-Za-z])(?i:an?)\s+(?={_EN_SCALE_WORD}|{_EN_FRACTION_MULT}))"
#: "and" joins number words only after a hundred or a scale ("one hundred and twenty"),
#: so that "between three and four billion" stays two numbers
#: a letter, or what case folding reads as one: the cheap test in front of every
#: case-insensitive alternation of words, that fails at once on a digit or a Han character
_LETTER = letters()
#: (the lookahead is a cheap test of what the joiner itself needs: without it the
#: look-behinds of every scale word are tried before each token of every number)
_EN_AND = rf"(?:(?=\s++and\s){behind([*lex.EN_HUNDRED, *lex.EN_SCALES], nocase=True)}\s++and\s++)"
#: what an English number's first word can start with (in either case, with what case
#: folding reads as one): most letters start none, and the alternation is not tried there
_EN_FIRST = lead(nocase=NUMBER_FIRST_WORDS)
#: English number words: forty-two / one hundred and twenty / a billion / five lakhs.
#: Tokens joined by "and" (tried first: the joiner is possessive), a space or a hyphen; the
#: token pattern is written once (the first token has no joiner: a number does not start
#: with one), which halves the size of every pattern that holds a number, and their
#: compile time
EN_WORDS = (
    rf"{_EN_FIRST}(?i:(?![\s-])(?:(?:{_EN_AND}|\s++|-)?+{_EN_ARTICLE}?+{_EN_TOKEN})++)"
)
#: what an English number (:data:`EN_WORDS`) starts with: the same test in a lookahead,
#: at a fraction of the size
EN_WORDS_START = rf"(?i:{_EN_ARTICLE}?+{_EN_TOKEN})"
_ONES_TO_NINE = [w for w, v in lex.EN_ONES.items() if 1 <= v <= 9]
_ONES_TO_NINETEEN = [w for w, v in lex.EN_ONES.items() if 1 <= v <= 19]
#: the words of :data:`EN_UNDER_100`
EN_UNDER_100_WORDS = (*lex.EN_TENS, *_ONES_TO_NINETEEN)
#: English number words from one to ninety-nine: forty-five / forty five / twelve
EN_UNDER_100 = (
    rf"(?={_LETTER})(?i:{alt(lex.EN_TENS, ascii_boundary=True)}"
    rf"(?:[\s-]{alt(_ONES_TO_NINE, ascii_boundary=True)})?+"
    rf"|{alt(_ONES_TO_NINETEEN, ascii_boundary=True)})"
)
#: what a number is written with, for the reach of a zone (:mod:`.zones`): its characters
#: (digits, separators, Chinese numerals and decimal points, 余/多/几) and its words
NUMBER_CHARS = (*"0123456789.,", *ZH_NUMERAL_CHARS, *lex.ZH_DECIMAL_POINT, *lex.ZH_VAGUE_INSIDE)
NUMBER_WORDS = (*NUMBER_FIRST_WORDS, *lex.EN_SCALE_ABBREVIATIONS, "and")
#: a scale after digits: "2.5 million", "$10K", "3bn"
EN_SCALE_AFTER_DIGITS = (
    rf"(?:{lead(['-', *lex.EN_SCALE_ABBREVIATIONS], nocase=[*lex.EN_HUNDRED, *lex.EN_SCALES], space=True)}"
    rf"(?:[\s-]?+(?i:{_EN_SCALE_WORD})|\s?+{alt(lex.EN_SCALE_ABBREVIATIONS)}(?![A-Za-z])))"
)
#: any number a money or percent phrase holds
NUMBER = rf"(?:{CN_NUMBER}(?:{EN_SCALE_AFTER_DIGITS})?+|{EN_WORDS})"
#: not after a number word and a space or hyphen ("forty two" is one number)
_AFTER_NO_WORD_SPACE = behind(_EN_CARDINAL_WORDS, negative=True, nocase=True, before="(?<![A-Za-z])",
                              after=r"[\s-]")
#: a number must not start inside another number or word-number (which also keeps the
#: scan linear: a long run of numerals is tried from its first character only)
NUMBER_START = (
    # not after a digit or a decimal point; after an abbreviation's dot it may (Rs.5)
    rf"(?<!\d)(?<!(?<![A-Za-z])\.)(?<!\d,)(?<!{ZH_NUMERAL_CLASS})(?<!{char_class(lex.ZH_VAGUE_BEFORE)})"
    # (a number word before the space is looked for only after a letter a word ends with:
    # the word alternation is costly where it is tried, and most places fail the cheap test)
    rf"(?:(?<!{folds_to(w[-1] for w in _EN_CARDINAL_WORDS)}[\s-])"
    rf"|{_AFTER_NO_WORD_SPACE})"
)

# ---------------------------------------------------------------- values
_ZH_TOKEN = Lazy(rf"{ARABIC}|{ZH_NUMERAL_CLASS}|{ZH_POINT}|{ZH_VAGUE_CLASS}|\S")
_EN_TOKEN_RE = StdLazy(r"\d[\d,]*+(?:\.\d++)?+|\.\d++|[A-Za-z]++|[^\sA-Za-z\d]")
_MINUS_SIGNS = "-−–"
_NEGATIVE = Lazy(
    rf"^(?:[{_MINUS_SIGNS}]|" + "|".join(lex.ZH_NEGATIVE)
    + "|(?i:" + "|".join(lex.EN_NEGATIVE) + r")(?![A-Za-z]))\s*+"
)
#: what a sign (:data:`_NEGATIVE`) starts with: elsewhere its pattern is not tried
_NEGATIVE_FIRSTS = frozenset({*_MINUS_SIGNS, *(w[0] for w in lex.ZH_NEGATIVE),
                              *folded({w[0] for w in lex.EN_NEGATIVE})})
_NUM = r"(?:\d++(?:\.\d++)?+|\.\d++)"
_SCIENTIFIC = Lazy(rf"^({_NUM})\s*+(?:[eE]|[x×*]\s*+10\s*+\^)\s*+([-+]?\d{{1,3}})$")
_POWER = Lazy(rf"^({_NUM})\s*+\^\s*+([-+]?\d{{1,3}})$")
_SLASH_FRACTION = Lazy(r"^(?:(\d++)\s++)?(\d++)\s*+/\s*+(\d++)$")
_SPACED_THOUSANDS = Lazy(r"^\d{1,3}(?:[ ，]\d{3})++(?:\.\d++)?+$")
_PAREN_TWIN = Lazy(r"^([^()]++)\(([^()]++)\)?$")
_HAN = StdLazy(text_lex.HAN_CLASS)  # (re: a third of the instructions of regex's \p{Han})
_ZH_SPACES = Lazy(r"(?<=\p{Han})\s++|\s++(?=\p{Han})")
_ZH_FRACTION = Lazy(
    rf"^(.+?)(?:{lex.ZH_FRACTION}|{'|'.join(lex.ZH_FRACTION_SHORT)})(.+)$"
)
_ZH_HALF_ONLY = Lazy(rf"^(?:[一1]|[一1]?个)?{lex.ZH_HALF}++个?$")
_ZH_SHORTHAND = Lazy(char_class(lex.ZH_TENS_SHORTHAND))
_ZH_CLASSIFIER = Lazy(rf"^(.+?)({char_class(lex.ZH_CLASSIFIERS)})$")


def _arabic(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def _zh_value(text: str) -> Decimal | None:
    """Value of a Chinese-style numeral (may mix Arabic digits)."""
    text = _ZH_SHORTHAND.sub(lambda m: lex.ZH_TENS_SHORTHAND[m.group()], text)
    return _zh_tokens_value(_ZH_TOKEN.findall(text))


#: the characters that are each one token of a Chinese numeral and nothing else (no
#: shorthand 廿, no fraction 分, no half, classifier or 又): a numeral made of them alone
#: is read token by token, without the regexes of :func:`_zh_full`
_ZH_PLAIN_CHARS = "".join(sorted(
    {*lex.ZH_DIGITS, *lex.ZH_SMALL_UNITS, *lex.ZH_BIG_UNITS, *lex.ZH_DECIMAL_POINT, *lex.ZH_VAGUE_INSIDE}
    - {*lex.ZH_TENS_SHORTHAND, *lex.ZH_CLASSIFIERS, *lex.ZH_FRACTION, *"".join(lex.ZH_FRACTION_SHORT),
       *lex.ZH_MIXED_JOIN, *lex.ZH_HALF}
))


#: below this a value read in integers is what the same reading in Decimals gives (the
#: context's 28 digits round nothing); above it the Decimals read it again
_EXACT_BELOW = 10**27


def _zh_tokens_value(tokens: list[str]) -> Decimal | None:
    """Value of a Chinese-style numeral cut into tokens (digit runs, numeral characters).

    Read in integers until a decimal (a point, Arabic decimals) enters, which is much
    cheaper than Decimals; a value too large for that to be exact is read again in
    Decimals, as every step rounds to the context there.

    >>> _zh_tokens_value(list("两千五百万")), _zh_tokens_value(list("一万五"))
    (Decimal('25000000'), Decimal('15000'))
    >>> _zh_tokens_value(["3.5", "亿"]), _zh_tokens_value(list("亿亿亿亿"))
    (Decimal('350000000.0'), Decimal('1.000000000000000000000000000E+32'))
    """
    return _exact(_zh_tokens_read, tokens)


_Reader = Callable[[list[str], int | Decimal], int | Decimal | None]


def _exact(read: _Reader, tokens: list[str]) -> Decimal | None:
    """What ``read`` makes of ``tokens`` from 0, as a Decimal; read again from Decimal 0
    when the value is too large for integers to give what Decimals do."""
    value = read(tokens, 0)
    if value is None:
        return None
    if -_EXACT_BELOW < value < _EXACT_BELOW:
        return value if isinstance(value, Decimal) else Decimal(value)
    again = read(tokens, Decimal(0))
    return again if again is None or isinstance(again, Decimal) else Decimal(again)


def _shorthand(n: int | Decimal | None, single_zh: bool, last_unit: int, after_zero: bool
               ) -> int | Decimal | None:
    """两千五 = 2500, 一万五 = 15000, 百二 = 120: a lone digit after a unit is the next place."""
    if n is not None and single_zh and last_unit >= 10 and not after_zero:
        # (a whole number times a power of ten, over ten: whole)
        return n * last_unit // 10 if isinstance(n, int) else n * last_unit / 10
    return n


# what _zh_tokens_read does with a token, by the first table that holds it (a token that
# starts with a digit and is in none is Arabic digits)
_ZH_DIGIT, _ZH_POINT_TOKEN, _ZH_SMALL, _ZH_BIG, _ZH_VAGUE = range(5)


def _kinds(tables: list[tuple[int, Mapping[str, int]]]) -> dict[str, tuple[int, int]]:
    """Token -> (its kind, its number), the first of ``tables`` that holds it winning: the
    order in which a reader tries them."""
    out: dict[str, tuple[int, int]] = {}
    for kind, table in tables:
        for token, number in table.items():
            out.setdefault(token, (kind, number))
    return out


def _not_digits(table: Mapping[str, int]) -> dict[str, int]:
    # (after the digits, a token that starts with a digit is read as Arabic digits)
    return {token: n for token, n in table.items() if not token[0].isdigit()}


_ZH_TOKEN_KINDS = _kinds([
    (_ZH_DIGIT, lex.ZH_DIGITS),
    (_ZH_POINT_TOKEN, _not_digits(dict.fromkeys(lex.ZH_DECIMAL_POINT, 0))),
    (_ZH_SMALL, _not_digits(lex.ZH_SMALL_UNITS)),
    (_ZH_BIG, _not_digits(lex.ZH_BIG_UNITS)),
    (_ZH_VAGUE, _not_digits(dict.fromkeys(lex.ZH_VAGUE_INSIDE, 0))),
])


def _zh_tokens_read(tokens: list[str], zero: int | Decimal) -> int | Decimal | None:
    """:func:`_zh_tokens_value` from ``zero`` (0 or Decimal(0)): the arithmetic is in its
    type until a decimal enters. (The reading of :func:`_shorthand` is written out where
    a big unit and the end apply it: a call per numeral costs more than the test.)"""
    kinds = _ZH_TOKEN_KINDS
    result = zero  # sections already closed by a big unit
    result_unit = 0  # the largest big unit applied to ``result``
    section = zero  # the part below the next big unit
    num: int | Decimal | None = None  # the pending digit(s)
    num_is_single_zh = False
    last_unit = 0
    after_zero = False
    seen = False

    i = 0
    n = len(tokens)
    while i < n:
        tok = tokens[i]
        i += 1
        kind, d = kinds.get(tok) or (-1, 0)
        if kind == _ZH_DIGIT:
            if d == 0:
                after_zero = True
                if num is not None and last_unit == 0:
                    num = num * 10  # 二〇二四: digit by digit
                    num_is_single_zh = False
                seen = True
                continue
            if num is not None and last_unit == 0 and seen:
                num = num * 10 + d  # digit by digit: 二〇二四
                num_is_single_zh = False
            else:
                num = zero + d
                num_is_single_zh = True
            seen = True
        elif kind < 0:
            if not tok[0].isdigit():
                return None
            num = _arabic(tok)
            num_is_single_zh = False
            seen = True
        elif kind == _ZH_POINT_TOKEN:
            frac = ""
            while i < n and (tokens[i] in lex.ZH_DIGITS or tokens[i].isdigit()):
                tok_i = tokens[i]
                frac += tok_i if tok_i.isdigit() else str(lex.ZH_DIGITS[tok_i])
                i += 1
            if not frac:
                return None
            whole = _shorthand(num, num_is_single_zh, last_unit, after_zero)
            num = (whole or Decimal(0)) + Decimal("0." + frac)
            num_is_single_zh = False
            seen = True
        elif kind == _ZH_SMALL:
            section += (num if num is not None else zero + 1) * d
            num, num_is_single_zh, last_unit, after_zero = None, False, d, False
            seen = True
        elif kind == _ZH_BIG:
            # 百二万 = 120万, but 六十二亿四万 keeps its 4 (_shorthand, written out)
            if num is not None and num_is_single_zh and 10 <= last_unit < 10**4 and not after_zero:
                pending: int | Decimal | None = (
                    num * last_unit // 10 if isinstance(num, int) else num * last_unit / 10)
            else:
                pending = num
            cur = section + (pending or zero)
            if cur == 0 and not seen:
                cur = zero + 1  # 亿 alone, 万亿 after nothing
            if cur == 0 and result_unit:  # 万亿: a unit right after a unit multiplies
                result *= d
                result_unit *= d
            elif d > result_unit:
                result = (result + cur) * d
                result_unit = d
            else:
                result += cur * d
            section, num, num_is_single_zh, last_unit, after_zero = zero, None, False, d, False
            seen = True
        # (else a vague character, 余 or 多: read as nothing)
    if not seen:
        return None
    if num is None:
        return result + section
    return result + section + (_shorthand(num, num_is_single_zh, last_unit, after_zero) or zero)


def _zh_full(text: str) -> Decimal | None:
    """A Chinese numeral with fractions, halves, 又 and measure words around it."""
    if not text.strip(_ZH_PLAIN_CHARS):  # 一百二十万: one token per character
        return _zh_tokens_value(list(text))
    text = _ZH_SPACES.sub("", text)
    if lex.ZH_MIXED_JOIN in text:
        whole, _, part = text.partition(lex.ZH_MIXED_JOIN)
        a, b = _zh_full(whole), _zh_full(part)
        return None if a is None or b is None else a + b
    if _ZH_HALF_ONLY.match(text):
        return Decimal("0.5")
    if m := _ZH_CLASSIFIER.match(text):
        base = _zh_full(m.group(1))
        return None if base is None else base * lex.ZH_CLASSIFIERS[m.group(2)]
    if text.endswith(lex.ZH_HALF) and len(text) > 1:  # 三个半 = 3.5
        base = _zh_full(text[:-1].removesuffix("个"))
        return None if base is None else base + Decimal("0.5")
    if text.startswith(lex.ZH_HALF) and len(text) > 1:  # 半百 = 50
        base = _zh_value(text[1:])
        return None if base is None else base / 2
    if m := _ZH_FRACTION.match(text):
        den, numer = _zh_full(m.group(1)), _zh_full(m.group(2))
        if den is None or numer is None or den == 0:
            return None
        return numer / den
    return _zh_value(text)


def _en_digits_after_point(words: list[str], i: int) -> tuple[str, int]:
    """The decimals after "point": digit words one by one, or one compound (seventy-one)."""
    out = ""
    while i < len(words):
        w = words[i]
        if w[0].isdigit() and w.isdigit():
            out += w
        elif w in lex.EN_ZERO_WORDS:
            out += "0"
        elif w in lex.EN_ONES and lex.EN_ONES[w] < 10:
            out += str(lex.EN_ONES[w])
        elif w in lex.EN_ONES or w in lex.EN_TENS:
            if out:
                break
            v = lex.EN_ONES.get(w) or lex.EN_TENS[w]
            if w in lex.EN_TENS and i + 1 < len(words) and words[i + 1] in lex.EN_ONES \
                    and 0 < lex.EN_ONES[words[i + 1]] < 10:
                v += lex.EN_ONES[words[i + 1]]
                i += 1
            out += str(v)
            i += 1
            break
        else:
            break
        i += 1
    return out, i


def _scale_of(raw: str) -> int | None:
    low = raw.lower()
    if low in lex.EN_SCALES:
        return lex.EN_SCALES[low]
    if raw in lex.EN_SCALE_ABBREVIATIONS:
        return lex.EN_SCALE_ABBREVIATIONS[raw]
    if low in lex.EN_SCALE_ABBREVIATIONS:
        return lex.EN_SCALE_ABBREVIATIONS[low]
    return lex.EN_VALUE_ONLY_SCALES.get(low)


def _en_cardinal(raws: list[str]) -> Decimal | None:
    """Value of English number words and digits (no fraction denominators): read in
    integers until a decimal enters, as :func:`_zh_tokens_value` is.

    >>> _en_cardinal(["forty", "-", "two", "million"]), _en_cardinal(["2.5", "million"])
    (Decimal('42000000'), Decimal('2500000.0'))
    """
    return _exact(_en_cardinal_read, [r for r in raws if r not in ("-", ",")])


# what _en_cardinal_read does with a word, by the first table that holds it (a scale
# word is looked for last; what no table holds is read by _scale_of on the word as
# written: "M" and "m" differ from "mm")
_SEP, _POINT, _ZERO, _ONES, _TENS, _ARTICLE, _HUNDRED, _FRACTION, _GROUP, _SCALE = range(10)


#: lower-case word -> (what it is, its number), in the order _en_cardinal_read tries them
_EN_WORD_KINDS = _kinds([
    (_SEP, dict.fromkeys(("and", ",", "-"), 0)),
    (_POINT, {lex.EN_POINT: 0}),
    (_ZERO, dict.fromkeys(lex.EN_ZERO_WORDS, 0)),
    (_ONES, lex.EN_ONES),
    (_TENS, lex.EN_TENS),
    (_ARTICLE, dict.fromkeys(lex.EN_ARTICLE_ONE, 1)),
    (_HUNDRED, lex.EN_HUNDRED),
    (_FRACTION, lex.EN_FRACTION_MULTIPLIERS),
    (_GROUP, lex.EN_GROUP_WORDS),
    (_SCALE, lex.EN_SCALES),  # (what _scale_of finds first, lower-cased)
])
#: the kinds of a first word that a scale word after it multiplies (five, twenty, a)
_EN_TIMES_SCALE = frozenset({_ONES, _TENS, _ARTICLE})


def _en_cardinal_read(raws: list[str], zero: int | Decimal) -> int | Decimal | None:
    """:func:`_en_cardinal` from ``zero``: 0, or Decimal 0 for a value too large for integers
    to give what Decimals do; in its type until a decimal enters."""
    # (the words lower-cased in one call: no token holds a space)
    words = " ".join(raws).lower().split(" ") if raws else []
    kinds = _EN_WORD_KINDS
    total = zero
    largest = 0
    current: int | Decimal | None = None
    and_base = zero  # the part of ``current`` before the last "and"
    last = ""
    seen = False
    i = 0
    while i < len(words):
        w, raw = words[i], raws[i]
        i += 1
        if w[0].isdigit() or w[0] == ".":
            if last == "digits":
                return None
            current = (current or zero) + _arabic(w)
            last = "digits"
            seen = True
            continue
        kind, number = kinds.get(w, (-1, 0))
        if kind == _SEP:
            if w == "and":
                and_base = current or zero
            continue
        if kind == _POINT:
            frac, i = _en_digits_after_point(words, i)
            if not frac:
                return None
            current = (current or zero) + Decimal("0." + frac)
            last, seen = "point", True
            continue
        if kind == _ONES:
            if last == "ones":
                return None  # "one two three": three numbers, not one
            current = (current or zero) + number
            last = "ones"
        elif kind == _TENS:
            if last == "ones" and current is not None and 0 < current < 10:
                current = current * 100 + number  # "one twenty two" = 122
            else:
                current = (current or zero) + number
            last = "tens"
        elif kind == _ZERO:
            current = current or zero
            last = "ones"
        elif kind == _ARTICLE:
            if current is None:
                current = zero + 1
            last = "article"
        elif kind == _HUNDRED:
            current = (current if current is not None else zero + 1) * number
            last = "hundred"
        elif kind == _FRACTION:
            base = current if current is not None else zero + 1
            current = Decimal(base) / number  # (a Decimal from here on)
            last = "fraction"
        elif kind == _GROUP:
            base = current if current is not None else zero + 1
            current = and_base + (base - and_base) * number
            last = "group"
        elif (scale := number if kind == _SCALE else _scale_of(raw)) is not None:
            base = current if current is not None else zero + (0 if total else 1)
            if total and scale > largest:
                total = (total + base) * scale  # "three thousand millions"
            else:
                total += base * scale
            largest = scale if scale > largest else largest
            current, and_base = None, zero
            last = "scale"
        else:
            return None
        seen = True
    if not seen:
        return None
    return total + (current or zero)


def _en_fraction(raws: list[str]) -> Decimal | None:
    """Number words ending in a denominator: "three fifths", "one and a half"."""
    words = [r.lower() for r in raws if r not in ("-", ",")]
    den = lex.EN_FRACTION_DENOMINATORS[words[-1]]
    head = words[:-1]
    # a tens word right before the denominator joins it (thirty fifths = 35ths) when a
    # numerator stands before it: "one hundred thirty fifths" = 100/35
    if len(head) >= 2 and head[-1] in lex.EN_TENS and head[-2] != "and" and den < 10:
        den += lex.EN_TENS[head[-1]]
        head = head[:-1]
    if not head:
        return Decimal(1) / den
    # "two and three fifths" = 2 3/5 when the numerator is a single digit (or a decimal
    # part of a power of ten: "two hundred and fifty-four hundredths" = 200.54)
    if "and" in head:
        k = len(head) - 1 - head[::-1].index("and")
        whole, part = head[:k], head[k + 1:]
        part_value = _en_cardinal(part) if part else None
        ten_power = den >= 10 and 10 ** (len(str(den)) - 1) == den
        if whole and part_value is not None and (part_value < 10 or (ten_power and part_value < den)):
            whole_value = _en_cardinal(whole)
            if whole_value is None:
                return None
            return whole_value + part_value / den
    numer = _en_cardinal(head)
    if numer != 1 and not words[-1].endswith("s"):
        return _en_compound_denominator(head, den)
    return None if numer is None else numer / den


def _en_compound_denominator(head: list[str], den: int) -> Decimal | None:
    """A singular denominator after more than one: a numerator of one, then the rest of
    the denominator ("one one hundred fifth" = 1/105); None when the words read so
    make no denominator ("five hundredth" is an ordinal, not 5/100).

    >>> _en_compound_denominator(["one", "one", "hundred"], 5), _en_compound_denominator(["five"], 100)
    (Decimal('0.009523809523809523809523809524'), None)
    >>> _en_compound_denominator(["one", "two"], 100), _en_compound_denominator(["one", "three"], 5)
    (Decimal('0.005'), None)
    """
    if len(head) < 2 or (head[0] not in lex.EN_ARTICLE_ONE and lex.EN_ONES.get(head[0]) != 1):
        return None
    rest = _en_cardinal(head[1:])
    if rest is None or rest <= 0:
        return None
    if den >= 100 and 10 ** (len(str(den)) - 1) == den and rest < 1000:
        return Decimal(1) / (rest * den)  # one two-hundredth = 1/200
    if rest % 10 ** len(str(den)):
        return None  # ("one three fifth": no denominator three-and-five)
    return Decimal(1) / (rest + den)


def _en_value(text: str) -> Decimal | None:
    """Value of an English number: words, digits with scales, fractions, or a mix."""
    lows = text.lower().split()
    key = " ".join(lows)
    if key in lex.EN_WHOLE_PHRASES:
        return Decimal(lex.EN_WHOLE_PHRASES[key])
    # (words of ASCII letters alone, "five billion", are the tokens, split without the regex)
    plain = text.isascii() and key.replace(" ", "").isalpha()
    if plain and len(lows) == 2:  # "five billion", "a million": what _en_cardinal_read makes of it
        first, second = _EN_WORD_KINDS.get(lows[0]), _EN_WORD_KINDS.get(lows[1])
        if first and second and first[0] in _EN_TIMES_SCALE and second[0] == _SCALE:
            return Decimal(first[1] * second[1])
    raws = text.split() if plain else _EN_TOKEN_RE.findall(text)
    if raws and raws[-1].lower() == "of":
        raws = raws[:-1]
    lows = lows[:len(raws)] if plain else [r.lower() for r in raws]
    if lex.EN_OVER in lows:  # "one over twenty"
        k = lows.index(lex.EN_OVER)
        a, b = _en_value(" ".join(raws[:k])), _en_value(" ".join(raws[k + 1:]))
        return None if a is None or b is None or b == 0 else a / b
    if lows and lows[-1] in lex.EN_FRACTION_DENOMINATORS and lows[-1] not in lex.EN_SCALES:
        return _en_fraction(raws)
    # (no "-" or "," among plain words: what _en_cardinal would drop)
    return _exact(_en_cardinal_read, raws) if plain else _en_cardinal(raws)


def numeral_value(text: str) -> Decimal | None:
    """The value of a numeral matched by :data:`NUMBER` (or a fraction), or None.

    >>> numeral_value("4.78万亿")
    Decimal('4780000000000')
    >>> numeral_value("三分之一").quantize(Decimal("0.001"))
    Decimal('0.333')
    >>> numeral_value("2.5 million")
    Decimal('2500000')
    >>> numeral_value("one hundred and thirty fifths"), numeral_value("五打")
    (Decimal('26'), Decimal('60'))
    """
    if not isinstance(text, str):
        raise TypeError(f"numeral_value() expects text: str, got {type(text).__name__}")
    if text.isdigit() and text.isascii():  # 937: the commonest numeral, what the fast path reads
        return Decimal(text)
    text = text.strip()
    if not text:
        return None
    if (fast := _fast_value(text)) is not None:
        # (without a decimal point the value is whole, in digits times whole factors:
        # its exponent is not negative, and tidy would return it as it is)
        return tidy(fast) if "." in text else fast
    if not text.strip(_ZH_PLAIN_CHARS):  # 一百二十万: one token per character, read in integers
        whole: int | Decimal | None = _zh_product(text)
        if whole is None:
            if _digit_pair_at(text) >= 0:
                return None  # 两三千万 is "twenty or thirty million": two numbers, not one
            whole = _zh_tokens_read(list(text), 0)
        if type(whole) is int and whole < _EXACT_BELOW:
            return Decimal(whole)  # (whole: tidy would return it as it is)
    if "(" in text and (m := _PAREN_TWIN.match(text)):  # "forty-five (45)"
        a, b = numeral_value(m.group(1)), numeral_value(m.group(2))
        return a if a is not None and a == b else None
    sign = 1
    m = _NEGATIVE.match(text) if text[0] in _NEGATIVE_FIRSTS else None
    try:
        if m and m.end() < len(text):
            sign, text = -1, text[m.end():]
            value = _plain_value(text)
        elif text[0].isalpha() and text.isascii():  # (English: where the general parsers send it)
            value = _en_value(text)
        else:  # (the fast path failed on this text already)
            value = _general_value(text)
    except (InvalidOperation, ArithmeticError):
        return None
    return None if value is None else tidy(sign * value)


def _neighbour_pairs() -> str:
    """Two Chinese digits, the second one more than the first, followed by a unit or a
    magnitude (vague 余/多 between): the alternation :data:`_DIGIT_PAIR` searches."""
    by_value: dict[int, list[str]] = {}
    for c, v in lex.ZH_DIGITS.items():
        by_value.setdefault(v, []).append(c)
    pairs = "|".join(
        char_class(by_value[v]) + char_class(by_value[v + 1]) for v in range(1, 9)
    )
    units = char_class([*lex.ZH_SMALL_UNITS, *lex.ZH_BIG_UNITS])
    return rf"(?:{pairs})(?={char_class(lex.ZH_VAGUE_INSIDE)}*{units})"


_DIGIT_PAIR = StdLazy(_neighbour_pairs())


def _digit_pair_at(text: str) -> int:
    """Where two Chinese digits in a row, the second one more than the first (两三, 十二三's
    二三), are followed by a unit or magnitude, before any decimal point (四点一二万 reads
    its decimals digit by digit); else -1."""
    whole = len(text)
    for point in lex.ZH_DECIMAL_POINT:
        if point in text:
            whole = min(whole, text.index(point))
    m = _DIGIT_PAIR.search(text, 0, whole)
    return -1 if m is None else m.start()


def approximate_pair(text: str) -> tuple[Decimal, Decimal] | None:
    """The two values of a Chinese numeral that names two neighbouring numbers (两三千万,
    二三十亿, 十二三万: "two or three", "twelve or thirteen"), or None.

    >>> approximate_pair("两三千万"), approximate_pair("十二三亿")
    ((Decimal('20000000'), Decimal('30000000')), (Decimal('1200000000'), Decimal('1300000000')))
    >>> approximate_pair("二十三万") is None, approximate_pair("一九九八") is None
    (True, True)
    >>> approximate_pair("四点一二万") is None
    True
    """
    i = _digit_pair_at(text)
    if i < 0:
        return None
    low = numeral_value(text[:i + 1] + text[i + 2:])
    high = numeral_value(text[:i] + text[i + 1:])
    return None if low is None or high is None else (low, high)


def tidy(value: Decimal) -> Decimal:
    """Drop a value's trailing zeros without exponent notation for whole numbers.

    >>> tidy(Decimal("46500000000.0")), tidy(Decimal("3.050"))
    (Decimal('46500000000'), Decimal('3.05'))
    """
    whole = value.to_integral_value()
    return whole if value == whole else value.normalize()


_THOUSANDS_SPACE = Lazy(r"[ ，]")
_LATIN = StdLazy(r"[A-Za-z]")


#: the words :func:`_en_cardinal` reads before it tries a scale: a word among them is
#: no plain scale, so the fast path leaves it to the general parser
_EN_NOT_PLAIN_SCALE = frozenset({
    "and", lex.EN_POINT, *lex.EN_ZERO_WORDS, *lex.EN_ONES, *lex.EN_TENS, *lex.EN_ARTICLE_ONE,
    *lex.EN_HUNDRED, *lex.EN_FRACTION_MULTIPLIERS, *lex.EN_GROUP_WORDS, *lex.EN_FRACTION_DENOMINATORS,
    lex.EN_OVER,
})


def _arabic_digits(text: str) -> str | None:
    """``text`` as a string :class:`Decimal` reads, when it is Arabic digits with optional
    thousands separators (in groups of three) and decimals; else None. No regex: the
    common case costs a few string methods.

    >>> _arabic_digits("3,815.5"), _arabic_digits("46"), _arabic_digits("1,23"), _arabic_digits("1.")
    ('3815.5', '46', None, None)
    """
    if text.isdigit() and text.isascii():  # (the most common shape, in two tests)
        return text
    whole, dot, frac = text.partition(".")
    if dot and not (frac.isascii() and frac.isdigit()):
        return None
    if "," in whole:
        groups = whole.split(",")
        if not 1 <= len(groups[0]) <= 3 or any(len(g) != 3 for g in groups[1:]):
            return None
        whole = "".join(groups)
    if not (whole.isascii() and whole.isdigit()):
        return None
    return whole + dot + frac


#: the Chinese magnitudes, for str.rstrip
ZH_BIG_CHARS = "".join(lex.ZH_BIG_UNITS)
#: a digit from one to nine, a small unit, or a digit and a small unit -> its value (三,
#: 千, 三千): what :func:`_zh_tokens_read` makes of them, and of them before big units
#: (three thousand ten-thousands), a product
_ZH_PRODUCT_HEADS = {
    **{d + u: v * n for d, v in lex.ZH_DIGITS.items() if v for u, n in lex.ZH_SMALL_UNITS.items()},
    **{u: n for u, n in lex.ZH_SMALL_UNITS.items()},
    **{d: v for d, v in lex.ZH_DIGITS.items() if v},
}
#: the product of every run of up to three Chinese magnitudes (万亿 -> 10^12)
ZH_UNIT_RUN_SCALES = {
    a + b + c: lex.ZH_BIG_UNITS[a] * (lex.ZH_BIG_UNITS.get(b) or 1) * (lex.ZH_BIG_UNITS.get(c) or 1)
    for a in ZH_BIG_CHARS for b in ["", *ZH_BIG_CHARS] for c in ["", *ZH_BIG_CHARS] if b or not c
}


#: the same products as Decimals, for :func:`_fast_value`: a Decimal times an int converts
#: the int first, some 400 instructions of a product's 900 (the product is the same)
_UNIT_RUN_DECIMALS = {run: Decimal(scale) for run, scale in ZH_UNIT_RUN_SCALES.items()}


def _zh_product(text: str) -> int | None:
    """The value of a Chinese numeral that is a product, as :func:`_zh_tokens_read` reads
    it: a digit, a small unit or both, then up to three big units (两亿, 近千亿's 千亿,
    三千万, 万亿); else None.

    >>> _zh_product("三千万"), _zh_product("千亿"), _zh_product("两万亿"), _zh_product("十二亿")
    (30000000, 100000000000, 2000000000000, None)
    """
    head = _ZH_PRODUCT_HEADS.get(text[:2])
    if head is not None:
        rest = text[2:]
    else:
        head = _ZH_PRODUCT_HEADS.get(text[:1])
        rest = text if head is None else text[1:]
    if not rest:
        return head
    scale = ZH_UNIT_RUN_SCALES.get(rest)
    return None if scale is None else (head or 1) * scale


def _fast_value(text: str) -> Decimal | None:
    """The value of a numeral in one of the common shapes, or None to use the general
    parsers (which give the same value for these shapes: a test checks it): 3,815 /
    46.5 / 28亿 / 4.78万亿 / 31.6余亿 / 2.5 million / 80 k.

    >>> _fast_value("3,815"), _fast_value("4.78万亿"), _fast_value("2.5 Million"), _fast_value("五万")
    (Decimal('3815'), Decimal('4780000000000.00'), Decimal('2500000.0'), None)
    """
    if not text[:1].isdigit():
        return None
    head = text.rstrip(ZH_BIG_CHARS)
    if len(head) < len(text):  # 28亿, 4.78万亿, 31.6余亿
        units = text[len(head):]
        if head[-1] in lex.ZH_VAGUE_INSIDE:
            head = head[:-1]
        # (plain digits, the commonest, without the call)
        digits = head if head.isdigit() and head.isascii() else _arabic_digits(head)
        if digits is None:
            return None
        run = _UNIT_RUN_DECIMALS.get(units)
        if run is None:
            value = Decimal(digits)
            for unit in units:
                value *= lex.ZH_BIG_UNITS[unit]
            return value
        # (one product for the units: each rounding to the context keeps the same leading
        # digits, of the digits' exact value, so one rounding gives what several do)
        return Decimal(digits) * run
    number, space, word = text.partition(" ")
    digits = number if number.isdigit() and number.isascii() else _arabic_digits(number)
    if digits is None:
        return None
    if not space:
        return Decimal(digits)
    if not (word.isascii() and word.isalpha()):
        return None
    low = word.lower()
    if low in _EN_NOT_PLAIN_SCALE:
        return None
    # (a scale word, "million", is what _scale_of finds first)
    scale = lex.EN_SCALES.get(low) or _scale_of(word)
    return None if scale is None else Decimal(digits) * scale


def _plain_value(text: str) -> Decimal | None:
    if (fast := _fast_value(text)) is not None:  # "-3,815" and "负28亿" come here
        return fast
    return _general_value(text)


def _general_value(text: str) -> Decimal | None:
    """The value of a numeral without a sign, by the general parsers."""
    if text.startswith("."):
        text = "0" + text
    if text[0].isdigit():  # the shapes below all start with a digit
        if _SPACED_THOUSANDS.match(text):  # "1 234 567", "4，565"
            text = _THOUSANDS_SPACE.sub("", text)
        if m := _SCIENTIFIC.match(text):
            return Decimal(m.group(1)).scaleb(int(m.group(2)))
        if m := _POWER.match(text):
            return Decimal(m.group(1)) ** int(m.group(2))
        if m := _SLASH_FRACTION.match(text):  # "1/3", "2 1/4"
            den = Decimal(m.group(3))
            if not den:
                return None
            return Decimal(m.group(1) or 0) + Decimal(m.group(2)) / den
    if not text.isascii() and _HAN.search(text):
        return _zh_full(text)
    if _LATIN.search(text):
        return _en_value(text)
    return _zh_value(text)
