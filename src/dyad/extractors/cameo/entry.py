"""The coder's entry points: one sentence, or every sentence of a text (parsed in batches)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from dyad.extractors import models
from dyad.extractors.cameo.frames import CodedEvent
from dyad.extractors.cameo.gate import may_hold_event
from dyad.extractors.cameo.lexicon import lexicon
from dyad.extractors.cameo.mentions import Mention, find_actor_mentions
from dyad.extractors.cameo.parser import code_parsed
from dyad.extractors.cameo.verbs import prefilter
from dyad.extractors.cameo.window import code_window
from dyad.lang import available
from dyad.lang import rules as rules_of

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]*")


def _prepare(sentence: str, lang: str, offset: int, known: Sequence[Mention] = (),
             tokens: dict[tuple[int, int], Any] | None = None) -> tuple[str, str, int, list[Mention]] | None:
    """(sentence without dateline, lang, offset, mentions), or None when the sentence has no
    candidate event verb or no actor with a country or an international code. ``known`` are
    actors the document already knows (its persons), with spans in the document's offsets.
    With ``tokens``, a sentence the parser would read is tokenized (kept there by its span) and
    dropped when no token can anchor an event (gate), before its actors are looked up."""
    lang = (lang or "")[:2].lower() or rules_of(None).CODE
    if lang not in available() or not sentence.strip():
        return None
    m = lexicon(lang).dateline.match(sentence)
    if m:  # "MINSK, 9 June (BelTA) – ": the place a report was filed from acts on no one
        sentence, offset = sentence[m.end() :], offset + m.end()
    if not prefilter(lang).search(sentence):
        return None  # no event verb: nothing to parse
    if tokens is not None and lexicon(lang).parser is not None and models.english() is not None:
        doc = models.english_doc(sentence)
        if not may_hold_event([t.text for t in doc], lang):
            return None  # no token can anchor an event: the parse would find none
        tokens[offset, len(sentence)] = doc
    mentions = with_known(find_actor_mentions(sentence, lang), known, offset, len(sentence))
    if not any(m.is_base for m in mentions):
        return None
    return sentence, lang, offset, mentions


def with_known(mentions: list[Mention], known: Sequence[Mention], offset: int, length: int) -> list[Mention]:
    """The sentence's mentions with the document's known actors inside it ("Foreign Minister
    Park Jin criticized ...": a person of the report is an actor of his country, though no
    table names him); a span the tables already cover keeps their reading."""
    extra = [replace(m, start=m.start - offset, end=m.end - offset) for m in known
             if offset <= m.start and m.end <= offset + length]
    taken = [(m.start, m.end) for m in mentions]
    extra = [m for m in extra if not any(a < m.end and m.start < b for a, b in taken)]
    return sorted([*mentions, *extra], key=lambda m: (m.start, -(m.end - m.start))) if extra else mentions


def code_sentence(sentence: str, lang: str, offset: int = 0, known: Sequence[Mention] = ()) -> list[CodedEvent]:
    """CAMEO events of one sentence; spans are offset by `offset` (the sentence's start in
    its document). A language whose pack has parser words is coded over the dependency
    parse (when the parser is installed), the others by word windows."""
    prep = _prepare(sentence, lang, offset, known)
    if prep is None:
        return []
    sentence, lang, offset, mentions = prep
    if lexicon(lang).parser is not None:
        events = code_parsed(sentence, lang, offset, mentions)
        if events is not None:
            return events
    return code_window(sentence, lang, offset, mentions)


def code_text(text: str, lang: str, sentences: Iterable[tuple[int, int]] | None = None,
              batch_size: int = 64, known: Sequence[Mention] = ()) -> list[CodedEvent]:
    """Code every sentence of a text; `sentences` are (start, end) spans, or the text is
    split at sentence-final punctuation. Sentences that need a parse are parsed in batches
    (spaCy's nlp.pipe), which is several times faster than one by one. ``known`` are actors
    the document knows beyond the tables (its persons), spans in the text's offsets."""
    if sentences is None:
        sentences = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    tokens: dict[tuple[int, int], Any] = {}  # each sentence tokenized once, for the gate and the parse
    preps = [p for s, e in sentences if (p := _prepare(text[s:e], lang, s, known, tokens)) is not None]
    parse = bool(preps) and lexicon(preps[0][1]).parser is not None and models.english() is not None
    out: list[CodedEvent] = []
    if parse:
        docs = models.english_parses([tokens[p[2], len(p[0])] for p in preps], batch_size=batch_size)
        for (sent, lg, off, mentions), doc in zip(preps, docs, strict=True):
            out.extend(code_parsed(sent, lg, off, mentions, doc) or [])
        return out
    for sent, lg, off, mentions in preps:
        out.extend(code_window(sent, lg, off, mentions))
    return out
