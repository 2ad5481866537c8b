"""English percent phrases with their values; negatives that must not be percents."""

from tests.corpus import examples, negatives, percent

KIND = "percent"

PP = "percentage_point"
INC, DEC = "increase", "decrease"

EXAMPLES = [
    *examples(percent("12.5"), "12.5%", "12.5 %", "12.5 percent", "12.5 per cent", "12.5 pct",
              "12.5 percentage", "12.5-percent"),
    *examples(percent("40"), "forty percent", "forty per cent", "40 percent"),
    *examples(percent("100"), "one hundred percent", "a hundred percent"),
    *examples(percent("120"), "one hundred and twenty percent", "a hundred and twenty per cent"),
    *examples(percent("-2.4"), "-2.4%", "minus 2.4 percent", "negative 2.4%"),
    *examples(percent("0.3"), "3‰", "3 per mille"),
    *examples(percent("3.2", PP), "3.2 percentage points", "3.2 pp", "3.2pp", "3.2 ppt",
              "3.2 percentage point", "3.2 percent points", "3.2 percentage-points"),
    *examples(percent("0.25", PP), "25 basis points", "25 bp", "25bps"),
    *examples(percent("9.7", change=INC), "increasing by 9.7%", "increased by 9.7%", "rose 9.7%",
              "rose by 9.7%", "grew 9.7%", "grew by 9.7%", "up 9.7%", "up by 9.7%",
              "a year-on-year increase of 9.7%", "an annual increase of 9.7%", "an increase of 9.7%",
              "a growth rate of 9.7%", "jumped 9.7%", "climbed 9.7%", "expanded by 9.7%",
              "a rise of 9.7%", "growing by 9.7%", "expanded 9.7%"),
    *examples(percent("6.1", change=DEC), "decreased by 6.1%", "fell 6.1%", "fell by 6.1%",
              "dropped 6.1%", "down 6.1%", "down by 6.1%", "declined 6.1%", "a decline of 6.1%",
              "a drop of 6.1%", "shrank 6.1%", "slid 6.1%", "dipped 6.1%", "tumbled 6.1%", "plummeted 6.1%"),
    *examples(percent("1.2", PP, INC), "rose 1.2 percentage points", "up 1.2 percentage points"),
    *examples(percent("0.5", PP, DEC), "fell 0.5 percentage points",
              "down 0.5 pp", "slowed by 0.5 percentage points", "narrowed by 0.5 percentage points"),
    *examples(percent("0.7", PP, INC), "accelerated by 0.7 percentage points", "widened by 0.7 pp",
              "accelerating by 0.7 percentage points"),
    *examples(percent("0.4", PP, DEC), "slowing by 0.4 percentage points"),
    *examples(percent("0.5", PP, DEC), "cut by 50 basis points"),
    *examples(percent("60", qualifier="more_than"), "topped 60%", "exceeded 60%", "more than 60%",
              "over 60%", "above 60 percent", "surpassed 60%"),
    *examples(percent("3", qualifier="approx"), "about 3%", "around 3 percent", "nearly 3%",
              "approximately 3%", "roughly 3 percent", "almost 3%"),
    *examples(percent("10", qualifier="at_least"), "at least 10%", "10% or more", "no less than 10%"),
    *examples(percent("5", qualifier="less_than"), "less than 5%", "under 5%", "below 5 percent"),
    *examples(percent("8", qualifier="at_most"), "up to 8%", "at most 8%", "no more than 8%"),
    *examples(percent("20"), "accounting for 20%", "reaches 20%", "rose to 20%", "reached 20%",
              "a share of 20%", "stood at 20%", "makes up 20%", "made up 20%", "taking up 20%",
              "went up to 20%"),
    *examples(percent(None, qualifier="range", low="5", high="20"), "5-20%", "5%-20%", "5 to 20 percent",
              "between 5% and 20%", "5% to 20%"),
    *examples(percent("100", change=INC), "doubled", "doubling"),
    # a number of times after an increase word: "by N times" as 增长N倍, "N-fold" to N times
    *examples(percent("250", change=INC), "increased by 2.5 times", "grew by 2.5 times", "rose by 2.5 times"),
    *examples(percent("300", change=INC), "increased by three times"),
    *examples(percent("150", change=INC), "grew 2.5-fold", "increased 2.5 fold", "2.5-fold increase",
              "2.5-fold rise"),
    *examples(percent("200", change=INC), "tripled", "trebled"),
    *examples(percent("300", change=INC), "quadrupled"),
    *examples(percent("100", change=INC, qualifier="approx"), "almost doubling", "nearly doubled"),
    *examples(percent("100", change=INC, qualifier="more_than"), "more than doubled",
              "more than double that of 2020"),
    *examples(percent("100", change=INC), "double the 2021 level", "twice that of a year earlier"),
    *examples(percent("200", change=INC, qualifier="approx"), "nearly triple the figure"),
    # a noun of change after the figure
    *examples(percent("4.4", change=INC), "4.4 percent increase", "4.4% rise", "4.4 percent growth",
              "4.4% year-on-year increase", "4.4-percent gain", "4.4 percent annual growth"),
    *examples(percent("4.4", change=DEC), "4.4 percent decrease", "4.4% drop", "4.4% year-on-year decline",
              "4.4-percent fall", "4.4 percent reduction"),
    *examples(percent("0.3", PP, DEC), "0.3 percentage point drop"),
    # comparatives with the figure's own past
    *examples(percent("6.4", change=INC), "6.4 percent more than in 2023", "6.4% higher than a year earlier",
              "6.4 percent higher than the same period last year"),
    *examples(percent("0.4", PP, DEC), "0.4 percentage points lower than a year earlier"),
    # perfect tenses, and growth that is a fall
    *examples(percent("2.6", change=INC), "grown by 2.6%", "grown 2.6%", "risen 2.6%", "risen by 2.6%"),
    *examples(percent("2.6", change=DEC), "fallen 2.6%", "fallen by 2.6%", "shrunk by 2.6%",
              "negative growth of 2.6%"),
    *examples(percent("5", change=DEC, qualifier="at_most"), "fell by as much as 5%"),
    # a rate of growth, and where growth moved to
    *examples(percent("8.8", change=INC), "grew at a rate of 8.8 percent",
              "growing at an annual rate of 8.8%", "growth slowed to 8.8 percent",
              "growth picked up to 8.8%"),
]

