"""Chinese money phrases with their values; negatives that must not be money."""

from tests.corpus import examples, money, money_range, negatives

KIND = "money"

EXAMPLES = [
    *examples(money("4000000000", "CNY"), "40亿元", "四十亿元", "40億元", "４０亿元", "人民币40亿元"),
    *examples(money("2800000000", "CNY", "more_than"), "超28亿元", "超过28亿元", "逾28亿元"),
    *examples(money("100000000000", "CNY", "approx"), "近千亿元", "约1000亿元"),
    *examples(money("500000000", "CNY", "at_least"), "5亿元及以上", "5亿元以上"),
    *examples(money_range("100000000", "200000000", "CNY"), "1-2亿元", "1至2亿元"),
    *examples(money("104440000", "USD"), "10444万美元"),
]

NEGATIVES = [
    *negatives("签约项目", "项目70余个", "12英寸", "2024年", "元旦"),
]

XFAILS: list = []
