"""Events: who met, visited, talked, phoned, signed, briefed or stated, when and where.

Diplomatic events come from trigger phrases of each language outside quotes (what a
speaker says about a visit planned next year is no event of this report). Sentences with
other event verbs (accuse, threaten, sanction, assault ...) are coded by the general CAMEO
coder in dyad.extractors.cameo. One event per kind per report: wire copy tells one meeting
several times.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from dyad import codes, gazetteer
from dyad.clean import meta
from dyad.clean.text import DAY_MONTH, MONTH_DAY
from dyad.extractors.cameo.frames import CodedEvent
from dyad.extractors.cameo.mentions import Mention as ActorMention
from dyad.extractors.cameo.transforms import is_measure
from dyad.extractors.packs import either, every, optional
from dyad.extractors.pair import focus_on_pair
from dyad.extractors.people import PersonEntity, home_country, is_envoy_title
from dyad.extractors.text import Sentence, inside
from dyad.lang import rules
from dyad.model import Doc, Event, Person

NEEDS_TWO = {"meeting", "talks", "visit", "agreement_signing", "briefing", "phone_call"}
TYPE_ORDER = ["visit", "talks", "meeting", "phone_call", "briefing", "agreement_signing", "statement"]
# An explicit day: "on 23 November", "5 March" in any language.
DATE_RE = re.compile(rf"(?<!\d)(?:{DAY_MONTH}|{MONTH_DAY})", re.I)


@dataclass(frozen=True)
class EventPatterns:
    """One language's event patterns, compiled once."""

    triggers: dict[str, re.Pattern[str]]  # event type -> its trigger phrases
    any_trigger: re.Pattern[str] | None  # every trigger in one pattern: which sentences hold none
    not_now: re.Pattern[str]  # the past or the future: no event of this report
    background: re.Pattern[str]  # a sentence opening with an earlier time
    pluperfect: re.Pattern[str]  # a sentence whose main clause opens in the pluperfect
    standing: re.Pattern[str]  # a claim kept up for long or made again and again
    delegation: re.Pattern[str]  # a sentence listing the members of a delegation
    attendance: re.Pattern[str]  # a sentence listing who else attends the encounter
    further: re.Pattern[str]  # a meeting told as one more of a visit ("also", "besides")
    welcome: re.Pattern[str]  # the welcome that opens a visit (ceremony, honours, airport)
    business: re.Pattern[str]  # a business forum or council of the two sides held
    coordinated: re.Pattern[str]  # what joins a second act of the same subject to the first
    meeting_as_time: re.Pattern[str]  # a meeting named as the time of another act
    protest_purpose: re.Pattern[str]  # a visit or meeting held to protest: an official complaint
    proposed: re.Pattern[str]  # a verb proposing or inviting the encounter named after it


# What keeps patterns from being joined into one alternation: named groups, numbered back
# references (their numbers would move) and flags set inside a pattern.
_NOT_JOINABLE = re.compile(r"\(\?P|\\[1-9]|\(\?[aiLmsux]+\)")


def one_of(patterns: list[str]) -> re.Pattern[str] | None:
    """The patterns as one case-insensitive alternation: it finds a match in a span exactly
    when one of them does (each alternative is tried at every position), so a sentence it
    finds nothing in needs none of them tried. None when they cannot be joined."""
    if not patterns or any(_NOT_JOINABLE.search(p) for p in patterns):
        return None
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


@lru_cache(maxsize=8)
def event_patterns(lang: str | None) -> EventPatterns:
    r = rules(lang)
    return EventPatterns(
        triggers={t: re.compile(p, re.I) for t, p in r.EVENT_TRIGGERS.items()},
        any_trigger=one_of(list(r.EVENT_TRIGGERS.values())),
        not_now=re.compile(r.NOT_NOW_RE, re.I),
        background=re.compile(r.BACKGROUND_RE, re.I),
        pluperfect=re.compile(r.PLUPERFECT_RE, re.I),
        standing=re.compile(r.STANDING_RE, re.I),
        delegation=re.compile(r.DELEGATION_RE, re.I),
        attendance=re.compile(r.ATTENDANCE_RE, re.I),
        further=re.compile(r.FURTHER_MEETING_RE, re.I),
        welcome=re.compile(r.WELCOME_RE, re.I),
        business=re.compile(r.BUSINESS_MEETING_RE, re.I),
        coordinated=re.compile(r.COORDINATED_ACT_RE, re.I),
        meeting_as_time=re.compile(r.MEETING_AS_TIME_RE, re.I),
        protest_purpose=re.compile(r.PROTEST_PURPOSE_RE, re.I),
        proposed=re.compile(r.PROPOSED_ENCOUNTER_RE, re.I),
    )


@cache
def place_before_re() -> re.Pattern[str]:
    """A preposition of place right before a city ("in Minsk"), in the words of every
    language (as it always was); matched on lower-cased text."""
    return re.compile(rf"\b(?:{either(every('PLACE_PREPOSITIONS'))})\s*$")