NEGATIVES = [
    *negatives("percent", "percentage points", "per cent", "the percentage", "a large percentage",
               "basis", "pp", note="units alone"),
    *negatives("rose 3 times this year", "three times a year", "times of growth", "a 2.5-fold",
               note="times without by, and -fold without an increase, count or compare"),
    *negatives("double promotion", "double first-class", "a double win", "triple helix",
               "doubles tennis", "double-digit", "double", "double the effort", "twice the size",
               note="multiplying words that are not changes"),
    *negatives("increased sharply", "rose steadily", "grew fast", "fell slightly", "year-on-year",
               "an increase", "a decline", "growth rate", note="change words without a figure"),
    *negatives("a 5-year increase", "3 years of growth",
               note="a noun of change after a number that is no figure"),
    *negatives("46.5 billion yuan", "in 2017", "115 new projects", "8.6th generation", "220kv",
               "the Fifth Expo", "No.1", "top 50", "12-inch", "5G", note="other kinds of number"),
    *negatives("https://example.org/search?q=50%20off", "see www.example.com/a%2Fb",
               "visit WWW.EXAMPLE.ORG/SALE%20NOW", "HTTPS://EXAMPLE.ORG/?Q=8%25",
               note="percent signs inside an address"),
    *negatives("percentages", "percentile", "per capita", "percolation", "pcts", "bpm", "ppm",
               "p.m.", "PPP projects", "BPO", note="look-alike words"),
    *negatives("first quarter", "second half", "one third", "a half", "two fifths", "3/4",
               "ten times", "twofold", "hundredfold", "a quarter", note="fractions and multiples"),
    *negatives("points", "3 points", "ranked second", "up three places", "down 2 spots", "rose to second",
               "up", "down", note="not percents"),
]

XFAILS: list = []
