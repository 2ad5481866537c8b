"""Chinese money phrases with their values; negatives that must not be money.

Every qualifier of issue 2, ranges, currencies by word, symbol or code, magnitude-only
phrases, subunits, Traditional and full-width forms. Phrases are written for this
corpus, not taken from the evaluation corpus or the peers' test data.
"""

from tests.corpus import Example, Negative, examples, money, money_range, negatives

KIND = "money"

EXAMPLES: list[Example] = [
    # exact, many ways of writing the same amount
    *examples(money("4000000000", "CNY"), "40亿元", "四十亿元", "40億元", "４０亿元", "人民币40亿元",
              "40亿元人民币", "肆拾亿元", "40亿人民币", "４０億元"),
    *examples(money("104440000", "USD"), "10444万美元", "1.0444亿美元", "一亿零四百四十四万美元"),
    *examples(money("2350000", "CNY"), "235万元", "二百三十五万元", "两百三十五万元", "235萬元", "￥235万",
              "¥235万", "RMB235万", "235万块"),
    *examples(money("1560000000000", "CNY"), "1.56万亿元", "15600亿元", "一万五千六百亿元", "1.56萬億元"),
    *examples(money("86500", "CNY"), "8.65万元", "86,500元", "８６５００元", "八万六千五百元"),
    *examples(money("300000000", "USD"), "3亿美元", "三亿美金", "3億美元", "US$3亿", "3亿USD"),
    *examples(money("1200000000", "HKD"), "12亿港元", "12亿港币", "12億港幣", "HK$12亿", "港币12亿元"),
    *examples(money("50000000", "EUR"), "5000万欧元", "5000萬歐元", "€5000万"),
    *examples(money("70000000", "GBP"), "7000万英镑", "7000萬英鎊", "£7000万"),
    *examples(money("9000000000", "JPY"), "90亿日元", "90億日圓"),
    *examples(money("2000000", "KRW"), "200万韩元",),
    *examples(money("4500000", "AUD"), "450万澳元",),
    *examples(money("3600000", "SGD"), "360万新加坡元",),
    *examples(money("15000000", "TWD"), "1500万新台币",),
    *examples(money("800000", "RUB"), "80万卢布",),
    # currencies of trading partners, by their Chinese names
    *examples(money("5000000000", "HUF"), "50亿匈牙利福林", "50亿福林"),
    *examples(money("200000000", "CZK"), "2亿捷克克朗"),
    *examples(money("50000000", "RON"), "5000万列伊", "5000万罗马尼亚列伊"),
    *examples(money("1200000000", "RSD"), "12亿塞尔维亚第纳尔"),
    *examples(money("300000000", "BYN"), "3亿白俄罗斯卢布"),
    *examples(money("4000000000", "KHR"), "40亿瑞尔", "40亿柬埔寨瑞尔"),
    *examples(money("80000000", "MMK"), "8000万缅元", "8000万缅甸元"),
    *examples(money("600000000", "BDT"), "6亿塔卡", "6亿孟加拉塔卡"),
    *examples(money("200000000", "NPR"), "2亿尼泊尔卢比"),
    *examples(money("30000000", "BND"), "3000万文莱元"),
    *examples(money("500000000", "UZS"), "5亿苏姆", "5亿乌兹别克斯坦苏姆"),
    *examples(money("100000000", "KGS"), "1亿索姆", "1亿吉尔吉斯斯坦索姆"),
    *examples(money("20000000", "TJS"), "2000万索莫尼"),
    *examples(money("300000000", "AZN"), "3亿阿塞拜疆马纳特"),
    *examples(money("100000000", "AMD"), "1亿亚美尼亚德拉姆"),
    *examples(money("900000000", "IRR"), "9亿伊朗里亚尔"),
    *examples(money("200000000", "OMR"), "2亿阿曼里亚尔"),
    *examples(money("100000000", "BHD"), "1亿巴林第纳尔"),
    *examples(money("300000000", "JOD"), "3亿约旦第纳尔"),
    *examples(money("400000000", "IQD"), "4亿伊拉克第纳尔"),
    *examples(money("500000000", "DZD"), "5亿阿尔及利亚第纳尔"),
    *examples(money("600000000", "MAD"), "6亿摩洛哥迪拉姆"),
    *examples(money("700000000", "ETB"), "7亿埃塞俄比亚比尔"),
    *examples(money("800000000", "KES"), "8亿肯尼亚先令"),
    *examples(money("900000000", "TZS"), "9亿坦桑尼亚先令"),
    *examples(money("1000000000", "UGX"), "10亿乌干达先令"),
    *examples(money("1100000000", "ARS"), "11亿阿根廷比索"),
    *examples(money("1200000000", "CLP"), "12亿智利比索"),
    *examples(money("1300000000", "COP"), "13亿哥伦比亚比索"),
    *examples(money("1400000000", "PEN"), "14亿秘鲁索尔"),
    *examples(money("1500000000", "FJD"), "15亿斐济元"),
    *examples(money("1250", "CNY"), "1250元", "一千二百五十元", "壹仟贰佰伍拾元", "1,250元"),
    *examples(money("3.5", "CNY"), "3.5元", "三块五", "3块5", "三元五角", "3元5角"),
    # subunits
    *examples(money("5.3", "CNY"), "五元三角", "五块三毛", "5元3角"),
    *examples(money("12.08", "CNY"), "12元8分", "十二元零八分", "十二块零八"),
    *examples(money("0.65", "CNY"), "六角五分", "六毛五", "6角5分"),
    *examples(money("0.3", "CNY"), "三毛钱", "3角"),
    *examples(money("2.05", "USD"), "2美元5美分", "两美元又五美分"),
    # approx
    *examples(money("100000000000", "CNY", "approx"), "近千亿元", "约1000亿元", "约一千亿元", "将近1000亿元",
              "1000亿元左右", "大约1000亿元", "接近千亿元", "1000亿元上下"),
    *examples(money("600000000", "USD", "approx"), "约6亿美元", "近6亿美元", "6亿美元左右", "折合约6亿美元"),
    # more than
    *examples(money("2800000000", "CNY", "more_than"), "超28亿元", "超过28亿元", "逾28亿元", "突破28亿元",
              "超28億元", "28亿元有余"),
    *examples(money("7000000000", "CNY", "more_than"), "70余亿元", "70多亿元", "七十余亿元", "七十多亿元",
              "70餘億元"),
    *examples(money("100000000", "CNY", "more_than"), "超亿元", "过亿元", "逾亿元", "超过亿元"),
    *examples(money("3000000", "USD", "more_than"), "超300万美元", "逾三百万美元"),
    # at least / at most / less than
    *examples(money("500000000", "CNY", "at_least"), "5亿元及以上", "5亿元以上", "5亿元或以上", "至少5亿元",
              "不低于5亿元", "不少于5亿元", "5亿元（含）以上", "5亿元(含)以上", "5亿元以上（含）"),
    *examples(money("100000000", "CNY", "at_least"), "亿元以上", "上亿元", "亿元及以上"),
    *examples(money("2000000", "CNY", "at_most"), "200万元以下", "200万元及以下", "不超过200万元",
              "最多200万元", "200万元以内", "最高可达200万元", "最高达200万元", "200万元（含）以下",
              "最高给予200万元", "最高奖励200万元"),
    *examples(money("50000000", "CNY", "less_than"), "不到5000万元", "不足5000万元", "少于5000万元",
              "低于5000万元"),
    *examples(money("3.04", "CNY", "at_least"), "3.04元以上", "至少三块零四"),
    # ranges
    *examples(money_range("100000000", "200000000", "CNY"), "1-2亿元", "1至2亿元", "1到2亿元", "1~2亿元",
              "1～2亿元", "一至二亿元", "1亿元至2亿元", "1亿元-2亿元", "1—2亿元"),
    *examples(money_range("30000000", "50000000", "USD"), "3000-5000万美元", "3000万至5000万美元",
              "3000万美元至5000万美元"),
    *examples(money_range("5.6", "5.78", "CNY"), "五元六角至五元七角八分"),
    # two neighbouring digits: "two or three ten-millions", a range
    *examples(money_range("20000000", "30000000", "CNY"), "两三千万元", "二三千万元"),
    *examples(money_range("2000000000", "3000000000", "CNY"), "二三十亿元"),
    *examples(money_range("120000", "130000", "CNY"), "十二三万元"),
    *examples(money_range("100000000", "200000000", "USD"), "一两亿美元"),
    # found by investparse.strategies: 块 after a numeral ending in 一, and before a range connector
    *examples(money("21", "CNY"), "二十一块", "二十一块钱"),
    *examples(money("101", "CNY"), "一百零一块"),
    *examples(money("0.01", "CNY"), "零点零一块", "零点零壹块"),
    *examples(money("3", "CNY"), "叁块"),
    *examples(money("3", "CNY", "approx"), "3块前后"),
    *examples(money("3", "CNY", "more_than"), "3块有余"),
    *examples(money_range("3", "5", "CNY"), "三块到五块", "3块至5块"),
    *examples(money_range("196000000", "392000000", "CNY"), "1.96亿块到3.92亿块",
              "壹点玖六亿块到叁点玖贰亿块"),
    # Traditional and full-width
    *examples(money("2500000000", "CNY", "approx"), "約25億元", "约２５亿元"),
    *examples(money("45000000", "CNY", "more_than"), "超過4500萬元", "超过４５００万元"),
    *examples(money("125000000", "CNY"), "１２，５００万元", "12,500万元"),
]

