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
