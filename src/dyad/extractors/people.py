"""Persons in a document: mentions, titles, countries, one Person per real person.

Signals, none trusted alone (spaCy's PERSON spans on wire copy swallow titles; not every
language has an NER here): capitalised name shapes, a title right before the name, a speech
verb right after it, the person spans of the statistical NER the language's pack names, and
the shipped actor registry. Every word comes from the language packs (dyad.lang); the words
that are never names and the particles of names are every pack's together, since a report in
one language quotes names and bodies of the others.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources

from dyad import gazetteer, names
from dyad.extractors import models
from dyad.extractors.text import ABBREVIATIONS, QuoteSpan, inside, quoted_spans
from dyad.lang import available, pack, rules
from dyad.lang.union import any_fragment, union
from dyad.model import Doc, Person
from dyad.registry import KnownPerson, Registry, actor_id_for, get_registry

_PACKS = tuple(pack(code) for code in available())

# The Latin script with its extensions, shared by many packs; a pack written in a script of
# its own adds that script's range (SCRIPT).
LATIN_BLOCKS = ((0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF))


def _letters(test: str) -> str:
    """Every letter of the Latin script (with its extensions) and of every pack's own script
    that passes `test`, as a regex class body: names come with diacritics from every alphabet
    we transliterate ("Voda" with a breve, "Omer" with a diaeresis, "Jovanovic" with an acute),
    and a class listing a few of them cut the rest off."""
    blocks = list(LATIN_BLOCKS) + [(ord(p.SCRIPT[0]), ord(p.SCRIPT[1])) for p in _PACKS if p.SCRIPT]
    chars = [chr(c) for a, b in blocks for c in range(a, b + 1) if getattr(chr(c), test)()]
    return re.escape("".join(chars))


UPPER = _letters("isupper")
LOWER = _letters("islower") + "'’"
# "LeClaire", "McDonald", "DeSantis": a second capital inside a surname
NAME_TOKEN = rf"[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]{{2,}})?(?:-[{UPPER}]?[{LOWER}]+)?"
NAME_TOKEN_RE = re.compile(NAME_TOKEN)
# Lower-case particles inside a name ("Ursula von der Leyen", "Lula da Silva"), every pack's.
NAME_PARTICLE = f"(?:{any_fragment('NAME_PARTICLE_RE')})"
_HYPHEN_PREFIX = f"(?:(?:{any_fragment('NAME_HYPHEN_PREFIXES')})-)?" if union("NAME_HYPHEN_PREFIXES") else ""
# A name never spans lines.
CAP_RUN_RE = re.compile(rf"(?<![\w-]){NAME_TOKEN}(?:[ \t\u00a0]+(?:{NAME_PARTICLE}[ \t\u00a0]+){{0,2}}{_HYPHEN_PREFIX}{NAME_TOKEN})*")
PARTICLED_RE = re.compile(rf"\s{NAME_PARTICLE}\s")

# Words that are pronouns in running text and surnames after a given name ("Liu He").
PRONOUN_SURNAMES = frozenset(union("PRONOUN_SURNAMES"))
# Capitalised words that are never part of a person's name (institutions, titles, places
# are checked separately through the gazetteer and the title tables).
NOT_NAME = frozenset(union("NOT_NAME_WORDS"))
# Particles of names that are words of their own in running text.
NAME_PARTICLES = frozenset(union("NAME_PARTICLES"))
# Capitalised particles that link an Arabic name's chain ("Mohamed Al Musharrakh").
CHAIN_PARTICLES = frozenset(union("NAME_CHAIN_PARTICLES"))

# Scanning back from a name for its title: words and the punctuation that ends a title.
_TITLE_WORD_RE = re.compile(r"[\w'’.-]+|[,;:()\"“”„«»–—]")
_WORD_START_RE = re.compile(r"\w")
_TITLE_ARTICLES = union("TITLE_APPOSITION_ARTICLES")
_TITLE_ARTICLE = rf"((?:{'|'.join(_TITLE_ARTICLES)})\s+)?" if _TITLE_ARTICLES else "()?"
# A title in apposition after a name, up to the next comma.
_TITLE_AFTER_RE = re.compile(rf",\s+{_TITLE_ARTICLE}([^,;:.()\"“”«»\n]{{3,120}}?)(?=\s*[,;:.()\n])", re.I)


@cache
def _re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A pack's pattern, compiled once."""
    return re.compile(pattern, flags)


@dataclass
class Mention:
    start: int
    end: int
    name: str  # the name as found (in the nominative where names inflect)
    name_en: str
    title: str | None = None
    title_span: tuple[int, int] | None = None
    in_quote: bool = False
    rule: str = ""
    person: int = -1  # index into the document's persons
    title_country: str | None = None  # the country of a list's title in this name's place


@dataclass
class PersonEntity:
    name: str
    name_en: str
    title: str | None
    country: str | None
    actor: KnownPerson | None
    mentions: list[Mention] = field(default_factory=list)
    from_reference: bool = False
    ref_span: tuple[int, int] | None = None  # where a person named only by role is referred to

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions) if self.mentions else 0

    def to_person(self, evidence: tuple[int, int] | None = None) -> Person:
        if evidence is not None:
            ev = evidence
        elif self.mentions:
            ev = (self.mentions[0].start, self.mentions[0].end)
        else:
            ev = self.ref_span or (0, 0)
        return Person(
            name=self.name, name_en=self.name_en, title=self.title, country=self.country,
            actor_id=self.actor.actor_id if self.actor else actor_id_for(self.name_en, self.country),
            evidence=ev, rule=self.mentions[0].rule if self.mentions else "reference",
        )


@lru_cache(maxsize=1)
def institutions() -> tuple[tuple[str, str, str], ...]:
    with resources.files("dyad.data").joinpath("institutions.csv").open(encoding="utf-8") as fh:
        return tuple((r["pattern"], r["iso3"], r["role"]) for r in csv.DictReader(fh))


HOST_NAME_WORDS = 4  # words of a country's long name before the part the gazetteer knows


def _after_host_prep(title: str, start: int, lang: str | None) -> bool:
    """A host preposition stands before the country at ``start``, perhaps across the leading
    words of its long name ("posted in the Democratic Republic of Congo", "in Canada")."""
    host_prep = _re(rules(lang).HOST_PREP_RE, re.I)
    before = title[max(0, start - 80) : start]
    for _ in range(HOST_NAME_WORDS + 1):
        if host_prep.search(before[-12:]):
            return True
        words = before.rstrip().rsplit(None, 1)
        # only the capitalised words of a name and its short function words ("of the")
        if len(words) < 2 or not (words[1][:1].isupper() or len(words[1]) <= OPEN_CONNECTOR_LEN):
            return False
        before = words[0] + " "
    return False