NEGATIVES: list[Negative] = [
    *negatives("数十亿元", "几百万元", "带动投资数千万元", note="vague amounts: no point value to give"),
    *negatives("签约项目", "签约仪式在重庆举行", "项目70余个", "12英寸", "2024年", "元旦", "元素", "一元化",
               note="no currency amount"),
    *negatives("渝ICP备20009753号-2", "渝公网安备50010802003588号", "京ICP证030173号",
               note="licence and registration numbers"),
    *negatives("电话：023-67158993", "+86-23-67158993", "联系电话13800138000", note="phone numbers"),
    *negatives("220kv变电站", "5G基站", "8.6代线", "28纳米工艺", "1092吨", "3000亩", "1.2万平方米",
               "120万千瓦", "新增就业岗位3000个", note="model numbers and quantities"),
    *negatives("单位：万元", "单位:亿元", "（单位：万元）", note="unit labels state no amount"),
    *negatives("一块土地", "两块屏幕", "在一块", "三角债", "毛利率", "综合得分85分", "5分钟", "十分重要",
               note="块/角/毛/分 that are not money"),
    *negatives("第一季度", "前三季度", "增长12%", "排名第三", "十四五规划", note="other kinds"),
    *negatives("签约金额", "元宇宙产业", "美元指数", "人民币汇率", note="currency words without an amount"),
]

XFAILS: list[Example] = [
    *examples(money("0.05", "CNY"), "五分钱", "5分钱",
              reason="分 standing alone is read as money only with a unit before it; 5分 is a score "
                     "or five minutes in reports"),
    *examples(money("3.14", "HKD"), "港币三个一毫四", reason="Cantonese 个 for the dollar unit is not read"),
]
