"""What an amount is: the project or the metric its clause names.

Chinese: a project named after ``的`` (``总投资40亿元的X项目``), else the metric written
before the amount in its clause (``实现外贸进出口总值310.2亿元`` -> ``外贸进出口总值``).
English: the thing ``with an investment of`` belongs to, the noun phrase before a
linking verb (``the investment in fixed assets was``), or the phrase after the amount
(``9.5 billion yuan of domestic money``).

>>> from investparse import parse_document
>>> doc = parse_document("总投资45亿元的青溪电池材料产业园项目落地。")
>>> doc.records[0].subject
'青溪电池材料产业园项目'
"""

from __future__ import annotations

import re

import regex

from . import comparison
from ._patterns import HAN, Lazy, alt
from .found import Linked
from .lexicon import changes as ch_lex
from .lexicon import links as lex
from .lexicon import numerals as num_lex
from .segment import Span

_ZH_NUMERAL_DIGITS = "".join(k for k, v in num_lex.ZH_DIGITS.items() if v) + "".join(num_lex.ZH_SMALL_UNITS)
_ZH_MAGNITUDES = "".join(num_lex.ZH_BIG_UNITS)
#: how far (in characters) from the amount a subject is looked for
WINDOW = 240
#: the length of the verb a comparison base's phrase may end in (比上年增收, than 2020 by)
_BASE_VERB_CHARS = 4
_ZH_HARD_STOP = Lazy(r"[，。；;,!?！？…\n（(]")
_ZH_STOP_VERB = Lazy(alt(lex.ZH_SUBJECT_STOP_VERBS))
_ZH_MID_VERB = Lazy(alt(lex.ZH_MID_VERBS))
_ZH_PROJECT = Lazy(alt(lex.ZH_PROJECT_NOUNS))
#: (the next item's amount: digits, or a Chinese numeral and its magnitude: 、总投资三十五亿元的)
_ZH_NEXT_ITEM = Lazy(
    rf"[{lex.ZH_LIST_JOINERS}](?=[^\d，。；]{{0,12}}?(?:\d|[{_ZH_NUMERAL_DIGITS}]++[{_ZH_MAGNITUDES}]))")
_ZH_PREVIOUS_CUT = Lazy(alt(lex.ZH_PREVIOUS_CLAUSE_CUTS))
_HAN_ONLY = Lazy(r"[\p{Han}A-Za-z]++")
_ZH_BUILD = Lazy(rf"(?:{alt(lex.ZH_BUILD_VERBS)})(?P<np>[^，。；;,!?！？…\n（(]{{2,40}})")
_ZH_PROJECT_END = Lazy(alt(lex.ZH_PROJECT_NOUNS) + "$")
_ZH_BARE_METRICS = frozenset(lex.ZH_BARE_METRICS)
#: the words trimmed off a subject's start and end, and their lengths, longest first (a
#: look-up of the text's first and last few characters per length: what a longest-first
#: alternation anchored there removes)
_ZH_TRIM_START = frozenset(lex.ZH_SUBJECT_TRIM_START)
_ZH_TRIM_END = frozenset(lex.ZH_SUBJECT_TRIM_END)
_ZH_TRIM_START_LENGTHS = sorted({len(w) for w in _ZH_TRIM_START}, reverse=True)
_ZH_TRIM_START_FIRSTS = frozenset(w[0] for w in _ZH_TRIM_START)
_ZH_TRIM_END_LASTS = frozenset(w[-1] for w in _ZH_TRIM_END)
_ZH_TRIM_END_LENGTHS = sorted({len(w) for w in _ZH_TRIM_END}, reverse=True)


_TRIM_START_ROUNDS = 3
_TRIM_END_ROUNDS = 2


def _trimmed(s: str) -> str:
    """``s`` without the longest trim word it starts with (and those after it, up to
    ``_TRIM_START_ROUNDS``: 将力争全年), then the longest it ends with (and the one before
    that: 提高到每人每年).

    >>> _trimmed("其中实现进出口总额为"), _trimmed("将力争全年工业总产值")
    ('进出口', '工业总产值')
    """
    for _ in range(_TRIM_START_ROUNDS):
        if not (s[:1] in _ZH_TRIM_START_FIRSTS and not s.startswith(lex.ZH_SUBJECT_KEEP_START)):
            break  # (most names start with no trim word: one look)
        for n in _ZH_TRIM_START_LENGTHS:
            if len(s) >= n and s[:n] in _ZH_TRIM_START:
                s = s[n:]
                break
        else:
            break
    for _ in range(_TRIM_END_ROUNDS):  # (提高到每人每年)
        if s[-1:] not in _ZH_TRIM_END_LASTS:
            break
        for n in _ZH_TRIM_END_LENGTHS:
            if len(s) >= n and s[len(s) - n:] in _ZH_TRIM_END:
                s = s[:len(s) - n]
                break
        else:
            break
    return s

_QUOTES = Lazy(r"[“”\"'‘’《》「」]")
_NAME_QUOTES = Lazy(r"[“”\"‘’「」]")
_EDGE = " \t\n,，、:：;；.。\"“”'‘’()（）【】〔〕[]-—•·*"

_EN_VERBS = alt({*lex.EN_SUBJECT_VERBS, *lex.EN_OBJECT_VERBS})
_EN_AUXILIARIES = ("is", "are", "was", "were", "will", "has", "have", "had")
_EN_PLANNED = ("expected", "planned", "set")
#: the verb (or change words) a clause's text before its amount ends in: matched right to
#: left from the end, leftmost-longest (POSIX), which is where a search for the earliest
#: match that ends there starts ("saw an increase of": " an increase of", not " of"); a
#: search tried at every position of a long clause cost ten times as much
_EN_TRAILING_VERB = Lazy(
    # (a whole word: not the end of "share" or "cost-free")
    rf"(?i:\s*+(?<![A-Za-z])(?:{alt(_EN_AUXILIARIES)}\s+{alt(_EN_PLANNED)}\s+to|will|would|"
    rf"{_EN_VERBS}"
    # (and a change word: "GDP increased by", "exports saw an increase of")
    rf"|(?<![A-Za-z])(?:{alt(ch_lex.PREFIX_EN)}\s++)?{alt(ch_lex.EN, ascii_boundary=True)}"
    rf"(?:\s++{alt(ch_lex.MOVE_FROM_EN, ascii_boundary=True)})?))\s*+",
    regex.REVERSE | regex.POSIX,
)


