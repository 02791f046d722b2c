"""Numeric claims: money, percentages, multiples and counts, with metric, period,
qualifier, forecast flag and the countries they are about."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache

from dyad import gazetteer
from dyad.clean.text import MONTHS
from dyad.extractors.packs import either, every, every_map
from dyad.extractors.pair import pair_countries
from dyad.extractors.text import Sentence
from dyad.lang import rules
from dyad.model import Doc, Figure, Metric

NUM = r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?"


MONTH_WORD_RE = re.compile(rf"(?:{MONTHS})\.?$", re.I)


@dataclass
class Found:
    start: int
    end: int
    value: float
    currency: str | None
    unit: str | None
    kind: str  # money | percent | times | count
    has_scale: bool = False
    bound: str | None = None  # "over" for a range's lower end, "under" for its upper one


def parse_number(s: str, lang: str | None) -> float | None:
    r = rules(lang)
    s = s.replace("\u00a0", " ").replace("\u202f", " ")
    if re.fullmatch(r"\d{1,3}(?: \d{3})+(?:[.,]\d+)?", s):
        s = s.replace(" ", "")
    if "," in s and "." in s:
        # the later mark is the decimal one: 1,500.5 / 1.500,5
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        head, _, tail = s.rpartition(",")
        if len(tail) == 3 and r.THOUSANDS_COMMA and head.isdigit():
            s = s.replace(",", "")
        else:
            s = s.replace(",", ".")
    elif "." in s:
        head, _, tail = s.rpartition(".")
        if len(tail) == 3 and r.THOUSANDS_DOT and s.count(".") >= 1 and head.isdigit() and len(head) <= 3:
            s = s.replace(".", "")
    try:
        return float(s)
    except ValueError:
        return None


def alternation(words: object) -> str:
    items = sorted(words, key=len, reverse=True)  # type: ignore[arg-type]
    return "|".join(re.escape(w) for w in items)


@lru_cache(maxsize=8)
def number_patterns(lang: str | None) -> dict[str, re.Pattern[str]]:
    """Compiled once per language: these run on every sentence of every document."""
    r = rules(lang)
    scale = alternation(r.SCALE_WORDS)
    cur = alternation(r.CURRENCY_WORDS)
    pct = alternation(r.PERCENT_WORDS)
    times = alternation(r.TIMES_WORDS)
    wnum = alternation({**r.WORD_NUMBERS, **r.FRACTION_WORDS})
    # "полмиллиарда": a number and its scale in one word, told like a number in words
    whole = rf"|(?<!\w)(?:{alternation(r.WHOLE_AMOUNT_WORDS)})(?!\w)" if r.WHOLE_AMOUNT_WORDS else ""
    small_words = alternation(r.NUMBER_WORDS_SMALL)
    links = either(every("AMOUNT_UNIT_LINKS"))  # "5 million of tons": words of every language, as before
    link = f"(?:{links})?" if links else ""
    return {
        "money": re.compile(
            rf"(?P<pre>(?:{cur})\s?)?(?P<num>{NUM}|(?<!\w)(?:{wnum})(?=\s+(?:{scale})){whole})(?:-|\s*)(?P<scale>(?:{scale})(?!\w))?\s*(?P<post>(?:{cur})(?![\w-]))?",
            re.I),
        "percent": re.compile(rf"(?P<num>{NUM})\s*(?P<unit>{pct})(?!\w)", re.I),
        # "um zehn Prozent": a percentage in words, with the numbers a count is written in
        "word_percent": re.compile(rf"(?<!\w)(?P<num>{alternation(r.COUNT_WORDS)})\s+(?P<unit>{pct})(?!\w)", re.I),
        # "grew by a quarter": a change told as a fraction of the level, a percentage
        "fraction_percent": re.compile(rf"(?<!\w)(?:{alternation(r.CHANGE_FRACTIONS)})(?!\w)", re.I),
        "times": re.compile(rf"(?P<num>{NUM})\s*-?\s*(?P<unit>{times})(?!\w)", re.I),
        # "by a factor of 2.5": the multiple told before its number (never a percentage)
        "times_before": re.compile(rf"(?:{r.TIMES_BEFORE_RE})(?P<num>{NUM})(?![\d.,]*\s*(?:{pct})(?!\w))", re.I)
        if r.TIMES_BEFORE_RE else re.compile(r"(?!)"),
        # "a 400-kilometre border": a length, told in kilometres
        "distance": re.compile(rf"(?P<num>{NUM})(?:[ \u00a0]|-)?(?:{r.DISTANCE_UNITS})(?!\w)", re.I),
        "distance_place": re.compile(r.DISTANCE_PLACE_AFTER_RE, re.I),
        # (German writes the word and "mal" as one: "dreimal so viel")
        "word_times": re.compile(rf"(?<!\w)(?P<w>{small_words})\s*(?:{times})(?!\w)", re.I),
        "multipliers": re.compile(r"(?<!\w)(?P<w>" + alternation(r.WORD_MULTIPLIERS) + r")\w*", re.I),
        # "double standards": a multiplier word in a set phrase, no multiple
        "idiom": re.compile(r.MULTIPLIER_IDIOMS_RE or r"(?!)", re.I),
        "unit": re.compile(rf"\s*{link}(?P<u>{r.OTHER_UNITS})(?!\w)", re.I),
        # the money pattern's number in words, alone: a sentence with no digit and no match
        # of this holds no money, percentage or multiple with digits (they all start with NUM)
        "word_amount": re.compile(rf"(?<!\w)(?:{wnum})(?=\s+(?:{scale})){whole}", re.I),
    }


DIGIT = re.compile(r"\d")


def find_numbers(text: str, start: int, end: int, lang: str | None) -> list[Found]:
    r = rules(lang)
    pats = number_patterns(lang)
    money_re = pats["money"]
    out: list[Found] = []
    taken: list[tuple[int, int]] = []
    digits = DIGIT.search(text, start, end) is not None
    money = money_re.finditer(text, start, end) if digits or pats["word_amount"].search(text, start, end) else ()
    for m in money:
        if not (m.group("scale") or m.group("pre") or m.group("post")):
            continue
        if m.group("pre") is None and m.group("post") is None and not m.group("scale"):
            continue
        raw = m.group("num")
        whole = r.WHOLE_AMOUNT_WORDS.get(raw.lower())
        value = whole or (parse_number(raw, lang) if raw[0].isdigit()
                          else r.FRACTION_WORDS.get(raw.lower()) or r.WORD_NUMBERS.get(raw.lower()))
        if value is None:
            continue
        mult = r.SCALE_WORDS.get((m.group("scale") or "").lower(), 1)
        currency = None
        for g in ("pre", "post"):
            if m.group(g):
                currency = r.CURRENCY_WORDS.get(m.group(g).strip().lower())
        if currency is None and not m.group("scale") and not whole:
            continue
        e = m.end() if m.group("post") or m.group("scale") else m.end("num")
        e = len(text[:e].rstrip())
        unit = None
        if currency is None:
            um = pats["unit"].match(text[e : e + 40])
            if um:
                unit = um.group("u")
                e = e + um.end()
            elif mult < 1e6:
                continue  # "5 thousand" of what? not money
        # rounded: 4.1 * 1e9 is 4099999999.9999995 in floating point
        out.append(Found(m.start(), e, round(float(value) * mult, 6), currency, unit, "money" if unit is None else "amount",
                         bool(m.group("scale")) or bool(whole)))
        taken.append((m.start(), e))
    for m in pats["percent"].finditer(text, start, end) if digits else ():
        if m.start() < start or any(s <= m.start() < e for s, e in taken):
            continue
        v = parse_number(m.group("num"), lang)
        if v is not None:
            out.append(Found(m.start(), m.end(), v, None, "percent", "percent"))
            taken.append((m.start(), m.end()))
    for m in pats["word_percent"].finditer(text, start, end):
        if not any(s <= m.start() < e for s, e in taken):
            out.append(Found(m.start(), m.end(), float(r.COUNT_WORDS[m.group("num").lower()]), None, "percent", "percent"))
            taken.append((m.start(), m.end()))
    for m in pats["fraction_percent"].finditer(text, start, end) if r.CHANGE_FRACTIONS else ():
        if not any(s <= m.start() < e for s, e in taken):
            share = r.CHANGE_FRACTIONS[" ".join(m.group(0).lower().split())]
            out.append(Found(m.start(), m.end(), share, None, "percent", "percent"))
            taken.append((m.start(), m.end()))
    for m in pats["times"].finditer(text, start, end) if digits else ():
        if m.start() < start or any(s <= m.start() < e for s, e in taken):
            continue
        v = parse_number(m.group("num"), lang)
        if v is not None:
            out.append(Found(m.start(), m.end(), v, None, "times", "times"))
            taken.append((m.start(), m.end()))
    for m in pats["times_before"].finditer(text, start, end) if digits else ():
        if m.start("num") < start or any(s <= m.start("num") < e for s, e in taken):
            continue
        v = parse_number(m.group("num"), lang)
        if v is not None:
            out.append(Found(m.start(), m.end(), v, None, "times", "times"))
            taken.append((m.start(), m.end()))
    for m in pats["word_times"].finditer(text, start, end):
        if m.start() < start or any(s <= m.start() < e for s, e in taken):
            continue
        out.append(Found(m.start(), m.end(), float(r.NUMBER_WORDS_SMALL[m.group("w").lower()]), None, "times", "times"))
        taken.append((m.start(), m.end()))
    for m in pats["multipliers"].finditer(text, start, end):
        if any(s <= m.start() < e for s, e in taken):
            continue
        v = r.WORD_MULTIPLIERS.get(m.group("w").lower())
        if v is None or pats["idiom"].match(text, m.start()):
            continue
        out.append(Found(m.start(), m.end(), float(v), None, "times", "times"))
        taken.append((m.start(), m.end()))
    out.extend(find_distances(text, start, end, lang, taken) if digits else ())
    out.extend(find_counts(text, start, end, lang, taken))
    out.sort(key=lambda f: f.start)
    return out


# what may not stand right before a count's number ("top-10" is a rank, "COVID-19" a name)
def find_distances(text: str, start: int, end: int, lang: str | None, taken: list[tuple[int, int]]) -> list[Found]:
    """Lengths in kilometres ("a 3,500-kilometre border", "20 km of coastline"); not how far a
    place lies from another ("200 km north-east of Warsaw"), which locates, and claims nothing."""
    out = []
    pats = number_patterns(lang)
    for m in pats["distance"].finditer(text, start, end):
        if any(s <= m.start() < e for s, e in taken) or pats["distance_place"].match(text[m.end() : end]):
            continue
        v = parse_number(m.group("num"), lang)
        if v is not None:
            out.append(Found(m.start(), m.end(), v, None, "km", "distance"))
            taken.append((m.start(), m.end()))
    return out


COUNT_BEFORE = r"(?<![\w.,$€£-])"
# a month name right before a number makes it a day of a date ("Feb 10 this year")
MONTH_BEFORE_RE = re.compile(rf"(?<!\w)(?:{MONTHS})\.?[ \u00a0]+$", re.I)
# a month in any case right before a year makes the year a date's ("в апреле 2019 года", the
# locative the table of month names does not hold), not a period a later figure may take
MONTH_IN_ANY_CASE_BEFORE_RE = re.compile(rf"(?<!\w)(?:{MONTHS})\w*\.?[ \u00a0]+$", re.I)


def top_alternatives(pattern: str) -> list[str]:
    """The alternatives of a regular expression outside any group ("a|(b|c)" -> a, (b|c))."""
    out: list[str] = []
    depth, begin, i = 0, 0, 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":
            i += 2
            continue
        if c == "[":  # a class: its "|" and ")" are letters
            i += 1
            i += pattern[i : i + 1] == "^"
            i += pattern[i : i + 1] == "]"
            while i < len(pattern) and pattern[i] != "]":
                i += 2 if pattern[i] == "\\" else 1
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(pattern[begin:i])
            begin = i + 1
        i += 1
    out.append(pattern[begin:])
    return out


@dataclass(frozen=True)
class CountPatterns:
    count: re.Pattern[str]  # a number, an optional scale word, an optional partitive, a plural noun
    noun: re.Pattern[str]  # the pack's counted noun phrase alone, to test a shorter one
    # where a count may start (its number's first character), or None when the pack's digits
    # do not all start with a digit: the cheap scan that finds every place the count pattern
    # is tried with a chance (see count_matches)
    count_start: re.Pattern[str] | None
    count_of: re.Pattern[str]  # "the number of X ... reached N"
    elliptic: re.Pattern[str] | None  # "two were killed and five others wounded": the noun left out
    scales: dict[str, int]  # scale word (lower case) -> its value
    signs: tuple[str, ...]  # before a number: a number of something, not a count
    ordinal_suffixes: frozenset[str]  # after a number: an ordinal


@lru_cache(maxsize=8)
def count_patterns(lang: str | None) -> CountPatterns:
    r = rules(lang)
    words = "|".join(sorted((re.escape(w) for w in r.COUNT_WORDS), key=len, reverse=True))
    # Scale words, signs and ordinal suffixes of every language (as they always were read).
    scales = every_map("COUNT_SCALES")
    scale = "|".join(re.escape(w) for w in scales)
    digits_first = all(a.startswith(r"\d") for a in top_alternatives(r.COUNT_DIGITS))
    # "three of its soldiers", "46 out of 65 barriers": the number counts the noun after the link
    partitive = rf"(?:[ \u00a0]+(?P<part>(?i:{r.COUNT_PARTITIVE})))?" if r.COUNT_PARTITIVE else ""
    return CountPatterns(
        count=re.compile(rf"{COUNT_BEFORE}(?P<num>{r.COUNT_DIGITS}|(?i:{words})(?!\w))"
                         rf"(?:\s+(?P<scale>{scale}))?{partitive}[ \u00a0]+(?P<noun>{r.COUNT_NOUN})"),
        noun=re.compile(r.COUNT_NOUN),
        count_start=re.compile(rf"{COUNT_BEFORE}(?=\d|(?i:{words}))") if digits_first else None,
        count_of=re.compile(r.COUNT_OF_RE, re.I),
        elliptic=re.compile(rf"{COUNT_BEFORE}(?P<num>{r.COUNT_DIGITS}|(?i:{words})(?!\w))[ \u00a0]+(?P<noun>{r.COUNT_ELLIPSIS})")
        if r.COUNT_ELLIPSIS else None,
        scales={w.lower(): v for w, v in scales.items()},
        signs=("#", *every("NUMBER_SIGNS")),
        ordinal_suffixes=frozenset(every("ORDINAL_SUFFIXES")),
    )


@lru_cache(maxsize=4)
def count_starts(text: str, lang: str | None) -> tuple[int, ...] | None:
    """Where in the text a count may start, found once per document (None: anywhere)."""
    found = count_patterns(lang).count_start
    return None if found is None else tuple(m.start() for m in found.finditer(text))


def count_matches(text: str, end: int, lang: str | None) -> Iterator[re.Match[str]]:
    """The count pattern's matches in text[:end], scanned from the start of the text (a count
    that began before a sentence hides what starts inside it), as ``finditer`` finds them; but
    tried only where a number can start, which the document is scanned for once, not once for
    every sentence."""
    pattern = count_patterns(lang).count
    starts = count_starts(text, lang)
    if starts is None:
        yield from pattern.finditer(text[:end])
        return
    pos = 0
    for i in starts:
        if i >= end:
            break
        if i < pos:
            continue
        m = pattern.match(text, i, end)  # the same as at i of text[:end]: lookbehind sees text[i - 1]
        if m is not None:
            yield m
            pos = count_end(m)


def count_end(m: re.Match[str]) -> int:
    """Where the next count may start: after the whole match, but right after the number of a
    partitive one, whose link may hold a count of its own ("46 out of 65 barriers")."""
    return m.end("num") if m.groupdict().get("part") else m.end()


def counted_noun(m: re.Match[str], spelled: bool, lang: str | None) -> int | None:
    """Where the counted noun phrase of count match ``m`` ends, or None when it has none. The
    pattern takes as many words as it can ("six agreements following bilateral talks"); the
    longest phrase that stops before a word no count noun holds ("and", "years"), is still a
    noun phrase of the pack, and, for a number in words, ends on a counted noun, is the one."""
    r = rules(lang)
    pats = count_patterns(lang)
    noun = m.group("noun")
    spans = [(w.start(), w.end(), w.group(0).lower().strip("\"“”'«».,")) for w in re.finditer(r"\S+", noun)]
    stop = next((i for i, (_, _, w) in enumerate(spans) if w in r.COUNT_STOP_NOUNS), len(spans))
    for k in range(stop, 0, -1):
        if not pats.noun.fullmatch(noun, 0, spans[k - 1][1]):
            continue
        words = [w for _, _, w in spans[:k]]
        end = m.start("noun") + spans[k - 1][1]
        if spelled and (any(w in r.COUNT_WORD_STOP_NOUNS for w in words)
                        or not (counted_stem(words[-1], lang) or befell(m.string, end, lang))):
            continue  # "the two countries", "unter vier Augen": no claim of a count
        return end
    return None


def befell(text: str, end: int, lang: str | None) -> bool:
    """Whether the words right after a counted noun say what befell its people or things
    ("five Afghans were killed"): then any noun is counted, not only the pack's."""
    pattern = rules(lang).COUNT_CASUALTY_AFTER_RE
    return bool(pattern) and re.match(pattern, text[end : end + 80], re.I) is not None


