"""A general sentence-level CAMEO event coder, one algorithm for every language.

The language's words are kept apart: the verb and actor tables (data/cameo_verbs.csv,
data/cameo_actors.csv, data/institutions.csv) and the pack's cameo features
(dyad.lang.<code>.cameo, read through ``lexicon``).

1. find actor mentions: countries, capitals and cities (dyad.gazetteer), role words,
   international bodies, state organs, armed groups and leaders (cameo_actors.csv, and
   the institutions of data/institutions.csv);
2. find event verbs: the longest dictionary pattern whose anchor and companion words
   occur (a language with a parser: the anchor is a verb of the dependency parse,
   companions in its subtree; the others: companions within a few words, any order);
3. find who acts on whom. Over the parse: subject (or the agent of a passive) is the
   source, object and prepositional objects the target, subjects are inherited through
   xcomp/conj/advcl, pronouns resolve to the governing clause's subject. Over word
   windows: the mention group before the verb acts, the group after it (or after the
   pack's partner preposition, "with", "mit") is acted on, agent prepositions ("by",
   "von") mark a passive agent;
4. apply CAMEO's rules that turn one code into another: intent ("wants to attack" is a
   threat, "pledged to free" an intent to release), negation ("would not provide
   support" is a rejection), appeals ("asked X to help"), claims ("X said Y attacked Z"
   is an accusation of Y), and role-dependent codes (a state that protests complains
   officially; protesters who destroy property riot).

A sentence without an event verb, or without any actor that has a country or an
international code, gives no event. Patterns are compiled once per process and the
spaCy model is cached; sentences without a candidate verb and an actor are never parsed.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from dyad import codes, gazetteer
from dyad.extractors import models
from dyad.lang import available
from dyad.lang import rules as rules_of

if TYPE_CHECKING:
    from spacy.tokens import Token


# ------------------------------------------------------------------ the language's words


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in words) or "(?!)"


@dataclass(frozen=True)
class Lexicon:
    """What the coder reads from a language pack (dyad.lang.<code>.cameo, and CONDITION_RE,
    FUTURE_WORDS, PATTERN_WINDOW), its patterns compiled: built once per language."""

    code: str
    fold: dict[int, str]  # letters folded before words are compared
    parser: Any  # the parse coder's words (a namespace), or None: coded by word windows
    window: tuple[int, int]  # words before and after an event word searched for its phrase
    irregular: tuple[str, ...]  # verb forms that do not start with their stem
    relaxed_endings: str
    modifier_before: re.Pattern[str]
    modifier_after: re.Pattern[str]
    conj: re.Pattern[str]  # a gap between two listed actors
    has_and: re.Pattern[str]
    bare_np: re.Pattern[str]
    dateline: re.Pattern[str]
    condition: re.Pattern[str]  # searched in a sentence, any case
    condition_word: re.Pattern[str]  # one lower-case word, whole
    future_words: frozenset[str]
    prep_with: frozenset[str]
    prep_agent: frozenset[str]
    prep_loc: frozenset[str]
    all_preps: frozenset[str]
    origin_preps: frozenset[str]
    summoned_to: frozenset[str]
    passive: re.Pattern[str] | None
    short_passive: re.Pattern[str] | None
    participle: re.Pattern[str] | None
    negations: frozenset[str]
    trailing_negations: frozenset[str]
    trailing_negation_unless: frozenset[str]
    intent_words: frozenset[str]
    future_by_morphology: bool
    clause_break: re.Pattern[str]
    articles: frozenset[str]
    place_nouns: frozenset[str]
    join_words: frozenset[str]
    title_tail_joins: bool
    stop_words: frozenset[str]
    not_verbs: frozenset[str]
    nouns_capitalised: bool
    verb_end: re.Pattern[str] | None
    noun_stems: tuple[str, ...]
    infinitive_before: frozenset[str]
    infinitive_after: frozenset[str]
    infinitive_endings: tuple[str, ...]

    def norm(self, s: str) -> str:
        return s.lower().translate(self.fold)


_DATELINE_TAIL = r"(?:\s*,\s*[^,:()–—\n]{1,40}?)?(?:\s*\([^()]{1,40}\))?\s*(?:[–—:]|--?)\s+"


@lru_cache(maxsize=8)
def lexicon(lang: str) -> Lexicon:
    p = rules_of(lang)
    caps, initials = p.CAMEO_DATELINE_CAPS, p.CAMEO_DATELINE_INITIALS
    return Lexicon(
        code=p.CODE,
        fold=str.maketrans(p.CAMEO_LETTER_FOLD),
        parser=p.CAMEO_PARSER,
        window=p.PATTERN_WINDOW,
        irregular=tuple(p.CAMEO_IRREGULAR_VERBS),
        relaxed_endings=p.CAMEO_RELAXED_ENDINGS,
        modifier_before=re.compile(r"(?<![^\W\d_])(?:" + p.CAMEO_MODIFIER_BEFORE + ")-$", re.IGNORECASE),
        modifier_after=re.compile(p.CAMEO_MODIFIER_AFTER, re.IGNORECASE),
        conj=re.compile(
            rf"^\s*(?:,\s*)?(?:{_alternation(p.CAMEO_CONJUNCTIONS)}|&)\s+(?:(?:{_alternation(p.CAMEO_CONJ_ARTICLES)})\s+)?$"
            rf"|^\s*,\s*(?:(?:{_alternation(p.CAMEO_COMMA_ARTICLES)})\s+)?$", re.IGNORECASE),
        has_and=re.compile(p.CAMEO_AND_RE + "|&", re.IGNORECASE),
        bare_np=re.compile(rf"^(?:{_alternation(p.CAMEO_BARE_NP_ARTICLES)})\s+|[.,;:]+$", re.IGNORECASE),
        dateline=re.compile(rf"^\s*(?:[{caps}][{caps}.'\-]+(?:\s+[{caps}][{caps}.'\-]+)*"  # MINSK, GAZA CITY
                            rf"|[{initials}][\w\-]+(?=\s*[,(]))"  # Beijing (XINHUA)
                            + _DATELINE_TAIL),
        condition=re.compile(p.CONDITION_RE, re.IGNORECASE),
        condition_word=re.compile(p.CONDITION_RE),
        future_words=frozenset(p.FUTURE_WORDS),
        prep_with=p.CAMEO_PREP_WITH,
        prep_agent=p.CAMEO_PREP_AGENT,
        prep_loc=p.CAMEO_PREP_LOC,
        all_preps=p.CAMEO_PREP_WITH | p.CAMEO_PREP_AGENT | p.CAMEO_PREP_LOC,
        origin_preps=p.CAMEO_ORIGIN_PREPS,
        summoned_to=p.CAMEO_SUMMONED_TO,
        passive=p.CAMEO_PASSIVE,
        short_passive=p.CAMEO_SHORT_PASSIVE,
        participle=p.CAMEO_PARTICIPLE,
        negations=p.CAMEO_NEGATIONS,
        trailing_negations=p.CAMEO_TRAILING_NEGATIONS,
        trailing_negation_unless=p.CAMEO_TRAILING_NEGATION_UNLESS,
        intent_words=p.CAMEO_INTENT_WORDS,
        future_by_morphology=p.CAMEO_FUTURE_BY_MORPHOLOGY,
        clause_break=re.compile(rf"[;:]|,\s*(?:{_alternation(p.CAMEO_CLAUSE_OPENERS)})\b", re.IGNORECASE),
        articles=p.CAMEO_ARTICLES,
        place_nouns=p.CAMEO_PLACE_NOUNS,
        join_words=p.CAMEO_JOIN_WORDS,
        title_tail_joins=p.CAMEO_TITLE_TAIL_JOINS,
        stop_words=p.CAMEO_STOP_WORDS,
        not_verbs=p.CAMEO_NOT_VERBS,
        nouns_capitalised=p.CAMEO_NOUNS_CAPITALISED,
        verb_end=p.CAMEO_VERB_END,
        noun_stems=p.CAMEO_NOUN_STEMS,
        infinitive_before=p.CAMEO_INFINITIVE_BEFORE,
        infinitive_after=p.CAMEO_INFINITIVE_AFTER,
        infinitive_endings=p.CAMEO_INFINITIVE_ENDINGS,
    )



@dataclass
class CodedEvent:
    cameo: str
    plover: str
    source: str | None
    target: str | None
    start: int  # character span of the sentence/clause in the text given to code_sentence
    end: int
    verb: str  # the matched dictionary pattern, for --explain
    rule: str = ""  # which coding rules changed or produced the code, for --explain


# ------------------------------------------------------------------ dictionaries


@dataclass(frozen=True)
class _Word:
    alts: tuple[tuple[str, bool], ...]  # (stem, whole word only)

    def matches(self, *forms: str) -> bool:
        for f in forms:
            if not f:
                continue
            for stem, exact in self.alts:
                if (f == stem) if exact else f.startswith(stem):
                    return True
        return False


@dataclass(frozen=True)
class VerbPattern:
    lang: str
    text: str
    anchor: _Word
    companions: tuple[_Word, ...]
    cameo: str  # "-" blocks: the phrase is not an event
    note: str
    order: int

    @property
    def partner_only(self) -> bool:
        # talking verbs: the object is a topic, the partner comes with "with"/"mit"
        return "(partner)" in self.note

    @property
    def inverse(self) -> bool:
        # "received weapons from X", "faces pressure from X": the grammatical subject is
        # the receiver, the actor after "from"/"by" acts
        return "(source is" in self.note


def _parse_word(spec: str, lx: Lexicon) -> _Word:
    alts = []
    for a in spec.split("|"):
        a = lx.norm(a.strip())
        if a:
            alts.append((a.rstrip("="), a.endswith("=")))
    return _Word(tuple(alts))


def _data_lines(name: str) -> list[str]:
    text = resources.files("dyad.data").joinpath(name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def verb_patterns() -> dict[str, tuple[VerbPattern, ...]]:
    """data/cameo_verbs.csv by language, read once per process."""
    out: dict[str, list[VerbPattern]] = {}
    for i, r in enumerate(csv.DictReader(_data_lines("cameo_verbs.csv"))):
        words = r["pattern"].split()
        if not words:
            continue
        lx = lexicon(r["lang"].strip())
        pat = VerbPattern(
            r["lang"].strip(), r["pattern"].strip(), _parse_word(words[0], lx),
            tuple(_parse_word(w, lx) for w in words[1:]), r["cameo"].strip(), (r.get("note") or "").strip(), i,
        )
        out.setdefault(pat.lang, []).append(pat)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=4)
def _anchor_index(lang: str) -> dict[str, tuple[VerbPattern, ...]]:
    # first two letters of each anchor stem -> patterns: one dict lookup per word
    idx: dict[str, list[VerbPattern]] = {}
    for p in verb_patterns().get(lang, ()):
        for stem, _exact in p.anchor.alts:
            lst = idx.setdefault(stem[:2], [])
            if p not in lst:
                lst.append(p)
    return {k: tuple(v) for k, v in idx.items()}


_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")


def _stems_relaxed(p: VerbPattern) -> Iterable[str]:
    endings = lexicon(p.lang).relaxed_endings
    for stem, _exact in p.anchor.alts:
        # "deny" must let "denied" through, "invite" "inviting": drop a final e/y
        yield stem[:-1] if len(stem) > 3 and stem[-1] in endings else stem


@lru_cache(maxsize=4)
def _prefilter(lang: str) -> re.Pattern[str]:
    stems = sorted({s for p in verb_patterns().get(lang, ()) if p.cameo != "-" for s in _stems_relaxed(p)},
                   key=len, reverse=True)
    stems += sorted(lexicon(lang).irregular, key=len, reverse=True)
    if not stems:
        return re.compile(r"(?!)")
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(s) for s in stems) + ")", re.IGNORECASE)


# ------------------------------------------------------------------ actor mentions

_BASE_KINDS = ("name", "alias", "adjective", "demonym", "capital", "igo", "code", "group", "person")


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    kind: str  # gazetteer kinds | city | igo | code (state organ) | group | person | role
    base: str | None  # ISO3 or a full code ("IGOUNO", "RUSGOV", "---LEG"); None for a role word
    role: str | None

    @property
    def is_base(self) -> bool:
        return self.kind in _BASE_KINDS

    @property
    def country(self) -> str | None:
        return self.base[:3] if self.base and self.base[:3] != "---" and not self.base.startswith("IGO") else None


@dataclass(frozen=True)
class _ActorRow:
    pattern: str
    code: str
    kind: str  # role | igo | code | group | person


def _institution_rows() -> list[_ActorRow]:
    # state organs named without their country ("Mazhilis", "Gosdumy"), in any language
    rows = []
    for r in csv.DictReader(_data_lines("institutions.csv")):
        pat, iso3, role = (r.get("pattern") or "").strip(), (r.get("iso3") or "").strip(), (r.get("role") or "").strip()
        if pat and iso3:
            rows.append(_ActorRow(pat, iso3 + role, "code"))
    return rows


@dataclass(frozen=True)
class _ActorMatcher:
    rx: re.Pattern[str]  # anchored: tried with .match at a word start
    row: _ActorRow


@lru_cache(maxsize=4)
def _actor_index(lang: str) -> dict[str, tuple[_ActorMatcher, ...]]:
    """Actor patterns of a language by the first two letters of their first word, longest
    first: each word of a sentence is looked up once and only its few candidates are tried
    (one big alternation would be tried at every character)."""
    rows = [_ActorRow(e.pattern, e.code, "code" if e.kind == "alias" else e.kind)
            for e in codes.actor_entries_for(lang)]
    rows += _institution_rows()
    lx = lexicon(lang)
    idx: dict[str, list[_ActorMatcher]] = {}
    # longest first; a named organ ("Council of the Republic" -> BLRLEG) before the same
    # words as a bare role (LEG)
    for row in sorted(rows, key=lambda r: (-len(r.pattern), r.kind == "role")):
        sensitive = any(c.isupper() for c in row.pattern)
        pat = row.pattern if sensitive else row.pattern.lower()
        rx = re.compile(codes.stem_regex(pat), 0 if sensitive else re.IGNORECASE)
        idx.setdefault(lx.norm(pat[:2]), []).append(_ActorMatcher(rx, row))
    return {k: tuple(v) for k, v in idx.items()}


_WORD_START = re.compile(r"(?<![\w.])\w")


def find_actor_mentions(text: str, lang: str) -> list[_Mention]:
    """Countries, places, bodies, leaders and role words in a sentence: sorted, no overlaps
    (the earlier mention wins, then the longer; the gazetteer wins a tie)."""
    found = [_Mention(pm.start, pm.end, pm.kind, pm.iso3, None)
             for pm in gazetteer.find_countries(text, lang, cities=True)]
    idx = _actor_index(lang)
    lx = lexicon(lang)
    for w in _WORD_START.finditer(text):
        pos = w.start()
        for cand in idx.get(lx.norm(text[pos : pos + 2]), ()):
            m = cand.rx.match(text, pos)
            if m is None:
                continue
            row = cand.row
            if row.kind == "role":
                found.append(_Mention(pos, m.end(), "role", None, row.code))
            else:
                found.append(_Mention(pos, m.end(), row.kind, row.code, None))
            break  # candidates are longest first
    found.sort(key=lambda x: (x.start, -(x.end - x.start)))  # stable: gazetteer first on ties
    out: list[_Mention] = []
    last_end = -1
    for m in found:
        if m.start >= last_end:
            out.append(m)
            last_end = m.end
    # "pro-Russia rebels", "Iran-backed militias", "Al Qaeda-linked group": the named
    # country or group qualifies someone else and is not the actor
    return [m for m in out if not (m.is_base and (lx.modifier_before.search(text, max(0, m.start - 6), m.start)
                                                  or lx.modifier_after.match(text, m.end)))]


# ------------------------------------------------------------------ actors


@dataclass(frozen=True)
class Actor:
    base: str  # "RUS", "IGOUNO", "USAGOV", "---"
    role: str | None = None

    @property
    def code(self) -> str:
        if self.role and self.role not in {self.base[i : i + 3] for i in range(3, len(self.base), 3)}:
            return self.base + self.role
        return self.base

    @property
    def country(self) -> str | None:
        b = self.base[:3]
        return None if b == "---" or self.base.startswith(("IGO", "NGO", "IMG")) else b

    @property
    def known(self) -> bool:
        return self.base[:3] != "---"


def _segment_actor(ms: Sequence[_Mention], head_role: str | None) -> Actor | None:
    bases = [m for m in ms if m.is_base]
    roles = [m for m in ms if m.kind == "role"]
    role = head_role or (roles[0].role if roles else None)
    if not bases:
        # "police in Minsk", "a court in Almaty": the city says whose organ it is
        city = next((m for m in ms if m.kind == "city" and m.base), None)
        if role and city is not None:
            return Actor(city.base or "---", role)
        return Actor("---", role) if role else None
    # a country, body, organ or leader named first wins; an armed group only when the
    # phrase names no country ("the Somali militant group al-Shabab" is SOM)
    primary = next((b for b in bases if b.kind != "group"), bases[0])
    base = primary.base or "---"
    if primary.kind in ("igo", "code", "group", "person") and len(base) > 3 and not role:
        return Actor(base)
    return Actor(base, role)


def actors_in(ranges: Sequence[tuple[int, int]], mentions: Sequence[_Mention], text: str, lang: str,
              head_role: str | None = None, as_source: bool = False) -> list[Actor]:
    """Actors of a noun phrase given as character ranges: one per conjoined part
    ("US and British activists" -> USAOPP, GBROPP; "The US, Russia and Switzerland")."""
    ms = [m for m in mentions if any(a <= m.start < b for a, b in ranges)]
    if not ms:
        return []
    # split where two mentions are joined by a conjunction or a list comma
    lx = lexicon(lang)
    segments: list[list[_Mention]] = [[ms[0]]]
    has_and = bool(lx.has_and.search(text[ms[0].start : ms[-1].end]))
    for prev, cur in zip(ms, ms[1:], strict=False):
        gap = text[prev.end : cur.start]
        if (prev.is_base or prev.kind == "role") and cur.is_base and lx.conj.match(gap) and (has_and or "," not in gap):
            segments.append([cur])
        else:
            segments[-1].append(cur)
    if len(segments) == 1:
        a = _segment_actor(segments[0], head_role)
        # a capital acting alone stands for its government ("Washington said"); "Moscow's
        # decision" does not, and a capital acted on is a city ("struck Kyiv")
        if as_source and a is not None and a.role is None and len(ms) == 1 and ms[0].kind == "capital":
            np_text = lx.bare_np.sub("", " ".join(text[x:y] for x, y in ranges).strip())
            if np_text == text[ms[0].start : ms[0].end]:
                a = Actor(a.base, "GOV")
        return [a] if a else []
    # a shared head: "US and British activists": the last part's role applies to bare names
    last_roles = [m.role for m in segments[-1] if m.kind == "role"]
    out: list[Actor] = []
    for seg in segments:
        bare = all(m.kind != "role" for m in seg)
        a = _segment_actor(seg, head_role or (last_roles[0] if bare and last_roles else None))
        if a and a not in out:
            out.append(a)
    return out


# ------------------------------------------------------------------ code transforms

_INTENT_COOP = {
    "04": "036", "045": "039", "05": "032", "06": "031", "061": "0311", "062": "0312", "063": "0313", "064": "0314",
    "07": "033", "071": "0331", "072": "0332", "073": "0333", "074": "0334",
    "08": "035", "081": "0351", "084": "0353", "0841": "0353", "0842": "0353", "085": "0354", "086": "0355",
    "087": "0356", "0871": "0356", "0874": "0356",
}
_INTENT_CONFLICT = {
    "14": "133", "15": "138", "16": "131", "161": "1313", "162": "1311", "163": "1312", "164": "134",
    "166": "136", "17": "130", "172": "132", "1722": "1322", "1723": "1323", "1724": "1324", "174": "136",
    "175": "137", "18": "1383", "19": "138", "190": "1384", "191": "1381", "192": "1382", "20": "1385",
}
_NEGATED = {
    "03": "120", "04": "125", "05": "120", "06": "121", "061": "1211", "062": "1212", "063": "1213",
    "064": "1214", "07": "122", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
    "08": "124", "081": "1241", "082": "1242", "084": "1243", "0841": "1243", "0842": "1243", "085": "1244",
    "086": "1245", "087": "1246", "0871": "1246", "0874": "1246",
}


def _lookup(table: dict[str, str], code: str) -> str | None:
    for k in (code, code[:3], code[:2]):
        if k in table:
            return table[k]
    return None


def is_conflict_act(code: str) -> bool:
    """Material conflict and sanctions (CAMEO 14-20): acts that, announced for later or
    made conditional, are threats."""
    return code[:2] in ("14", "15", "16", "17", "18", "19", "20")


def future_verb(word: str, lang: str) -> bool:
    """A perfective verb in the future, where the pack says its morphology marks one (Russian
    "zakroet", "vyshlet"): the morphological analyser says so."""
    if not lexicon(lang).future_by_morphology:
        return False
    parses = models.natasha()[3].parse(word.lower())
    return bool(parses) and "futr" in str(parses[0].tag) and "VERB" in str(parses[0].tag)


def intent_code(code: str) -> str:
    """CAMEO code for an expressed intent to do `code`: cooperation -> 03, conflict -> 13."""
    return _lookup(_INTENT_COOP, code) or _lookup(_INTENT_CONFLICT, code) or code


def negated_code(code: str) -> str | None:
    """Refusing a cooperative act is a rejection (12); a negated conflict act is no event."""
    return _lookup(_NEGATED, code)


def _role_switch(code: str, src: Actor, tgt: Actor | None) -> tuple[str, str]:
    """CAMEO codes that depend on who acts: (code, rule)."""
    if code == "140" and src.known and src.role in (None, "GOV"):
        return "114", "state-protest"  # a government protesting complains officially
    if code == "111" and src.role == "JUD":
        return "116", "court"  # a court that "condemns" (verurteilt, osudil) sentences
    if code in ("171", "1711", "1712") and src.role in ("PPL", "OPP"):
        return "145", "riot"  # protesters destroying property riot
    if code.startswith("19") and src.role in ("MIL", "COP") and tgt is not None and tgt.role in ("PPL", "OPP"):
        return "175", "repression"  # forces fighting protesters repress them
    if code.startswith("19") and src.role in ("PPL",) and tgt is not None and tgt.role in ("MIL", "COP"):
        return "145", "riot"
    return code, ""


# ------------------------------------------------------------------ shared assembly


@dataclass
class _Frame:
    pattern: VerbPattern
    code: str
    sources: list[Actor]
    targets: list[Actor]
    location: str | None  # ISO3 of a place named in the clause
    start: int
    end: int
    verb: str = ""  # anchor lemma
    via_with: bool = False  # the target came from "with"/"mit" (a partner)
    rules: list[str] = field(default_factory=list)
    tok: Any = None  # the English verb token (for the claim rule)


_RECIPROCAL = ("041", "045", "046")  # talks and calls are two-way; "X met (with) Y" is X's act
_MUTUAL_ROOTS = ("03", "04", "05", "06", "19")
_NO_TARGET_OK = ("14", "15")
_MAX_MUTUAL = 6  # a summit of twenty states is not 380 bilateral meetings


def _events_from(frames: list[_Frame], offset: int) -> list[CodedEvent]:
    out: list[CodedEvent] = []
    seen: set[tuple[str, str | None, str | None]] = set()

    def emit(code: str, src: Actor, tgt: Actor | None, f: _Frame, extra: str = "") -> None:
        code, why = _role_switch(code, src, tgt)
        s, t = src.code, (tgt.code if tgt else None)
        if s == t or not (src.known or (tgt is not None and tgt.known)):
            return
        if code.startswith(("042", "043", "044")) and tgt is not None and tgt.role is None \
                and src.country and src.country == tgt.country:
            return  # nobody visits their own country
        if tgt is None and not code.startswith(_NO_TARGET_OK):
            return
        key = (code, s, t)
        if key in seen:
            return
        seen.add(key)
        rule = ",".join(r for r in [*f.rules, why, extra] if r)
        out.append(CodedEvent(code, codes.plover_for_cameo(code), s, t, offset + f.start, offset + f.end,
                              f.pattern.text, rule))

    for f in frames:
        srcs = f.sources
        tgts = list(f.targets)
        if not srcs:
            continue
        # a place named in the clause says who a bare title belongs to ("held talks with
        # President X during a visit to Beirut") and is the target of intransitive acts
        src_countries = {s.country for s in srcs}
        if f.location and f.location not in src_countries:
            tgts = [Actor(f.location, t.role) if not t.known else t for t in tgts]
            if not tgts and not (len(srcs) > 1 and f.code[:2] in _MUTUAL_ROOTS):
                tgts = [Actor(f.location)]
        if not tgts and 1 < len(srcs) <= _MAX_MUTUAL and f.code[:2] in _MUTUAL_ROOTS:
            for a in srcs:  # "The US, Russia and Switzerland met": every ordered pair
                for b in srcs:
                    if a != b:
                        emit(f.code, a, b, f, "mutual")
            continue
        for s in srcs:
            if not tgts:
                emit(f.code, s, None, f)
            for t in tgts:
                emit(f.code, s, t, f)
                if f.code.startswith(_RECIPROCAL) and f.via_with:
                    emit(f.code, t, s, f, "reciprocal")
                elif f.code == "043":
                    emit("042", t, s, f, "visitor")
                elif f.code.startswith("19") and f.via_with:
                    emit(f.code, t, s, f, "reciprocal")
    return out


# ------------------------------------------------------------------ the dependency-parse coder


_DEMAND_OF = {"0874": "1056", "087": "1056", "19": "1056", "0841": "1053", "084": "1053", "0842": "1053",
              "085": "1054", "081": "1051", "086": "1055", "04": "106", "046": "106", "07": "103", "06": "101"}


def demand_code(act: str) -> str:
    """CAMEO code of demanding ``act`` (a withdrawal 0874 -> 1056, a release 0841 -> 1053)."""
    return _lookup(_DEMAND_OF, act) or "100"


_NP_CUT = frozenset(("relcl", "acl", "appos", "advcl", "ccomp", "parataxis"))


def _np_ranges(tok: Token, full: bool = False, avoid: set[int] | None = None) -> list[tuple[int, int]]:
    """Character ranges of a noun phrase; without relative clauses, participles and
    appositions unless full=True (they often name other countries). Tokens in `avoid`
    (the clause being coded) never count."""
    cut: set[int] = set(avoid or ())
    if not full:
        for t in tok.subtree:
            if t.i == tok.i or t.dep_ not in _NP_CUT:
                continue
            if t.dep_ == "appos" and any(c.dep_ == "cc" for c in t.children):
                continue  # "The US, Russia, and Switzerland": a list parsed as apposition
            cut.update(x.i for x in t.subtree)
    toks = [t for t in tok.subtree if t.i not in cut]
    ranges: list[tuple[int, int]] = []
    for t in sorted(toks, key=lambda x: x.i):
        s, e = t.idx, t.idx + len(t.text)
        if ranges and s - ranges[-1][1] <= 1:
            ranges[-1] = (ranges[-1][0], e)
        else:
            ranges.append((s, e))
    return ranges


class _EnParse:
    def __init__(self, doc: Any, mentions: list[_Mention], text: str, lx: Lexicon) -> None:
        self.doc = doc
        self.mentions = mentions
        self.text = text
        self.lx = lx
        self.w = w = lx.parser  # the parse coder's words

        self.tok_at: dict[int, Token] = {}
        for t in doc:
            for c in range(t.idx, t.idx + len(t.text)):
                self.tok_at[c] = t
        base_toks = {self.tok_at[m.end - 1].i for m in mentions if m.is_base and m.end - 1 in self.tok_at}
        # a role word counts for a phrase when it is the phrase's head or is tied to a
        # named actor: "US commander", "Iraq's advisor", "President ... Assad", "UN troops";
        # not "military support to Lebanon"
        self.linked_roles: set[int] = set()
        for m in mentions:
            t = self.tok_at.get(m.end - 1)
            if m.kind != "role" or t is None:
                continue
            if (t.head.i in base_toks or any(c.i in base_toks for c in t.children)
                    or (t.dep_ == "compound" and t.head.pos_ == "PROPN")  # "President Michel Suleiman"
                    or (t.head.lower_ == w.of and (t.head.head.lemma_.lower() in w.quantity
                                                   or t.head.head.pos_ == "NUM"))):  # "dozens of protesters"
                self.linked_roles.add(m.start)

    def head_role(self, tok: Token) -> str | None:
        for m in self.mentions:
            if m.kind == "role" and m.start <= tok.idx < m.end:
                return m.role
        return None

    def actors(self, tok: Token | None, depth: int = 0, avoid: Token | None = None,
               as_source: bool = False) -> list[Actor]:
        """Actors of the noun phrase headed by tok (pronouns resolved)."""
        if tok is None or depth > 6:
            return []
        if tok.lower_ in self.w.pronouns and tok.pos_ == "PRON":
            return self.antecedent(tok, depth)
        head_role = self.head_role(tok)
        ms = [m for m in self.mentions
              if m.kind != "role" or m.start in self.linked_roles or m.start <= tok.idx < m.end]
        skip = {t.i for t in avoid.subtree} if avoid is not None else None
        for full in (False, True):
            acts = actors_in(_np_ranges(tok, full, skip), ms, self.text, self.lx.code, head_role, as_source)
            if any(a.known for a in acts) or (full and acts):
                return acts
        return []

    def antecedent(self, pron: Token, depth: int) -> list[Actor]:
        if pron.lower_ in self.w.relative:
            v = pron.head
            return self.actors(v.head, depth + 1, avoid=v) if v.dep_ in ("relcl", "acl") else []
        # a personal pronoun: the subject of the nearest governing clause that names one
        v = pron.head
        for anc in v.ancestors if v.pos_ in ("VERB", "AUX") else [v, *v.ancestors]:
            if anc.pos_ not in ("VERB", "AUX"):
                continue
            subj, _passive = self.subject(anc)
            if subj is not None and subj.i != pron.i and subj.lower_ not in self.w.pronouns:
                acts = self.actors(subj, depth + 1)
                if acts:
                    return acts
        return []

    def subject(self, v: Token) -> tuple[Token | None, bool]:
        subs = [c for c in v.children if c.dep_ in ("nsubj", "csubj", "nsubjpass", "csubjpass")]
        if not subs:
            return None, any(c.dep_ == "auxpass" for c in v.children)
        if len(subs) > 1:  # a name the parser split into several subjects ("group al - Shabab")
            named = [c for c in subs if self.names_actor(c)]
            subs = named or subs
        return subs[0], subs[0].dep_.endswith("pass")

    def names_actor(self, tok: Token) -> bool:
        return any(m.is_base and m.start <= tok.idx < m.end for m in self.mentions)

    def controller(self, v: Token, depth: int = 0) -> tuple[Token | None, str]:
        """The token whose phrase is the (inherited) subject of v, and how it was found."""
        subj, _p = self.subject(v)
        if subj is not None:
            return subj, "subject"
        h = v.head
        if h.i == v.i or depth > 5:
            return None, ""
        if v.dep_ == "xcomp":
            obj = next((c for c in h.children if c.dep_ in ("dobj", "dative")), None)
            if obj is not None and h.lemma_ in self.w.appeal:
                return obj, "object-control"
            return self.controller(h, depth + 1)[0], "xcomp"
        if v.dep_ == "conj" and h.pos_ in ("VERB", "AUX"):
            return self.controller(h, depth + 1)[0], "conj"
        if v.dep_ in ("acomp", "oprd"):  # "Belarus is ready to supply": the copula's subject
            return self.controller(h, depth + 1)[0], "xcomp"
        if v.dep_ == "advcl":
            if self.is_passive(h) and not self.is_passive(v):
                return None, ""  # "were killed in ... shelling": the victims did not shell
            return self.controller(h, depth + 1)[0], "advcl"
        if v.dep_ == "relcl":
            return h, "relcl"
        if v.dep_ == "acl" and v.tag_ == "VBG":
            return h, "acl"
        return None, ""

    def is_passive(self, v: Token) -> bool:
        return any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in v.children)


def _pattern_at(tok: Token, lang: str, exclude: set[int]) -> VerbPattern | None:
    norm = lexicon(lang).norm
    lemma = norm(tok.lemma_)
    low = norm(tok.text)
    idx = _anchor_index(lang)
    cands = {*idx.get(low[:2], ()), *idx.get(lemma[:2], ())}
    best: VerbPattern | None = None
    scope: list[Token] | None = None
    for p in cands:
        # English anchors match the lemma ("met" is "meet"); whole-word anchors may also
        # match the surface form
        if not p.anchor.matches(lemma, low):
            continue
        if p.companions:
            if scope is None:
                scope = _companion_scope(tok, exclude)
            if not all(any(c.matches(norm(t.text), norm(t.lemma_)) for t in scope) for c in p.companions):
                continue
        if best is None or (len(p.companions), -p.order) > (len(best.companions), -best.order):
            best = p
    return best


_CLAUSAL = frozenset(("ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "parataxis", "pcomp", "csubj"))


def _companion_scope(tok: Token, exclude: set[int], depth: int = 3) -> list[Token]:
    """Words that may complete a phrase anchored at tok: its dependents down to `depth`
    levels, not inside another clause ("made remarks at the start of a trip" is no trip)."""
    out: list[Token] = []
    frontier = [tok]
    for _ in range(depth):
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.i in exclude or c.dep_ in _CLAUSAL:
                    continue
                out.append(c)
                nxt.append(c)
        frontier = nxt
    return out


def _infinitive(v: Token, w: Any) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == w.infinitive_marker for c in v.children)


def _code_en(sentence: str, lang: str, offset: int, mentions: list[_Mention],
             doc: Any = None) -> list[CodedEvent] | None:
    if doc is None:
        if models.english() is None:
            return None
        doc = next(models.english_parses([sentence]))
    P = _EnParse(doc, mentions, sentence, lexicon(lang))
    w = P.w

    # 1. event verbs
    found: dict[int, VerbPattern] = {}
    for tok in doc:
        if tok.pos_ != "VERB":
            continue
        subj, _ = P.subject(tok)
        exclude = {t.i for t in subj.subtree} if subj is not None and subj.dep_ == "nsubj" else set()
        p = _pattern_at(tok, lang, exclude)
        if p is not None and p.cameo != "-":
            found[tok.i] = p
    if not found:
        return []

    frames: list[_Frame] = []
    suppressed: set[int] = set()
    demanded: dict[int, str] = {}  # a demand verb -> the code of what it demands
    governed: dict[int, Token] = {}
    for i, p in sorted(found.items(), key=lambda x: -x[0]):  # embedded verbs first
        v = doc[i]
        lemma = v.lemma_.lower()
        code = p.cameo
        rules: list[str] = []
        h = v.head
        # 2. the governing verb decides what the event is
        embedded = h.i != v.i and (v.dep_ in ("xcomp", "ccomp") or (v.dep_ == "advcl" and _infinitive(v, w)))
        if embedded:
            hl = h.lemma_.lower()
            own_subj, _ = P.subject(v)
            control = v.dep_ != "ccomp" or (own_subj is not None and _infinitive(v, w))
            if v.dep_ == "ccomp" and hl in w.demand_that:
                # "demanded that Azerbaijan withdraw its troops": the withdrawal is demanded,
                # not done; the demand takes the act's kind (1056)
                if h.i in found and found[h.i].cameo.startswith("10"):
                    demanded[h.i] = demand_code(code)
                continue
            if control and (hl in w.refuse or any(c.dep_ == "neg" for c in h.children)):
                governed[h.i] = v  # the refusal takes its target from what is refused
                continue  # "refused to help", "would not allow X to help": no help happens
            obj = next((c for c in h.children if c.dep_ in ("dobj", "dative")), None)
            if obj is None and hl == w.call:  # "called on NATO to deploy"
                obj = _prep_object(h, w.call_preps)
            if control and hl in w.appeal and (v.dep_ == "ccomp" or obj is not None or P.is_passive(h)):
                # "asked Obama to help Iran", "wants Putin to attack": an appeal to the
                # object, not an act of it
                if h.i not in found:
                    src_tok, _how = P.controller(h)
                    srcs = P.actors(src_tok)
                    tgts = P.actors(own_subj if v.dep_ == "ccomp" else obj)
                    if srcs and tgts:
                        ap = VerbPattern(lang, w.appeal_text.format(verb=hl, act=lemma), p.anchor, (), "020", "", -1)
                        frames.append(_Frame(ap, "020", srcs, tgts, None, *_clause_span(h), verb=hl,
                                             rules=["appeal"], tok=h))
                continue
            if v.dep_ == "xcomp" and h.i in found and hl in w.want | w.threat | w.pledge | w.keep:
                suppressed.add(h.i)  # "threatened to impose sanctions", "agreed to lift": one event
            if v.dep_ == "xcomp":
                if hl in w.want or hl in w.threat:
                    code, rules = intent_code(code), ["intent"]
                elif hl in w.pledge and code[:2] in ("04", "05", "06", "07", "08"):
                    code, rules = intent_code(code), ["intent"]
        if i in demanded and code.startswith("10"):
            code, rules = demanded[i], [*rules, "demand-of"]
        # 3. negation
        if any(c.dep_ == "neg" for c in v.children):
            nc = negated_code(code)
            if nc is None:
                continue
            code, rules = nc, [*rules, "negated"]
        # 3b. mood: a conflict act under a condition or in the future is a threat
        if is_conflict_act(code) and "intent" not in rules:
            future = any(c.dep_ == "aux" and c.lower_ in P.lx.future_words for c in v.children)
            conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and P.lx.condition_word.fullmatch(m.lower_)
                                                        for m in c.children) for c in v.children)
            if future or conditional:
                code, rules = intent_code(code), [*rules, "conditional" if conditional else "future"]
        # 4. actors
        src_tok, how = P.controller(v)
        srcs: list[Actor] = []
        tgts: list[Actor] = []
        via_with = False
        used: set[int] = set()
        if P.is_passive(v):
            agent = next((c for c in v.children if c.dep_ == "agent"), None)
            if agent is not None:
                srcs = P.actors(next((c for c in agent.children if c.dep_ == "pobj"), None), as_source=True)
                used.update(t.i for t in agent.subtree)
            else:
                srcs = _passive_source(P, v, code, used)
            if src_tok is not None:  # the grammatical subject of a passive is acted on
                tgts = P.actors(src_tok, avoid=v if how == "relcl" else None)
                used.update(t.i for t in src_tok.subtree)
        elif src_tok is not None:
            srcs = P.actors(src_tok, avoid=v if how in ("relcl", "acl") else None, as_source=True)
            used.update(t.i for t in src_tok.subtree)
        if p.inverse:
            giver = _prep_object(v, w.giver_preps)
            if giver is not None:
                tgts, srcs = srcs, P.actors(giver)
                used.update(t.i for t in giver.head.subtree)
        if not tgts:
            tgts, via_with = _targets(P, v, lemma, code, used, srcs)
        if not tgts and i in governed:
            tgts, via_with = _targets(P, governed[i], governed[i].lemma_.lower(), code, used, srcs)
        loc = _location(P, v, used, srcs)
        frames.append(_Frame(p, code, srcs, tgts, loc, *_clause_span(v), verb=lemma, via_with=via_with,
                             rules=[*rules, how] if how and how != "subject" else rules, tok=v))
    frames = [f for f in frames if f.tok is None or f.tok.i not in suppressed]
    return _events_from(_claims(P, frames), offset)


def _clause_span(v: Token) -> tuple[int, int]:
    toks = list(v.subtree)
    return min(t.idx for t in toks), max(t.idx + len(t.text) for t in toks)


def _prep_object(v: Token, preps: Iterable[str]) -> Token | None:
    for t in _companion_scope(v, set(), 2):
        if t.dep_ in ("prep", "agent") and t.lower_ in preps:
            pobj = next((c for c in t.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _passive_source(P: _EnParse, v: Token, code: str, used: set[int]) -> list[Actor]:
    """The actor of a passive without "by": "killed in Israeli tank shelling", "fired at
    it from the Gaza Strip", "was summoned to the Foreign Ministry in Warsaw"."""
    if code[:3] in ("114", "161", "174") or code[:2] == "16":
        # the ministry one is summoned to, or the capital it sits in
        to = _prep_object(v, P.w.summoned_to)
        acts = [a for a in P.actors(to) if a.known] if to is not None else []
        if acts:
            return acts
        for m in P.mentions:
            if m.kind == "capital" and m.country and v.idx < m.start:
                return [Actor(m.country, "GOV")]
        return []
    if code[:2] not in ("17", "18", "19", "20"):
        return []
    doc = P.doc
    # "killed in (an) <Israeli> (tank) shelling|air strike|raid": the named attacker
    for j in range(v.i + 1, min(len(doc), v.i + 7)):
        t = doc[j]
        if t.lemma_.lower() in P.w.attack_nouns or t.lower_ in P.w.attack_nouns:
            acts = [a for a in actors_in([(doc[v.i + 1].idx, t.idx)], P.mentions, P.text, P.lx.code) if a.known]
            if acts:
                used.update(range(v.i + 1, j + 1))
                return acts
            break
        if t.is_punct or t.pos_ == "VERB" and t.lemma_.lower() not in P.w.attack_nouns:
            break
    for c in v.children:
        if c.dep_ == "prep" and c.lower_ == P.w.attacker_from:
            pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
            acts = [a for a in P.actors(pobj) if a.known]
            if acts:
                used.update(t.i for t in c.subtree)
                return acts
    return []


