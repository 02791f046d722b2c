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

        # Components dyad never runs are not loaded at all (a disabled one is still loaded):
        # the sentence splitter (the parse and the NER read one sentence each) and textcat.
        nlp = spacy.load(model, exclude=["textcat", "senter"])
    except (ImportError, OSError):
        return None
    from dyad.extractors.attribute_rules import speed_up

    speed_up(nlp)  # the same attributes, its rules looked up instead of matched one by one
    numpy_products(nlp)
    remember_lemmas(nlp)
    return nlp


def remember_lemmas(nlp: Any) -> bool:
    """Keep every lemma the rule lemmatizer works out, by the token's form, part of speech and
    morphology (all it reads); False when the pipeline lemmatizes otherwise.

    spaCy keeps only the lemmas its rules make: a word the tables call a base form ("the",
    "said" as a past participle of nothing, every singular noun) or whose part of speech has
    no rules (names, numbers, punctuation) is worked out again at each occurrence, reading its
    morphology into a dict each time: a tenth of the parse."""
    if "lemmatizer" not in nlp.pipe_names:
        return False
    lem = nlp.get_pipe("lemmatizer")
    if getattr(lem, "mode", None) != "rule" or not isinstance(getattr(lem, "cache", None), dict):
        return False
    rule, cache = lem.rule_lemmatize, lem.cache

    def lemmatize(token: Any) -> list[str]:
        key = (token.orth, token.pos, token.morph.key)
        forms = cache.get(key)
        if forms is None:
            forms = cache[key] = rule(token)
        return forms

    lem.lemmatize = lemmatize
    return True


def numpy_products(nlp: Any) -> int:
    """Let numpy's BLAS do the layers' matrix products instead of thinc's bundled BLIS; the
    number of layers changed.

    On this project's machines (AMD EPYC, AVX-512) BLIS multiplies the tok2vec layers' small
    matrices three times slower than numpy's OpenBLAS: a third of the parse and of the NER
    went into it. The two differ only in the order they add the products (the tok2vec output
    differs by at most 3e-6 on values up to 5); over 2,711 sentences (the PLOVER sets and the
    English dev pages) every tag, dependency, head, lemma and entity came out the same, and
    no tagger decision there is closer than 6e-4 between its two best tags."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    n = 0
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:  # a GPU's ops, or another backend, are left alone
                node.ops = ops
                n += 1
    return n


def english() -> Any:
    """The English pipeline (the English pack's NER model), or None if it is not installed."""
    _library, model = pack("en").PERSON_NER
    return spacy_pipeline(model)


def _ner_only(nlp: Any) -> list[str]:
    return [name for name in nlp.pipe_names if name != "ner"]


def english_parses(texts: Iterable[Any], batch_size: int = 64) -> Iterator[Any]:
    """Docs with tags, dependency parse and lemmas (no entities); texts, or Docs that
    ``english_tokens`` made (tokenized once)."""
    return english().pipe(texts, batch_size=batch_size, disable=list(PARSE_ONLY))


def english_doc(text: str) -> Any:
    """The text tokenized as the English pipeline does, ready for ``english_parses``."""
    return english().make_doc(text)


# The components that may set a token's lemma, as the lemma tables below know them; another
# component (a trained lemmatizer, a morphologizer) makes every lemma possible.
_LEMMA_KNOWN = frozenset(("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner", "senter"))


@lru_cache(maxsize=1)
def _lemma_tables() -> tuple[dict[str, Any], dict[str, Any], dict[str, set[str]], list[tuple[Any, str]]] | None:
    """The English lemmatizer's rules and exceptions by part of speech, and the lemmas the
    attribute ruler sets (by lower-case form; by pattern where its rule tests no fixed
    form); None when the pipeline lemmatizes otherwise."""
    nlp = english()
    if nlp is None or "lemmatizer" not in nlp.pipe_names or not set(nlp.pipe_names) <= _LEMMA_KNOWN:
        return None
    lem = nlp.get_pipe("lemmatizer")
    if getattr(lem, "mode", None) != "rule":
        return None
    rules = dict(lem.lookups.get_table("lemma_rules", {}))
    exc = dict(lem.lookups.get_table("lemma_exc", {}))
    by_lower: dict[str, set[str]] = {}
    by_test: list[tuple[Any, str]] = []
    if "attribute_ruler" in nlp.pipe_names:
        for rule in nlp.get_pipe("attribute_ruler").patterns:
            lemma = rule["attrs"].get("LEMMA")
            if lemma is None:
                continue
            for pattern in rule["patterns"]:
                _file_ruler_lemma(pattern[rule["index"]], str(lemma), by_lower, by_test)
    return rules, exc, by_lower, by_test


def _file_ruler_lemma(spec: dict[str, Any], lemma: str, by_lower: dict[str, set[str]],
                      by_test: list[tuple[Any, str]]) -> None:
    import re

    form = spec.get("LOWER", spec.get("ORTH"))
    forms = [form] if isinstance(form, str) else form.get("IN") if isinstance(form, dict) else None
    if isinstance(forms, list):
        for f in forms:
            by_lower.setdefault(str(f).lower(), set()).add(lemma)
    elif isinstance(form, dict) and set(form) == {"REGEX"}:
        by_test.append((re.compile(form["REGEX"], re.I), lemma))
    else:  # no fixed form: any token may get it
        by_test.append((re.compile(""), lemma))


@lru_cache(maxsize=65536)
def english_lemmas(word: str) -> frozenset[str] | None:
    """Every lemma the English pipeline may give a token ``word``, whatever part of speech
    the tagger and parser give it (spaCy's rule lemmatizer: the word, the word less an
    ending plus another, an exception of the tables, or what the attribute ruler sets); None
    when the pipeline's lemmas cannot be known so."""
    tables = _lemma_tables()
    if tables is None:
        return None
    rules, exc, by_lower, by_test = tables
    low = word.lower()
    out = {word, low}
    for pairs in rules.values():
        for old, new in pairs:
            if low.endswith(old) and (form := low[: len(low) - len(old)] + new):
                out.add(form)
    for table in exc.values():
        out.update(table.get(low, ()))
    out.update(by_lower.get(low, ()))
    out.update(lemma for test, lemma in by_test if test.search(low))
    return frozenset(out)


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
