"""Speed changes that must not change what is found (issue 17): each shortcut is checked
against the slow way it replaces, on sentences written for these tests."""

from __future__ import annotations

import re

from dyad import gazetteer
from dyad.clean.meta import detect_language
from dyad.clean.pipeline import reads_as_words
from dyad.extractors.events import event_patterns, one_of

SENTENCES = [
    "The Chilean president spoke by telephone with his Norwegian counterpart on Monday.",
    "Weather in the region stays mild for the season.",
    "Der Außenminister Portugals traf seinen Amtskollegen aus Peru in Lissabon.",
    "Министр иностранных дел Перу провёл переговоры с послом Исландии.",
    "Le ministre péruvien a rencontré son homologue islandais à Lima.",
    "Trade turnover between Iceland and Kenya reached 40 million dollars in May.",
    "Ghana and Senegal signed a memorandum on fisheries during the visit.",
]


def test_joined_triggers_find_a_sentence_exactly_when_one_trigger_does() -> None:
    for lang in ("en", "de", "ru", "fr"):
        pats = event_patterns(lang)
        assert pats.any_trigger is not None
        for s in SENTENCES:
            text = f"Intro line.\n{s}\nClosing line."
            start, end = text.index(s), text.index(s) + len(s)
            one = any(p.search(text, start, end) for p in pats.triggers.values())
            assert bool(pats.any_trigger.search(text, start, end)) == one, (lang, s)


def test_patterns_that_cannot_be_joined_are_not() -> None:
    assert one_of([r"(?P<verb>met)", r"talks"]) is None  # named group
    assert one_of([r"(a)\1", r"talks"]) is None  # numbered back reference
    assert one_of([r"(?i)met", r"talks"]) is None  # flag set inside
    assert one_of([]) is None
    joined = one_of([r"met(?!\w)", r"(?<!\w)talks"])
    assert joined is not None and joined.search("They met.") and not joined.search("metal smalltalks")


def test_remembered_scans_are_the_scans() -> None:
    gazetteer.forget_scans()
    text = "The presidents of Kazakhstan and Belarus met in Samarkand; Uzbek officials joined them."
    first = gazetteer.find_countries(text, "en", cities=True)
    again = gazetteer.find_countries(text, "en", cities=True)
    assert first == again and first is not again
    first.clear()  # a caller changing its list changes no later answer
    assert gazetteer.find_countries(text, "en", cities=True) == again
    assert [(m.iso3, m.kind) for m in again] == [("KAZ", "name"), ("BLR", "name"), ("UZB", "city"), ("UZB", "adjective")]
    # the kinds asked for are part of what is remembered: without cities, no city
    assert [m.kind for m in gazetteer.find_countries(text, "en")] == ["name", "name", "adjective"]
    gazetteer.forget_scans()
    assert gazetteer.find_countries(text, "en", cities=True) == again


def test_remembered_scans_of_a_long_text_are_the_scans() -> None:
    gazetteer.forget_scans()
    text = " ".join(f"Day {k}: envoys of Ghana met Peruvian officials in Lima and Accra." for k in range(40))
    assert len(text) > gazetteer._SCAN_CACHE_CHARS
    fresh = gazetteer._gaz()._scan(text, "en", frozenset((*gazetteer.COUNTRY_KINDS, "city", "")))
    first = gazetteer.find_countries(text, "en", cities=True)
    assert [(m.start, m.end) for m in first] == [(s, e) for s, e, ent in fresh if ent.iso3]
    assert gazetteer.find_countries(text, "en", cities=True) == first  # kept
    assert gazetteer.find_countries(text, "en") == [m for m in first if m.kind != "city"]  # other kinds apart
    for k in range(gazetteer._SCAN_CACHE_LONG + 2):  # the oldest long scans make room
        gazetteer.find_countries(f"{k} {text}", "en")
    assert len(gazetteer._gaz()._scanned_long) <= gazetteer._SCAN_CACHE_LONG
    gazetteer.forget_scans()
    assert not gazetteer._gaz()._scanned_long
    assert gazetteer.find_countries(text, "en", cities=True) == first