def host_countries(title: str | None, lang: str | None) -> list[str]:
    """The countries a title names as where its holder serves, after a host preposition
    ("the head of the agency's station in Canada", "Botschafter in Griechenland"): the
    holder is posted there, not from there. A country's adjective there qualifies the body
    the holder works at ("director at the Russian Foreign Ministry"): that is the holder's."""
    if not title:
        return []
    return [m.iso3 for m in gazetteer.find_countries(title, lang)
            if m.kind in {"name", "alias", "capital"} and _after_host_prep(title, m.start, lang)]


def envoy_host(title: str | None, lang: str | None) -> str | None:
    """The country an envoy serves in ("its ambassador in Paris" -> FRA), when the title
    names it after a host preposition."""
    if not title or not _re(rules(lang).ENVOY_TITLE_RE, re.I).search(title):
        return None
    hosts = host_countries(title, lang)
    return hosts[0] if hosts else None


def is_envoy_title(title: str | None, lang: str | None) -> bool:
    """An envoy's title: an envoy's word with no other office after it. A title read across
    two offices ("to the ambassador, the head of the ministry") is the last one's."""
    if not title:
        return False
    m = _re(rules(lang).ENVOY_TITLE_RE, re.I).search(title)
    if m is None:
        return False
    for w in _TITLE_WORD_RE.findall(title[m.end() :]):
        # capitalised words after an envoy's title are mostly places ("to the United Kingdom"):
        # only a whole head word is another office there
        if _is_whole_title_head(w, lang) if w[:1].isupper() else title_head_match(w, lang):
            return False
    return True


def title_countries(title: str | None, lang: str | None) -> list[str]:
    """The countries a title names, in order; an envoy's host does not count ("Ambassador
    of Kazakhstan to Belarus")."""
    if not title:
        return []
    hosts = host_countries(title, lang)
    return [m.iso3 for m in holder_countries(title, lang) if m.iso3 not in hosts]


def holder_countries(text: str, lang: str | None) -> list:  # type: ignore[type-arg]
    """The countries a title or phrase names as its holder's: a country's adjective before a
    portfolio's noun names the portfolio ("Undersecretary of American Affairs"), not whose
    official it is."""
    portfolio = rules(lang).PORTFOLIO_NOUNS
    found = gazetteer.find_countries(text, lang)
    if not portfolio:
        return found
    return [m for m in found if not (m.kind == "adjective" and text[m.end :].lstrip().lower().startswith(portfolio))]


TITLE_COUNTRY_REACH = 2  # words a title may hold between its country and the name


def country_next_to_name(title: str | None, lang: str | None) -> bool:
    """The title's last country stands close before the name ("Russian Foreign Minister")."""
    found = holder_countries(title, lang) if title else []
    return bool(found) and len(title[found[-1].end :].split()) <= TITLE_COUNTRY_REACH  # type: ignore[index]


def country_of_title(title: str | None, lang: str | None) -> str | None:
    if not title:
        return None
    host = host_countries(title, lang)
    # the country named nearest the name (a Russian "to the Russian ambassador, the head of
    # Japan's foreign ministry" is Japan's minister)
    named = title_countries(title, lang)
    if named:
        return named[-1]
    if host:
        return None  # the host is not the envoy's country; the report's other side is (cluster)
    low = title.lower()
    for pattern, iso3, _role in institutions():
        if pattern.lower() in low:
            return iso3
    return None


@lru_cache(maxsize=8192)
def word_countries(word: str, lang: str | None) -> tuple[tuple[str, str], ...]:
    """(iso3, kind) of a single word: asked for every capitalised word, so cached."""
    return tuple((m.iso3, m.kind) for m in gazetteer.find_countries(word, lang))


@lru_cache(maxsize=8192)
def common_word(word: str, lang: str | None) -> bool:
    """A capitalised word whose likeliest reading is no name (a Russian "Republic" or
    "Council" in the genitive), for languages whose pack can tell by morphology."""
    test = rules(lang).name_common_word
    return test is not None and test(word, models.morphology(lang))


@lru_cache(maxsize=8192)
def never_name_word(word: str, lang: str | None) -> bool:
    """A capitalised word that is part of no name however short the run (a Russian ordinal
    "Fourth" opening a department's name), for languages whose pack can tell."""
    test = rules(lang).name_never_word
    return test is not None and test(word, models.morphology(lang))


def nominative(name: str, lang: str | None) -> str:
    """A name as found, in the nominative where the language's names inflect."""
    to_nominative = rules(lang).name_nominative
    return to_nominative(name, models.morphology(lang)) if to_nominative is not None else name


# A party's, body's or country's abbreviation joined to a noun ("SVP-Nationalrat", "SPD-Chef",
# "EU-Kommissar"): the noun after the hyphen says whether the word is a title.
_ABBREVIATION_PREFIX_RE = re.compile(rf"^[{UPPER}]{{2,6}}-(?=[{UPPER}{LOWER}])")


@lru_cache(maxsize=8192)
def title_head_match(word: str, lang: str | None) -> bool:
    prefix = _ABBREVIATION_PREFIX_RE.match(word)
    if prefix and title_head_match(word[prefix.end() :], lang):
        return True
    w = word.lower().strip("'’")
    r = rules(lang)
    if _abstract_noun(w, lang):
        return False  # "Präsidentschaft", "Botschafter-Einbestellungen": an act or an office, no holder
    if any(w.startswith(h) for h in r.TITLE_HEADS if " " not in h) or w.endswith(r.TITLE_HEAD_SUFFIXES):
        return True
    # Demonym adjectives open titles too: "Belarusian President" (see is_title_opener).
    return False


@lru_cache(maxsize=8192)
def is_title_opener(word: str, lang: str | None) -> bool:
    w = word.lower()
    r = rules(lang)
    if title_head_match(word, lang) or any(w.startswith(m) for m in r.TITLE_MODIFIERS):
        return True
    ment = [k for _c, k in word_countries(word, lang)]
    if ment and ment[0] in {"name", "alias"}:
        # a country in the genitive opens a title: "Belarus' Speaker", "Russlands Aussenminister";
        # a compound that starts with one is another noun ("Taiwan-Besuchs": of the visit)
        return word.endswith(r.TITLE_GENITIVE_ENDINGS) and "-" not in word
    return bool(ment) and ment[0] in {"adjective", "demonym"}


