"""Rank words: ranking verbs, scopes, moves, and the words that make an ordinal no rank.

``rank`` builds every pattern from these tables. English words match
case-insensitively on word boundaries unless said otherwise.
"""

from __future__ import annotations

# ---------------------------------------------------------------- Chinese
#: verbs that put a subject at a position: 位居全省第三 / 排名第65位 / 居全省前两位
ZH_VERBS = ("位居", "位列", "排名", "排在", "排行", "排位", "名列", "位于", "居于", "居", "列", "排",
            "跻身", "进入", "挺进", "稳居", "跃居", "升至", "跃升至", "保持", "综合排名", "总排名",
            "迈入", "入选", "跃入", "挤进", "闯入", "晋级")
ZH_ORDINAL = "第"
#: what may follow the number of a position
ZH_POSITION_UNITS = ("位", "名")
#: what may follow the size of a top-N list: 前10位 / 前三名 / 前十强
ZH_TOP_UNITS = ("位", "名", "强")
ZH_TOP = "前"
#: a top-N list written as N强 (十强, 百强), after a ranking verb: 跻身全省十强
ZH_STRONG = "强"
#: 第N / 前N followed by these is a date, a count, an edition or an item, not a rank
ZH_NOT_RANK_AFTER = ("届", "次", "代", "批", "季", "产业", "个", "条", "款", "项", "章", "节", "年", "天",
                     "期", "轮", "步", "阶段", "部分", "家", "台", "月", "周", "日", "号", "层", "方阵",
                     "梯队", "大", "种", "类", "名单",
                     # (a list of sectors, not a rank: 第一、二、三产业)
                     "、二", "、三", "、四", "、五")
#: written before 之首 / as the head of a list: 居三次产业之首, 位居榜首, 居全省首位
ZH_HEAD = "之首"
ZH_FIRST_WORDS = ("榜首", "首位")
#: whether a word names position 1 on its own (榜首) or only after a ranking verb (首位)
ZH_FIRST_NEEDS_VERB = ("首位",)
#: counters between the size of a list and its noun: 三次产业 / 22个区县 / 五大片区
ZH_COUNTERS = ("个", "次", "大", "家")
#: a scope: 全国 / 全省 / 西部 ... and any 全 + one of ZH_SCOPE_TAILS
ZH_SCOPES = ("全国", "全省", "全市", "全区", "全县", "全州", "全球", "全世界", "世界", "全川", "全渝",
             "国内", "省内", "市内", "西部", "中西部", "西南", "西南地区", "西部地区", "东部", "中部",
             "同类", "同行业", "全国同类", "全国同行业", "全省同类", "四川", "四川省", "重庆", "重庆市",
             "长江经济带", "成渝地区")
#: 全 + one of these is a scope too: 全川, 全州
ZH_SCOPE_TAILS = "省市国区县州球川渝"
#: how many characters may stand between a scope and its verb: 全国综评排名
ZH_SCOPE_GAP = 4
#: the places a total counts: 在22个区县中
ZH_TOTAL_NOUNS = ("区县", "县区", "县市区", "县(市、区)", "县（市、区）", "区(市、县)", "区（市、县）",
                  "县(区)", "县（区）", "区(县)", "区（县）", "区", "县", "市", "州", "城市", "地市", "市州",
                  "省份", "省", "国家", "开发区", "园区", "高新区", "综保区", "产业", "片区")
