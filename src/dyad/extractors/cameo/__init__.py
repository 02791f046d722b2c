"""A general sentence-level CAMEO event coder, one algorithm for every language.

The language's words are kept apart: the verb and actor tables (data/cameo_verbs.csv,
data/cameo_actors.csv, data/institutions.csv) and the pack's cameo features
(dyad.lang.<code>.cameo, read through ``lexicon``).

1. find actor mentions (``mentions``): countries, capitals and cities (dyad.gazetteer),
   role words, international bodies, state organs, armed groups and leaders;
2. find event verbs (``verbs``): the longest dictionary pattern whose anchor and companion
   words occur (a language with a parser: the anchor is a verb of the dependency parse,
   companions in its subtree; the others: companions within a few words, any order);
3. find who acts on whom. Over the parse (``parser``, ``parse_view``, ``parse_roles``):
   subject (or the agent of a passive) is the source, object and prepositional objects the
   target, subjects are inherited through xcomp/conj/advcl, pronouns resolve to the
   governing clause's subject. Over word windows (``window``, ``units``, ``clauses``): the
   mention group before the verb acts, the group after it (or after the pack's partner
   preposition, "with", "mit") is acted on, agent prepositions ("by", "von") mark a
   passive agent;
4. apply CAMEO's rules that turn one code into another (``transforms``, ``claims``):
   intent ("wants to attack" is a threat, "pledged to free" an intent to release),
   negation ("would not provide support" is a rejection), appeals ("asked X to help"),
   claims ("X said Y attacked Z" is an accusation of Y), and role-dependent codes (a state
   that protests complains officially; protesters who destroy property riot);
5. turn frames into events (``frames``): one per ordered pair of actors.

A sentence without an event verb, or without any actor that has a country or an
international code, gives no event. Patterns are compiled once per process and the
spaCy model is cached; sentences without a candidate verb and an actor are never parsed.
The entry points are ``code_sentence`` and ``code_text`` (``entry``).
"""

from dyad.extractors.cameo.actors import Actor, actors_in
from dyad.extractors.cameo.clauses import future_verb
from dyad.extractors.cameo.entry import code_sentence, code_text
from dyad.extractors.cameo.frames import CodedEvent
from dyad.extractors.cameo.lexicon import Lexicon, lexicon
from dyad.extractors.cameo.mentions import find_actor_mentions
from dyad.extractors.cameo.transforms import demand_code, intent_code, is_conflict_act, negated_code
from dyad.extractors.cameo.verbs import VerbPattern, stems_relaxed, verb_patterns

_stems_relaxed = stems_relaxed  # the name events.py imports

__all__ = [
    "Actor", "CodedEvent", "Lexicon", "VerbPattern", "actors_in", "code_sentence", "code_text", "demand_code",
    "find_actor_mentions", "future_verb", "intent_code", "is_conflict_act", "lexicon", "negated_code",
    "stems_relaxed", "verb_patterns",
]
