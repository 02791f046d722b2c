"""The parse gate: a sentence is left unparsed only when the parse could find no event verb in
it, so the coder's output is the same with and without the gate."""

from __future__ import annotations

import pytest

from dyad.extractors import models
from dyad.extractors.cameo import code_text
from dyad.extractors.cameo import entry as entry_module
from dyad.extractors.cameo.gate import may_hold_event
from dyad.extractors.cameo.lexicon import lexicon
from dyad.extractors.cameo.parse_view import ParseView
from dyad.extractors.cameo.parser import _event_verbs

# Sentences written for these tests: acts with regular and irregular verbs, acts named by a
# noun, and sentences whose only verb-like words are nouns or other words.
SENTENCES = [
    "Norway's foreign minister met his Chilean counterpart in Oslo on Tuesday.",
    "Portugal expelled two Moroccan diplomats after the incident at the port.",
    "The Danish premier went to Lima and held talks with the Peruvian president.",
    "Peru denied that its navy had entered Chilean waters.",
    "The ministry announced the expulsion of three Bolivian envoys.",
    "Ecuador's government building stands in the old quarter of the capital.",
    "The cooperation programme between the two universities covers chemistry.",
    "Trade turnover between Iceland and Kenya reached 40 million dollars.",
    "Ghana will not accept any new conditions, the spokesman told reporters.",
    "Senegal's army shelled positions near the border overnight.",
    "The Latvian envoy was summoned to the ministry in Vilnius.",
    "Weather in the region stays mild for the season.",
]


def _english() -> object:
    nlp = models.english()
    if nlp is None:
        pytest.skip("the English model is not installed")
    return nlp


def test_gate_never_hides_an_event_verb_the_parse_finds() -> None:
    _english()
    lx = lexicon("en")
    for doc in models.english_parses(SENTENCES):
        found = _event_verbs(ParseView(doc, [], doc.text, lx), "en")
        if found:
            assert may_hold_event([t.text for t in doc], "en"), doc.text


def test_gate_lets_sentences_without_an_event_word_go_unparsed() -> None:
    _english()
    skipped = [s for s in SENTENCES if not may_hold_event([t.text for t in models.english_doc(s)], "en")]
    assert "Weather in the region stays mild for the season." in skipped
    # "government" starts like "go", "cooperation" like "cooperate": neither can be that verb
    assert "Ecuador's government building stands in the old quarter of the capital." in skipped
    assert "The cooperation programme between the two universities covers chemistry." in skipped
    assert "Norway's foreign minister met his Chilean counterpart in Oslo on Tuesday." not in skipped
    assert "Portugal expelled two Moroccan diplomats after the incident at the port." not in skipped


def test_lemmas_cover_irregular_and_ruler_forms() -> None:
    _english()
    assert "go" in (models.english_lemmas("went") or ())
    assert "deny" in (models.english_lemmas("denied") or ())
    assert "have" in (models.english_lemmas("has") or ())  # the attribute ruler's lemma
    assert "meet" in (models.english_lemmas("met") or ())
    assert "weather" in (models.english_lemmas("Weather") or ())


def test_coder_output_is_the_same_without_the_gate(monkeypatch: pytest.MonkeyPatch) -> None:
    _english()
    text = " ".join(SENTENCES)
    gated = code_text(text, "en")
    monkeypatch.setattr(entry_module, "may_hold_event", lambda _words, _lang: True)
    ungated = code_text(text, "en")
    assert gated == ungated
    assert gated  # the sentences hold events: the comparison is not between two empty lists
