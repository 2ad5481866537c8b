"""Change words: what makes a percent a change (FORMAT.md ``Percent.change``).

Words are matched just before the figure they govern; the longest wins.
Level and share words (``占比``, ``accounting for``) carry no change and are listed
in ``LEVEL`` so that they cut the search for a change word short.
"""

from __future__ import annotations

ZH: dict[str, str] = {
    "增长": "increase", "增加": "increase", "提高": "increase", "上升": "increase", "上涨": "increase",
    "增速": "increase", "增幅": "increase", "拉动": "increase", "提升": "increase", "扩大": "increase",
    "增": "increase", "涨": "increase", "升": "increase", "递增": "increase", "攀升": "increase",
    "增長": "increase", "增加了": "increase", "增长了": "increase", "提高了": "increase", "翻": "increase",
    "下降": "decrease", "减少": "decrease", "回落": "decrease", "下滑": "decrease", "降低": "decrease",
    "下跌": "decrease", "缩小": "decrease", "减": "decrease", "降": "decrease", "跌": "decrease",
    "降幅": "decrease", "减少了": "decrease", "下降了": "decrease", "萎缩": "decrease", "減少": "decrease",
}
EN: dict[str, str] = {
    "increase of": "increase", "increase by": "increase", "increased by": "increase",
    "increasing by": "increase", "increased": "increase", "increasing": "increase", "increase": "increase",
    "increases": "increase", "rose by": "increase", "rose": "increase", "rise of": "increase",
    "rising": "increase", "rises": "increase", "grew by": "increase", "grew": "increase",
    "growth of": "increase", "growing by": "increase", "growing": "increase", "up by": "increase",
    "up": "increase", "gained": "increase", "gain of": "increase", "jumped": "increase", "surged": "increase",
    "climbed": "increase", "soared": "increase", "year-on-year increase of": "increase",
    "year-on-year growth of": "increase", "a growth of": "increase", "an increase of": "increase",
    "higher by": "increase", "expanded by": "increase",
    "decrease of": "decrease", "decreased by": "decrease", "decreased": "decrease", "decreasing": "decrease",
    "decrease": "decrease", "declined by": "decrease", "declined": "decrease", "decline of": "decrease",
    "declining": "decrease", "decline": "decrease", "fell by": "decrease", "fell": "decrease",
    "fall of": "decrease", "falling": "decrease", "dropped by": "decrease", "dropped": "decrease",
    "drop of": "decrease", "down by": "decrease", "down": "decrease", "reduced by": "decrease",
    "reduction of": "decrease", "shrank": "decrease", "slid": "decrease", "lower by": "decrease",
}
# Words that introduce a level or a share, not a change.
LEVEL_ZH = ("占比", "占", "达到", "为", "是", "比重", "率", "至", "到")
LEVEL_EN = ("accounting for", "account for", "accounts for", "share of", "reaching", "reached", "reaches",
            "to", "at", "of")