def find_title_before(text: str, start: int, lang: str | None, floor: int) -> tuple[str, tuple[int, int]] | None:
    """The title written just before a name: "Ambassador of Kazakhstan to Belarus Askar ...".

    Scan back word by word to the verb or preposition that precedes the title, then cut
    at the earliest word that can open a title. One apposition comma is allowed
    ("the Chair of the Council of the Republic, Natalya Kochanova").
    """
    r = rules(lang)
    end = start
    seg = text[floor:start]
    stripped = seg.rstrip()
    if stripped.endswith(","):
        end = floor + len(stripped) - 1
        seg = text[floor:end]
    words = list(_TITLE_WORD_RE.finditer(seg))
    taken: list[re.Match[str]] = []
    for w in reversed(words):
        tok = w.group(0)
        low = tok.lower()
        if tok == "," and _portfolio_list(taken, lang):
            continue  # "Minister of Research, Innovation and Digital Transformation"
        if not _WORD_START_RE.match(tok):
            break
        if low in r.TITLE_STOPS:
            break
        if r.TITLE_BREAKS_ON_LOWERCASE and tok[0].islower() and low not in r.TITLE_CONNECTORS and not any(
            low.startswith(m) for m in r.TITLE_MODIFIERS
        ) and not title_head_match(tok, lang):  # "ministry spokesperson Daniel Voda"
            break
        taken.append(w)
        if len(taken) > 18:
            break
    taken.reverse()
    if taken and _open_connector(taken[-1].group(0), lang):
        # "the deputy minister of the Eastern European country", "Directorate of Technical and
        # Professional Training": capitalised words after "of the" or "and" finish a phrase
        # the title began (a body, a place), they are no holder's name
        return None
    if r.TITLE_ENDS_CAPITALISED and taken and taken[-1].group(0)[:1].islower():
        # the title must end in a capitalised noun next to the name; a German "am Wiener
        # Minoritenplatz" or "die Minister eine Gemeinsame ..." does not
        return None
    for i, w in enumerate(taken):
        k = _country_phrase_end(text, floor, taken, i, lang) if w.group(0)[:1].isupper() else None
        if k is not None or is_title_opener(w.group(0), lang):
            after = taken[k + 1 :] if k is not None else taken[i:]  # the head comes after the country's words
            heads_after = any(title_head_match(x.group(0), lang) for x in after)
            if not heads_after:
                continue
            s = floor + w.start()
            title = text[s:end].strip().rstrip(",")
            return title, (s, s + len(title))
    return None


def _country_phrase_end(text: str, floor: int, taken: list[re.Match[str]], i: int, lang: str | None) -> int | None:
    """The index of the last word of a country named in several words from ``taken[i]`` on
    ("North Korean", "Sri Lankan", "South Korea's"): such a name opens a title at its first
    word; read from its last word alone it would be no country, or another ("Korean")."""
    for k in range(len(taken) - 1, i, -1):
        phrase = text[floor + taken[i].start() : floor + taken[k].end()]
        for cand in (phrase, phrase.removesuffix("'s").removesuffix("’s").rstrip("'’")):
            if any(m.start == 0 and m.end == len(cand) for m in gazetteer.find_countries(cand, lang)):
                return k
    return None


OPEN_CONNECTOR_LEN = 4  # function words ("of", "the", "und", "по"), not "Federation" or "Republic"


def _open_connector(word: str, lang: str | None) -> bool:
    """A lower-case function word that cannot end a title: what follows it completes it."""
    low = word.lower()
    return word[:1].islower() and len(low) <= OPEN_CONNECTOR_LEN and low in rules(lang).TITLE_CONNECTORS


def _portfolio_list(taken: list[re.Match[str]], lang: str | None) -> bool:
    """Words read back from a name that close a list of a title's portfolios: a conjunction
    between capitalised words and no title head yet (the head comes before the list; a comma
    after a head ends the title: "Putin, Xi and Foreign Minister Wang")."""
    words = [w.group(0) for w in taken]
    if not words or not words[-1][:1].isupper() or any(title_head_match(w, lang) for w in words):
        return False
    return any(w.lower() in rules(lang).TITLE_LIST_CONJUNCTIONS for w in words)


def find_title_after(text: str, end: int, lang: str | None) -> tuple[str, tuple[int, int]] | None:
    """A title in apposition after a name: "Alexei Polishchuk, director of the Second CIS
    Department at the Russian Foreign Ministry, dismissed ..." (up to the next comma)."""
    m = _TITLE_AFTER_RE.match(text[end : end + 140])
    if not m:
        return None
    phrase = m.group(2)
    words = phrase.split()
    if not words or len(words) > 14:
        return None
    if not (is_title_opener(words[0], lang) and any(title_head_match(w, lang) for w in words[:4])):
        return None
    if said_in(phrase, lang):
        return None  # "... of X, the ambassador said:": a new clause whose subject is the role
    s = end + m.start(2)
    return phrase, (s, s + len(phrase))


def _sentence_floor(text: str, pos: int) -> int:
    stop = text.rfind(". ", 0, pos)
    while stop > 0 and _abbreviation_before(text, stop):
        stop = text.rfind(". ", 0, stop)  # "Maj. Gen. X": the stop of an abbreviation ends no sentence
    cut = max(text.rfind("\n", 0, pos), stop, text.rfind("! ", 0, pos), text.rfind("? ", 0, pos))
    return cut + 1 if cut >= 0 else 0


def _abbreviation_before(text: str, stop: int) -> bool:
    """The stop at ``stop`` closes an abbreviation or a given name's initial ("Alexander D.
    Sidoruk"), as text.sentences reads it, not a sentence."""
    word = text[max(0, stop - 6) : stop].split()[-1:] if stop else []
    last = word[0].lower().lstrip("(") if word else ""
    return last in ABBREVIATIONS or (len(last) == 1 and last.isalpha())


def _sentence_stop(text: str, pos: int) -> int:
    return min([x for x in (text.find(". ", pos), text.find("\n", pos)) if x >= 0] or [len(text)])


def said_in(phrase: str, lang: str | None) -> bool:
    """A verb of saying among a phrase's last two words ("the ambassador said", "the minister
    told reporters"): a clause, no title. (Deeper in, "the envoy posted in Kinshasa" is a title.)"""
    low = f" {' '.join(phrase.lower().split()[-2:])} "
    return any(f" {v} " in low for v in rules(lang).SPEECH_VERBS)


def speech_verb_near(text: str, start: int, end: int, lang: str | None) -> bool:
    r = rules(lang)
    after = text[end : end + 30].lower()
    before = text[max(0, start - 30) : start].lower()
    verbs = r.SPEECH_VERBS
    return any(after.lstrip(" ,").startswith(v) for v in verbs) or any(
        before.rstrip(" ,").endswith(v) for v in verbs
    )


def find_mentions(doc: Doc, quotes: list[QuoteSpan]) -> list[Mention]:
    """Every mention of a person: name shapes that a title, the registry, a speech verb or
    the NER accept, then the other spellings and bare surnames of the accepted ones."""
    text, lang = doc.text, doc.language
    qspans = [q.outer for q in quotes]
    candidates = _candidates(text, lang, qspans)
    _confirm_by_ner(text, lang, candidates)
    accepted = [c for c in candidates if c.rule]
    _accept_variants(candidates, accepted, lang)
    _add_lone_surnames(text, lang, qspans, accepted)
    accepted.sort(key=lambda x: x.start)
    for a in accepted:
        a.name_en = names.to_english(a.name, lang)
    return accepted