ZH_TOTAL_AFTER = "中"
#: a year before a ranking's frame is no total (在2025年度全省开发区考核中): what follows its digits
ZH_FRAME_YEARS = ("年度", "年")
#: how many characters a ranking's frame may name between its scope and 中 (在全省开发区综合考核中)
ZH_FRAME_GAP = 16
#: Han characters that may qualify a total's noun (13个设区市中), and how many characters
#: may stand between 中 and the rank, in each of at most two clauses
ZH_TOTAL_NOUN_QUALIFIER = 4
ZH_TOTAL_GAP = 8
ZH_TOTAL_BEFORE = ("在", "于")
#: moves: 进位20 / 前移5位 take no unit; 上升3位 / 提升2个位次 need one
ZH_MOVES_NO_UNIT: dict[str, int] = {"进位": 1, "前移": 1, "后移": -1, "退位": -1}
ZH_MOVES_WITH_UNIT: dict[str, int] = {
    "上升": 1, "提升": 1, "提高": 1, "跃升": 1, "攀升": 1, "前进": 1, "上升了": 1, "提升了": 1,
    "前进了": 1, "前移了": 1, "跃升了": 1,
    "下降": -1, "下滑": -1, "后退": -1, "退后": -1, "回落": -1, "下降了": -1, "下跌": -1,
    "下滑了": -1, "后退了": -1, "后移了": -1,
}
ZH_MOVE_UNITS = ("个位次", "位次", "位", "名", "个名次", "名次")
#: 由99位提升至87位
ZH_FROM = ("由", "从")
ZH_TO = ("至", "到")
#: a move, then the position it reaches: 提升5个位次至第12位 (one phrase)
MOVE_TO_GAPS = ("至", "到", "，至", ",至", "，升至", "，降至", "升至", "降至")
#: ... or a clause mark, when the position's own phrase opens with one of these (进位5名，升至第27位)
MOVE_TO_MARKS = ("，", ",", "、")
MOVE_TO_LEADS = ("升至", "降至", "跃升至", "上升至", "提升至", "跃居", "升到", "降到")

# ---------------------------------------------------------------- English
EN_VERBS = ("rank", "ranks", "ranked", "ranking", "placed", "placing", "came", "comes", "coming",
            "finished", "stood", "stands", "standing", "was ranked", "is ranked", "were ranked",
            "are ranked", "remained", "remains", "placing it", "placing them", "putting it", "ranking it",
            "placed it")
#: words that make a clause about ranking, for bare ordinals after them
EN_RANK_KEYWORDS = ("rank", "ranks", "ranked", "ranking", "rankings", "position", "positions", "placed")
#: may stand between a verb and its ordinal: ranked as the second / ranked at No. 3
EN_VERB_FILL = ("as", "at", "the", "in", "among")
EN_TOP = "top"
EN_NUMBER_ONE = ("number one", "No. 1", "No.1")
EN_NO = "No."
#: "No. 3" after these is a name, not a rank
EN_NO_NOT_AFTER = ("Line", "Document", "Building", "Room", "Road", "Lot", "Gate", "Hall", "Plant",
                   "Platform", "Article", "Item", "File", "Order", "Block", "Unit", "Phase", "Exit")
#: "No. 3" before these (a capitalised word or two apart) is a name, not a rank: No. 1 Middle
#: School, No. 88 Jinhua Road, the No. 1 Central Document
EN_NO_NAME_NOUNS = ("School", "Road", "Street", "Avenue", "Lane", "Hospital", "Document", "Factory",
                    "Plant", "Mine", "Building", "Park", "Gate", "Terminal", "Pier", "Bridge", "Tunnel",
                    "Exit", "Dock", "Berth", "Line", "Middle", "Primary", "Hall", "Village")
#: ... and these in any case: the No. 1 central document
EN_NO_NAME_NOUNS_ANY_CASE = ("central document", "document")
#: an ordinal followed by these is no rank: first quarter, 8.6th generation, 40th anniversary
EN_NOT_RANK_AFTER = ("quarter", "quarters", "half", "generation", "anniversary", "time", "times", "step",
                     "steps", "session", "sessions", "edition", "phase", "batch", "meeting", "round",
                     "year", "years", "month", "months", "day", "days", "week", "class", "tier",
                     "rate", "line", "stage", "plenary", "congress", "expo", "forum", "summit",
                     "conference", "festival", "fair", "floor", "grade", "hand", "place", "lady",
                     "priority", "batch", "wave")
#: "top N" followed by these names a list (Fortune 500 style), not the subject's rank
EN_LIST_NOUNS = ("enterprises", "companies", "firms", "universities", "multinationals", "brands",
                 "groups", "corporations", "banks", "enterprise", "company", "list", "lists")
#: "top N" after these is a list name (world's top 500), not the subject's rank
EN_LIST_OWNERS = ("world's", "world’s", "world", "global", "fortune", "china's", "china’s", "domestic",
                  "national")
#: a scope written after the rank: in Sichuan province / among 22 urban districts of Chongqing
EN_SCOPE_PREPS = ("in", "across", "within", "nationwide in")
#: a scope written as the plural of what is ranked, after "among" with no count: ranked
#: first among Chinese cities, 6th among national development zones (up to
#: EN_PLURAL_SCOPE_WORDS words before the noun)
EN_PLURAL_SCOPE_PREPS = ("among",)
EN_PLURAL_SCOPE_NOUNS = ("cities", "provinces", "counties", "districts", "regions", "municipalities", "zones",
                         "ports", "areas", "countries", "economies", "parks", "prefectures", "towns")
