"""Words that record linking reads: time-frame openers, subject cues, count nouns.

- ``TIME_FRAME_OPENERS``: a clause that opens with one of these states its own time
  (``自落户以来``, ``此前``), so an earlier paragraph date does not govern it.
- ``ZH_SUBJECT_TRIM_*`` / ``EN_SUBJECT_TRIM_*``: words trimmed off the ends of the text
  before an amount to leave the metric it measures (``实现外贸进出口总值`` -> ``外贸进出口总值``).
- ``ZH_PROJECT_NOUNS``: nouns that end a project name (``...产业化项目``).
- ``COUNT_NOUNS``: what a count in a record counts (``项目293个``, ``115 new projects``).
- ``COUNT_SUBJECTS``: words marking a percent that belongs to a count, not to the amount
  (``个数同比增长100%``).
"""

from __future__ import annotations

TIME_FRAME_OPENERS_ZH = (
    "以来", "此前", "之前", "期间", "半年前", "年前", "月前", "迄今", "至今", "截至",
)
TIME_FRAME_OPENERS_EN = ("since", "before", "ago", "until", "so far", "by now", "previously")

#: what opens a projection after completion (达产后预计年产值超200亿元): trimmed off a subject,
#: and no time of its own (TIMELESS_CLAUSE_OPENERS_ZH)
COMPLETION_OPENERS_ZH = ("达产后", "建成后", "投产后", "全部投产后", "全面达产后", "建成投产后", "达效后",
                         "运营后")
ZH_SUBJECT_TRIM_START = (
    *COMPLETION_OPENERS_ZH,
    "其中", "全市", "全省", "全区", "全县", "我市", "我省", "我区", "仅", "共", "在", "对", "并", "已", "还",
    "同时", "此外", "累计完成", "完成", "实现", "共计", "合计", "总计", "全年", "当年", "同年", "年内", "的",
    "占", "分别",
    # (a plan's modal verbs: 将力争全年产值突破1300亿元)
    "将", "力争", "预计", "争取", "预计全年",
)
#: words that open with a trim word and are none (对外贸易, 共建“一带一路”国家, 在建项目, 并购)
ZH_SUBJECT_KEEP_START = ("对外", "共建", "共享", "共同", "在建", "在库", "在营", "在谈", "在线", "并购",
                         "还款", "对口", "将军")
ZH_SUBJECT_TRIM_END = (
    "达到", "达", "为", "是", "共", "合计", "总计", "实现", "完成", "已", "已经",
    "增至", "增加到", "提高到", "到", "至", "了", "的", "总额为", "计", "首次", "再次", "均", "分别", "同比",
    "可达", "预计", "预计达", "从", "由", "仅", "仅为", "约为", "累计", "累计达", "累计达到", "累计完成",
    # (a rate's unit right before the amount: 农村提高到每人每年5600元)
    "每人每年", "每人每月", "每人", "每年", "每月", "每亩", "每户",
)
# After an amount written as an adjective ("a 4.5-billion-yuan industrial park"), the
# noun phrase it qualifies runs until one of these words.
EN_NP_END = ("in", "on", "at", "with", "was", "were", "is", "are", "has", "have", "will", "which", "that",
             "and", "by", "for", "to", "from")
# A Chinese clause that holds only a verb and its amount (…，达128.6亿元) takes the noun the
# clause before it opens with, up to one of these (全市出口额创下单月新高: 出口额)
ZH_PREVIOUS_CLAUSE_CUTS = ("位居", "位列", "排名", "居", "创下", "再创", "创", "首次", "实现", "完成", "增长",
                           "下降", "同比", "比上年", "较上年", "突破", "超过")
