"""Extract stage: Doc -> Record. Pure: no I/O, models cached once per process."""

from __future__ import annotations

import re
from functools import lru_cache

from dyad import gazetteer
from dyad.extractors.agreements import find_agreements
from dyad.extractors.coref import pronoun_person
from dyad.extractors.events import dyad_countries, find_events
from dyad.extractors.figures import find_figures
from dyad.extractors.institutions import institutions_in, with_sides
from dyad.extractors.persons import find_persons
from dyad.extractors.quotes import (
    SpeakerFinder,
    dashed_quotes,
    quotes_with_speakers,
    repeated,
    reported_speakers,
    transcript_quotes,
)
from dyad.extractors.statements import acted_on_envoys, protest_told_again, speaker_statements
from dyad.extractors.text import inside, quoted_spans, sentences
from dyad.lang import NoLanguagePack, available, rules
from dyad.model import Doc, Quote, Record


@lru_cache(maxsize=8)
def pronoun_re(lang: str | None) -> re.Pattern[str]:
    """The personal pronouns of a language, as whole words."""
    return re.compile(r"(?<!\w)(" + "|".join(rules(lang).PRONOUNS) + r")(?!\w)", re.I)


def quote_text(text: str, start: int, end: int) -> str:
    """The quoted words on one line (a quote over hard-wrapped lines is one text)."""
    return re.sub(r"\s*\n\s*", " ", text[start:end].strip().rstrip(","))


def surnames_in_quotes(text: str, names: list[str], outer: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """(start, end, person) where a quote's words name a person by surname ("President Ali has
    shown ..."): the people a quote is about. Mentions are not looked for inside quotes."""
    out: list[tuple[int, int, int]] = []
    for i, name in enumerate(names):
        parts = name.split()
        if len(parts) < 2 or len(parts[-1]) < 3:
            continue  # a single word may be anything
        rx = re.compile(rf"(?<!\w){re.escape(parts[-1])}(?!\w)")
        out += [(m.start(), m.end(), i) for s, e in outer for m in rx.finditer(text, s, e)]
    return out


def place_by_speaker(text: str, lang: str, persons: list, found_quotes: list) -> None:  # type: ignore[type-arg]
    """A person named only inside a quote as "our ambassador X" serves the speaker's country,
    whatever other envoys the report names: the speaker says "our" for their own side."""
    own = re.compile(rules(lang).OWN_SIDE_POSSESSIVE_RE, re.I)
    for p in persons:
        if not p.mentions or not all(m.in_quote for m in p.mentions):
            continue
        for m in p.mentions:
            at = m.title_span[0] if m.title_span else m.start
            q = next((q for q in found_quotes if q.outer[0] <= at < q.outer[1]), None)
            if q is None or not own.search(text, max(q.outer[0], at - 20), at):
                continue
            speaker = persons[q.speaker] if q.speaker is not None else None
            country = speaker.country if speaker is not None else q.institution.country if q.institution else None
            if country:
                p.country = country
                break


def extract_record(doc: Doc) -> Record:
    if doc.language not in available():
        # Another language's rules would invent people and events: say so, guess nothing.
        return Record(doc=doc, warnings=[str(NoLanguagePack(doc.language))])
    text, lang = doc.text, doc.language
    sents = sentences(text)
    qspans_found = quoted_spans(text)
    found = find_persons(doc, qspans_found)
    persons, anchors = found.persons, found.anchors
    outer = [q.outer for q in qspans_found]
    anchors_outside = [(s, p) for s, _e, p in anchors if not inside(outer, s)]
    pron_re = pronoun_re(lang)

    def resolve_pronoun(start: int, end: int) -> int | None:
        m = pron_re.search(text, start, end)
        if not m:
            return None
        return pronoun_person(doc, persons, m.start(), m.group(1), anchors_outside)

    home = gazetteer.city_country(doc.dateline_place) if doc.dateline_place else None
    speaking_bodies = with_sides([i for i in institutions_in(text, lang, home) if not inside(outer, i.start)],
                                 dyad_countries(doc))
    finder = SpeakerFinder([a for a in anchors if not inside(outer, a[0])], resolve_pronoun, speaking_bodies, text,
                           surnames_in_quotes(text, [p.name for p in persons], outer))
    dashed = dashed_quotes(text, lang, finder) + transcript_quotes(text, [a for a in anchors if not inside(outer, a[0])])
    dashed_outer = [q.outer for q in dashed]
    qspans = [q for q in qspans_found if not inside(dashed_outer, q.outer[0])]
    found_quotes = sorted(dashed + quotes_with_speakers(text, lang, qspans, finder), key=lambda q: q.start)
    place_by_speaker(text, lang, persons, found_quotes)
    all_quote_outer = outer + dashed_outer

    quotes = []
    for q in found_quotes:
        if q.speaker is None and q.institution is not None:
            inst = q.institution
            quotes.append(Quote(inst.text, inst.name_en, inst.actor_id, quote_text(text, q.start, q.end),
                                (q.start, q.end), rule=q.rule + ":institution"))
            continue
        if q.speaker is None:
            continue
        p = persons[q.speaker]
        actor_id = p.to_person().actor_id
        quotes.append(Quote(p.name, p.name_en, actor_id, quote_text(text, q.start, q.end),
                            (q.start, q.end), rule=q.rule))

    again = repeated([q.text for q in quotes])
    quotes = [q for i, q in enumerate(quotes) if i not in again]

    def quote_speaker_at(pos: int) -> str | None:
        for q in found_quotes:
            if q.outer[0] <= pos < q.outer[1] and q.speaker is not None:
                return persons[q.speaker].name_en
            if q.outer[0] <= pos < q.outer[1] and q.institution is not None:
                return q.institution.name_en
        return None

    dyad = dyad_countries(doc)
    for p in persons:
        if p.country is None and len(dyad) == 2:
            pass  # filled per event, where the other side is known
    agreements = find_agreements(doc, dyad, doc.published, all_quote_outer)
    events = find_events(doc, sents, persons, anchors, all_quote_outer, [a.evidence for a in agreements])
    speakers = [(q.institution if q.speaker is None else persons[q.speaker].to_person(), (q.start, q.end))
                for q in found_quotes if q.speaker is not None or q.institution is not None]
    envoys = acted_on_envoys(events)
    speakers += [(persons[p].to_person(), span) for p, span in reported_speakers(
        text, lang, sents, anchors, all_quote_outer,
        lambda p: persons[p].to_person().actor_id in envoys)]
    events += speaker_statements(doc, events, speakers, lang)
    events = protest_told_again(doc, events, lang)
    for a in agreements:
        a.date = next((e.date for e in events if e.type == "agreement_signing"), a.date)
    figures = find_figures(doc, sents, dyad, quote_speaker_at)
    people_out = []
    by_id = {}
    for e in events:
        for part in e.participants:
            by_id.setdefault(part.actor_id, part)
    for p in persons:
        person = p.to_person()
        people_out.append(by_id.get(person.actor_id, person))
    return Record(doc=doc, people=people_out, events=events, agreements=agreements, figures=figures, quotes=quotes)
