"""The extractors' words live in the language packs: every pack defines the tables the
figure, event, agreement, quote and sentence finders read, and the finders follow what a
pack says (a feature, not a branch on a language code)."""

from __future__ import annotations

import pytest

from dyad.extractors.figures import parse_number
from dyad.extractors.text import quoted_spans, sentences
from dyad.lang import available, pack

# The tables the extractors read from the packs (besides those of extract.py), with the type
# each must have: a pack that lacks a feature says so with an empty or None value.
TABLES = {
    # figures
    "THOUSANDS_COMMA": bool, "THOUSANDS_DOT": bool, "AMOUNT_UNIT_LINKS": tuple, "COUNT_SCALES": dict,
    "COUNT_POSSESSIVE_SUFFIX": (str, type(None)), "NUMBER_SIGNS": tuple, "ORDINAL_SUFFIXES": tuple,
    "PERIOD_LAST_YEAR_WORDS": tuple, "CLAUSE_CONJUNCTIONS": tuple, "CLAUSE_AUXILIARIES": tuple,
    "BALANCE_NEGATIVE_WORDS": tuple, "COMPARATIVE_DOWNWARD": frozenset,
    # events
    "PLACE_PREPOSITIONS": tuple, "VISIT_NOUNS": tuple, "VISIT_DESTINATION_PREPOSITIONS": tuple,
    "VISIT_HOST_ARTICLES": tuple, "VISIT_STAY_PREPOSITIONS": tuple, "VISIT_STAY_LINKS": tuple,
    "VISIT_STAY_ARTICLES": tuple,
    # agreements
    "AGREEMENT_INLINE_LIST_WORDS": tuple, "AGREEMENT_ARTICLES": tuple, "AGREEMENT_LIST_ARTICLES": tuple,
    "AGREEMENT_AND_ARTICLES": tuple, "LIST_AND_WORDS": tuple, "LIST_ALSO_WORDS": tuple,
    "AGREEMENT_PASSIVE_AUXILIARIES": tuple, "AGREEMENT_DETERMINERS": tuple, "RELATIVE_PRONOUNS": tuple,
    "TITLE_PLACE_PREPOSITIONS": tuple, "HISTORY_YEAR_PREPOSITIONS": tuple,
    "TITLE_ADJECTIVE_ENDING": (str, type(None)),
    # quotes and sentences
    "QUOTE_PAIRS": dict, "QUOTE_NESTING": tuple, "SENTENCE_ABBREVIATIONS": frozenset,
    "LETTERS_UPPER": str, "LETTERS_LOWER": str,
}


@pytest.mark.parametrize("code", available())
def test_every_pack_defines_the_extractor_tables(code: str) -> None:
    p = pack(code)
    for name, kind in TABLES.items():
        assert hasattr(p, name), f"{code} pack lacks {name}"
        assert isinstance(getattr(p, name), kind), f"{code}.{name} is {type(getattr(p, name)).__name__}"


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("1,500", "en", 1500.0), ("1,500", "de", 1.5), ("1.500", "de", 1500.0), ("1.500", "en", 1.5),
    ("1.500", "ru", 1500.0), ("1 500,5", "ru", 1500.5), ("1,500.5", "en", 1500.5), ("1.500,5", "de", 1500.5),
])
def test_thousands_marks_follow_the_pack(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == value


def test_quote_marks_of_every_pack() -> None:
    text = ("He said: “We will continue this work together with our partners.”\n"
            "Er sagte: „Wir werden diese Arbeit mit unseren Partnern fortsetzen.“\n"
            "Он сказал: «Мы продолжим «эту работу» вместе с нашими партнерами».")
    spans = quoted_spans(text)
    assert [text[q.start : q.end] for q in spans] == [
        "We will continue this work together with our partners.",
        "Wir werden diese Arbeit mit unseren Partnern fortsetzen.",
        "Мы продолжим «эту работу» вместе с нашими партнерами",  # nested guillemets stay inside
    ]


def test_abbreviations_and_capitals_of_every_pack() -> None:
    text = "Mr. Smith met Dr. Jones. Der Umsatz lag bei 5 Mrd. Euro. Встреча прошла в г. Минске. Всё."
    got = [text[s.start : s.end] for s in sentences(text)]
    assert got == ["Mr. Smith met Dr. Jones.", "Der Umsatz lag bei 5 Mrd. Euro.", "Встреча прошла в г. Минске.", "Всё."]