def _reads_as_words_slowly(text: str) -> bool:
    words = re.findall(r"[^\W\d_]{2,}", text[:20_000])
    plain = sum(1 for w in words if w.islower() or w.isupper() or w.istitle() or w.lower() == w.upper())
    return plain >= 0.6 * len(words)


def test_word_case_check_stops_early_with_the_same_answer() -> None:
    for text in ["", "42 17", *SENTENCES, "ThE mInIsTeR sAiD tHaT", "The mInIsTeR sAiD tHaT tRaDe GrEw",
                 "Ab Cd eF gH iJ kL mn op qr st"]:
        assert reads_as_words(text) == _reads_as_words_slowly(text), text


def test_script_decides_cyrillic_before_the_detector() -> None:
    assert detect_language(SENTENCES[3] + " " + SENTENCES[3]) == "ru"
    assert detect_language(SENTENCES[0] + " " + SENTENCES[5]) == "en"
    # a Latin text quoting a few Cyrillic words stays with the detector
    assert detect_language(SENTENCES[0] + " Он сказал. " + SENTENCES[5]) == "en"


def _forms_to_try(lang: str) -> list[str]:
    """Each anchor stem of the language as it stands, inflected, cut short and in other
    words, and the words of the test sentences."""
    from dyad.extractors.cameo.verbs import verb_patterns

    out = {w.lower() for s in SENTENCES for w in re.findall(r"\w+", s)}
    for p in verb_patterns().get(lang, ()):
        for stem, _exact in p.anchor.alts:
            out.update((stem, stem + "ed", stem + "s", stem[:-1], stem[:2], stem[:1], "re" + stem))
    return sorted(out)


def test_one_stem_index_finds_the_patterns_word_matches_finds() -> None:
    from dyad.extractors.cameo.verbs import anchored_by, stem_index, verb_patterns

    for lang in ("en", "de", "ru", "fr"):
        patterns = verb_patterns().get(lang, ())
        assert all(len(stem) >= 2 for p in patterns for stem, _e in p.anchor.alts)  # the index looks up no shorter
        forms = _forms_to_try(lang)
        for a, b in zip(forms, [*forms[1:], ""], strict=True):
            slow = {id(p) for p in patterns if p.anchor.matches(a, b)}
            assert set(anchored_by((a, b), stem_index(lang))) == slow, (lang, a, b)


def test_remembered_lemmas_are_the_lemmatizers() -> None:
    import pytest

    from dyad.extractors import models

    spacy = pytest.importorskip("spacy")
    try:
        nlp = spacy.load(models.pack("en").PERSON_NER[1], exclude=["textcat", "senter"])
    except OSError:
        pytest.skip("no English pipeline")
    text = ("The envoys were recalled and the talks went on. She said the ministers had met twice; "
            "the Kenyan delegation is meeting them again, and Iceland's prime minister agreed.")
    plain = [(t.text, t.lemma_) for t in nlp(text)]
    assert models.remember_lemmas(nlp)
    for _ in range(2):  # filled, then read
        assert [(t.text, t.lemma_) for t in nlp(text)] == plain


def test_form_sets_find_a_companion_exactly_when_word_matches_does() -> None:
    from dyad.extractors.cameo.parser import _FormSets
    from dyad.extractors.cameo.verbs import verb_patterns

    for lang in ("en", "de", "ru", "fr"):
        forms = _forms_to_try(lang)
        pairs = [(a, b) for a, b in zip(forms[::7], [*forms[3::7], "", ""], strict=False)]
        companions = {c for p in verb_patterns().get(lang, ()) for c in p.companions}
        for k in range(0, len(pairs), 5):
            scope = pairs[k : k + 5] + [("", "")]
            sets = _FormSets(scope)
            for c in companions:
                assert sets.has(c) == any(c.matches(f, lm) for f, lm in scope), (lang, c, scope)
