"""What the coder reads from a language pack, compiled once per language.

Every word the coder knows comes from ``dyad.lang.<code>.cameo`` (and CONDITION_RE,
FUTURE_WORDS, PATTERN_WINDOW of the pack); ``lexicon(lang)`` turns them into sets and
compiled patterns. The modules of this package take what they need from the lexicon and
never branch on a language code.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from dyad.lang import rules as rules_of


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in words) or "(?!)"


@dataclass(frozen=True, eq=False)
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
    prep_of: frozenset[str]  # the patient of an act noun
    prep_loc: frozenset[str]
    all_preps: frozenset[str]
    origin_preps: frozenset[str]
    prep_against: frozenset[str]
    protest_site: frozenset[str]  # a group after them is the site of a protest, whose state is protested against
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
    condition_openers: frozenset[str]  # a clause they open is hypothetical
    that_openers: frozenset[str]  # a clause they open reports what the clause before says
    announce_stems: tuple[str, ...]  # a verb making known the act a noun after it names
    declare_stems: tuple[str, ...]  # verbs reporting a decision: a measure they report is taken
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
    gerund_endings: tuple[tuple[str, str], ...]  # (gerund ending, the past form's ending)
    particle_at_clause_end: bool
    attributive_end: re.Pattern[str] | None  # an event word so ending is an adjective
    separable_particles: tuple[str, ...]  # a separable verb's particles, read as its first letters
    compound_heads: bool  # a compound noun's last part names what it is

    def norm(self, s: str) -> str:
        return s.lower().translate(self.fold)


_DATELINE_TAIL = r"(?:\s*,\s*[^,:()–—\n]{1,40}?)?(?:\s*\([^()]{1,40}\))?\s*(?:[–—:]|--?)\s+"


@lru_cache(maxsize=8)
def lexicon(lang: str) -> Lexicon:
    p = rules_of(lang)
    caps, initials = p.CAMEO_DATELINE_CAPS, p.CAMEO_DATELINE_INITIALS
    conjunctions = _alternation(p.CAMEO_CONJUNCTIONS)
    conj_articles, comma_articles = _alternation(p.CAMEO_CONJ_ARTICLES), _alternation(p.CAMEO_COMMA_ARTICLES)
    return Lexicon(
        code=p.CODE,
        fold=str.maketrans(p.CAMEO_LETTER_FOLD),
        parser=p.CAMEO_PARSER,
        window=p.PATTERN_WINDOW,
        irregular=tuple(p.CAMEO_IRREGULAR_VERBS),
        relaxed_endings=p.CAMEO_RELAXED_ENDINGS,
        modifier_before=re.compile(r"(?<![^\W\d_])(?:" + p.CAMEO_MODIFIER_BEFORE + ")-$", re.IGNORECASE),
        modifier_after=re.compile(p.CAMEO_MODIFIER_AFTER, re.IGNORECASE),
        conj=re.compile(rf"^\s*(?:,\s*)?(?:{conjunctions}|&)\s+(?:(?:{conj_articles})\s+)?$"
                        rf"|^\s*,\s*(?:(?:{comma_articles})\s+)?$", re.IGNORECASE),
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
        prep_of=p.CAMEO_PREP_OF,
        prep_loc=p.CAMEO_PREP_LOC,
        all_preps=p.CAMEO_PREP_WITH | p.CAMEO_PREP_AGENT | p.CAMEO_PREP_LOC,
        origin_preps=p.CAMEO_ORIGIN_PREPS,
        prep_against=p.CAMEO_PREP_AGAINST,
        protest_site=p.CAMEO_PROTEST_SITE_PREPS,
        summoned_to=p.CAMEO_SUMMONED_TO,
        passive=p.CAMEO_PASSIVE,
        short_passive=p.CAMEO_SHORT_PASSIVE,
        participle=p.CAMEO_PARTICIPLE,
        negations=p.CAMEO_NEGATIONS,
        trailing_negations=p.CAMEO_TRAILING_NEGATIONS,
        trailing_negation_unless=p.CAMEO_TRAILING_NEGATION_UNLESS,
        intent_words=p.CAMEO_INTENT_WORDS,
        future_by_morphology=p.CAMEO_FUTURE_BY_MORPHOLOGY,
        clause_break=re.compile(rf"[;:]|,\s*(?:{_alternation(p.CAMEO_CLAUSE_OPENERS)}|{p.CAMEO_CONTRAST_OPENER_RE})\b",
                                re.IGNORECASE),
        condition_openers=p.CAMEO_CONDITION_OPENERS,
        that_openers=p.CAMEO_THAT_OPENERS,
        announce_stems=tuple(p.CAMEO_ANNOUNCE_STEMS),
        declare_stems=tuple(p.CAMEO_DECLARE_STEMS),
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
        gerund_endings=tuple(p.CAMEO_GERUND_ENDINGS),
        particle_at_clause_end=p.CAMEO_PARTICLE_AT_CLAUSE_END,
        attributive_end=p.CAMEO_ATTRIBUTIVE_END,
        separable_particles=tuple(p.CAMEO_SEPARABLE_PARTICLES),
        compound_heads=p.CAMEO_COMPOUND_HEADS,
    )
