"""RawDoc -> Doc: the clean stage as one pure function."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date

from dyad.clean import meta
from dyad.clean.html import PageError, extract_page
from dyad.clean.meta import AGENCY_LETTERS
from dyad.clean.text import CRAWL_FULL_RE, FULL_DATE_RE, Cleaned, clean_text, date_lines
from dyad.model import Doc, RawDoc
from dyad.read import InputError, decode, unicode_safe

MIN_WORDS_HTML = 12  # a page whose main text is shorter than a wire lead has no article
MIN_WORDS_TEXT = 3  # a plain-text input may be one sentence (event coders' test sets are)
# A news article, even a long read, is far below this; above it a text is a book, a log or a
# dump, and extraction (whose cost grows faster than the text) would stall the batch on it.
MAX_TEXT_CHARS = 50_000
MAX_INPUT_CHARS = 2_000_000  # plain text this long is refused before line cleaning
AGENCY_NAME_RE = re.compile(rf"[{AGENCY_LETTERS}][\w\- ]{{1,20}}")  # a dateline's agency we do not list


def reads_as_words(text: str) -> bool:
    """Most words of a text are written in one case or capitalised ("Minsk", "UN", "said");
    bytes decoded in the wrong encoding (Cyrillic read in another code page) give capitals
    inside words."""
    words = re.findall(r"[^\W\d_]{2,}", text[:20_000])
    needed = 0.6 * len(words)
    if needed <= 0:
        return True
    plain = 0
    for w in words:  # stops once enough words are plain: most pages are decided early
        if w.islower() or w.isupper() or w.istitle() or w.lower() == w.upper():
            plain += 1
            if plain >= needed:
                return True
    return False


def doc_id_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Source:
    """The text to clean, and what an HTML page declares about itself."""

    text: str
    url: str | None
    title: str | None = None
    date: str | None = None  # the date the page declares (markup or trafilatura), ISO
    sitename: str | None = None


def clean(raw: RawDoc) -> Doc:
    """Decode, take the article text out of the page, then read its metadata; InputError when
    there is no article."""
    source = read_source(raw)
    cleaned = clean_text(source.text)
    body = article_text(raw, cleaned)
    language = meta.detect_language(body)
    title, title_span = find_title(source.title, cleaned.head, body)
    dateline = meta.find_dateline(body)
    published, stamp_only = find_published(cleaned, body, language, dateline, source.date)
    outlet = find_outlet(dateline, cleaned.head, source)
    return Doc(
        doc_id=doc_id_of(body),
        source=raw.source,
        text=body,
        language=language,
        outlet=outlet,
        title=title,
        title_span=title_span,
        dateline_place=dateline_place(dateline, language),
        dateline_span=dateline.span if dateline else None,
        published=published,
        published_stamp_only=stamp_only,
        stamp_year=stamp_year(cleaned.head),
        url=source.url,
        fetched=raw.fetched,
        junk_lines=cleaned.junk_lines,
        repeated_removed=cleaned.repeated_removed,
        segments=cleaned.segments if raw.media_type != "text/html" else [],
    )


def read_source(raw: RawDoc) -> Source:
    """The input decoded: plain text as it is, an HTML page as its main text."""
    text = unicode_safe(raw.hint_text, keep_invisible=True) if raw.hint_text is not None else decode(raw.data, raw.source)
    if raw.media_type == "text/html":
        return read_page(raw, text)
    if len(text) > MAX_INPUT_CHARS:
        raise InputError(f"{raw.source}: text too long for one article "
                         f"({len(text):,} characters > {MAX_INPUT_CHARS:,})")
    return Source(text, raw.url)


def read_page(raw: RawDoc, html: str) -> Source:
    try:
        page = extract_page(html.replace("\x00", ""), raw.url)  # lxml refuses NULs
    except PageError as err:
        raise InputError(f"{raw.source}: {err}") from err
    if page is None:
        raise InputError(f"{raw.source}: HTML page with no article text")
    # The headline leads the cleaned text, as it does in saved plain-text pages, so
    # that every item, the title's included, has a span in one text.
    title = page.title
    text = (title + "\n" + page.text) if title and not page.text.startswith(title) else page.text
    return Source(text, raw.url or page.url, title, page.date, page.sitename)


def article_text(raw: RawDoc, cleaned: Cleaned) -> str:
    """The cleaned text, refused when it is no article: too short, not words, or too long."""
    min_words = MIN_WORDS_HTML if raw.media_type == "text/html" else MIN_WORDS_TEXT
    if len(re.findall(r"\w+", cleaned.text)) < min_words:
        raise InputError(f"{raw.source}: no article text found")
    if not reads_as_words(cleaned.text):
        raise InputError(f"{raw.source}: no article text found (not words: wrong encoding or binary data)")
    body = cleaned.text
    if len(body) > MAX_TEXT_CHARS:
        raise InputError(f"{raw.source}: text too long for one article "
                         f"({len(body):,} characters > {MAX_TEXT_CHARS:,})")
    return body


def find_title(declared: str | None, head: list[str], body: str) -> tuple[str | None, tuple[int, int] | None]:
    """The headline (the page's declared title, else the head line kept as the body's first
    line) and its span when the body opens with it."""
    title = declared
    if title is None and head:
        first_line = body.split("\n", 1)[0]
        title = first_line if first_line in head else None
    span = (0, len(title)) if title and body.startswith(title) else None
    return title, span


def find_published(cleaned: Cleaned, body: str, language: str | None, dateline: meta.Dateline | None,
                   declared: str | None) -> tuple[str | None, bool]:
    """The publication date, ISO, or --MM-DD when only day and month are known: from the date
    lines of the head and the dateline, else the page's furniture, else "today" in the first
    lines; the crawler's date, then the page's declared date, go first. The flag tells that the
    date is the crawler's stamp alone, confirmed by no date of the page itself."""
    # The crawler's " date" line is set aside so that what the page itself dates can confirm it.
    own_head = [line for line in cleaned.head if not CRAWL_FULL_RE.match(line)]
    published = head_date(own_head, dateline, language)
    if published is None or published.startswith("--"):
        # the date written in the page's furniture: labelled, opening a head line, or in the
        # closing credit; a dateline's day without year takes its year only when they agree
        found = meta.furniture_date(own_head + body.split("\n")[:3], body.split("\n")[-3:] + cleaned.tail, language)
        if found and (published is None or found[4:] == published[1:]):
            published = found
    if published is None:
        published = meta.today_date(body, language)
    crawl = next((m.group("day") for line in cleaned.head if (m := CRAWL_FULL_RE.match(line))), None)
    stamp_only = False
    if crawl:
        stamp_only = not same_day(published or declared, crawl)
        published = crawl  # the page's own date, as the crawler recorded it
    if declared and (published is None or (published.startswith("--") and declared[4:10] == published[1:])):
        published = declared[:10]  # the page's declared date, or the year for a dateline's day
    if published and published.startswith("--"):
        published = year_from_recent_date(published, body, language) or published
    return published, stamp_only


