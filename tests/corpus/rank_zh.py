"""Chinese rank phrases with their values; negatives (ordinals that are not ranks among them)."""

from tests.corpus import examples, negatives, rank

KIND = "rank"

EXAMPLES = [
    *examples(rank(3, scope="全省"), "位居全省第三", "位列全省第三", "位居全省第3位", "居全省第三位",
              "全省排名第三", "排在全省第三", "全省第三名", "位居全省第三名", "名列全省第三"),
    *examples(rank(1, scope="全国"), "位居全国第一", "居全国首位", "位居全国首位", "全国排名第一",
              "排名全国第1"),
    *examples(rank(65, scope="全国"), "全国综评排名第65位", "全国综合排名第65位", "全国排名第65"),
    *examples(rank(65, scope="全国", change=20), "全国排名第65位,进位20", "全国排名第65位，进位20",
              "全国综评排名第65位、进位20位"),
    *examples(rank(8, scope="全市", change=3), "全市排名第8位,较上年前移3位"),
    *examples(rank(12, change=-2), "排名第12位,下降2位"),
    *examples(rank(2), "第2名", "第二名", "排名第二", "位列第2"),
    *examples(rank(10, scope="西部"), "位居西部第十", "西部排名第10位"),
    *examples(rank(5, scope="全省"), "跃居全省第五", "跃升至全省第5位", "稳居全省第五"),
    *examples(rank(3, total=22), "在22个区县中排名第3"),
    *examples(rank(5, total=13), "在13个设区市中排名第5", "在13个设区市中，排名第5"),
    *examples(rank(4, total=11), "在11个县（市、区）中位居第4", "在11个县(市、区)中位居第4"),
    # the total after the scope, and a scope before the total
    *examples(rank(1, total=11, scope="全省"), "居全省11个设区市首位", "位居全省11个地市第一"),
    *examples(rank(2, total=16, scope="全省"), "列全省16个市第2位", "全省16个市州中排名第2",
              "在全省16个市中排名第二"),
    # the total's noun, then what is ranked, then 中
    *examples(rank(21, total=113, scope="全省"), "在全省113个县（市、区）营商环境评估中排名第21位",
              "在全省113个县区高质量发展考核中排名第21位"),
    # a move after its base (比去年, 较上月) and its unit (个名次)
    *examples(rank(21, change=15), "排名第21位，比去年提升15个名次", "排名第21位，较上年前进了15位"),
    *examples(rank(6, scope="全省", change=-3), "位列全省第6，较去年下滑3位"),
    *examples(rank(2, scope="全省", change=3), "排名全省第2位，比一季度前移3位",
              "排名全省第2位，较去年同期前移3位"),
    *examples(rank(5, change=2), "排名第5位，较上半年提升2个位次"),
    # a ranking's frame names the scope
    *examples(rank(7, scope="全省"), "在全省开发区综合考核中，园区位列第7位", "在全省营商环境评价中排名第7",
              "在2025年度全省开发区考核中，园区排名第7位"),
    *examples(rank(top=2, scope="全省"), "居全省前两位", "位居全省前2位", "全省前两名"),
    *examples(rank(top=10, scope="全国"), "进入全国前十", "跻身全国前10", "位列全国前十强",
              "全国前10位"),
    *examples(rank(top=3), "前三名", "排名前三", "位居前三", "前3位", "跻身前三强"),
    *examples(rank(top=10, scope="全省"), "跻身全省十强", "进入全省10强", "迈入全省十强", "稳居全省十强"),
    *examples(rank(top=100, scope="全国"), "入选全国百强", "跻身全国百强"),
    *examples(rank(top=20, scope="全国"), "迈入全国城市前二十", "跻身全国城市前20"),
    *examples(rank(1, total=3), "居三次产业之首"),
    *examples(rank(1, scope="全省"), "居全省之首", "位居全省榜首"),
    *examples(rank(1), "位居榜首", "榜首", "排名首位"),
    *examples(rank(change=20), "进位20", "进位20位", "前移20位", "上升20位", "提升20个位次",
              "提升20位", "上升二十位"),
    *examples(rank(change=-4), "下降4位", "后退4位", "下滑4个位次", "后移4位"),
    *examples(rank(87, change=12), "由99位提升至87位", "从第99位上升到第87位", "由第99名提升至第87名"),
    *examples(rank(6, scope="全省", change=3), "全省排名由第9位提升至第6位", "由全省第9位跃升至第6位"),
    *examples(rank(12, change=5), "提升5个位次至第12位", "前移5位至第12位", "上升5位，至第12位",
              "进位5名，升至第12位"),
    *examples(rank(4, scope="全省", change=2), "提升2位，跃居全省第4位"),
]

NEGATIVES = [
    *negatives("实力增强", "综合实力较强", "十强企业", "百强名单", "增强10%",
               note="强 without a ranking verb before its number"),
    *negatives("第三届", "第五届博览会", "第一次", "第二批", "第六代", "第8.6代", "第一季度", "第二产业",
               "第三产业", "第一步", "第二个", "第一条", "第三款", "第十章", "第四节", "第二年",
               "第一天", "第三期", "第二轮", "第一阶段", "第一部分", "第一家", "第一台", "第三方",
               note="editions, generations, items, periods"),
    *negatives("第一，", "第二，", "第三、", "其一", "一是", "首先", "全市第一、二、三产业",
               note="list items"),
    *negatives("首台", "首个", "首站", "首次", "首批", "首发", "首届", "首位", "摆在首位", "放在首位",
               "全省首个", "首家", note="首 words that are not first place"),
    *negatives("前三季度", "前两年", "前5个月", "前十个月", "前一天", "前期", "前三天", "前一阶段",
               "以前", "目前", note="前 that is not a top list"),
    *negatives("世界500强", "中国500强", "全国百强县", "500强企业", "世界五百强", note="list names"),
    *negatives("全省位次", "排名靠前", "位居前列", "名列前茅", "第", "排名", "位居", note="no number"),
    *negatives("增长20%", "提高2个百分点", "40亿元", "2024年", "项目136个", "12英寸", "5G",
               "上升趋势", "进位", "第65", note="other kinds"),
]

XFAILS: list = []
