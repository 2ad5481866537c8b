"""Chinese percent phrases with their values; negatives that must not be percents."""

from tests.corpus import examples, negatives, percent

KIND = "percent"

PP = "percentage_point"
INC, DEC = "increase", "decrease"

EXAMPLES = [
    # plain figures, every way of writing the sign
    *examples(percent("18.3"), "18.3%", "18.3％", "１８．３％", "百分之十八点三", "百分之18.3", "18.3 %"),
    *examples(percent("45.88"), "百分之四十五点八八", "45.88%", "百 分 之 四十五点八八"),
    *examples(percent("100"), "百分之百", "百分之一百", "100%"),
    *examples(percent("6"), "6%", "百分之六", "百分之陆"),
    *examples(percent("0.5"), "0.5%", "5‰", "千分之五"),
    *examples(percent("0.02"), "万分之二"),
    *examples(percent("120.5"), "百分之一百二十点五", "120.5%"),
    *examples(percent("2500"), "百分之２，５００", "2,500%"),
    *examples(percent("2500"), "百分之2.5k"),
    *examples(percent("1234"), "1,234%"),
    # negatives written with a sign
    *examples(percent("-8.92"), "-8.92%", "负8.92%", "百分之负8.92"),
    *examples(percent("-8.92", change=INC), "增长-8.92%", "同比增长-8.92%"),
    *examples(percent("-3", change=DEC), "下降-3%"),
    *examples(percent("1.7", change=DEC), "负增长1.7%", "同比负增长1.7%"),
    # tenths
    *examples(percent("30"), "三成", "3成", "叁成"),
    *examples(percent("97"), "九成七"),
    *examples(percent("65"), "六点五成", "6.5成"),
    *examples(percent("35"), "三成半"),
    *examples(percent("5"), "半成"),
    *examples(percent("100"), "十成", "拾成", "一十成", "壹拾成"),  # 拾成: found by investparse.strategies
    *examples(percent("100", qualifier="at_most"), "拾成或以下"),
    *examples(percent("30", qualifier="more_than"), "三成多", "超三成", "超过三成"),
    *examples(percent("70", qualifier="approx"), "近七成", "约七成"),
    *examples(percent("80", qualifier="at_least"), "八成以上"),
    # percentage points
    *examples(percent("2", PP), "2个百分点", "两个百分点", "二个百分点", "2 个百分点", "2百分点"),
    *examples(percent("1.5", PP, INC), "提高1.5个百分点", "上升1.5个百分点", "拉动1.5个百分点",
              "提升1.5个百分点", "比上年提高1.5个百分点", "加快1.5个百分点", "回升1.5个百分点"),
    *examples(percent("0.8", PP, DEC), "回落0.8个百分点", "下降0.8个百分点", "下滑0.8个百分点",
              "降低了0.8个百分点", "放缓0.8个百分点", "减缓0.8个百分点", "拉低0.8个百分点",
              "收窄0.8个百分点"),
    *examples(percent("2.7", change=DEC), "降幅收窄至2.7%"),
    *examples(percent("52", PP, qualifier="approx"), "近五十二个百分点", "约52个百分点"),
    *examples(percent("150", PP), "一百五十个百分点", "一 百 五 十 个 百 分 点"),
    # changes
    *examples(percent("12.6", change=INC), "增长12.6%", "同比增长12.6%", "比上年增长12.6%",
              "增速12.6%", "增幅12.6%", "增长了12.6%", "增长率为12.6%", "增速达12.6%",
              "上升12.6%", "提高12.6%", "增加12.6%", "较上年增长12.6%", "增产12.6%", "增收12.6%",
              "增速回升至12.6%", "增速回落至12.6%", "增幅提高到12.6%", "增速保持在12.6%"),
    *examples(percent("4.1", change=DEC), "下降4.1%", "减少4.1%", "回落4.1%", "下滑4.1%",
              "同比下降4.1%", "降幅4.1%", "下降了4.1%", "跌幅4.1%", "减产4.1%", "减收4.1%"),
    *examples(percent("9", change=INC), "增长百分之九", "同比增长百分之九"),
    *examples(percent("20", change=INC, qualifier="more_than"), "增长超20%", "增长超过20%", "增速逾20%"),
    *examples(percent("15", change=INC, qualifier="approx"), "增长约15%", "增长近15%", "增长15%左右",
              "扩大约15%"),  # 扩大约 = 扩大 + 约 (found by investparse.strategies)
    *examples(percent("15", change=DEC, qualifier="approx"), "减少约15%", "降低约15%"),
    *examples(percent("40", change=DEC, qualifier="approx"), "下降近四成"),
    # shares and levels carry no change
    *examples(percent("37"), "占比37%", "占比达37%", "占全市的37%", "比重为37%", "达到37%",
              "提高到37%", "上升至37%"),
    *examples(percent("60", qualifier="more_than"), "超60%", "超过60%", "逾60%", "60%有余"),
    *examples(percent("90", qualifier="at_least"), "90%以上", "90%及以上", "不低于90%"),
    *examples(percent("10", qualifier="at_most"), "10%以下", "不超过10%", "最多10%"),
    *examples(percent("5", qualifier="less_than"), "不足5%", "不到5%", "低于5%"),
    # ranges
    *examples(percent(None, qualifier="range", low="5", high="20"), "5-20%", "5%-20%", "5%至20%",
              "5~20%", "5到20%", "百分之五到百分之二十", "百分之五至二十", "百分之5-20"),
    *examples(percent(None, PP, qualifier="range", low="1", high="2"), "1-2个百分点"),
    # multiples stated as a change: the change word is inside the span
    *examples(percent("100", change=INC), "增长1倍", "增长一倍", "翻一番", "翻了一番", "翻番",
              "增长了1倍", "提高1倍", "同比增长1倍", "比上年增长1倍"),
    *examples(percent("140", change=INC), "增长一点四倍", "增长1.4倍"),
    *examples(percent("300", change=INC), "翻两番", "翻了两番", "增长3倍"),
    *examples(percent("700", change=INC), "翻三番"),
    *examples(percent("300", change=INC, qualifier="more_than"), "增长三倍多", "增长超3倍"),
    *examples(percent("100", change=INC, qualifier="approx"), "增长近1倍", "翻了近一番"),
]