def _without_trailing_verb(np: str) -> str:
    """``np`` without the verb (or change words) it ends in.

    >>> _without_trailing_verb("total investment in the park is expected to")
    'total investment in the park'
    >>> _without_trailing_verb("Logistics revenue saw an increase of")
    'Logistics revenue saw'
    """
    # (the verbs are looked up as the text's word-led endings, longest first: what the
    # pattern, matched right to left leftmost-longest, finds, at a fraction of its cost)
    end = len(np.rstrip())
    if "  " in np or not np[:end].isprintable():  # (white space the pattern spans: rare)
        m = _EN_TRAILING_VERB.match(np)
        return np if m is None else np[:m.start()]
    low = np[:end].lower()
    if low[-1:] not in _TRAILING_LASTS:
        return np
    found = -1
    lo = max(0, end - _TRAILING_LONGEST)
    i = end
    while i > lo:  # (each word start back from the end: after a space, a hyphen, or none)
        j = max(low.rfind(" ", lo, i - 1), low.rfind("-", lo, i - 1))
        i = j + 1 if j >= 0 else lo
        if (i == 0 or not "a" <= low[i - 1] <= "z") and low[i:] in _TRAILING_PHRASES:
            found = i
        if j < 0:
            break
    return np if found < 0 else np[:found].rstrip()


def _trailing_phrases() -> frozenset[str]:
    """The phrases of :data:`_EN_TRAILING_VERB`, lowered."""
    phrases = {f"{a} {p} to" for a in _EN_AUXILIARIES for p in _EN_PLANNED} | {"will", "would"}
    phrases |= {w.lower() for w in (*lex.EN_SUBJECT_VERBS, *lex.EN_OBJECT_VERBS)}
    for c in ch_lex.EN:
        for lead in ("", *(f"{p} " for p in ch_lex.PREFIX_EN)):
            phrases.add(f"{lead}{c}".lower())
            phrases.update(f"{lead}{c} {mv}".lower() for mv in ch_lex.MOVE_FROM_EN)
    return frozenset(phrases)


_TRAILING_PHRASES = _trailing_phrases()
_TRAILING_LONGEST = max(map(len, _TRAILING_PHRASES))
_TRAILING_LASTS = frozenset(p[-1] for p in _TRAILING_PHRASES)
_EN_WITH = Lazy(
    r"(?i:^(?P<x>.*?)\s*+\bwith\s+(?P<noun>(?:(?:an?|the|a\s+total|its|each)\s+)?"
    r"[\w'’-]+(?:\s+[\w'’-]+){0,3}?)(?:\s+of)?\s*+$)")
_EN_PASSIVE = Lazy(r"(?i)\b(?:was|were|has been|have been|is|are)\s+\w+ed\b")
_EN_ACTIVE = Lazy(
    r"(?i)\b(?:has|have|had)?\s*(?:signed|achieved|attracted|introduced|completed|received|"
    r"secured|won|landed|reached|made|there\s+were|there\s+are|there\s+was)\s+")
_EN_TRIM_START = Lazy(r"(?i)^(?:" + alt(lex.EN_SUBJECT_TRIM_START) + r"(?:\s+|$))+")
_EN_AFTER = Lazy(
    # (past the amount restated in brackets: "45 billion yuan ($6.2 billion) in a complex")
    r"(?i)^\s*+(?:\([^()]{0,40}+\)\s*+)?" + alt(lex.EN_FOLLOWING_PREPOSITIONS) + r"\s+(?P<np>[^,;.]+)")
_ADJECTIVAL = Lazy(r"\d-[A-Za-z]+(?:-[A-Za-z]+)*+$")
_EN_NP_AFTER = Lazy(
    r"\s++(?P<np>(?:(?!" + alt(lex.EN_NP_END, ascii_boundary=True) + r")[\w'’()-]++\s*+){1,8}+)")
_PROPER = Lazy(r"^[A-Z][\w-]*$")
_POSSESSIVE_LEFT = Lazy(rf"^\s*+{alt(lex.EN_POSSESSIVE)}(?![A-Za-z])")
#: a colon after a speech verb opens a quote, not a value: "He said: ...", 他表示：
_SPEECH = Lazy(rf"(?:{alt(lex.SPEECH_VERBS_ZH)}|(?i:(?<![A-Za-z]){alt(lex.SPEECH_VERBS_EN)}))\s*+$")
#: a label and its colon right before an amount: a few words, no digit, no clause mark
_LABEL_REACH = 40
_LABEL = Lazy(r"(?:^|(?<=[，。；;,.!?！？\n]))\s*+(?P<label>[^，。；：;:,.!?！？\n\d]{2,30}?)\s*+[:：]\s*+$")
_WS = Lazy(r"\s+")