def _targets(P: _EnParse, v: Token, lemma: str, code: str, used: set[int],
             srcs: list[Actor]) -> tuple[list[Actor], bool]:
    """The acted-on actors: object first, then prepositional objects in order. Verbs of
    talking take their partner from "with" only (the object of "discuss" is a topic)."""
    w = P.w
    topic = lemma in w.topic_verbs and code.startswith("04")
    src_countries = {a.country for a in srcs}
    cands: list[tuple[Token, bool]] = []

    def add_prep(c: Token) -> None:
        pobj = next((x for x in c.children if x.dep_ == "pobj"), None)
        if pobj is not None and pobj.i not in used:
            cands.append((pobj, c.lower_ in w.partner_preps))

    for c in v.children:
        if c.i in used:
            continue
        if c.dep_ in ("dobj", "dative", "attr", "oprd"):
            if not topic:
                cands.append((c, False))
            else:  # "held talks with X"
                for x in c.children:
                    if x.dep_ == "prep" and x.lower_ in w.partner_preps:
                        add_prep(x)
        elif c.dep_ == "prep" and c.lower_ in w.target_preps and (not topic or c.lower_ in w.partner_preps):
            add_prep(c)
        elif c.dep_ == "prt":  # "called on Russia": the particle carries the object
            for x in c.children:
                if x.dep_ == "pobj":
                    cands.append((x, False))
        elif c.dep_ == "ccomp" and code.startswith(("11", "10", "02")):
            s, _ = P.subject(c)  # "alleged that France was aware"
            if s is not None:
                cands.append((s, False))
    cands.sort(key=lambda x: x[0].i)
    fallback: tuple[list[Actor], bool] | None = None
    for tok, with_ in cands:
        acts = P.actors(tok)
        if not acts:
            continue
        known = [a for a in acts if a.known]
        # a phrase naming the source's own country and another one: the other one is the
        # target ("bans on travel to Canada against Russian officers")
        other = [a for a in known if a.country not in src_countries]
        if other and len(other) < len(acts):
            return other, with_
        if known or tok.dep_ in ("dobj", "dative"):
            # a named object is the target even without a country ("thanked the
            # ambassador for his contribution to Belarusian-Kazakh cooperation")
            return acts, with_
        if fallback is None:
            fallback = (acts, with_)
    return fallback or ([], False)