@cache
def visit_host_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Where a visit goes, in the words of every language (as it always was): the place after
    the visit noun ("visit to Moscow"), and the place a guest is in on a visit ("who is in
    Russia on a working visit")."""
    nouns = either(every("VISIT_NOUNS"))
    destination = either(every("VISIT_DESTINATION_PREPOSITIONS"))
    host_article = optional(every("VISIT_HOST_ARTICLES"), r"\s+")
    stay = either(every("VISIT_STAY_PREPOSITIONS"))
    links = either(every("VISIT_STAY_LINKS"))
    stay_article = optional(every("VISIT_STAY_ARTICLES"), r"\s+")
    to_host = re.compile(rf"(?:{nouns})\w*\s+(?:{destination})\s+{host_article}(.{{3,60}})", re.I)
    staying = re.compile(rf"(?:{stay})\s+({host_article}\w+(?:\s\w+)?)\s+(?:{links})\s+"
                         rf"{stay_article}(?:\w+\s+)?(?:{nouns})", re.I)
    return to_host, staying


@cache
def year_of_history_re() -> re.Pattern[str]:
    """A year with the preposition of a time in any language ("in 2004", "в 2013 году")."""
    years = either(every("HISTORY_YEAR_PREPOSITIONS"))
    return re.compile(rf"(?<!\w)(?:{years})\s+((?:19|20)\d\d)(?!\d)", re.I)


def third_country_visit(tail: str, doc: Doc) -> bool:
    """A visit the sentence sends to a country outside the report's pair ("his visit to the
    Gulf, to Qatar and the Emirates"): a trip of one side elsewhere, not an encounter of the
    two. ``tail`` starts at the visit word."""
    pair = dyad_countries(doc)
    m = visit_host_res()[0].match(tail)
    host = gazetteer.country_in(m.group(1), doc.language) if m else None
    return len(pair) == 2 and host is not None and host not in pair


def signed_years_ago(clause: str, published: str | None) -> bool:
    """A signing told with a year other than the report's in its clause ("the treaty was
    signed in 2004") is the history of the relations, not an event of the report; a year in
    another clause ("..., the first since independence in 1991") says nothing of it."""
    return any(published is None or m.group(1) != published[:4] for m in year_of_history_re().finditer(clause))


BACKGROUND_DAYS = 45  # an act dated this long before the report is its background
BACKGROUND_MONTHS = 2  # an act told by its month alone this many months before the report


@cache
def month_alone_re() -> re.Pattern[str]:
    """A month named after the preposition of a time, with no day before it ("in August",
    "im März 2024", "в марте"), optionally with its year."""
    months = sorted({*every("DATE_MONTHS"), *every("DATE_MONTH_CASES")}, key=len, reverse=True)
    preps = either(every("HISTORY_YEAR_PREPOSITIONS"))
    return re.compile(rf"(?<!\w)(?:{preps})\s+({'|'.join(months)})\w*\.?(?:\s+((?:19|20)\d\d))?(?!\s*\d)", re.I)


@lru_cache(maxsize=64)
def month_number(word: str, lang: str | None) -> int | None:
    word = rules(lang).DATE_MONTH_CASES.get(word.lower(), word)  # "мае" is read as "мая"
    parsed = meta.parse_date(f"1 {word} 2000", lang)
    return int(parsed[5:7]) if parsed and not parsed.startswith("-") else None


def month_long_before(clause: str, lang: str | None, published: date) -> bool:
    """A month (and year, if given) of the clause at least BACKGROUND_MONTHS before the
    report's; a later month of no year may be a plan, and is left alone."""
    for m in month_alone_re().finditer(clause):
        month = month_number(m.group(1), lang)
        if month is None:
            continue
        year = int(m.group(2)) if m.group(2) else published.year
        if (published.year - year) * 12 + published.month - month >= BACKGROUND_MONTHS:
            return True
    return False


def told_long_before(clause: str, lang: str | None, published: str | None, stamp_only: bool = False) -> bool:
    """The clause dates its act well before the report: a year other than the report's
    ("ties were severed in 2016"), a day weeks before it ("on 3 March" in a May report) or a
    month months before it ("in February" in a May report). A report's news is of its own
    days; older acts are told to explain it. Against a crawler's stamp alone only a year is
    measured: the stamp may be a day the site puts on every page."""
    if not published or len(published) < 10 or published.startswith("-"):
        return False
    if stamp_only:
        return signed_years_ago(clause, published)
    try:
        today = date.fromisoformat(published[:10])
    except ValueError:
        return False
    if signed_years_ago(clause, published) or month_long_before(clause, lang, today):
        return True
    day = date_in(clause, lang, published)
    if not day or len(day) < 10 or day.startswith("-"):
        return False
    try:
        return (today - date.fromisoformat(day[:10])).days > BACKGROUND_DAYS
    except ValueError:
        return False


@dataclass
class Draft:
    type: str
    start: int
    end: int
    persons: list[int] = field(default_factory=list)
    date: str | None = None
    location: str | None = None
    rule: str = ""
    lent: bool = False  # its people are those of the report's visit (one visitor may do)
    more: list[Draft] = field(default_factory=list)  # signings of other people in the same report
    told_in: list[tuple[int, int]] = field(default_factory=list)  # every sentence that tells it
    groups: list[list[int]] = field(default_factory=list)  # people of each telling sentence but a delegation list
    further: list[list[int]] = field(default_factory=list)  # those of the sentences telling it as one more meeting


def sentence_anchors(anchors: list[tuple[int, int, int]], s: Sentence, qspans: list[tuple[int, int]]) -> list[int]:
    out: list[int] = []
    for start, _end, person in sorted(anchors):
        if s.start <= start < s.end and not inside(qspans, start) and person not in out:
            out.append(person)
    return out


def date_in(text: str, lang: str | None, published: str | None) -> str | None:
    """An explicit day in the sentence ("on 23 November", "5 March" in any language)."""
    m = DATE_RE.search(text)
    if not m:
        return None
    parsed = meta.parse_date(m.group(0), lang)
    if parsed and parsed.startswith("--") and published and not published.startswith("--"):
        parsed = published[:4] + parsed[1:]  # the report's year, when the day has none
    return parsed


def place_in(text: str, lang: str | None) -> str | None:
    for m in gazetteer.find_countries(text, lang, cities=True):
        if m.kind in {"capital", "city"}:
            before = text[max(0, m.start - 6) : m.start].lower()
            if place_before_re().search(before):
                return gazetteer.normalize_place(m.text, lang or "en")
    return None


def reported_earlier(doc: Doc, s: Sentence) -> bool:
    """The sentence opens (after the dateline, if it holds one) with a time before the news
    ("Last week, ...", "Earlier, ...") or its main clause in the pluperfect ("X had earlier ...")."""
    start = s.start
    if doc.dateline_span and s.start <= doc.dateline_span[0] < s.end:
        start = doc.dateline_span[1]
    words = " ".join(doc.text[start : s.end].split())
    opening = " ".join(words.split()[:6])
    pats = event_patterns(doc.language)
    return bool(pats.background.search(opening) or pluperfect_background(words, doc.language))


@lru_cache(maxsize=8)
def weekday_re(lang: str | None) -> re.Pattern[str]:
    return re.compile(rf"(?<!\w)(?:{either(rules(lang).DATE_WEEKDAYS)})(?!\w)", re.I)


def pluperfect_background(sentence: str, lang: str | None) -> bool:
    """The sentence's main clause is in the pluperfect and names no weekday: its act lies before
    the news ("The envoy had met the minister in May" explains the report, it is not its event).
    An act of a named weekday ("had phoned on Thursday") is of the report's own days: the act the
    news answers, which the report counts."""
    return bool(event_patterns(lang).pluperfect.search(sentence)) and not weekday_re(lang).search(sentence)


def find_events(doc: Doc, sents: list[Sentence], persons: list[PersonEntity],
                anchors: list[tuple[int, int, int]], qspans: list[tuple[int, int]],
                agreement_spans: list[tuple[int, int]]) -> list[Event]:
    """The events of a report: one per diplomatic kind from its trigger phrases, then those
    of the CAMEO coder, kept to the report's pair of countries and placed where the report is."""
    drafts = draft_events(doc, sents, anchors, qspans, agreement_spans)
    implied_visit(drafts, doc, persons)
    principals = principal_persons(persons, anchors, qspans)
    main = main_people(drafts, persons, principals)
    ordered = [d for t in TYPE_ORDER if t in drafts for x in (drafts[t], *drafts[t].more)
               for d in one_per_counterpart(x, persons, main)]
    events = [e for e in (event_of(doc, d, persons, principals) for d in ordered) if e]
    events = merge_meeting_into_talks(events, headline_only(drafts.get("meeting"), doc))
    events = briefing_without_encounter(events)
    events.extend(business_meeting(doc, sents, qspans))
    events.extend(coded_events(doc, sents, persons, anchors, qspans, events))
    events = fold_into_call(events)
    events = protest_encounters(events, doc.text, event_patterns(doc.language).protest_purpose, doc.language)
    events = fold_into_summons(events)
    events = told_once(one_reading(one_summons(focus_on_pair(events, doc, home_country(doc),
                                                             headline_countries(doc, persons)))))
    events = unnamed_signing(events)
    share_place(events)
    return events


def headline_countries(doc: Doc, persons: list[PersonEntity]) -> list[str]:
    """The countries of the people the report's headline names, in the order they are named."""
    if not doc.title_span:
        return []
    a, b = doc.title_span
    firsts = sorted((min(m.start for m in p.mentions if a <= m.start < b), p.country) for p in persons
                    if p.country and any(a <= m.start < b for m in p.mentions))
    return [c for _, c in firsts]


def unnamed_signing(events: list[Event]) -> list[Event]:
    """A signing coded (CAMEO 057) in a report that names no signer ("Belarus and Russia signed a
    memorandum", "an agreement was signed") is the report's signing still, with no participant:
    the first such event is typed a signing when the report has none. Two signings by the same
    people are one signing told twice."""
    seen: list[set[str]] = []
    kept = []
    for e in events:
        signers = {p.actor_id for p in e.participants}
        if e.type == "agreement_signing" and signers and signers in seen:
            continue
        if e.type == "agreement_signing":
            seen.append(signers)
        kept.append(e)
    events = kept
    if seen:
        return events
    for e in events:
        if e.type == "other" and e.cameo == codes.codes_for("agreement_signing", False)[1] and not e.participants:
            e.type = "agreement_signing"
            break
    return events


def main_people(drafts: dict[str, Draft], persons: list[PersonEntity], principals: list[int]) -> set[int]:
    """The people of the report's visit or talks; where those sentences name no one, the
    protagonists they will be given (the first two of different countries)."""
    main = {p for t in ("visit", "talks") if t in drafts for p in drafts[t].persons}
    if main or not any(t in drafts for t in ("visit", "talks")):
        return main
    for p in principals:
        if len(main) < 2 and persons[p].country not in {persons[q].country for q in main}:
            main.add(p)
    return main


LEADERS = frozenset(("head_of_state", "head_of_government"))


def implied_visit(drafts: dict[str, Draft], doc: Doc, persons: list[PersonEntity]) -> None:
    """Talks of two heads of state or government held in the country of one of them are a
    visit of the other, told or not (a summit is travelled to): the report that says only "X
    held talks with Y in Beijing" has the visit too. A meeting is not: a president receiving
    a foreign prime minister is coded as the meeting alone."""
    from dyad.extractors.coref import person_roles

    if "visit" in drafts or "phone_call" in drafts:
        return  # (talks by telephone or video link bring no one anywhere)
    d = drafts.get("talks")
    place = (d.location or doc.dateline_place) if d else None
    host = gazetteer.city_country(place) if place else None
    if d is None or host is None:
        return
    leaders = [p for p in d.persons if persons[p].country and person_roles(persons[p]) & LEADERS]
    hosts = [p for p in leaders if persons[p].country == host]
    guests = [p for p in leaders if persons[p].country != host]
    if hosts and guests:
        drafts["visit"] = Draft("visit", d.start, d.end, [guests[0], hosts[0]], d.date, place,
                                rule=f"{d.rule}; leaders meet in the host's country: a visit", told_in=list(d.told_in))


def draft_events(doc: Doc, sents: list[Sentence], anchors: list[tuple[int, int, int]],
                 qspans: list[tuple[int, int]], agreement_spans: list[tuple[int, int]]) -> dict[str, Draft]:
    """One draft per event type, from the trigger phrases outside quotes in sentences about
    this report's news, with the people, day and place of every sentence that tells it."""
    text, lang = doc.text, doc.language
    pats = event_patterns(lang)
    drafts: dict[str, Draft] = {}
    bare_signing: Draft | None = None  # "the sides signed ...": a signing that names no one
    for s in sents:
        if pats.any_trigger is not None and not pats.any_trigger.search(text, s.start, s.end):
            continue  # no trigger phrase at all (most sentences): seven searches saved
        sentence = text[s.start : s.end]
        clauses = act_clauses(text, s, anchors, qspans, pats)
        earlier: bool | None = None  # asked at the first trigger outside quotes
        planned = False  # the sentence holds a word of the future or the past
        for etype, pattern in pats.triggers.items():
            for m in pattern.finditer(text, s.start, s.end):
                if inside(qspans, m.start()):
                    continue
                if earlier is None:
                    # The whole sentence: "when X was in office, the parliaments signed ..." is history.
                    # A document's title says nothing of when it was signed ("an agreement on the
                    # implementation of ..."): its words are left out as quotes are.
                    told = strip_quotes(text, s, [*qspans, *agreement_spans])
                    earlier = reported_earlier(doc, s) or told_long_before(
                        told, lang, doc.published, doc.published_stamp_only)
                    planned = bool(pats.not_now.search(told))
                if earlier:
                    break
                # An encounter is planned only if the word governs its trigger (not_now_before);
                # the other kinds keep the whole sentence's word ("in a statement, the ministry
                # said the president would hold talks" is no statement of his).
                if planned and (etype not in ENCOUNTERS or
                                not_now_before(text, s, m.end(), [*qspans, *agreement_spans], pats.not_now,
                                               pats.coordinated)):
                    break
                people = clauses.people(m.start())
                names_document = any(s.start <= a < s.end for a, _ in agreement_spans)
                if etype == "agreement_signing" and signed_years_ago(clause_around(text, s, m.start()), doc.published):
                    break
                if etype == "agreement_signing" and not (sentence.rstrip().endswith(":") or people or names_document):
                    bare_signing = bare_signing or Draft(etype, s.start, s.end, rule=f"trigger:{etype}:{m.group(0).strip()}")
                    break
                if etype == "statement" and not people:
                    continue
                if etype in ENCOUNTERS and proposed_before(text, s, m.start(), qspans, pats.proposed):
                    continue  # "proposed organizing a visit of ...": an encounter proposed, not held
                if etype == "meeting" and not people and pats.meeting_as_time.match(m.group(0)):
                    continue  # "During the meeting, the sides discussed ...": the encounter told again
                if etype == "visit" and third_country_visit(text[m.start() : s.end], doc):
                    continue  # "told him of his recent visit to Qatar": a trip elsewhere
                d = drafts.get(etype)
                if d is None:
                    d = drafts[etype] = Draft(etype, s.start, s.end, rule=f"trigger:{etype}:{m.group(0).strip()}")
                elif etype == "agreement_signing":
                    d = signing_of(d, people, s, m.group(0).strip())
                for p in people:
                    if p not in d.persons:
                        d.persons.append(p)
                d.told_in.append((s.start, s.end))
                if not lists_company(text, s, pats):
                    d.groups.append(list(people))  # (a host "accompanied by" an aide lists no second host)
                    if pats.further.search(text, s.start, s.end):
                        d.further.append(list(people))
                d.date = d.date or date_in(sentence, lang, doc.published)
                d.location = d.location or place_in(sentence, lang)
                break
    if bare_signing is not None and "agreement_signing" not in drafts and any(t in drafts for t in ENCOUNTERS):
        drafts["agreement_signing"] = bare_signing  # signed during the report's encounter, by its people
    fold_welcome(drafts, text, pats.welcome)
    join_delegations(drafts, doc, sents, anchors, qspans, pats)
    lend_visit_people(drafts)
    if "briefing" in drafts and "statement" in drafts:
        # Speaking to reporters at a briefing is the briefing itself.
        b = drafts["briefing"]
        for p in drafts.pop("statement").persons:
            if p not in b.persons:
                b.persons.append(p)
    return drafts


ENCOUNTERS = ("visit", "talks", "meeting")
GAP_WORDS = 3  # lower-case words between a coordinating word and the second act's trigger ("and held a")


@dataclass
class ActClauses:
    """The acts of one sentence told as coordinated predicates of one subject ("X paid a
    courtesy call on A, held talks with B and attended the signing"): each act takes the
    subject and the people of its own predicate, not those of the others. A sentence whose
    acts are not so joined is one clause, every act taking all of its people."""

    persons: list[tuple[int, int]]  # (start, person) of the sentence's people outside quotes
    subject: list[int]  # the people before the first act: the subject every act shares
    cuts: list[int]  # where a coordinated predicate begins

    def people(self, pos: int) -> list[int]:
        """The people of the act whose trigger starts at ``pos``."""
        if not self.cuts:
            return [p for _a, p in self.persons]
        lo = max((c for c in self.cuts if c <= pos), default=-1)
        hi = min((c for c in self.cuts if c > pos), default=1 << 62)
        own = [p for a, p in self.persons if lo <= a < hi] if lo >= 0 else []
        first = [p for a, p in self.persons if a < hi] if lo < 0 else []
        return list(dict.fromkeys([*self.subject, *first, *own]))


def act_clauses(text: str, s: Sentence, anchors: list[tuple[int, int, int]], qspans: list[tuple[int, int]],
                pats: EventPatterns) -> ActClauses:
    """Where a sentence's acts are coordinated predicates of one subject. A later trigger
    begins a predicate of its own when a comma, semicolon or coordinating word stands before
    it with at most GAP_WORDS lower-case words and no one named between ("..., held talks
    with", "and witnessed the signing"); only when someone is named before the first trigger
    (the shared subject: "After talks with A, B signed ..." has its people elsewhere)."""
    persons = [(a, p) for a, _e, p in sorted(anchors) if s.start <= a < s.end and not inside(qspans, a)]
    starts = sorted({m.start() for pat in pats.triggers.values() for m in pat.finditer(text, s.start, s.end)
                     if not inside(qspans, m.start())})
    subject = [p for a, p in persons if starts and a < starts[0]]
    if len(starts) < 2 or not subject:
        return ActClauses(persons, [], [])
    cuts = [c for prev, pos in zip(starts, starts[1:], strict=False)
            if (c := predicate_start(text, prev, pos, persons, pats.coordinated)) is not None]
    return ActClauses(persons, list(dict.fromkeys(subject)), cuts)


def predicate_start(text: str, prev: int, pos: int, persons: list[tuple[int, int]],
                    coordinated: re.Pattern[str]) -> int | None:
    """Where the predicate of the trigger at ``pos`` begins: the last coordinating mark after
    the previous trigger, when only a few lower-case words stand between it and the trigger
    and no one is named there. None: the trigger is no predicate of its own."""
    link = None
    for m in coordinated.finditer(text, prev, pos):
        if m.start() > prev:
            link = m
    if link is None:
        return None
    gap = text[link.end() : pos].split()
    if len(gap) > GAP_WORDS or not all(w[:1].islower() for w in gap):
        return None
    if any(link.start() <= a < pos for a, _p in persons):
        return None
    return link.start()


def fold_welcome(drafts: dict[str, Draft], text: str, welcome: re.Pattern[str]) -> None:
    """A meeting told only in sentences of the welcome ("was welcomed with military honours
    by his counterpart", "at the airport he was met by ...") is the arrival of the report's
    visit, not a meeting of its own: its people join the visit."""
    visit, meeting = drafts.get("visit"), drafts.get("meeting")
    if visit is None or meeting is None or not meeting.told_in:
        return
    if not all(welcome.search(text, a, b) for a, b in meeting.told_in):
        return
    visit.persons.extend(p for p in meeting.persons if p not in visit.persons)
    del drafts["meeting"]


def signing_of(first: Draft, people: list[int], s: Sentence, trigger: str) -> Draft:
    """The signing a sentence tells: a pair of signers no other signing of the report names
    ("the ministers of transport A and B signed an agreement on ..." after the prime
    ministers' signing) signed a document of their own; otherwise it is a signing already
    drafted, told again or joined by more people."""
    signings = [first, *first.more]
    if len(people) < 2 or any(set(people) & set(d.persons) for d in signings):
        return next((d for d in signings if set(people) & set(d.persons)), first)
    d = Draft(first.type, s.start, s.end, rule=f"trigger:{first.type}:{trigger}; other signers")
    first.more.append(d)
    return d


def lists_company(text: str, s: Sentence, pats: EventPatterns) -> bool:
    """The sentence lists a delegation or the others attending: its people are no second host."""
    return bool(pats.delegation.search(text, s.start, s.end) or pats.attendance.search(text, s.start, s.end))


def join_delegations(drafts: dict[str, Draft], doc: Doc, sents: list[Sentence],
                     anchors: list[tuple[int, int, int]], qspans: list[tuple[int, int]],
                     pats: EventPatterns) -> None:
    """The members a report lists for a delegation ("the delegation included the ministers of
    ...", "accompanied by ...") take part in the visit, talks or meeting of the report; so do
    those a sentence of the news lists as attending it ("taking part in the talks are A and B;
    also present were C and D"), though not those who will attend or once did."""
    main = next((drafts[t] for t in ENCOUNTERS if t in drafts), None)
    if main is None:
        return
    for s in sents:
        m = pats.delegation.search(doc.text, s.start, s.end)
        if m is None:
            m = pats.attendance.search(doc.text, s.start, s.end)
            if m and (pats.not_now.search(strip_quotes(doc.text, s, qspans)) or reported_earlier(doc, s)):
                continue
        if m is None or inside(qspans, m.start()):
            continue
        for p in sentence_anchors(anchors, s, qspans):
            if p not in main.persons:
                main.persons.append(p)


LENT = "; people of the visit"


def lend_visit_people(drafts: dict[str, Draft]) -> None:
    """Talks, a meeting or a signing whose sentences name fewer than two people ("the two
    heads of state then held talks and attended the signing of documents") are those of the
    report's visit: they take the visit's people."""
    visit = drafts.get("visit")
    if visit is None or not visit.persons:
        return
    for etype in ("talks", "meeting", "agreement_signing"):
        d = drafts.get(etype)
        if d is None or len(d.persons) >= 2:
            continue
        d.persons.extend(p for p in visit.persons if p not in d.persons)
        d.lent = True
        d.rule += LENT


def one_per_counterpart(d: Draft, persons: list[PersonEntity], main: set[int]) -> list[Draft]:
    """A meeting sentence that lists several hosts of one country in different offices and
    names no one of the report's visit or talks ("he also called on the party leader and the
    president, and met the speaker of parliament") tells one meeting with each of them, the
    guest being added as for any meeting. A meeting that names someone of the visit or talks
    ("X met Y and his minister", the guest with his ambassador) is one meeting of all of them,
    unless its sentences tell the hosts as met apart (hosts_told_apart): a host joined by one
    aide stays one meeting. The meeting of a report with no other encounter is one meeting."""
    if d.type != "meeting" or not main:
        return [d]
    sides = sides_of(d.persons, persons)
    for side in sides.values():
        if not several_offices(side, persons):
            continue  # one host, or two of the same office: one meeting
        if main & set(d.persons) and not hosts_told_apart(side, d, persons, main):
            continue
        rest = [p for p in d.persons if p not in side]
        return [Draft(d.type, d.start, d.end, [p, *rest], d.date, d.location, f"{d.rule}; counterpart {i + 1}", d.lent)
                for i, p in enumerate(side)]
    return [d]


def hosts_told_apart(side: list[int], d: Draft, persons: list[PersonEntity], main: set[int]) -> bool:
    """The meeting's sentences tell hosts of one side in different offices as met apart: one
    sentence telling one more meeting of the visit lists two or more beyond the visit's people
    ("besides his counterpart he also met the prime minister and the president"; "X met the
    vice president and the foreign minister" may be one meeting of the three), or each of two
    sentences names one host alone ("X met the president ... X was later received by the prime
    minister") with someone of the other side (a sentence naming one host alone may tell the
    same meeting from his side)."""
    if any(several_offices([p for p in g if p in side and p not in main], persons) for g in d.further):
        return True
    alone: list[int] = []
    for g in d.groups:
        hosts = [p for p in g if p in side]
        guests = [p for p in g if p not in side and persons[p].country]
        if len(hosts) == 1 and guests and hosts[0] not in alone:
            alone.append(hosts[0])
    # One host named alone in a sentence telling one more meeting ("He also met the former
    # chancellor"): the guest, a pronoun there, met him apart.
    for g in d.further:
        hosts = [p for p in g if p in side and p not in main]
        if len(hosts) == 1 and hosts[0] not in alone:
            alone.append(hosts[0])
    return several_offices(alone, persons)


def sides_of(people: list[int], persons: list[PersonEntity]) -> dict[str, list[int]]:
    """The people of known country, by country."""
    sides: dict[str, list[int]] = {}
    for p in people:
        country = persons[p].country
        if country:
            sides.setdefault(country, []).append(p)
    return sides


def several_offices(side: list[int], persons: list[PersonEntity]) -> bool:
    """Two or more people, each with an office and a surname of their own (a meeting with each
    of them; one surname under two titles is one person named twice)."""
    offices = {(persons[p].title or "").lower() for p in side}
    surnames = {persons[p].name_en.split()[-1].lower() for p in side if persons[p].name_en.split()}
    return len(side) >= 2 and "" not in offices and len(offices) == len(side) == len(surnames)


def one_side(people: list[int], persons: list[PersonEntity]) -> bool:
    """All the people are of one known country ("both the chancellor and the president received
    the guest"): an encounter of two sides still lacks the other."""
    countries = {persons[p].country for p in people}
    return len(countries) == 1 and None not in countries


def event_of(doc: Doc, d: Draft, persons: list[PersonEntity], principals: list[int]) -> Event | None:
    """The event of a draft with its participants: an encounter of two sides takes the
    report's protagonists when its sentences name fewer (a visit may have one)."""
    etype = d.type
    people = list(d.persons)
    if etype in NEEDS_TWO:
        for p in principals:
            if len(people) >= 2 and not one_side(people, persons):
                break
            if p not in people and persons[p].country not in {persons[q].country for q in people}:
                people.append(p)
        if len(people) < 2 and etype != "visit" and not d.lent:
            return None
    if not people:
        return None
    parts: list[Person] = []
    for i in people:
        person = persons[i].to_person()
        if all(x.actor_id != person.actor_id for x in parts):  # one person once, however named
            parts.append(person)
    fill_countries(parts, doc)
    if etype == "visit":
        parts = visitor_first(parts, d.location, doc.text[d.start : d.end], doc.language, doc.dateline_place)
    hosted = False
    src, tgt = actor_codes(parts, doc.language)
    plover, cameo = codes.codes_for(etype, hosted)
    return Event(
        type=etype, plover=plover, cameo=cameo, source=src, target=tgt,
        date=d.date or doc.published, location=d.location or doc.dateline_place,
        participants=parts, evidence=(d.start, d.end), rule=d.rule,
    )


def business_meeting(doc: Doc, sents: list[Sentence], qspans: list[tuple[int, int]]) -> list[Event]:
    """A business forum or business council of the report's two sides held in its news ("the
    MoUs were signed during the Belarus-Pakistan Business Forum") is a meeting of their
    companies, whoever the report names at it: one per report."""
    pats = event_patterns(doc.language)
    sides = dyad_countries(doc)
    if len(sides) != 2:
        return []
    for s in sents:
        m = pats.business.search(doc.text, s.start, s.end)
        if m is None or inside(qspans, m.start()):
            continue
        if pats.not_now.search(strip_quotes(doc.text, s, qspans)) or reported_earlier(doc, s):
            continue
        plover, cameo = codes.codes_for("meeting", False)
        sentence = doc.text[s.start : s.end]
        return [Event(type="meeting", plover=plover, cameo=cameo, source=sides[0] + "BUS", target=sides[1] + "BUS",
                      date=date_in(sentence, doc.language, doc.published) or doc.published,
                      location=place_in(sentence, doc.language), participants=[], evidence=(s.start, s.end),
                      rule=f"business forum: {m.group(0).strip()}")]
    return []


def share_place(events: list[Event]) -> None:
    """One report, one place: an event whose sentence names no city happened where the others did."""
    places = [e.location for e in events if e.location]
    if places:
        common = max(dict.fromkeys(places), key=places.count)  # ties: the first named, not set order
        for e in events:
            if e.location is None and e.type != "phone_call":
                e.location = common


# Summons, expulsions and recalls act on a country's envoy, who is often named in another
# sentence of the report ("... summoned the ambassador. Ambassador X was told ...").
ENVOY_ACTS = ("114", "161", "166")
SUMMONS = "114"
# Acts a report tells again in other words ("announced new sanctions ... The sanctions target
# ..."): one per pair of sides. Expulsions and recalls are not merged: a report often tells
# two (the envoy sent home, the consulates closed; each side's expulsion).
TOLD_AGAIN = (SUMMONS, "163")


def with_envoy(parts: list[Person], persons: list[PersonEntity], c: object, lang: str | None) -> list[Person]:
    sides = [x[:3] for x in (getattr(c, "target", None), getattr(c, "source", None)) if x and not x.startswith("---")]
    target = getattr(c, "target", None)
    if sides and (not target or target.startswith("---")):
        # "X protested to the ambassador": the target is left to the report's pair, and the
        # one country other than the source's with a named envoy is it
        others = {p.country for p in persons if is_envoy_title(p.title, lang) and p.country and p.country not in sides}
        if len(others) == 1:
            sides.insert(0, others.pop())
    if getattr(c, "measure", "") == "recall" and sides:
        # a state recalls its own envoy: the source's; the other side's envoy is not recalled
        sides = sides[-1:]
        parts = [p for p in parts if not (is_envoy_title(p.title, lang) and p.country and p.country not in sides)]
    if any(is_envoy_title(p.title, lang) and p.country in sides for p in parts):
        return parts
    for side in sides:  # the target's envoy (summoned, expelled) first, else the source's (recalled)
        envoy = next((p for p in persons if is_envoy_title(p.title, lang) and p.country == side), None)
        if envoy is not None:
            person = envoy.to_person()
            return [person] + [p for p in parts if p.actor_id != person.actor_id]
    return parts


def briefing_without_encounter(events: list[Event]) -> list[Event]:
    """A briefing is the two sides speaking together after they met; in a report of no encounter
    it is one side's spokesman speaking of the other ("the spokeswoman told a briefing that the
    ambassador's comments were unacceptable"): a statement, whose real code the coder may give."""
    if any(e.type in ENCOUNTER_KINDS for e in events):
        return events
    for e in events:
        if e.type == "briefing":
            e.type = "statement"
    return events


ENCOUNTER_KINDS = ("visit", "talks", "meeting", "phone_call", "agreement_signing")


def headline_only(d: Draft | None, doc: Doc) -> bool:
    """The draft is told in the report's headline and nowhere else ("Presidents of A and B met
    in narrow format" over a body that tells the talks)."""
    span = doc.title_span
    return d is not None and span is not None and bool(d.told_in) and all(
        span[0] <= a and b <= span[1] + 1 for a, b in d.told_in)


def merge_meeting_into_talks(events: list[Event], headline_meeting: bool = False) -> list[Event]:
    """A meeting of the same people as the talks is the talks, told twice ("met ... held
    talks"); a meeting with someone else (the prime minister after the president) stays, and
    so does one beside talks that named no one (their people, borrowed from the visit, say
    nothing of whether the meeting is the talks) unless the meeting is told only in the
    headline: a headline sums up the body's encounter, it tells no other."""
    talks = [e for e in events if e.type == "talks" and (headline_meeting or not e.rule.endswith(LENT))]
    out = []
    for e in events:
        ids = {p.actor_id for p in e.participants}
        if e.type == "meeting" and any(ids <= {p.actor_id for p in t.participants} for t in talks):
            continue
        out.append(e)
    return out


def protest_encounters(events: list[Event], text: str, purpose: re.Pattern[str], lang: str | None) -> list[Event]:
    """An envoy who goes to the ministry, or meets its officials, "in protest against" or "to
    protest" an act does not consult (04): he complains officially (CAMEO 114), like an envoy
    handing a note. The encounter's sentence must say so and an envoy must be among its people
    (crowds rallying "in protest against the visit" leave the visit a visit)."""
    for e in events:
        if e.type in ENCOUNTER_KINDS[:3] and e.evidence and any(is_envoy_title(p.title, lang) for p in e.participants) \
                and purpose.search(text[e.evidence[0] : e.evidence[1]]):
            e.type, e.cameo, e.plover = "other", SUMMONS, codes.plover_for_cameo(SUMMONS)
            e.rule = f"{e.rule}; protest-purpose".lstrip("; ")
    return events


def fold_into_summons(events: list[Event]) -> list[Event]:
    """A meeting or talks with the envoy the report has summoned ("during the meeting with the
    ambassador, the deputy minister stressed ...", "summoned for a 'tough conversation'") is
    the summons told again: its people join the summons."""
    summonses = [e for e in events if e.cameo == SUMMONS and e.participants]
    out = []
    for e in events:
        ids = {p.actor_id for p in e.participants}
        s = next((s for s in summonses if e.type in {"meeting", "talks"} and s.participants[0].actor_id in ids), None)
        if s is None:
            out.append(e)
            continue
        s.participants.extend(p for p in e.participants if all(p.actor_id != q.actor_id for q in s.participants))
    return out


def one_summons(events: list[Event]) -> list[Event]:
    """A report tells its summons (or its sanctions) more than once ("summoned the ambassador
    ... The envoy was summoned by the director general ..."): one of one side by the other,
    with everyone named in any telling of it."""
    out: list[Event] = []
    first: dict[tuple[str, str, str], Event] = {}
    for e in events:
        # by country: "VENGOV" and "VENBUS" (the sanctioned firms) are one side
        key = (e.cameo, (e.source or "")[:3], (e.target or "")[:3])
        if e.cameo in TOLD_AGAIN and key in first:
            kept = first[key]
            for p in e.participants:
                if all(p.actor_id != q.actor_id for q in kept.participants):
                    kept.participants.append(p)
            continue
        if e.cameo in TOLD_AGAIN:
            first[key] = e
        out.append(e)
    return out


def fold_into_call(events: list[Event]) -> list[Event]:
    """A phone call is the report's encounter: talks, a meeting or a plain statement (010) of
    the same two or more people are the call told again ("the ministers discussed ... during a
    phone call"; "the call addressed ..."), not encounters of their own."""
    calls = [{p.actor_id for p in e.participants} for e in events if e.type == "phone_call"]
    out = []
    for e in events:
        ids = {p.actor_id for p in e.participants}
        told_again = e.type in {"talks", "meeting"} or (e.type == "statement" and e.cameo == "010")
        if told_again and len(ids) >= 2 and any(ids <= call for call in calls):
            continue
        out.append(e)
    return out


@lru_cache(maxsize=4)
def beyond_consultation_verbs(lang: str) -> re.Pattern[str]:
    """Verb stems of every code outside 01-05 (statements, appeals, intents, consultations,
    diplomatic cooperation): in a report whose meeting is already coded, only these can add
    an event, so only sentences holding one are worth the parse."""
    from dyad.extractors.cameo import _stems_relaxed, verb_patterns

    stems = sorted({st for p in verb_patterns().get(lang, ()) if p.cameo != "-" and p.cameo[:2] > "05"
                    for st in _stems_relaxed(p)}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(x) for x in stems) + ")", re.I) if stems else re.compile(r"(?!)")


