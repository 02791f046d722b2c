"""Page junk out of already-extracted text: menus, save-day headers, share lines, footers,
and a body the saved page repeats.

The rules are about the *shape* of lines (short, no sentence punctuation, weekday-led
dates, share/subscribe wording), never about a particular site, so they hold for pages
dyad has not seen. The words they look for are the language packs' (dyad.lang.*.clean),
joined over every pack: a page is cleaned before its language is known.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from dyad.clean.outlets import outlets
from dyad.lang.union import any_fragment, any_word, letters, union

WEEKDAYS = any_word("DATE_WEEKDAYS")
# Longest first, so that "June" is not cut to "Jun" by the alternation.
MONTHS = any_word("DATE_MONTHS")
# Capital and small letters of every pack's script, for a character class.
UPPER = letters("SCRIPT_UPPER")
LOWER = letters("SCRIPT_LOWER")
# The word for "year" after the year, where a language writes one.
YEAR_WORD = rf"\s*(?:{any_word('DATE_YEAR_ABBREVS')})\.?|\s+(?:{any_word('DATE_YEAR_WORDS')})"
# "Flag Friday, 29 March 2024": the site's header on the day the page was saved.
SAVE_DAY_RE = re.compile(
    rf"^\W*(?:\w+:?\s+)?(?:{WEEKDAYS}),?\s+(?:\d{{1,2}}\.?\s+(?:{MONTHS})\.?|(?:{MONTHS})\.?\s+\d{{1,2}}),?\s+\d{{4}}"
    rf"(?:{YEAR_WORD})?\W*$",
    re.I,
)
# A bare timestamp line: "09 June 2021, 18:47", "12:58, 5 February", "November 29, 2017".
TIME = r"\d{1,2}:\d{2}(?::\d{2})?"
DAY_MONTH = rf"\d{{1,2}}\.?\s+(?:{MONTHS})\.?(?:\s+\d{{4}})?(?:{YEAR_WORD})?"
MONTH_DAY = rf"(?:{MONTHS})\.?\s+\d{{1,2}},?(?:\s+\d{{4}})?"
NUMERIC = r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{4}\.\d{2}\.\d{2}"
# The word between a label and its date ("Published on 3 May").
LABEL_JOINER = rf"(?:(?:{any_word('DATE_LABEL_JOINERS')})\s+)?"
DATE_LABEL = rf"(?:{any_word('DATE_LABELS')})\s*:?\s*{LABEL_JOINER}"
# "17:34 GMT", "13:47 (UTC +04:00)"
TIME_ZONE = (rf"(?:\s*(?:{any_word('DATE_ZONES')}))?"
             rf"(?:\s*\(?\s*(?:{any_word('DATE_OFFSET_ZONES')})\s*[+-−]\s*\d{{1,2}}(?::?\d{{2}})?\s*\)?)?")
DATE_LINE_RE = re.compile(
    rf"^\s*(?:{DATE_LABEL})?(?:(?:{TIME}){TIME_ZONE}\s*,?\s*)?(?:(?:{WEEKDAYS}),?\s+)?"
    rf"(?:{DAY_MONTH}|{MONTH_DAY}|{NUMERIC})"
    rf"(?:\s*[,\-–/|]?\s*(?:{TIME}){TIME_ZONE})?"
    r"(?:\s*\([^()]{0,60}\))?\s*$",  # "14:37 14.05.2025 (updated: 15:21 14.05.2025)"
    re.I,
)
# A date line led by the section it was filed under: "Politics Materials 26 February 2024 13:47".
UPDATE_LABEL_RE = re.compile(rf"^\s*(?:{any_word('DATE_UPDATE_LABELS')})\b", re.I)
SECTION_DATE_RE = re.compile(
    rf"^\s*(?-i:[{UPPER}][\w&-]*,?\s+){{1,3}}(?P<date>(?:{DAY_MONTH}|{MONTH_DAY}|{NUMERIC})(?:\s*,?\s*(?:{TIME}){TIME_ZONE})?)\s*$",
    re.I,
)
# A byline that carries the publication date inside it: "Staff Writer Published March 11,
# 2021 | 04:15 PM".
PUBLISHED_IN_LINE_RE = re.compile(
    rf"\b(?:{any_word('DATE_BYLINE_LABELS')})\s*:?\s*{LABEL_JOINER}"
    rf"(?P<date>(?:{DAY_MONTH}|{MONTH_DAY}|{NUMERIC}))",
    re.I,
)
SHARE_RE = re.compile(rf"^\W*(?:{any_word('FURNITURE_SHARE')}|©)\b", re.I)
# Headings of the lists of other stories a page carries ("Read also", "Latest news"): the
# short lines under them are other articles' headlines, not this one's content.
RELATED_HEADING_RE = re.compile(rf"^\W*(?:{any_word('FURNITURE_RELATED_HEADINGS')})\W*$", re.I)
# Footer sentences: long enough to read as prose, so they are recognised by what they say.
FOOTER_RE = re.compile(
    rf"^\W*(?:©|\(c\)\s|(?:{any_word('FURNITURE_COPYRIGHT')})\b)|{any_fragment('FURNITURE_FOOTER_RE')}|"
    rf"\b(?:{any_word('FURNITURE_COOKIE_NOUNS')})\b.{{0,80}}\b(?:{any_word('FURNITURE_COOKIE_CONSENT')})|"
    rf"\b(?:{any_word('FURNITURE_COOKIE_VERBS')})\s+(?:{any_word('FURNITURE_COOKIE_OBJECTS')})",
    re.I,
)
# Networks and channels a row of share buttons names (the other words of the row, "Share on",
# are the packs' FURNITURE_BUTTONS).
SOCIAL = {"twitter", "facebook", "vk", "vkontakte", "telegram", "whatsapp", "instagram", "youtube",
          "ok", "linkedin", "email", "e-mail", "x", "threads", "viber", "rss"}
# Every word a row of share buttons may hold.
BUTTON_WORDS = frozenset(SOCIAL) | frozenset(union("FURNITURE_BUTTONS"))
SENTENCE_END = re.compile(r"[.!?;:…\"”»“„]\s*$")


@dataclass
class Line:
    start: int  # offset of the line in the input text
    text: str


@dataclass
class Cleaned:
    text: str
    segments: list[tuple[int, int, int]]  # (clean_start, original_start, length)
    head: list[str]  # short lines before the body (menus, categories, headline, date line)
    junk_lines: int
    repeated_removed: bool
    tail: list[str] = field(default_factory=list)  # short lines after the body (credits, date lines, footers)


def split_lines(text: str) -> list[Line]:
    lines, pos = [], 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        lines.append(Line(pos, body))
        pos += len(raw)
    return lines


def word_count(s: str) -> int:
    return len(s.split())


def is_social_line(s: str) -> bool:
    if len(s) > 200:  # a row of share buttons is short; do not tokenise a megabyte line
        return False
    words = re.findall(r"[\w-]+", s.lower())
    return bool(words) and all(w in BUTTON_WORDS for w in words)


# A photo caption carries its credit: "... during the talks. Photo: Reuters", "(c) RIA Novosti
# / ...": the people in it are pictured, not reported on. The photo agencies' own credits are
# names, the same in every language.
PHOTO_AGENCY_CREDITS = ("getty images", "afp photo", "reuters/", "ap photo", "picture alliance", "imago")
CAPTION_CREDIT_RE = re.compile(
    rf"(?:\b(?:{any_word('FURNITURE_CAPTION_LABELS')})\s*:|©|{any_fragment('FURNITURE_CAPTION_CREDITS_RE')}|"
    rf"\b(?:{'|'.join(map(re.escape, PHOTO_AGENCY_CREDITS))})\b)",
    re.I,
)


# A line that ends in a known outlet's name after a dash, with no sentence end, is a picture's
# alt text or a related story's teaser as the site titles it ("Defence ministers of the two
# countries - Sputnik Belarus"); an edition's word or two may follow the name. A wire dateline
# ("MINSK, 26 Sep - Sputnik. The ...") goes on after the name and is not one.
OUTLET_WORDS = 2
OUTLET_TITLED_WORDS = 3  # words before the dash: a title, not a lone name


@lru_cache(maxsize=1)
def outlet_titled_re() -> re.Pattern[str]:
    names = sorted({n for o in outlets() for n in (o.name, *o.credits) if len(n.split()) <= 3}, key=len, reverse=True)
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(rf"^(?:\S+\s+){{{OUTLET_TITLED_WORDS - 1},}}\S+\s+[-–—|]\s+(?:{alternatives})(?:\s+\w+){{0,{OUTLET_WORDS}}}$", re.I)


def is_outlet_titled(st: str) -> bool:
    """ "<words> - <outlet>": a title the site gave a picture or another story."""
    return len(st) <= 300 and not SENTENCE_END.search(st) and bool(outlet_titled_re().match(st))


def is_caption(st: str) -> bool:
    return word_count(st) <= 45 and bool(CAPTION_CREDIT_RE.search(st))


def is_junk(s: str) -> bool:
    st = s.strip()
    if not st:
        return True
    if is_caption(st):
        return True
    if SAVE_DAY_RE.match(st) or is_social_line(st):
        return True
    if st in {"***", "* * *", "---"}:
        return False
    if word_count(st) <= 60 and FOOTER_RE.search(st):
        return True
    return bool(SHARE_RE.match(st.lstrip("-•– ")) and word_count(st) <= 8)


def is_body(s: str) -> bool:
    """A line that reads as running prose: long, or a complete sentence."""
    st = s.strip()
    n = word_count(st)
    return n >= 20 or (n >= 8 and bool(SENTENCE_END.search(st)))


WRAP_MIN_WORDS = 5  # words of a line of prose wrapped by hand (a menu item or label has fewer)


def wraps_into(line: str, nxt: str) -> bool:
    """Whether a line goes on in the next, as prose wrapped by hand at a fixed width does: it ends
    in no sentence end, is long enough for prose, and the next opens in lower case."""
    st, nx = line.strip(), nxt.strip()
    return bool(nx) and word_count(st) >= WRAP_MIN_WORDS and not SENTENCE_END.search(st) and nx[0].islower()


def in_wrapped_body(lines: list[Line], i: int) -> bool:
    """Whether line ``i`` belongs to a sentence wrapped over lines ("...the bilateral trade
    turnover increased by 34" / "percent and reached ...") that reads as prose once joined."""
    a = i
    while a > 0 and wraps_into(lines[a - 1].text, lines[a].text):
        a -= 1
    b = i
    while b + 1 < len(lines) and wraps_into(lines[b].text, lines[b + 1].text):
        b += 1
    return b > a and is_body(" ".join(ln.text.strip() for ln in lines[a : b + 1]))


# Pages saved by some crawlers open with the page's date before the headline or the first
# sentence on the same line: " date 2024-03-03 Headline ...". A line break in place of the
# space after the date makes it a date line of its own; the offsets do not move.
CRAWL_DATE_RE = re.compile(r"\A(\s*date\s+\d{4}-\d{2}(?:-\d{2})?)[ \t](?=\s*\S)", re.I)
# The same line with only the month: the page's date to that precision ("2022-04").
CRAWL_FULL_RE = re.compile(r"^\s*date\s+(?P<day>\d{4}-\d{2}-\d{2})\s*$", re.I)
# A full date (day, month and year) anywhere in a line, for the furniture around a body:
# "Stand: 29.10.2023 01:06 Uhr", "(APA, 17.3.2017)", "This report was first published Aug. 23,
# 2022.", and dates run together ("15 September 202215 Sep 2022").
YEAR = r"(?:19|20)\d{2}(?!\d{3})"
FULL_DATE_RE = re.compile(
    rf"(?<![\d.])(?:\d{{1,2}}\.?\s+(?:{MONTHS})\.?,?\s+{YEAR}|(?:{MONTHS})\.?\s+\d{{1,2}},?\s+{YEAR}|"
    rf"\d{{1,2}}\.\d{{1,2}}\.{YEAR}|{YEAR}[.-]\d{{2}}[.-]\d{{2}}(?!\d))",
    re.I,
)
# Labels that put the publication date in running furniture (a byline, the line under a
# headline, a closing credit): the date right after one of them is the page's.
PUBLICATION_LABEL_RE = re.compile(
    rf"\b(?:{any_word('DATE_FURNITURE_LABELS')})\b\s*:?\s*{LABEL_JOINER}[,\s]*$",
    re.I,
)
# "Today, 23 August, ..." opening the body: the report's own day.
TODAY_DATE_RE = re.compile(
    rf"\b(?:{any_word('DATE_TODAY_WORDS')})\s*,?\s*(?:(?:{any_word('DATE_TODAY_JOINERS')})\s+)?"
    rf"(?P<date>{DAY_MONTH}|{MONTH_DAY})",
    re.I,
)
# A closing credit: "(APA, 17.3.2017)", "(dpa, 3.5.2021)".
CREDIT_UPPER = letters("SCRIPT_CREDIT_UPPER")
CREDIT_DATE_RE = re.compile(rf"\(\s*[{CREDIT_UPPER}][\w./-]{{1,20}}(?:\s*/\s*[{CREDIT_UPPER}][\w./-]{{1,20}})*\s*,\s*$")


def split_crawl_date(text: str) -> str:
    m = CRAWL_DATE_RE.match(text)
    return text if m is None else text[: m.end(1)] + "\n" + text[m.end(1) + 1 :]


def clean_text(text: str) -> Cleaned:
    text = split_crawl_date(text)
    dropped = dropped_positions(text)
    if dropped:
        # NULs and invisible characters that split words go, but the segments still point into
        # the text as given (Doc.original_offset).
        where = [i for i in range(len(text)) if i not in dropped]
        cleaned = clean_text("".join(text[i] for i in where))
        cleaned.segments = unstrip_segments(cleaned.segments, where)
        return cleaned
    lines = split_lines(text)
    body_idx = [i for i, ln in enumerate(lines) if (is_body(ln.text) or in_wrapped_body(lines, i)) and not is_junk(ln.text)]
    if not body_idx:
        kept = [ln for ln in lines if ln.text.strip() and not is_junk(ln.text)]
        return assemble(kept, [], len(lines) - len(kept), False)
    first, last = body_idx[0], body_idx[-1]
    head = [ln for ln in lines[:first] if ln.text.strip()]
    kept: list[Line] = []
    junk = 0
    # Head: keep only the headline (chosen by meta); menus and date lines go.
    head_texts = [ln.text.strip() for ln in head if not is_junk(ln.text)]
    headline = pick_headline(head_texts)
    for ln in head:
        if headline is not None and ln.text.strip() == headline and not kept:
            kept.append(Line(ln.start + (len(ln.text) - len(ln.text.lstrip())), ln.text.strip()))
        else:
            junk += 1
    # The headline counts as seen: a page that repeats it below the body (related news, a
    # second copy of the story) gives it once, and cleaning the cleaned text changes nothing.
    head_kept = len(kept)
    headline_key = re.sub(r"\s+", " ", headline) if kept and headline else None
    seen: set[str] = {headline_key} if headline_key else set()
    body_dates: list[str] = []
    repeated = False
    in_related = False  # under a "Read also" heading: other stories' headlines until prose resumes
    teaser = False  # after a picture titled with the outlet: a related story's headline may follow
    for ln in lines[first : last + 1]:
        st = ln.text.strip()
        if not st:
            teaser = False
            continue
        if is_outlet_titled(st):
            teaser = True
            junk += 1
            continue
        if teaser and not is_body(st):
            teaser = False
            junk += 1  # the teased story's headline, under its picture
            continue
        teaser = False
        if RELATED_HEADING_RE.match(st):
            in_related = True
            junk += 1
            continue
        if in_related and not is_body(st):
            junk += 1
            continue
        in_related = False
        if is_junk(st):
            junk += 1
            continue
        if DATE_LINE_RE.match(st) and len(st) < 60:
            body_dates.append(st)  # "Date 31.05.2023" under a photo: metadata, not prose
            junk += 1
            continue
        key = re.sub(r"\s+", " ", st)
        if (word_count(st) >= 6 or key == headline_key) and key in seen:
            repeated = True  # the saved page repeats its body: each fact counts once
            continue
        seen.add(key)
        kept.append(Line(ln.start + (len(ln.text) - len(ln.text.lstrip())), st))
    # Tail: list items and sentences stay, short label lines (footer, bylines, menus) go.
    tail = [ln.text.strip() for ln in lines[last + 1 :] if ln.text.strip()]
    junk += len(tail)
    # The last body line may have been a repeat that went: the short lines before it are a
    # tail now, as they will be when the cleaned text is cleaned again.
    while len(kept) > head_kept and not (is_body(kept[-1].text) or in_wrapped_body(kept, len(kept) - 1)):
        kept.pop()
        junk += 1
    cleaned = assemble(kept, head_texts + body_dates, junk, repeated)
    cleaned.tail = tail[:8]
    return cleaned


def dropped_positions(text: str) -> set[int]:
    """Positions of the characters cleaning drops: NULs, and invisible characters that split
    words (a zero-width space inside a name would make a second person)."""
    from dyad.read import INVISIBLE, JOINER_IN_WORD

    out = {i for i, c in enumerate(text) if c == "\x00"} if "\x00" in text else set()
    for rx in (INVISIBLE, JOINER_IN_WORD):
        for m in rx.finditer(text):
            out.update(range(m.start(), m.end()))
    return out


def unstrip_segments(segments: list[tuple[int, int, int]], where: list[int]) -> list[tuple[int, int, int]]:
    """Segments over the stripped text as segments over the original (split at each dropped
    character); ``where`` maps each stripped index to its original index."""
    out: list[tuple[int, int, int]] = []
    for clean_start, start, length in segments:
        run_clean, run_orig, run_len = clean_start, where[start] if length else start, 0
        for k in range(length):
            orig = where[start + k]
            if run_len and orig != run_orig + run_len:
                out.append((run_clean, run_orig, run_len))
                run_clean, run_orig, run_len = clean_start + k, orig, 0
            run_len += 1
        out.append((run_clean, run_orig, run_len))
    return out


def assemble(kept: list[Line], head: list[str], junk: int, repeated: bool) -> Cleaned:
    parts, segments, pos = [], [], 0
    for ln in kept:
        segments.append((pos, ln.start, len(ln.text)))
        parts.append(ln.text)
        pos += len(ln.text) + 1
    return Cleaned("\n".join(parts), segments, head, junk, repeated)


def pick_headline(head: list[str]) -> str | None:
    """The headline among the short lines above the body.

    Pages put it next to the publication timestamp: the line just before the date line,
    else the one just after it; with no date line, the last line that looks like a title.
    """
    def titled(s: str) -> bool:  # a byline with its date is no headline
        return _titled(s) and not DATE_LINE_RE.match(s) and not PUBLISHED_IN_LINE_RE.search(s)

    for i, s in enumerate(head):
        if DATE_LINE_RE.match(s):
            around = [x for x in (head[i - 1] if i > 0 else "", head[i + 1] if i + 1 < len(head) else "")
                      if titled(x)]
            if around:
                return max(around, key=word_count)
    candidates = [s for s in head if titled(s)]
    plain = [s for s in candidates if not is_outlet_titled(s)]  # "<headline> - <outlet>" is its share title
    return (plain or candidates)[-1] if candidates else None


def _beside_headline(head: list[str], line: str) -> bool:
    i = head.index(line)
    return any(0 <= j < len(head) and _titled(head[j]) for j in (i - 1, i + 1))


def _titled(s: str) -> bool:
    """A line that may be a headline: four words or more, not ending like a sentence or a label."""
    return len(re.findall(r"[^\W\d_]{2,}", s)) >= 4 and not s.rstrip().endswith((".", ":"))


def date_lines(head: list[str]) -> list[str]:
    """The publication-date candidates among the head lines, most explicit first: bare date
    lines, then dates after a section label."""
    bare = [s for s in head if DATE_LINE_RE.match(s) and not SAVE_DAY_RE.match(s)]
    # The site's own clock (the same line in its header and its footer, "the day it was
    # saved") repeats; the article's date line stands beside its headline: those first.
    # An update's date line ("Updated: ...") comes after the others: the page was published before.
    bare.sort(key=lambda s: (bool(UPDATE_LABEL_RE.match(s)), head.count(s) > 1, not _beside_headline(head, s)))
    labelled = [m.group("date") for s in head if not SAVE_DAY_RE.match(s) and (m := SECTION_DATE_RE.match(s))]
    in_byline = [m.group("date") for s in head if (m := PUBLISHED_IN_LINE_RE.search(s))]
    return bare + in_byline + labelled
