"""The pair a report is about, and its events kept to that pair.

A report about two countries names others in passing (a third state's earlier expulsion,
an observer, a bloc); event data of a dyad counts what the two do to each other. The pair
is read from how often each country is named; an event coded between one side and a
third state is no event of this report, nor is a third state's national its participant.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from dyad import gazetteer
from dyad.model import Doc, Event, Person

COUNTING_KINDS = frozenset(("name", "adjective", "demonym", "alias", "capital"))
NEAR_SECOND = 0.5
BETWEEN_STATES = ("114", "16")  # protests to envoys and reductions of relations, sanctions
MIN_SIDE_MENTIONS = 3  # the second side of a report about a pair is named this often at least  # a third country named at least half as often as the second is a side too


def country_counts(doc: Doc) -> dict[str, int]:
    """How often each country is named in the report (a fresh dict, counted once per text)."""
    return dict(_country_counts(doc.text, doc.language))


@lru_cache(maxsize=8)
def _country_counts(text: str, lang: str | None) -> tuple[tuple[str, int], ...]:
    # asked by the people, statements and pair stages of one document: one gazetteer scan
    counts: dict[str, int] = {}
    for m in gazetteer.find_countries(text, lang):
        if m.kind in COUNTING_KINDS:
            counts[m.iso3] = counts.get(m.iso3, 0) + 1
    return tuple(counts.items())


def pair_countries(doc: Doc, persons: list[Person] | None = None) -> list[str]:
    """The report's sides, most named first: the top two, and any country named nearly as
    often as the second. People of known country count as mentions of it."""
    counts = country_counts(doc)
    for p in persons or []:
        if p.country:
            counts[p.country] = counts.get(p.country, 0) + 1
    ranked = sorted(counts, key=lambda c: -counts[c])
    if len(ranked) < 2 or counts[ranked[1]] < MIN_SIDE_MENTIONS:
        return []  # a sentence or a brief: no pair stands out, so none is imposed
    second = counts[ranked[1]]
    return ranked[:2] + [c for c in ranked[2:] if counts[c] >= NEAR_SECOND * second and counts[c] > 1]


def headline_pair(doc: Doc, sides: list[str], headline_people: Sequence[str] = ()) -> list[str]:
    """The report's sides narrowed to the two its headline names, when it names just two of
    them: a third state counted as a side for being named often (an earlier expulsion by a
    neighbour, a mediator) is then only the report's background. The countries of the people
    the headline names count as named: "A's leader and B's leader want talks on C in A's
    capital" names three states, and the pair is not narrowed to A and C."""
    if not doc.title_span or len(sides) < 3:
        return sides
    named: list[str] = []
    for m in gazetteer.find_countries(doc.text[doc.title_span[0] : doc.title_span[1]], doc.language):
        if m.kind in COUNTING_KINDS and m.iso3 not in named:
            named.append(m.iso3)
    named += [c for c in dict.fromkeys(headline_people) if c not in named]
    return named if len(named) == 2 and set(named) <= set(sides) else sides


def _country(code: str | None) -> str | None:
    if not code or code.startswith("---"):
        return None
    head = code[:3]
    return head if gazetteer.country_name(head) else None


# CAMEO's unidentified forces: people the report cannot name ("unknown assailants",
# "Unbekannte", "неизвестные"); whose side they are on is just what it does not know
UNIDENTIFIED = "UAF"
STATE = ("GOV", "")  # a government, or a country named alone ("Moscow")


def _role(code: str | None) -> str:
    return code[3:] if code and len(code) > 3 else ""


def _fillable(code: str | None) -> bool:
    """An actor code with no country: none at all, or a role alone ("---GOV")."""
    return not code or code.startswith("---")


def _state(country: str, role: str) -> str:
    # a country named as the actor is its government ("Moscow expelled": RUSGOV)
    return country + (role or "GOV")


def focus_on_pair(events: list[Event], doc: Doc, home: str | None = None,
                  headline_people: Sequence[str] = ()) -> list[Event]:
    sides = pair_countries(doc, [p for e in events for p in e.participants])
    pair = headline_pair(doc, sides, headline_people)
    out: list[Event] = []
    for e in events:
        e.participants = [p for p in e.participants if not sides or p.country is None or p.country in sides]
        src, tgt = _country(e.source), _country(e.target)
        igo = bool(e.source and e.source.startswith("IGO")) or bool(e.target and e.target.startswith("IGO"))
        if src is None and _role(e.source) == UNIDENTIFIED:
            continue  # "unknown persons blocked the embassy": no side of the pair acts
        if src is None and _fillable(e.source):
            # "the minister condemned ...": the acting side is the speaker's country; "the
            # ambassador was summoned": the side that is not the target's; else the country
            # the report is filed from
            if tgt is not None and len(sides) >= 2 and tgt in sides:
                src = next(c for c in sides if c != tgt)  # the most named other side
            else:
                src = next((p.country for p in e.participants if p.country), None) or (home if home in sides else None)
        if tgt is None and src in sides and len(sides) >= 2 and _fillable(e.target):
            tgt = next(c for c in sides if c != src)
        if src is not None and (tgt is None or tgt == src) and _fillable(e.target) or (tgt == src and src):
            # "deployed troops to its border with Lithuania": the one other country the
            # sentence names is the side acted on
            named = {m.iso3 for m in gazetteer.find_countries(doc.text[e.evidence[0] : e.evidence[1]], doc.language)
                     if m.kind in COUNTING_KINDS} - {src}
            if sides:
                named &= set(sides)
            if len(named) == 1:
                tgt = named.pop()
                e.target = None
        if len(sides) >= 2 and not igo and any(c is not None and c not in pair for c in (src, tgt)):
            continue  # a third state's act, or one done to it
        if e.cameo.startswith(BETWEEN_STATES) and src is not None and tgt == src:
            continue  # a summons, sanction or cut of relations is always done to another state
        if src is not None and tgt == src and len(pair) == 2 and src in pair:
            if e.type != "statement":
                continue  # a side's act on itself (a domestic meeting, an arrest at home) is no act of the pair
            if _role(e.source) in STATE and _role(e.target) in STATE:
                # a government does not accuse itself: in a report of the pair it speaks of the other side
                tgt = next(c for c in pair if c != src)
        if src is not None:
            e.source = _state(src, _role(e.source) if _country(e.source) else (e.source or "").lstrip("-"))
        if tgt is not None:
            e.target = _state(tgt, _role(e.target) if _country(e.target) else (e.target or "").lstrip("-"))
        out.append(e)
    return out