def _name_words(run: re.Match[str], lang: str | None, particled: bool) -> list[re.Match[str]]:
    """The words of a capitalised run that make a name: titles, institutions and places
    before it and after it dropped, a long run cut to its last words."""
    toks = _drop_leading(list(NAME_TOKEN_RE.finditer(run.group(0))), lang)
    # the name after a title inside the run starts past that title's country ("President of
    # Uzbekistan" before a Russian name leaves the country's genitive)
    toks = _drop_leading(_after_inner_title(toks, lang), lang)
    if toks and _abstract_noun(toks[-1].group(0), lang):
        return []  # the words before an abstract noun qualify it: "Regional Trade Relations"
    # Trailing place/institution words are not names either ("Lukashenko Minsk"); a
    # pronoun-shaped word after a given name is a surname ("Liu He").
    while toks and ((toks[-1].group(0).lower() in NOT_NAME and toks[-1].group(0).lower() not in PRONOUN_SURNAMES)
                    or word_countries(toks[-1].group(0), lang)):
        toks.pop()
    # a style (perhaps read as a title and dropped above) marks where the name starts
    style = _last_style(list(NAME_TOKEN_RE.finditer(run.group(0))))
    if style is not None:
        begin, end = style
        named = [t for t in toks if t.start() >= end]
        # after a name word a style needs a whole name after it: "Hassan Sheikh Mohamud" is one name
        inside = any(t.start() < begin for t in toks)
        if 0 < len(named) <= STYLED_NAME_WORDS and not (inside and len(named) < 2):
            return named  # nothing to guess by cutting
    if _linked_chain(toks) or _whole_apposition(run, toks):
        return toks
    if len(toks) > (4 if particled else 3):
        tail = rules(lang).NAME_TAIL_WORDS
        kept = max(tail, 3) if particled else tail
        # a particle never opens a name: it links the word before it ("Mohamed Al Musharrakh")
        while kept < len(toks) and toks[-kept].group(0).lower() in CHAIN_PARTICLES:
            kept += 1
        toks = toks[-kept:]
        while len(toks) > 2 and common_word(toks[0].group(0), lang):
            toks.pop(0)  # a Russian "... of the Kyrgyz Republic Nurlanbek Shakiev"
    return toks


# Words of a name set off by commas that is kept whole (two given names, two surnames).
APPOSED_NAME_WORDS = 4
# Words a name may have after an honorific style ("Tengku Zafrul Tengku Abdul Aziz" has five).
STYLED_NAME_WORDS = 5
# Honorific styles ("Datuk Seri", "Sheikh") and forms of address ("Dr") as word tuples, every pack's.
_STYLES = frozenset(tuple(s.split()) for s in union("NAME_STYLES")) | frozenset(
    (h,) for h in union("HONORIFICS"))
_STYLE_WORDS = max(len(s) for s in _STYLES)


def _whole_apposition(run: re.Match[str], toks: list[re.Match[str]]) -> bool:
    """A run of four name words set off by commas on both sides, none of them dropped as a
    title, place or institution (", Fulvia Patricia Castro Matu,"): the commas say where the
    name starts and ends, so a Spanish or Portuguese name with two given names and two
    surnames is not cut to its last two words."""
    text = run.string
    before, after = text[max(0, run.start() - 2) : run.start()], text[run.end() : run.end() + 1]
    return (len(toks) == APPOSED_NAME_WORDS and before == ", " and after == ","
            and toks[0].start() == 0 and toks[-1].end() == len(run.group(0)))


def _linked_chain(toks: list[re.Match[str]]) -> bool:
    """A run of name words linked by a capitalised particle inside it ("Ibrahim Salim Mohamed
    Al Musharrakh", "Tamim Bin Hamad"): an Arabic chain of given, father's and family names,
    one name as long as it runs (up to STYLED_NAME_WORDS), not cut to its last two words."""
    inner = [t.group(0).lower() for t in toks[1:-1]]
    return 3 < len(toks) <= STYLED_NAME_WORDS and any(w in CHAIN_PARTICLES for w in inner)


def _last_style(toks: list[re.Match[str]]) -> tuple[int, int] | None:
    """Where the last honorific style or form of address of a run begins and ends, with a
    word after it ("Minister Datuk Seri Tiong King Sing", "Datuk Dr Mohd Na'im Mokhtar"), or
    None when it has none."""
    words = [t.group(0).lower() for t in toks]
    for i in range(len(words) - 2, -1, -1):
        for j in range(max(0, i + 1 - _STYLE_WORDS), i + 1):
            if tuple(words[j : i + 1]) in _STYLES:
                return toks[j].start(), toks[i + 1].start()
    return None


def only_starts_like_title(word: str, lang: str | None) -> bool:
    """A word that starts like a title head but goes on as no title does ("Vicente" after
    "vice", "Consuelo" after "consul"): a given name, not a title, where the pack can tell."""
    r = rules(lang)
    if r.TITLE_HEAD_RESTS is None or _is_whole_title_head(word, lang):
        return False
    w = word.lower().strip("'’")
    rests = [w[len(h):] for h in r.TITLE_HEADS if " " not in h and w.startswith(h)]
    return bool(rests) and not any(rest in r.TITLE_HEAD_RESTS for rest in rests)


def _drop_leading(toks: list[re.Match[str]], lang: str | None) -> list[re.Match[str]]:
    """A run's words without the leading ones that are no name words (titles, institutions,
    places, ordinals)."""
    while toks and (toks[0].group(0).lower() in NOT_NAME
                    or (title_head_match(toks[0].group(0), lang)
                        and not (len(toks) > 1 and only_starts_like_title(toks[0].group(0), lang)))
                    or word_countries(toks[0].group(0), lang) or _abstract_noun(toks[0].group(0), lang)
                    or (len(toks) > 2 and common_word(toks[0].group(0), lang))
                    or never_name_word(toks[0].group(0), lang)):
        toks.pop(0)
    return toks


NOUN_SUFFIX_STEM = 3  # letters an abstract noun has before its ending ("Jung" is a name)


@lru_cache(maxsize=8192)
def _abstract_noun(word: str, lang: str | None) -> bool:
    """A capitalised word with an abstract noun's ending ("Transformation"): never a name.
    Memoised: asked for every word of every capitalised run, often the same words."""
    low = word.lower()
    return any(low.endswith(s) and len(low) > len(s) + NOUN_SUFFIX_STEM for s in rules(lang).NAME_NOUN_SUFFIXES)


def _is_whole_title_head(word: str, lang: str | None) -> bool:
    """A word that is a title head as a whole ("Botschafterin", "Envoy"), not merely one that
    starts like one ("Vicente", "Kingsley")."""
    w = word.lower()
    r = rules(lang)
    return w in r.TITLE_HEADS or w.endswith(r.TITLE_HEAD_SUFFIXES)


