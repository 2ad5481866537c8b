"""English rank phrases with their values; negatives (ordinals that are not ranks among them)."""

from tests.corpus import examples, negatives, rank

KIND = "rank"

EXAMPLES = [
    *examples(rank(2, scope="Sichuan province"), "ranked second in Sichuan province",
              "ranks second in Sichuan province", "ranking second in Sichuan province",
              "ranked 2nd in Sichuan province", "rank second in Sichuan province",
              "was ranked second in Sichuan province"),
    *examples(rank(1), "ranking first", "ranked first", "ranked top", "ranked number one", "came first"),
    *examples(rank(1, total=22, scope="Chongqing"), "ranked top among 22 urban districts of Chongqing",
              "ranked first among 22 districts of Chongqing"),
    *examples(rank(3, total=38), "ranked third among 38 counties"),
    *examples(rank(11), "ranked 11th", "ranking 11th", "ranked eleventh"),
    *examples(rank(5, scope="China"), "ranked fifth in China", "ranked 5th in China"),
    *examples(rank(8, scope="nationwide"), "ranked 8th nationwide", "ranking eighth nationwide"),
    *examples(rank(2, scope="worldwide"), "ranked second worldwide"),
    *examples(rank(9, scope="the country"), "ranked ninth in the country"),
    *examples(rank(top=50, scope="China"), "the top 50 in China", "top 50 in China"),
    *examples(rank(top=3), "top three", "the top three", "top 3"),
    *examples(rank(top=10), "ranked in the top 10", "ranks among the top ten"),
    *examples(rank(1), "No.1", "No. 1"),
    *examples(rank(4), "No. 4"),
    *examples(rank(change=1), "moving up one position", "moved up 1 place", "up one place",
              "climbed one spot"),
    *examples(rank(change=3), "up three places", "rose 3 places", "moving up three positions",
              "climbed three spots"),
    *examples(rank(change=-2), "down two places", "fell 2 places", "dropped two positions",
              "slipped two spots"),
    *examples(rank(7, change=2), "ranked seventh, up two places"),
    *examples(rank(12, change=3), "moved up three places to 12th", "climbed three spots to the 12th"),
    *examples(rank(8, change=-2), "dropped two places to 8th", "slipped two places to eighth"),
    *examples(rank(1, scope="the province"), "took first place in the province",
              "won first place in the province"),
    *examples(rank(3, total=18), "won third place among 18 cities",
              "secured the third place among 18 cities"),
    *examples(rank(3), "ranked third place", "came third place"),
]

NEGATIVES = [
    *negatives("in the first place", "first place to visit"),
    *negatives("the Fifth Expo", "the Third China E-commerce Summit", "the 40th anniversary",
               "8.6th generation", "the 6th generation line", "Firstly", "Secondly", "First, we will",
               "the first quarter", "the first half", "for the first time", "the first step",
               "first-tier cities", "first-class park", "double first-rate", "the second phase",
               "the 19th National Congress", "the third plenary session", "third-party services",
               "in the first place", "the first batch", "the second meeting", "the first round",
               "first of all", "at first", "a second look",
               note="ordinals that are not ranks"),
    *negatives("Fortune 500", "Global 500", "world's top 500", "Top 500 Enterprises of China",
               "world top 500 universities", "China's top 100 companies", note="list names"),
    *negatives("Line No. 3", "Building No. 5", "Document No. 12", "Room No. 2", note="numbers as names"),
    *negatives("ranking", "ranked", "the rankings", "top leader", "top priority", "at the top",
               "top-level design", "tops", note="no number"),
    *negatives("rose 5%", "up 5%", "fell 3 percent", "up 2 percentage points", "down 10%",
               "46.5 billion yuan", "in 2017", "115 projects", "three places",
               note="other kinds"),
    *negatives("the first project", "the second largest", "third parties", "ninth", "second",
               "a first", "first", "one second", "twentieth century", "the 1st of May",
               note="bare ordinals outside a ranking clause"),
]

XFAILS: list = []
