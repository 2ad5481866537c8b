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
    "增长率": "increase", "增速为": "increase", "涨幅": "increase", "提速": "increase", "增量": "increase",
    "下降率": "decrease", "跌幅": "decrease", "减幅": "decrease", "降速": "decrease",
    "加快": "increase", "放缓": "decrease", "回升": "increase", "减缓": "decrease",
    "负增长": "decrease",
    "增产": "increase", "增收": "increase", "减产": "decrease", "减收": "decrease",
    "拉低": "decrease", "下拉": "decrease",
    # (a rate's narrowing and widening: 降幅收窄2.4个百分点; an increment's: 同比多增2.1亿元)
    "收窄": "decrease", "多增": "increase", "少增": "decrease",
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
    "growth rate of": "increase", "growth": "increase", "grows": "increase", "grow by": "increase",
    "increment of": "increase", "raised by": "increase", "boosted by": "increase", "advanced": "increase",
    "rise": "increase", "rose up": "increase", "went up": "increase", "going up": "increase",
    "fall": "decrease", "falls": "decrease", "decreases": "decrease", "declines": "decrease",
    "dropping": "decrease", "went down": "decrease", "going down": "decrease", "reduction": "decrease",
    "contracted by": "decrease", "contracted": "decrease", "slumped": "decrease", "plunged": "decrease",
    "slipped": "decrease", "eased": "decrease", "lowered by": "decrease", "cut by": "decrease",
    "expanded": "increase", "accelerated by": "increase", "accelerated": "increase", "widened by": "increase",
    "widened": "increase", "dipped by": "decrease", "dipped": "decrease", "tumbled": "decrease",
    "plummeted": "decrease", "slowed by": "decrease", "slowed": "decrease", "narrowed by": "decrease",
    "narrowed": "decrease",
    "accelerating by": "increase", "accelerating": "increase", "quickening by": "increase",
    "quickened by": "increase", "slowing by": "decrease", "slowing": "decrease", "narrowing by": "decrease",
    "widening by": "increase",
    # participles and nouns of the strong verbs ("with exports surging 21%", "a surge of
    # 35%"), and the bare verb after "to" ("is expected to grow 5 percent")
    "surging": "increase", "soaring": "increase", "jumping": "increase", "climbing": "increase",
    "surge of": "increase", "jump of": "increase", "expansion of": "increase", "climb of": "increase",
    "jumped by": "increase", "surged by": "increase", "soared by": "increase", "climbed by": "increase",
    "rising by": "increase", "rise by": "increase", "grow": "increase", "increasing at": "increase",
    "plunging": "decrease", "tumbling": "decrease", "slumping": "decrease", "sliding": "decrease",
    "plunge of": "decrease", "slump of": "decrease", "contraction of": "decrease", "dip of": "decrease",
    "fall by": "decrease", "drop by": "decrease", "decline by": "decrease",
    # perfect tenses ("have grown by 4%"; "had increased by" is "increased by")
    "grown": "increase", "grown by": "increase", "risen": "increase", "risen by": "increase",
    "fallen": "decrease", "fallen by": "decrease", "shrunk": "decrease", "shrunk by": "decrease",
    # growth that is a fall
    "negative growth": "decrease", "negative growth of": "decrease",
}
# A noun of change as the subject, then (a few words on its time apart) a linking verb before
# the figure: "Growth in the third quarter alone was 5.6 percent" (each noun one of EN)
NOUN_SUBJECTS_EN = ("growth", "increase", "rise", "decline", "decrease", "fall", "drop")
NOUN_SUBJECT_VERBS_EN = ("was", "were", "is", "are", "stood at", "came in at", "came to")
# English nouns of change after the figure they govern: "a 4.4 percent increase", "a 5%
# year-on-year drop"; AFTER_FILL words may stand between (hyphens and spaces apart).
AFTER_EN: dict[str, str] = {
    "increase": "increase", "rise": "increase", "growth": "increase", "gain": "increase",
    "jump": "increase", "surge": "increase", "hike": "increase", "uptick": "increase", "climb": "increase",
    "decrease": "decrease", "decline": "decrease", "drop": "decrease", "fall": "decrease",
    "reduction": "decrease", "contraction": "decrease", "dip": "decrease", "slump": "decrease",
    "slide": "decrease", "plunge": "decrease", "cut": "decrease",
}
# ... and comparatives, when what they compare with is the figure's own past: "6.4
# percent more than in 2023", "0.4 percentage points lower than a year earlier" (not "2
# points higher than the national average": a comparison with another figure, no change)
COMPARATIVES_AFTER_EN: dict[str, str] = {
    "higher": "increase", "more": "increase", "faster": "increase", "greater": "increase",
    "lower": "decrease", "less": "decrease", "slower": "decrease", "smaller": "decrease",
}
COMPARED_PAST_EN = ("a year earlier", "a year ago", "a year before", "the year before", "last year",
                    "the previous year", "the same period last year", "the same period of last year",
                    "the same period a year earlier", "the same period")