def en_names(before: str) -> list[str]:
    """The names of an English list before its verb ("Exports and imports were"), for
    amounts marked as respective; one name when the text lists none.

    >>> en_names("In 2024, exports, imports and services were")
    ['exports', 'imports', 'services']
    >>> en_names("Investment in roads, schools and hospitals was")
    ['Investment in roads', 'Investment in schools', 'Investment in hospitals']
    >>> en_names("Among the deals, a mill, a port and a plant will receive investment of")
    ['mill', 'port', 'plant']
    """
    np = _tidy(before.rsplit(",", 1)[-1] if _EN_LIST_SPLIT.search(before) is None else before)
    for _ in range(3):
        cut = _tidy(_without_trailing_verb(np))
        if cut == np:
            break
        np = cut
    # (a leading date or connective clause is no name: "In 2024, ")
    head = _EN_NOT_SUBJECT.match(np)
    if head is not None and "," in np:
        np = _tidy(np.split(",", 1)[1])
    names = [_tidy(_EN_TRIM_START.sub("", n)) for n in _EN_LIST_SPLIT.split(np)]
    # (the last name up to its verb: "... and a blade plant will receive investment of")
    verb = _EN_NAME_VERB.search(names[-1]) if len(names) > 1 else None
    if verb is not None and verb.start() > 0:
        names[-1] = _tidy(names[-1][:verb.start()])
    # (a head noun and its preposition before the first name only: "Investment in roads,
    # schools and hospitals" lists what the investment is in)
    shared = _EN_SHARED_HEAD.match(names[0]) if len(names) > 1 else None
    if shared is not None and all(n and " " not in n and n[:1].islower() for n in names[1:]):
        names = [names[0], *(shared.group("head") + n for n in names[1:])]
    return names


_EN_NAME_VERB = Lazy(rf"(?i:(?<![A-Za-z])(?:{alt(_EN_AUXILIARIES)}|{_EN_VERBS})(?![A-Za-z]))")
_EN_SHARED_HEAD = Lazy(rf"(?P<head>[A-Za-z][A-Za-z'’-]*+(?:\s++[A-Za-z][A-Za-z'’-]*+)?\s++"
                       rf"(?i:{alt(lex.EN_FOLLOWING_PREPOSITIONS)})\s++)[a-z]")


def tidy_zh(name: str) -> str:
    """A Chinese name as a subject: white space squeezed, edges and trim words cut.

    >>> tidy_zh("全年出口")
    '出口'
    """
    return _tidy(_trimmed(_tidy(name)))


def _tidy(s: str) -> str:
    # (printable text holds no white space but the ASCII space: without two in a row,
    # squeezing white space would change nothing)
    if not (s.isprintable() and "  " not in s):
        s = _WS.sub(" ", s)
    return s.strip(_EDGE)


def _before_text(text: str, m: Linked, clause: Span, mentions: list[Linked]) -> str:
    """The clause text before the amount, starting after any earlier mention in it, dates cut out."""
    start = max(clause.start, m.start - WINDOW)
    pieces: list[str] = []
    base = False  # whether the last date cut out is a comparison base
    for other in mentions:
        if other.end <= m.start and other.end > start and other.start >= start:
            if other.kind == "date":
                # a comparison base goes with its word: 比上年, compared with 2023
                lead = comparison.lead_start(text, start, other.start)
                base = lead is not None or comparison.is_base(text, other.start, other.end)
                pieces.append(text[start:other.start if lead is None else lead])
            start = other.end
    rest = text[start:m.start]
    # (and with the verb that the base's phrase ends in: 比上年增收12亿元, 较2023年增加)
    if not (base and len(rest.strip()) <= _BASE_VERB_CHARS):
        pieces.append(rest)
    return "".join(pieces)


_ZH_AWARD_AFTER = Lazy(rf"的?(?P<n>\p{{Han}}{{0,{lex.ZH_AWARD_QUALIFIER}}}?(?:{alt(lex.ZH_AWARD_NOUNS)}))")


def _zh_subject(text: str, m: Linked, sent: Span, clause: Span, mentions: list[Linked]) -> str | None:
    award = _ZH_AWARD_AFTER.match(text, m.end, min(clause.end, m.end + 12))
    if award is not None:
        return award.group("n")  # (给予最高500万元奖励: the incentive)
    after = text[m.end:min(sent.end, m.end + WINDOW)]
    if after.startswith("的") and not after[1:2].isdigit():  # (not a share: 210亿元的88.6%)
        tail = after[1:]
        stop = _ZH_HARD_STOP.search(tail)
        tail = tail[: stop.start()] if stop else tail
        # (not into the next item of a list: 30亿元的光伏项目、总投资12亿元的冷链项目)
        item = _ZH_NEXT_ITEM.search(tail)
        if item is not None:
            tail = tail[: item.start()]
        verb = _ZH_STOP_VERB.search(tail, 2)
        if verb:
            tail = tail[: verb.start()]
        ends = [p.end() for p in _ZH_PROJECT.finditer(tail)]
        if ends:
            tail = tail[: ends[-1]]
        # (a quoted name's quotes go, as before the amount: 的“华芯封测基地”项目; a title's
        # marks stay: 《…》)
        tail = _tidy(_NAME_QUOTES.sub("", tail[:40]))
        if tail:
            return tail
    before = _QUOTES.sub("", _before_text(text, m, clause, mentions))
    before = _tidy(before)
    built = _ZH_BUILD.match(after)
    if built is not None and before.endswith(lex.ZH_INVEST_VERBS):
        # (投资35亿元建设智能终端产业园: what is built, not who invests)
        tail = built.group("np")
        verb = _ZH_STOP_VERB.search(tail, 2)
        if verb:
            tail = tail[: verb.start()]
        ends = [p.end() for p in _ZH_PROJECT.finditer(tail)]
        tail = _tidy(tail[: ends[-1]] if ends else tail)[:40]
        if len(tail) >= 2:
            return tail
    for _ in range(3):
        trimmed = _tidy(_trimmed(before))
        if trimmed == before:
            break  # nothing more to trim: another round would change nothing
        before = trimmed
    if before.startswith(lex.ZH_ANAPHORA):  # 该项目总投资: the project the sentence before names
        project = _project_in_sentence_before(text, sent)
        if project:
            return project
    if before in _ZH_BARE_METRICS:  # 产业园项目，总投资85亿元: the project the clause before names
        project = _project_before(text, sent, clause)
        if project:
            return project
    counted = _counted_before(text, sent, clause, mentions) if before in _ZH_COUNTED_METRICS else None
    if counted is not None:
        return counted + before  # (实施省市重点项目836个，完成投资2865亿元)
    # (who did it and the verb of doing: 规模以上工业企业实现营业收入: 规模以上工业企业营业收入)
    verb = _ZH_MID_VERB.search(before, 2)
    if verb is not None and len(before) - verb.end() >= 2:
        before = before[:verb.start()] + before[verb.end():]
    noun = _ZH_PROJECT.match(after)
    if noun and noun.group() in ("项目", "企业"):
        # (新签约亿元以上项目: the projects signed; 产值超亿元企业: a metric of the firms)
        metric = before and len(before) <= 4 and _ZH_STOP_VERB.search(before) is None
        before = noun.group() + before if metric else before + noun.group()
    before = before[-30:]
    return before or _zh_previous_clause_noun(text, sent, clause)


