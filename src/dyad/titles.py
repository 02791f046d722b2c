"""One English title per person, for every output: the office the registry says a known person
held on the day, else the written title translated through ``data/titles.csv`` and the gazetteer.

Articles write titles in their own language and grammar ("Vorsitzende des Rates der Republik",
the Russian instrumental of "President of Kazakhstan"); outputs show the English form and keep the written one beside it as
evidence. A title that cannot be translated is shown as written rather than guessed at.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from dyad.lang import LanguagePack, available, pack, rules

# Every output is in English: its pack composes the translated titles, and says which words
# only an English title has (the extractor fills some titles in English from the registry).
_ENGLISH = pack("en")
_ENGLISH_MARKERS = re.compile(_ENGLISH.TITLE_ENGLISH_MARKERS_RE)
# Packs written in a script of their own: a title in that script is in their language.
_SCRIPTS = tuple(pack(code) for code in available() if pack(code).SCRIPT)
_YEAR = re.compile(r"\d{4}")
_WORD4 = re.compile(r"\w{4,}")


@dataclass(frozen=True)
class _Term:
    kind: str  # modifier (before the head) | suffix (after it) | head | body
    pattern: re.Pattern[str]
    en: str
    length: int


@lru_cache(maxsize=1)
def _terms() -> dict[str, list[_Term]]:
    out: dict[str, list[_Term]] = {}
    with resources.files("dyad").joinpath("data/titles.csv").open("r", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            # Each written word is a stem: "rates der republik" also matches "Rates der Republik",
            # the Russian stem "predsedatel" matches every case of "chairman".
            words = [re.escape(w) + r"\w*" for w in r["stem"].split()]
            pattern = re.compile(r"(?<!\w)" + r"\s+".join(words), re.IGNORECASE)
            out.setdefault(r["lang"], []).append(_Term(r["kind"], pattern, r["en"], len(r["stem"])))
    return out


def _in_script(text: str, p: LanguagePack) -> bool:
    lo, hi = p.SCRIPT
    return any(lo <= c <= hi for c in text)


def language_of(title: str, doc_lang: str | None) -> str:
    """The language a title is written in: a script of its own names it, else the
    document's language unless the title has words only English titles have (the extractor
    fills some titles in English from the registry even in German or Russian documents)."""
    for p in _SCRIPTS:
        if _in_script(title, p):
            return p.CODE
    p = rules(doc_lang)
    if p.SCRIPT is None and not p.TITLES_IN_ENGLISH and not _ENGLISH_MARKERS.search(title):
        return p.CODE
    return _ENGLISH.CODE


def translate(title: str | None, doc_lang: str | None) -> str | None:
    """The written title in English; English titles come back as written; None when there is no title."""
    if not title or not title.strip():
        return None
    title = " ".join(title.split())
    lang = language_of(title, doc_lang)
    if rules(lang).TITLES_IN_ENGLISH:
        return title[:1].upper() + title[1:]
    found: list[tuple[int, _Term]] = []
    taken: list[tuple[int, int]] = []
    # Longest terms first, so "minister of foreign affairs" wins over "minister".
    for term in sorted(_terms().get(lang, []), key=lambda x: -x.length):
        for m in term.pattern.finditer(title):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), term))
    found.sort(key=lambda x: x[0])
    heads = [t for _, t in found if t.kind == "head"]
    if not heads:
        return title  # nothing known to translate: as written, never a guess
    head = heads[0].en
    mods = [t.en for _, t in found if t.kind == "modifier" and t.en not in head]
    # "Extraordinary and Plenipotentiary" comes before the head in German and Russian,
    # after it in English.
    suffixes = [t.en for _, t in found if t.kind == "suffix"]
    bodies = [t.en for _, t in found if t.kind == "body"]
    from dyad.gazetteer import country_name, find_countries

    countries: list[str] = []
    for c in find_countries(title, lang):
        name = country_name(c.iso3)
        if name and name not in countries:
            countries.append(name)
    parts = [" ".join([*mods, head, *suffixes])]
    parts.extend(bodies)
    if countries:
        parts.append(_ENGLISH.TITLE_COUNTRY_OF.format(countries[0]))
    if _ENGLISH.TITLE_ENVOY_HEAD in head and len(countries) > 1:
        parts.append(_ENGLISH.TITLE_HOST_TO.format(countries[1]))
    text = " ".join(parts)
    return text[:1].upper() + text[1:]


def office_on(actor_id: str | None, when: str | None) -> str | None:
    """The English title of the office a registry person held on ``when`` (ISO date), if any."""
    if not actor_id or not when or not _YEAR.match(when):
        return None
    from dyad.registry import get_registry

    actor = get_registry().get(actor_id)
    if actor is None:
        return None
    day = when[:10]
    best: tuple[str, str] | None = None
    for o in actor.offices:
        start, end = o.start or "0000", o.end or "9999"
        # Partial dates ("2014", "2014-04") compare as the first or last day they could mean.
        if start[: len(day)] <= day[: len(start)] and day[: len(end)] <= end[: len(day)]:
            if best is None or start > best[0]:
                best = (start, o.title_en)
    return best[1] if best else None


@lru_cache(maxsize=1024)
def _word_start(word: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(word)}")


def _office_like(actor_id: str | None, translated: str | None) -> str | None:
    """Without a day (a dateline "--02-27" has no year) the registry office whose title holds the
    written title's head word ("Chair" -> "Chairperson of the Council of the Republic ...")."""
    if not actor_id or not translated:
        return None
    from dyad.registry import get_registry

    actor = get_registry().get(actor_id)
    if actor is None:
        return None
    # The first word that names an office: "Belarusian President" -> "President".
    for word in _WORD4.findall(translated.lower()):
        starts = _word_start(word)
        hits = sorted((o for o in actor.offices if starts.search(o.title_en.lower())),
                      key=lambda o: o.start or "")
        if hits:
            return hits[-1].title_en
    return None


def english_title(title: str | None, actor_id: str | None, when: str | None, doc_lang: str | None) -> str | None:
    """The title to show: the registry's office on the day, else the written one in English."""
    found = office_on(actor_id, when)
    if found:
        return found
    translated = translate(title, doc_lang)
    if not (when and _YEAR.match(when)):
        return _office_like(actor_id, translated) or translated
    return translated