NEGATIVES = [
    *negatives("百分之二三十", "二三十个百分点", "五百分之二", "三分之一", "百分比", "百分点",
               note="no figure, or a fraction that is not a percent"),
    *negatives("一成不变", "建成投产", "完成投资", "成都市", "组成部分", "形成合力", "成为龙头",
               "成功签约", "达成协议", "促成合作", "成本下降", "成员单位", "三成都", "第一成",
               note="成 that is not tenths"),
    *negatives("是上年的2倍", "2倍以上", "加倍努力", "事半功倍", "倍增计划", "翻身", "翻译",
               "翻开新篇章", "番茄产业", note="multiples not stated as a change, and 翻/番 words"),
    *negatives("40亿元", "增长迅速", "同比增长", "增幅明显", "下降趋势", "占比较高", "比重上升",
               note="change words without a figure"),
    *negatives("2024年", "3月6日", "12英寸", "5G基站", "220kv", "项目136个", "1092吨",
               "第65位", "前三季度", "70余个", "进位20", note="other kinds of number"),
    *negatives("https://example.org/a?b=30%25", "www.example.com/q%20x",
               note="percent signs inside an address"),
    *negatives("百分之", "个百分点", "%", "％", "千分之", "成", "倍", "番",
               note="units alone"),
    *negatives("增长点", "百分之百分", "零点", "成效显著", "十分重要", "万分感谢", "满意",
               note="look-alikes"),
    *negatives("四成员", "两成本", "五成功", "十成果", "八成为", note="a numeral before a 成 word"),
]

XFAILS: list = []
