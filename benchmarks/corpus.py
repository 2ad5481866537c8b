"""Deterministic benchmark corpora: Chinese, English and mixed reports, and money phrases.

Everything here is generated from templated sentences written for this benchmark and
from the project's own sample report (``examples/sample_report.txt``); numbers,
dates, currencies, qualifiers and places vary with a seeded RNG, so two runs with the
same seed and size see the same text.

>>> text = make_corpus("mixed", 5_000, seed=1)
>>> len(text) >= 5_000
True
>>> text == make_corpus("mixed", 5_000, seed=1)
True
>>> len(make_phrases(100, seed=1))
100
"""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "sample_report.txt"

Gen = Callable[[random.Random], str]

# ---------------------------------------------------------------- vocabulary
ZH_CITIES = ["青溪市", "临江市", "东川区", "南屏县", "北湖新区", "云岭市", "西港经开区", "松原高新区"]
ZH_SUBJECTS = [
    "新能源电池材料项目", "智能网联汽车零部件产业园", "半导体封装测试基地", "生物医药创新中心",
    "冷链物流枢纽", "数据中心二期工程", "光伏组件生产线", "高端装备制造园", "文旅综合体",
]
ZH_METRICS = [
    "地区生产总值", "固定资产投资", "外贸进出口总值", "实际利用外资", "社会消费品零售总额",
    "规模以上工业增加值", "一般公共预算收入", "签约总金额",
]
ZH_CUR = ["元", "亿元", "万元", "美元", "亿美元", "万美元", "欧元", "港元", "日元", "英镑", "万亿元"]
ZH_QB = ["", "", "", "超", "近", "约", "逾", "超过", "突破", "将近"]
ZH_QA = ["", "", "", "", "以上", "及以上", "左右", "以下"]
ZH_SCOPE = ["全省", "全市", "全国", "全区"]
ZH_ORD = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
ZH_UP = ["增长", "提高", "上升", "增速达到"]
ZH_DOWN = ["下降", "减少", "回落"]

EN_CITIES = ["Qingxi", "Linjiang", "Dongchuan", "Nanping county", "Beihu New Area", "Yunling"]
EN_SUBJECTS = [
    "battery materials project", "auto parts industrial park", "chip packaging base",
    "biomedicine innovation centre", "cold-chain logistics hub", "data centre", "solar module line",
]
EN_METRICS = ["GDP", "fixed-asset investment", "total foreign trade", "paid-in foreign capital",
              "retail sales", "industrial output", "fiscal revenue"]
EN_SCALE = ["million", "billion", "thousand", "trillion"]
EN_CUR = ["yuan", "US dollars", "euros", "Hong Kong dollars", "yen", "pounds", "RMB"]
EN_SYM = ["US$", "$", "HK$", "€", "£", "RMB "]
EN_QB = ["", "", "", "about ", "more than ", "nearly ", "over ", "around ", "less than "]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_ORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
EN_WORDNUM = ["two", "three", "five", "twelve", "forty-two", "one hundred and twenty", "a"]


def _n(rng: random.Random, lo: float = 1, hi: float = 999, digits: int = 2) -> str:
    """A random number as written in a report: 45 / 1268.4 / 3,815 / 0.75."""
    style = rng.random()
    if style < 0.15:
        return f"{rng.randint(1000, 99999):,}"
    if style < 0.55:
        return str(rng.randint(int(lo), int(hi)))
    return f"{rng.uniform(lo, hi):.{rng.randint(1, digits)}f}"


def _pct(rng: random.Random) -> str:
    return f"{rng.uniform(0.1, 60):.1f}%"


def _zh_money(rng: random.Random) -> str:
    return rng.choice(ZH_QB) + _n(rng) + rng.choice(ZH_CUR) + rng.choice(ZH_QA)


