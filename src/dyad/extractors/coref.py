"""Coreference inside one document: "the Head of State", "the President of Kazakhstan",
"the speaker", "the Belarusian leader", "he said" -> the person they point to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from dyad import gazetteer
from dyad.extractors.people import Mention, PersonEntity, country_of_title, home_country, speech_verb_near
from dyad.extractors.quotes import according_to_re
from dyad.lang import available, pack, rules
from dyad.lang.union import union
from dyad.model import Doc
from dyad.registry import get_registry

_PACKS = tuple(pack(code) for code in available())
# Which words in a title make its holder answer to a role reference. Every pack's: a title may
# be written in English (from the registry) in a report of any language.
ROLE_TITLE_WORDS: dict[str, tuple[str, ...]] = {}
for _lp in _PACKS:
    for _role, _words in _lp.ROLE_TITLE_WORDS.items():
        ROLE_TITLE_WORDS[_role] = ROLE_TITLE_WORDS.get(_role, ()) + tuple(_words)
# A role word inside a title, with at most an inflection after it: "außenministers" holds the
# foreign minister, "außenministeriums" (the ministry, a longer word) does not.
ROLE_TITLE_PATTERNS = {role: re.compile("(?:" + "|".join(map(re.escape, words)) + r")\w{0,2}(?!\w)")
                       for role, words in ROLE_TITLE_WORDS.items() if words}
# Surname endings that mark gender, every pack's: the name's origin decides, not the report's.
SURNAME_GENDER = tuple((re.compile(rx), gender) for rx, gender in union("SURNAME_GENDER"))
REGISTRY_ROLES = {"head_of_state", "head_of_government", "foreign_minister"}


@dataclass
class Reference:
    start: int
    end: int
    person: int
    rule: str


def person_roles(p: PersonEntity) -> set[str]:
    low = (p.title or "").lower()
    roles = {role for role, pattern in ROLE_TITLE_PATTERNS.items() if pattern.search(low)}
    if p.actor:
        roles |= {o.role for o in p.actor.offices}
        if any(o.role in {"speaker_upper", "speaker_lower"} for o in p.actor.offices):
            roles.add("speaker")
    if "foreign_minister" in roles:
        roles.add("minister")  # a foreign minister answers to "the minister" too ("глава МИД")
    if roles & {"ambassador", "foreign_minister"}:
        roles.add("diplomat")  # an envoy or a foreign minister answers to "the diplomat"
    return roles


def resolve_role(doc: Doc, persons: list[PersonEntity], role: str, country: str | None, pos: int,
                 create: bool = True, word: str | None = None) -> int | None:
    candidates = [
        i for i, p in enumerate(persons)
        if role in person_roles(p) and (country is None or p.country == country)
    ]
    # "der Kanzler" after a Bundeskanzler and a Ministerpraesident: the title that holds the word
    literal = [i for i in candidates if word and persons[i].title and word in persons[i].title.lower()]
    if literal:
        # (a title the report does not write, the registry's English one, cannot be compared: it
        # stays a candidate, "добавил министр" may be the Russian minister named with no title)
        candidates = [i for i in candidates if i in literal or (persons[i].title and persons[i].title not in doc.text)]
    if candidates and country is None and role in {"head_of_state", "head_of_government"}:
        # "the Head of State" in Akorda's copy is Kazakhstan's: an outlet's unqualified
        # head of state is its own country's when that person is in the report.
        home = home_country(doc)
        own = [i for i in candidates if persons[i].country == home]
        if own and len({persons[i].country for i in candidates}) > 1:
            candidates = own
    if candidates:
        before = [i for i in candidates if persons[i].first <= pos]
        if before:
            return most_salient(doc.text, persons, before, pos)
        return min(candidates, key=lambda i: persons[i].first)
    if not create or role not in REGISTRY_ROLES:
        return None
    country = country or home_country(doc)
    if country is None:
        return None
    year_date = doc.published if doc.published and not doc.published.startswith("--") else None
    actor = get_registry().holder(role, country, year_date)
    if actor is None:
        return None
    for i, p in enumerate(persons):
        if p.actor and p.actor.actor_id == actor.actor_id:
            return i
    office = next((o for o in actor.offices if o.role == role), None)
    persons.append(PersonEntity(actor.name_en, actor.name_en, office.title_en if office else None,
                                actor.country, actor, [], from_reference=True))
    return len(persons) - 1


def most_salient(text: str, persons: list[PersonEntity], before: list[int], pos: int) -> int:
    """Of the people a role may point to, the one named last before it; when the last sentence
    that names them names several ("X said, at a press conference with Y, ..."), the one it
    names first, its subject."""
    last = {i: max((m.start for m in persons[i].mentions if m.start <= pos), default=0) for i in before}
    latest = max(before, key=lambda i: last[i])
    stop = max(text.rfind(". ", 0, last[latest]), text.rfind("\n", 0, last[latest]))
    same = [i for i in before if any(stop < m.start <= last[latest] for m in persons[i].mentions)]
    return min(same, key=lambda i: min(m.start for m in persons[i].mentions if stop < m.start)) if same else latest


def followed_by_name(text: str, end: int, lang: str | None) -> bool:
    """A capitalised word right after a role, unless it is an acronym that names no country
    (the outlet quoting the role, "RIA"; "the President of the USA" stays a title)."""
    word = re.match(r" ([^\W\d_]\w*)", text[end:])
    if word is None or not word.group(1)[0].isupper():
        return False
    acronym = len(word.group(1)) >= 2 and word.group(1).isupper()
    return not acronym or bool(gazetteer.find_countries(word.group(1), lang))


@cache
def _role_references(lang: str | None) -> tuple[re.Pattern[str], tuple[tuple[str, str], ...]]:
    """The pack's role-reference pattern, compiled, and its role words, longest first."""
    r = rules(lang)
    return re.compile(r.ROLE_REFERENCE_RE), tuple(sorted(r.ROLE_REFERENCES.items(), key=lambda kv: -len(kv[0])))