def _after_inner_title(toks: list[re.Match[str]], lang: str | None) -> list[re.Match[str]]:
    """A title head inside a run starts the name after it: a particle joined "Einbestellung
    von Botschafterin Patricia Flor" into one run, whose name is the last two words."""
    for i in range(len(toks) - 3, 0, -1):
        if _is_whole_title_head(toks[i].group(0), lang):
            return toks[i + 1 :]
    return toks


def _candidates(text: str, lang: str | None, qspans: list[tuple[int, int]]) -> list[Mention]:
    """One candidate per capitalised run that holds a name shape, with its title; the
    cheap signals (title, registry, speech verb) set its rule."""
    registry = get_registry()
    possessive = _re(rules(lang).NAME_POSSESSIVE_RE)
    candidates: list[Mention] = []
    last_person_end = 0  # end of the last candidate already taken for a person
    for run in _runs(text, registry):
        particled = bool(PARTICLED_RE.search(run.group(0)))
        toks = _name_words(run, lang, particled)
        if not toks:
            continue
        toks = _known_surname_alone(run, toks, lang, registry)
        s, e = run.start() + toks[0].start(), run.start() + toks[-1].end()
        extended = _surname_like_a_country(text, run, toks, s, e, lang)
        n_words = len(toks) + (extended != e)
        e = extended
        initial = _INITIAL_BEFORE_RE.search(text, max(0, s - 3), s) if toks[0].start() == 0 else None
        if initial:
            s = initial.start()  # "K.Istrate", "S. Jaishankar": the given name's initial is the name's
        cut = possessive.search(text[s:e])
        if cut:
            e -= len(cut.group(0))  # "Xi Jinping's top adviser": the name without the possessive
        floor = _sentence_floor(text, s)
        if last_person_end <= s:
            # A title does not reach back over a person: "Minister X and Georgian Minister Y"
            # gives Y "Georgian Minister", "President X at Bellevue Palace" gives the palace none.
            floor = max(floor, last_person_end)
        c = _candidate(text, s, e, n_words + bool(initial), lang, floor, registry)
        c.in_quote = inside(qspans, s)
        if not c.rule and candidates and len(c.name.split()) >= 2:
            _listed_after(text, candidates[-1], c, lang)
        candidates.append(c)
        if c.rule:
            last_person_end = e
    return candidates


def _runs(text: str, registry: Registry) -> Iterator[re.Match[str]]:
    """The capitalised runs of a text, a run of two known people's surnames split in two: a
    headline's "Lukashenko Vucic" is two people side by side, not one person."""
    for run in CAP_RUN_RE.finditer(text):
        toks = list(NAME_TOKEN_RE.finditer(run.group(0)))
        if len(toks) == 2 and _two_known_surnames(run.group(0), toks, registry):
            yield from (CAP_RUN_RE.match(text, run.start() + t.start(), run.start() + t.end()) or run for t in toks)
        else:
            yield run


def _two_known_surnames(run: str, toks: list[re.Match[str]], registry: Registry) -> bool:
    """Both words of a two-word run are surnames of two different known people, the first no
    given name, and the two together name no one."""
    first, second = (t.group(0) for t in toks)
    whole = registry.lookup(run)
    if names.is_first_name(first) or (whole is not None and is_surname_of(second, whole)):
        return False
    a, b = registry.lookup(first), registry.lookup(second)
    return (a is not None and b is not None and a.actor_id != b.actor_id
            and is_surname_of(first, a) and is_surname_of(second, b))


def _known_surname_alone(run: re.Match[str], toks: list[re.Match[str]], lang: str | None,
                         registry: Registry) -> list[re.Match[str]]:
    """A capitalised word before a known person's surname that is none of their names ("Kill
    Erdogan" on a banner, "Tötet Erdogan"): the mention is the surname alone. Only where names
    do not inflect: an inflected given name is no written form of the registry's."""
    if len(toks) != 2 or rules(lang).SURNAME_STEM_CUT or names.is_first_name(toks[0].group(0)):
        return toks
    known = registry.lookup(run.group(0)[toks[0].start() : toks[1].end()])
    if known is None or not is_surname_of(toks[1].group(0), known):
        return toks
    own = {t for n in known.names for t in names.name_key(n).split()}
    return toks if set(names.name_key(toks[0].group(0)).split()) <= own else toks[1:]


def _surname_like_a_country(text: str, run: re.Match[str], toks: list[re.Match[str]], s: int, e: int,
                            lang: str | None) -> int:
    """The end of a titled name whose surname is a country's name ("Economy Minister Marcelo
    Montenegro"): a run's last word that names a country is cut as a place, but one given
    name left alone after a title is a person's, and the country word their surname."""
    rest = run.group(0)[toks[-1].end() :].split()
    if len(toks) != 1 or len(rest) != 1 or run.end() != e + len(run.group(0)[toks[-1].end() :]):
        return e
    if [k for _c, k in word_countries(rest[0], lang)] != ["name"] or find_title_before(text, s, lang, _sentence_floor(text, s)) is None:
        return e
    return run.end()


# A given name's initial before a surname: one capital and a stop, not the last letter of an
# abbreviation ("U.S.").
_INITIAL_BEFORE_RE = re.compile(rf"(?<![\w.])[{UPPER}]\.[ \t\u00a0]?\Z")
_INITIAL_JOINED_RE = re.compile(rf"^([{UPPER}]\.)(?=\w)")


def _candidate(text: str, s: int, e: int, n_tokens: int, lang: str | None, floor: int,
               registry: Registry) -> Mention:
    # "K.Istrate" is written as two words, "K. Istrate", so that its surname stands alone
    name = nominative(_INITIAL_JOINED_RE.sub(r"\1 ", text[s:e]), lang)
    title = find_title_before(text, s, lang, floor)
    after = None if title else find_title_after(text, e, lang)
    title = title or after
    known = registry.lookup(name)
    if known is not None and n_tokens == 1 and not is_surname_of(name, known):
        known = None  # "Kurz darauf", "Dar es Salaam", "Da,": a word of a name, not the person
    accepted_by = ""
    if n_tokens >= 2:
        if title:
            accepted_by = "title+name" if after is None else "name+title"
        elif known:
            accepted_by = "registry"
        elif speech_verb_near(text, s, e, lang):
            accepted_by = "speech-verb"
        elif addressed(text, s, lang):
            accepted_by = "honorific"
    return Mention(s, e, name, "", title[0] if title else None, title[1] if title else None,
                   False, accepted_by or ("registry" if known else ""))


def _listed_after(text: str, prev: Mention, c: Mention, lang: str | None) -> None:
    """A name joined by "and" to a titled name whose title names as many countries: one title
    over a list ("the foreign ministers of Belarus and Nicaragua X and Y"), each name the
    country named in its place."""
    countries = title_countries(prev.title, lang)
    if not prev.rule or prev.title_span is None or prev.title_span[1] > prev.start or len(countries) != 2:
        return
    if text[prev.end : c.start].strip().lower() not in rules(lang).TITLE_LIST_CONJUNCTIONS:
        return
    c.rule, c.title, c.title_span = "listed", prev.title, prev.title_span
    prev.title_country, c.title_country = countries