def _en_money(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return rng.choice(EN_QB) + rng.choice(EN_SYM) + _n(rng) + " " + rng.choice(EN_SCALE)
    return rng.choice(EN_QB) + _n(rng) + " " + rng.choice(EN_SCALE) + " " + rng.choice(EN_CUR)


def _zh_date(rng: random.Random) -> str:
    y = rng.randint(2015, 2026)
    return rng.choice([
        f"{y}年", f"{y}年{rng.randint(1, 12)}月", f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日",
        "今年", "去年", f"今年1至{rng.randint(2, 11)}月", "前三季度", f"{y}年上半年", f"{y}年底",
        f"{y}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    ])


def _en_date(rng: random.Random) -> str:
    y = rng.randint(2015, 2026)
    m = rng.choice(EN_MONTHS)
    return rng.choice([
        f"in {y}", f"{m} {rng.randint(1, 28)}, {y}", f"on {m} {rng.randint(1, 28)}", "this year",
        "last year", f"from January to {m} this year", f"the first quarter of {y}",
        f"the end of {y}", f"since {y}",
    ])


# ---------------------------------------------------------------- sentence templates
def _zh_sentences() -> list[Gen]:
    c, s, m = ZH_CITIES, ZH_SUBJECTS, ZH_METRICS
    return [
        lambda r: f"{_zh_date(r)}，{r.choice(c)}新签约招商项目{r.randint(5, 200)}个，"
                  f"签约总金额{_zh_money(r)}，同比{r.choice(ZH_UP)}{_pct(r)}。",
        lambda r: f"{_zh_date(r)}，总投资{_zh_money(r)}的{r.choice(s)}在{r.choice(c)}开工，"
                  f"预计{r.randint(2025, 2030)}年底建成投产。",
        lambda r: f"{_zh_date(r)}，全市{r.choice(m)}达到{_zh_money(r)}、{r.choice(ZH_UP)}{_pct(r)}，"
                  f"总量位居{r.choice(ZH_SCOPE)}第{r.choice(ZH_ORD)}位，较上年前移{r.randint(1, 9)}位。",
        lambda r: f"{r.choice(c)}{r.choice(m)}{r.choice(ZH_DOWN)}{_pct(r)}，"
                  f"低于全市平均水平{r.uniform(0.1, 5):.1f}个百分点。",
        lambda r: f"其中{_zh_money(r)}项目{r.randint(2, 60)}个，{r.choice(s)}完成投资{_zh_money(r)}。",
        lambda r: f"据介绍，该{r.choice(s)}由{r.choice(['华信', '联创', '鼎元', '科瑞'])}集团投资建设，"
                  f"达产后年产值可达{r.randint(2, 80)}亿元，带动就业{r.randint(300, 5000)}人。",
        lambda r: f"截至{_zh_date(r)}，累计引进外资{_zh_money(r)}，其中{r.choice(c)}占比{_pct(r)}。",
        lambda r: f"会议强调，要持续优化营商环境，推动{r.choice(s)}早落地、早投产、早见效。",
        lambda r: f"{r.choice(c)}{r.choice(m)}增速位列{r.choice(ZH_SCOPE)}前{r.choice(ZH_ORD)}，"
                  f"连续{r.randint(2, 9)}年保持两位数增长。",
    ]


def _en_sentences() -> list[Gen]:
    c, s, m = EN_CITIES, EN_SUBJECTS, EN_METRICS
    return [
        lambda r: f"{_en_date(r).capitalize()}, {r.choice(c)} signed {r.randint(5, 200)} investment projects "
                  f"with a combined value of {_en_money(r)}, up {_pct(r)} year on year.",
        lambda r: f"Construction began {_en_date(r)} on a {_n(r)}-{r.choice(EN_SCALE)}-yuan {r.choice(s)} "
                  f"in {r.choice(c)}, which is expected to open at the end of {r.randint(2025, 2030)}.",
        lambda r: f"The city's {r.choice(m)} reached {_en_money(r)} {_en_date(r)}, "
                  f"increasing by {_pct(r)}.",
        lambda r: f"{r.choice(c)} ranked {r.choice(EN_ORD)} in the province in {r.choice(m)}, "
                  f"moving up {r.choice(EN_WORDNUM[:4])} places.",
        lambda r: f"{r.choice(m).capitalize()} fell {_pct(r)} to {_en_money(r)}, "
                  f"{r.uniform(0.1, 5):.1f} percentage points below the provincial average.",
        lambda r: f"Officials said the {r.choice(s)} would create {r.choice(EN_WORDNUM)} thousand jobs "
                  f"and bring in {_en_money(r)} of annual output.",
        lambda r: f"{r.choice(c)} is among the top {r.choice([10, 20, 50, 100])} counties nationwide, "
                  f"with {r.choice(m)} of between {_n(r)} and {_n(r, 1000, 2000)} million yuan.",
        lambda r: "The report stressed the need to keep improving the business environment and to "
                  f"speed up the {r.choice(s)}.",
    ]


def _mixed_sentences() -> list[Gen]:
    return [
        lambda r: f"{r.choice(['Micro OLED', 'SiC MOSFET', 'AI服务器', 'HJT电池'])}项目总投资{_zh_money(r)}，"
                  f"其中引进{r.choice(['Tesla', 'BASF', 'Siemens', 'Bosch'])}等外资{_en_money(r)}。",
        lambda r: f"{r.choice(ZH_CITIES)} ({r.choice(EN_CITIES)}) 的 {r.choice(ZH_METRICS)} 为 "
                  f"{_n(r)} 亿元, up {_pct(r)} YoY.",
    ]


def _paragraph(rng: random.Random, gens: list[Gen]) -> str:
    out = []
    for _ in range(rng.randint(2, 6)):
        sentence = rng.choice(gens)(rng)
        out.append(sentence + ("" if sentence.endswith("。") and rng.random() < 0.7 else " "))
    return "".join(out).rstrip()


def _report(rng: random.Random, lang: str) -> str:
    """One report: a headline, a dateline and paragraphs, now and then the sample report."""
    y, mo, d = rng.randint(2018, 2026), rng.randint(1, 12), rng.randint(1, 28)
    zh, en, mx = _zh_sentences(), _en_sentences(), _mixed_sentences()
    if lang == "zh":
        stamp = f"{y}-{mo:02d}-{d:02d} {rng.randint(8, 18)}:30"
        head = f"{rng.choice(ZH_CITIES)}招商引资工作通报\n{stamp}  发布\n\n"
        pools = [zh]
    elif lang == "en":
        head = f"{rng.choice(EN_CITIES)} Reports Investment Momentum\n{rng.choice(EN_MONTHS)} {d}, {y}\n\n"
        pools = [en]
    else:
        head = f"{rng.choice(ZH_CITIES)} Investment Brief 投资简报\n{y}-{mo:02d}-{d:02d}\n\n"
        pools = [zh, en, mx]
    paras = [_paragraph(rng, rng.choice(pools)) for _ in range(rng.randint(3, 10))]
    return head + "\n\n".join(paras) + "\n"


def _sample_parts() -> dict[str, str]:
    """The project's sample report, split into its Chinese and English halves."""
    text = SAMPLE.read_text(encoding="utf-8") if SAMPLE.exists() else ""
    split = text.find("Qingxi Reports")
    if split < 0:
        return {"zh": text, "en": "", "mixed": text}
    return {"zh": text[:split], "en": text[split:], "mixed": text}


def make_corpus(lang: str, size: int, seed: int = 0) -> str:
    """At least ``size`` characters of ``lang`` ("zh", "en", "mixed") reports, deterministic."""
    if lang not in ("zh", "en", "mixed"):
        raise ValueError(f"unknown corpus language {lang!r}")
    rng = random.Random(f"{lang}:{seed}")
    sample = _sample_parts()[lang]
    parts: list[str] = []
    total = 0
    while total < size:
        piece = sample if sample and rng.random() < 0.08 else _report(rng, lang)
        parts.append(piece)
        parts.append("\n")
        total += len(piece) + 1
    return "".join(parts)


def make_reports(lang: str, count: int, size: int, seed: int = 0) -> list[str]:
    """``count`` separate reports of about ``size`` characters each (for batch runs)."""
    return [make_corpus(lang, size, seed=seed * 100_003 + i) for i in range(count)]


def make_phrases(count: int, seed: int = 0) -> list[str]:
    """``count`` single money phrases, Chinese and English, in many shapes."""
    rng = random.Random(f"phrases:{seed}")
    shapes: list[Gen] = [
        _zh_money,
        _en_money,
        lambda r: f"{r.randint(1, 9)}-{r.randint(10, 99)}{r.choice(['亿元', '万元', '亿美元'])}",
        lambda r: f"{r.choice(['人民币', 'RMB '])}{_n(r)}{r.choice(['元', '万元', '亿元'])}",
        lambda r: f"{r.choice(['两', '三', '五', '十二', '一百二十'])}{r.choice(['万', '亿', '千万'])}元",
        lambda r: f"{r.choice(['近', '超', '约'])}{r.choice(['千', '百', '万'])}亿元",
        lambda r: f"between {r.choice(EN_SYM)}{r.randint(1, 9)} and "
                  f"{r.choice(EN_SYM)}{r.randint(10, 99)} million",
        lambda r: f"{r.choice(EN_WORDNUM)} {r.choice(EN_SCALE)} {r.choice(EN_CUR)}",
        lambda r: f"{_n(r)}{r.choice(['余', '多'])}亿元",
        lambda r: f"USD {_n(r)} {r.choice(['million', 'bn', 'k'])}",
    ]
    return [rng.choice(shapes)(rng) for _ in range(count)]
