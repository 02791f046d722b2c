"""Who spoke on the record: a person or an institution quoted in a report about a pair made
a statement about the other side. Event data codes it (CAMEO 01 make a public statement, or
the verbal code the report's own sentence gives it); a speaker already at a meeting, talks,
a visit, a call or a signing with the other side spoke there, and the encounter is the event.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dyad import codes
from dyad.extractors.institutions import ARMED_KINDS, Institution
from dyad.extractors.pair import pair_countries
from dyad.lang import rules
from dyad.model import Doc, Event, Person

ENCOUNTERS = frozenset(("meeting", "talks", "visit", "phone_call", "briefing", "statement", "agreement_signing"))


CONFLICT_ROOTS = frozenset(("10", "11", "12", "13"))  # demand, disapprove, reject, threaten
# what a person at an encounter says that is still his own act: criticism, rejection, a
# threat. A request or proposal put across the table ("we would ask you to ...") is the
# business of the meeting, call or visit, which is the event.
OWN_VOICE_ROOTS = frozenset(("11", "12", "13"))


@lru_cache(maxsize=8)
def conflict_words(lang: str | None) -> tuple[re.Pattern[str] | None, tuple[str, ...]]:
    """The words that voice conflict on their own (criticise, accuse, reject, demand, warn,
    threaten: a verb-table anchor with no companions whose code is verbal conflict, 10-13) as
    one pattern, group i naming codes[i - 1]; alternatives in code order, so of two words at
    one place the lower code wins. One search per text, not one per word: this runs on every
    quotation."""
    from dyad.extractors.cameo import verb_patterns

    groups: dict[str, list[str]] = {}
    for p in verb_patterns().get(lang or "en", ()):
        if not p.companions and p.cameo[:2] in CONFLICT_ROOTS and codes.is_verbal(p.cameo):
            groups.setdefault(p.cameo, []).append(p.anchor.alternatives)
    order = tuple(sorted(groups))
    if not order:
        return None, ()
    alternatives = "|".join(f"({'|'.join(groups[code])})" for code in order)
    return re.compile(rf"(?<!\w)(?:{alternatives})", re.I), order


def conflict_code(text: str, lang: str | None) -> str | None:
    """The code of the first word of conflict in a quotation, if any ("Pakistan strongly
    condemns ...": 111)."""
    rx, order = conflict_words(lang)
    m = rx.search(text) if rx is not None else None
    return order[m.lastindex - 1] if m and m.lastindex else None


def with_attribution(text: str, span: tuple[int, int]) -> str:
    """A quotation with the rest of its sentence, where its verb of saying stands
    ("..., he warned.")."""
    start, end = span
    stops = [x for x in (text.find(c, end) for c in ".!?\n") if x >= 0]
    return text[start : min([*stops, end + ATTRIBUTION_CHARS])]


ATTRIBUTION_CHARS = 120  # how far after a quotation its attribution is read


def _other_side(country: str | None, sides: list[str]) -> str | None:
    if country in sides and len(sides) == 2:
        return next(c for c in sides if c != country)
    return None


def acted_on_envoys(events: list[Event]) -> set[str]:
    """The people the report's acts fall on: a participant of the target's country in an act
    (not words) -- the envoy expelled, summoned or handed a note. Named with a verb of saying,
    he is mostly the one spoken about, not a speaker."""
    return {p.actor_id for e in events if e.type == "other" and e.target
            for p in e.participants if p.country and p.country == e.target[:3]}


def speaker_statements(doc: Doc, events: list[Event], speakers: list[tuple[Person | Institution, tuple[int, int]]],
                       lang: str | None) -> list[Event]:
    """A statement event for each speaker of a quote who has none yet. ``speakers`` holds
    each quote's speaker with the quote's span, in text order."""
    sides = pair_countries(doc, [p for e in events for p in e.participants])
    spoke: set[str] = set()  # actor ids with an encounter or a statement already
    for e in events:
        if e.type in ENCOUNTERS:
            spoke.update(p.actor_id for p in e.participants)
    # an institution whose country already acts in the report (summons, expels, protests)
    # spoke through that act; only one that does nothing else makes a statement
    # -- unless what it says is itself conflict ("the ministry strongly condemns ...")
    bodies = {(e.source or "")[:3] for e in events}
    said = {(e.source or "")[:3] for e in events if e.type == "statement" and not e.participants}
    # a person at an encounter who is quoted voicing conflict ("'This is only the beginning,'
    # he threatened") said something of his own, once
    warned = {e.participants[0].actor_id for e in events
              if e.type == "statement" and e.participants and e.cameo[:2] in CONFLICT_ROOTS}
    out: list[Event] = []
    for speaker, span in speakers:
        code = None
        if isinstance(speaker, Institution):
            country = speaker.country
            if not country or country in said or (sides and country not in sides):
                continue
            code = conflict_code(doc.text[span[0] : span[1]], lang)
            if country in bodies and code is None:
                continue
            said.add(country)
            role = "MIL" if "Defence" in speaker.kind or speaker.kind in ARMED_KINDS else "GOV"
            source, parts = country + role, []
        else:
            country = speaker.country
            if not country or (sides and country not in sides) or speaker.actor_id in warned:
                continue
            code = conflict_code(with_attribution(doc.text, span), lang)
            if speaker.actor_id in spoke and (code is None or code[:2] not in OWN_VOICE_ROOTS):
                continue  # he spoke at the encounter, and the encounter is the event
            spoke.add(speaker.actor_id)
            if code is not None:
                warned.add(speaker.actor_id)
            source = codes.actor_code(country, speaker.title, lang) or country
            if len(source) == 3:
                source += "GOV"
            parts = [speaker]
        target = _other_side(country, sides)
        if target is None:
            continue  # whom the words are about, the report does not let us tell
        plover, cameo = codes.codes_for("statement")
        if code is not None:
            plover, cameo = codes.plover_for_cameo(code), code
        out.append(Event(type="statement", plover=plover, cameo=cameo, source=source, target=target + "GOV",
                         date=doc.published, location=None, participants=parts, evidence=span,
                         rule="quoted-speaker"))
    return out


PROTEST = "114"  # a protest to the other side's envoy or government: a summons, a note


@lru_cache(maxsize=8)
def protest_re(lang: str | None) -> re.Pattern[str]:
    return re.compile(rules(lang).PROTEST_RE, re.I)


def protest_told_again(doc: Doc, events: list[Event], lang: str | None) -> list[Event]:
    """A body's statement (no person named) in a sentence about the protest, where the
    report codes a protest of the same side to the same side already ("the ambassador was
    summoned ... A strong protest was voiced over ..."): what was said is the content of that
    summons or note, one interaction, so not an event of its own."""
    lodged = [e for e in events if e.cameo == PROTEST]
    out: list[Event] = []
    for e in events:
        sides = ((e.source or "")[:3], (e.target or "")[:3])
        if e.type == "statement" and not e.participants and e.cameo != PROTEST and any(
                ((x.source or "")[:3], (x.target or "")[:3]) == sides for x in lodged) and \
                protest_re(lang).search(doc.text[e.evidence[0] : e.evidence[1]]):
            continue
        out.append(e)
    return out
