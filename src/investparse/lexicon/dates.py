"""Date words: months, relative words, quarters and halves, modifiers, range and open-range words.

``investparse.dates`` builds every date pattern from these tables; a word is typed once here.
Offsets are in the unit their table names (years, months, quarters, days from the reference date).
"""

from __future__ import annotations

# ---------------------------------------------------------------- months
EN_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
# Month words that are also ordinary English words: read as a month only when a day or a
# year is attached, or a date word (in, since, from, ...) comes right before them.
EN_MONTHS_AMBIGUOUS = ("may", "march", "mar")
EN_MONTH_CUES = (
    "in", "since", "from", "by", "until", "till", "to", "through", "of", "early", "late", "mid",
    "between", "and", "on", "during", "before", "after", "this", "last", "next", "end of",
    "beginning of", "start of", "middle of",
)

# ---------------------------------------------------------------- relative words
ZH_REL_YEARS: dict[str, int] = {
    "今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "大前年": -3,
    "明年": 1, "来年": 1, "后年": 2, "後年": 2,
}
# characters that, right before a relative year word, make it part of another word (今后年均, 以上年份)
ZH_REL_YEAR_NOT_AFTER = "今以之此然提最"
# the same, for one word: where 后 ends "after ..." (达产后年产值, 建成后年均), 本 ends a
# noun (成本年均, 日本年轻) and 明 a verb (说明年度)
ZH_REL_YEAR_WORD_NOT_AFTER: dict[str, str] = {
    "后年": "产成工营用业效位市地", "後年": "产產成工营營用业業效位市地",
    "本年": "成资資日基根版样樣文账賬书書剧劇", "明年": "说說证證声聲表透发發光鲜鮮聪聰标標注文阐闡",
}
# characters that, right after a relative year word, make its 年 the start of another
# word (后年产值, 后年销售收入, 后年均增长, 后年纳税)
ZH_REL_YEAR_WORD_NOT_BEFORE: dict[str, str] = {
    "后年": "产產销銷均营營纳納利税稅创創收", "後年": "产產销銷均营營纳納利税稅创創收",
}
ZH_REL_MONTHS: dict[str, int] = {
    "本月": 0, "这个月": 0, "上月": -1, "上个月": -1, "下月": 1, "下个月": 1,
}
ZH_REL_QUARTERS: dict[str, int] = {
    "本季度": 0, "上季度": -1, "上个季度": -1, "下季度": 1, "下个季度": 1,
}
ZH_REL_HALVES: dict[str, int] = {"上个半年": -1, "下个半年": 1}
ZH_REL_DAYS: dict[str, int] = {
    "今天": 0, "今日": 0, "昨天": -1, "昨日": -1, "前天": -2, "大前天": -3,
    "明天": 1, "明日": 1, "后天": 2, "後天": 2, "大后天": 3, "大後天": 3,
}
EN_REL_DAYS: dict[str, int] = {
    "today": 0, "current date": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1,
    "the day before yesterday": -2, "the day after tomorrow": 2, "the day after tmrw": 2,
}
# "this year", "last month", "next quarter": deictic word -> offset
EN_DEICTIC: dict[str, int] = {
    "this": 0, "current": 0, "this calendar": 0, "the current": 0,
    "last": -1, "previous": -1, "the previous": -1, "past": -1, "the past": -1,
    "next": 1, "coming": 1, "upcoming": 1, "the coming": 1, "following": 1, "the following": 1,
}
# rolling-window readings excluded per unit ("the past year" is the last twelve months)
EN_DEICTIC_NOT_FOR_YEAR = ("past", "the past", "following", "the following")
EN_PERIOD_UNITS = ("year", "month", "quarter")
EN_REL_YEAR_PHRASES: dict[str, int] = {"the year after next": 2, "the year before last": -2}
EN_REL_MONTH_PHRASES: dict[str, int] = {"the month after the next": 2, "the month after next": 2}
# an anaphoric year: only read when another date word is attached (the first quarter of the year)
EN_ANAPHORIC_YEAR = ("the year",)

