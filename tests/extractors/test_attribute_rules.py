"""The attribute ruler by look-up sets what spaCy's own ruler sets, token for token."""

from __future__ import annotations

import pytest

from dyad.extractors.attribute_rules import FastRuler, Unsupported, speed_up

SENTENCES = [
    "Russia accused Ukraine of shelling the plant, and there were no talks on Friday.",
    "I ain't gonna sign it, y'all know that; let's wait, c'mon.",
    "The ministers met in Minsk   and agreed to expand trade to $5 bn by 2025.",
    "Lukashenko said Belarus is ready to supply 300 combines; it's been doin' fine.",
    "Er sagte, dass Deutschland und Kasachstan zusammenarbeiten.",
    "Он заявил, что переговоры продолжатся.",
    "",
]


def test_same_tokens_as_spacy() -> None:
    spacy = pytest.importorskip("spacy")
    from dyad.lang import pack

    _library, model = pack("en").PERSON_NER
    try:
        ref = spacy.load(model, exclude=["textcat", "ner"])
        new = spacy.load(model, exclude=["textcat", "ner"])
    except OSError:
        pytest.skip("the English model is not installed")
    assert speed_up(new)

    def tokens(nlp: object) -> list[list[tuple[str, str, str, str]]]:
        return [[(t.tag_, t.pos_, str(t.morph), t.lemma_) for t in d] for d in nlp.pipe(SENTENCES)]  # type: ignore[attr-defined]

    assert tokens(new) == tokens(ref)


def test_unknown_pattern_keeps_spacy() -> None:
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "a", "OP": "+"}]], {"LEMMA": "x"})
    assert not speed_up(nlp)
    ruler2 = spacy.blank("en").add_pipe("attribute_ruler")
    ruler2.add([[{"TEXT": "a"}]], {"LEMMA": "x"})
    with pytest.raises(Unsupported):
        FastRuler(ruler2)