def _location(P: _EnParse, v: Token, used: set[int], srcs: list[Actor]) -> str | None:
    """A country named as the place of the act ("protest in Beijing", "visit to Beirut"):
    the object of a locative preposition in v's own clause, not the source's country."""
    src_countries = {a.country for a in srcs}
    for m in P.mentions:
        if m.kind not in ("name", "alias", "capital", "city", "code") or not m.country or m.country in src_countries:
            continue
        if m.kind == "code" and len(m.base or "") > 3:
            continue  # a state organ is an actor, not a place ("Gaza" is both)
        t = P.tok_at.get(m.end - 1)
        while t is not None and t.dep_ in ("compound", "amod", "poss", "nmod", "flat", "appos") and t.head.i != t.i:
            t = t.head
        if t is not None and t.dep_ == "pobj" and t.head.lower_ == P.w.of and t.head.head.dep_ == "pobj":
            t = t.head.head  # "in the east of the Gaza Strip"
        if t is None or t.i in used or t.dep_ != "pobj" or t.head.lower_ not in P.w.loc_preps:
            continue
        x = t
        while x.i != v.i and (x.dep_ not in _CLAUSAL or x.lemma_.lower() in P.w.attack_nouns) and x.head.i != x.i:
            x = x.head  # through "killed in Israeli tank shelling in ...", not through other clauses
        if x.i == v.i:
            return m.country
    return None