_LAST_WORD_RE = re.compile(r"(\w+)\.?\s+$")


def addressed(text: str, start: int, lang: str | None) -> bool:
    """A form of address right before the name: "Mr Jan Nowak", "Frau Anna Berg"."""
    m = _LAST_WORD_RE.search(text, max(0, start - 20), start)
    return m is not None and m.group(1).lower() in rules(lang).HONORIFICS


def _confirm_by_ner(text: str, lang: str | None, candidates: list[Mention]) -> None:
    """The statistical NER is the slowest signal: ask it only about the sentences that hold a
    two-word name shape the cheaper signals could not decide."""
    pending = [c for c in candidates if not c.rule and len(c.name.split()) >= 2]
    if not pending:
        return
    chunks: dict[tuple[int, int], list[Mention]] = {}
    for c in pending:
        chunks.setdefault((_sentence_floor(text, c.start), _sentence_stop(text, c.end)), []).append(c)
    spans = models.person_spans([text[a:b] for a, b in chunks], lang)
    for ((floor, _stop), cands), found in zip(chunks.items(), spans, strict=True):
        for c in cands:
            if any(floor + ms <= c.start < floor + me or c.start <= floor + ms < c.end for ms, me, _n in found):
                c.rule = "ner"


def _accept_variants(candidates: list[Mention], accepted: list[Mention], lang: str | None) -> None:
    """A bare surname (or a name shape the signals missed) that matches an accepted person.
    A country's name or adjective ("Sri Lankan", "Ivory Coast") is none, even where a title
    read with it ("Sri Lankan Prime Minister") shares its words."""
    for c in candidates:
        if c.rule or _whole_country(c.name, lang):
            continue
        if any(names.same_name(c.name, a.name) for a in accepted) and c.name.split()[-1][:1].isupper():
            c.rule = "surname-of-known"
            accepted.append(c)


def _whole_country(phrase: str, lang: str | None) -> bool:
    """The phrase is one country's name, alias, adjective or demonym and nothing else."""
    return any(m.start == 0 and m.end == len(phrase) for m in gazetteer.find_countries(phrase, lang))


@lru_cache(maxsize=4096)
def _surname_re(stem: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(stem)}\w{{0,3}}\b")


def _add_lone_surnames(text: str, lang: str | None, qspans: list[tuple[int, int]], accepted: list[Mention]) -> None:
    """Surnames that appear alone ("Lukashenko urges ...") in the title or text.

    Every character already covered by a mention, so each surname hit is checked in O(1)
    (the pairwise check was cubic on long pages of repeated meetings). Where surnames
    inflect, their last letters may change."""
    cut = rules(lang).SURNAME_STEM_CUT
    covered = bytearray(len(text) + 1)
    for x in accepted:
        covered[x.start : x.end] = b"\x01" * (x.end - x.start)
    stems_done: set[str] = set()
    for a in list(accepted):
        for surname in family_names(a.name):
            stem = surname[:-cut] if cut and len(surname) > cut + 3 else surname
            if stem in stems_done:
                continue
            stems_done.add(stem)
            for m in _surname_re(stem).finditer(text):
                if covered[m.start()]:
                    continue
                covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                accepted.append(Mention(m.start(), m.end(), surname, "", None, None, inside(qspans, m.start()),
                                        "surname-of-known"))


def family_names(name: str) -> list[str]:
    """The words a report may use alone for a person: the last name, and for Chinese/Korean
    names written family-name first ("Wang Yi", "Xi Jinping") the first word too."""
    tokens = name.split()
    if len(tokens) < 2:
        return []
    out = [tokens[-1]] if len(tokens[-1]) >= 4 else []
    if len(tokens) == 2 and (len(tokens[0]) <= 2 or len(tokens[-1]) <= 3) and tokens[0][:1].isascii():
        out.append(tokens[0])
    return out


def _inflected_alike(a: str, b: str, lang: str | None) -> bool:
    """Two forms of one full name in a language whose names inflect, that the morphology
    could not both bring to the nominative: every word the same but the last, which differs
    in its ending only ("Юн Сок Ёль", "Юн Сок Ёля")."""
    ta, tb = a.split(), b.split()
    if rules(lang).SURNAME_STEM_CUT == 0 or len(ta) < 2 or len(ta) != len(tb) or ta[:-1] != tb[:-1]:
        return False
    x, y = ta[-1], tb[-1]
    stem = min(len(x), len(y)) - 1
    return stem >= 2 and abs(len(x) - len(y)) <= 1 and x[:stem] == y[:stem]