EN_PLURAL_SCOPE_WORDS = 5
EN_TOTAL_PREPS = ("among", "out of", "of")
#: a scope written as one word after the rank: ranked 8th nationwide
EN_SCOPE_ADVERBS = ("nationwide", "nationally", "worldwide", "globally", "province-wide", "provincewide",
                    "citywide", "city-wide")
EN_SCOPE_NOUNS = ("province", "city", "municipality", "district", "county", "region", "area", "country",
                  "nation", "world", "state")
#: scopes written in lower case
EN_SCOPE_WORDS = ("the country", "the nation", "the world", "the province", "the city", "the region",
                  "the district", "china", "the whole province", "the whole country")
#: moves: moving up one position / up three places / down 2 spots
EN_MOVE_UP = ("moving up", "moved up", "move up", "moves up", "went up", "going up", "rose", "rising",
              "climbed", "climbing", "jumped", "advanced", "up", "gained", "rising by", "rose by")
EN_MOVE_DOWN = ("moving down", "moved down", "move down", "went down", "going down", "fell", "falling",
                "dropped", "dropping", "slipped", "slid", "down", "lost", "fell by", "dropped by")
EN_MOVE_UNITS = ("places", "place", "positions", "position", "spots", "spot", "notches", "notch",
                 "rungs", "rung", "places higher", "places lower")
#: took first place in the province / won third place among 18 cities
EN_PLACE_VERBS = ("took", "take", "takes", "taking", "won", "win", "wins", "winning", "secured", "claimed",
                  "ranked", "ranking", "came", "finished", "placed", "held", "kept", "retained",
                  "remained in", "climbed to", "rose to", "moved up to", "jumped to", "fell to", "dropped to",
                  "slipped to", "ranked in")
EN_PLACE_NOUNS = ("place", "position", "spot")
#: between a move's "to" and the position it reaches ("moved up five places to rank 12th")
EN_MOVE_TO_FILL = ("rank", "be", "become")
#: ... and words for first before them: took the top spot
EN_PLACE_FIRST = ("top",)
#: topped the list / tops the national ranking: first place
EN_TOPPED_VERBS = ("topped", "tops", "topping")
EN_TOPPED_NOUNS = ("list", "lists", "ranking", "rankings", "table", "chart", "charts", "league table",
                   "leaderboard", "index")
#: the words a move between two positions starts with (rose to 30th from 35th / fell from
#: 3rd to 6th) -> its direction: +1 up the ranking, -1 down, 0 either way (the move words
#: above, but those that end in "by", which a count of places follows)
EN_MOVE_BETWEEN_VERBS: dict[str, int] = {
    **{w: 1 for w in EN_MOVE_UP if not w.endswith(" by")},
    **{w: -1 for w in EN_MOVE_DOWN if not w.endswith(" by")},
    "improved": 1, "improving": 1, "moved": 0, "moving": 0,
}
#: what may stand between a position and the move that follows it (both languages)
#: (a mark, then the base the move is measured against: ，较去年下滑3位)
MOVE_GAP_MARKS = ("", ",", "，", "、", ", ")
#: (a comparison word, then the time compared with: 较上年, 比一季度, 较去年同期)
MOVE_GAP_BASE_LEADS = ("较", "比")
MOVE_GAP_BASE_TIMES = ("上年", "去年", "上月", "上期", "上届", "年初", "上次", "上年同期", "去年同期",
                       "一季度", "二季度", "三季度", "上季度", "上半年", "前三季度", "上年末", "去年底")
MOVE_GAP_BASES = ("", *(a + b for a in MOVE_GAP_BASE_LEADS for b in MOVE_GAP_BASE_TIMES), "同比")
MOVE_GAPS = (*(m + b for m in MOVE_GAP_MARKS for b in MOVE_GAP_BASES), " and ", ", and ", " ")
#: the words that may follow a ranking ordinal: ranked second in ... / first among ...
EN_ORDINAL_FOLLOW_OK = ("in", "among", "of", "out", "with", "for", "on", "across", "within", "and",
                        *EN_SCOPE_ADVERBS, "overall", "again", "respectively", "last", "this",
                        "by", "to", "from", "after", "behind", "only", "place", "position", "or")