def coded_events(doc: Doc, sents: list[Sentence], persons: list[PersonEntity],
                 anchors: list[tuple[int, int, int]], qspans: list[tuple[int, int]],
                 diplomatic: list[Event]) -> list[Event]:
    """Events of every other kind (accuse, reject, threaten, sanction, assault ...) from the
    general CAMEO coder, sentence by sentence, outside quotes.

    In a report that already has its meeting or visit, only the coder's non-consultation
    codes are added (the meeting is not counted twice); a report with no diplomatic event
    takes everything the coder finds.
    """
    from dyad.extractors.cameo import code_text

    text, lang = doc.text, doc.language or "en"
    out: list[Event] = []
    seen: set[tuple[str, str | None, str | None, str | None]] = set()
    first_told: dict[tuple[str, str | None, str | None, str | None], Event] = {}
    candidates: list[Sentence] = []
    headline: list[Sentence] = []
    for s in sents:
        if doc.title_span and s.start < doc.title_span[1]:
            headline.append(s)  # read after the body: mostly it restates it
            continue
        if inside(qspans, s.start) and inside(qspans, max(s.start, s.end - 2)):
            continue  # a sentence inside a quote is a claim, not a reported event
        if diplomatic and not beyond_consultation_verbs(lang).search(text, s.start, s.end):
            continue
        if reported_earlier(doc, s):
            continue  # "Last week, the ministry summoned ...": background (intents and threats stay)
        candidates.append(s)
    candidates += [s for s in headline if not (diplomatic and not beyond_consultation_verbs(lang).search(text, s.start, s.end))]
    try:
        # one call for the document: English sentences are parsed in a batch
        all_coded = code_text(text, lang, [(s.start, s.end) for s in candidates],
                              known=person_mentions(persons, anchors, qspans, lang)) if candidates else []
    except Exception:  # the coder must never cost us the document
        all_coded = []
    for s in candidates:
        coded = [c for c in all_coded if s.start <= c.start < s.end]
        for c in coded:
            root = c.cameo[:2]
            if s in headline and told_in_body(c, diplomatic + out):
                continue  # the headline restates the body
            role_only = bool(c.source and c.source.startswith("---") and len(c.source) > 3)
            if not (c.source and re.fullmatch(r"[A-Z]{3}\w*", c.source)) and not (
                    role_only and c.target and re.fullmatch(r"[A-Z]{3}\w*", c.target)):
                # an event with no actor on the acting side is no event between countries; "the
                # government thanked China" is one, whose side the report may tell (pair.py)
                continue
            if diplomatic and root in {"01", "02", "03", "04", "05"}:
                continue
            # an envoy summoned or expelled over their own remarks is the act's participant still
            people = [i for i in sentence_anchors(anchors, s, qspans) if not named_as_cause(text, s, i, anchors, lang)
                      or (c.cameo.startswith(ENVOY_ACTS) and is_envoy_title(persons[i].title, lang))]
            people = clause_people(people, c, s, anchors, persons, coded)
            parts = []
            for i in people[:2]:
                person = persons[i].to_person()
                if all(x.actor_id != person.actor_id for x in parts):
                    parts.append(person)
            if c.cameo.startswith(ENVOY_ACTS):
                parts = with_envoy(parts, persons, c, lang)
            if told_long_before(dating_text(text, s, c, coded), lang, doc.published, doc.published_stamp_only):
                continue  # background: an act of months or years before the report
            if root == "04" and planned_encounter(text, s, qspans, lang):
                continue  # "a meeting of the ministers is planned for May": none of the news
            verbal = codes.is_verbal(c.cameo)
            if verbal and not said_outside_quotes(c, text, s, qspans, lang):
                continue
            key = coded_key(c.cameo, c.source, c.target, parts, verbal, c.measure)
            if key in seen:
                if key in first_told:
                    told_again_with(first_told[key], parts)
                continue
            seen.add(key)
            # A plain statement of the same speaker upgrades to its real code ("said ... accused")
            upgraded = False
            for e in (diplomatic + out) if verbal else []:
                if e.type == "statement" and e.cameo.startswith("01") and parts and e.participants and \
                        e.participants[0].actor_id in {p.actor_id for p in parts}:
                    e.cameo, e.plover = c.cameo, c.plover
                    e.source, e.target = c.source or e.source, c.target or e.target
                    e.rule += f"; cameo:{c.verb}"
                    upgraded = True
                    break
            if upgraded:
                continue
            etype = codes.event_type_for_cameo(c.cameo)
            # a signing by one named signer is still a signing ("the prime minister signed
            # contracts worth ... in the Emirates"); a briefing needs two sides, a signing
            # with no one named is left to the signing sentences' own drafts
            if (etype == "briefing" and len(parts) < 2) or (etype == "agreement_signing" and not parts):
                etype = "other" if not parts else "statement"
            # a consultation the coder found ("the presidents talk over ...", "X held talks
            # with the minister of Y") is an encounter of the two sides its actors name, whether
            # or not the sentence names both persons
            elif etype == "other" and verbal:
                etype = "statement"  # said by a person or by an institution ("the ministry accused ...")
            out.append(Event(
                type=etype, plover=c.plover, cameo=c.cameo, source=c.source, target=c.target,
                date=date_in(text[s.start : s.end], lang, doc.published) or doc.published,
                location=place_in(text[s.start : s.end], lang), participants=parts,
                evidence=(s.start, s.end), rule=f"cameo:{c.verb} {c.rule}{OPEN_TARGET if not c.target else ''}".strip(),
            ))
            if not verbal:
                first_told[key] = out[-1]
    return out