COMPOUND_HEAD_ENDING = 4  # letters of an inflection after a compound's head ("-flugzeug-en")


def counted_stem(word: str, lang: str | None) -> bool:
    """Whether a noun is one a number in words counts: it starts with a counted stem, or, in a
    language of compounds, whose head is the last part, ends with one and an ending
    ("Militärflugzeugen" counts aircraft, "Botschaftsgebäude" no embassies)."""
    r = rules(lang)
    if not r.COUNT_NOUN_COMPOUNDS:
        return word.startswith(r.COUNT_WORD_NOUNS)
    return any(0 <= word.rfind(stem) and len(word) - word.rfind(stem) - len(stem) <= COMPOUND_HEAD_ENDING
               for stem in r.COUNT_WORD_NOUNS)


def is_rank(text: str, m: re.Match[str], words: list[str], lang: str | None) -> bool:
    """A number that ranks ("the top 10 investors", "one of the 10 largest producers") counts
    nothing."""
    r = rules(lang)
    before = r.COUNT_RANK_BEFORE_RE
    if before and re.search(before, text[max(0, m.start() - 12) : m.start()], re.I):
        return True
    return bool(words) and words[0] in r.COUNT_RANK_WORDS


def find_counts(text: str, start: int, end: int, lang: str | None, taken: list[tuple[int, int]]) -> list[Found]:
    r = rules(lang)
    pats = count_patterns(lang)
    out = find_group_sizes(text, start, end, lang, taken)
    for m in count_matches(text, end, lang):
        if m.start() < start or any(s <= m.start() < e for s, e in taken):
            continue
        spelled = not m.group("num")[0].isdigit()
        n = r.COUNT_WORDS[m.group("num").lower()] if spelled else int(re.sub(r"\D", "", m.group("num")))
        looks_like_year = m.group("num").isdigit() and 1900 <= n <= 2100 and not m.group("scale")
        end_noun = counted_noun(m, spelled, lang)
        if end_noun is None or looks_like_year:
            continue
        words = text[m.start("noun") : end_noun].lower().split()
        if is_rank(text, m, words, lang) or any(w in r.COUNT_NEVER_NOUNS for w in words):
            continue  # "the top 10 investors", "from 70 countries": no count of the relation
        if r.COUNT_SOURCE_AFTER_RE and re.match(r.COUNT_SOURCE_AFTER_RE, text[end_noun : end_noun + 30], re.I):
            continue  # "two Somali officials said": the report's source, not a figure of it
        tail = text[end_noun : end_noun + 2]
        possessive = r.COUNT_POSSESSIVE_SUFFIX
        if tail.startswith("-") or (possessive is not None and words[-1].endswith(possessive)):
            continue
        before = text[max(0, m.start() - 2) : m.start()]
        if before.endswith(pats.signs) or text[m.end("num") : m.end("num") + 2] in pats.ordinal_suffixes:
            continue
        if MONTH_WORD_RE.match(words[0]) or MONTH_BEFORE_RE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "5 Sept", "Feb 10": a day and a month in any language, a date
        mult = pats.scales.get((m.group("scale") or "").lower(), 1)
        out.append(Found(m.start(), end_noun, float(n * mult), None, text[m.start("noun") : end_noun], "count"))
        taken.append((m.start(), count_end(m) if m.groupdict().get("part") else end_noun))
    for m in pats.elliptic.finditer(text, start, end) if pats.elliptic else ():
        # "two soldiers were killed and five others wounded": the count's noun is the one before
        if any(s <= m.start() < e for s, e in taken):
            continue
        spelled = not m.group("num")[0].isdigit()
        n = r.COUNT_WORDS[m.group("num").lower()] if spelled else int(re.sub(r"\D", "", m.group("num")))
        out.append(Found(m.start(), m.end(), float(n), None, m.group("noun"), "count"))
        taken.append((m.start(), m.end()))
    out += find_totals(text, start, end, lang, taken)
    out += find_ones(text, start, end, lang, taken)
    for m in pats.count_of.finditer(text[:end]):
        # "the number of enterprises with German capital ... has exceeded 250": noun first
        if m.start("num") < start or any(s <= m.start("num") < e for s, e in taken):
            continue
        n = int(re.sub(r"\D", "", m.group("num")))
        out.append(Found(m.start("num"), m.end("num"), float(n), None, m.group("noun"), "count"))
    return out


