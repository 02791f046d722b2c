"""RawDoc -> Doc: the clean stage as one pure function."""

from __future__ import annotations

import hashlib
import re

from dyad.clean import meta
from dyad.clean.html import extract_page
from dyad.clean.text import clean_text, date_lines
from dyad.model import Doc, RawDoc
from dyad.read import InputError, decode

MIN_WORDS = 12  # fewer words than a wire lead is no article


def doc_id_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def clean(raw: RawDoc) -> Doc:
    text = raw.hint_text if raw.hint_text is not None else decode(raw.data, raw.source)
    text = text.replace("\x00", "")
    title = html_date = sitename = None
    url = raw.url
    if raw.media_type == "text/html":
        page = extract_page(text, url)
        if page is None:
            raise InputError(f"{raw.source}: HTML page with no article text")
        title, html_date, sitename = page.title, page.date, page.sitename
        url = url or page.url
        # The headline leads the cleaned text, as it does in saved plain-text pages, so
        # that every item, the title's included, has a span in one text.
        text = (title + "\n" + page.text) if title and not page.text.startswith(title) else page.text
    cleaned = clean_text(text)
    if len(re.findall(r"\w+", cleaned.text)) < MIN_WORDS:
        raise InputError(f"{raw.source}: no article text found")
    body = cleaned.text
    language = meta.detect_language(body)
    head_title = title
    if head_title is None and cleaned.head:
        first_line = body.split("\n", 1)[0]
        head_title = first_line if first_line in cleaned.head else None
    title_span = None
    if head_title and body.startswith(head_title):
        title_span = (0, len(head_title))
    dateline = meta.find_dateline(body)
    published = None
    for line in date_lines(cleaned.head):
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
    if html_date and (published is None or (published.startswith("--") and html_date[4:10] == published[1:])):
        published = html_date[:10]  # the page's declared date, or the year for a dateline's day
    outlet = None
    if dateline and dateline.agency:
        known = meta.outlet_by_name(dateline.agency)
        outlet = known.name if known else None
        if outlet is None and re.fullmatch(r"[A-Za-zА-Яа-яЁё][\w\- ]{1,20}", dateline.agency):
            outlet = dateline.agency  # an agency we do not list is still the named source
    outlet = outlet or meta.outlet_from_header(" ".join(cleaned.head)) or meta.outlet_from_url(url)
    if outlet is None and sitename:
        known = meta.outlet_by_name(sitename)
        outlet = known.name if known else sitename
    place = None
    if dateline:
        from dyad.gazetteer import normalize_place

        place = normalize_place(dateline.place.title(), language or "en")
    return Doc(
        doc_id=doc_id_of(body),
        source=raw.source,
        text=body,
        language=language,
        outlet=outlet,
        title=head_title,
        title_span=title_span,
        dateline_place=place,
        dateline_span=dateline.span if dateline else None,
        published=published,
        url=url,
        fetched=raw.fetched,
        junk_lines=cleaned.junk_lines,
        repeated_removed=cleaned.repeated_removed,
        segments=cleaned.segments if raw.media_type != "text/html" else [],
    )