def dating_text(text: str, s: Sentence, c: CodedEvent, coded: list[CodedEvent]) -> str:
    """The words of the sentence that date a coded act: the part between semicolons that its
    clause starts in, without the clauses of the sentence's other acts that its own holds ("Morocco,
    which cut ties with Iran in 2018, on Tuesday expelled ...": 2018 dates the cut, not the
    expulsion; "... expelled two diplomats; the two cut ties in 2018")."""
    lo = max(s.start, text.rfind(";", s.start, max(s.start, c.start)) + 1)
    hi = text.find(";", max(lo, c.start), s.end)
    hi = s.end if hi < 0 else hi
    cuts = sorted((x.start, x.end) for x in coded if (x.start, x.end) != (c.start, c.end)
                  and c.start <= x.start and x.end <= c.end and not (x.start <= c.start and c.end <= x.end))
    pieces, pos = [], lo
    for a, b in cuts:
        if a > pos:
            pieces.append(text[pos:min(a, hi)])
        pos = max(pos, b)
    if pos < hi:
        pieces.append(text[pos:hi])
    return " ".join(pieces)


def clause_people(people: list[int], c: CodedEvent, s: Sentence, anchors: list[tuple[int, int, int]],
                  persons: list[PersonEntity], coded: list[CodedEvent]) -> list[int]:
    """The people of a coded act where the sentence tells acts of two sides in clauses of
    their own ("A summoned the envoy B, while C accused ..."): the people of the other side's
    clause are left to its act, and an act read in a part of the sentence that names someone
    of its acting side takes the people of that part (C's accusation is C's). Otherwise all
    the sentence's people stay: the one who announces an act may be named in another clause
    ("... has expelled all diplomats, President X announced")."""
    where = {p: [a for a, _e, q in anchors if q == p and s.start <= a < s.end] for p in people}
    side = (c.source or "")[:3]
    others = [(x.start, x.end) for x in coded if (x.source or "")[:3] != side
              and not (x.start <= c.start and c.end <= x.end)]
    people = [p for p in people if not any(a <= b < z for b in where[p] for a, z in others)]
    if c.start <= s.start and c.end >= s.end:
        return people
    own = [p for p in people if any(c.start <= a < c.end for a in where[p])]
    return own if any(persons[p].country == side for p in own) else people