def _zh_previous_clause_noun(text: str, sent: Span, clause: Span) -> str | None:
    """The noun the clause before ``clause`` opens with, up to its verb, for a clause of a
    verb and its amount alone (全市出口额创下单月新高，达128.6亿元: 出口额), else None.

    >>> t = "全市出口额创下单月新高，达128.6亿元。"
    >>> _zh_previous_clause_noun(t, Span(0, len(t)), Span(12, len(t)))
    '出口额'
    """
    head = text[max(sent.start, clause.start - WINDOW):clause.start].rstrip(" \t")
    if not head or head[-1] not in lex.ZH_NAME_SEPARATORS:
        return None
    prev = _ZH_HARD_STOP.split(head[:-1])[-1]
    if head[-1] in "：:":
        # (a label: 城镇居民人均可支配收入：48562元, the whole of it)
        label = _tidy(_trimmed(_tidy(prev)))
        return label if 2 <= len(label) <= 20 and _HAN_ONLY.fullmatch(label) else None
    cut = _ZH_PREVIOUS_CUT.search(prev)
    if cut is None or cut.start() < 2:
        return None
    name = _tidy(_trimmed(_tidy(prev[:cut.start()])))
    return name if 2 <= len(name) <= 20 and _HAN_ONLY.fullmatch(name) else None


_ZH_LOCATIVE = Lazy(alt(lex.ZH_LOCATIVES))
_ZH_PROJECT_NOUNS = frozenset(lex.ZH_PROJECT_NOUNS)
_QUOTED_BACK = Lazy(r"[“\"「](?P<name>[^“”\"「」\n]{1,30}+)[”\"」]$")
_ZH_NAME_BACK = Lazy(r"[^，。；;,!?！？…\n\s的、（）()“”\"]{2,30}", regex.REVERSE)


def _project_in_sentence_before(text: str, sent: Span) -> str | None:
    """The last project named in the sentence before ``sent`` (the name back from its
    project noun to a mark or 的), else None.

    >>> t = "由省建工承建的青石光伏电站项目举行竣工仪式。该项目总投资3亿元。"
    >>> _project_in_sentence_before(t, Span(22, len(t)))
    '青石光伏电站项目'
    """
    lo = max(0, sent.start - WINDOW)
    ends = [p.end() for p in _ZH_PROJECT.finditer(text, lo, sent.start)]
    if not ends:
        return None
    name = _ZH_NAME_BACK.search(text, lo, ends[-1])
    if name is None or name.end() != ends[-1]:
        return None
    found = name.group()
    # (“西部数据谷”项目于……开工: the quoted name before its noun)
    quoted = _QUOTED_BACK.search(text, lo, name.start())
    if quoted is not None and quoted.end() == name.start():
        found = quoted.group("name") + found
    # (……铜管项目在园区开工: the project before where it lands)
    head = _ZH_LOCATIVE.split(found, maxsplit=1)[0]
    if head != found and _ZH_PROJECT_END.search(head):
        found = head
    found = _tidy(_trimmed(_tidy(found)))
    # (a project noun alone names none: 园区环境优美。项目一期投资……)
    return found if found and found not in _ZH_PROJECT_NOUNS else None


_ZH_COUNTED_METRICS = frozenset(lex.ZH_COUNTED_METRICS)
_ZH_COUNTED = Lazy(
    rf"(?P<np>[^，。；;,!?！？…\n\d]{{2,24}}?(?:{alt(lex.ZH_COUNTED_NOUNS)}))"
    rf"(?:{alt(lex.ZH_COUNT_LEADS)})?\d[\d,，]*+(?:多|余)?个[ \t]*+[，,]$")
_ZH_COUNT_VERB_CUT = Lazy(rf"^(?:{alt(lex.ZH_COUNT_VERBS_CUT)})++")


def _counted_before(text: str, sent: Span, clause: Span, mentions: list[Linked]) -> str | None:
    """The name of the projects the clause right before ``clause`` counts (实施省市重点项目836
    个，), after any date in it, its verbs of doing cut, else None.

    >>> t = "实施省市重点项目836个，完成投资2865亿元。"
    >>> _counted_before(t, Span(0, len(t)), Span(13, len(t)), [])
    '省市重点项目'
    """
    lo = max(sent.start, clause.start - 48)
    head = text[lo:clause.start].rstrip(" \t")
    m = _ZH_COUNTED.search(head)
    if m is None:
        return None
    start = lo + m.start("np")
    for d in mentions:  # (绵阳近两年成功签约招商引资项目: after the date)
        if d.kind == "date" and start <= d.start and d.end <= lo + m.end("np"):
            start = d.end
    np = _tidy(_trimmed(_tidy(_ZH_HARD_STOP.split(text[start:lo + m.end("np")])[-1])))
    np = _tidy(_ZH_COUNT_VERB_CUT.sub("", np))
    return np if len(np) >= 2 + min(len(w) for w in lex.ZH_COUNTED_NOUNS) else None


#: how far before its sentence a project's name is looked for (see _project_before)
_NAME_BEFORE_REACH = 60