# ---------------------------------------------------------------- quarters and halves
EN_ORDINAL_PARTS: dict[str, int] = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
}
EN_QUARTER_WORDS = ("quarter",)
EN_HALF_WORDS = ("half",)
EN_LAST_PART = "the last"  # "the last quarter (of 2016)" is Q4, "last quarter" the previous one
ZH_QUARTER_WORDS = ("季度",)
ZH_HALVES: dict[str, int] = {"上半年": 1, "下半年": 2, "前半年": 1, "后半年": 2}
# "前三季度", "the first three quarters", "前5个月": the first N of a year
ZH_FIRST_N = "前"
EN_FIRST_N = "the first"
EN_MONTHS_UNIT = ("months",)
EN_QUARTERS_UNIT = ("quarters",)
ZH_MONTHS_UNIT = ("个月", "月", "月份")  # (前10个月, and in headlines 前10月)
# characters before 前 that make it part of another word (提前5个月, 之前3个月, 以前)
ZH_FIRST_N_NOT_AFTER = "提之以此目当"

# ---------------------------------------------------------------- modifiers
EN_MOD_PREFIXES: dict[str, str] = {
    "the end of": "end", "end of": "end", "the close of": "end", "late": "end", "end": "end",
    "year-end": "end",
    "the beginning of": "start", "beginning of": "start", "the start of": "start",
    "start of": "start", "early": "start",
    "the middle of": "mid", "middle of": "mid", "mid": "mid",
}
EN_MOD_WORDS: dict[str, tuple[str, str]] = {"eoy": ("year", "end"), "year-end": ("year", "end"),
                                             "mid-year": ("year", "mid")}
# after "the end of": "year" / "month" with nothing else is the current one
EN_BARE_UNITS = ("year", "the year", "month", "the month")
ZH_YEAR_MODS: dict[str, str] = {"底": "end", "末": "end", "初": "start", "中": "mid"}
ZH_MONTH_MODS: dict[str, str] = {
    "底": "end", "末": "end", "初": "start", "中": "mid", "上旬": "start", "中旬": "mid", "下旬": "end",
}
ZH_QUARTER_MODS: dict[str, str] = {"末": "end", "初": "start"}
# a modifier character does not count when one of these follows it (年中国, 今年初步)
ZH_MOD_NOT_BEFORE = "国央部西东南北心华步级衷创具见审赛选稿值期"
# the modifier words that stand alone for the current year (年底 = the end of this year)
ZH_YEAR = "年"

# ---------------------------------------------------------------- ranges
ZH_RANGE_CONNECTORS = ("至", "到", "-", "~", "〜", "—")
EN_RANGE_CONNECTORS = ("-", "~", "to", "till", "until", "through", "thru", "-to-")
ZH_BETWEEN_CONNECTORS = ("和", "与", "及")
EN_BETWEEN_CONNECTORS = ("and",)
ZH_RANGE_OPENERS = ("从", "自", "在", "由")
EN_RANGE_OPENERS = ("from", "between", "in", "on")
ZH_BETWEEN_CLOSERS = ("之间", "间")

# ---------------------------------------------------------------- open ranges
EN_SINCE_BEFORE = (
    "since", "starting", "starting on", "starting from", "starting in", "beginning", "beginning on",
    "beginning in", "as early as", "ever since", ">=", "> =",
    "so far", "thus far",  # ("so far this year": since its start)
)
EN_SINCE_AFTER = ("and after", "and greater", "or later", "onwards", "onward", "and beyond", "or after")
ZH_SINCE_BEFORE = ("自从", "自", "从")
ZH_SINCE_AFTER = ("以来", "开始", "起", "或之后", "至今", "迄今")
# "从" alone opens a range; as "since" it needs one of ZH_SINCE_AFTER
ZH_SINCE_NEEDS_AFTER = ("从",)
EN_BY_BEFORE = ("by",)
# a year after these words is a target ("到2030年"; "by 2030" is an open range already): it
# says nothing of when the document was written (read when a document's year is inferred,
# investparse.docyear). Not 至: 截至2024年9月 states a fact.
TARGET_BEFORE = ("到", "until", "till", "预计", "计划于", "力争", "将于", "拟于", "有望", "争取",
                 "expected in", "scheduled for", "target for", "targets for", "goal for", "goals for",
                 "targeted for", "planned for", "目标")  # (not "by": "By the end of 2019 the park had")
# ... and the words right after a date that make it a plan's or a target's (2025年目标,
# 2025-2027年行动计划, "the 2026 target", "the 2025-2027 action plan"); up to
# TARGET_AFTER_GAP Chinese characters may stand between (2025年发展目标).
TARGET_AFTER = ("目标", "规划", "行动计划", "行动方案", "target", "targets", "goal", "goals", "plan",
                "action plan", "development plan", "blueprint")
TARGET_AFTER_GAP = 2

