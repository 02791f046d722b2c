"""Persons in a document: mentions, titles, countries, one Person per real person.

Signals, none trusted alone (spaCy's PERSON spans on wire copy swallow titles; German has
no NER here): capitalised name shapes, a title right before the name, a speech verb right
after it, spaCy (en) and natasha (ru) person spans, and the shipped actor registry.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from dyad import gazetteer, names
from dyad.extractors import models
from dyad.extractors.text import QuoteSpan, inside
from dyad.lang import rules
from dyad.model import Doc, Person
from dyad.registry import Actor, actor_id_for, get_registry


def _letters(test: str) -> str:
    """Every Latin (with its extensions) and Cyrillic letter that passes `test`, as a regex class
    body: names come with diacritics from every alphabet we transliterate ("Vodă", "Popșoi",
    "Ömer", "Jovanović"), and a class listing a few of them cut the rest off."""
    blocks = [(0x41, 0x5A), (0x61, 0x7A), (0xC0, 0x24F), (0x1E00, 0x1EFF), (0x400, 0x4FF)]
    chars = [chr(c) for a, b in blocks for c in range(a, b + 1) if getattr(chr(c), test)()]
    return re.escape("".join(chars))


UPPER = _letters("isupper")
LOWER = _letters("islower") + "'’"
# "LeClaire", "McDonald", "DeSantis": a second capital inside a surname
NAME_TOKEN = rf"[{UPPER}][{LOWER}]+(?:[{UPPER}][{LOWER}]{{2,}})?(?:-[{UPPER}]?[{LOWER}]+)?"
# Lower-case particles inside a name: "Ursula von der Leyen", "Salman bin Abdulaziz",
# "Lula da Silva". A name never spans lines.
NAME_PARTICLE = r"(?:(?:von|van)(?:[ \t]+(?:der|den))?|de|del|da|dos|di|du|bin|ibn|al|el|le|la)"
CAP_RUN_RE = re.compile(rf"(?<![\w-]){NAME_TOKEN}(?:[ \t\u00a0]+(?:{NAME_PARTICLE}[ \t\u00a0]+){{0,2}}(?:(?:al|el)-)?{NAME_TOKEN})*")
TOKEN_RE = re.compile(r"[\w'’-]+|[^\w\s]")

# Words that are pronouns in running text and surnames after a given name ("Liu He").
PRONOUN_SURNAMES = {"he"}
# Capitalised words that are never part of a person's name (institutions, titles, places
# are checked separately through the gazetteer and the title tables).
NOT_NAME = {
    "the", "a", "an", "in", "on", "at", "of", "and", "but", "if", "as", "he", "she", "it", "we", "they",
    "this", "that", "these", "there", "according", "speaking", "during", "after", "before", "today",
    "national", "assembly", "council", "republic", "house", "representatives", "parliament",
    "senate", "ministry", "foreign", "affairs", "state", "government", "union", "economic",
    "eurasian", "chamber", "committee", "commission", "office", "administration", "embassy",
    "federation", "united", "nations", "kingdom", "states", "organization", "organisation", "bank",
    "security", "defense", "defence", "culture", "sports", "academy", "sciences", "party", "court",
    "supreme", "constitutional", "legislative", "upper", "lower", "general", "plenipotentiary",
    "extraordinary", "first", "deputy", "vice", "prime", "head", "photo", "share", "subscribe",
    "mazhilis", "majilis", "duma", "kremlin", "akorda", "belta", "tass", "interfax", "kazinform",
    "ständigen", "ausschusses", "rates", "rat", "republik", "angelegenheiten", "sicherheit",
    "vorsitzende", "vorsitzender", "botschafter", "außerordentlichen", "bevollmächtigten",
    "heute", "gestern", "das", "der", "die", "den", "dem", "des", "ein", "eine", "wir", "sie", "er",
    "es", "und", "minsk", "astana", "moscow", "beijing", "tashkent", "berlin",
    "президент", "председатель", "глава", "министр", "посол", "совета", "республики", "национального",
    "собрания", "палаты", "представителей", "государственной", "думы", "мид", "сегодня", "вчера",
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
    "ноября", "декабря", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "januar", "februar", "märz", "juni", "juli",
    "oktober", "dezember", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "eaeu", "eaes", "cis", "sco", "osce", "un", "eu", "nato", "brics", "go", "back", "twitter", "facebook",
    "asia", "europe", "africa", "america", "central", "middle", "east", "west", "north", "south",
    "азия", "азии", "европа", "европы", "африки", "америки", "центральной", "центральная", "средней",
    "южной", "северной", "восточной", "западной", "союза", "союз", "организации", "содружества",
    "zentralasien", "europa", "asien",
    # Forms of address, and bodies that are named like people ("Friendship Association")
    "mr", "mrs", "ms", "dr", "herr", "frau", "господин", "госпожа", "association", "corps", "guard",
    "crown", "prince", "princess", "sheikh", "sheikha", "kronprinz", "scheich", "наследный", "принц", "шейх",
    "agency", "service", "forces", "army", "navy", "institute", "university", "company", "society",
    "foundation", "center", "centre", "network", "radio", "gazeta", "friendship", "revolutionary",
    # Russian sentence openers that natasha and the capitalised-run rule take for first names
    "также", "однако", "ранее", "затем", "кроме", "вместе", "кстати", "впрочем", "теперь", "сейчас",
    "официальный", "официальная", "представитель",
    # Ministries' portfolios: "Minister of Economy Levan Davitashvili" is no "Economy Levan ..."
    "economy", "energy", "finance", "finances", "development", "justice", "health", "education",
    "agriculture", "industry", "trade", "transport", "labour", "labor", "interior", "emergency",
    "emergencies", "situations", "environment", "ecology", "science", "tourism", "communications",
    "digital", "investment", "investments", "commerce", "infrastructure", "innovation", "sustainable",
    "wirtschaft", "finanzen", "energie", "verkehr", "gesundheit", "bildung", "landwirtschaft", "inneres",
}


@dataclass
class Mention:
    start: int
    end: int
    name: str  # the name as found (nominative for Russian)
    name_en: str
    title: str | None = None
    title_span: tuple[int, int] | None = None
    in_quote: bool = False
    rule: str = ""
    person: int = -1  # index into the document's persons


@dataclass
class PersonEntity:
    name: str
    name_en: str
    title: str | None
    country: str | None
    actor: Actor | None
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


def envoy_host(title: str | None, lang: str | None) -> str | None:
    """The country an envoy serves in ("its ambassador in Paris" -> FRA), when the title
    names it after a host preposition."""
    if not title or not re.search(rules(lang).ENVOY_TITLE_RE, title, re.I):
        return None
    for m in gazetteer.find_countries(title, lang):
        if re.search(rules(lang).HOST_PREP_RE, title[max(0, m.start - 12) : m.start], re.I):
            return m.iso3
    return None


def country_of_title(title: str | None, lang: str | None) -> str | None:
    if not title:
        return None
    host = envoy_host(title, lang)
    # the country named nearest the name ("российскому послу глава МИД Японии" is Japan's
    # minister); an envoy's host does not count ("Ambassador of Kazakhstan to Belarus")
    for m in gazetteer.find_countries(title, lang):
        if m.iso3 != host:
            return m.iso3
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
def ru_common_word(word: str) -> bool:
    """A capitalised Russian word whose likeliest reading is no name ("Республики", "Совета")."""
    parses = models.natasha()[3].parse(word)
    if not parses:
        return False
    tags = {str(g) for p in parses[:2] for g in ("Name", "Surn", "Patr") if g in p.tag}
    return not tags and "NOUN" in parses[0].tag


@lru_cache(maxsize=8192)
def title_head_match(word: str, lang: str | None) -> bool:
    w = word.lower().strip("'’")
    r = rules(lang)
    if any(w.startswith(h) for h in r.TITLE_HEADS if " " not in h):
        return True
    # Demonym adjectives open titles too: "Belarusian President", "kasachische Außenminister".
    return False


@lru_cache(maxsize=8192)
def is_title_opener(word: str, lang: str | None) -> bool:
    w = word.lower()
    r = rules(lang)
    if title_head_match(word, lang) or any(w.startswith(m) for m in r.TITLE_MODIFIERS):
        return True
    ment = [k for _c, k in word_countries(word, lang)]
    if ment and ment[0] == "name":
        # a country in the genitive opens a title: "Russlands Außenminister", "Belarus' Speaker"
        return word.endswith(("'s", "’s", "'", "’")) or (lang == "de" and word.endswith("s"))
    return bool(ment) and ment[0] in {"adjective", "demonym"}


def find_title_before(text: str, start: int, lang: str | None, floor: int) -> tuple[str, tuple[int, int]] | None:
    """The title written just before a name: "Ambassador of Kazakhstan to Belarus Askar ...".

    Scan back word by word to the verb or preposition that precedes the title, then cut
    at the earliest word that can open a title. One apposition comma is allowed
    ("die Vorsitzende des Rates der Republik, Natalja Kotschanowa").
    """
    r = rules(lang)
    end = start
    seg = text[floor:start]
    stripped = seg.rstrip()
    if stripped.endswith(","):
        end = floor + len(stripped) - 1
        seg = text[floor:end]
    words = list(re.finditer(r"[\w'’.-]+|[,;:()\"“”„«»–—]", seg))
    taken: list[re.Match[str]] = []
    for w in reversed(words):
        tok = w.group(0)
        low = tok.lower()
        if not re.match(r"\w", tok):
            break
        if low in r.TITLE_STOPS:
            break
        if lang == "en" and tok[0].islower() and low not in r.TITLE_CONNECTORS and not any(
            low.startswith(m) for m in r.TITLE_MODIFIERS
        ) and not title_head_match(tok, lang):  # "ministry spokesperson Daniel Vodă"
            break
        taken.append(w)
        if len(taken) > 18:
            break
    taken.reverse()
    if lang == "de" and taken and taken[-1].group(0)[:1].islower():
        # German titles end in a capitalised noun next to the name ("Außenminister Alexander");
        # "die Minister eine Gemeinsame Absichtserklärung", "am Wiener Minoritenplatz" do not.
        return None
    for i, w in enumerate(taken):
        if is_title_opener(w.group(0), lang):
            heads_after = any(title_head_match(x.group(0), lang) for x in taken[i:])
            if not heads_after:
                continue
            s = floor + w.start()
            title = text[s:end].strip().rstrip(",")
            return title, (s, s + len(title))
    return None


def find_title_after(text: str, end: int, lang: str | None) -> tuple[str, tuple[int, int]] | None:
    """A title in apposition after a name: "Alexei Polishchuk, director of the Second CIS
    Department at the Russian Foreign Ministry, dismissed ..." (up to the next comma)."""
    m = re.match(r",\s+((?:the|a|an|der|die|das|ein|eine)\s+)?([^,;:.()\"“”«»\n]{3,120}?)(?=\s*[,;:.()\n])", text[end : end + 140],
                 re.I)
    if not m:
        return None
    phrase = m.group(2)
    words = phrase.split()
    if not words or len(words) > 14:
        return None
    if not (is_title_opener(words[0], lang) and any(title_head_match(w, lang) for w in words[:4])):
        return None
    s = end + m.start(2)
    return phrase, (s, s + len(phrase))