def _project_before(text: str, sent: Span, clause: Span) -> str | None:
    """The project named by the clause right before ``clause``, when that clause is a name
    ending in a project noun (``……产业园项目，``), else None."""
    head = text[max(sent.start, clause.start - WINDOW):clause.start].rstrip(" \t")
    if not head or head[-1] not in lex.ZH_NAME_SEPARATORS:
        return None
    # (a quoted name stands alone: “城东污水处理厂扩建工程”，计划总投资18.5亿元)
    quoted = _QUOTED_BACK.search(head, 0, len(head) - 1)
    name = _ZH_HARD_STOP.split(head[:-1])[-1]
    if quoted is not None and quoted.end() == len(head) - 1:
        return _tidy(quoted.group("name"))[-40:] or None
    if name.lstrip().startswith(lex.ZH_BY_MARKERS) and not name.lstrip().startswith(lex.ZH_BY_NOT):
        # (储能电池项目，由某企业投资建设，总投资65亿元: the name before who builds it; and
        # before the sentence, when it opens with them: ——新材料项目。由某集团投资，总投资45亿元)
        rest = head[:len(head) - 1 - len(name)].rstrip(" \t")
        if not rest:
            rest = text[max(0, sent.start - _NAME_BEFORE_REACH):sent.start].rstrip(" \t\n")
            if not rest.endswith(lex.ZH_NAME_SENTENCE_ENDS):
                return None
        elif rest[-1] not in lex.ZH_NAME_SEPARATORS:
            return None
        name = _ZH_HARD_STOP.split(rest[:-1])[-1]
    name = _NAME_QUOTES.sub("", name)
    if _ZH_PROJECT_END.search(name) is None:
        return None
    return _tidy(_trimmed(_tidy(name)))[-40:] or None


def _en_subject(text: str, m: Linked, sent: Span, clause: Span, mentions: list[Linked]) -> str | None:
    # (a possessive left by the date cut out before it: "This year's investment target")
    before = _tidy(_POSSESSIVE_LEFT.sub("", _before_text(text, m, clause, mentions)))
    limit = clause.end if clause.end > m.end else sent.end
    if _ADJECTIVAL.search(text, m.start, m.end) or _ARTICLE_BEFORE.search(text, max(0, m.start - 4), m.start):
        # "a 4.5-billion-yuan auto parts park": the amount qualifies the noun after it
        np_m = _EN_NP_AFTER.match(text, m.end, min(limit, m.end + WINDOW))
        if np_m and _tidy(np_m.group("np")):
            return _tidy(np_m.group("np"))
    built = _EN_BUILD.match(text, m.end, min(limit, m.end + WINDOW))
    if built is not None and _EN_INVEST_BEFORE.search(before):
        # ("will invest 2.5 billion euros to expand its research center": what is built)
        obj = _object_after(text, built.start("np"), built.group("np"), mentions)
        if obj:
            return obj
    after_np = _EN_AFTER.match(text[m.end:min(limit, m.end + WINDOW)])
    if after_np is not None and _date_at(mentions, m.end + after_np.start("np")):
        after_np = None  # "12 billion yuan in 2024": the phrase after it is its period
    # (a relative clause: "The plant, which was built with an investment of": the noun before it)
    relative = _EN_RELATIVE.match(before)
    if relative is not None:
        before = before[relative.end():]
    with_m = _EN_WITH.match(before)
    if with_m and (x0 := _tidy(with_m.group("x"))) and _bare_np(x0) and (
            _tidy(_without_trailing_verb(with_m.group("noun"))) != _tidy(with_m.group("noun"))):
        with_m = None  # ("Trade with Central Asian countries reached": a noun's own "with")
    if with_m:
        noun = _tidy(_without_trailing_verb(_tidy(_EN_TRIM_START.sub("", with_m.group("noun")))))
        x = _tidy(with_m.group("x"))
        if ((relative is not None and (not x or _EN_STARTS_AUXILIARY.match(x)))
                or _PARTICIPLE_ONLY.fullmatch(x)):
            # ("The railway, built with an investment of": the noun the participle is of)
            x = _antecedent(text, sent, clause) or x
        if not x:
            x = _previous_clause(text, sent, clause)
        return _with_subject(noun, x)
    if after_np is not None and _EN_OBJECT_VERB.search(before) and (
            obj := _object_after(text, m.end + after_np.start("np"), after_np.group("np"), mentions)):
        return obj
    np = _before_dash_aside(text, sent, m.start) or before
    for _ in range(3):
        cut = _tidy(_without_trailing_verb(np))
        if cut == np:
            break  # no trailing verb left: another round would change nothing
        np = cut
    # (who said it: "The bureau said that exports reached")
    said = list(_EN_SAID.finditer(np))
    if said:
        np = _tidy(np[said[-1].end():])
    # (who did it: "the county achieved a GDP of", "the zone attracted foreign capital of":
    # the verb's object is what the amount is)
    verb_object = _EN_VERB_OBJECT.match(np)
    having = (_EN_HAVING.match(np) if verb_object is None and _EN_HAVING_WORD.search(np) is not None
              else None)
    if verb_object is not None:
        np = verb_object.group("obj")
        seen = _EN_SEEN_OWN.match(np)
        if seen is not None and (doer := _EN_SEEING_DOER.match(np_before := _tidy(
                verb_object.string[:verb_object.start("obj")]))) is not None:
            # ("Nanchang saw its GDP exceed": the doer's metric)
            owner = _tidy(_EN_TRIM_START.sub("", doer.group("doer")))
            metric = _tidy(np[seen.end():])
            if owner and metric and _bare_np(owner) and np_before:
                np = f"{metric} of {owner}"
    elif having is not None:
        # ("The project will have an annual output value of": the value; "will involve an
        # investment of": what the project costs, the project)
        obj = _tidy(_EN_TRIM_START.sub("", having.group("obj")))
        np = (having.group("doer") or "") if obj.lower() in lex.EN_WITH_GENERIC_NOUNS else obj
    np = _tidy(_EN_DANGLING.sub("", _tidy(_EN_TRIM_START.sub("", np))))  # ("Investment in [dates] and")
    if (not np or np.lower() in lex.EN_WEAK_SUBJECTS or _PROPER.match(np)) and after_np:
        at = m.end + after_np.start("np")
        found = after_np.group("np")
        return _tidy(found[:_until_date(at, found, mentions)])[:120] or None
    if relative is not None and (not np or _PARTICIPLE_ONLY.fullmatch(np)):
        return _antecedent(text, sent, clause)  # ("The plant, which opened with 3 billion yuan")
    if not np and after_np is None:
        return _before_aside(text, sent, clause)
    if np.lower() in lex.EN_WEAK_SUBJECTS:
        return None  # ("it drew ...": a pronoun names nothing)
    if _PARTICIPLE_ING.fullmatch(np):
        # ("Hong Kong remained the largest source, contributing HK$9.8 billion": a participle
        # alone is of the noun that opens the clause before)
        prev = _previous_clause(text, sent, clause)
        verb = _EN_CLAUSE_VERB.search(prev)
        # (from the start of the verb's word: "[A-Za-z]ed" matches inside "remained")
        head = (_tidy(_EN_TRIM_START.sub("", prev[:prev.rfind(" ", 0, verb.start()) + 1]))
                if verb is not None else "")
        return head if head and _bare_np(head) else None
    if np[:1].islower() and _EN_LIST_END.search(np):
        # ("Exports of electric vehicles, lithium batteries and solar cells totaled": the
        # list's last items; the noun they are of opens the clause before)
        prev = _comma_clause_before(text, sent, clause)
        if _EN_OF.search(prev) and _bare_np_loose(prev):
            np = f"{prev}, {np}"
    return np[-120:].lstrip() or None


