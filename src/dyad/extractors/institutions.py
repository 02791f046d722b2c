"""Institutions that speak: "the ministry said", and so in every language ("the Foreign Office
announced", "in the MFA they said" as German and Russian put it). A quote whose attribution
names no person belongs to the institution it names, in English with its country's adjective
first ("Russian Foreign Ministry").

The phrases are language data (lang/*.INSTITUTION_SPEAKERS); this module only finds them
and works out whose institution it is: the country named beside it, else the one of the
same kind named before in the report, else the country the report is filed from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from dyad import gazetteer
from dyad.extractors.text import QUOTE_MARKS
from dyad.lang import rules

INHERIT = "*"  # the name of the kind named last before ("the ministry" after "Foreign Ministry")
# The English names the packs give an army and the military: one body for whose it is ("Army
# spokesman X" after "the Indian military said" is India's).
ARMED_KINDS = frozenset(("Army", "military"))
AS_WRITTEN = "="  # the phrase is the name ("the Department of International Cooperation")
JOINT = "&"  # a body of both sides of the report ("a joint statement"): both its countries
WINDOW = 40  # characters either side of the phrase searched for its country
CLAUSE_BOUNDS = ",.;:\n" + QUOTE_MARKS  # where the noun group of an institution ends


@dataclass(frozen=True)
class Institution:
    start: int
    end: int
    text: str  # as written
    kind: str  # English head ("Foreign Ministry")
    country: str | None
    joint: bool = False  # issued by both countries of the report together
    sides: tuple[str, ...] = ()  # those two countries, once the report's pair is known

    @property
    def name_en(self) -> str:
        if self.joint:
            adjectives = [a for a in (gazetteer.adjective_en(c) for c in self.sides) if a]
            return f"{'-'.join(adjectives)} {self.kind}" if len(adjectives) == 2 else self.kind
        fixed = self.kind in {"Kremlin", "Kremlin press service", "White House", "Pentagon", "State Department"}
        adjective = gazetteer.adjective_en(self.country) if self.country and not fixed else None
        return f"{adjective} {self.kind}" if adjective else self.kind

    @property
    def actor_id(self) -> str:
        return "i-" + re.sub(r"[^a-z0-9]+", "-", f"{'-'.join(self.sides) or self.country or 'xxx'} {self.kind}".lower()).strip("-")


@lru_cache(maxsize=8)
def _patterns(lang: str | None) -> tuple[tuple[re.Pattern[str], str, str], ...]:
    table = getattr(rules(lang), "INSTITUTION_SPEAKERS", [])
    return tuple((re.compile(rx), name, country) for rx, name, country in table)


@lru_cache(maxsize=8)
def _person_head_re(lang: str | None) -> re.Pattern[str] | None:
    """A person's role right before an institution ("the head of the government")."""
    person_head = getattr(rules(lang), "INSTITUTION_PERSON_HEAD_RE", None)
    return re.compile(person_head) if person_head else None


def _raw_mentions(text: str, lang: str | None, start: int, end: int) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, fixed country) of institution phrases in [start, end), longest first at a place."""
    found: list[tuple[int, int, str, str]] = []
    for rx, kind, fixed in _patterns(lang):
        for m in rx.finditer(text, start, end):
            if any(s <= m.start() < e or m.start() <= s < m.end() for s, e, _k, _f in found):
                continue  # an earlier (more specific) phrase covers it
            found.append((m.start(), m.end(), kind, fixed))
    return sorted(found)


def _country_beside(text: str, lang: str | None, s: int, e: int) -> str | None:
    """A country named in the phrase's own noun group: "the Russian Foreign Ministry",
    "Estonia's foreign ministry", "the MFA of Russia", "the Polish foreign ministry"."""
    lo = max(0, s - WINDOW)
    hi = min(len(text), e + WINDOW)
    # stay inside the clause: commas, quotes and sentence ends bound the noun group
    left = max((text.rfind(c, lo, s) for c in CLAUSE_BOUNDS), default=-1)
    right = min([x for x in (text.find(c, e, hi) for c in CLAUSE_BOUNDS) if x >= 0] or [hi])
    lo = max(lo, left + 1)
    best: tuple[int, str] | None = None
    for m in gazetteer.find_countries(text[lo:right], lang):
        ms, me = lo + m.start, lo + m.end
        gap = s - me if me <= s else ms - e
        if gap < 0 or gap > 25:
            continue
        if best is None or gap < best[0]:
            best = (gap, m.iso3)
    return best[1] if best else None


def institutions_in(text: str, lang: str | None, default_country: str | None) -> list[Institution]:
    """Every institution phrase of the text, each with its country resolved."""
    return list(_institutions_in(text, lang, default_country))


@lru_cache(maxsize=8)
def _institutions_in(text: str, lang: str | None, default_country: str | None) -> tuple[Institution, ...]:
    # asked by the speaker finder and by the people stage of one document: one scan
    out: list[Institution] = []
    person_head = _person_head_re(lang)
    for s, e, kind, fixed in _raw_mentions(text, lang, 0, len(text)):
        if person_head and person_head.search(text[max(0, s - 40) : s]):
            continue  # "the head of the government": a person, named elsewhere
        if fixed == JOINT:
            out.append(Institution(s, e, text[s:e], kind, None, joint=True))
            continue
        country = fixed or _country_beside(text, lang, s, e)
        if kind == AS_WRITTEN:
            kind = text[s:e]
        if kind == INHERIT:
            prev = next((i for i in reversed(out) if "Ministry" in i.kind or i.kind == "Foreign Office"), None)
            if prev is None:
                # "the ministry" with no ministry named before: which one, we cannot tell (nor
                # whose, unless a country stands beside it or the report is filed from one), but it
                # is a body speaking, not a person named near it
                kind = "Ministry"
            else:
                kind, country = prev.kind, country or prev.country
        if country is None:
            family = ARMED_KINDS if kind in ARMED_KINDS else {kind}
            prev = next((i for i in reversed(out) if i.kind in family and i.country), None)
            country = prev.country if prev else default_country
        out.append(Institution(s, e, text[s:e], kind, country))
    return tuple(press_service_of_ministry(text, out))


def press_service_of_ministry(text: str, found: list[Institution]) -> list[Institution]:
    """A ministry's press service speaks for the ministry ("the press service of the Foreign
    Ministry", "the ministry's press service"): one speaker, the ministry. A president's press
    service has no ministry beside it and stays what it is."""
    out = list(found)
    for i, inst in enumerate(out):
        if inst.kind != "press service":
            continue
        for other in found:
            if "Ministry" not in other.kind:
                continue
            gap = text[inst.end : other.start] if other.start >= inst.end else text[other.end : inst.start]
            if len(gap) <= 25 and not any(c in gap for c in CLAUSE_BOUNDS):
                out[i] = replace(inst, kind=other.kind, country=other.country or inst.country)
                break
    return out


def with_sides(found: list[Institution], pair: list[str]) -> list[Institution]:
    """Joint bodies ("a joint statement") belong to the report's two countries."""
    if len(pair) != 2:
        return found
    return [replace(i, sides=tuple(pair)) if i.joint else i for i in found]