# An amount an investor puts into building something names it after a building verb:
# 鸿海集团投资35亿元建设智能终端产业园 is the park's (the text before it, up to the
# investing verb, is who invests).
# A subject that starts with one of these points back to the project the sentence before
# names (……光伏电站项目举行竣工仪式。该项目总投资3.5亿美元: the plant's project).
ZH_ANAPHORA = ("该项目", "此项目", "这一项目", "这个项目", "该工程", "该基地", "项目一期", "该项目一期")
# ... the name stops before where the project lands (铜管项目在园区开工, 项目落户高新区)
ZH_LOCATIVES = ("在", "于", "落户", "位于", "落地")
ZH_INVEST_VERBS = ("投资", "出资", "斥资", "投入", "注资", "拟投资", "计划投资")
ZH_BUILD_VERBS = ("建设", "兴建", "扩建", "新建", "打造", "建成", "实施", "用于建设", "用于")
ZH_PROJECT_NOUNS = (
    "项目", "工程", "基地", "产业园", "园区", "生产线", "中心", "工厂", "基金", "合同", "订单", "协议",
    "产业链", "平台", "公司", "企业",
)
#: a subject that is only one of these names no project: the clause before it may
#: (新能源产业园项目，总投资85亿元), after one of ZH_NAME_SEPARATORS
ZH_BARE_METRICS = ("总投资", "投资", "计划投资", "总投资额", "投资额", "投资总额", "项目总投资", "拟投资",
                   "预计投资", "计划总投资", "协议投资", "总投资约", "总投资超")
ZH_NAME_SEPARATORS = "，,：:"
#: a clause that counts projects before a clause of a bare metric and its amount (实施省市重点
#: 项目836个，完成投资2865亿元): the projects' name heads the metric (省市重点项目完成投资); the
#: verbs of doing before the name are cut
ZH_COUNTED_METRICS = ("总投资", "投资", "完成投资", "计划投资", "总投资额", "投资额", "投资总额", "金额",
                      "总金额", "总额", "签约金额", "总投资金额", "签约额")
ZH_COUNTED_NOUNS = ("项目", "企业")
ZH_COUNT_LEADS = ("共", "达", "超", "近", "逾")  # (between the name and its count: 项目共12个)
ZH_COUNT_VERBS_CUT = ("实施", "推进", "建设", "共", "累计", "其中", "全年", "共有", "有", "成功")
#: a clause between a project's name and its amount that says who builds it (储能电池项目，由某
#:企业投资建设，总投资65亿元): the name before it is the amount's; and a sentence that opens
#: with one takes the name that ends the sentence before (——新材料项目。由某集团投资，……)
ZH_BY_MARKERS = ("由", "系")
ZH_BY_NOT = ("由于", "系统", "系列")
ZH_NAME_SENTENCE_ENDS = ("。",)
#: a sentence that ends in one of these goes on in the next: its clause-heading dates
#: govern it (1-6月，全市……；其中……), if no date of its own does; a date heads a clause when
#: at most HEAD_DATE_LEAD characters stand before it there (今年上半年, 在1-6月)
SEMICOLONS = "；;"
# A table's caption ends in a colon (前三季度主要指标如下：, "Key figures for January-June:"): its
# date governs the rows on the lines under it, each a short line of no sentence's end,
# up to a blank line (CAPTION_ROWS of them at most, each of CAPTION_ROW_CHARS or fewer)
CAPTION_ENDS = "：:"
CAPTION_ROWS = 40
CAPTION_ROW_CHARS = 80
CAPTION_ROW_NOT = "。！？!?"
# ... and a row that opens with a list's bullet may be a sentence or two (of
# CAPTION_BULLET_ROW_CHARS or fewer): "- GDP reached 3.9 trillion yuan, up 5.4 percent."
CAPTION_BULLETS = ("-", "•", "·", "*", "▪", "●", "◆", "■", "–", "—")
CAPTION_BULLET_ROW_CHARS = 300
#: ... or when one of these words alone stands before it ("In 2024, ...", 截至6月底)
HEAD_DATE_WORDS = ("in", "during", "for", "as of", "by", "since", "from", "over", "at", "on", "between",
                   "截至", "截止", "自", "从")