_EN_LIST_SPLIT = Lazy(r"\s*+,\s*+(?:and\s++)?|\s++and\s++")
_EN_ASIDE = Lazy(rf"(?i:{alt([*lex.EN_ASIDE_LEADS, *ch_lex.EN], ascii_boundary=True)})(?![A-Za-z])")
_EN_NOT_SUBJECT = Lazy(
    rf"(?i:{alt([*lex.EN_NOT_SUBJECT_LEADS, *lex.HEAD_DATE_WORDS], ascii_boundary=True)})(?![A-Za-z])")
_EN_CLAUSE_VERB = Lazy(
    rf"(?i:(?<![A-Za-z])(?:{_EN_VERBS}|{alt(ch_lex.EN, ascii_boundary=True)})(?![A-Za-z])|[A-Za-z]ed\b|\d)")
_EN_CHANGE_VERB = Lazy(rf"(?i:(?<![A-Za-z]){alt(ch_lex.EN, ascii_boundary=True)})(?![A-Za-z])")
#: the most words a bare noun phrase naming a subject has
_NP_WORDS = 8


_EN_COUNT_OBJECT = Lazy(
    rf"\d[\d,]*+(?:\s++[a-z-]++){{0,2}}?\s++(?i:{alt(lex.COUNT_NOUNS_EN, ascii_boundary=True)})(?![A-Za-z])")


#: how far before an amount's clause the clauses of its noun and asides are read
_ASIDE_REACH = 300


def _before_aside(text: str, sent: Span, clause: Span) -> str | None:
    """The subject a clause of an amount alone ("..., totaled 56 billion yuan") takes from
    the clauses before it: the bare noun phrase before any asides ("Exports, up 4.4 percent,
    totaled"), or the object of the clause right before ("signed 12 projects, totaling")."""
    from .segment import clauses

    # (the clauses of the last stretch before it only: a long run of amounts would read the
    # whole sentence once per amount; the first clause of a stretch cut short is left out)
    lo = max(sent.start, clause.start - _ASIDE_REACH)
    before = clauses(text, Span(lo, clause.start, sent.paragraph))
    if lo > sent.start and before:
        before.pop(0)
    while before and _EN_ASIDE.match(_tidy(before[-1].text(text))):
        before.pop()  # (", up 4.4 percent,": an aside between the noun and its amount)
    appositive = None
    if (len(before) >= 2 and _EN_APPOSITIVE.match(_tidy(before[-1].text(text)))
            and _bare_np_loose(_tidy(before[-2].text(text)))):
        # ("Investment from Hong Kong, the largest source, was": the noun before it)
        appositive = before.pop()
    if not before:
        return None
    np = _tidy(before[-1].text(text))
    if appositive is not None and _tidy(_EN_TRIM_START.sub("", np)).lower() in lex.EN_WEAK_SUBJECTS:
        # ("The largest, a new plant for robots, involves": the appositive names it)
        return _tidy(_EN_TRIM_START.sub("", _tidy(appositive.text(text)))) or None
    active = list(_EN_ACTIVE.finditer(np))
    if active:  # (the clause right before names the figure's noun as its object)
        obj = _tidy(_EN_TRIM_START.sub("", np[active[-1].end():]))
        if not obj[:1].isdigit() or _EN_COUNT_OBJECT.match(obj):
            return obj or None
        # (its object is a figure, not a count: "Sales reached 350 billion yuan, and are
        # expected to exceed ...": the noun before its verb)
        np = np[:active[-1].start()]
    change = _EN_CHANGE_VERB.search(np)
    if change is not None:  # ("Exports grew 8 percent, reaching": the noun the change is of)
        np = np[:change.start()]
    np = _tidy(_EN_TRIM_START.sub("", np))
    # (its prepositions are no verbs: "Trade with ASEAN, ..., totaled")
    if not _bare_np_loose(np):
        return None
    return np


#: the prepositions inside a bare noun phrase ("Trade with ASEAN"): no verbs there
_EN_NP_PREPOSITION = Lazy(r"(?i)\b(?:of|with|in|from|to|for|at)\b")
_EN_APPOSITIVE = Lazy(rf"(?i:{alt(lex.EN_APPOSITIVE_LEADS, ascii_boundary=True)})\s")


_EN_DASH = Lazy(r"\s(?:--|[-–—])\s")
_DASH_NEAR = re.compile(r"\s(?:--|[-–—])\s")
_CLOSING_DASH_REACH = 32
_DASH_REACH = 200