def _claims(P: _EnParse, frames: list[_Frame]) -> list[_Frame]:
    """"X said/claimed that Y attacked Z": an accusation of Y by X (112); "X claimed that
    it attacked Z": X claims responsibility (015); "X announced it would free Y": intent."""
    out: list[_Frame] = []
    for f in frames:
        v = f.tok
        if v is None:
            out.append(f)
            continue
        h = v.head
        if v.dep_ != "ccomp" or h.lemma_.lower() not in P.w.speech or h.i == v.i:
            out.append(f)
            continue
        hl = h.lemma_.lower()
        future = any(c.lower_ in P.lx.future_words or (c.dep_ == "aux" and c.lower_ == P.w.going) for c in v.children)
        if future and hl in P.w.announce and "intent" not in f.rules:
            f.code = intent_code(f.code)
            f.rules.append("intent")
            out.append(f)
            continue
        subj_tok, _ = P.controller(h)
        speakers = P.actors(subj_tok)
        violent = f.code[:2] in ("18", "19", "20")
        # only a named state or body accuses; "the ministry said troops shelled X" reports
        if not (violent and any(a.known for a in speakers) and not future and h.i < v.i and "intent" not in f.rules):
            out.append(f)
            continue
        own_subj, _ = P.subject(v)
        bound = own_subj is not None and own_subj.lower_ in P.w.pronouns and f.sources == speakers
        if bound and hl in P.w.admit:
            f.code, f.sources = "015", speakers
            f.rules.append("claim-responsibility")
            out.append(f)
        elif not bound and hl in P.w.claim and f.sources and {a.code for a in f.sources} != {a.code for a in speakers}:
            out.append(_Frame(f.pattern, "112", speakers, f.sources, None, f.start, f.end, verb=hl,
                              rules=[*f.rules, "claim-accuse"]))
        else:
            out.append(f)
    return out


