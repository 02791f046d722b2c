"""Which sentences the parse coder may skip, decided from their words before spaCy runs.

The parse coder finds an event only at a token whose lemma or form starts an event pattern
(cameo other than "-") whose companion words are all among the sentence's tokens
(``parser._event_verbs``, ``pattern_at``); a sentence with no such token is coded as no event.
Which lemma a token gets depends on the tag the model gives it, but every lemma it can get
is known from the lemmatizer's tables (``models.english_lemmas``). A sentence in which no token
can anchor such a pattern, whatever its tags, is therefore not parsed: the coder's output is
the same, and fewer sentences are parsed: about half on the seed-like pages, a quarter on the
development pages (the prefilter lets "cooperation" and "government" through for "cooperate"
and "go").
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from dyad.extractors import models
from dyad.extractors.cameo.lexicon import lexicon
from dyad.extractors.cameo.verbs import VerbPattern, Word, anchored_by, stem_index, verb_patterns


@lru_cache(maxsize=8)
def _companion_index(lang: str) -> dict[str, tuple[Word, ...]]:
    """Every companion word of the language's patterns, by the first two letters of its stems
    (one letter for a one-letter stem)."""
    idx: dict[str, set[Word]] = {}
    for p in verb_patterns().get(lang, ()):
        for c in p.companions:
            for stem, _exact in c.alts:
                idx.setdefault(stem[:2], set()).add(c)
    return {k: tuple(v) for k, v in idx.items()}


@lru_cache(maxsize=65536)
def _companions(word: str, lang: str) -> frozenset[Word]:
    """The companion words a token completes, by its form or any lemma it may get."""
    lemmas = models.english_lemmas(word) or ()
    norm = lexicon(lang).norm
    idx = _companion_index(lang)
    forms = {norm(word), *(norm(x) for x in lemmas)}
    return frozenset(c for f in forms for c in (*idx.get(f[:2], ()), *idx.get(f[:1], ())) if c.matches(f))


@lru_cache(maxsize=65536)
def _anchored(word: str, lang: str) -> tuple[VerbPattern, ...] | None:
    """The event patterns a token may anchor: as a verb (its lemma or form), or as a noun
    naming an act (its lemma in the pack's act nouns, matched as that verb)."""
    lemmas = models.english_lemmas(word)
    if lemmas is None:
        return None
    lx = lexicon(lang)
    low = lx.norm(word)
    acts = lx.parser.act_nouns if lx.parser is not None else {}
    lemma_forms = {lx.norm(x) for x in lemmas} | {lx.norm(v) for x in lemmas if (v := acts.get(x.lower()))}
    found = anchored_by((low, *lemma_forms), stem_index(lang)).values()
    return tuple(sorted((p for p in found if p.cameo != "-"), key=lambda p: p.order))


def may_hold_event(words: Sequence[str], lang: str) -> bool:
    """False when no token of the sentence (``words``, as the pipeline tokenizes it) can
    anchor an event pattern whose companions the sentence has: the parse would find none.
    True whenever the lemmas cannot be known without the parse."""
    patterns: set[VerbPattern] = set()
    for w in words:
        found = _anchored(w, lang)
        if found is None:
            return True
        patterns.update(found)
    if not patterns:
        return False
    done: set[Word] = set()
    for w in words:
        done |= _companions(w, lang)
    return any(all(c in done for c in p.companions) for p in patterns)