def cluster(mentions: list[Mention], doc: Doc) -> list[PersonEntity]:
    """One PersonEntity per person: spelling variants and bare surnames join the full name."""
    registry = get_registry()
    persons: list[PersonEntity] = []
    full = sorted([m for m in mentions if len(m.name.split()) >= 2], key=lambda m: m.start)
    for m in full + [m for m in mentions if len(m.name.split()) < 2]:
        target = None
        for i, p in enumerate(persons):
            if len(m.name.split()) == 1:
                if m.name in family_names(p.name) or m.name_en in family_names(p.name_en):
                    target = i
                    break
            if names.same_name(m.name_en, p.name_en) or names.same_name(m.name, p.name) or \
                    _inflected_alike(m.name, p.name, doc.language):
                target = i
                break
        if target is None:
            if len(m.name.split()) < 2:
                # a lone surname with no full name in the text is too weak, unless a title
                # or the registry stands behind it: one known person bears it ("PM Kishida")
                known = registry.lookup(m.name) if m.title or m.rule == "registry" else None
                if known is None:
                    continue
                persons.append(PersonEntity(m.name, known.name_en, None, None, None))
            else:
                persons.append(PersonEntity(m.name, m.name_en, None, None, None))
            target = len(persons) - 1
        p = persons[target]
        m.person = target
        p.mentions.append(m)
        if m.title and (p.title is None or (is_counterpart_title(p.title, doc.language)
                                            and not is_counterpart_title(m.title, doc.language))):
            p.title = m.title  # "counterpart" only until the person's office is named
    bodies = None
    quoted: list[tuple[int, int]] = []
    envoys = [(q, country_of_title(q.title, doc.language)) for q in persons
              if is_envoy_title(q.title, doc.language)]
    for p in persons:
        p.mentions.sort(key=lambda m: m.start)
        country = next((m.title_country for m in p.mentions if m.title_country), None) or \
            country_of_title(p.title, doc.language)
        for m in p.mentions:
            if country:
                break
            country = country_of_title(m.title, doc.language)
        actor = registry.lookup(p.name, country) or registry.lookup(p.name_en, country)
        if actor is not None and country and actor.country != country:
            if actor.country in title_countries(p.title, doc.language) or \
                    not country_next_to_name(p.title, doc.language):
                # "the presidents of Russia and Kazakhstan, X and Y"; a country word far before
                # the name belongs to another phrase ("the Dutch authorities refused Foreign
                # Minister X entry"): the registry knows better
                country = actor.country
            else:
                actor = None  # the registry's namesake lives elsewhere: not this person
        p.actor = actor
        if actor:
            p.name_en = actor.name_en
            country = country or actor.country
            if p.title is None or is_counterpart_title(p.title, doc.language):
                p.title = office_title(actor, doc.published)
        if country is None and is_counterpart_title(p.title, doc.language):
            continue  # placed by the person they are the counterpart of, once that one is placed
        if country is None and p.title and p.mentions:
            # "Army spokesman X", "Außenamtssprecher X": the employer named in the title itself
            # tells the side, before any country named around him ("next to Pakistani troops")
            if bodies is None:
                quoted = [q.outer for q in quoted_spans(doc.text)]
                bodies = [(b, _quote_of(quoted, b.start)) for b in bodies_of(doc)]
            first = p.mentions[0]
            floor = max(first.start - TITLE_BODY_REACH, doc.text.rfind("\n", 0, first.start))
            country = _body_before(bodies, first.start, floor,
                                   _quote_of(quoted, first.start))
        if country is None:
            country = country_from_context(doc, p)
        if country is None:
            country = envoy_country(doc, p.title, frozenset(c for q, c in envoys if q is not p and c))
        if country is None and p.title and p.mentions:
            # "Foreign Ministry spokesman X": the country of the ministry named there or before
            if bodies is None:
                quoted = [q.outer for q in quoted_spans(doc.text)]
                bodies = [(b, _quote_of(quoted, b.start)) for b in bodies_of(doc)]
            first = p.mentions[0].start
            country = _body_before(bodies, first, doc.text.rfind("\n", 0, first), _quote_of(quoted, first))
        hosts = host_countries(p.title, doc.language)
        if country is None and hosts:
            # "its ambassador in Paris", "the head of its intelligence station in Canada": an
            # official posted in one side's country serves the report's other side
            others = [c for c in report_pair(doc) if c not in hosts]
            country = others[0] if others else None
        p.country = country
    # Who the report does not place by title, name or institution is placed by the company
    # they keep, then by the report; only the first pass's countries count as company.
    placed = [(p, p.country) for p in persons if p.country]
    for p in persons:
        if p.country is None:
            p.country = counterpart_country(doc, p, placed) or \
                inferred_country(doc, p, placed, _titles_of_others(persons, p))
    return persons


def is_counterpart_title(title: str | None, lang: str | None) -> bool:
    """A title headed by "the other side's holder of the same office" ("counterpart", "Mexican
    counterpart", "российским коллегой")."""
    rx = rules(lang).COUNTERPART_TITLE_RE
    return title is not None and re.search(rf"(?:^|\s)(?:{rx})$", title.strip(), re.I) is not None


def counterpart_country(doc: Doc, p: PersonEntity, placed: list[tuple[PersonEntity, str]]) -> str | None:
    """The side of "President X and his counterpart Y": the one of the report's two sides that
    is not the side of the person named last before Y in the sentence."""
    if not is_counterpart_title(p.title, doc.language):
        return None
    mention = next((m for m in p.mentions if not m.in_quote), None)
    pair = report_pair(doc)
    if mention is None or len(pair) != 2:
        return None
    floor = _sentence_floor(doc.text, mention.start)
    before = [(m.start, c) for q, c in placed if q is not p for m in q.mentions if floor <= m.start < mention.start]
    if not before:
        return None
    side = max(before)[1]
    return next((c for c in pair if c != side), None) if side in pair else None


BODY_REACH = 60  # characters between a body and the name of its official ("Foreign Ministry spokesman X")
TITLE_BODY_REACH = 25  # the same, where the body is part of the title right before the name