ONE_NOUN_WORDS = 3  # words from "one" to the noun it counts ("one Estonian embassy diplomat")


@lru_cache(maxsize=8)
def one_re(lang: str | None) -> re.Pattern[str] | None:
    """The pack's word for one and the words after it, or None when it reads none."""
    words = rules(lang).COUNT_ONE_WORDS
    if not words:
        return None
    return re.compile(rf"(?<![\w-])(?:{alternation(words)})((?:[ \u00a0]+[^\W\d][\w-]*){{1,{ONE_NOUN_WORDS}}})", re.I)


def find_ones(text: str, start: int, end: int, lang: str | None, taken: list[tuple[int, int]]) -> list[Found]:
    """"One soldier was killed", "expelled one Estonian diplomat": a count of one person or
    thing of the pack's kinds that harm befalls; the shortest noun phrase that ends on one."""
    pattern = one_re(lang)
    harm = rules(lang).COUNT_HARM_BEFORE_RE
    out: list[Found] = []
    for m in pattern.finditer(text, start, end) if pattern else ():
        if any(a <= m.start() < b for a, b in taken):
            continue
        harmed_before = bool(harm) and re.search(harm, text[max(0, m.start() - 40) : m.start()], re.I) is not None
        for w in re.finditer(r"[^\W\d][\w-]*", m.group(1)):
            word, noun_end = w.group(0).lower(), m.start(1) + w.end()
            if word in rules(lang).COUNT_STOP_NOUNS:
                break  # "one of the officials": one among them, no count
            if counted_stem(word, lang):
                if harmed_before or befell(text, noun_end, lang):
                    out.append(Found(m.start(), noun_end, 1.0, None, text[m.start(1) : noun_end].strip(), "count"))
                    taken.append((m.start(), noun_end))
                break
    return out


TOTAL_REACH = 120  # characters after "a total of 27" in which its noun is looked for
SENTENCE_END_RE = re.compile(r"[;:.!?\n]")


@lru_cache(maxsize=8)
def total_number_re(lang: str | None) -> re.Pattern[str] | None:
    """A number right after the pack's "a total of", or None when the pack has no such words."""
    r = rules(lang)
    if not r.COUNT_TOTAL_RE:
        return None
    return re.compile(rf"(?i:{r.COUNT_TOTAL_RE.removesuffix('$')})"
                      rf"(?P<num>{r.COUNT_DIGITS}|(?i:{alternation(r.COUNT_WORDS)})(?!\w))")


def find_totals(text: str, start: int, end: int, lang: str | None, taken: list[tuple[int, int]]) -> list[Found]:
    """"A total of 27 intergovernmental, interdepartmental and interregional agreements": the
    number counts the first noun of the pack's counted kinds in its sentence, with a list of
    adjectives between; a word that ends a count ("years") may not come first."""
    r = rules(lang)
    pattern = total_number_re(lang)
    out: list[Found] = []
    for m in pattern.finditer(text, start, end) if pattern else ():
        if any(a <= m.start("num") < b for a, b in taken):
            continue
        spelled = not m.group("num")[0].isdigit()
        n = r.COUNT_WORDS[m.group("num").lower()] if spelled else int(re.sub(r"\D", "", m.group("num")))
        if not spelled and 1900 <= n <= 2100:
            continue  # "in total 2019": a year
        stop = SENTENCE_END_RE.search(text, m.end(), min(end, m.end() + TOTAL_REACH))
        for w in re.finditer(r"[^\W\d][\w-]*", text[m.end() : stop.start() if stop else min(end, m.end() + TOTAL_REACH)]):
            word = w.group(0).lower()
            if word in r.COUNT_STOP_NOUNS and word not in r.CLAUSE_CONJUNCTIONS:
                break
            if counted_stem(word, lang) and word not in r.COUNT_WORD_STOP_NOUNS:
                noun_end = m.end() + w.end()
                out.append(Found(m.start("num"), noun_end, float(n), None, text[m.end() : noun_end].strip(), "count"))
                taken.append((m.start("num"), noun_end))
                break
    return out


def find_group_sizes(text: str, start: int, end: int, lang: str | None, taken: list[tuple[int, int]]) -> list[Found]:
    """A group told by its size ("a 68-member delegation"): a count of its members."""
    pattern = rules(lang).GROUP_SIZE_RE
    out = []
    for m in re.compile(pattern, re.I).finditer(text, start, end) if pattern else ():
        s = min(m.start("num"), m.start("noun"))
        if any(a <= s < b for a, b in taken):
            continue
        out.append(Found(s, m.end(), float(m.group("num")), None, m.group("noun"), "count"))
        taken.append((s, m.end()))
    return out


