"""Properties of clean and extract that hold for every input (hypothesis).

- Nothing raises but ``InputError`` (empty input, no article): any other exception is a bug.
- Every evidence span (events, agreements, figures, quotes, people, title, dateline) lies
  inside the cleaned text; a quote's words and a figure's text lie inside their evidence.
- Extraction is deterministic: the same input twice gives the same record, in one process
  and across processes with different hash seeds.
- Cleaning is idempotent: cleaning the cleaned text gives the same text (the same doc_id).
  The extracted items may change once, because the first cleaning removed the header lines
  that gave the publication date and outlet; from then on, nothing changes.
- The cleaned text's segments map back into the input text (Doc.original_offset).

Profiles (chosen by DYAD_HYPOTHESIS_PROFILE, applied to these tests only): ``dyad`` (the
default: a few dozen examples per property, each test well under 20 s) and ``dyad-long``
(for a nightly or a bug hunt). bench/fuzz_clean.py runs the same checks for a fixed time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from test_hostile import load_bench

import dyad
from conftest import EXAMPLES, ROOT, SEEDS
from dyad.clean import clean
from dyad.model import RawDoc
from dyad.read import InputError

settings.register_profile(
    "dyad", max_examples=30, deadline=None, derandomize=False, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
settings.register_profile(
    "dyad-long", parent=settings.get_profile("dyad"), max_examples=1000,
)
PROFILE = settings.get_profile(os.environ.get("DYAD_HYPOTHESIS_PROFILE", "dyad"))


def scaled(fraction: float) -> settings:
    """The profile, with a share of its examples for the costlier properties."""
    return settings(PROFILE, max_examples=max(5, int(PROFILE.max_examples * fraction)))


SEED_DIR = SEEDS if SEEDS.exists() else EXAMPLES
SEED_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SEED_DIR.glob("*.txt"))]

# The strategies and checks are bench/fuzz_clean.py's, which runs them for a fixed time.
fuzz = load_bench("fuzz_clean")
news_like, mutated_article, html_like = fuzz.news_like, fuzz.mutated_article, fuzz.html_like
any_text = st.one_of(st.text(max_size=400), news_like, mutated_article)
extract_or_none = fuzz.extract_or_none
assert_spans_inside = fuzz.check_record


# -- never raise


@PROFILE
@given(any_text)
@example("")
@example("\x00" * 100)
@example("<html><body>" + "<div>" * 300 + "x" * 100)
@example("Lukashenko met Tokayev.")
def test_extract_never_raises_on_text(text: str) -> None:
    record = extract_or_none(text)
    if record is not None:
        assert_spans_inside(record)


@PROFILE
@given(html_like)
def test_extract_never_raises_on_html(html: str) -> None:
    record = extract_or_none(html)
    if record is not None:
        assert_spans_inside(record)


@PROFILE
@given(st.binary(max_size=3000), st.sampled_from(["text/plain", "text/html"]))
def test_clean_never_raises_on_bytes(data: bytes, media: str) -> None:
    try:
        doc = clean(RawDoc("fuzz", data, media))
    except InputError:
        return
    assert "\x00" not in doc.text and doc.text.strip()


@PROFILE
@given(st.text(alphabet=st.characters(codec=None, categories=["Cs", "Ll", "Lu", "Zs", "Po"]), max_size=300))
def test_clean_survives_lone_surrogates(text: str) -> None:
    """A JSON line may carry "\\ud800": the text reaches clean as a str no codec encodes."""
    try:
        doc = clean(RawDoc("fuzz", b"", "text/plain", hint_text=text))
    except InputError:
        return
    doc.text.encode("utf-8")  # storable


# -- spans, determinism, idempotence on real-looking articles


@scaled(0.5)
@given(st.one_of(news_like, mutated_article))
def test_evidence_inside_and_deterministic(text: str) -> None:
    first = extract_or_none(text)
    second = extract_or_none(text)
    if first is None:
        assert second is None
        return
    assert second is not None
    assert_spans_inside(first)
    assert first.to_json(explain=True) == second.to_json(explain=True)


@PROFILE
@given(mutated_article)
def test_clean_is_idempotent(text: str) -> None:
    try:
        doc = clean(RawDoc("a", text.encode("utf-8"), "text/plain", hint_text=text))
    except InputError:
        return
    again = clean(RawDoc("a", doc.text.encode("utf-8"), "text/plain", hint_text=doc.text))
    assert again.text == doc.text and again.doc_id == doc.doc_id
    # A second re-clean changes nothing at all, metadata included: the first one only lost
    # the header lines (date line, menus) that the cleaned text no longer has.
    third = clean(RawDoc("a", again.text.encode("utf-8"), "text/plain", hint_text=again.text))
    for field in ("text", "doc_id", "language", "outlet", "title", "published", "dateline_place"):
        assert getattr(third, field) == getattr(again, field), field


@scaled(0.3)
@given(mutated_article)
def test_extraction_is_stable_after_one_reclean(text: str) -> None:
    record = extract_or_none(text)
    if record is None:
        return
    once = dyad.extract(record.doc.text)
    twice = dyad.extract(once.doc.text)
    assert once.doc.doc_id == record.doc.doc_id == twice.doc.doc_id
    assert once.to_json() == twice.to_json()


@PROFILE
@given(st.one_of(news_like, mutated_article))
def test_segments_map_back_into_the_input(text: str) -> None:
    try:
        doc = clean(RawDoc("a", text.encode("utf-8"), "text/plain", hint_text=text))
    except InputError:
        return
    covered = 0
    for clean_start, orig_start, length in doc.segments:
        assert doc.text[clean_start:clean_start + length] == text[orig_start:orig_start + length]
        covered += length
    # Every character of the cleaned text comes from the input, but the line breaks joining lines.
    assert covered == len(doc.text) - doc.text.count("\n")
    for pos in (0, len(doc.text) // 2):
        if doc.text[pos:pos + 1] not in ("\n", ""):
            orig = doc.original_offset(pos)
            assert orig is not None and text[orig] == doc.text[pos]


# -- across processes: no dependence on hash seeds or on what ran before


@pytest.mark.slow
def test_same_output_under_different_hash_seeds(tmp_path: Path) -> None:
    inputs = [str(p) for p in sorted(SEED_DIR.glob("*.txt"))]
    dyad_bin = Path(sys.executable).parent / "dyad"
    procs = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed)
        procs.append(subprocess.Popen([str(dyad_bin), "extract", *inputs, "--format", "jsonl"], env=env, cwd=ROOT,
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    outs = [p.communicate(timeout=300) for p in procs]
    for p, (_out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err[-2000:]
    a, b = ([json.loads(line) for line in out.splitlines()] for out, _ in outs)
    assert len(a) == len(inputs)
    for ra, rb in zip(a, b, strict=True):
        assert ra == rb, ra["source"]


def test_every_evidence_span_is_non_empty() -> None:
    for text in SEED_TEXTS:
        record = dyad.extract(text)
        for kind in ("events", "agreements", "figures", "quotes", "people"):
            for item in getattr(record, kind):
                assert item.evidence[0] < item.evidence[1], (kind, item)


def test_a_character_after_a_dropped_soft_hyphen_maps_to_itself() -> None:
    # found by the property above: the end of one segment is also the start of the next
    text = "Ab\u00adcd. MINSK, 9 June (BelTA) \u2013 The two ministers met in Minsk on Monday and talked."
    doc = clean(RawDoc("a", text.encode("utf-8"), "text/plain", hint_text=text))
    for pos, char in enumerate(doc.text):
        if char != "\n":
            orig = doc.original_offset(pos)
            assert orig is not None and text[orig] == char, (pos, char)