def _sentence_floor(text: str, pos: int) -> int:
    cut = max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos), text.rfind("! ", 0, pos),
              text.rfind("? ", 0, pos))
    return cut + 1 if cut >= 0 else 0


def model_person_spans_many(texts: list[str], lang: str | None) -> list[list[tuple[int, int, str]]]:
    """The NER over several sentences at once (spaCy batches them: one call, not one each)."""
    if lang == "en":
        if models.english() is None:
            return [[] for _t in texts]
        return [[(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "PERSON"]
                for doc in models.english_entities(texts)]
    return [model_person_spans(t, lang) for t in texts]


def model_person_spans(text: str, lang: str | None) -> list[tuple[int, int, str]]:
    """(start, end, normalised name) from the language's statistical NER, if it has one."""
    if lang == "en":
        return model_person_spans_many([text], lang)[0]
    if lang == "ru":
        from natasha import Doc as NDoc

        segmenter, morph, ner, vocab = models.natasha()
        nd = NDoc(text)
        nd.segment(segmenter)
        nd.tag_morph(morph)
        nd.tag_ner(ner)
        out = []
        for span in nd.spans:
            if span.type == "PER":
                span.normalize(vocab)
                out.append((span.start, span.stop, span.normal or span.text))
        return out
    return []


SURNAME_CASES = [  # (oblique ending after a surname stem, nominative masculine, nominative feminine)
    (r"(ов|ев|ёв|ин|ын)ым$", r"\1", r"\1а"),
    (r"(ов|ев|ёв|ин|ын)ом$", r"\1", r"\1а"),
    (r"(ов|ев|ёв|ин|ын)у$", r"\1", r"\1а"),
    (r"(ов|ев|ёв|ин|ын)е$", r"\1", r"\1а"),
    (r"(ов|ев|ёв|ин|ын)ой$", r"\1", r"\1а"),
    (r"(ов|ев|ёв|ин|ын)у$", r"\1", r"\1а"),
    (r"(ск|цк)(?:ого|ому|им|ом)$", r"\1ий", r"\1ая"),
    (r"(ск|цк)(?:ой|ую)$", r"\1ий", r"\1ая"),
    (r"(ов|ев|ёв|ин|ын)а$", r"\1", r"\1а"),  # genitive of a man's name, nominative of a woman's
]


def ru_nominative(name: str) -> str:
    """Russian names inflect ("с Бахтиёром Саидовым"): back to the nominative.

    The first name's gender (from morphology) decides the surname's ending, so that
    "Токаева" after "Касым-Жомарта" becomes "Токаев" while "Натальи Кочановой" gives
    "Кочанова". Endings we do not know are left as written.
    """
    tokens = name.split()
    if not tokens:
        return name
    female = None
    out = list(tokens)
    if len(tokens) >= 2:
        vocab = models.natasha()[3]
        parses = [p for p in vocab.parse(tokens[0]) if "Name" in p.tag]
        if parses:
            female = "femn" in parses[0].tag
            lemma = parses[0].normal_form
            out[0] = "-".join(x[:1].upper() + x[1:] for x in lemma.split("-"))
        elif re.search(r"[бвгджзклмнпрстфхцчшщ](?:ом|ым)$", tokens[0]):
            out[0] = tokens[0][:-2]  # "Касым-Жомартом": an instrumental the dictionary does not know
            female = False
        elif re.search(r"[бвгджзклмнпрстфхцчшщ]а$", tokens[0]) and re.search(r"(?:ов|ев|ин)а$", tokens[-1]):
            out[0] = tokens[0][:-1]  # "Касым-Жомарта Токаева": genitive of a man's name
            female = False
    last = tokens[-1]
    for pattern, masc, fem in SURNAME_CASES:
        if re.search(pattern, last):
            if female is None and pattern.endswith("а$"):
                break  # "Кочанова" alone: a woman's nominative as likely as a man's genitive
            out[-1] = re.sub(pattern, fem if female else masc, last)
            break
    if out[-1] == last and len(tokens) >= 2 and female is not None and re.search(r"(?:ого|его|ому|ему|ым|им|ой|ую)$", last):
        # adjective-shaped surnames ("Михаилу Белому", "Горького"): the dictionary's nominative
        parses = models.natasha()[3].parse(last)
        if parses and "nomn" not in str(parses[0].tag) and (
                "Surn" in str(parses[0].tag) or str(parses[0].tag).startswith("ADJF")):
            nominative = parses[0].normal_form
            if female and nominative.endswith(("ый", "ий", "ой")):
                nominative = nominative[:-2] + "ая"
            out[-1] = nominative[:1].upper() + nominative[1:]
    return " ".join(out)


def speech_verb_near(text: str, start: int, end: int, lang: str | None) -> bool:
    r = rules(lang)
    after = text[end : end + 30].lower()
    before = text[max(0, start - 30) : start].lower()
    verbs = r.SPEECH_VERBS
    return any(after.lstrip(" ,").startswith(v) for v in verbs) or any(
        before.rstrip(" ,").endswith(v) for v in verbs
    )


def find_mentions(doc: Doc, quotes: list[QuoteSpan]) -> list[Mention]:
    text, lang = doc.text, doc.language
    registry = get_registry()
    qspans = [q.outer for q in quotes]
    candidates: list[Mention] = []
    last_person_end = 0  # end of the last candidate already taken for a person
    for m in CAP_RUN_RE.finditer(text):
        toks = list(re.finditer(NAME_TOKEN, m.group(0)))
        particled = bool(re.search(rf"\s{NAME_PARTICLE}\s", m.group(0)))
        # Drop leading words that are not name words (titles, institutions, places).
        while toks and (toks[0].group(0).lower() in NOT_NAME or title_head_match(toks[0].group(0), lang)
                        or word_countries(toks[0].group(0), lang)
                        or (lang == "ru" and len(toks) > 2 and ru_common_word(toks[0].group(0)))):
            toks.pop(0)
        toks = [t for t in toks]
        # Trailing place/institution words are not names either ("Lukashenko Minsk"); a
        # pronoun-shaped word after a given name is a surname ("Liu He").
        while toks and ((toks[-1].group(0).lower() in NOT_NAME and toks[-1].group(0).lower() not in PRONOUN_SURNAMES)
                        or word_countries(toks[-1].group(0), lang)):
            toks.pop()
        if not toks:
            continue
        if len(toks) > (4 if particled else 3):
            toks = toks[-3:] if lang == "ru" or particled else toks[-2:]
            while lang == "ru" and len(toks) > 2 and ru_common_word(toks[0].group(0)):
                toks.pop(0)  # "… Кыргызской Республики Нурланбеком Шакиевым"
        s, e = m.start() + toks[0].start(), m.start() + toks[-1].end()
        possessive = re.search(r"['’]s?$", text[s:e])
        if possessive:
            e -= len(possessive.group(0))  # "Xi Jinping's top adviser": the name without the possessive
        surface = text[s:e]
        n_tokens = len(toks)
        name = surface
        if lang == "ru":
            # natasha's normal form drops ё ("Мирзиёев" -> "Мирзиеев"); our endings keep it
            name = ru_nominative(surface)
        floor = _sentence_floor(text, s)
        if last_person_end <= s:
            # A title does not reach back over a person: "Minister X and Georgian Minister Y"
            # gives Y "Georgian Minister", "Präsident X im Schloss Bellevue" gives the palace none.
            floor = max(floor, last_person_end)
        title = find_title_before(text, s, lang, floor)
        after = None if title else find_title_after(text, e, lang)
        title = title or after
        known = registry.lookup(name)
        if known is not None and n_tokens == 1 and not is_surname_of(name, known):
            known = None  # "Kurz darauf", "Dar es Salaam", "Да,": a word of a name, not the person
        accepted_by = ""
        if n_tokens >= 2:
            if title:
                accepted_by = "title+name" if after is None else "name+title"
            elif known:
                accepted_by = "registry"
            elif speech_verb_near(text, s, e, lang):
                accepted_by = "speech-verb"
        candidates.append(Mention(s, e, name, "", title[0] if title else None, title[1] if title else None,
                                  inside(qspans, s), accepted_by or ("registry" if known else "")))
        if candidates[-1].rule:
            last_person_end = e
    # The statistical NER is the slowest signal: ask it only about the sentences that hold a
    # two-word name shape the cheaper signals could not decide.
    pending = [c for c in candidates if not c.rule and len(c.name.split()) >= 2]
    if pending:
        chunks: dict[tuple[int, int], list[Mention]] = {}
        for c in pending:
            floor = _sentence_floor(text, c.start)
            stop = min([x for x in (text.find(". ", c.end), text.find("\n", c.end)) if x >= 0] or [len(text)])
            chunks.setdefault((floor, stop), []).append(c)
        spans = model_person_spans_many([text[a:b] for a, b in chunks], lang)
        for ((floor, _stop), cands), found in zip(chunks.items(), spans, strict=True):
            for c in cands:
                if any(floor + ms <= c.start < floor + me or c.start <= floor + ms < c.end for ms, me, _n in found):
                    c.rule = "ner"
    accepted = [c for c in candidates if c.rule]
    # A bare surname (or a name shape the signals missed) that matches an accepted person.
    full_keys = [names.name_key(c.name) for c in accepted]
    for c in candidates:
        if c.rule:
            continue
        if any(names.same_name(c.name, a.name) for a in accepted) and c.name.split()[-1][:1].isupper():
            c.rule = "surname-of-known"
            accepted.append(c)
    del full_keys
    # Surnames that appear alone ("Lukashenko urges ...") in the title or text.
    # Every character already covered by a mention, so each surname hit is checked in O(1)
    # (the pairwise check was cubic on long pages of repeated meetings).
    covered = bytearray(len(text) + 1)
    for x in accepted:
        covered[x.start : x.end] = b"\x01" * (x.end - x.start)
    stems_done: set[str] = set()
    for a in list(accepted):
        for surname in family_names(a.name):
            stem = surname[:-2] if lang == "ru" and len(surname) > 5 else surname
            if stem in stems_done:
                continue
            stems_done.add(stem)
            for m in re.finditer(rf"(?<![\w-]){re.escape(stem)}\w{{0,3}}\b", text):
                if covered[m.start()]:
                    continue
                covered[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
                accepted.append(Mention(m.start(), m.end(), surname, "", None, None, inside(qspans, m.start()),
                                        "surname-of-known"))
    accepted.sort(key=lambda x: x.start)
    for a in accepted:
        a.name_en = names.to_english(a.name, lang)
    return accepted


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
            if names.same_name(m.name_en, p.name_en) or names.same_name(m.name, p.name):
                target = i
                break
        if target is None:
            if len(m.name.split()) < 2:
                continue  # a lone surname with no full name in the text: too weak
            persons.append(PersonEntity(m.name, m.name_en, None, None, None))
            target = len(persons) - 1
        p = persons[target]
        m.person = target
        p.mentions.append(m)
        if p.title is None and m.title:
            p.title = m.title
    bodies = None
    for p in persons:
        p.mentions.sort(key=lambda m: m.start)
        country = country_of_title(p.title, doc.language)
        for m in p.mentions:
            if country:
                break
            country = country_of_title(m.title, doc.language)
        actor = registry.lookup(p.name, country) or registry.lookup(p.name_en, country)
        if actor is not None and country and actor.country != country:
            actor = None  # the registry's namesake lives elsewhere: not this person
        p.actor = actor
        if actor:
            p.name_en = actor.name_en
            country = country or actor.country
            if p.title is None:
                p.title = office_title(actor, doc.published)
        if country is None:
            country = country_from_context(doc, p)
        if country is None and p.title and p.mentions:
            # "Foreign Ministry spokesman X": the country of the ministry named there or before
            if bodies is None:
                bodies = bodies_of(doc)
            body = next((i for i in bodies if p.mentions[0].start - 60 <= i.start < p.mentions[0].start), None)
            country = body.country if body else None
        host = envoy_host(p.title, doc.language)
        if country is None and host:
            # "its ambassador in Paris": the envoy of the report's other side
            others = [c for c in report_pair(doc) if c != host]
            country = others[0] if others else None
        if country is None and p.title:
            # An official whose country the report does not name is, in agency copy, one of
            # the outlet's own: BelTA does not write "Belarusian" before every Belarusian.
            country = home_country(doc)
        if country is None and p.title and p.mentions:
            # an official of one of the two sides: the side named in the same sentence
            # ("Trade Minister X announced Australia would ..."), else the side the report
            # is mostly about
            pair = report_pair(doc)
            country = sentence_country(doc, p.mentions[0].start, pair) or (pair[0] if pair else None)
        p.country = country
    return persons


def office_title(actor: Actor, date: str | None) -> str | None:
    """The registry's title of the office the actor held on the report's date (or the latest)."""
    offices = list(actor.offices)
    if not offices:
        return None
    if date and not date.startswith("--"):
        held = [o for o in offices if (o.start or "") <= date and (not o.end or date <= o.end)]
        if held:
            return held[0].title_en
    return max(offices, key=lambda o: o.start or "").title_en


# Particles of names that are words of their own in running text.
NAME_PARTICLES = frozenset("da de la le di del der den van von al el bin ibn abu to un".split())


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


def sentence_country(doc: Doc, pos: int, pair: list[str]) -> str | None:
    """The one country of the report's pair named in the sentence around ``pos``."""
    text = doc.text
    start = _sentence_floor(text, pos)
    stop = min([x for x in (text.find(". ", pos), text.find("\n", pos)) if x >= 0] or [len(text)])
    named = {m.iso3 for m in gazetteer.find_countries(text[start:stop], doc.language)
             if m.kind in {"name", "adjective", "demonym", "alias"}} & set(pair)
    return named.pop() if len(named) == 1 else None


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


def country_from_context(doc: Doc, p: PersonEntity) -> str | None:
    """A demonym right before the name ("Belarusian leader X") or in the same clause."""
    text = doc.text
    for m in p.mentions[:3]:
        window = text[max(0, m.start - 40) : m.start]
        found = [c for c in gazetteer.find_countries(window, doc.language) if c.kind in {"adjective", "demonym"}]
        if found:
            return found[-1].iso3
    return None