# ------------------------------------------------------------------ the rule-window coder

@dataclass
class _Unit:
    start: int
    end: int
    first_word: int
    last_word: int
    mentions: list[_Mention]
    prep: str  # the word before the unit, lower case
    actors: list[Actor] = field(default_factory=list)
    is_location: bool = False


def _joins(word: str, lx: Lexicon, prev: _Mention) -> bool:
    """May a word between two mentions belong to one actor's name? Names ("Praesident
    Russlands Wladimir Putin"), genitive links ("President of"), and where the pack says so
    the lower-case words of a title ("ministr inostrannykh del Belorussii"); never a verb
    or preposition."""
    if word[:1].isupper() or word.lower() in lx.join_words:
        return True
    w = word.lower()
    return lx.title_tail_joins and prev.kind in ("role", "code") \
        and (w in lx.not_verbs or lx.verb_end is None or not lx.verb_end.search(w)) and w not in lx.stop_words


def _prep_before(words: list[tuple[int, int, str]], wi0: int, lx: Lexicon) -> str:
    """The preposition that governs a mention: the word before it, skipping articles,
    place nouns ("in der Hauptstadt Astana") and a title ("s Toragoy Zhogorku Kenesha")."""
    j = wi0 - 1
    skipped = 0
    while j >= 0:
        w = words[j][2].lower()
        if w in lx.articles or w in lx.place_nouns:
            j -= 1
            continue
        if w in lx.all_preps or skipped >= 1 or not words[j][2][:1].isupper():
            return w
        skipped += 1  # one capitalised title word
        j -= 1
    return ""