CRAWL_MONTH_RE = re.compile(r"^\s*date\s+(?P<year>\d{4})-\d{2}\s*$", re.I)


def stamp_year(head: list[str]) -> int | None:
    """The year of the crawler's " date YYYY-MM" line: a month's stamp is no publication date,
    but its year is the report's."""
    return next((int(m.group("year")) for line in head if (m := CRAWL_MONTH_RE.match(line))), None)


def same_day(own: str | None, crawl: str) -> bool:
    """A date of the page itself (ISO, or --MM-DD) names the crawler's day."""
    return own is not None and (own[:10] == crawl or (own.startswith("--") and own[1:] == crawl[4:]))


# A dateline's day without a year takes the year of a whole date the opening of the body names
# up to this many days before it ("BAKU, March 1. ... consultations held on February 28, 2023").
RECENT_DATE_DAYS = range(0, 8)
RECENT_DATE_CHARS = 1500


def year_from_recent_date(partial: str, body: str, language: str | None) -> str | None:
    """The dateline's day completed with the year of a whole date named near the top of the
    body a few days before it: a report tells of the previous days with their year."""
    for m in FULL_DATE_RE.finditer(body[:RECENT_DATE_CHARS]):
        found = meta.parse_date(m.group(0), language)
        if not found or found.startswith("--"):
            continue
        for year in (int(found[:4]), int(found[:4]) + 1):
            try:
                day = date(year, int(partial[2:4]), int(partial[5:7]))
            except ValueError:
                continue
            if (day - date.fromisoformat(found)).days in RECENT_DATE_DAYS:
                return day.isoformat()
    return None


def head_date(head: list[str], dateline: meta.Dateline | None, language: str | None) -> str | None:
    """The first date line of the head that parses, merged with the dateline's day."""
    published = None
    for line in date_lines(head):
        published = meta.parse_date(line, language)
        if published:
            break
    if dateline:
        dl_date = meta.parse_date(dateline.date_text, language)
        published = meta.merge_dates(published, dl_date)
        if published and dl_date and not published.startswith("--") and dl_date.startswith("--"):
            # A year from the timestamp completes the dateline only when day and month agree.
            if published[4:] != dl_date[1:]:
                published = published[:4] + dl_date[1:]
    return published


def find_outlet(dateline: meta.Dateline | None, head: list[str], source: Source) -> str | None:
    """The outlet: the dateline's agency, a credit in the page's header, the URL's domain, or
    the site's declared name."""
    outlet = None
    if dateline and dateline.agency:
        known = meta.outlet_by_name(dateline.agency)
        outlet = known.name if known else None
        if outlet is None and AGENCY_NAME_RE.fullmatch(dateline.agency):
            outlet = dateline.agency  # an agency we do not list is still the named source
    outlet = outlet or meta.outlet_from_header(" ".join(head)) or meta.outlet_from_url(source.url)
    if outlet is None and source.sitename:
        known = meta.outlet_by_name(source.sitename)
        outlet = known.name if known else source.sitename
    return outlet


def dateline_place(dateline: meta.Dateline | None, language: str | None) -> str | None:
    """The dateline's place, in English when the gazetteer knows it."""
    if not (dateline and dateline.place):
        return None
    from dyad.gazetteer import RECORD_LANG, normalize_place

    return normalize_place(dateline.place.title(), language or RECORD_LANG)