CAUSE_REACH = 100  # characters before a name that may hold "over remarks by the Russian journalist"


def named_as_cause(text: str, s: Sentence, person: int, anchors: list[tuple[int, int, int]], lang: str) -> bool:
    """A person the sentence names only as the one whose words the act answers ("summoned the
    envoy over remarks by journalist X"): the act's cause, not its participant."""
    r = rules(lang)
    cause = re.compile(r.CAUSE_OF_ACT_RE, re.I)
    before, after = re.compile(r.CAUSE_BEFORE_NAME_RE, re.I), re.compile(r.CAUSE_AFTER_NAME_RE, re.I)
    spans = [(a, e) for a, e, p in anchors if p == person and s.start <= a < s.end]

    def as_cause(a: int, e: int) -> bool:
        floor = max(s.start, a - CAUSE_REACH)
        # "over remarks by X", "over comments X made"; "against X's statements"
        return bool(cause.search(text, floor, a) or (before.search(text, floor, a) and after.match(text, e, s.end)))
    return bool(spans) and all(as_cause(a, e) for a, e in spans)


def planned_encounter(text: str, s: Sentence, qspans: list[tuple[int, int]], lang: str) -> bool:
    """The sentence tells its encounter as planned or past, as the trigger phrases read it: the
    first encounter trigger outside quotes is governed by a word of the future or the past (with
    no trigger, any such word of the sentence). The coder's consultation there is no event of
    the news either."""
    pats = event_patterns(lang)
    for etype in ENCOUNTERS:
        for m in pats.triggers[etype].finditer(text, s.start, s.end):
            if not inside(qspans, m.start()):
                return not_now_before(text, s, m.end(), qspans, pats.not_now, pats.coordinated)
    return bool(pats.not_now.search(strip_quotes(text, s, qspans)))