#: a paragraph's first sentence this short, with no date, is a heading (二、投资保持较快增长。,
#: "Foreign trade grew steadily.")
HEADING_CHARS = 24
HEADING_CHARS_EN = 64
HEAD_DATE_LEAD = 2
#: ... but not a plan's word: the date of a plan governs nothing after it (计划2027年6月建成)
SCHEDULE_LEADS_ZH = ("计划", "预计", "力争", "争取", "拟", "拟于", "将", "将于", "预期", "确保")
#: A paragraph's first sentence that a date closes ("Jiangsu's trade hit a record last
#: year.") gives that date to the sentences after it, as one opened by a date does; not
#: when the sentence states a plan (one of these before the date: "The plant will open in 2027.")
SCHEDULE_WORDS_EN = ("will", "would", "expected", "scheduled", "plans", "planned", "plan", "set to",
                     "aims", "aim", "target", "targets", "due", "slated", "projected", "forecast", "by")
#: what joins the items of a list of named projects (……项目、总投资12亿元的……项目和……)
ZH_LIST_JOINERS = "、和及与"
#: what an incentive's amount right before it is (给予最高500万元奖励, 给予100万元的项目资助): the
#: subject, with at most ZH_AWARD_QUALIFIER characters before the noun
ZH_AWARD_NOUNS = ("奖励", "补贴", "补助", "资助", "奖补", "扶持资金", "贴息", "奖金", "扶持", "资金支持")
ZH_AWARD_QUALIFIER = 4
#: the ends of a place's name (东城区, 南湖县): a subject that is one alone, after the figure of
#: another place (东城区实际使用外资6200万美元；西城区4300万美元), takes that figure's metric
ZH_PLACE_ENDS = ("区", "县", "市", "省", "州", "镇", "乡", "旗")
#: the verbs of doing between who did it and the metric (规模以上工业企业实现营业收入): left out
#: (not 完成: 重点项目完成投资 names a metric of its own)
ZH_MID_VERBS = ("累计实现", "实现")
ZH_SUBJECT_STOP_VERBS = (
    "落地", "签约", "开工", "落户", "投产", "竣工", "建成", "正式", "在", "于", "将", "已",
)

#: participles that open a clause of their own after the noun they state the amount of
#: ("signed 12 projects, totaling 3 billion yuan"; "Exports, up 4 percent, totaled"):
#: trimmed off a subject like the verbs above
EN_SUBJECT_PARTICIPLES = (
    "totaling", "totalling", "reaching", "hitting", "exceeding", "topping", "involving", "attracting",
    "amounting", "bringing the total to", "worth", "valued at", "standing at", "costing", "with a cost of",
)
EN_SUBJECT_VERBS = (
    "was", "were", "is", "are", "reached", "reaches", "reach", "totaled", "totalled", "amounted to",
    "amounting to", "rose from", "rose to", "rose", "increased to", "grew to", "hit", "stood at",
    "achieved", "attracted", "exceeded", "topped", "of", "to", "with", "saving", "worth", "valued at",
    "be", "been", "at",
    "totals", "total", "invest", "invests", "invested", "had", "has", "have", "raised", "spent",
    "generated", "posted", "recorded", "registered", "plans to", "plan to", "planned to", "intends to",
    "aims to", "is to", "are to", "saw", "reported", "logged", "cost", "costs", "came to", "comes to",
    "come to", "contributed", "contributes", "accounted for", "accounts for", "took", "takes", "took up",
    "made up", "makes up", "estimated at", "estimated", "exceed", "exceeds", "surpass", "top",
    "hit a record", "hit a record high of", "reached a record", "a record", "a record high of", "came in at",
    "come in at", "comes in at", "made", "makes", "earned", "earns",
    # (base forms after "saw its ...", "expected to ...")
    "climb", "climb to", "rise to", "grow to", "jump to", "surge to", "fall to", "drop to", "amount to",
    "increase to", "decrease to",
    *EN_SUBJECT_PARTICIPLES,
)
#: who reports a figure, before what the figure is ("The bureau reported that its exports
#: reached", "We expect total investment to exceed"): cut from a subject's head, as the
#: speech verbs are (SPEECH_VERBS_EN)
EN_REPORTING_VERBS = ("reported that", "reports that", "showed that", "shows that", "show that",
                      "estimated that", "estimates that", "expect", "expects", "expected that",
                      "predicted that", "forecast that")