def _split_unit(u: _Unit) -> list[_Unit]:
    """"v Akorde premer-ministra Belorussii": a place or state, then a title of another
    country, are two actors; a title followed by a leader's name is one."""
    ms = u.mentions
    for k in range(1, len(ms) - 1):
        prev, cur = ms[k - 1], ms[k]
        if not (prev.is_base and prev.kind != "person" and cur.kind == "role"):
            continue
        nxt = next((m for m in ms[k:] if m.is_base), None)
        if nxt is not None and nxt.kind != "person" and (nxt.base or "")[:3] != (prev.base or "")[:3]:
            head = _Unit(u.start, prev.end, u.first_word, u.first_word, ms[:k], u.prep)
            tail = _Unit(cur.start, u.end, u.first_word, u.last_word, ms[k:], "")
            return [head, *_split_unit(tail)]
    return [u]


def _units(text: str, words: list[tuple[int, int, str]], mentions: list[_Mention], lang: str,
           anchor_words: set[int]) -> list[_Unit]:
    """Mention groups that name one actor (or a conjoined list of actors)."""
    lx = lexicon(lang)
    word_at = {}
    for wi, (s, e, _w) in enumerate(words):
        for c in range(s, e):
            word_at[c] = wi
    units: list[_Unit] = []
    for m in mentions:
        wi0, wi1 = word_at.get(m.start, 0), word_at.get(max(m.start, m.end - 1), 0)
        if units:
            u = units[-1]
            gap = text[u.end : m.start]
            gap_words = range(u.last_word + 1, wi0)
            joinable = (not re.search(r"[,;:.!?()«»\"„“”]", gap) and len(gap_words) <= 3
                        and not any(w in anchor_words for w in gap_words)
                        and all(_joins(words[w][2], lx, u.mentions[-1]) for w in gap_words))
            conj = bool(lx.conj.match(gap))
            if joinable or (conj and m.is_base):
                u.mentions.append(m)
                u.end, u.last_word = m.end, wi1
                continue
        prep = _prep_before(words, wi0, lx)
        units.append(_Unit(m.start, m.end, wi0, wi1, [m], prep))
    units = [part for u in units for part in _split_unit(u)]
    for u in units:
        u.actors = actors_in([(u.start, u.end)], u.mentions, text, lang)
        u.is_location = (u.prep in lx.prep_loc
                         and all(m.kind in ("name", "alias", "capital", "city", "code") and m.base
                                 and len(m.base) <= 6 for m in u.mentions))
    units = [u for u in units if u.actors or u.is_location]
    # a bare title and the country after it: "Botschafter aus Litauen", "posla iz Litvy";
    # a court or police and their city: "Gericht in Minsk", "Sud v Minske"
    for u, v in zip(units, units[1:], strict=False):
        countries = [m.country for m in v.mentions if m.country]
        if not countries or v.first_word - u.last_word > 2 or any(a.known for a in u.actors) or not u.actors:
            continue
        if v.prep in lx.origin_preps or (v.is_location and all(a.role in ("JUD", "COP") for a in u.actors)):
            u.actors = [Actor(countries[0], a.role) for a in u.actors]
            u.end, u.last_word = v.end, v.last_word
            if not v.is_location:
                v.actors = []
    return [u for u in units if u.actors or u.is_location]


