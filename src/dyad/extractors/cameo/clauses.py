"""Clauses, mood and negation for the rule-window coder: the clause around an event word,
whether it is intended, threatened or negated."""

from __future__ import annotations

from dyad.extractors import models
from dyad.extractors.cameo.lexicon import Lexicon, lexicon
from dyad.extractors.cameo.transforms import intent_code, is_conflict_act, is_measure

Words = list[tuple[int, int, str]]  # (start, end, word) of a sentence


def clause_breaks(sentence: str, lx: Lexicon) -> list[int]:
    """Where clauses break: semicolons, colons, and a comma before a subordinating word."""
    return [m.start() for m in lx.clause_break.finditer(sentence)]


def clause_bounds(breaks: list[int], pos: int, end: int) -> tuple[int, int]:
    """The clause around character pos: from the break before it to the break after it."""
    return max((b for b in breaks if b < pos), default=0), min((b for b in breaks if b > pos), default=end)


def mood(sentence: str, words: Words, i: int, lo: int, lang: str, code: str, governor: str) -> tuple[str, str]:
    """(code, rule) of the event word at word i: an intent when a governing offer or threat
    ``governor`` or an intent word before it in its clause says so ("will ... besuchen",
    "nameren posetit"); a threat when a conflict act is conditional or in the future ("wird
    ... ausweisen", "zakroet granitsu, esli ...")."""
    lx = lexicon(lang)
    # ten words: a verb-final clause puts the modal far ahead ("will die Republik Moldau beim
    # Aufbau einer Grenzpolizei unterstuetzen")
    if governor == "13" or (governor == "03" and code[:2] in ("04", "05", "06", "07", "08")) or (
            not governor and any(lx.norm(w) in lx.intent_words for s_, _e, w in words[max(0, i - 10) : i] if s_ >= lo)):
        return intent_code(code), "intent"
    if governor != "13" and is_measure(code) and not lx.condition.search(sentence) and any(
            lx.norm(w).startswith(lx.declare_stems) for _s, _e, w in words):
        # "die Botschaft werde geschlossen, erklaerte X": a measure reported as decided is taken
        return code, "announced-measure"
    if is_conflict_act(code) and (
            lx.condition.search(sentence)
            or any(lx.norm(w) in lx.future_words for _s, _e, w in words[max(0, i - 8) : i + 3])
            or future_verb(words[i][2], lang)):
        return intent_code(code), "conditional-or-future"
    return code, ""


def negated(words: Words, i: int, hi: int, lx: Lexicon, sentence: str = "") -> bool:
    """A negation within three words of word i, or, where the pack says negation may end the
    clause, anywhere after it up to ``hi`` ("unterstuetzt die Sanktionen nicht"; "nicht nur"
    does not negate). Neither reaches across a comma: "..., ne pozvolyaya sudam vyiti" and
    "..., sollte Paris ... nicht zuruecknehmen" negate another verb."""
    lo = 0
    if sentence:
        lo = sentence.rfind(",", 0, words[i][0]) + 1
        comma = sentence.find(",", words[i][1], hi)
        hi = comma if comma >= 0 else hi
    near = {lx.norm(w) for s_, _e, w in words[max(0, i - 3) : i + 4] if lo <= s_ < hi}
    if lx.trailing_negations:
        tail = [lx.norm(w) for s_, _e, w in words[i + 1 :] if s_ < hi]
        near |= {w for k, w in enumerate(tail) if w in lx.trailing_negations
                 and not (k + 1 < len(tail) and tail[k + 1] in lx.trailing_negation_unless)}
    return bool(near & lx.negations)


def future_verb(word: str, lang: str) -> bool:
    """A perfective verb in the future, where the pack says its morphology marks one (Russian
    "zakroet", "vyshlet"): the morphological analyser says so."""
    if not lexicon(lang).future_by_morphology:
        return False
    parses = models.natasha()[3].parse(word.lower())
    return bool(parses) and "futr" in str(parses[0].tag) and "VERB" in str(parses[0].tag)