@cache
def _bare_role_references(lang: str | None) -> re.Pattern[str] | None:
    bare = rules(lang).ROLE_REFERENCE_BARE_RE
    return re.compile(bare) if bare else None


def role_matches(text: str, lang: str | None, pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """Every role reference: the pack's pattern, and a role with no article where it stands right
    beside a verb of saying ("..., Pakistan's foreign minister said"), unless the first already
    holds it."""
    found = list(pattern.finditer(text))
    bare = _bare_role_references(lang)
    if bare is None:
        return found
    spans = [(m.start(), m.end()) for m in found]
    extra = [m for m in bare.finditer(text)
             if speech_verb_near(text, m.start(), m.end(), lang)
             and not any(s <= m.start("role") < e for s, e in spans)]
    return sorted(found + extra, key=lambda m: m.start())


def find_references(doc: Doc, persons: list[PersonEntity], mentions: list[Mention]) -> list[Reference]:
    text, lang = doc.text, doc.language
    pattern, role_words = _role_references(lang)
    refs: list[Reference] = []
    taken = [(m.start, m.end) for m in mentions] + [m.title_span for m in mentions if m.title_span]
    for m in role_matches(text, lang, pattern):
        if any(s <= m.start("role") < e for s, e in taken):  # part of a name or of a title
            continue
        # A role followed by a name is a title, not a reference; an acronym after it names the
        # outlet that quotes the role ("... приводит слова дипломата РИА Новости").
        if followed_by_name(text, m.end(), lang) and not m.group("of"):
            continue
        role_word = m.group("role").lower()
        role = None
        words = role_word.split()
        for key, value in role_words:
            # every word of the key, allowing inflection (a Russian genitive "glavy
            # gosudarstva" matches the key "glava gosudarstva")
            if all(any(w.startswith(k[: max(3, len(k) - 3)]) for w in words) for k in key.split()):
                role = value
                break
        if role is None:
            continue
        country = None
        inner = [c for c in gazetteer.find_countries(m.group("role"), lang) if c.kind in {"adjective", "demonym", "name"}]
        if inner:
            country = inner[0].iso3  # "the head of the Uzbek foreign policy agency", as Russian writes it
        for grp in ("adj", "of"):
            if country:
                break
            if m.group(grp):
                country = gazetteer.country_in(m.group(grp), lang) or country_of_title(m.group(grp), lang)
                if country:
                    break
        if role == "speaker" and country is None:
            role_candidates = ["speaker", "deputy"]
        else:
            role_candidates = [role]
        idx = None
        for rc in role_candidates:
            idx = resolve_role(doc, persons, rc, country, m.start(), word=words[-1] if words else None)
            if idx is not None:
                break
        if idx is None and country is not None:
            idx = named_after(doc, persons, mentions, m.end(), m.group(0), country)
        if idx is not None and role == "spokesperson" and not speaks_for(persons[idx].title, body_words(m, lang)):
            idx = None  # "the Defence Ministry spokesman" is not the Foreign Ministry's spokeswoman
        if idx is not None:
            refs.append(Reference(m.start(), m.end(), idx, f"role:{role}"))
            if not persons[idx].mentions and persons[idx].ref_span is None:
                persons[idx].ref_span = (m.start(), m.end())
    return refs


def body_words(m: re.Match[str], lang: str | None) -> list[str]:
    """The capitalised words of the body a role names, other than a country: "Defence Ministry"
    in "the Defence Ministry spokesman", "Минобороны" in "представитель Минобороны"."""
    words = (m.groupdict().get("body") or "").split()
    of = m.groupdict().get("of") or ""
    if of[:1].isupper() and not gazetteer.country_in(of, lang):
        words += of.split()
    return [w for w in words if w[:1].isupper()]


BODY_STEM = 5  # letters of a body's word that its inflected forms share ("Außenministeriums", "МИДа")


def speaks_for(title: str | None, words: list[str]) -> bool:
    """A spokesperson's title holds the body the role names (every word of it, inflection aside)."""
    low = (title or "").lower()
    return all(w.lower()[:BODY_STEM] in low for w in words)


NAMED_AFTER_REACH = 800  # characters from a role to the name that follows it (two paragraphs of wire copy)


def named_after(doc: Doc, persons: list[PersonEntity], mentions: list[Mention], pos: int, role: str,
                country: str) -> int | None:
    """A report that opens with a role ("the Polish interior minister said ...") and names its
    holder only later ("..., Mr X wrote"): the next person named, when nothing else places
    them (no title, no country) and no other person is named in between."""
    if not speech_verb_near(doc.text, pos - len(role), pos, doc.language):
        return None  # only a speaker's role ("the Polish interior minister said") is named again by a speaker
    later = sorted((x for x in mentions if x.start >= pos and x.person >= 0), key=lambda x: x.start)
    if not later or later[0].start - pos > NAMED_AFTER_REACH:
        return None
    p = persons[later[0].person]
    if p.title or p.country or p.actor or later[0].in_quote or later[0].rule != "speech-verb":
        return None
    p.title = role.split(None, 1)[1] if role.split()[0].lower() in rules(doc.language).TITLE_APPOSITION_ARTICLES else role
    p.country = country
    return later[0].person


def pronoun_person(doc: Doc, persons: list[PersonEntity], pos: int, pronoun: str,
                   anchors: list[tuple[int, int]]) -> int | None:
    """The person a pronoun points to: the most recent sentence subject before it.

    `anchors` are (position, person) of mentions and references outside quotes; the
    first anchor of a sentence is its subject in wire copy ("X thanked Y ... he said").
    """
    gender = rules(doc.language).PRONOUNS.get(pronoun.lower())
    text = doc.text
    start = pos
    for _ in range(6):
        sent_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
        sent_start = sent_start + 1 if sent_start >= 0 else 0
        in_sentence = sorted(a for a in anchors if sent_start <= a[0] < start)
        for _, idx in subject_first(text, sent_start, in_sentence, doc.language):
            if gender is None or name_gender(persons[idx].name_en) in (None, gender):
                return idx
        if sent_start == 0:
            break
        start = sent_start - 1
    return None


def subject_first(text: str, sent_start: int, anchors: list[tuple[int, int]],
                  lang: str | None) -> list[tuple[int, int]]:
    """The sentence's anchors, its likely subject first.

    Wire copy opens with the subject, unless an opening phrase set off by a comma comes first
    ("At the talks with X, Y said ..."): then the person right after that comma is the subject
    and the one inside the phrase only an object of it. A source phrase ("According to X, ...")
    is the exception: X is whom the sentence reports, and "he said" after it points to X.
    """
    comma = text.find(",", sent_start)
    if not anchors or comma < 0 or text[sent_start:anchors[0][0]].strip() == "" or anchors[0][0] > comma:
        return anchors
    if according_to_re(lang).search(text, sent_start, comma):
        return anchors
    after = [a for a in anchors if comma < a[0] <= comma + 3]
    return after + [a for a in anchors if a not in after]


def name_gender(name_en: str) -> str | None:
    """Slavic and Turkic surnames mark gender (Kochanova, Koshanov); others we leave open."""
    parts = name_en.split()
    if not parts:
        return None
    last = parts[-1].lower()
    return next((gender for ending, gender in SURNAME_GENDER if ending.search(last)), None)