#: a doer's verb of having before a noun that only says what the doer costs or is worth
#: ("The project will involve an investment of"): the doer is the subject (see
#: EN_WITH_GENERIC_NOUNS); before a noun of its own, that noun ("will have an annual output
#: value of")
EN_HAVING_VERBS = ("have", "has", "had", "involve", "involves", "involved", "require", "requires",
                   "required", "need", "needs", "entail", "entails", "carry", "carries")
#: words that open an aside between a noun and the clause that states its amount
#: ("Exports, up 4.4 percent, totaled ..."; "Sales, which rose 3 percent, reached ...");
#: the change words (lexicon.changes.EN) open one too
EN_ASIDE_LEADS = ("which", "or", "about", "roughly", "excluding", "including")
#: words that make a clause no bare noun phrase naming a subject ("In 2023, ...", "As a result, ...")
EN_NOT_SUBJECT_LEADS = ("as", "according to", "among them", "besides", "however", "meanwhile", "moreover",
                        "also", "of which", "of these", "there", "among")
EN_SUBJECT_TRIM_START = (
    "the", "its", "their", "his", "her", "our", "a", "an", "and", "among them", "which", "that",
    "in addition", "moreover", "meanwhile", "also", "or", "while", "whereas", "but",
    "of which", "of them", "among which", "including", "with",
    # (a subordinate clause's conjunction: "Although exports slipped to ...", "where deals worth")
    "although", "though", "where", "when", "if", "because", "once", "after", "before",
)
#: the pronouns that open a relative clause after the noun it is of ("The plant, which was
#: built with an investment of ..."): a subject the clause does not name is that noun's
#: what joins a rank to the amount after it that it ranks by ("ranked first with 8 billion yuan")
RANK_BY_EN = ("with", "thanks to", "on the strength of")
#: the pronouns that stand for the noun of the figure before ("that of rural residents")
EN_ELLIPTIC_HEADS = ("that", "those")
EN_RELATIVE_PRONOUNS = ("which", "that", "who")
#: words that open an appositive between a bare noun and its verb ("Investment from Hong
#: Kong, the largest source, was ..."): the noun before it is the subject
EN_APPOSITIVE_LEADS = ("the", "a", "an", "one of", "its", "their", "china's", "the country's", "the city's",
                       "the province's",
                       # (a place's appositive without an article: "Hefei, capital of east
                       # China's Anhui Province, ...")
                       "capital of", "capital city of", "home to", "home of", "seat of", "birthplace of")
#: a possessive ending that a date cut out of a subject leaves ("This year's target")
EN_POSSESSIVE = ("'s", "’s")
EN_FOLLOWING_PREPOSITIONS = ("of", "for", "in")
# A clause whose verb before the amount is one of these names what the amount is after
# it ("The city attracted 12 billion dollars in foreign capital", "Banks issued 300
# billion yuan in new loans"): the noun after EN_FOLLOWING_PREPOSITIONS is the subject,
# not the one before the verb (which is who did it), when it starts with a small letter
# (not a place: "attracted 2 billion yuan in Jiangsu").
EN_OBJECT_VERBS = (
    "invest", "invests", "investing", "attracted", "drew", "issued", "pumped", "received", "secured",
    "raised", "utilized", "utilised",
    "used", "absorbed", "introduced", "injected", "invested", "spent", "allocated", "earmarked",
    "poured", "generated", "earned", "recorded", "registered", "posted", "logged", "saw", "collected",
    "channelled", "channeled", "approved", "granted", "provided", "signed", "lured", "brought in",
    "achieved", "realized", "realised", "reported", "had",
    "achieve", "realize", "realise", "generate", "attract", "record", "post", "earn", "raise", "secure",
    "receive", "draw", "issue", "recommended", "declared", "proposed", "paid", "pay", "pays",
    "offer", "offers", "offered", "grant", "grants", "arranged", "arrange", "obtained", "won",
    "eyes", "eyed", "seen", "sees", "see", "looking for", "seeking", "seeks", "sought",
)
# Of these, the verbs after which "its"/"their" and a metric name the doer's metric ("Nanchang
# saw its GDP exceed ...": GDP of Nanchang)
EN_SEEING_VERBS = ("saw", "seen", "sees", "see")
EN_POSSESSIVE_DETERMINERS = ("its", "their")
# After "with", a noun that names a metric of its own is the subject ("..., with registered
# capital of 45 billion yuan"); one of these only says the amount is what the thing before
# costs ("the project settled in the city, with an investment of 24 billion yuan")
EN_WITH_GENERIC_NOUNS = ("investment", "total investment", "planned investment", "combined investment",
                         "total planned investment", "value", "total value", "worth", "cost", "total cost")