def resolve_period(kind: str, g: dict[str, str | None], year: int | None, lang: str | None,
                   whole_years: bool = False) -> str | None:
    """The period a matched phrase names. ``whole_years``: the figure is a level told per year
    (a year's trade, "2,000 units a year"), so "the past two years" are the two whole years
    before the report's; a change or a sum over them runs up to the report's year."""
    r = rules(lang)

    def year_of(word: str | None) -> int | None:
        if word is None:
            return year
        if word.isdigit():
            return int(word)
        low = word.lower()
        if any(k in low for k in r.PERIOD_LAST_YEAR_WORDS):
            return year - 1 if year else None
        return year

    def month_no(word: str | None) -> int | None:
        if not word:
            return None
        low = word.lower()
        for k, v in sorted(r.MONTH_NUMBERS.items(), key=lambda kv: -len(kv[0])):
            if low.startswith(k):
                return v
        return None

    def small(word: str | None) -> int | None:
        if word is None:
            return None
        return int(word) if word.isdigit() else r.NUMBER_WORDS_SMALL.get(word.lower())

    if kind == "month_range":
        m1, m2 = month_no(g.get("m1")), month_no(g.get("m2"))
        y = year_of(g.get("year"))  # "in January-March": of the year of publication
        if m1 == 1 and m2 == 12 and y:
            return str(y)  # "from January through December 2023": the whole year
        if m1 and m2 and y:
            return f"{y}-{m1:02d}..{y}-{m2:02d}"
        last = any(k in (g.get("year") or "").lower() for k in r.PERIOD_LAST_YEAR_WORDS)
        if m1 == 1 and m2 and y is None and not last:
            return f"first {m2} months"  # "January-April" of a year unknown: as "the first 4 months" are
    elif kind == "quarter":
        q = r.ORDINALS.get((g.get("q") or "").lower())
        y = year_of(g.get("year"))
        if q and y:
            return f"{y}-{3 * q - 2:02d}..{y}-{3 * q:02d}"
        if q:
            return f"Q{q} this year"
    elif kind == "months":
        n = small(g.get("n"))
        y = year_of(g.get("year"))
        if n and y and 1 <= n <= 12:
            return f"{y}-01..{y}-{n:02d}"
        if n:
            return f"first {n} months"
    elif kind == "half":
        y = year_of(g.get("year") or g.get("year2"))
        return f"{y}-01..{y}-06" if y else "first half"
    elif kind == "second_half":  # "the second half of 2023", "H2 2023"
        y = year_of(g.get("year") or g.get("year2"))
        return f"{y}-07..{y}-12" if y else "second half"
    elif kind == "month":
        m1, y = month_no(g.get("m1")), year_of(g.get("year"))
        if m1 and y:
            return f"{y}-{m1:02d}..{y}-{m1:02d}"  # one month, written as the span it is
    elif kind == "last_n_years":
        n = small(g.get("n"))
        if n and year:
            return f"{year - n}..{year - 1}" if whole_years else f"{year - n}..{year}"
        if n:
            return f"last {n} years"
    elif kind == "next_n_years":  # kept as written: which years depends on when the plan starts
        n = small(g.get("n"))
        return f"next {n} years" if n else None
    elif kind == "last_decades":  # "over the past decade", "the last two decades": ten years each
        n = 10 * (small(g.get("n")) or 1)
        return f"{year - n}..{year}" if year else f"last {n} years"
    elif kind == "recent_years":
        return "last years"
    elif kind == "coming_years":  # kept as written, as "next 5 years" is
        return "coming years"
    elif kind == "since_year":  # "since 2012": up to the report's year, else as written
        y = int(g["year"]) if (g.get("year") or "").isdigit() else None
        if y is None:
            return None
        return f"{y}..{year}" if year and year > y else f"since {y}"
    elif kind == "last_year":
        return str(year - 1) if year else "last year"
    elif kind == "this_year":
        return str(year) if year else "this year"
    elif kind == "next_year":
        return str(year + 1) if year else "next year"
    elif kind == "year_range":  # "between 1998 and 2000", "2015-2017"
        y1, y2 = g.get("year") or g.get("year3"), g.get("year2") or g.get("year4")
        return f"{y1}..{y2}" if y1 and y2 and y1 < y2 else None
    elif kind == "year":
        return g.get("year")
    return None


@dataclass(frozen=True)
class FigurePatterns:
    """One language's patterns around a figure, compiled once."""

    periods: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, kind), most specific first
    comparison_base: re.Pattern[str]  # "compared to" before a period: the base, not the period
    qualifiers: tuple[tuple[re.Pattern[str], str], ...]  # before the number ("almost")
    qualifiers_after: tuple[tuple[re.Pattern[str], str], ...]  # after it ("or more")
    metrics: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, metric), first match wins
    growth: re.Pattern[str]
    decline: re.Pattern[str]
    forecast: re.Pattern[str]
    hypothetical: re.Pattern[str]
    anaphoric: re.Pattern[str]  # "this figure": the last amount again
    same_period: re.Pattern[str]  # "during this time": the period the sentence before named
    not_bilateral_after: re.Pattern[str]  # "percent of the vote"
    comparative_after: re.Pattern[str]  # "percent less than"
    level_after: re.Pattern[str]  # "109.4 percent of the 2017 level": a level, the growth is 9.4
    occurrence_before: re.Pattern[str]  # "have met 11 times": a count of meetings, no multiple
    currency: re.Pattern[str]  # any currency word or sign
    metrics_after: tuple[tuple[re.Pattern[str], str], ...]  # "$300 million in exports", matched at the end
    up_to: re.Pattern[str] | None  # "up to 130 people": a ceiling
    target: re.Pattern[str]  # "to bring trade up to $2 billion": the level aimed at
    range_start: re.Pattern[str] | None  # "between" before a range's first number
    range_link: re.Pattern[str] | None  # "and" between its two numbers
    # a bare range's first number and the dash or "to" after it, matched at the second's start
    bare_range: re.Pattern[str] | None
    change_from: re.Pattern[str] | None  # "from" before "X to Y": a change, no range
    per_year: re.Pattern[str]  # "annually", "a year" right after a figure: a level per year
    full_date_before: re.Pattern[str]  # a day and month before a year: the year of a date, no period
    same_span: re.Pattern[str] | None  # "the same period of" right before a year: the last span's months


@lru_cache(maxsize=8)
def figure_patterns(lang: str | None) -> FigurePatterns:
    r = rules(lang)

    def ci(pattern: str) -> re.Pattern[str]:
        return re.compile(pattern, re.I)

    currency = "|".join(re.escape(w) for w in sorted(r.CURRENCY_WORDS, key=len, reverse=True))
    months = "|".join(re.escape(w) for w in sorted(r.MONTH_NUMBERS, key=len, reverse=True))
    return FigurePatterns(
        periods=tuple((ci(p), kind) for p, kind in r.PERIOD_PATTERNS),
        comparison_base=ci(r.COMPARISON_BASE_RE),
        qualifiers=tuple((ci(r"(?<!\w)" + p), q) for p, q in r.QUALIFIERS),
        qualifiers_after=tuple((ci(p), q) for p, q in r.QUALIFIER_AFTER),
        metrics=tuple((ci(p), metric) for p, metric in r.METRIC_WORDS),
        # a fall is a change too: a percentage told with any decline word is growth (negative)
        growth=ci(rf"(?:{r.GROWTH_WORDS})|(?:{r.DECLINE_WORDS})"),
        decline=ci(r.DECLINE_WORDS),
        forecast=ci(r.FORECAST_RE),
        hypothetical=ci(r.HYPOTHETICAL_RE),
        anaphoric=ci(r.ANAPHORIC_FIGURE_RE),
        same_period=ci(r.SAME_PERIOD_RE),
        not_bilateral_after=ci(r.NOT_BILATERAL_AFTER_RE),
        comparative_after=ci(r.COMPARATIVE_AFTER_RE),
        level_after=ci(r.LEVEL_AFTER_RE),
        occurrence_before=ci(r.OCCURRENCE_BEFORE_RE),
        currency=ci(rf"(?<!\w)(?:{currency})(?!\w)|\$|€|£"),
        metrics_after=tuple((ci(f"{r.METRIC_AFTER_LINK_RE}(?:{p})"), metric) for p, metric in r.METRIC_WORDS)
        if r.METRIC_AFTER_LINK_RE else (),
        up_to=ci(r.UP_TO_RE) if r.UP_TO_RE else None,
        target=ci(r.TARGET_RE),
        range_start=ci(r.RANGE_START_RE) if r.RANGE_START_RE else None,
        range_link=ci(r.RANGE_LINK_RE) if r.RANGE_LINK_RE else None,
        bare_range=ci(rf"(?<![\w.,/-])(?P<num>\d+(?:[.,]\d+)?)(?:{r.RANGE_BARE_LINK_RE})$") if r.RANGE_BARE_LINK_RE else None,
        change_from=ci(r.RANGE_CHANGE_FROM_RE) if r.RANGE_CHANGE_FROM_RE else None,
        per_year=ci(rf"[ \u00a0]*(?:[\w-]+[ \u00a0]+){{0,3}}?(?:{r.PER_YEAR_RE})(?!\w)"),
        full_date_before=ci(rf"(?:\d{{1,2}}\.?\s+(?:{months})\w*\.?|(?:{months})\w*\.?\s+\d{{1,2}},?)\s+$"),
        same_span=ci(r.SAME_SPAN_RE) if r.SAME_SPAN_RE else None,
    )


