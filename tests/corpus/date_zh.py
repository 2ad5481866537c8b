"""Chinese date phrases with their TIMEX3 values; negatives that must not be dates."""

import datetime as dt

from tests.corpus import date, examples, negatives

KIND = "date"
R = dt.date(2025, 3, 14)
R2 = dt.date(2018, 9, 5)

EXAMPLES = [
    # absolute
    *examples(date("2024-05"), "2024年5月", "2024年五月", "2024年05月", "2024年5月份", "2024 年 5 月"),
    *examples(date("2025-03-14"), "2025年3月14日", "2025年3月14号", "2025-03-14", "2025/3/14", "2025.3.14",
              "二零二五年三月十四日"),
    *examples(date("2024"), "2024年", "2024年度", "二零二四年", "２０２４年"),
    *examples(date("2004-08-15"), "两千零四年八月十五日", "2004年8月15日"),
    *examples(date("2019-11"), "2019年11月", "2019年十一月"),
    *examples(date("2008"), "08年"),
    # found by investparse.strategies: financial (大写) numerals and 一十 in dates
    *examples(date("2013"), "贰零壹叁年", "貳零壹叁年"),
    *examples(date("2013-12-15"), "贰零壹叁年壹拾贰月壹拾伍日", "二〇一三年一十二月十五日"),
    *examples(date("2004-Q4"), "2004年第肆季度"),
    *examples(date("1999-10"), "一九九九年拾月"),
    *examples(date("2010-H2"), "贰〇一零年下半年"),
    # yearless: the reference year, or XXXX without one
    *examples(date("2025-03-06"), "3月6日", "三月六日", "3月6号", ref=R),
    *examples(date("XXXX-03-06"), "3月6日", "三月六日"),
    *examples(date("2025-06"), "6月", "6月份", "六月", ref=R),
    *examples(date("XXXX-11"), "11月份"),
    *examples(date("XXXX-XX-29"), "29日"),
    # relative years, months and days
    *examples(date("2025"), "今年", "本年", ref=R),
    *examples(date("2024"), "去年", "上年", ref=R),
    *examples(date("2023"), "前年", ref=R),
    *examples(date("2026"), "明年", ref=R),
    *examples(date("2027"), "后年", ref=R),
    *examples(date("2025-03"), "今年3月", "今年三月", "本月", ref=R),
    *examples(date("2024-12"), "去年12月", "去年十二月", ref=R),
    *examples(date("2025-02"), "上个月", "上月", ref=R),
    *examples(date("2025-03-14"), "今天", "今日", ref=R),
    *examples(date("2025-03-13"), "昨天", "昨日", ref=R),
    *examples(date("2025-03-15"), "明天", ref=R),
    *examples(date("2025-03-16"), "后天", ref=R),
    *examples(date("2025-03-12"), "前天", ref=R),
    *examples(date("2025-03-17"), "大后天", ref=R),
    *examples(date("2025-03-10"), "本月10日", ref=R),
    # quarters and halves
    *examples(date("2025-Q1"), "一季度", "第一季度", "1季度", "Q1", "今年一季度", "今年第一季度", ref=R),
    *examples(date("2024-Q4"), "去年四季度", "去年第四季度", "2024年四季度", "2024年第4季度", ref=R),
    *examples(date("XXXX-Q2"), "二季度", "第二季度"),
    *examples(date("2023-Q3"), "2023年三季度", "2023年第三季度"),
    *examples(date("2025-H1"), "上半年", "今年上半年", ref=R),
    *examples(date("2024-H2"), "去年下半年", "2024年下半年", ref=R),
    *examples(date("2017-H1"), "二零一七年上半年", "2017年上半年"),
    # ranges
    *examples(date(start="2025-01", end="2025-09"), "1至9月", "1-9月", "1~9月", "1到9月", "一至九月",
              "1-9月份", "今年1-9月", ref=R),
    *examples(date(start="2024-01", end="2024-10"), "2024年1-10月", "2024年1至10月份", "去年1-10月", ref=R),
    *examples(date(start="2025-Q1", end="2025-Q3"), "前三季度", "今年前三季度", "1-3季度", "1至3季度",
              "一至三季度", "一到三季度", "第一至第三季度", ref=R),
    *examples(date(start="2024-Q2", end="2024-Q4"), "2024年2-4季度", "2024年二至四季度"),
    *examples(date(start="2025-01", end="2025-05"), "前5个月", "今年前五个月", "前5月", "今年前5月份", ref=R),
    *examples(date(start="2015", end="2017"), "2015-2017年", "2015年至2017年", "2015至2017年",
              "从2015年到2017年", "2015年到2017年", "2015年与2017年之间"),
    *examples(date(start="XXXX-05", end="XXXX-10"), "5月-10月", "五月到十月", "从5月到10月"),
    *examples(date(start="2019-06-01", end="2019-06-30"), "2019年6月1日-6月30日", "2019年6月1日至30日",
              "2019年6月1日到6月30日"),
    *examples(date(start="XXXX-07-04", end="XXXX-07-06"), "7月4日到7月6日", "7月4日至6日"),
    # open ranges
    *examples(date(start="2015", end=None), "自2015年以来", "2015年以来", "自从2015年", "从2015年开始",
              "2015年起", "自2015年起"),
    *examples(date(start="2025", end=None), "今年以来", "年初以来", ref=R),
    *examples(date(start="2024", end=None), "去年以来", ref=R),
    *examples(date(start="2024-06", end=None), "2024年6月以来"),
    # modifiers
    *examples(date("2025", mod="end"), "年底", "年末", "今年年底", "今年底", ref=R),
    *examples(date("2025", mod="start"), "年初", "今年年初", "今年初", ref=R),
    *examples(date("2025", mod="mid"), "年中", ref=R),
    *examples(date("2017", mod="end"), "2017年底", "2017年末", "2017年年底"),
    *examples(date("2024", mod="end"), "去年年底", "去年底", "上年末", ref=R),
    *examples(date("2024-06", mod="end"), "2024年6月底", "2024年6月末", "2024年6月下旬"),
    *examples(date("2024-06", mod="start"), "2024年6月初", "2024年6月上旬"),
    # five-year plans: the (10 + X)th plan of 十X五, quoted or with a word of its period
    *examples(date(start="2021", end="2025"), "“十四五”期间", "“十四五”时期", "十四五时期",
              "十四五期间", "“十四五”"),
    *examples(date(start="2026", end="2030"), "“十五五”期间", "十五五规划期间"),
    *examples(date(start="2016", end="2020"), "“十三五”时期"),
    *examples(date(start="2021", end=None), "“十四五”以来", "“十四五”开局以来", "十四五时期以来"),
    *examples(date("2025", mod="end"), "“十四五”末", "十四五末期"),
    *examples(date("2021", mod="start"), "“十四五”初期"),
]