# ... and these may stand between the verb and the amount ("invest a total of")
EN_OBJECT_VERB_FILL = ("a total of", "a combined", "an additional", "a further", "some", "another",
                       "an extra")
# An amount an investor puts into building something names it after one of these
# ("will invest 2.5 billion euros to expand its research center")
EN_INVEST_VERBS = ("invest", "invests", "invested", "investing", "inject", "injected", "pour", "poured",
                   "spend", "spent", "allocate", "allocated")
EN_BUILD_VERBS = ("build", "expand", "set up", "construct", "develop", "establish", "upgrade", "open",
                  "launch", "create")
# An amount right after an article qualifies the noun after it ("a 10 billion yuan battery
# plant"), as a hyphenated one does
EN_ARTICLES = ("a", "an")
# ... not after one of these (a passive: "30 projects were signed on site, totaling")
EN_PASSIVE_AUXILIARIES = ("was", "were", "been", "be", "is", "are", "being")
#: words before a noun phrase that make the participle after them an adjective ("a
#: registered capital"), no verb
EN_DETERMINERS = ("a", "an", "the", "its", "their", "his", "her", "our", "this", "that")
#: nouns that point back to the figure stated before ("Although the figure slipped to ..."):
#: the amount's subject is that of the amount before, in the same or the previous sentence
EN_FIGURE_NOUNS = ("figure", "amount", "total", "sum")
#: words that name nothing as a subject: pronouns, and the figure nouns above
EN_WEAK_SUBJECTS = ("it", "they", "we", "which", "this", "that", "he", "she", "each", "both", "all",
                    "largest", "biggest", "latter", "former", *EN_FIGURE_NOUNS)

# A date that is a comparison base is no period (比2024年增长, "up 5% compared with 2023").
# Words inside the date's own phrase that make it one:
COMPARISON_INSIDE = ("同期", "same period", "上年同", "compared", "比上年")
# words right before the date (spaces apart), and right after it:
COMPARISON_BEFORE_ZH = ("比", "较", "相比", "相较", "相较于", "相比于", "对比")
COMPARISON_BEFORE_EN = (
    "same period", "same period of", "compared with", "compared to", "than", "than in", "than that of",
    "than those of", "that of", "those of", "over the same period", "from a year earlier in",
    "over", "versus", "vs.", "as against", "against",
    # ("an increase of 6.3% from 2024", "accelerating by 2.3 percentage points from August")
    "% from", "percent from", "per cent from", "points from", "point from",
)
COMPARISON_AFTER = ("相比", "比较", "对比", "持平")
# ... of COMPARISON_BEFORE_EN, the words that make a base only after some words of their
# clause ("up 5% over 2023") and before a date that does not start with one of
# COMPARISON_SPAN_STARTS_EN: opening the clause they open its period ("Over the first
# nine months, ..."), and before "the ..." they state a span ("... over the first half");
# what may stand before an opening word: CLAUSE_OPENING_MARKS
COMPARISON_BEFORE_EN_NOT_OPENING = ("over", "against")
COMPARISON_SPAN_STARTS_EN = ("the ",)
# ... but for these, a past it compares with ("up 5.2 percent over the previous year")
COMPARISON_PAST_STARTS_EN = ("the previous ", "the prior ", "the preceding ", "the same period",
                             "the year before", "the year-earlier", "the corresponding period")
