"""Qualifier words: how a phrase bounds its number (FORMAT.md ``qualifier``).

``BEFORE`` words stand before the number (``超28亿元``, ``about 93 billion yuan``);
``AFTER`` words follow the number or the unit (``5亿元及以上``, ``1亿元左右``);
``INSIDE`` words sit between the number and its magnitude or unit (``70余亿元``,
``5亿多元``). English words match case-insensitively and on word boundaries.
"""

from __future__ import annotations

BEFORE: dict[str, str] = {
    # approx
    "约": "approx", "大约": "approx", "约为": "approx", "约合": "approx", "大概": "approx",
    "近": "approx", "将近": "approx", "接近": "approx", "近乎": "approx", "约达": "approx",
    "about": "approx", "around": "approx", "nearly": "approx", "some": "approx",
    "approximately": "approx", "roughly": "approx", "almost": "approx", "close to": "approx",
    "approx.": "approx", "circa": "approx", "an estimated": "approx", "estimated": "approx",
    # more_than
    "超": "more_than", "超过": "more_than", "逾": "more_than", "突破": "more_than", "超出": "more_than",
    "多于": "more_than", "大于": "more_than", "高于": "more_than",
    "more than": "more_than", "over": "more_than", "exceeding": "more_than", "exceeded": "more_than",
    "exceeds": "more_than", "exceed": "more_than", "topped": "more_than", "tops": "more_than",
    "above": "more_than", "in excess of": "more_than", "upwards of": "more_than",
    "greater than": "more_than", "higher than": "more_than", "surpassed": "more_than",
    "surpassing": "more_than", "surpass": "more_than", "surpasses": "more_than", "topping": "more_than",
    "broke through": "more_than", "break through": "more_than", "breaking through": "more_than",
    "broken through": "more_than",
    # at_least
    "至少": "at_least", "不少于": "at_least", "不低于": "at_least", "起码": "at_least", "最少": "at_least",
    "最低": "at_least", "最低为": "at_least",
    "at least": "at_least", "no less than": "at_least", "not less than": "at_least",
    "a minimum of": "at_least", "no fewer than": "at_least",
    # less_than
    "不到": "less_than", "不足": "less_than", "少于": "less_than", "低于": "less_than", "未满": "less_than",
    "less than": "less_than", "under": "less_than", "below": "less_than", "fewer than": "less_than",
    "lower than": "less_than",
    # at_most
    "最多": "at_most", "至多": "at_most", "不超过": "at_most", "不高于": "at_most", "不多于": "at_most",
    "最高": "at_most", "最高可达": "at_most", "最高达": "at_most", "最多可达": "at_most",
    # (the cap's verb between: 最高给予1亿元)
    "最高给予": "at_most", "最高可给予": "at_most", "最高奖励": "at_most", "最高补助": "at_most",
    "最高补贴": "at_most", "最高可获": "at_most",
    "折合约": "approx",
    "capped at": "at_most",
    "up to": "at_most", "at most": "at_most", "no more than": "at_most", "not more than": "at_most",
    "a maximum of": "at_most", "not exceeding": "at_most", "as much as": "at_most",
    # (a negated verb of more: "will not exceed 60 percent")
    "not exceed": "at_most", "not to exceed": "at_most", "not surpass": "at_most",
    "no higher than": "at_most", "not higher than": "at_most", "no greater than": "at_most",
}
BEFORE["upward of"] = "more_than"
# Words after which an English qualifier is part of a verb, not a bound ("added up to
# 12 billion yuan" is exact; "went up to 40%" is a level). One space apart.
EN_BEFORE_NOT_AFTER: dict[str, tuple[str, ...]] = {
    "up to": ("add", "adds", "added", "adding", "went", "go", "goes", "going", "gone", "shot", "shoot",
              "picked", "pick", "moved", "move", "climbed", "jumped", "rose", "rise", "risen", "summed",
              "ramped", "stepped", "grew", "grown", "built", "sped", "speeded", "crept", "edged", "came",
              "come", "totted", "mounted", "scaled", "inched"),
}

# Words before 约 that make it part of another word (签约, 合约, 节约, ...), not "about".
YUE_NOT_APPROX_AFTER = "签合节公条预制契邀特履违集简婚盟规"
# Words that qualify a number only when a magnitude follows them directly:
# 上亿元 is at_least 10^8 ("reaching the order of"), 过亿元 is more_than 10^8.
BEFORE_MAGNITUDE: dict[str, str] = {"上": "at_least", "过": "more_than"}

AFTER: dict[str, str] = {
    "以上": "at_least", "及以上": "at_least", "或以上": "at_least",
    "以下": "at_most", "及以下": "at_most", "或以下": "at_most", "以内": "at_most",
    "(含)以上": "at_least", "以上(含)": "at_least", "(含)以下": "at_most", "以下(含)": "at_most",
    "（含）以上": "at_least", "以上（含）": "at_least", "（含）以下": "at_most", "以下（含）": "at_most",
    "左右": "approx", "上下": "approx", "前后": "approx",
    "有余": "more_than",
    "or more": "at_least", "and above": "at_least", "and over": "at_least", "or above": "at_least",
    "plus": "at_least", "-plus": "at_least", "-level": "at_least", "level": "at_least",
    "or less": "at_most", "and below": "at_most", "or so": "approx",
}

INSIDE: dict[str, str] = {
    "多": "more_than", "余": "more_than", "餘": "more_than", "几": "more_than", "幾": "more_than",
    "来": "approx",
}

# Range connectors between two numbers (1-2亿元, 1至2亿元, 5 to 10 million).
RANGE_CONNECTORS = ("-", "–", "—", "~", "～", "至", "到", "~", " to ", "-to-")