def find_period(text: str, start: int, end: int, anchor: int, lang: str | None, year: int | None,
                anchor_end: int | None = None, later: tuple[int, ...] = (), whole_years: bool = False) -> str | None:
    """The period nearest the figure within [start, end); earlier patterns are more specific.
    A period after the figure with another number of the sentence (``later``) after it opens
    that number's part ("in 2024 trade was $133 million, in January-June 2025 $68 million"),
    one after such a number is that number's: each is taken only when none nearer the figure is."""
    best: tuple[int, int, str] | None = None
    spans_taken: list[tuple[int, int]] = []
    pats = figure_patterns(lang)
    window = text[start:end].replace("\n", " ")  # a sentence wrapped by hand: "the first\nhalf"
    for pattern, kind in pats.periods:
        for m in pattern.finditer(window):
            s, e = start + m.start(), start + m.end()
            if any(a <= s < b or s <= a < e for a, b in spans_taken):
                continue
            spans_taken.append((s, e))
            if compared_base(pats, text, start, s, m, anchor, e):
                continue  # "compared to the same period of 2023": the base, not the period
            if kind == "year" and pats.full_date_before.search(text, max(0, start + m.start("year") - 30),
                                                              start + m.start("year")):
                continue  # "ASTANA, 14 August 2024": a day's date (a dateline's), not a period
            resolved = resolve_period(kind, m.groupdict(), year, lang, whole_years)
            if resolved is None:
                continue
            a_end = anchor_end if anchor_end is not None else anchor
            if s <= anchor < e or anchor <= s < a_end:
                dist = 0
            elif s >= a_end:
                dist = s - a_end
            else:
                dist = anchor - e
            tier = 0
            if s >= a_end and any(a_end <= g < s for g in later):
                tier = 2  # beyond the next number: that number's
            elif s >= a_end and any(g >= e for g in later):
                tier = 1  # right before the next number: it opens that number's part
            if best is None or (tier, dist) < best[:2]:
                best = (tier, dist, resolved)
    return best[2] if best else None


BASE_REACH = 60  # characters before a period in which the words of a comparison are looked for
BRACKET_AFTER_RE = re.compile(r"\s*\(\s*")


def compared_base(pats: FigurePatterns, text: str, start: int, s: int, m: re.Match[str], anchor: int,
                  e: int) -> bool:
    """Whether the period matched at ``s`` is the base a change is measured against ("up 11.6
    percent compared to $1.18 billion in 2022"), which is no period of the figure at ``anchor``;
    unless the figure is the base's own amount, between the comparison and its period or in
    brackets right after it ("compared to $1.18 billion in 2022", "compared to 2022 ($6.3 billion)")."""
    lead = len(m.group(0)) - len(m.group(0).lstrip())
    window = max(start, s - BASE_REACH)
    base = pats.comparison_base.search(text[window : s + lead])
    if base is None:
        return False
    own = window + base.start() <= anchor < s or BRACKET_AFTER_RE.fullmatch(text, e, anchor) is not None \
        or bracketed_with(text, anchor, s)
    return not own


def base_amount(scan: FigureScan, f: Found) -> bool:
    """Whether an amount is the base a change is measured against ("compared to $1.18 billion in
    2022", "($1.4 billion a year before)"), whose period is no period of the paragraph's figures."""
    before = scan.text[max(0, f.start - BASE_REACH) : f.start]
    if "(" in before[-2:]:
        return True
    # ("over $2 billion": a word of comparison that is the amount's qualifier compares nothing)
    return scan.pats.comparison_base.search(before) is not None and qualifier_of(scan.text, f, scan.lang) == "exact"


def bracketed_with(text: str, anchor: int, s: int) -> bool:
    """Whether a figure opens a bracket that also holds the period at ``s`` after it ("$1.5
    billion ($1.4 billion over the same period of 2022)"): an aside with the base's amount and
    its period."""
    return anchor < s and "(" in text[max(0, anchor - 2) : anchor] and ")" not in text[anchor:s]


@cache
def clause_separator_re() -> re.Pattern[str]:
    """Where a clause ends: a comma before a conjunction, a semicolon, or a comma before a
    subject and its auxiliary; in the words of every language (as it always was)."""
    conjunctions = either(every("CLAUSE_CONJUNCTIONS"))
    auxiliaries = either(every("CLAUSE_AUXILIARIES"))
    parts = [rf",\s+(?:{conjunctions})\b"] if conjunctions else []
    parts.append(";")
    if auxiliaries:
        parts.append(rf",\s+(?=\w+\s+(?:{auxiliaries}))")
    return re.compile("|".join(parts), re.I)


def clause_bounds(text: str, s: Sentence, pos: int) -> tuple[int, int]:
    left, right = s.start, s.end
    for m in clause_separator_re().finditer(text, s.start, s.end):
        if m.end() <= pos:
            left = m.end()
        elif m.start() > pos:
            right = m.start()
            break
    return left, right


def qualifier_of(text: str, f: Found, lang: str | None) -> str:
    return qualifier_and_start(text, f, lang)[0]


def qualifier_and_start(text: str, f: Found, lang: str | None) -> tuple[str, int]:
    """The qualifier and where the figure's text starts (with the qualifier words)."""
    pats = figure_patterns(lang)
    base = max(0, f.start - 40)
    before = text[base : f.start]
    for pattern, q in pats.qualifiers:
        m = pattern.search(before)
        if m:
            return q, base + m.start()
    after = text[f.end : f.end + 30]
    for pattern, q in pats.qualifiers_after:
        if pattern.search(after):
            return q, f.start
    return "exact", f.start


def told_as_change(text: str, f: Found, lang: str | None) -> bool:
    """Whether a percentage is told with the preposition of a change before it ("die Importe
    nahmen um 31,2 Prozent auf 833 Millionen"), which says it is a change with no verb."""
    pattern = rules(lang).CHANGE_BEFORE_RE
    return f.kind == "percent" and bool(pattern) and re.search(pattern, text[max(0, f.start - 30) : f.start], re.I) is not None


def metric_of(text: str, f: Found, spans: list[tuple[int, int]], lang: str | None) -> str:
    pats = figure_patterns(lang)
    if f.kind == "count" or (f.kind == "times" and pats.occurrence_before.search(text, max(0, f.start - 40), f.start)):
        return Metric.COUNT  # "the leaders have met 11 times": how often, not how much more
    if f.kind in {"amount", "distance"}:
        return Metric.OTHER
    if f.kind == "money":
        named_after = next((metric for pattern, metric in pats.metrics_after if pattern.match(text, f.end)), None)
        if named_after:
            return named_after  # "$22 million of it falls on exports": the metric named right after
    if f.kind in {"percent", "times"}:
        spans = spans[:2]  # a share "2 percent of trade" is no growth; look only nearby
    afters: list[tuple[int, str]] = []
    for n, (s, e) in enumerate(spans):
        if n >= 2 and afters:
            break  # "... 345 Millionen Euro investiert": its own clause's verb, not the sentence before's trade
        window = text[s:e]
        if f.kind in {"percent", "times"}:
            if pats.growth.search(window) or (n == 0 and told_as_change(text, f, lang)):
                return Metric.GROWTH
            continue
        before = []
        for pattern, metric in pats.metrics:
            for m in pattern.finditer(window):
                pos = s + m.start()
                if pos < f.start:
                    before.append((f.start - pos, metric))
                elif n == 0:
                    afters.append((pos - f.start, metric))
        # The metric named before an amount, in its clause, its sentence or the one before,
        # is what it measures ("trade reached $1 bn at a surplus of ..."); one named after
        # it counts only in the amount's own clause, and only when none stands before.
        if before:
            return min(before)[1]
    if afters:
        return min(afters)[1]
    return Metric.GROWTH if f.kind == "times" else Metric.OTHER


@cache
def balance_negative_re() -> re.Pattern[str]:
    """A trade balance said to be negative, in the words of every language (as it always was)."""
    return re.compile(either(every("BALANCE_NEGATIVE_WORDS")), re.I)


def figure_countries(doc_dyad: list[str], text: str, lang: str | None, metric: str, clause: tuple[int, int]) -> list[str]:
    countries = list(doc_dyad)
    if metric == Metric.TRADE_BALANCE and len(countries) == 2:
        window = text[clause[0] : clause[1]]
        named = [m.iso3 for m in gazetteer.find_countries(window, lang) if m.iso3 in countries]
        negative = balance_negative_re().search(window)
        if named:
            side = named[0]
            other = countries[1] if countries[0] == side else countries[0]
            countries = [other, side] if negative else [side, other]
    return countries


@dataclass
class FigureScan:
    """What the steps of find_figures share over one document."""

    text: str
    lang: str | None
    year: int | None  # of publication: the year "this year" means
    dyad: list[str]
    quote_speaker_at: Callable[[int], str | None]
    pats: FigurePatterns
    para_period: dict[int, str] = field(default_factory=dict)  # the latest trade period per paragraph
    # the sentence before, whose last period "during this time" and a year-less trade figure
    # mean: found only when a sentence asks (a period search over every sentence was a third of
    # find_figures)
    last_sentence: Sentence | None = None
    last_span: str | None = None  # the last span of months a figure was told for ("2023-01..2023-04")

    def last_period(self) -> str | None:
        """The period the sentence before named last."""
        if self.last_sentence is None:
            return None
        start, end = self.last_sentence.start, self.last_sentence.end
        return find_period(self.text, start, end, end, self.lang, self.year)
    # the report's sides: its pair, and a country named nearly as often as the second side
    sides: frozenset[str] = frozenset()


