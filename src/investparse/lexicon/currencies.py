"""Currencies: one row per ISO 4217 code with every way reports write it.

``words`` are names written after the number (``40亿元``, ``46.5 billion yuan``) and,
where ``words_before`` is set, also before it (``人民币50元``, ``RMB 5 million``).
``symbols`` stand before or after the number (``$10``, ``10$``). ``codes`` are matched
case-sensitively (``USD 3``, ``3 USD``); lower-case aliases go in ``words``.
English words are matched case-insensitively. ``minor`` names the subunits written
after the amount (``五元三毛``, ``20 dollars 43 cents``) with how many make one unit;
``MINOR_GENERIC`` holds the subunit words every currency accepts.

To add a currency, add a row and an example in ``tests/corpus/money_*.py``. A code that
is also a brand or an acronym written beside numbers is left out of ``codes`` (AMD
processors, COP28, RON 95 petrol): the currency is then read from its names only.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import numerals as _num
from . import qualifiers as _qual
from . import text as _text


@dataclass(frozen=True)
class Currency:
    code: str
    words: tuple[str, ...] = ()
    words_before: tuple[str, ...] = ()
    symbols: tuple[str, ...] = ()
    codes: tuple[str, ...] = ()
    minor: tuple[tuple[str, int], ...] = ()


CURRENCIES: tuple[Currency, ...] = (
    Currency(
        "CNY",
        words=("元", "圆", "块", "块钱", "元人民币", "人民币元", "人民币", "人民幣",
               "yuan", "yuans", "renminbi",
               "rmb", "chinese yuan", "yuan renminbi", "cny"),
        words_before=("人民币", "人民幣", "rmb", "renminbi"),
        symbols=("¥", "￥", "CN¥", "RMB¥"),
        codes=("CNY", "RMB"),
        minor=(("角", 10), ("毛", 10), ("分", 100)),
    ),
    Currency(
        "USD",
        words=("美元", "美金", "美圆", "us dollars", "us dollar", "u.s. dollars", "u.s. dollar",
               "american dollars", "united states dollars", "dollars", "dollar", "usd", "us$"),
        words_before=("美元", "usd", "usd$", "us $", "u.s $", "u.s. $"),
        symbols=("US$", "U.S.$", "$"),
        codes=("USD",),
        minor=(("美分", 100),),
    ),
    Currency(
        "HKD",
        words=("港元", "港币", "港幣", "hong kong dollars", "hong kong dollar", "hk dollars", "hkd"),
        words_before=("港币", "港幣", "港元", "hk $", "hkd$"),
        symbols=("HK$",),
        codes=("HKD",),
        minor=(("毫", 10), ("仙", 100)),
    ),
    Currency("EUR", words=("欧元", "歐元", "euros", "euro", "eur", "€ur"), words_before=("欧元",),
             symbols=("€",), codes=("EUR",), minor=(("欧分", 100),)),
    Currency("GBP", words=("英镑", "英鎊", "pounds sterling", "pound sterling", "british pounds",
                           "pounds", "pound", "gbp", "sterling"),
             symbols=("£",), codes=("GBP",), minor=(("pence", 100), ("penny", 100), ("p", 100))),
    Currency("JPY", words=("日元", "日圆", "日圓", "円", "japanese yen", "yen", "jpy"),
             symbols=("JP¥",), codes=("JPY",), minor=(("日本銭", 100), ("銭", 100), ("sen", 100))),
    Currency("KRW", words=("韩元", "韓元", "韩币", "korean won", "krw", "won"), symbols=("₩",),
             codes=("KRW",)),
    Currency("TWD", words=("新台币", "新臺幣", "新台幣", "台币", "new taiwan dollars", "taiwan dollars",
                           "twd"),
             symbols=("NT$",), codes=("TWD",)),
    Currency("MOP", words=("澳门元", "澳门币", "澳門幣", "patacas", "pataca"), symbols=("MOP$",),
             codes=("MOP",)),
    Currency("AUD", words=("澳元", "澳币", "australian dollars", "australian dollar", "aud"),
             words_before=("aud$",), symbols=("A$", "AU$"), codes=("AUD",)),
    Currency("CAD", words=("加元", "加币", "加拿大元", "canadian dollars", "canadian dollar", "cad"),
             words_before=("cad$",), symbols=("C$", "CA$", "c $"), codes=("CAD",)),
    Currency("NZD", words=("新西兰元", "纽元", "new zealand dollars", "new zealand dollar", "nzd"),
             words_before=("nzd$",), symbols=("NZ$",), codes=("NZD",)),
    Currency("SGD", words=("新加坡元", "新元", "singapore dollars", "singapore dollar", "sgd"),
             symbols=("S$",), codes=("SGD",)),
    Currency("CHF", words=("瑞士法郎", "瑞郎", "swiss francs", "swiss franc", "chf"), codes=("CHF",)),
    Currency("RUB", words=("卢布", "盧布", "rubles", "ruble", "roubles", "rouble", "rub"), symbols=("₽",),
             codes=("RUB",)),
    Currency("INR", words=("印度卢比", "卢比", "rupees", "rupee", "inr"), symbols=("₹", "Rs.", "Rs"),
             codes=("INR",), minor=(("paise", 100), ("paisa", 100))),
    Currency("MYR", words=("林吉特", "马币", "malaysian ringgits", "malaysia ringgits", "malaysian ringgit",
                           "malaysia ringgit", "ringgits", "ringgit", "myr"),
             words_before=("malaysian ringgits", "malaysia ringgits", "malaysian ringgit", "malaysia ringgit",
                           "ringgits", "ringgit"),
             symbols=("RM",), codes=("MYR",), minor=(("sen", 100), ("sens", 100))),
    Currency("THB", words=("泰铢", "泰銖", "baht", "thb"), symbols=("฿",), codes=("THB",)),
    Currency("VND", words=("越南盾", "dong", "vnd"), symbols=("₫",), codes=("VND",)),
    Currency("IDR", words=("印尼盾", "rupiah", "idr"), symbols=("Rp",), codes=("IDR",)),
    Currency("PHP", words=("菲律宾比索", "philippine pesos", "philippine peso", "php"), symbols=("₱",),
             codes=("PHP",)),
    Currency("KZT", words=("坚戈", "tenge", "kzt"), symbols=("₸",), codes=("KZT",)),
    Currency("AED", words=("迪拉姆", "dirhams", "dirham", "aed"), codes=("AED",)),
    Currency("SAR", words=("沙特里亚尔", "saudi riyals", "saudi riyal", "saudiriyal", "sar"), codes=("SAR",)),
    Currency("QAR", words=("卡塔尔里亚尔", "qatari riyals", "qatari riyal", "qar"), codes=("QAR",)),
    Currency("KWD", words=("科威特第纳尔", "kuwaiti dinars", "kuwaiti dinar", "kwd"), codes=("KWD",)),
    Currency("EGP", words=("埃及镑", "egyptian pounds", "egyptian pound", "egyptianpound", "geneh",
                           "genihat masriya", "l.e.", "l.e", "le", "egp"), codes=("EGP", "LE")),
    Currency("LBP", words=("黎巴嫩镑", "lebanese pounds", "lebanese pound", "lbp"), codes=("LBP",)),
    Currency("ILS", words=("谢克尔", "shekels", "shekel", "sheqels", "ils"), symbols=("₪",), codes=("ILS",)),
    Currency("TRY", words=("土耳其里拉", "里拉", "turkish lira", "lira", "liras"), symbols=("₺",),
             codes=("TRY",)),
    Currency("MXN", words=("墨西哥比索", "mexican pesos", "mexican peso"), words_before=("mxn$", "mex$"),
             symbols=("MX$",), codes=("MXN",)),
    Currency("BRL", words=("雷亚尔", "reais", "real brasileiro", "brazilian reais"), symbols=("R$",),
             codes=("BRL",)),
    Currency("ZAR", words=("兰特", "rand", "zar"), codes=("ZAR",)),
    Currency("NGN", words=("奈拉", "naira", "ngn"), symbols=("₦",), codes=("NGN",)),
    Currency("UAH", words=("格里夫纳", "hryvnias", "hryvnia", "uah"), symbols=("₴",), codes=("UAH",),
             minor=(("kopiykas", 100), ("kopiyka", 100), ("kopecks", 100))),
    Currency("MNT", words=("图格里克", "tugriks", "tugrik", "togrog", "mnt"), symbols=("₮",), codes=("MNT",)),
    Currency("BGN", words=("列弗", "leva", "lev", "bgn"), codes=("BGN",)),
    Currency("GEL", words=("拉里", "lari", "gel"), symbols=("₾",), codes=("GEL",)),
    Currency("LAK", words=("基普", "kip", "lak"), symbols=("₭",), codes=("LAK",)),
    Currency("LKR", words=("斯里兰卡卢比", "sri lankan rupees", "sri lankan rupee", "lkr"), symbols=("ரூ",),
             codes=("LKR",)),
    Currency("CRC", words=("科朗", "colones", "colon", "crc"), symbols=("₡",), codes=("CRC",)),
    Currency("PKR", words=("巴基斯坦卢比", "pakistani rupees", "pkr"), codes=("PKR",)),
    Currency("SEK", words=("瑞典克朗", "swedish kronor", "swedish krona", "sek"), codes=("SEK",)),
    Currency("NOK", words=("挪威克朗", "norwegian kroner", "norwegian krone", "nok"), codes=("NOK",)),
    Currency("DKK", words=("丹麦克朗", "danish kroner", "danish krone", "dkk"), codes=("DKK",)),
    Currency("PLN", words=("兹罗提", "zloty", "zlotys", "pln"), symbols=("zł",), codes=("PLN",)),
    Currency("HUF", words=("匈牙利福林", "福林", "forints", "forint"), codes=("HUF",)),
    Currency("CZK", words=("捷克克朗", "czech korunas", "czech koruna", "korunas", "koruny", "koruna",
                           "czech crowns"), symbols=("Kč",), codes=("CZK",)),
    Currency("RON", words=("罗马尼亚列伊", "列伊", "romanian lei", "romanian leu", "lei")),
    Currency("RSD", words=("塞尔维亚第纳尔", "serbian dinars", "serbian dinar"), codes=("RSD",)),
    Currency("BYN", words=("白俄罗斯卢布", "belarusian rubles", "belarusian ruble"), codes=("BYN",)),
    Currency("KHR", words=("柬埔寨瑞尔", "瑞尔", "riels", "riel"), symbols=("៛",), codes=("KHR",)),
    Currency("MMK", words=("缅甸元", "缅元", "kyats", "kyat"), codes=("MMK",)),
    Currency("BDT", words=("孟加拉塔卡", "塔卡", "taka", "takas"), symbols=("৳",), codes=("BDT",)),
    Currency("NPR", words=("尼泊尔卢比", "nepalese rupees", "nepalese rupee"), codes=("NPR",)),
    Currency("BND", words=("文莱元", "brunei dollars", "brunei dollar"), symbols=("B$",), codes=("BND",)),
    Currency("UZS", words=("乌兹别克斯坦苏姆", "苏姆", "uzbek soums", "uzbek som", "soums"), codes=("UZS",)),
    Currency("KGS", words=("吉尔吉斯斯坦索姆", "索姆", "kyrgyz soms", "kyrgyz som"), codes=("KGS",)),
    Currency("TJS", words=("塔吉克斯坦索莫尼", "索莫尼", "somoni"), codes=("TJS",)),
    Currency("AZN", words=("阿塞拜疆马纳特", "azerbaijani manats", "azerbaijani manat"), symbols=("₼",),
             codes=("AZN",)),
    Currency("AMD", words=("亚美尼亚德拉姆", "armenian drams", "armenian dram"), symbols=("֏",)),
    Currency("IRR", words=("伊朗里亚尔", "iranian rials", "iranian rial"), symbols=("﷼",), codes=("IRR",)),
    Currency("OMR", words=("阿曼里亚尔", "omani rials", "omani rial"), codes=("OMR",)),
    Currency("BHD", words=("巴林第纳尔", "bahraini dinars", "bahraini dinar"), codes=("BHD",)),
    Currency("JOD", words=("约旦第纳尔", "jordanian dinars", "jordanian dinar"), codes=("JOD",)),
    Currency("IQD", words=("伊拉克第纳尔", "iraqi dinars", "iraqi dinar"), codes=("IQD",)),
    Currency("DZD", words=("阿尔及利亚第纳尔", "algerian dinars", "algerian dinar"), codes=("DZD",)),
    Currency("MAD", words=("摩洛哥迪拉姆", "moroccan dirhams", "moroccan dirham"), codes=("MAD",)),
    Currency("ETB", words=("埃塞俄比亚比尔", "ethiopian birr", "birr"), codes=("ETB",)),
    Currency("KES", words=("肯尼亚先令", "kenyan shillings", "kenyan shilling"), symbols=("KSh",),
             codes=("KES",)),
    Currency("TZS", words=("坦桑尼亚先令", "tanzanian shillings", "tanzanian shilling"), codes=("TZS",)),
    Currency("UGX", words=("乌干达先令", "ugandan shillings", "ugandan shilling"), codes=("UGX",)),
    Currency("ARS", words=("阿根廷比索", "argentine pesos", "argentine peso"), codes=("ARS",)),
    Currency("CLP", words=("智利比索", "chilean pesos", "chilean peso"), codes=("CLP",)),
    Currency("COP", words=("哥伦比亚比索", "colombian pesos", "colombian peso")),
    Currency("PEN", words=("秘鲁索尔", "peruvian soles", "peruvian sol"), codes=("PEN",)),
    Currency("FJD", words=("斐济元", "fijian dollars", "fijian dollar"), symbols=("FJ$",), codes=("FJD",)),
)

# Subunits every currency accepts after its amount: "3 CHF 4 cents", "$20 and 43c".
MINOR_GENERIC: tuple[tuple[str, int], ...] = (("cents", 100), ("cent", 100), ("c", 100))
# The currency whose subunits also stand alone, without the unit (两毛五, 2角).
BARE_MINOR_CURRENCY = "CNY"
# Currency words after which a bare digit is tenths (一块二 = 1.2, 三块零四 = 3.04).
COLLOQUIAL_TENTHS_AFTER = ("块",)
# Unit words that keep a currency named before the number: 港币12亿元 is HKD, not CNY.
GENERIC_UNIT_AFTER = ("元", "圆")
# Written after subunits standing alone: 三毛钱.
MINOR_SUFFIX = "钱"
# Labels that make what follows a column unit, not an amount: 单位：万元, Unit: million yuan.
UNIT_LABELS = ("单位", "單位", "金额单位", "币种", "unit", "units", "in")
# A prefix on an ISO code that scales the amount: "30 MUSD", "MEUR 120" (millions).
CODE_SCALE_PREFIXES: dict[str, int] = {"M": 10**6}

# Guards on single-character currency words that are also parts of other words:
# word -> (lookbehind, lookahead) regex pieces. 元旦 is New Year's Day, 元素 an element;
# 块 is a piece (一块土地, 在一块) unless written after a numeral (a 一 that ends a longer
# numeral counts: 二十一块, 零点零一块) and followed by no Han
# character other than its subunits, 钱, a qualifier or a range connector (三块, 3.04块以上,
# 一块二, 三块到五块). The numeral characters (any form: 叁块, 零点零壹块) and the heads
# of the Chinese qualifiers after a number (3块前后) come from their tables. The money
# pattern is compiled by the standard library's re: the pieces use only what it reads
# (a Han character is one of text.HAN_CLASS; re knows no \p{Han}).
_NUMERAL_CHARS = "".join(sorted(
    k for t in (_num.ZH_DIGITS, _num.ZH_SMALL_UNITS, _num.ZH_BIG_UNITS) for k, v in t.items() if v != 1
))
_ONE_CHARS = "".join(k for k, v in _num.ZH_DIGITS.items() if v == 1)
_QUALIFIER_HEADS = "".join(sorted({w[0] for w in _qual.AFTER if not w.isascii()}))
_KUAI_BEHIND = (rf"(?:(?<=[\d{_NUMERAL_CHARS}])"
                rf"|(?<=[\d{_NUMERAL_CHARS}{_ONE_CHARS}点][{_ONE_CHARS}])"
                rf"|(?<=[{_ONE_CHARS}])(?=块[钱零一二两三四五六七八九\d]))")
WORD_GUARDS: dict[str, tuple[str, str]] = {
    "元": ("", "(?![旦素宵件器首帅老月年气化])"),
    "块": (_KUAI_BEHIND,
          rf"(?!(?![零一二两三四五六七八九角毛分钱{_QUALIFIER_HEADS}多余至到]){_text.HAN_CLASS})"),
    "块钱": (_KUAI_BEHIND, ""),
    "円": ("", ""),
    # "won" is a verb too ("12 won awards"): a currency only after a scale word
    "won": ("(?:(?<=(?i:illion) )|(?<=(?i:housand) ))", ""),
}