def _before_dash_aside(text: str, sent: Span, at: int) -> str | None:
    """The text before an aside between dashes that closes right before ``at`` (after a
    verb or two), or None: 'Exports of "new three" products - cars, batteries - rose'.

    >>> t = "Sales of new products - cars and batteries - rose 5%"
    >>> _before_dash_aside(t, Span(0, len(t)), 50)
    'Sales of new products'
    """
    # (the closing dash stands a word or two before ``at``: most texts have none there)
    if _DASH_NEAR.search(text, max(sent.start, at - _CLOSING_DASH_REACH), at) is None:
        return None
    lo = max(sent.start, at - _DASH_REACH)
    dashes = list(_EN_DASH.finditer(text, lo, at))
    if len(dashes) < 2 or len(text[dashes[-1].end():at].split()) > 2:
        return None
    opening = dashes[-2]
    clause_start = max(text.rfind(",", lo, opening.start()), text.rfind(";", lo, opening.start())) + 1
    np = _tidy(text[max(lo, clause_start):opening.start()])
    return np if _bare_np(np) or _EN_OF.search(np) else None


_EN_OF = Lazy(r"(?i)\bof\b")
_EN_LIST_END = Lazy(r"\s(?:and|or)\s")


def _bare_np_loose(np: str) -> bool:
    """:func:`_bare_np`, with the prepositions inside it no verbs ("Trade with ASEAN")."""
    return bool(np) and not _EN_NOT_SUBJECT.match(np) and _bare_np(_EN_NP_PREPOSITION.sub(" ", np))


def _bare_np(np: str) -> bool:
    """Whether ``np`` is a bare noun phrase: no verb, no leading date or connective, few words."""
    return bool(np) and not (_EN_NOT_SUBJECT.match(np) or _EN_CLAUSE_VERB.search(np)
                             or len(np.split()) > _NP_WORDS)


_EN_SAID = Lazy(rf"(?i:(?<![A-Za-z]){alt([*lex.SPEECH_VERBS_EN, *lex.EN_REPORTING_VERBS])})"
                rf"(?:\s++(?i:on|in)\s++[^,]{{0,20}}?)?(?:\s++(?i:that))?\s++"
                rf"(?!(?i:{alt(lex.SPEECH_NOT_BEFORE_EN, ascii_boundary=True)})(?![A-Za-z]))")
#: an active verb of getting after its doer, and its object (not a passive: "were signed
#: on site"; not an adjective opening the phrase: "Utilized foreign capital")
_EN_SEEN_OWN = Lazy(rf"(?i:{alt(lex.EN_POSSESSIVE_DETERMINERS)})\s++")
_EN_SEEING_DOER = Lazy(
    rf"(?i:(?P<doer>.*?\S)\s++(?:(?:has|have|had)\s++)?{alt(lex.EN_SEEING_VERBS, ascii_boundary=True)})$")
_EN_VERB_OBJECT = Lazy(
    rf"(?i:.*\S\s++(?<!(?:{alt(lex.EN_PASSIVE_AUXILIARIES)})\s)"
    # (nor a participle after a determiner: "has a registered capital of")
    rf"(?<!(?<![A-Za-z])(?:{alt(lex.EN_DETERMINERS)})\s)(?:{alt(lex.EN_OBJECT_VERBS)}))\s++"
    rf"(?!(?i:{alt(lex.EN_NP_END, ascii_boundary=True)})(?![A-Za-z]))(?P<obj>(?=[^,;]*?[A-Za-z])[^,;]*+)$")
#: a verb of having anywhere (the standard library's engine: a cheap test first)
_EN_HAVING_WORD = re.compile(rf"\b(?:{alt(lex.EN_HAVING_VERBS)})\b", re.IGNORECASE)
#: a doer, a verb of having and its object (see lexicon.links.EN_HAVING_VERBS)
_EN_HAVING = Lazy(
    rf"(?i:(?:(?!(?:will|would|could|may|is|are)\s)(?P<doer>.*?\S)\s++)?"
    rf"(?:(?:will|would|could|may|is\s++to|are\s++to|is\s++expected\s++to)\s++)?"
    rf"{alt(lex.EN_HAVING_VERBS, ascii_boundary=True)}\s++(?P<obj>(?=[^,;]*?[A-Za-z])[^,;]*+)$)")
_EN_DANGLING = Lazy(rf"(?:\s++(?i:{alt(lex.EN_NP_END, ascii_boundary=True)}))++$")
_EN_OBJECT_VERB = Lazy(
    rf"(?i:(?<![A-Za-z]){alt(lex.EN_OBJECT_VERBS)})(?:\s++(?i:{alt(lex.EN_OBJECT_VERB_FILL)}))?\s*+$")
_EN_INVEST_BEFORE = Lazy(
    rf"(?i:(?<![A-Za-z]){alt(lex.EN_INVEST_VERBS)})(?:\s++(?i:{alt(lex.EN_OBJECT_VERB_FILL)}))?\s*+$")
_EN_BUILD = Lazy(
    rf"\s*+(?:\(\s*+[^()]{{0,40}}\)\s*+)?(?i:to)\s++(?i:{alt(lex.EN_BUILD_VERBS)})\s++"
    rf"(?:(?i:a|an|its|the|their|new)\s++)?(?P<np>[a-z][^,;.]*)")
_ARTICLE_BEFORE = Lazy(rf"(?<![A-Za-z])(?i:{alt(lex.EN_ARTICLES)})\s++$")
_EN_NP_CUT = Lazy(rf"\s++(?i:{alt(lex.EN_NP_END, ascii_boundary=True)})(?![A-Za-z])")


