"""Numeral tables for Chinese and English (digits, units, magnitudes, ordinals)."""

from __future__ import annotations

# Chinese digits: ordinary, financial (大写) and Traditional forms.
ZH_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "○": 0,
    "一": 1, "壹": 1, "幺": 1,
    "二": 2, "两": 2, "兩": 2, "贰": 2, "貳": 2, "俩": 2, "倆": 2,
    "三": 3, "叁": 3, "參": 3,
    "四": 4, "肆": 4,
    "五": 5, "伍": 5,
    "六": 6, "陆": 6, "陸": 6,
    "七": 7, "柒": 7,
    "八": 8, "捌": 8,
    "九": 9, "玖": 9,
}

# Units that multiply the digit before them inside a section below 万.
ZH_SMALL_UNITS: dict[str, int] = {
    "十": 10, "拾": 10,
    "百": 100, "佰": 100,
    "千": 1000, "仟": 1000,
}

# Magnitudes that close a section. 兆 follows the Traditional/financial reading (10^12).
ZH_BIG_UNITS: dict[str, int] = {
    "万": 10**4, "萬": 10**4,
    "亿": 10**8, "億": 10**8,
    "兆": 10**12,
}

# Old-style tens written as one character: 廿 = 20, 卅 = 30, 卌 = 40 (五百卅四 = 534).
ZH_TENS_SHORTHAND: dict[str, str] = {"廿": "二十", "卄": "二十", "卅": "三十", "卌": "四十"}

ZH_DECIMAL_POINT = ("点", "點")
ZH_NEGATIVE = ("负", "負")
ZH_FRACTION = "分之"
# Other ways to write "b of a": 十份十一 = 11/10, 二分一 = 1/2 (both sides required).
ZH_FRACTION_SHORT = ("份之", "分", "份")
# Joins a whole number and a fraction: 3又一千分之23 = 3.023.
ZH_MIXED_JOIN = "又"
# Half: 一半 / 半个 = 0.5; before a unit it halves it (半百 = 50).
ZH_HALF = "半"
# Measure words after a numeral (parse_number only): 个 counts one, 对/双 pairs, 打 dozens.
ZH_CLASSIFIERS: dict[str, int] = {"个": 1, "個": 1, "对": 2, "對": 2, "双": 2, "雙": 2, "打": 12}

# English cardinals.
EN_ONES: dict[str, int] = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
EN_TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
EN_HUNDRED: dict[str, int] = {"hundred": 100}
# Scale words after a number: "2.5 million", "five lakhs".
EN_SCALES: dict[str, int] = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "lakh": 10**5, "lakhs": 10**5, "lac": 10**5, "crore": 10**7, "crores": 10**7,
    "thousands": 10**3, "millions": 10**6, "billions": 10**9,
}
# Abbreviated scales written right after digits: "$10K", "3bn", "5 mn", "1,674.5 G".
# Case matters for single letters: "m"/"M" is a million, "B"/"b" a billion.
EN_SCALE_ABBREVIATIONS: dict[str, int] = {
    "k": 10**3, "K": 10**3, "thsd": 10**3,
    "m": 10**6, "M": 10**6, "mn": 10**6, "mln": 10**6, "MM": 10**6, "mil": 10**6,
    "b": 10**9, "B": 10**9, "bn": 10**9, "bln": 10**9, "G": 10**9,
    "tn": 10**12, "trn": 10**12, "T": 10**12,
}
# Indian-English and abbreviated scales read by parse_number only (too ambiguous in
# running text to be part of the money patterns): "30 lkh", "three hundred Cr".
EN_VALUE_ONLY_SCALES: dict[str, int] = {
    "lkh": 10**5, "lkhs": 10**5, "l": 10**5, "lacs": 10**5,
    "cr": 10**7, "kr": 10**7, "koti": 10**7, "krore": 10**7, "krores": 10**7,
}
# Words that stand for a number on their own in money and count phrases.
EN_ARTICLE_ONE = ("a", "an")
# Words that multiply the number before them ("2 dozens", "a couple").
EN_GROUP_WORDS: dict[str, int] = {
    "dozen": 12, "dozens": 12, "dz": 12, "dzs": 12, "doz": 12, "dozs": 12,
    "couple": 2, "pair": 2, "pairs": 2,
}
# Whole phrases that parse_number reads as a number. Vague quantifiers ("a few",
# "several") are deliberately absent: they state no value.
EN_WHOLE_PHRASES: dict[str, int] = {
    "single": 1, "a single": 1, "a couple": 2, "a couple of": 2, "a pair of": 2,
    "a dozen of": 12, "naught": 0, "nought": 0,
}
# Extra spellings of zero inside longer numerals ("nine point nought four").
EN_ZERO_WORDS = ("naught", "nought")
# Signs written as words: "minus 1,200,000", "negative five hundred".
EN_NEGATIVE = ("minus", "negative")
# Decimal point as a word: "two point two million", "1 point 1".
EN_POINT = "point"
# Fraction bar as a word: "one over twenty".
EN_OVER = "over"

# English ordinals (for ranks and dates): word -> number.
EN_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty-second": 22, "twenty-third": 23, "twenty-fourth": 24,
    "twenty-fifth": 25, "twenty-sixth": 26, "twenty-seventh": 27, "twenty-eighth": 28,
    "twenty-ninth": 29, "thirtieth": 30, "thirty-first": 31, "fortieth": 40,
    "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
    "hundredth": 100,
}
# Fraction denominators ("three fifths", "fifty-four hundredths").
EN_FRACTION_DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6,
    "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9,
    "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
    "thousandth": 1000, "thousandths": 1000, "millionth": 10**6, "millionths": 10**6,
    "billionth": 10**9, "billionths": 10**9, "trillionth": 10**12, "trillionths": 10**12,
}
# Fractions that multiply a scale after them: "half million", "three quarters billion".
EN_FRACTION_MULTIPLIERS: dict[str, int] = {"half": 2, "quarter": 4, "quarters": 4}

# Words that make the number after them vague (数十亿元 "several billion", 几百万): such a
# number is not read at all rather than read as the exact 十亿元.
ZH_VAGUE_BEFORE = "数几幾"
#: vague words inside a number, before its unit (十余万, 一千多万, 二十几万): the number
#: reads as the digits written (the qualifier is read from them apart)
ZH_VAGUE_INSIDE = "余多几餘幾"