NEGATIVES = [
    *negatives("仅用时4个月", "用时5个月", "历时18个月", "3年内", "10年来", "5年", "近30年"),
    *negatives("1092吨", "2500吨", "1200个", "2024个", "1500亿元", "2000万元", "3000人", "1800家"),
    *negatives("第三届", "第十二届", "第5届", "第1期", "310.2", "12英寸", "5G", "220kv"),
    *negatives("2026世界智能产业博览会", "2025中国（绵阳）科技城国际科技博览会",
               note="a year in an event's name"),
    *negatives("12号线", "3号楼", "项目136个", "增长12.5%", "0816-2345678", "川A12345"),
    *negatives("今后年均增长", "当年", "同比"),
    # 后 "after", 本 and 明 ending another word, before 年
    *negatives("达产后年产值", "投产后年销售收入", "建成后年均纳税", "运营后年创税", "成本年均下降",
               "日本年轻人", "资本年化收益", "说明年度计划"),
    *negatives("提前5个月", "之前3个月", "3-1季度"),
    *negatives("1800型机床", "2000系列", "大厦1603室", "8楼1201室", "会议室2018", "型号3000", "编号2021",
               note="model, room and serial numbers"),
    *negatives("今年", "去年四季度", "上个月", note="relative without a reference date: no value"),
    *negatives("“十四五”规划纲要", "十四五规划", "二十四五岁", "十四五个",
               note="a plan's document, and numbers"),
]

XFAILS: list = []