def _quote_of(quoted: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    return next((q for q in quoted if q[0] <= pos < q[1]), None)


def _body_before(bodies: list, pos: int, floor: int,  # type: ignore[type-arg]
                 quote: tuple[int, int] | None) -> str | None:
    """The country of the body named just before an official's name in the same paragraph (a
    ministry that closed the paragraph before employs no one after it). A ministry inside a quote
    is the speaker's topic, not the speaker's employer, unless the official is named in the
    same quote ("I was called to the Slovak ministry and handed a note by its director X")."""
    for body, body_quote in bodies:
        if max(pos - BODY_REACH, floor) <= body.start < pos and body_quote == quote:
            return body.country  # type: ignore[no-any-return]
    return None


def _titles_of_others(persons: list[PersonEntity], p: PersonEntity) -> list[tuple[int, int]]:
    """Where the other persons' titles are written: a country named there is theirs."""
    return [m.title_span for q in persons if q is not p for m in q.mentions if m.title_span]


def inferred_country(doc: Doc, p: PersonEntity, placed: list[tuple[PersonEntity, str]],
                     others_titles: list[tuple[int, int]] | None = None) -> str | None:
    """The country of a person whose own words do not tell it."""
    country = possessor_country(doc, p, placed) or side_by_company(doc, p, placed)
    if country is None and p.title:
        # An official whose country the report does not name is, in agency copy, one of
        # the outlet's own: BelTA does not write "Belarusian" before every Belarusian. An
        # outlet reporting on two other countries has no official of its own in the report.
        home = home_country(doc)
        pair = report_pair(doc)
        if home is not None and home not in pair and len(pair) == 2:
            return None
        country = home
    if country is None and p.title and p.mentions:
        # an official of one of the two sides: the side named in the same sentence
        # ("Trade Minister X announced Australia would ..."), else the side the report
        # is mostly about
        pair = report_pair(doc)
        country = sentence_country(doc, p.mentions[0].start, pair, others_titles) or (pair[0] if pair else None)
    return country


POSSESSOR_GAP_WORDS = 3  # the possessive and words like "special" between it and the title


def possessor_country(doc: Doc, p: PersonEntity, placed: list[tuple[PersonEntity, str]]) -> str | None:
    """The envoy, spokesman or aide of a named person serves that person's country: "Xi
    Jinping's special envoy and Vice Premier Liu He"."""
    possessive = _re(rules(doc.language).NAME_POSSESSIVE_RE)
    for m in p.mentions:
        if m.title_span is None or m.title_span[0] > m.start:
            continue
        for q, country in placed:
            for qm in q.mentions:
                gap = doc.text[qm.end : m.title_span[0]]
                words = gap.split()
                if 0 < qm.end <= m.title_span[0] and words and len(words) <= POSSESSOR_GAP_WORDS \
                        and gap[:1] in "'’" and possessive.search(words[0]):
                    return country
    return None


def side_by_company(doc: Doc, p: PersonEntity, placed: list[tuple[PersonEntity, str]]) -> str | None:
    """The side a person is on by the people named with them in one sentence: members of a
    delegation ("accompanied by the ministers X and Y") are on their leader's side; the one
    met in an encounter ("President X welcomed the German president Y") is on the other."""
    mention = next((m for m in p.mentions if not m.in_quote), None)
    if mention is None:
        return None
    text = doc.text
    start, stop = _sentence_floor(text, mention.start), _sentence_stop(text, mention.start)
    near = [(q, c) for q, c in placed if q is not p and any(start <= m.start < stop for m in q.mentions)]
    company = [c for _q, c in near]
    if len(set(company)) != 1:
        return None
    side = company[0]
    sentence = text[start:stop]
    r = rules(doc.language)
    if _re(r.DELEGATION_RE, re.I).search(sentence):
        return side
    # face to face: one other person named; several of one side are a list the person is in
    # ("called on the general secretary X and the prime minister Y, and met the chairman Z").
    # A foreign envoy is faced by the host's officials ("the deputy minister handed a note
    # to the ambassador X").
    envoy = is_envoy_title(near[0][0].title, doc.language)
    if len(company) == 1 and p.title and (envoy or encounter_re(doc.language).search(sentence)):
        pair = report_pair(doc)
        if side in pair and len(pair) == 2:
            return next(c for c in pair if c != side)
    return None


# Event kinds whose sentence names the two sides' people face to face.
ENCOUNTER_TYPES = ("meeting", "talks", "visit", "phone_call", "agreement_signing")


@lru_cache(maxsize=8)
def encounter_re(lang: str | None) -> re.Pattern[str]:
    """The trigger phrases of an encounter of two sides (meeting, talks, visit, call)."""
    triggers = rules(lang).EVENT_TRIGGERS
    return re.compile("|".join(f"(?:{triggers[t]})" for t in ENCOUNTER_TYPES), re.I)


def office_title(actor: KnownPerson, date: str | None) -> str | None:
    """The registry's title of the office the actor held on the report's date (or the latest)."""
    offices = list(actor.offices)
    if not offices:
        return None
    if date and not date.startswith("--"):
        held = [o for o in offices if (o.start or "") <= date and (not o.end or date <= o.end)]
        if held:
            return held[0].title_en
    return max(offices, key=lambda o: o.start or "").title_en


def is_surname_of(word: str, actor: object) -> bool:
    """A single word stands for a known person only as their surname (the last word of one of
    their names), at least four letters long and no particle."""
    low = word.lower()
    if len(low) < 4 or low in NAME_PARTICLES:
        return False
    for full in getattr(actor, "names", ()):
        parts = full.split()
        if len(parts) >= 2 and parts[-1].lower().rstrip(".,") == low:
            return True
    return False


def bodies_of(doc: Doc) -> list:  # type: ignore[type-arg]
    from dyad.extractors.institutions import institutions_in

    home = gazetteer.city_country(doc.dateline_place) if doc.dateline_place else None
    return institutions_in(doc.text, doc.language, home)


def sentence_country(doc: Doc, pos: int, pair: list[str],
                     others_titles: list[tuple[int, int]] | None = None) -> str | None:
    """The one country of the report's pair named in the sentence around ``pos``; a country
    in another person's title is that person's ("X welcomed China's Deputy Minister Y")."""
    text = doc.text
    start = _sentence_floor(text, pos)
    stop = _sentence_stop(text, pos)
    sentence = text[start:stop]
    quoted = [q.outer for q in quoted_spans(sentence)]
    taken = [(a - start, b - start) for a, b in others_titles or () if start <= a < stop]
    found = [m for m in gazetteer.find_countries(sentence, doc.language)
             if m.kind in {"name", "adjective", "demonym", "alias"} and m.iso3 in pair]
    # The narration tells the speaker's side; both sides named: the one named first is the
    # sentence's subject more often than not ("Algeria is cutting relations with Morocco,
    # Foreign Minister X said").
    named = [m.iso3 for m in found if not inside(quoted, m.start) and not inside(taken, m.start)]
    if named:
        return named[0]
    # A speaker's own words name the other side ("we summoned the Russian envoy") and say
    # "we" for their own; a sentence that names one side only in the title of the person
    # met is about the other side's official ("X welcomed China's Deputy Minister Y").
    spoken_of = {m.iso3 for m in found}
    others = [c for c in pair if c not in spoken_of]
    return others[0] if len(spoken_of) == 1 and len(pair) == 2 and len(others) == 1 else None


def report_pair(doc: Doc) -> list[str]:
    """The two countries the report names most."""
    from dyad.extractors.pair import country_counts

    counts = country_counts(doc)
    return sorted(counts, key=lambda c: -counts[c])[:2]


def home_country(doc: Doc) -> str | None:
    from dyad.clean.meta import outlet_by_name

    if doc.outlet:
        known = outlet_by_name(doc.outlet)
        if known and known.country:
            return known.country
    if doc.dateline_place:
        return gazetteer.city_country(doc.dateline_place)
    return None


ENVOY_DEMONYM_REACH = 30  # characters before an envoy's title that may hold whose envoy it is


def envoy_country(doc: Doc, title: str | None, others: frozenset[str] = frozenset()) -> str | None:
    """The country of an envoy whose title names none ("Ambassador X"): a report says once
    whose envoy is meant ("the German ambassador was summoned"); when its envoy phrases name
    one country only, that is the envoy's. ``others`` are the countries of the report's other
    envoys, told by their own titles ("Kuwaiti Ambassador Y"): a phrase of theirs is about
    them, and a report of two sides' envoys that names only the other's is about this one's
    side (a tit-for-tat expulsion: "expelled the Kuwaiti envoy ... Ambassador X left")."""
    r = rules(doc.language)
    envoy = _re(r.ENVOY_TITLE_RE, re.I)
    if not is_envoy_title(title, doc.language):
        return None
    text = doc.text
    named: set[str] = set()
    for m in envoy.finditer(text):
        window = text[max(0, m.start() - ENVOY_DEMONYM_REACH) : m.start()]
        # "the Polish ambassador", "Poland's ambassador", "Polens Botschafter"
        found = [c for c in gazetteer.find_countries(window, doc.language) if c.kind in {"adjective", "demonym"}
                 or (c.kind == "name" and (window[c.end :].startswith(r.TITLE_GENITIVE_ENDINGS)
                                           or not window[c.end :].strip()))]
        if found:
            named.add(found[-1].iso3)
    mine = named - others
    if len(mine) == 1:
        return mine.pop()
    pair = report_pair(doc) if named and not mine else []
    rest = [c for c in pair if c not in others]
    return rest[0] if len(pair) == 2 and len(rest) == 1 else None


def country_from_context(doc: Doc, p: PersonEntity) -> str | None:
    """A demonym right before the name ("Belarusian leader X") or in the same clause."""
    text = doc.text
    for m in p.mentions[:3]:
        window = text[max(0, m.start - 40) : m.start]
        found = [c for c in holder_countries(window, doc.language) if c.kind in {"adjective", "demonym"}]
        if found:
            return found[-1].iso3
    return None