def told_in_body(c: CodedEvent, events: list[Event]) -> bool:
    """A headline's act the body tells too: the same kind of act (code root) between the same
    sides, whichever the headline's short passive makes the actor ("Russian envoy summoned")."""
    sides = _countries_of(c.source, c.target)
    return any(e.cameo[:2] == c.cameo[:2] and sides & _countries_of(e.source, e.target) for e in events)


def _countries_of(*codes_: str | None) -> set[str]:
    """The countries of actor codes, leaving out a role with no country yet ("---GOV")."""
    return {x[:3] for x in codes_ if x and re.fullmatch(r"[A-Z]{3}", x[:3])}


MUTUAL_ROOTS = ("19", "20")  # fighting is done by both sides at once ("troops clashed")
# a measure whose sentence names no one it is done to ("Both Cambodia and Thailand downgraded
# relations"): its target is the report's other side, filled in later, so the two sides' measures
# of one word are each side's own, not one act read from either side
OPEN_TARGET = " open-target"


def one_reading(events: list[Event]) -> list[Event]:
    """One sentence read as the same act of each side in turn ("the expulsion of a Croatian
    diplomat from Serbia" coded as Croatia's and as Serbia's act) tells one act: the first
    reading stands. A fight is waged by both sides at once and keeps both; so are two acts
    the coder read from different event words of the sentence ("Thailand downgraded relations,
    with Cambodia expelling the Thai ambassador"): each side's act of its own clause. (A
    summons and the note handed over at it are one protest, whichever words tell it.)"""
    out: list[Event] = []
    for e in events:
        src, tgt = (e.source or "")[:3], (e.target or "")[:3]
        if src and tgt and e.cameo[:2] not in MUTUAL_ROOTS and not (OPEN_TARGET in e.rule and is_measure(e.cameo)) and any(
                x.evidence == e.evidence and x.cameo[:3] == e.cameo[:3]
                and (event_word(x) == event_word(e) or e.cameo.startswith(SUMMONS))
                and (x.source or "")[:3] == tgt and (x.target or "")[:3] == src for x in out):
            continue
        out.append(e)
    return out