# ---------------------------------------------------------------- years that are not years
# a bare 4-digit number followed by one of these is a quantity, not a year
ZH_NOT_YEAR_AFTER = (
    "吨个家元万亿千百项人台辆套米亩件位名户次余多平方公里瓦度号届周岁倍%‰股只篇条款座栋间所例株"
    "型室层系〕道"  # (2000型, 1503室, 2000系列, 〔2024〕, S2025省道)
)
# ... or one of these words: the year is part of an event's name (2026世界制造业大会,
# 2026中国（合肥）投资贸易洽谈会)
ZH_NOT_YEAR_AFTER_WORDS = ("世界", "中国", "全球", "国际", "亚洲", "亚太", "全国", "海峡", "中部", "西部")
EN_NOT_YEAR_AFTER = (
    "tons", "tonnes", "ton", "t", "projects", "project", "units", "unit", "yuan", "dollars", "people",
    "persons", "enterprises", "companies", "firms", "mu", "km", "kilometers", "kilometres", "meters",
    "metres", "square", "sq", "households", "jobs", "items", "sets", "million", "billion", "thousand",
    "mw", "kw", "kv", "gw", "kwh", "hectares", "acres", "employees", "workers", "students", "cars",
    "vehicles", "rmb", "usd", "pieces", "times", "percent", "per", "points", "beds", "rooms", "m",
    "years", "days", "hours", "mn", "bn", "k", "varieties", "types", "kinds", "products", "visitors",
    "tourists", "members", "cases", "residents", "patents", "trillion", "tn", "trln", "hundred",
)
# ... or one of these before it: "more than 1400 varieties"
EN_QUANTITY_BEFORE = (
    "more than", "over", "about", "nearly", "around", "approximately", "up to", "some", "total of",
    "almost", "roughly", "exceeding", "than",
)
# ... and one of these right before it: "No. 2020", "$2020", "第2020"
NOT_YEAR_BEFORE = ("no.", "no", "#", "$", "¥", "€", "£", "第", "room", "tel", "phone", "室", "号", "型号",
                   # (浏览次数：1265; a document number 〔2024〕18号, [2023]45号)
                   "编号", "：", "〔", "[",
                   # (a stock code: "HKEX: 1234", "stock code: 2018", 股票代码：)
                   "hkex:", "sehk:", "sgx:", "sse:", "szse:", "code:", "代码")

# ---------------------------------------------------------------- the year a sentence states
# A date with no year of its own (四季度, 1-6月, "in March") after one with a year in the same
# sentence is in that year: 2022年全市……，其中四季度…… is 2022-Q4, not the reference year's.
# These end the stretch a stated year governs (a semicolon does not: 2023年3月……；5月……).
YEAR_SPAN_BREAKS_ZH = "。！？!?\n"
YEAR_SPAN_BREAKS_EN = (". ", ".\n")
# ... and a year that opens its sentence (2023年，……; "In 2023, ...") is the time frame of
# the sentences after it in its paragraph, until another opens one: 2023年，全市……。四季度，……
# is 2023-Q4, and so is a bare year-end (年末, "at the end of the year") there. Before the
# year only FRAME_LEAD_CHARS characters of a heading (一、) or one of FRAME_LEAD_WORDS_EN.
FRAME_LEAD_CHARS = 3
FRAME_LEAD_WORDS_EN = ("in", "during", "for", "throughout", "over")
# ... or, before those, a news dateline (新华社北京1月20日电) and a lead-in clause of no
# figure, at most FRAME_LEAD_CLAUSE_CHARS long (初步核算，; 据统计，; "According to the bureau,")
FRAME_LEAD_CLAUSE_CHARS = 32
# A year closing a sentence ("... totaled 826 billion yuan last year.") frames the sentences
# after it alike, unless the sentence states a plan (lexicon.links.SCHEDULE_WORDS_EN, "The
# plant will open in 2027."); an English aside of at most CLOSING_ASIDE_CHARS after a comma
# may follow it (", up 3.4 percent.", ", the ministry said.")
CLOSING_ASIDE_CHARS = 60
PARAGRAPH_BREAK = "\n"
# The year before the one the text speaks of, not the reference's: in a sentence or paragraph
# a year governs, 上年 is that year's previous one (2025年，……比上年增长: 2024); 去年 and
# "last year" stay relative to the reference date
PREVIOUS_YEAR_WORDS = ("上年", "上一年", "the previous year", "the year before", "the preceding year")
BARE_YEAR_WORDS = ("年末", "年底", "年初", "年中", "年内", "year-end", "the end of the year",
                   "the beginning of the year", "the start of the year", "end of the year", "mid-year")