CLAUSE_OPENING_MARKS = " \t\n,，;；:：.。!?！？\"“”'‘’()（）-—"
# An amount that is a comparison base itself (较去年同期的286亿元, "than 28.6 billion yuan",
# "compared with 28.6 billion yuan"): no change of its own, and none it keeps from the
# amount before it. Chinese: a comparison word, a few characters, then 的; the characters
# hold none of these (比上年增加12亿元 is an increase, not a base).
BASE_AMOUNT_BEFORE_EN = (
    "compared with", "compared to", "than", "as against", "against", "versus", "vs.",
    # "up from 28.6 billion yuan", "up 9 percent from 47.7 billion yuan"
    "up from", "down from", "percent from", "per cent from", "% from",
)
BASE_AMOUNT_GAP_NOT_ZH = "，。；：,;:增减降提升涨跌多少高低"
BASE_AMOUNT_OF_ZH = "的"
# ... and a year may stand right after the comparison word (较2023年的95亿元)
BASE_AMOUNT_YEAR_ZH = "年"
# ... or the base's time and a verb stand before it (去年同期为55亿元)
BASE_AMOUNT_PERIOD_ZH = ("去年同期", "上年同期", "上年", "去年", "上年同期水平")
# An amount stated of the same time a year before (去年同期，出口6.3亿元; 而去年同期仅为98亿元;
# "compared with 6.3 billion yuan in the same period last year"): its period is the one the
# text governs it by, a year back. The Chinese words open its clause or sentence (after a
# joiner of these at most), with no comparison word before them; the English ones stand
# right after the amount (after "in"/"during"), or open its sentence (after "In").
YEAR_EARLIER_ZH = ("去年同期", "上年同期")
YEAR_EARLIER_LEADS_ZH = ("而", "但", "而在", "在", "相比之下，", "对比")
YEAR_EARLIER_EN = ("the same period last year", "the same period of last year",
                   "the same period a year earlier", "the same period of the previous year",
                   "a year earlier", "a year ago", "a year before", "the year before", "the previous year")
BASE_AMOUNT_VERB_ZH = ("为", "是", "达", "达到", "完成", "仅为", "实现")
# An amount that a share is of (占年度计划投资210亿元的88.6%): after one of these within
# SHARE_OF_REACH characters of its clause, and followed by 的 and a figure. It takes no
# change, and the change after it is the amount's before it.
SHARE_OF_BEFORE_ZH = ("占", "为", "相当于", "完成")
SHARE_OF_REACH = 12

# Between a Chinese amount and its change, besides change, filler and prefix words
# (lexicon.changes): words that name no other metric. Any other two Han characters left
# there name one (利润总额增长12%, 其中工业投资增长15%, 比重提高2个百分点): the change is not
# the amount's.
CHANGE_GAP_ZH = (
    "比", "较", "上年", "去年", "前年", "同期", "年初", "上月", "幅度", "速度", "大幅", "明显", "持续",
    "稳定", "继续", "实现", "保持", "较快", "快速", "稳步", "小幅", "有所", "幅", "速",
    "上届", "上一届", "上期", "上一期", "上次", "上一年",  # (the fair or period before: 较上届增长)
    "当月", "当季", "当年", "全年", "本月", "本年",  # (the amount's own period: 当月增长8%)
)
# An English clause joined by one of these, with a noun of its own before its change
# word, states another figure's change (exports reached X, and imports grew 5%).
EN_NEW_CLAUSE = ("and", "while", "whereas", "but")
# ... and after a comma, these opening a noun and its participle (", with electronics growing
# 9 percent"): another figure's change
EN_ABSOLUTE_WITH = ("with",)
# A comma and one of these part a sentence into halves that each state their own time
# ("Phase one, costing 3 billion yuan, starts in 2025, while phase two ... in 2027"): a
# date of the amount's half before it, or closing it, is its period before any other.
EN_PERIOD_SPLITTERS = ("while", "whereas")
# A sentence that opens with one of these breaks down the figures of the sentence before:
# with no date of its own, it is in that sentence's time (1-10月，……。其中，工业项目……)
# (not 分行业看 and the like: they break down the paragraph's figures, in its leading time)
BREAKDOWN_OPENERS = ("其中", "among them", "of which", "of this", "of these", "of the total", "specifically",
                     "in particular")
