"""Percent words: units, per-mille and basis points, 成 tenths, multiples, guards.

``percent`` builds every pattern from these tables. A unit row maps what is written to
(FORMAT.md unit, factor to that unit): ``‰`` is a tenth of a percent, a basis point a
hundredth of a percentage point. Chinese words may be written with spaces between
their characters (``个 百 分 点``); the pattern allows that, the table need not.
"""

from __future__ import annotations

from decimal import Decimal

PERCENT = "percent"
POINT = "percentage_point"

#: unit written after the number -> (unit, factor)
UNITS_AFTER: dict[str, tuple[str, Decimal]] = {
    "%": (PERCENT, Decimal(1)),
    "‰": (PERCENT, Decimal("0.1")),
    "个百分点": (POINT, Decimal(1)),
    "百分点": (POINT, Decimal(1)),
}
#: English unit words (case-insensitive, on word boundaries)
EN_UNITS_AFTER: dict[str, tuple[str, Decimal]] = {
    "percent": (PERCENT, Decimal(1)), "percents": (PERCENT, Decimal(1)),
    "per cent": (PERCENT, Decimal(1)), "per-cent": (PERCENT, Decimal(1)),
    "percentage": (PERCENT, Decimal(1)), "pct": (PERCENT, Decimal(1)),
    "per mille": (PERCENT, Decimal("0.1")), "per mil": (PERCENT, Decimal("0.1")),
    "percentage points": (POINT, Decimal(1)), "percentage point": (POINT, Decimal(1)),
    "percent points": (POINT, Decimal(1)), "percent point": (POINT, Decimal(1)),
    "percentage-point": (POINT, Decimal(1)), "percentage-points": (POINT, Decimal(1)),
    "pct points": (POINT, Decimal(1)),
    "pct pts": (POINT, Decimal(1)),
    "basis points": (POINT, Decimal("0.01")), "basis point": (POINT, Decimal("0.01")),
}
#: abbreviations matched case-sensitively (``PP`` is also polypropylene)
ABBREVIATIONS_AFTER: dict[str, tuple[str, Decimal]] = {
    "pp": (POINT, Decimal(1)), "ppt": (POINT, Decimal(1)), "ppts": (POINT, Decimal(1)),
    "p.p.": (POINT, Decimal(1)), "pps": (POINT, Decimal(1)),
    "bp": (POINT, Decimal("0.01")), "bps": (POINT, Decimal("0.01")),
}

#: X分之Y with a power of ten for X: the denominator word -> its value (千分之二 = 0.2%)
FRACTION_DENOMINATORS: dict[str, int] = {
    "百": 100, "佰": 100, "千": 1000, "仟": 1000, "万": 10**4, "十万": 10**5,
    "百万": 10**6, "千万": 10**7, "万万": 10**8, "亿": 10**8, "百万万": 10**10,
}
FRACTION_MARK = "分之"

#: 成: tenths (三成 = 30%); 半成 = 5%, 三成半 = 35%
CHENG = "成"
HALF = "半"
#: what may follow 成 for it not to be a tenth: 成都, 成为, 成功, 成本, 成员 ...
CHENG_NOT_BEFORE = "都为功员本立交果效长熟型品绩就不分年"
#: what may stand before a 成 numeral for it not to be one (第一成, 变成)
CHENG_NOT_AFTER = "第"

#: multiples stated as change: 增长1倍 = 100, 翻一番 = 100, 翻两番 = 300
TIMES = "倍"
FAN_VERB = "翻"
FAN = "番"
FAN_SINGLE = "翻番"
#: English verbs of multiplying: word -> percent increase (doubled = +100%)
EN_MULTIPLES: dict[str, int] = {
    "doubled": 100, "doubling": 100,
    "tripled": 200, "tripling": 200, "triples": 200, "trebled": 200, "trebling": 200,
    "quadrupled": 300, "quadrupling": 300, "quadruples": 300,
}
#: ... and the adjectives of one, before what they multiply ("more than double that of 2020",
#: "double the 2020 level"): followed by one of EN_MULTIPLE_ADJECTIVE_BEFORE, or by "the", a
#: year if any, and one of EN_MULTIPLE_ADJECTIVE_NOUNS (not "double the effort", "twice the size")
EN_MULTIPLE_ADJECTIVES: dict[str, int] = {"double": 100, "triple": 200, "quadruple": 300, "twice": 100}
EN_MULTIPLE_ADJECTIVE_BEFORE = ("that of", "those of", "last year's", "a year earlier", "a year ago")
EN_MULTIPLE_ADJECTIVE_NOUNS = ("level", "levels", "figure", "amount", "total", "value")
#: English multiples with a number, after an increase word: unit -> what the multiple
#: loses to become the increase. "increased by 2.5 times" says what 增长2.5倍 says (+250%);
#: "grew 2.5-fold" and "a 2.5-fold increase" say "to 2.5 times" (+150%, as doubled is +100%).
#: "times" needs "by" before it ("rose 3 times" may count occasions).
EN_TIMES_UNITS: dict[str, int] = {"times": 0, "-fold": 1, "fold": 1}
EN_TIMES_NEED_BY = ("times",)
#: the last words of change words that take no multiple after them (nouns: "growth 3 times")
EN_TIMES_NOT_AFTER = ("growth", "rise", "increase", "up", "rate")
#: the words a "2.5-fold" before them makes an increase of
EN_FOLD_NOUNS = ("increase", "rise", "growth", "jump", "expansion", "surge")
#: Chinese words that govern a multiple as a change (the span holds them: 增长1倍)
ZH_MULTIPLE_VERBS: dict[str, str] = {
    "增长": "increase", "增加": "increase", "提高": "increase", "提升": "increase", "上升": "increase",
    "增": "increase", "扩大": "increase", "增长了": "increase", "增加了": "increase",
    "提高了": "increase", "提升了": "increase", "上涨": "increase", "上涨了": "increase",
}

#: a minus sign written as a word
NEGATIVE_WORDS = ("负", "minus", "negative")

#: qualifier words after the number that percent does not read (``5% level``)
AFTER_NOT_QUALIFIERS = ("level", "-level", "plus", "上下", "前后")

#: connectors of a range 5-20% / 5%至20% / 5 to 20 percent
RANGE_CONNECTORS = ("-", "~", "至", "到", "to")
#: words right before the first number that make "X to Y" two levels, not a range
RANGE_NOT_AFTER = ("from", "由", "从")
#: the words of a two-sided English range: between 5% and 10%
RANGE_OPEN = "between"
RANGE_AND = "and"