# Chinese year suffixes after digits
ZH_YEAR_SUFFIXES = ("年度", "年")
# Chinese day suffixes
ZH_DAY_SUFFIXES = ("日", "号")
# what may not follow 号: 12号线 is a metro line, 3号楼 a building
ZH_HAO_NOT_BEFORE = "线楼院馆厂机位码门桥街路口车井地台库窑"
ZH_MONTH_SUFFIXES = ("月份", "月")

# Dateline: labels that may stand before a document's date on its line, and words that
# may follow it there (2025-03-14 来源：市统计局; Date: 2025-03-14; Release time: ...)
DATELINE_LABELS_EN = ("date", "dated", "published", "posted", "updated", "release", "released",
                      "release time", "release date", "publication date", "time")
DATELINE_LABELS_ZH = ("发布时间", "发布日期", "时间", "日期", "发布于", "发表时间", "更新时间")
#: the ends of a site's or paper's name that may stand before a dateline on its line
DATELINE_SITE_ENDS_ZH = ("网", "网站", "官网", "日报", "晚报", "时报", "报", "新闻", "客户端", "发布", "政府",
                         # (an issuer: 经济发展局　2025年11月18日)
                         "局", "委", "厅", "办", "中心", "委员会", "管委会", "办公室", "公司", "集团",
                         "董事会",
                         # (a masthead's separator: "Bureau of Statistics | November 20, 2025")
                         "|", "｜")
#: a signature's last line before the document's date at its end (董事会\n2025年11月12日):
#: the issuer's name ends in one of these, on the line right before the date alone
DATELINE_SIGNATURE_ENDS_ZH = ("局", "委", "厅", "办", "中心", "委员会", "管委会", "办公室", "公司", "集团",
                              "董事会", "政府", "人民政府", "部")
#: how far from the end of a text its signature's date is looked for
DATELINE_SIGNATURE_CHARS = 120
#: brackets a dateline may stand in, at a line's head or after a news agency's sign
#: (【2025-04-22】, 本报讯（2025年4月22日）): the openings and their closings, pairwise
DATELINE_BRACKETS = ("【】", "[]", "（）", "()", "〔〕")
DATELINE_AFTER = ("来源", "作者", "编辑", "浏览", "点击", "字号", "Source", "Editor", "By", "Author")
#: a weekday after a date gives it a dateline's shape (芜湖日报　2025年4月8日　星期二　第A01版)
DATELINE_WEEKDAY_ZH = ("星期", "周", "礼拜")
DATELINE_WEEKDAY_DAYS_ZH = "一二三四五六日天"
#: ... and so does a paper's page after it (南湖日报　2025年12月10日　第A2版)
DATELINE_PAGE_ZH = ("第", "版")
#: a speech's date under its title (——2024年1月12日在市人民代表大会上): a dash opening the line,
#: and one of these after the date
DATELINE_SPEECH_DASHES = ("——", "—", "--")
DATELINE_SPEECH_AFTER_ZH = ("在",)

# A range written with the second year's last two digits ("2024-25", "2021-25") spans at most
# this many years (past any month's number: "2024-05" is May)
SHORT_YEAR_RANGE_MAX = 10

# ---------------------------------------------------------------- five-year plans
# A five-year plan's period ("“十四五”期间", "the 14th Five-Year Plan period"): the Nth plan
# runs five years from PLAN_FIRST_YEAR + 5 * (N - PLAN_FIRST) (the third ran 1966-1970, and
# every one since followed the one before).
PLAN_FIRST, PLAN_FIRST_YEAR, PLAN_YEARS = 3, 1966, 5
# 十X五 is the (10 + X)th plan; it is a period when quoted (“十四五”以来) or followed by one
# of these words; ZH_PLAN_END / ZH_PLAN_START words make it the end or start of the period.
ZH_PLAN_QUOTES_OPEN = "“\"‘'「『"
ZH_PLAN_QUOTES_CLOSE = "”\"’'」』"
ZH_PLAN_PERIOD = ("规划期间", "规划时期", "规划期", "时期", "期间")
ZH_PLAN_END = ("末期", "期末", "末")
ZH_PLAN_START = ("初期", "开局", "初")
# ... and the plan itself, no period, when followed by these (“十四五”规划纲要)
ZH_PLAN_DOCUMENT = ("规划", "计划")
# "the 14th Five-Year Plan period", "the fourteenth five-year plan period (2021-2025)"
EN_PLAN_WORDS = ("five-year plan", "five year plan")
EN_PLAN_PERIOD = ("period",)
# ... and the words before it that make it the period's start ("since the start of the ...")
EN_PLAN_START = ("the start of", "the beginning of")

