"""Metadata of a cleaned document: language, outlet, dateline, publication date.

Kept apart from body cleaning (as trafilatura keeps metadata.py apart) so each can be
tested on its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from urllib.parse import urlparse

from dyad.clean.outlets import Outlet, outlets
from dyad.clean.text import (
    CREDIT_DATE_RE,
    DATE_LABEL,
    DAY_MONTH,
    FULL_DATE_RE,
    LOWER,
    MONTH_DAY,
    MONTHS,
    PUBLICATION_LABEL_RE,
    TIME,
    TIME_ZONE,
    TODAY_DATE_RE,
    UPPER,
    WEEKDAYS,
    YEAR,
)
from dyad.lang import available, pack
from dyad.lang.union import any_word, letters


def supported() -> tuple[str, ...]:
    """The languages dyad has a pack for (dyad.lang finds them)."""
    return available()


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    # Restricted to the languages we extract: 10x less memory than all of lingua's models.
    # Models load when a text first needs them (the same models, so the same answers):
    # preloading them all cost every worker 1.1-1.3 s of CPU at start-up, against 0.05 s
    # for what the first pages need (a Cyrillic text is decided by its script, before this).
    from lingua import Language, LanguageDetectorBuilder

    langs = [getattr(Language, pack(code).LINGUA_NAME) for code in supported()]
    return LanguageDetectorBuilder.from_languages(*langs).build()


# Languages met among news pages that may have no pack: recognised so that an Italian or
# Ukrainian article is reported as such (with a warning, and no facts guessed with another
# language's rules) instead of being read as English or Russian. Those with a pack drop out.
NEWS_LANGUAGES = {"FRENCH": "fr", "ITALIAN": "it", "SPANISH": "es", "PORTUGUESE": "pt", "POLISH": "pl",
                  "TURKISH": "tr", "UKRAINIAN": "uk", "DUTCH": "nl"}
MIN_WORDS_OTHER = 40  # short texts (a headline, a coder's test sentence) are too short to overrule
OTHER_CONFIDENCE = 0.9


def other_languages() -> dict[str, str]:
    return {name: code for name, code in NEWS_LANGUAGES.items() if code not in supported()}


@lru_cache(maxsize=1)
def _wide_detector():  # type: ignore[no-untyped-def]
    # Low-accuracy mode: trigram models only, about 30 MB for all of these languages, loaded
    # when a text first needs them (as ``_detector``'s).
    from lingua import Language, LanguageDetectorBuilder

    names = [pack(code).LINGUA_NAME for code in supported()] + list(other_languages())
    return LanguageDetectorBuilder.from_languages(*(getattr(Language, n) for n in names)) \
        .with_low_accuracy_mode().build()


def other_language(sample: str) -> str | None:
    """The ISO code of a language dyad has no pack for, when a long text is clearly in it."""
    if len(sample.split()) < MIN_WORDS_OTHER:
        return None
    det = _wide_detector()
    lang = det.detect_language_of(sample)
    others = other_languages()
    if lang is None or lang.name not in others:
        return None
    return others[lang.name] if det.compute_language_confidence(sample, lang) >= OTHER_CONFIDENCE else None


@lru_cache(maxsize=8)
def _script_re(script: tuple[str, str]) -> re.Pattern[str]:
    return re.compile(f"[{re.escape(script[0])}-{re.escape(script[1])}]")


def _script_language(sample: str, n_letters: int) -> str | None:
    """The one supported language written in a script of its own (Cyrillic among en/de/ru),
    when more than half of the sample's ``n_letters`` letters are in that script: decided
    without the detector. (The script's characters are found by a pattern, not by testing
    every character of the sample in Python.)"""
    for code in supported():
        script = pack(code).SCRIPT
        if script and sum(1 for c in _script_re(script).findall(sample) if c.isalpha()) / n_letters > 0.5:
            return code
    return None


# The detectors read the first characters of a body only: lingua's cost grows with the text
# (two detectors over 3,000 characters were a third of cleaning a page), and on every corpus
# dyad has (517 bodies: seeds, fixtures, the development set, the generated corpus, PETRARCH-2)
# 1,500 characters, and even 500, give the language 3,000 gave.
LANGUAGE_SAMPLE_CHARS = 1500


def detect_language(text: str) -> str | None:
    sample = text[:LANGUAGE_SAMPLE_CHARS]
    if not re.search(r"\w{2,}", sample):
        return None
    other = other_language(sample)
    if other:
        return other
    n_letters = sum(map(str.isalpha, sample))
    by_script = _script_language(sample, n_letters) if n_letters else None
    if by_script:
        return by_script
    lang = _detector().detect_language_of(sample)
    if lang is None:
        return None
    return next((code for code in supported() if pack(code).LINGUA_NAME == lang.name), None)


def outlet_by_name(name: str) -> Outlet | None:
    low = name.lower().strip()
    for o in outlets():
        if low == o.name.lower() or any(low == c.lower() for c in o.credits):
            return o
    return None


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = (urlparse(url).hostname or "").lower()
    for o in outlets():
        if any(host == d or host.endswith("." + d) for d in o.domains):
            return o.name
    return None


def outlet_from_header(head_text: str) -> str | None:
    """A site's own header ("Official website of the President of ...") names the outlet.

    Only long credits are trusted here: a short name in a header may be a menu link.
    """
    flat = re.sub(r"\s+", " ", head_text).lower()
    for o in outlets():
        for credit in o.credits:
            if len(credit.split()) >= 3 and credit.lower() in flat:
                return o.name
    return None


# Letters of the plain alphabets, in which agencies write their names ("BelTA", "INTERFAX.RU").
AGENCY_UPPER = letters("SCRIPT_ALPHABET_UPPER")
AGENCY_LETTERS = AGENCY_UPPER + letters("SCRIPT_ALPHABET_LOWER")
# "MINSK, 9 June (BelTA) –", "ASTANA. Nov. 5. KAZINFORM -", "TASHKENT, 5 March. /Corr. IA/",
# "BERLIN, 12. March (dpa) -". The place is in capitals; the agency in brackets or slashes.
DATELINE_RE = re.compile(
    rf"(?P<place>[{UPPER}][{UPPER}\- ]{{1,30}}?)\s*[,.]\s*"
    # "BAKU, Azerbaijan, February 26.": the country after the city
    rf"(?:(?-i:[{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)?)\s*,\s*)?"
    rf"(?P<date>(?:{DAY_MONTH}|{MONTH_DAY}))\.?\s*"
    rf"(?:(?:\((?P<agency1>[^()\n]{{2,40}})\))|(?:/(?P<agency2>[^/\n]{{2,40}})/)|(?P<agency3>(?-i:[{AGENCY_UPPER}]{{2,20}}(?:\.[{AGENCY_UPPER}]{{2,3}})?)\b)|"
    # "Dushanbe, 30 April, example.com The ...": the outlet's web address after the date
    rf"(?:,\s*(?P<agency4>(?-i:[a-z0-9-]{{2,30}}(?:\.[a-z0-9-]{{2,30}})*\.[a-z]{{2,6}}))(?=\s)))?"
    r"\s*[–—-]?\s*",
    re.I,
)


# "ASTANA. KAZINFORM –": a place and an agency, no date.
DATELINE_NO_DATE_RE = re.compile(
    rf"(?P<place>[{UPPER}][{UPPER}\- ]{{1,30}}?)(?:\s*[,.]\s*|\s+(?=[(/]))(?:\((?P<agency1>[^()\n]{{2,40}})\)|/(?P<agency2>[^/\n]{{2,40}})/|"
    rf"(?P<agency3>(?-i:[{AGENCY_UPPER}]{{2,20}})))\s*[–—-]\s*",
    re.I,
)


@dataclass
class Dateline:
    place: str
    date_text: str
    agency: str | None
    span: tuple[int, int]


def _dateline_place(m: re.Match[str]) -> bool:
    """Wire datelines write the place in capitals; "Chisinau, 12 November /MOLDPRES/ -" and
    "Berlin (dpa) -" do not, and are datelines by their bracketed or slashed agency."""
    place = m.group("place").strip()
    agency3 = m.groupdict().get("agency3") or ""
    # "Tbilisi. 27 January. INTERFAX.RU -": a capitalised agency of four letters or more vouches too
    if place.isupper() or (place.istitle() and bool(m.group("agency1") or m.group("agency2") or m.groupdict().get("agency4")
                                                    or (len(agency3) >= 4 and "date" in m.groupdict()
                                                        and bool(m.groupdict().get("date"))))):
        return True
    # A press release's "Amman, 31. Juli 2017. The ..." or "Минск, 10 марта 2024 г. ...", and a
    # wire's "Минск, 10 марта. ...": a place, a day (with its year or not) and a full stop
    date = m.groupdict().get("date") or ""
    return (place.istitle() and bool(date) and m.group(0).rstrip().endswith(".")
            and not WEEKDAY_RE.fullmatch(place))


WEEKDAY_RE = re.compile(rf"(?:{WEEKDAYS})", re.I)


# "May 31 (UPI) --": a date and a bracketed agency with no place.
DATELINE_NO_PLACE_RE = re.compile(
    rf"(?P<date>(?:{MONTH_DAY}|{DAY_MONTH}))\.?\s*\((?P<agency1>[{AGENCY_LETTERS}][^()\n]{{1,30}})\)\s*(?:[–—]|--?)\s*",
    re.I,
)


def find_dateline(text: str) -> Dateline | None:
    """The wire dateline at the start of the first paragraphs (case-sensitive place)."""
    for m in re.finditer(r"(?m)^", text[:2000]):
        line_start = m.start()
        pm = DATELINE_NO_PLACE_RE.match(text, line_start)
        if pm:
            return Dateline("", pm.group("date"), pm.group("agency1").strip(), (pm.start(), pm.end()))
        dm = DATELINE_RE.match(text, line_start)
        if dm and _dateline_place(dm):
            agency = dm.group("agency1") or dm.group("agency2") or dm.group("agency3") or dm.group("agency4")
            return Dateline(dm.group("place").strip(), dm.group("date"), agency and agency.strip(),
                            (dm.start(), dm.end()))
        nm = DATELINE_NO_DATE_RE.match(text, line_start)
        if nm and _dateline_place(nm):
            agency = nm.group("agency1") or nm.group("agency2") or nm.group("agency3")
            return Dateline(nm.group("place").strip(), "", agency and agency.strip(), (nm.start(), nm.end()))
    return None


# "17 January 2024 g.": the word for "year" after the year.
YEAR_WORD_AT_END_RE = re.compile(rf"\s+(?:(?:{any_word('DATE_YEAR_ABBREVS')})\.?|(?:{any_word('DATE_YEAR_WORDS')}))\s*$")

_DATE_SETTINGS = {
    "REQUIRE_PARTS": ["day", "month"], "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False,
    # 05.04.2024 is the 5th of April outside the US, which is where our sources are
    "DATE_ORDER": "DMY",
    # Only written dates: "2 days ago" and Unix timestamps are never a dateline or a
    # publication line, and the relative-time parser was a third of dateparser's time.
    "PARSERS": ["custom-formats", "absolute-time"],
}


@lru_cache(maxsize=8)
def _date_parser(langs: tuple[str, ...]):  # type: ignore[no-untyped-def]
    # One parser per language set, kept: dateparser.parse() builds a new one (and its locale
    # loading) on every call when languages or settings are given.
    from dateparser.date import DateDataParser

    return DateDataParser(languages=list(langs), settings=_DATE_SETTINGS)


@lru_cache(maxsize=8192)
def parse_date(text: str, lang: str | None, relative_to: date | None = None) -> str | None:
    """A date as ISO, or --MM-DD when the text gives no year. Day and month are required."""
    if not text.strip():
        return None
    text = re.sub(r"\s*\([^()]{0,60}\)\s*$", "", text.strip())  # "(updated: 15:21 14.05.2025)"
    text = re.sub(rf"^\s*{TIME}{TIME_ZONE}\s*,?\s*|\s*[,\-–]?\s*{TIME}{TIME_ZONE}\s*$", "", text, flags=re.I)
    text = YEAR_WORD_AT_END_RE.sub("", text)
    text = re.sub(rf"^{DATE_LABEL}", "", text, flags=re.I)
    # "16.10.24": a numeric date with a two-digit year has its year too
    has_year = bool(re.search(r"\b(1[89]|20)\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{2}\b", text))
    tries = [(lang,), supported()] if lang in supported() else [supported()]
    parsed = None
    for langs in tries:
        parsed = _date_parser(langs).get_date_data(text).date_obj
        if parsed is not None:
            break
    if parsed is None:
        return None
    if has_year:
        return parsed.date().isoformat()
    return f"--{parsed.month:02d}-{parsed.day:02d}"


def merge_dates(full: str | None, partial: str | None) -> str | None:
    """Prefer a full date; a dateline day without year agrees with a timestamp that has one."""
    if full and not full.startswith("--"):
        return full
    return full or partial


MONTH_WORD_RE = re.compile(rf"\b(?:{MONTHS})\b", re.I)


def today_date(body: str, lang: str | None) -> str | None:
    """"Today, 23 August, ..." in the first lines: the day of the report (no year)."""
    m = TODAY_DATE_RE.search(body[:400])
    return parse_date(m.group("date"), lang) if m else None


YEAR_RE = re.compile(YEAR)


def full_dates(line: str) -> Iterator[re.Match[str]]:
    """FULL_DATE_RE's matches in a line. Every form of it holds a year, so a line without one
    is not scanned: the month-name alternation tried at every character of a long line made
    this a millisecond a page."""
    return FULL_DATE_RE.finditer(line) if YEAR_RE.search(line) else iter(())


def furniture_date(lines: list[str], tail: list[str], lang: str | None) -> str | None:
    """A full publication date written in the page's furniture rather than on a date line
    of its own: after a label in the head lines ("Stand: 29.10.2023"), opening a short head
    line ("16. September 2018, 18:57 Uhr Friedensschluss ..."), or in the closing credit of
    the last body lines ("(APA, 17.3.2017)", "was first published Aug. 23, 2022.")."""
    for line in lines:
        for m in full_dates(line):
            before = line[: m.start()]
            short = len(line.split()) <= 10
            if PUBLICATION_LABEL_RE.search(before) or not before.strip(" -–—•|(),") or short:
                parsed = parse_date(m.group(0), lang)
                if parsed:
                    return parsed
    for k, line in enumerate(tail):
        for m in full_dates(line):
            before = line[: m.start()]
            # the date right under the body, or under the headline repeated after it
            date_line = k < 3 and not before.strip() and len(line.split()) <= 6
            if PUBLICATION_LABEL_RE.search(before) or CREDIT_DATE_RE.search(before) or date_line:
                parsed = parse_date(m.group(0), lang)
                if parsed:
                    return parsed
    return None