def _match_patterns(words: list[tuple[int, int, str]], lang: str) -> list[tuple[int, VerbPattern]]:
    idx = _anchor_index(lang)
    lx = lexicon(lang)
    norm = [lx.norm(w) for _s, _e, w in words]
    before, after = lx.window
    out: list[tuple[int, VerbPattern]] = []
    for i, w in enumerate(norm):
        best: VerbPattern | None = None
        for p in idx.get(w[:2], ()):
            if not p.anchor.matches(w):
                continue
            window = norm[max(0, i - before) : i] + norm[i + 1 : i + after + 1]
            if not all(any(c.matches(x) for x in window) for c in p.companions):
                continue
            if best is None or (len(p.companions), -p.order) > (len(best.companions), -best.order):
                best = p
        if best is not None and best.cameo != "-":
            out.append((i, best))
    return out


def _main_verbs(matches: list[tuple[int, VerbPattern]], words: list[tuple[int, int, str]],
                lang: str) -> list[tuple[int, VerbPattern, bool, str]]:
    """Drop what another event verb governs: an infinitive after it ("warf ihr vor, ...
    beschossen zu haben", "prizvala ... vvesti") and a noun naming an event that a verb of
    the same sentence acts on ("verurteilte die Angriffe", "obvinila ... v obstrele")."""
    lx = lexicon(lang)

    def verbal(i: int, p: VerbPattern) -> bool:
        w = words[i][2]
        if p.companions:
            return True
        if lx.nouns_capitalised:
            return not w[:1].isupper() or i == 0
        if lx.verb_end is not None:
            return bool(lx.verb_end.search(w.lower())) and not w.lower().startswith(lx.noun_stems)
        return True

    def infinitive(i: int) -> bool:
        prev = words[i - 1][2].lower() if i else ""
        nxt = words[i + 1][2].lower() if i + 1 < len(words) else ""
        return (prev in lx.infinitive_before or nxt in lx.infinitive_after
                or words[i][2].lower().endswith(lx.infinitive_endings))

    kinds = [(i, p, verbal(i, p), infinitive(i)) for i, p in matches]
    finite = {i: p for i, p, vb, inf in kinds if vb and not inf}
    dropped: set[int] = set()
    out = []
    for i, p, vb, inf in kinds:
        gov = max((j for j in finite if j < i), default=None) if inf else None
        if gov is not None:
            gcode = finite[gov].cameo
            # "bot an, zu vermitteln", "prigrozil vvesti sanktsii": the offer or threat is
            # the infinitive's intent; "warf vor, beschossen zu haben": the content of a claim
            if gcode.startswith(("03", "13")):
                dropped.add(gov)
                out.append((i, p, True, gcode[:2]))
            continue
        if not vb and finite:
            continue
        out.append((i, p, vb, ""))
    return [x for x in out if x[0] not in dropped]