# A sentence that opens with one of these points back to the last amount of the sentence
# before: its change is that amount's ("The figure was down 12 percent from a year earlier.")
EN_FIGURE_ANAPHORA = ("the figure", "this figure", "the amount", "this amount", "the total", "this",
                      "this represented", "this represents", "this marked", "it", "that")

# A list of changes marked as respective pairs off with the amounts before it, in order
# (收入、利润分别为A、B，分别增长x%和y%; "were A and B, up x% and y% respectively").
RESPECTIVELY = ("分别", "respectively")
# The names a Chinese list of amounts marked as respective pairs off with, in order
# (出口、进口分别完成120亿元和80亿元): the words before 分别, split at these joiners; each
# name holds at least NAME_LIST_MIN characters (第一、二、三产业 is one name shared out).
NAME_LIST_JOINERS_ZH = ("、", "和", "与", "及")
NAME_LIST_MIN = 2
# ... the last name may carry the metric all share (苏州、南京实际使用外资: 苏州实际使用外资,
# 南京实际使用外资): when the names before it are of one length, at most
# NAME_SHARED_TAIL_MAX, and the first does not recur in the last (出口、高新技术产品出口)
NAME_SHARED_TAIL_MAX = 6
# ... and one name contracts the two its amounts are of (城乡居民人均可支配收入分别为A和B)
CONTRACTED_NAMES_ZH = {"城乡": ("城镇", "农村"), "进出口": ("进口", "出口")}
# A change written before the level it leads to: "rose 15% to 30 billion yuan", 增长15%，达到30亿元.
# The words between the two (after an optional comma and year-on-year word).
CHANGE_THEN_LEVEL_ZH = ("至", "到", "达到", "达", "总量达到", "总量达", "总量为", "总额达到", "总额达",
                        "规模达到", "规模达", "为", "总量", "总额为", "规模为", "金额为", "金额达",
                        "金额达到", "累计", "累计达", "累计达到")
CHANGE_THEN_LEVEL_EN = ("to", "to reach", "reaching", "to hit", "hitting", "to a total of", "to a record",
                        "totaled", "totalled", "totaling", "totalling", "reached", "amounted to", "stood at",
                        "hit")
CHANGE_THEN_LEVEL_FILL = ("year-on-year", "year on year", "yoy", "y-o-y", "from a year earlier",
                          "from the previous year", "over the previous year", "in", "during", "for")

# A rank whose clause names one of these before it ranks a growth rate, not the amount
# (860亿元，增速居全省第五，总量居全省第二).
RATE_RANK_WORDS = ("增速", "增幅", "增长率", "增长速度", "growth rate", "growth")

# An amount in brackets right after another is the same figure in another currency
# (560 billion yuan ($78.9 billion); 56亿元（约合7.8亿美元）): it shares the first's links.
EQUIVALENT_OPEN = ("(", "（")
EQUIVALENT_CLOSE = (")", "）")
# ... or after a comma and one of these, in another currency: "12.5 billion yuan, or about
# 1.7 billion US dollars", 5000万元，折合约700万美元 (the qualifier is the second amount's)
EQUIVALENT_AFTER_COMMA = ("or", "折合", "约合", "合", "equivalent to", "or roughly equal to")

COUNT_NOUNS_ZH = ("项目", "企业", "外资企业", "家企业", "个项目", "合同", "订单", "协议")
COUNT_CLASSIFIERS_ZH = ("个", "家", "项", "宗", "份", "批")
COUNT_NOUNS_EN = ("projects", "enterprises", "companies", "firms", "orders", "contracts", "agreements",
                  "deals", "investors")
