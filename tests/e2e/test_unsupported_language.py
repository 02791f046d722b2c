"""A language dyad has no pack for is named as such, with a warning and no facts guessed with
another language's rules. Texts written for the test."""

from __future__ import annotations

import dyad

ITALIAN = ("Il presidente del Consiglio italiano ha incontrato ieri a Roma il cancelliere tedesco per discutere "
           "della cooperazione economica e della sicurezza energetica. I due leader hanno firmato un accordo "
           "sulla ricerca e hanno annunciato una nuova commissione intergovernativa per il prossimo anno.")


def test_an_italian_article_is_named_and_warned_about() -> None:
    # French has a pack now: see tests/lang/test_fr.py
    for text, code in ((ITALIAN, "it"),):
        r = dyad.extract(text, source="t.txt")
        assert r.doc.language == code
        assert r.warnings == [f"no language pack for {code}"]
        assert not r.people and not r.events and not r.quotes and not r.figures
        assert r.to_json()["warnings"] == [f"no language pack for {code}"]


def test_a_short_english_sentence_stays_english() -> None:
    r = dyad.extract("Russia expelled two Estonian diplomats.", source="t.txt")
    assert r.doc.language == "en" and r.events