def _code_patterns(sentence: str, lang: str, offset: int, mentions: list[_Mention]) -> list[CodedEvent]:
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(sentence)]
    matches = _match_patterns(words, lang)
    if not matches:
        return []
    lx = lexicon(lang)
    matches = _main_verbs(matches, words, lang)
    units = _units(sentence, words, mentions, lang, {m[0] for m in matches})
    breaks = [m.start() for m in lx.clause_break.finditer(sentence)]
    passive = lx.passive is not None and bool(lx.passive.search(sentence))
    frames: list[_Frame] = []
    for i, p, verbal, governor in matches:
        a_start = words[i][0]
        lo = max((b for b in breaks if b < a_start), default=0)
        hi = min((b for b in breaks if b > a_start), default=len(sentence))
        clause = [u for u in units if lo <= u.start < hi]
        actors = [u for u in clause if not u.is_location]
        agent = next((u for u in actors if passive and u.prep in lx.prep_agent), None)
        short_passive = lx.short_passive is not None and lx.short_passive.search(words[i][2].lower())
        if agent is None and (passive or short_passive):
            # "wurde ins Auswaertige Amt einbestellt", "Posol Estonii byl vyzvan v MID Rossii":
            # the ministry one is summoned to acts
            agent = next((u for u in actors if u.prep in lx.summoned_to
                          and any(a.role == "GOV" or (a.code or "").endswith("GOV") for a in u.actors)), None)
        partner = next((u for u in actors if u.prep in lx.prep_with), None)
        rest = [u for u in actors if u is not agent and u is not partner]
        before = [u for u in rest if u.end <= a_start]
        after = [u for u in rest if u.start > a_start]
        code = p.cameo
        rules: list[str] = []
        src: _Unit | None
        tgt: _Unit | None
        if p.partner_only:
            after = []  # "Storony obsudili vizit prezidenta Rossii": a topic, not who talks
        participle = lx.participle is not None and bool(lx.participle.search(words[i][2].lower()))
        genitive = next((u for u in after if u.first_word <= i + 2 and u.prep not in lx.all_preps), None)
        if agent is not None:
            src, tgt = agent, (before[0] if before else (after[0] if after else partner))
            rules.append("passive")
        elif not verbal and genitive is not None:
            # "Besuch des Kanzlers in Kasachstan", "vizit Prezidenta Rossii v Kazakhstan"
            src = genitive
            later = [u for u in after if u.start > src.start]
            tgt = partner or (later[0] if later else None)
            rules.append("nominal")
        elif before:
            # a participle ("pribyvshim v Astanu") belongs to the noun just before it
            src = max((u for u in [*before, partner] if u is not None and u.end <= a_start),
                      key=lambda u: u.start) if participle else before[0]
            later = [u for u in rest if u.start > src.start and u is not src]
            tgt = partner if (partner or p.partner_only) else (later[0] if later else None)
        elif after:
            src = after[0]  # "Am Mittwoch verurteilte Frankreich ...", "zayavil Lavrov"
            tgt = partner if (partner or p.partner_only) else (after[1] if len(after) > 1 else None)
        else:
            continue
        if p.inverse and tgt is not None:
            src, tgt = tgt, src
        if governor == "13" or (governor == "03" and code[:2] in ("04", "05", "06", "07", "08")) or (
                not governor and any(lx.norm(w) in lx.intent_words
                                     for s_, _e, w in words[max(0, i - 8) : i] if s_ >= lo)):
            code = intent_code(code)  # "will ... besuchen", "nameren posetit": an intent
            rules.append("intent")
        elif is_conflict_act(code) and (
                lx.condition.search(sentence)
                or any(lx.norm(w) in lx.future_words for _s, _e, w in words[max(0, i - 8) : i + 3])
                or future_verb(words[i][2], lang)):
            code = intent_code(code)  # "wird ... ausweisen", "zakroet granitsu, esli ...": a threat
            rules.append("conditional-or-future")
        near = {lx.norm(w) for _s, _e, w in words[max(0, i - 3) : i + 4]}
        if lx.trailing_negations:  # "unterstuetzt die Sanktionen nicht": the negation ends the clause
            tail = [lx.norm(w) for s_, _e, w in words[i + 1 :] if s_ < hi]
            near |= {w for k, w in enumerate(tail) if w in lx.trailing_negations
                     and not (k + 1 < len(tail) and tail[k + 1] in lx.trailing_negation_unless)}
        if near & lx.negations:
            nc = negated_code(code)
            if nc is None:
                continue
            code, rules = nc, [*rules, "negated"]
        loc_units = [u for u in clause if u.is_location]
        loc = next((m.country for u in loc_units for m in u.mentions if m.country), None)
        if tgt is not None and {a.code for a in tgt.actors} == {a.code for a in src.actors}:
            tgt = None  # "Tokayev received in Akorda ...": not an act on oneself
        src_actors = src.actors
        if len(src.mentions) == 1 and src.mentions[0].kind == "capital":
            src_actors = actors_in([(src.start, src.end)], src.mentions, sentence, lang, as_source=True)
        frames.append(_Frame(p, code, src_actors, tgt.actors if tgt else [], loc, lo, hi,
                             verb=words[i][2].lower(), via_with=tgt is partner and tgt is not None, rules=rules))
    return _events_from(frames, offset)


# ------------------------------------------------------------------ entry point


def _prepare(sentence: str, lang: str, offset: int) -> tuple[str, str, int, list[_Mention]] | None:
    """(sentence without dateline, lang, offset, mentions), or None when the sentence has no
    candidate event verb or no actor with a country or an international code."""
    lang = (lang or "")[:2].lower() or rules_of(None).CODE
    if lang not in available() or not sentence.strip():
        return None
    m = lexicon(lang).dateline.match(sentence)
    if m:  # "MINSK, 9 June (BelTA) – ": the place a report was filed from acts on no one
        sentence, offset = sentence[m.end() :], offset + m.end()
    if not _prefilter(lang).search(sentence):
        return None  # no event verb: nothing to parse
    mentions = find_actor_mentions(sentence, lang)
    if not any(m.is_base for m in mentions):
        return None
    return sentence, lang, offset, mentions


def code_sentence(sentence: str, lang: str, offset: int = 0) -> list[CodedEvent]:
    """CAMEO events of one sentence; spans are offset by `offset` (the sentence's start in
    its document). A language whose pack has parser words is coded over the dependency
    parse (when the parser is installed), the others by word windows."""
    prep = _prepare(sentence, lang, offset)
    if prep is None:
        return []
    sentence, lang, offset, mentions = prep
    if lexicon(lang).parser is not None:
        events = _code_en(sentence, lang, offset, mentions)
        if events is not None:
            return events
    return _code_patterns(sentence, lang, offset, mentions)


def code_text(text: str, lang: str, sentences: Iterable[tuple[int, int]] | None = None,
              batch_size: int = 64) -> list[CodedEvent]:
    """Code every sentence of a text; `sentences` are (start, end) spans, or the text is
    split at sentence-final punctuation. Sentences that need a parse are parsed in batches
    (spaCy's nlp.pipe), which is several times faster than one by one."""
    if sentences is None:
        sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.!?\n]+[.!?]*", text)]
    preps = [p for s, e in sentences if (p := _prepare(text[s:e], lang, s)) is not None]
    parse = bool(preps) and lexicon(preps[0][1]).parser is not None and models.english() is not None
    out: list[CodedEvent] = []
    if parse:
        docs = models.english_parses([p[0] for p in preps], batch_size=batch_size)
        for (sent, lg, off, mentions), doc in zip(preps, docs, strict=True):
            out.extend(_code_en(sent, lg, off, mentions, doc) or [])
        return out
    for sent, lg, off, mentions in preps:
        out.extend(_code_patterns(sent, lg, off, mentions))
    return out