COUNT_SUBJECTS = ("个数", "数量", "家数", "项目数", "户数", "number of")
# Words that may stand between two amounts of a series ("from X in 2019 to Y in 2021").
SERIES_CONNECTIVES = (
    "to", "and", "from", "in", "then", "further", "rising", "rose", "up", "又", "再", "和", "及", "至", "到",
    # (a time said in words, not a date: "from 120 billion yuan a year earlier to 138 billion")
    "a year earlier", "a year ago", "a year before", "the previous year", "the year before",
)
# A colon after these opens a quote: the words before it label no amount (他表示：, "He said:").
SPEECH_VERBS_ZH = ("表示", "指出", "说", "介绍", "强调", "称", "透露", "认为")
SPEECH_VERBS_EN = ("said", "says", "say", "stated", "noted", "added", "explained", "announced", "told")
#: what makes a speech verb a word of a term after it ("The added value of ...")
SPEECH_NOT_BEFORE_EN = ("value", "values", "tax")
# The date a statement was made is no figure's period: "the bureau said on Oct 21 that
# ...", 国家统计局17日发布, 记者18日从市商务局获悉 (a speech verb, or these, right after the
# date; in English the speech verb and "on" right before it)
SPEECH_AFTER_DATE_ZH = ("发布", "公布", "宣布", "表示", "介绍", "透露", "获悉", "了解到", "召开新闻发布会")
SPEECH_FROM_ZH = "从"
SPEECH_FROM_REACH = 16

# A year that opens an event's name (6月18日，在2024年中国—东盟产业合作推介会上): right after a
# full date and 在/于, the event's edition, not the amount's period, which the date before
# it gives. The name ends in one of EVENT_NOUNS_ZH, then one of EVENT_AT_ZH, within
# EVENT_NAME_CHARS characters of the year.
EVENT_NOUNS_ZH = ("大会", "会议", "博览会", "洽谈会", "推介会", "对接会", "交易会", "签约会", "论坛", "峰会",
                  "展览会", "展会", "年会", "活动", "节")
EVENT_AT_ZH = ("上", "期间", "现场", "中", "开幕式")
EVENT_DATE_ENDS_ZH = ("日", "号")
EVENT_BEFORE_ZH = ("在", "于", "举办的", "举行的")
EVENT_NAME_CHARS = 24

# Words before an amount in its own clause that state it of the whole year (下半年，……力争全年
# 产值突破1300亿元; "for the full year, ..."): a part of a year that governs it otherwise (a half,
# a quarter, a month, a year's end) gives way to that year.
WHOLE_YEAR_ZH = ("全年", "全年度")
WHOLE_YEAR_EN = ("for the full year", "for the whole year", "full-year", "the full year", "the whole year")

# An amount's clause opened by one of these states no time of its own: a projection after
# completion (项目于9月26日开工，达产后预计年产值超200亿元; "once fully operational, it will
# generate") or a standing rule (对投资5000万元以上的项目，给予最高3000万元奖励): only a date
# in that clause dates it.
TIMELESS_CLAUSE_OPENERS_ZH = (*COMPLETION_OPENERS_ZH, "对投资", "对新引进", "对新落户", "对符合条件的",
                              "对年", "对实际")
TIMELESS_CLAUSE_OPENERS_EN = ("once completed", "once fully operational", "once operational",
                              "when completed", "when fully operational", "upon completion",
                              "after completion")

# A date after a list of amounts' items, introduced by one of these, dates every item of the
# list (总投资85亿元的甲项目、总投资32亿元的乙项目于4月28日开工)
DATE_AFTER_LIST_LEADS_ZH = "于在"

# Two amounts a figure moved from and to, under a range of dates (Between 2015 and 2024, GRP
# expanded from RMB 41.2 billion to RMB 118.6 billion; 2015-2024年，……由41.2亿元增加到118.6亿元):
# the first is of the range's start, the second of its end
MOVE_FROM_WORDS = ("from", "由", "从")
MOVE_TO_WORDS = ("to", "增加到", "增长到", "提高到", "提升到", "扩大到", "增至", "升至", "到", "至")