def find_figures(doc: Doc, sents: list[Sentence], dyad: list[str],
                 quote_speaker_at: Callable[[int], str | None]) -> list[Figure]:
    """The figures of a report: each number of the body that states one, once per metric,
    value, period and forecast; then an amount named again ("this figure") and the currency
    a report names only once."""
    year = int(doc.published[:4]) if doc.published and doc.published[:4].isdigit() else None
    if year is None:
        year = doc.stamp_year or year_after_base(doc.text, doc.language)
    scan = FigureScan(doc.text, doc.language, year, dyad, quote_speaker_at, figure_patterns(doc.language),
                      sides=frozenset(pair_countries(doc) or dyad))
    figures: list[Figure] = []
    seen: set[FigureKey] = set()
    count_sides: dict[FigureKey, set[str | None]] = {}
    counted: dict[tuple[str, float, str | None, bool], list[tuple[str | None, int]]] = {}
    last_money: Figure | None = None
    def in_headline(s: Sentence) -> bool:
        return bool(doc.title_span) and s.start < doc.title_span[1]  # type: ignore[index]

    sents = unwrapped(scan.text, sents, doc.title_span[1] if doc.title_span else 0)

    # The body first; then the headline's figures the body does not repeat ("signed five new
    # agreements" told only in the headline)
    body = [(i, s) for i, s in enumerate(sents) if not in_headline(s)]
    head = [(i, s) for i, s in enumerate(sents) if in_headline(s)]
    for i, s in body + head:
        found = find_numbers(scan.text, s.start, s.end, scan.lang)
        prev = sents[i - 1] if i > 0 and sents[i - 1].para == s.para else None
        mark_ranges(scan, found)
        share_currency(found)
        found = kept_conversions(scan.text, found)
        for n, f in enumerate(found):
            fig = figure_of(scan, f, s, prev, tuple(g.start for g in found[n + 1 :]))
            if fig is None:
                continue
            key = (fig.metric, round(fig.value, 2), fig.period, fig.forecast, counted_head(f, i, counted),
                   "" if restatable(fig) else fig.qualifier)
            side = counted_side(scan, fig) if fig.metric == Metric.COUNT else None
            sides = count_sides.setdefault(key, set())
            other_side = side is not None and sides and None not in sides and side not in sides
            if (key in seen and not other_side) or (in_headline(s) and any(rounded_alike(k, key) for k in seen)):
                continue
            if fig.period is None and fig.metric != Metric.COUNT and any(
                    k[:2] == key[:2] and k[3] == key[3] and k[5] == key[5] for k in seen):
                continue  # "the 5-trillion yen goal": the amount told before with its period, again
            sides.add(side)
            seen.add(key)
            if f.kind == "count":
                counted.setdefault(key[:4], []).append((noun_head(f), i))
            figures.append(fig)
            if f.kind == "money":
                last_money = fig
        if last_money is not None:
            figures.extend(anaphoric_figures(scan, s, found, last_money))
        scan.last_sentence = s
    fill_currency(figures, scan.text, scan.lang)
    return figures


HEADLINE_ROUNDING = 0.02  # how far a headline's figure may round the body's ("over 23 bn" for 23.1 bn)


def rounded_alike(body: FigureKey, head: FigureKey) -> bool:
    """Whether a headline's figure is one of the body's, told rounded: the same metric and a
    value within two percent."""
    return body[0] == head[0] and abs(body[1] - head[1]) <= HEADLINE_ROUNDING * max(abs(body[1]), abs(head[1]))


WRAPPED_MIN_WORDS = 5  # words of a line of prose cut by hand (a headline or label may have fewer)
SENTENCE_CLOSE_RE = re.compile(r"[.!?:;\"”»“]\s*$")


def unwrapped(text: str, sents: list[Sentence], body_start: int) -> list[Sentence]:
    """The sentences of a text hard-wrapped at a fixed width ("... trade turnover increased by 34"
    / "percent and reached ... $24 billion."): a sentence cut at a line end, with no mark that ends
    a sentence, goes on in the next line when that opens in lower case (one that opens in upper
    case may be a new sentence after a headline-like line); the lines it joins are one paragraph."""
    out: list[Sentence] = []
    para: dict[int, int] = {}
    for s in sents:
        s = Sentence(s.start, s.end, para.get(s.para, s.para))
        prev = out[-1] if out else None
        if prev is not None and prev.start >= body_start and cut_at_line_end(text, prev, s):
            out[-1] = Sentence(prev.start, s.end, prev.para)
            para[s.para] = prev.para
            continue
        out.append(s)
    return out


def cut_at_line_end(text: str, prev: Sentence, s: Sentence) -> bool:
    """Whether sentence ``prev`` was cut by a line break and goes on in ``s``."""
    gap = text[prev.end : s.start]
    if "\n" not in gap or gap.count("\n") > 1 or gap.strip():
        return False
    line = text[text.rfind("\n", 0, prev.end) + 1 : prev.end]  # the whole line the sentence ends
    nxt = text[s.start : s.end].lstrip()
    if not nxt or SENTENCE_CLOSE_RE.search(line) or len(line.split()) < WRAPPED_MIN_WORDS:
        return False
    return nxt[0].islower()


def restatable(fig: Figure) -> bool:
    """Whether a figure told again with another qualifier is the same claim: a count ("at least
    five ... the five"), and a change or a level of trade ("up 11% ... almost 11% more than a year
    before", "to about $1 billion in 2018 ... the goal of $1 billion"); other amounts of the same
    value may be other claims ("worth $3.5 billion", "an effect of more than $3.5 billion")."""
    return fig.metric == Metric.COUNT or fig.metric in Metric.TRADE


# What makes two figures of a report one: metric, value, period, forecast, the head of a
# count's noun, and the qualifier of an amount that is no trade figure (see restatable).
FigureKey = tuple[str, float, str | None, bool, str | None, str]
HEAD_STEM = 5  # letters of a counted noun that name it in any case or number ("diplomat-s")


def noun_head(f: Found) -> str | None:
    """The last word of a count's noun, cut to its stem ("diplomat-s"); None for no noun."""
    words = f.unit.split() if f.kind == "count" and f.unit else []
    return words[-1].lower().strip("\"“”'«».,")[:HEAD_STEM] if words else None


def counted_head(f: Found, sentence: int,
                 counted: dict[tuple[str, float, str | None, bool], list[tuple[str | None, int]]]) -> str | None:
    """The head of a count's noun, cut to its stem, when it makes the count another one than
    those of the same number before, else None: only in one sentence ("expelled two Czech
    diplomats over the expulsion of two of its embassy workers"); a report that names the
    same number again in another sentence mostly names the same people in other words
    ("five diplomats ... the five employees")."""
    head = noun_head(f)
    if head is None:
        return None
    before = [c for key, c in counted.items() if key[1] == round(f.value, 2)]
    same = [(h, n) for c in before for h, n in c]
    if not same or any(h is None or h == head or n != sentence for h, n in same):
        return None
    return head


CONVERSION_GAP_RE = re.compile(r"\s*\(\s*(?:[^\W\d]+\.?\s+){0,2}")


def converted(text: str, before: Found, f: Found) -> bool:
    """Whether an amount in brackets right after another is that amount in another currency
    ("$65 billion (€60 billion)", "65 Mrd. Dollar (rund 60 Mrd. Euro)"); one in the same currency
    is another amount ("$1.5 billion ($1.4 billion a year earlier)")."""
    return before.kind == f.kind == "money" and before.currency != f.currency \
        and CONVERSION_GAP_RE.fullmatch(text, before.end, f.start) is not None


# The currencies a record's amounts are told in (SCHEMA.md): an amount in another one that the
# report converts into one of these in brackets is kept in that one.
RECORD_CURRENCIES = frozenset({"USD", "EUR", "RUB"})
# Trade between states is reckoned in US dollars: an amount the report also gives in them is kept
# in them, whatever it was first told in.
RECKONING_CURRENCY = "USD"


def kept_conversions(text: str, found: list[Found]) -> list[Found]:
    """The amounts of a sentence with each converted amount once: in the bracket's currency when
    that is dollars, or when the first is in one records do not use and the bracket's is ("22.8
    billion tenge ($51 million)", "95 billion rubles ($1.3 billion)", "1,14 Billionen Yuan
    (158,33 Milliarden US-Dollar)": the dollars, starting where the first did and with its
    qualifier, so the words before it qualify them), else as first told ("$65 billion (€60
    billion)")."""
    out: list[Found] = []
    for f in found:
        before = out[-1] if out else None
        if before is None or not converted(text, before, f):
            out.append(f)
        elif f.currency == RECKONING_CURRENCY or (
            before.currency not in RECORD_CURRENCIES and f.currency in RECORD_CURRENCIES
        ):
            out[-1] = Found(before.start, f.end, f.value, f.currency, f.unit, f.kind, f.has_scale, before.bound)
    return out