def event_word(e: Event) -> str:
    """The word the coder read an event from ("cameo:expel ..."): its anchor; "" for the
    others."""
    return e.rule.split(" ", 1)[0] if e.rule.startswith("cameo:") else ""


def told_once(events: list[Event]) -> list[Event]:
    """An act a report tells again in a later sentence ("Serbia expelled a Croatian diplomat
    ... The Serbian ministry declared the diplomat persona non grata") is one act: a later
    coding of the same code, sides and no new person is the retelling."""
    out: list[Event] = []
    for e in events:
        ids = {p.actor_id for p in e.participants}
        if e.type == "other" and any(
                x.type == e.type and x.cameo == e.cameo and x.source == e.source and x.target == e.target
                and measure_of(x) == measure_of(e)
                and x.evidence != e.evidence and ids <= {p.actor_id for p in x.participants} for x in out):
            continue
        if e.type == "statement" and any(
                x.type == e.type and x.cameo == e.cameo and x.source == e.source and x.target == e.target
                and ids == {p.actor_id for p in x.participants} for x in out):
            continue  # the same speaker voicing the same thing to the same side again is one statement
        out.append(e)
    return out


def measure_of(e: Event) -> str:
    """Which act of CAMEO 161 the coder read (VerbPattern.measure, kept in the rule): a recall,
    a break of relations and an expulsion told in turn are three acts, not one retold."""
    m = re.search(r"\bmeasure=(\w+)", e.rule or "")
    return m.group(1) if m else ""


def person_mentions(persons: list[PersonEntity], anchors: list[tuple[int, int, int]],
                    qspans: list[tuple[int, int]], lang: str | None) -> list[ActorMention]:
    """The report's persons of known country where they are named outside quotes, as actors
    the CAMEO coder can read: "Deputy Minister X criticized ..." is X's country acting,
    though the coder's tables know only countries, bodies and leaders."""
    out = []
    for start, end, p in anchors:
        person = persons[p]
        if person.country and not inside(qspans, start):
            base = codes.actor_code(person.country, person.title, lang) or person.country
            out.append(ActorMention(start, end, "person", base, None))
    return out


def said_outside_quotes(c: CodedEvent, text: str, s: Sentence, qspans: list[tuple[int, int]], lang: str) -> bool:
    """Whether a coded statement is the report's news: not a claim kept up for long ("has
    repeatedly accused": a standing position) and, when it names no target, told outside quotes
    (the word of "'... and we firmly oppose interference,' he said" is the speaker's)."""
    outside = strip_quotes(text, s, qspans)
    if event_patterns(lang).standing.search(outside):
        return False
    if c.target is None and not anchor_re(c.verb, lang).search(outside):
        return False
    # "'... an open provocation,' said the spokeswoman": the word of blame is the quotation's
    return all(rx.search(outside) for rx in companion_res(c.verb, lang))


@lru_cache(maxsize=256)
def companion_res(pattern: str, lang: str) -> tuple[re.Pattern[str], ...]:
    """The companion words of a verb-table pattern ("call provocat|absurd": one), each as
    a pattern of its alternative stems."""
    from dyad.extractors.cameo import verb_patterns
    from dyad.extractors.cameo.verbs import written_stems

    p = next((x for x in verb_patterns().get(lang, ()) if x.text == pattern), None)
    if p is None:
        return ()
    return tuple(re.compile(f"(?:{written_stems(w.alts, lang)})", re.I) for w in p.companions)


@lru_cache(maxsize=256)
def anchor_re(pattern: str, lang: str) -> re.Pattern[str]:
    """The event word of a verb-table pattern, as it may be written ("deny": "denied")."""
    from dyad.extractors.cameo import stems_relaxed, verb_patterns
    from dyad.extractors.cameo.verbs import written_stems

    p = next((x for x in verb_patterns().get(lang, ()) if x.text == pattern), None)
    stems = sorted(stems_relaxed(p), key=len, reverse=True) if p else [pattern.split()[0]]
    return re.compile(f"(?:{written_stems(((x, False) for x in stems), lang)})", re.I)