AFTER_FILL_EN = ("year-on-year", "year on year", "yoy", "y-o-y", "annual", "yearly", "average",
                 "annualized", "month-on-month", "quarter-on-quarter", "sharp", "steady")
# Words that introduce a level or a share, not a change.
LEVEL_ZH = ("占比", "占", "达到", "为", "是", "比重", "率", "至", "到")
LEVEL_EN = ("accounting for", "account for", "accounts for", "share of", "reaching", "reached", "reaches",
            "to", "at", "of", "make up", "makes up", "made up", "making up", "take up", "takes up",
            "took up", "taking up")

# Words that may stand between a change word and its figure (增长了 / 增速达 / increase of).
FILL_ZH = ("了", "达", "达到", "为", "分别为", "分别", "均", "约为", "高达", "同比", "仅", "近", "再",
           "又", "超", "也", "都", "接近",
           # (where a rate moved to, after a rate's word: 增速回升至5.5% is a growth of 5.5%;
           # alone, 上升至37% is a level)
           "回升至", "回升到", "攀升至", "攀升到", "回落至", "回落到", "上升至", "上升到", "提高至",
           "提高到", "提升至", "提升到", "下降至", "下降到", "下滑至", "放缓至", "加快至", "保持在",
           "收窄至", "收窄到", "扩大至", "扩大到")
FILL_EN = ("by", "of", "was", "were", "is", "are", "an", "a", "annual", "annually", "year-on-year",
           "year on year", "yoy", "y-o-y", "respectively", "some", "about",
           "at a rate of", "at an annual rate of", "at an average rate of", "at an average annual rate of",
           # (where growth moved to: "growth slowed to 4.7 percent" is a growth of 4.7)
           "slowed to", "accelerated to", "picked up to", "quickened to", "eased to", "moderated to")
# Between two figures of one list: a later figure takes the change of the first
# (分别增长18.3%、22%和5% / rose by 5% and 7%).
LIST_JOINERS = ("、", "和", "与", "及", ",", "，", "and", "or", ", and")
# The joiners of a list of amounts that names its unit once, on its last item (5亿、8亿元,
# "5 billion, 8 billion and 10 billion yuan"): a Chinese comma ends a clause there, not an item.
AMOUNT_LIST_JOINERS_ZH = ("、", "和", "与", "及", "或")
AMOUNT_LIST_JOINERS_EN = (",", "and", "or", ", and")
# ... and those after an item without a scale of its own ("5 and 8 billion yuan"): in
# "In 2023, 8 billion yuan" the comma ends an opening phrase.
AMOUNT_LIST_BARE_JOINERS_EN = ("and", "or")
# ... and the words before a first item that make the two figures a range's ends
# ("between 5 and 8 percent", 介于5和8%之间), not a list.
AMOUNT_LIST_NOT_AFTER = ("between", "介于")
# A classifier that an item of a Chinese list may repeat when the last item's unit starts
# with it (1.2个和0.8个百分点, 2个、3个百分点).
AMOUNT_LIST_ITEM_CLASSIFIERS_ZH = ("个",)
# Two amounts a change word leads to are not a range but where the figure moved from (or
# by) and to: "rose from 10 billion yuan to 15 billion yuan", "grew by 5 billion yuan to
# 30 billion yuan", "climbed 2 billion yuan to 12 billion yuan" (a change word of EN, then
# one of these, or none). Without "from", only figures that each name their currency are
# split ("grew by 2 to 3 billion yuan" stays a range).
MOVE_FROM_EN = ("from",)

# Words before a change word that belong to it: 同比增长, 比上年增长, 较上年同期下降.
PREFIX_ZH = ("同比", "环比", "比上年", "较上年", "比去年", "较去年", "比上年同期", "较上年同期", "比去年同期",
             "较去年同期", "年均", "平均", "分别", "累计", "同口径", "可比口径", "按可比口径")
# Level words that end a phrase of their own (提高到, 上升至, rose to): the change word before
# them is read as part of the level, not as a change.
LEVEL_END_ZH = ("到", "至", "达到", "为", "达")
LEVEL_END_EN = ("to", "at", "stood at", "stands at", "standing at")
# Words before an English change or level word that belong to it: a year-on-year increase of.
PREFIX_EN = ("a", "an", "the", "an annual", "a year-on-year", "the annual", "a yearly", "an average",
             "a sharp", "a steady")
# A share written around its whole: 占全市的37%
SHARE_ZH = "占"
SHARE_OF_ZH = "的"
SHARE_GAP = 6
