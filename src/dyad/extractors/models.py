"""The statistical models, each loaded once per process and shared by the extractors.

Which model reads a language is its pack's to say: ``PERSON_NER`` names the library and model
that find person names (the English pack: spaCy's small pipeline; the Russian pack: natasha;
German: none), ``NAME_MORPHOLOGY`` the analyser that brings inflected names to the nominative.
This module loads them and hides each library's interface.

spaCy's small English pipeline serves two extractors: the person NER (its `ner` component has
its own embedding layer, so it runs with everything else disabled) and the CAMEO coder's
dependency parse (everything but `ner`). One copy instead of two saves a second of start-up and
a model's memory in every worker.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache, lru_cache
from typing import Any

from dyad.lang import pack, rules

PARSE_ONLY = ("ner",)

Span = tuple[int, int, str]  # start, end, the name as the model normalises it


@cache
def spacy_pipeline(model: str) -> Any:
    """A spaCy pipeline, or None if spaCy or the model is not installed."""
    try:
        import spacy

        nlp = spacy.load(model, exclude=["textcat"])
    except (ImportError, OSError):
        return None
    from dyad.extractors.attribute_rules import speed_up

    speed_up(nlp)  # the same attributes, its rules looked up instead of matched one by one
    return nlp


def english() -> Any:
    """The English pipeline (the English pack's NER model), or None if it is not installed."""
    _library, model = pack("en").PERSON_NER
    return spacy_pipeline(model)


def _ner_only(nlp: Any) -> list[str]:
    return [name for name in nlp.pipe_names if name != "ner"]


def english_parses(texts: Iterable[str], batch_size: int = 64) -> Iterator[Any]:
    """Docs with tags, dependency parse and lemmas (no entities)."""
    return english().pipe(texts, batch_size=batch_size, disable=list(PARSE_ONLY))


@lru_cache(maxsize=1)
def natasha() -> tuple[Any, Any, Any, Any]:
    """natasha's segmenter, morphology tagger, NER tagger and morphology vocabulary."""
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    return Segmenter(), NewsMorphTagger(emb), NewsNERTagger(emb), MorphVocab()


def _spacy_persons(texts: list[str], model: str) -> list[list[Span]]:
    """spaCy batches the sentences: one call, not one each."""
    nlp = spacy_pipeline(model)
    if nlp is None:
        return [[] for _t in texts]
    docs = nlp.pipe(texts, batch_size=32, disable=_ner_only(nlp))
    return [[(e.start_char, e.end_char, e.text) for e in doc.ents if e.label_ == "PERSON"] for doc in docs]


def _natasha_persons(texts: list[str], _model: str) -> list[list[Span]]:
    from natasha import Doc as NDoc

    segmenter, morph, ner, vocab = natasha()
    out = []
    for text in texts:
        nd = NDoc(text)
        nd.segment(segmenter)
        nd.tag_morph(morph)
        nd.tag_ner(ner)
        spans = []
        for span in nd.spans:
            if span.type == "PER":
                span.normalize(vocab)
                spans.append((span.start, span.stop, span.normal or span.text))
        out.append(spans)
    return out


_PERSON_NER: dict[str, Callable[[list[str], str], list[list[Span]]]] = {
    "spacy": _spacy_persons,
    "natasha": _natasha_persons,
}
_MORPHOLOGY: dict[str, Callable[[], Any]] = {
    "natasha": lambda: natasha()[3],
}


def person_spans(texts: list[str], lang: str | None) -> list[list[Span]]:
    """The person names the language's statistical NER finds in each text (none for a
    language whose pack names no NER)."""
    ner = rules(lang).PERSON_NER
    if ner is None:
        return [[] for _t in texts]
    library, model = ner
    return _PERSON_NER[library](texts, model)


def morphology(lang: str | None) -> Any:
    """The language's morphology analyser (``parse(word)`` gives tagged parses), or None."""
    name = rules(lang).NAME_MORPHOLOGY
    return _MORPHOLOGY[name]() if name else None