def told_again_with(first: Event, parts: list[Person]) -> None:
    """A measure told again names whom it was done to ("summoned the charge d'affaires ... The
    embassy confirmed the charge d'affaires, NAME, had been summoned"; "ordered a diplomat to
    leave ... ordered diplomat NAME, who works at ..., to leave"): the first telling had no one,
    the act takes the people of its retelling (two at most, as any act)."""
    if first.participants:
        return
    first.participants = parts[:2]


def coded_key(cameo: str, source: str | None, target: str | None, parts: list[Person],
              verbal: bool, measure: str = "") -> tuple[str, str | None, str | None, str | None]:
    """What makes a coded event another one: its root and sides (a report tells its expulsion
    several times), and for something said also its speaker (the minister's criticism and the
    spokesman's are two statements; one speaker criticising twice is one). The official
    protest (a summons, a note: 114) is an act of its own beside the words of blame of its
    root: "summoned the ambassador ... called the decision unjustified" tells two events."""
    sides = ((source or "")[:3] or None, (target or "")[:3] or None)
    root = cameo[:3] if cameo.startswith(SUMMONS) else measure_kind(cameo) + measure
    if not verbal:
        return (root, *sides, None)
    return (root, *sides, parts[0].actor_id if parts else None)


# Sanctions (16) and coercion (17) are families of distinct measures: cutting ties, stopping
# aid, an embargo, breaking off talks (160-164); seizing property, administrative sanctions,
# arrests (171-173). A report lists several in one breath ("recalled its ambassador and halted
# all imports"), and each is an act of its own; the expulsion of a diplomat is one kind
# however it is told (161 "expelled the ambassador", 166/174 "expelled four officers").
MEASURE_ROOTS = ("16", "17")
EXPULSION_CODES = ("161", "166", "174")


def measure_kind(cameo: str) -> str:
    """The kind of act a code tells, for telling one act from another of its root."""
    if not cameo.startswith(MEASURE_ROOTS):
        return cameo[:2]
    return EXPULSION_CODES[0] if cameo.startswith(EXPULSION_CODES) else cameo[:3]


def visitor_first(parts: list[Person], place: str | None, sentence: str, lang: str | None,
                  dateline: str | None = None) -> list[Person]:
    """CAMEO codes a visit from the visitor (042): put the guest first. The host is the
    side whose country holds the place of the visit, or the country the visit goes "to";
    only when the sentence tells neither, the country of the dateline (an agency files from
    home: "MINSK - ... arrived on a visit to Russia" is a visit to Russia)."""
    host = gazetteer.city_country(place) if place else None
    to_host, staying = visit_host_res()
    if host is None:
        m = to_host.search(sentence)
        if m:
            host = gazetteer.country_in(m.group(1), lang)
    if host is None:  # "who is in Russia on a working visit"
        m = staying.search(sentence)
        if m:
            host = gazetteer.country_in(m.group(1), lang)
    if host is None and dateline:
        host = gazetteer.city_country(dateline)
    if host is None:
        return parts
    guests = [p for p in parts if p.country and p.country != host]
    return guests + [p for p in parts if p not in guests]


def strip_quotes(text: str, s: Sentence, qspans: list[tuple[int, int]]) -> str:
    """The sentence without the characters inside any of the spans."""
    cuts = sorted((max(a, s.start), min(b, s.end)) for a, b in qspans if a < s.end and b > s.start and a < b)
    pieces, pos = [], s.start
    for a, b in cuts:
        if a > pos:
            pieces.append(text[pos:a])
        pos = max(pos, b)
    pieces.append(text[pos : s.end])
    return "".join(pieces)


GOVERNED_WORDS = 8  # words after an encounter's trigger that may still tell when it is


def not_now_before(text: str, s: Sentence, pos: int, spans: list[tuple[int, int]], not_now: re.Pattern[str],
                   joined: re.Pattern[str] | None = None) -> bool:
    """A word of the past or the future governs the trigger ending at ``pos`` when it stands
    before it or after it in its clause, a few words on ("will hold talks", "den Besuch des
    Ministers kommende Woche abgesagt"). One in a later clause or further on speaks of what
    was discussed or announced there ("during his meeting with X, Y discussed the
    implementation of ...", "bei einem Treffen mit X über die bevorstehenden Gespräche
    erzählt"), not of the encounter. Nor does one in a second predicate of the subject that a
    coordinating word (``joined``) opens ("met Putin and will travel to Kazan next week")."""
    words = list(re.finditer(r"\S+", text[pos : s.end]))
    upto = pos + words[GOVERNED_WORDS - 1].end() if len(words) >= GOVERNED_WORDS else s.end
    marks = [x for x in (text.find(",", pos, upto), text.find(";", pos, upto)) if x >= 0]
    link = joined.search(text, pos, upto) if joined is not None else None
    upto = min([upto, *marks, *([link.start()] if link else [])])
    return bool(not_now.search(strip_quotes(text, Sentence(s.start, upto, s.para), spans)))


def proposed_before(text: str, s: Sentence, pos: int, qspans: list[tuple[int, int]], proposed: re.Pattern[str]) -> bool:
    """A verb of proposing or inviting before the trigger at ``pos`` in its sentence leads to it
    ("X proposed organizing a visit", "lud X ein, Serbien zu besuchen"). One after the trigger
    is said at the encounter ("At the reception X proposed ..."), which stays."""
    return bool(proposed.search(strip_quotes(text, Sentence(s.start, pos, s.para), qspans)))


def clause_around(text: str, s: Sentence, pos: int) -> str:
    """The clause of a trigger: from the previous comma/semicolon to the next one."""
    left = max(text.rfind(",", s.start, pos), text.rfind(";", s.start, pos), s.start)
    right_candidates = [x for x in (text.find(",", pos, s.end), text.find(";", pos, s.end)) if x >= 0]
    right = min(right_candidates) if right_candidates else s.end
    return text[left:right]


def principal_persons(persons: list[PersonEntity], anchors: list[tuple[int, int, int]],
                      qspans: list[tuple[int, int]]) -> list[int]:
    """The report's protagonists: most anchored outside quotes, earliest first on ties."""
    counts: dict[int, int] = {}
    first: dict[int, int] = {}
    for start, _e, p in anchors:
        if inside(qspans, start):
            continue
        counts[p] = counts.get(p, 0) + 1
        first.setdefault(p, start)
    return sorted(counts, key=lambda p: (-counts[p], first[p]))[:3]


def fill_countries(parts: list[Person], doc: Doc) -> None:
    """A bilateral meeting joins two sides: a participant with no known country is the
    side that the others are not, when the report's two countries are known."""
    known = {p.country for p in parts if p.country}
    dyad = dyad_countries(doc)
    for p in parts:
        if p.country is None and len(dyad) == 2:
            rest = [c for c in dyad if c not in known]
            if len(rest) == 1:
                p.country = rest[0]
                known.add(rest[0])


def dyad_countries(doc: Doc) -> list[str]:
    """The two countries a report is about: the two most mentioned."""
    return list(_dyad_countries(doc.text, doc.language))


@lru_cache(maxsize=8)
def _dyad_countries(text: str, lang: str | None) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for m in gazetteer.find_countries(text, lang):
        if m.kind in {"name", "adjective", "demonym", "alias"}:
            counts[m.iso3] = counts.get(m.iso3, 0) + 1
    return tuple(sorted(counts, key=lambda c: -counts[c])[:2])


def actor_codes(parts: list[Person], lang: str | None) -> tuple[str | None, str | None]:
    def code(p: Person) -> str | None:
        c = codes.actor_code(p.country, p.title, lang)
        if c and len(c) == 3 and p.title:
            c = codes.actor_code(p.country, p.title, "en") or c  # a registry title is English
        return c

    src = code(parts[0]) if parts else None
    tgt = code(parts[1]) if len(parts) > 1 else None
    return src, tgt