def year_after_base(text: str, lang: str | None) -> int | None:
    """The year of a report whose date gives none, from a year-on-year comparison: "compared to
    the same period of 2021" compares this year's months with last year's, so the report's
    figures are of 2022."""
    pattern = rules(lang).SAME_PERIOD_BASE_RE
    m = re.search(pattern, text, re.I) if pattern else None
    return int(m.group("year")) + 1 if m else None


def mark_ranges(scan: FigureScan, found: list[Found]) -> None:
    """The two ends of a range ("between $2 million and $5 million"): the lower is "over", the
    upper "under"."""
    pats = scan.pats
    if pats.range_start is None or pats.range_link is None:
        return
    for a, b in zip(found, found[1:], strict=False):
        if a.kind == b.kind and pats.range_link.fullmatch(scan.text, a.end, b.start) \
                and pats.range_start.search(scan.text, max(0, a.start - 30), a.start):
            a.bound, b.bound = "over", "under"
    for n, a in reversed(list(enumerate(found))):
        upper = bare_upper_bound(scan, a) if a.bound is None else None
        if upper is not None:
            a.bound, a.currency = "over", a.currency or upper.currency
            found.insert(n + 1, upper)
    for b in list(found):
        lower = bare_lower_bound(scan, b) if b.bound is None else None
        if lower is not None:
            # the lower end read alone ("$ 25" of "$ 25-95 million") is no figure of its own
            found[:] = [f for f in found if not (f.start < b.start and f.end > lower.start)]
            b.bound = "under"
            found.insert(found.index(b), lower)


LEAD_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)?")


def bare_lower_bound(scan: FigureScan, b: Found) -> Found | None:
    """The lower end of a range whose two numbers a dash or "to" joins and whose scale, currency
    and noun are told once, after the upper ("$50-60 million", "2,500 to 3,000 tractors"): the
    upper's number scaled as the upper is, or None. "from 50 to 60" is a change, no range, and
    the lower end must be the smaller number."""
    pats, text = scan.pats, scan.text
    m = pats.bare_range.search(text, max(0, b.start - 30), b.start) if pats.bare_range else None
    lead = LEAD_NUMBER_RE.search(text, b.start, b.end)
    if m is None or lead is None or lead.start() - b.start > 2 \
            or (pats.change_from and pats.change_from.search(text, max(0, m.start() - 20), m.start())):
        return None
    low, high = parse_number(m.group("num"), scan.lang), parse_number(lead.group(), scan.lang)
    if not low or not high or low >= high:
        return None
    return Found(m.start(), m.end("num"), round(low * b.value / high, 6), b.currency, b.unit, b.kind, b.has_scale, "over")


def bare_upper_bound(scan: FigureScan, a: Found) -> Found | None:
    """The upper end of a range of money told by its scale word alone ("от 900 млн до
    миллиарда долларов": one billion), or None; a scale word with no number is one of it."""
    pats, text = scan.pats, scan.text
    if a.kind != "money" or pats.range_start is None or pats.range_link is None \
            or not pats.range_start.search(text, max(0, a.start - 30), a.start):
        return None
    link = pats.range_link.match(text, a.end)
    m = bare_scale_re(scan.lang).match(text, link.end()) if link else None
    if m is None:
        return None
    r = rules(scan.lang)
    post = m.group("post")
    currency = r.CURRENCY_WORDS.get(post.strip().lower()) if post else a.currency
    end = len(text[: m.end()].rstrip())
    return Found(m.start(), end, r.SCALE_WORDS[m.group("scale").lower()], currency, None, "money", True, "under")


@lru_cache(maxsize=8)
def bare_scale_re(lang: str | None) -> re.Pattern[str]:
    """A scale word with no number before it, and the currency after it."""
    r = rules(lang)
    return re.compile(rf"(?P<scale>{alternation(r.SCALE_WORDS)})(?!\w)\s*(?P<post>(?:{alternation(r.CURRENCY_WORDS)})(?![\w-]))?",
                      re.I)


def share_currency(found: list[Found]) -> None:
    """An amount with a scale and no currency after one with a currency in the same sentence is
    in that currency ("Of the 220 million euros, 81 million are loans")."""
    currency = None
    for f in found:
        if f.kind != "money":
            continue
        if f.currency:
            currency = f.currency
        elif currency and f.has_scale:
            f.currency = currency


def counted_side(scan: FigureScan, fig: Figure) -> str | None:
    """The country a count's people or things belong to, the first named in the count or
    right after it ("two Czech diplomats", "40 staff of the Russian embassy in Berlin"): the
    same number of the other side's is another figure, the same number named again is not."""
    start, end = fig.evidence
    tail = re.match(r"[^,.;:!?()\n]{0,40}", scan.text[end:])
    window = scan.text[start : end + (tail.end() if tail else 0)]
    return next((m.iso3 for m in gazetteer.find_countries(window, scan.lang)), None)


def figure_of(scan: FigureScan, f: Found, s: Sentence, prev: Sentence | None,
              later: tuple[int, ...] = ()) -> Figure | None:
    """The figure number ``f`` of sentence ``s`` states, or None when it states none; ``later``:
    where the sentence's numbers after it start."""
    text, lang, pats = scan.text, scan.lang, scan.pats
    cs, ce = clause_bounds(text, s, f.start)
    if pats.hypothetical.search(text, cs, ce):
        return None  # "I once dreamed that trade would approach $1 billion"
    if of_third_country(scan, f, cs, ce):
        return None  # "Slovakia will expel three Russian diplomats": a figure of another pair
    after = text[f.end : f.end + 60]
    if f.kind == "percent" and pats.not_bilateral_after.match(after):
        return None  # "55.35 percent of the vote"
    spans = [(cs, ce), (s.start, s.end)] + ([(prev.start, prev.end)] if prev else [])
    metric = metric_of(text, f, spans, lang)
    if f.kind == "money" and metric == Metric.OTHER and not f.currency:
        return None
    if f.kind == "times" and metric == Metric.GROWTH and not told_change(scan, spans):
        return None  # "fired into the air three times": how often, with nothing that grew
    metric, value = with_direction(scan, f, metric, cs, after)
    forecast = bool(pats.forecast.search(text, cs, ce))
    period = figure_period(scan, f, s, (cs, ce), metric, later, foreseen=forecast)
    if period and re.fullmatch(r"\d{4}", period) and scan.year and int(period) > scan.year:
        forecast = True
    qualifier, s0 = qualifier_and_start(text, f, lang)
    if qualifier == "exact":
        qualifier, s0 = bounded(scan, f, (cs, ce), s0)
    if qualifier == "exact" and forecast and f.kind == "times" and not DIGIT.search(text, f.start, f.end):
        qualifier = "approx"  # "we expect a twofold rise": a multiple foreseen in words is an estimate
    s0 = max(s0, cs)
    return Figure(
        text=text[s0 : f.end], metric=metric, value=value, currency=f.currency,
        unit=f.unit, period=period, qualifier=qualifier,
        countries=figure_countries(scan.dyad, text, lang, metric, (cs, ce)),
        forecast=forecast, speaker_en=scan.quote_speaker_at(f.start), evidence=(s0, f.end),
        rule=f"{f.kind}-pattern",
    )


def told_change(scan: FigureScan, spans: list[tuple[int, int]]) -> bool:
    """Whether the sentence of a multiple, or the one before, names a change or a metric ("trade
    grew threefold", "exports: five times the 2015 level")."""
    pats = scan.pats
    return any(pats.growth.search(scan.text, s, e) or pats.decline.search(scan.text, s, e)
               or any(p.search(scan.text, s, e) for p, _ in pats.metrics) for s, e in spans[1:])


def bounded(scan: FigureScan, f: Found, clause: tuple[int, int], start: int) -> tuple[str, int]:
    """The qualifier of a figure no qualifier word stands before: the end of a range it is
    ("between $2 million and $5 million"), or a ceiling ("up to 130 people") unless the
    clause sets a target ("to bring trade up to $2 billion", which is the level itself)."""
    if f.bound:
        return f.bound, start
    up_to = scan.pats.up_to.search(scan.text, max(0, f.start - 20), f.start) if scan.pats.up_to else None
    if up_to and not scan.pats.target.search(scan.text, *clause):
        return "under", up_to.start()
    return "exact", start


def of_third_country(scan: FigureScan, f: Found, start: int, end: int) -> bool:
    """Whether the clause of a figure is about a country that is no side of the report, with
    at most one side beside it ("Greece expelled 12 Russian diplomats" in a report on Norway
    and Russia); a country named in a currency ("US dollars", "US$") names no country."""
    if len(scan.sides) < 2:
        return False  # no pair is known: no country is a third one
    money = [(m.start(), m.end()) for m in scan.pats.currency.finditer(scan.text, start, end)]
    named = [m.iso3 for m in gazetteer.find_countries(scan.text[start:end], scan.lang)
             if not f.start <= start + m.start < f.end
             and not any(a - 2 <= start + m.end and start + m.start < b for a, b in money)]
    return any(c not in scan.sides for c in named) and len({c for c in named if c in scan.sides}) < 2


