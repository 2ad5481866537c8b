"""Character tables for normalisation: width, Traditional forms, dashes, spaces, mojibake."""

from __future__ import annotations

# One character -> one character, applied to the whole text (offsets unchanged).
SINGLE_CHAR: dict[str, str] = {
    # Traditional numerals and units that the patterns are written in Simplified
    "億": "亿", "萬": "万", "兩": "两", "個": "个", "點": "点", "圓": "元",
    "負": "负", "餘": "余", "幾": "几", "貳": "贰", "陸": "陆", "倆": "俩",
    # Traditional forms of the characters of currency, qualifier, change, rank and
    # date words (港幣, 約, 超過, 將近, 高於, 增長, 減少, 全國, 進位, 3月6號, 前後)
    "幣": "币", "臺": "台", "歐": "欧", "鎊": "镑", "韓": "韩", "門": "门", "盧": "卢", "銖": "铢",
    "約": "约", "過": "过", "將": "将", "達": "达", "為": "为", "於": "于", "來": "来", "後": "后",
    "長": "长", "減": "减", "漲": "涨", "較": "较", "擴": "扩", "縮": "缩", "動": "动",
    "國": "国", "區": "区", "縣": "县", "內": "内", "進": "进", "號": "号", "連": "连", "續": "续",
    # dashes and tildes
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-", "−": "-", "﹣": "-", "﹘": "-",
    "〜": "~", "∼": "~", "〰": "~",
    # spaces
    "\u3000": " ", "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ",
    "\u2004": " ", "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ",
    "\u200a": " ", "\u202f": " ", "\u205f": " ",
    # percent signs
    "﹪": "%", "٪": "%",
}
# Full-width ASCII (U+FF01..U+FF5E) maps to ASCII, except these, which Chinese
# text uses as clause punctuation and which the segmenter reads as they are.
FULLWIDTH_KEEP = "，。；：！？（）、"
# ... but a full-width comma between full-width digits, before a group of exactly three
# (１２，５００), is their thousands separator, and becomes ",".
FULLWIDTH_THOUSANDS_SEPARATOR = "，"
# Characters that are dropped (zero-width spaces and joiners, word joiner, BOM, soft
# hyphen): scraped text hides them inside numbers ("1\u200b000").
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
# Characters that count as part of a number when deciding to drop a space next to a
# Han character ("1115.2 亿元" -> "1115.2亿元", "四点 五个百分点").
NUMERIC_EDGE = "0123456789%点"
# GBK lead bytes whose rows hold punctuation and symbols (quotes, dashes, full-width
# forms, shapes). Text written in GBK and decoded as one of MOJIBAKE_ENCODINGS shows
# these as two Latin characters ("¡°" for “); normalisation repairs them.
GBK_SYMBOL_LEAD_BYTES = range(0xA1, 0xAA)
MOJIBAKE_ENCODINGS = ("cp1252", "cp1250", "latin-1")
# Signs that European text writes directly before a word or a figure ("¡Éxito",
# "©Reuters", "£½m"). A mis-decoded pair that starts with one of them and goes on
# with an ASCII letter or digit, a capital letter or (after a currency sign) a
# fraction or superscript, or a pair of
# two cased letters ("Łąka"), could be ordinary text: it is repaired only when it
# touches another repaired pair ("ŁąŁĄ" for ９％).
EUROPEAN_PREFIX_SIGNS = "¡¢£¤¥§©"
CURRENCY_SIGNS = "¢£¤¥"

# Around a single phrase: what the phrase parsers strip before and after it (spaces,
# quotes, brackets, closing punctuation), so that " 40亿元。" is the phrase 40亿元.
PHRASE_LEAD = " \t\r\n\u3000\"'“”‘’(（["
PHRASE_TRAIL = " \t\r\n\u3000\"'“”‘’)）].,;:!?。，；：！？、"

# The Han script (Unicode's Script=Han: ideographs, radicals, 々 〇 and the rest), as
# ranges of code points, for patterns compiled by the standard library's ``re``, which
# has no ``\p{Han}``. Read off the ``regex`` module's ``\p{Han}`` (2026.11.19, Unicode
# 17); ``tests/test_patterns.py`` checks that the two agree. ``HAN_CLASS`` is the
# character class of them that both engines read.
HAN_RANGES: tuple[tuple[int, int], ...] = (
    (0x2E80, 0x2E99), (0x2E9B, 0x2EF3), (0x2F00, 0x2FD5), (0x3005, 0x3005), (0x3007, 0x3007),
    (0x3021, 0x3029), (0x3038, 0x303B), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFA6D),
    (0xFA70, 0xFAD9), (0x16FE2, 0x16FE3), (0x16FF0, 0x16FF6), (0x20000, 0x2A6DF),
    (0x2A700, 0x2B81E), (0x2B820, 0x2CEAD), (0x2CEB0, 0x2EBE0), (0x2EBF0, 0x2EE5D),
    (0x2F800, 0x2FA1D), (0x30000, 0x3134A), (0x31350, 0x33479),
)
HAN_CLASS = "[" + "".join(f"\\U{a:08x}" + (f"-\\U{b:08x}" if b > a else "") for a, b in HAN_RANGES) + "]"