def _object_after(text: str, at: int, np: str, mentions: list[Linked]) -> str | None:
    """The noun phrase ``np`` (at ``at`` in ``text``) after an amount that a verb of
    :data:`~investparse.lexicon.links.EN_OBJECT_VERBS` leads to, up to a date mention or a
    word that ends a noun phrase; None when it starts with a capital (a place).

    >>> _object_after("5 billion yuan in new loans to firms", 18, "new loans to firms", [])
    'new loans'
    """
    if not (np[:1].islower() or _ACRONYM.match(np)):
        return None
    end = _until_date(at, np, mentions)
    cut = _EN_NP_CUT.search(np, 0, end)
    return _tidy(_EN_TRIM_START.sub("", _tidy(np[:cut.start() if cut else end]))) or None


_ACRONYM = Lazy(r"[A-Z]{2,}+s?(?![A-Za-z])")


def _until_date(at: int, np: str, mentions: list[Linked]) -> int:
    """How much of the phrase ``np`` (at ``at``) comes before a date mention in it."""
    end = len(np)
    for o in mentions:
        if o.kind == "date" and at < o.start < at + end:
            end = o.start - at
    return end


def _date_at(mentions: list[Linked], pos: int) -> bool:
    """Whether a date mention covers the position ``pos``."""
    return any(o.kind == "date" and o.start <= pos < o.end for o in mentions)


def _with_subject(noun: str, x: str) -> str:
    """"X with an investment of": the noun of X's object, or X itself."""
    x = _tidy(_EN_TRIM_START.sub("", x))
    passive = _EN_PASSIVE.search(x)
    if passive:
        obj = _tidy(_EN_TRIM_START.sub("", x[: passive.start()]))
        return f"{noun} of {obj}" if obj else noun
    active = list(_EN_ACTIVE.finditer(x))
    if active:
        obj = _tidy(x[active[-1].end():])
        return f"{noun} of {obj}" if obj else noun
    if _EN_CLAUSE_VERB.search(x) and noun.lower() not in lex.EN_WITH_GENERIC_NOUNS:
        # (a clause with no object of an active verb: "300 firms had settled in the park,
        # with registered capital of": the metric alone; but "the project settled in the
        # city, with an investment of" is the project's)
        return noun
    if x.lower() in lex.EN_WEAK_SUBJECTS:
        return noun  # ("20 projects, each with investment of": the metric)
    return x or noun  # (a bare noun phrase: "The Jinan project, with an investment of")


_PARTICIPLE_ONLY = Lazy(r"(?:[a-z]++ly\s++)?[a-z]++")
_PARTICIPLE_ING = Lazy(r"(?:[a-z]++ly\s++)?[a-z]++(?<=ing)")
_EN_STARTS_AUXILIARY = Lazy(rf"(?i:{alt(lex.EN_PASSIVE_AUXILIARIES, ascii_boundary=True)}|has|have|had)\s")
_EN_RELATIVE = Lazy(rf"(?i:{alt(lex.EN_RELATIVE_PRONOUNS, ascii_boundary=True)})\s++")


def _antecedent(text: str, sent: Span, clause: Span) -> str | None:
    """The bare noun phrase of the clause before a relative clause, or None.

    >>> t = "The plant, which cost 5 billion yuan, opened."
    >>> _antecedent(t, Span(0, len(t)), Span(11, 37))
    'plant'
    """
    np = _tidy(_EN_TRIM_START.sub("", _previous_clause(text, sent, clause)))
    return np if _bare_np(np) else None


def _comma_clause_before(text: str, sent: Span, clause: Span) -> str:
    """The clause of ``sent`` right before ``clause`` when a comma ends it, tidied, else "".

    >>> t = "Exports of cars, ships and trains rose."
    >>> _comma_clause_before(t, Span(0, len(t)), Span(16, len(t)))
    'Exports of cars'
    """
    end = clause.start - 1
    if end <= sent.start or text[end] != ",":
        return ""
    start = max(text.rfind(",", sent.start, end), text.rfind(";", sent.start, end), sent.start - 1) + 1
    return _tidy(text[start:end])


def _previous_clause(text: str, sent: Span, clause: Span) -> str:
    from .segment import clauses

    prev = [c for c in clauses(text, sent) if c.end <= clause.start]
    return _tidy(prev[-1].text(text)) if prev else ""


_CONNECTIVES = Lazy(
    r"(?i)^(?:\s|[,，、;；]|" + alt(lex.SERIES_CONNECTIVES, ascii_boundary=True) + ")*+$")


def _continues_series(text: str, m: Linked, clause: Span, mentions: list[Linked]) -> bool:
    """Whether ``m`` follows another amount of its clause with only connectives between."""
    earlier = [o for o in mentions if o.kind == "money" and clause.start <= o.start and o.end <= m.start]
    if not earlier:
        return False
    return bool(_CONNECTIVES.match(_before_text(text, m, clause, mentions)))


def subject_of(text: str, m: Linked, sent: Span, clause: Span, mentions: list[Linked],
               previous: str | None = None) -> str | None:
    """A short name of what the amount ``m`` is, or None when the clause names nothing.

    ``previous`` is the subject of the amount before ``m`` in its clause: a series
    (``rose from X in 2014 to Y in 2016``) keeps it.
    """
    if previous and _continues_series(text, m, clause, mentions):
        return previous
    zh = bool(HAN.search(text, max(sent.start, m.start - WINDOW), min(sent.end, m.end + WINDOW)))
    if zh:
        found = _zh_subject(text, m, sent, clause, mentions)
    else:
        found = _en_subject(text, m, sent, clause, mentions)
    return found if found is not None else _label(text, m, sent)


def _label(text: str, m: Linked, sent: Span) -> str | None:
    """The label written before an amount and its colon (总投资：12亿元, "Total investment:
    3.5 billion yuan"): the words since the clause mark before it.

    >>> _label("项目名称：产业园；总投资：12亿元", Span(13, 17), Span(0, 17))
    '总投资'
    >>> _label("He said: 5 billion yuan", Span(9, 23), Span(0, 23)) is None
    True
    """
    label = _LABEL.search(text, max(sent.start, m.start - _LABEL_REACH), m.start)
    if label is None or _SPEECH.search(label.group("label")):
        return None
    return _tidy(label.group("label")) or None