def with_direction(scan: FigureScan, f: Found, metric: str, clause_start: int, after: str) -> tuple[str, float]:
    """The metric and signed value: a percentage written as a comparison is growth ("6.2
    percent less than in the previous year"), and growth that fell is negative ("fell by 45
    percent")."""
    value = f.value
    if f.kind == "percent" and 100 < value < 1000 and scan.pats.level_after.match(after):
        return Metric.GROWTH, round(value - 100, 6)  # "109.4% of the 2017 level": 9.4% more
    comparative = scan.pats.comparative_after.match(after) if f.kind == "percent" else None
    if comparative:
        metric = Metric.GROWTH
    if metric == Metric.GROWTH and f.unit == "percent" and (
            scan.pats.decline.search(scan.text[clause_start : f.start])
            or scan.pats.decline.search(clause_rest(scan.text, f.end))
            or (comparative and comparative.group("dir").lower() in rules(scan.lang).COMPARATIVE_DOWNWARD)):
        value = -value
    return metric, value


CLAUSE_END_RE = re.compile(r"[,;:.!?\n]")


def clause_rest(text: str, pos: int) -> str:
    """The rest of the clause after a figure, where a verb-final language puts the verb that
    tells its direction ("um 15 Prozent ... eingebrochen")."""
    m = CLAUSE_END_RE.search(text, pos)
    return text[pos : m.start() if m else len(text)]


SENTENCE_BREAK_RE = re.compile(r"[.!?]\s+(?=\w)")


def sentence_break_after(text: str, pos: int, end: int) -> int:
    """Where the sentence of a figure ending at ``pos`` really ends, before ``end``: an amount
    ending in an abbreviated scale word ("$5.1 bln. In January-July ...") can hide a full stop
    from the sentence splitter; the period named after it belongs to the next sentence."""
    for m in SENTENCE_BREAK_RE.finditer(text, max(0, pos - 1), end):
        if text[m.end()].isupper():
            return m.start() + 1
    return end


def wrapped_end(text: str, end: int) -> int:
    """Where a sentence cut at a line break goes on: a line ending in a letter or a comma before
    a line that opens in lower case is one sentence wrapped by hand; it ends at the next full
    stop or line break."""
    i = end
    while i < len(text) and text[i] in " \t":
        i += 1
    if not (0 < end and (text[end - 1].isalpha() or text[end - 1] == ",")
            and text[i : i + 1] == "\n" and text[i + 1 : i + 2].islower()):
        return end
    stop = SENTENCE_BREAK_RE.search(text, i + 1)
    line = text.find("\n", i + 1)
    ends = [x for x in (stop.start() + 1 if stop else -1, line) if x > 0]
    return min(ends) if ends else len(text)


def year_before(scan: FigureScan, s: Sentence) -> str | None:
    """The year the sentence before named, in the same paragraph: the year a trade figure
    with none of its own is of ("... by the end of 2023. 'Our trade amounted to $250 million'")."""
    last = scan.last_sentence
    if last is None or last.para != s.para:
        return None
    period = scan.last_period()
    if not (period and re.fullmatch(r"\d{4}", period)):
        return None
    # a year in a date is the day's, not a period's ("Astana, 3 October 2022. Trade ...")
    dated = any(MONTH_IN_ANY_CASE_BEFORE_RE.search(scan.text, max(0, at - 16), at)
                for at in (last.start + m.start() for m in re.finditer(period, scan.text[last.start : last.end])))
    return None if dated else period


def same_period(scan: FigureScan, s: Sentence, f: Found) -> str | None:
    """"During this time they signed 127 documents": the period the sentence before named."""
    return scan.last_period() if scan.pats.same_period.search(scan.text, s.start, f.start) else None


def figure_period(scan: FigureScan, f: Found, s: Sentence, clause: tuple[int, int], metric: str,
                  later: tuple[int, ...] = (), foreseen: bool = False) -> str | None:
    """The period a figure is of: the nearest named in its clause, else in its sentence; a
    trade figure with none takes the last named in its paragraph ("In 2023 trade amounted to
    $803 million ... Exports totaled $618 million"), unless it is ``foreseen``: a target has
    no period of the statistics told before it ("Last year trade reached $6 billion ... it
    will reach $10 billion"). A count's year is usually a date, not its period; a length has none."""
    text, lang, year = scan.text, scan.lang, scan.year
    cut = sentence_break_after(text, f.end, s.end)
    cs, ce = clause[0], min(clause[1], cut)
    wrapped = wrapped_end(text, ce)
    if wrapped > ce and ce == s.end:  # a hard-wrapped line: the sentence goes on below
        ce = cut = wrapped
        s = Sentence(s.start, wrapped, s.para)
    s = Sentence(s.start, cut, s.para) if cut < s.end else s
    if f.kind == "distance":
        return None  # a length has no period ("20 km of coast ... autonomous since 1991")
    yearly = metric in YEARLY_LEVELS or scan.pats.per_year.match(text, f.end) is not None
    if f.kind == "count":
        period = find_period(text, cs, ce, f.start, lang, year, f.end, whole_years=yearly) or same_period(scan, s, f)
        return None if period and is_date_span(period) else period
    period = find_period(text, cs, ce, f.start, lang, year, f.end, later, yearly) or find_period(
        text, s.start, s.end, f.start, lang, year, f.end, later, yearly)
    period = period or same_period(scan, s, f)
    period = same_span(scan, f, (cs, ce), period)
    if metric in Metric.TRADE:
        if period is None and not foreseen:
            period = scan.para_period.get(s.para) or year_before(scan, s)
        elif not base_amount(scan, f):
            scan.para_period[s.para] = period  # the latest period named in the paragraph
    return period


ONE_MONTH_RE = re.compile(r"(\d{4}-\d{2})\.\.\1")
SPAN_RE = re.compile(r"(\d{4})-(\d{2})\.\.\1-(\d{2})")  # months of one year ("2023-01..2023-04")


def same_span(scan: FigureScan, f: Found, clause: tuple[int, int], period: str | None) -> str | None:
    """The period of a figure told for "the same period of 2022" or "the reporting period of 2023":
    the months of the span the report's statistics were told for, in that year ("In
    January-April 2023 trade grew 7 percent ... ($1.4 billion over the same period of 2022)":
    2022-01..2022-04). Else the period as found; a span of months found is remembered."""
    span = SPAN_RE.fullmatch(period or "")
    if span and span.group(2) != span.group(3):
        scan.last_span = period
        return period
    last = SPAN_RE.fullmatch(scan.last_span or "")
    if scan.pats.same_span is None or last is None or not (period and re.fullmatch(r"\d{4}", period)):
        return period
    for m in re.finditer(period, scan.text[clause[0] : clause[1]]):
        at = clause[0] + m.start()
        if scan.pats.same_span.search(scan.text, max(0, at - BASE_REACH), at):
            return f"{period}-{last.group(2)}..{period}-{last.group(3)}"
    return period


def is_date_span(period: str) -> bool:
    """Whether a count's period is rather the date of what it counts: a year or one month ("in
    September 2016 Indonesia released 228 fishermen"), not a span the count is summed over."""
    return re.fullmatch(r"\d{4}", period) is not None or ONE_MONTH_RE.fullmatch(period) is not None


# Figures that are a year's level (a year's trade), not a change or a sum over the years.
YEARLY_LEVELS = frozenset({Metric.TRADE_TURNOVER, Metric.EXPORT, Metric.IMPORT, Metric.TRADE_BALANCE})


def anaphoric_figures(scan: FigureScan, s: Sentence, found: list[Found], last_money: Figure) -> list[Figure]:
    """"this number can be reached in 2018": the last amount again, as a forecast, when the
    clause names a later period and no number of its own."""
    text = scan.text
    out: list[Figure] = []
    for am in scan.pats.anaphoric.finditer(text, s.start, s.end):
        cs, ce = clause_bounds(text, s, am.start())
        if any(cs <= f.start < ce for f in found):
            continue
        period = find_period(text, cs, ce, am.start(), scan.lang, scan.year)
        if bool(scan.pats.forecast.search(text, cs, ce)) and period and period != last_money.period:
            out.append(Figure(
                text=re.split(r"[,”“\"»«]", text[am.start() : ce])[0].rstrip(". "), metric=last_money.metric,
                value=last_money.value, currency=last_money.currency, unit=last_money.unit,
                period=period, qualifier=last_money.qualifier, countries=last_money.countries,
                forecast=True, speaker_en=scan.quote_speaker_at(am.start()),
                evidence=(am.start(), ce), rule="anaphora:" + am.group(0)))
    return out


def fill_currency(figures: list[Figure], text: str, lang: str | None) -> None:
    """"1 Mrd." next to "$1,5 Milliarden" is dollars too: money in one report shares a
    currency, when the report names only one."""
    words = rules(lang).CURRENCY_WORDS
    currencies = {words[m.group(0).lower()] for m in figure_patterns(lang).currency.finditer(text)
                  if m.group(0).lower() in words}
    if len(currencies) == 1:
        only = next(iter(currencies))
        for f in figures:
            if f.currency is None and f.metric in Metric.MONEY \
                    and f.unit is None and f.value >= 1e5:
                f.currency = only
