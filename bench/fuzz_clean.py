"""A bounded-time fuzz run of clean + extract: prints inputs tried, failures found, records lost.

    python bench/fuzz_clean.py                      # 60 s with hypothesis (the default engine)
    python bench/fuzz_clean.py --seconds 600 --report fuzz.json
    python bench/fuzz_clean.py --engine atheris     # coverage-guided, when atheris is installed

Each input is checked as tests/e2e/test_properties.py checks it (that file uses the strategies
and checks defined here): nothing raises but InputError, every evidence span lies inside the
cleaned text, the same input gives the same record twice, cleaning the cleaned text changes
nothing, and the cleaned text's segments map back into the input. At the end every input
tried goes through the batch runner and into a SQLite database (``dyad.run.ingest``): each
must come out as one stored record or one named failure, and no "internal error".
``records lost`` counts inputs that came out as neither.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT.parent / "shared" / "corpus" / "seeds"
ARTICLES = ROOT / "tests" / "fixtures" / "articles"


def article_texts() -> list[str]:
    seeds = SEEDS if SEEDS.exists() else ROOT / "examples"
    paths = sorted(seeds.glob("*.txt")) + (sorted(ARTICLES.glob("*.txt")) if ARTICLES.exists() else [])
    return [p.read_text(encoding="utf-8") for p in paths]


# Pieces of news pages in three languages, and the characters that break naive code.
FRAGMENTS = [
    "MINSK, 9 June (BelTA) – ", "ASTANA. Nov. 5. KAZINFORM - ", "МИНСК, 5 марта /БЕЛТА/. ", "BERLIN, 12. März (dpa) - ",
    "President of Belarus Aleksandr Lukashenko ", "Prime Minister of Kazakhstan Alikhan Smailov ",
    "Kassym-Jomart Tokayev", "the Head of State", "the President of Kazakhstan", "he said", "she noted",
    "met with ", " in Minsk on 9 June", "signed a memorandum of understanding on cooperation in agriculture",
    "Trade between Belarus and Kazakhstan reached $1.2 billion in 2023", "grew by 12.5%", "over $441 million",
    "almost 1 billion US dollars", "in January-September 2017", "last year", "can reach $2 billion by 2026",
    "Der Präsident von Belarus Alexander Lukaschenko traf sich mit ", "1,5 Milliarden US-Dollar", "sagte er",
    "„Wir sind Partner“", "Президент Беларуси Александр Лукашенко встретился с ", "товарооборот составил 1,2 млрд долларов",
    "«Казахстан – наш надежный партнер», – сказал он", "в прошлом году", "Владимиром Путиным",
    "“Kazakhstan is our friend and ally,” Natalya Kochanova said. ", "\"We will sign the roadmap\", he added. ",
    "- We have no questions, the Head of State said. ", "Flag Friday, 29 March 2024", "09 June 2021, 18:47",
    "12:58, 5 February", "November 29, 2017", "Share on Facebook", "- Share on VK", "Subscribe to us", "Twitter",
    "Photo: BELTA", "© 2024 All rights reserved", "All news",
    "Official website of the President of the Republic of Kazakhstan", "Tags: Belarus, Kazakhstan", "Read more",
    "Поделиться", "Teilen",
    ". ", ", ", ": ", "; ", "!", "?", " – ", " — ", "-", "(", ")", "[", "]", "/", "“", "”", "«", "»", "„", "\"", "'",
    "$", "€", "%", "0", "1,000", "2.5", "20", "2017", "1 000 000", "½", "١٢٣",
    "\n", "\n\n", "\r\n", "\r", "\t", "\x00", "\x0b", "\x0c", "\x1c", "\x85", "\u2028", "\u2029", "\ufeff",
    "\u200b", "\u202e", "e\u0301", "🇧🇾", "😀", "ﬁ", "İ", "ß", "Ǆ", "\u0301",
]
TAGS = ["<p>", "</p>", "<div>", "</div>", "<span class='x'>", "</span>", "<br>", "<h1>", "</h1>", "<article>",
        "</article>", "<nav>", "</nav>", "<footer>", "</footer>", "<script>", "</script>", "<style>", "<!--",
        "-->", "<![CDATA[", "]]>", "<meta name='pubdate' content='2021-06-09'>", "<time datetime='2017-11-29'>",
        "<title>", "</title>", "<table><tr><td>", "</td></tr></table>", "<a href='/x'>", "</a>", "&amp;", "&nbsp;",
        "&#0;", "&#xD800;", "&bogus;", "<", ">", "<?xml version='1.0'?>", "<svg>", "</svg>", "<noscript>"]
SEPARATORS = st.sampled_from([" ", " ", "\n", "\n\n", "", ". "])

news_like = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12), SEPARATORS), min_size=8, max_size=80,
).map("".join)


def splice(base: str, window: tuple[int, int], edits: list[tuple[int, int, str]]) -> str:
    """Random cuts and insertions into a stretch of a real article (up to 2,500 characters,
    so that one example extracts in a fraction of a second)."""
    start = window[0] % max(1, len(base) - 2500) if window[0] % 3 else 0  # often the page's top
    text = base[start : start + window[1]]
    for pos, cut, insert in edits:
        pos %= len(text) + 1
        text = text[:pos] + insert + text[pos + cut :]
    return text


mutated_article = st.builds(
    splice,
    st.sampled_from(article_texts()),
    st.tuples(st.integers(0, 10_000), st.integers(200, 2500)),
    st.lists(st.tuples(st.integers(0, 10_000), st.integers(0, 300),
                       st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=20))), max_size=6),
)
html_like = st.lists(
    st.one_of(st.sampled_from(TAGS), st.sampled_from(FRAGMENTS), st.text(max_size=8)), min_size=5, max_size=80,
).map(lambda parts: "<!DOCTYPE html><html><body>" + "".join(parts))
any_text = st.one_of(st.text(max_size=400), news_like, mutated_article, html_like)


# -- the checks


def extract_or_none(text: str):  # type: ignore[no-untyped-def]
    import dyad
    from dyad.read import InputError

    try:
        return dyad.extract(text)
    except InputError:
        return None


def check_record(record) -> None:  # type: ignore[no-untyped-def]
    """Evidence inside the cleaned text; quote words and figure text inside their evidence."""
    doc = record.doc
    n = len(doc.text)
    for kind in ("events", "agreements", "figures", "quotes", "people"):
        for item in getattr(record, kind):
            start, end = item.evidence
            assert 0 <= start <= end <= n, (kind, item.evidence, n)
            if kind in ("quotes", "figures"):
                # a quote told over several paragraphs is given on one line: compare the words
                said, span = " ".join(item.text.split()), " ".join(doc.text[start:end].split())
                assert said in span, (kind, item.text, doc.text[start:end])
    for span in (doc.title_span, doc.dateline_span):
        if span:
            assert 0 <= span[0] <= span[1] <= n, span
    if doc.title_span:
        assert doc.text[doc.title_span[0]:doc.title_span[1]] == doc.title
    json.dumps(record.to_json(explain=True), ensure_ascii=False)


def check_clean(text: str) -> None:
    """Re-cleaning is a fixpoint; segments map back into the input."""
    from dyad.clean import clean
    from dyad.model import RawDoc
    from dyad.read import InputError

    try:
        doc = clean(RawDoc("fuzz", b"", "text/plain", hint_text=text))
    except InputError:
        return
    again = clean(RawDoc("fuzz", b"", "text/plain", hint_text=doc.text))
    assert again.text == doc.text, "cleaning the cleaned text changed it"
    for clean_start, orig_start, length in doc.segments:
        assert doc.text[clean_start:clean_start + length] == text[orig_start:orig_start + length], "segment"


def check_input(text: str, determinism: bool = True) -> bool:
    """All the checks on one input; True when it gave a record."""
    record = extract_or_none(text)
    if record is not None:
        check_record(record)
        if determinism:
            again = extract_or_none(text)
            assert again is not None and again.to_json(explain=True) == record.to_json(explain=True), \
                "not deterministic"
    if not text.lstrip()[:1000].lower().startswith(("<!doctype html", "<html")):
        check_clean(text)
    return record is not None


# -- the run


@dataclass
class Report:
    engine: str
    seconds: float = 0.0
    tried: int = 0
    records: int = 0
    refused: int = 0  # InputError: empty input, no article
    failures: dict[str, dict[str, str]] = field(default_factory=dict)  # signature -> first input, error
    failure_count: int = 0
    batch: dict[str, int] = field(default_factory=dict)

    def add_failure(self, text: str, err: BaseException) -> None:
        self.failure_count += 1
        tb = traceback.extract_tb(err.__traceback__)
        where = next((f"{Path(f.filename).name}:{f.lineno}" for f in reversed(tb) if "/dyad/" in f.filename),
                     f"{Path(tb[-1].filename).name}:{tb[-1].lineno}" if tb else "?")
        sig = f"{type(err).__name__} at {where}"
        self.failures.setdefault(sig, {"input": text[:2000], "error": f"{type(err).__name__}: {err}"[:1000]})


def run_one(text: str, report: Report, inputs: list[tuple[str, bool | None]]) -> None:
    """Check one input; remember it with its outcome (a record, none, or a failure: None)."""
    from dyad.read import InputError

    report.tried += 1
    outcome: bool | None = None
    try:
        outcome = check_input(text, determinism=report.tried % 4 == 0)
    except InputError:  # from clean itself
        outcome = False
    except Exception as err:  # the finding: keep the input and go on
        report.add_failure(text, err)
    report.records += outcome is True
    report.refused += outcome is False
    inputs.append((text, outcome))


def fuzz_hypothesis(seconds: float, report: Report, inputs: list[tuple[str, bool | None]]) -> None:
    from hypothesis import HealthCheck, Phase, given, settings

    deadline = time.monotonic() + seconds

    @settings(max_examples=50, deadline=None, database=None, phases=[Phase.generate],
              suppress_health_check=list(HealthCheck))
    @given(any_text)
    def round_(text: str) -> None:
        if time.monotonic() < deadline:
            run_one(text, report, inputs)

    while time.monotonic() < deadline:
        round_()


def fuzz_atheris(seconds: float, report: Report, inputs: list[tuple[str, bool | None]]) -> None:
    import atheris

    deadline = time.monotonic() + seconds

    def one(data: bytes) -> None:
        if time.monotonic() > deadline:
            raise SystemExit(0)  # libFuzzer stops here; the summary is printed after it
        run_one(data.decode("utf-8", "replace"), report, inputs)

    import tempfile

    work = Path(tempfile.mkdtemp(prefix="dyad-fuzz-"))
    corpus = work / "corpus"
    corpus.mkdir()
    for i, text in enumerate(article_texts()):  # start from real articles, cut to -max_len
        (corpus / f"seed{i}").write_bytes(text.encode("utf-8")[:6000])
    atheris.Setup([sys.argv[0], str(corpus), f"-max_total_time={int(seconds) + 5}", "-rss_limit_mb=4096",
                   "-max_len=6000", f"-artifact_prefix={work}/"], one)
    try:
        atheris.Fuzz()
    except SystemExit:
        pass


def instrument_dyad() -> None:
    """Coverage feedback for libFuzzer: every dyad module, imported inside atheris' hook
    before anything else imports it (third-party code stays uninstrumented: fast)."""
    import importlib
    import pkgutil

    import atheris

    with atheris.instrument_imports(include=["dyad"]):
        import dyad

        for mod in pkgutil.walk_packages(dyad.__path__, "dyad."):
            if not mod.name.startswith(("dyad.web", "dyad.cli")):
                try:
                    importlib.import_module(mod.name)
                except ImportError:
                    pass


def batch_check(inputs: list[tuple[str, bool | None]], report: Report, limit: int = 3000) -> None:
    """Every input through the batch runner into SQLite: one record stored (or skipped as a
    duplicate) or one named failure each; an input that gave a record alone must give one here."""
    from dyad.model import RawDoc, Record
    from dyad.run import ingest
    from dyad.store.db import counts, engine_for

    def media(text: str) -> str:  # as dyad.extract decides
        head = text.lstrip()[:1000].lower()
        return "text/html" if head.startswith(("<!doctype html", "<html")) or "<body" in head else "text/plain"

    if len(inputs) > limit:  # the batch extracts every input again: an even sample of a long run
        step = len(inputs) / limit
        inputs = [inputs[int(k * step)] for k in range(limit)]
    items = [RawDoc(f"fuzz-{i}", text.encode("utf-8", "replace"), media(text), hint_text=text)
             for i, (text, _) in enumerate(inputs)]
    results: list[object] = []
    engine = engine_for("sqlite://")
    summary = ingest(items, engine, commit_every=64, on_result=results.append)
    internal = [f for f in summary.failed if "internal error" in f.reason or "not stored" in f.reason]
    for f in internal[:20]:
        report.failure_count += 1
        report.failures.setdefault(f"batch: {f.reason[:80]}", {"input": inputs[int(f.source[5:])][0][:2000],
                                                               "error": f.reason})
    lost = len(items) - len(results)  # inputs the batch never answered for
    lost += sum(1 for (_, alone), res in zip(inputs, results, strict=False) if alone and not isinstance(res, Record))
    stored_docs = counts(engine)["documents"]
    lost += max(0, summary.stored - stored_docs)  # counted as stored, not in the database
    report.batch = {
        "inputs": len(items), "read": summary.read, "stored": summary.stored, "duplicates": summary.duplicates,
        "failed": len(summary.failed), "internal_errors": len(internal), "documents_in_db": stored_docs,
        "records_lost": lost,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--engine", choices=["hypothesis", "atheris"], default="hypothesis")
    ap.add_argument("--report", type=Path, help="write the findings as JSON here")
    ap.add_argument("--batch-limit", type=int, default=3000, help="inputs (an even sample) run through the "
                                                                      "batch runner and the database at the end")
    args = ap.parse_args()
    report = Report(args.engine)
    inputs: list[tuple[str, bool | None]] = []
    if args.engine == "atheris":
        instrument_dyad()
    import dyad

    dyad.extract("MINSK, 9 June (BelTA) – President of Belarus Aleksandr Lukashenko met with Prime Minister "
                 "of Kazakhstan Alikhan Smailov in Minsk.")  # load the models before the clock starts
    t0 = time.monotonic()
    if args.engine == "atheris":
        fuzz_atheris(args.seconds, report, inputs)
    else:
        fuzz_hypothesis(args.seconds, report, inputs)
    report.seconds = round(time.monotonic() - t0, 1)
    batch_check(inputs, report, args.batch_limit)
    kinds = Counter(sig.split(" at ")[0] for sig in report.failures)
    print(f"engine {report.engine}: {report.tried} inputs tried in {report.seconds} s: {report.records} "
          f"gave a record, {report.refused} refused as no article (InputError)")
    print(f"failures found: {report.failure_count} ({len(report.failures)} distinct: {dict(kinds)})")
    for sig, f in report.failures.items():
        print(f"  {sig}: {f['error'][:200]}\n    input: {f['input'][:200]!r}")
    b = report.batch
    print(f"batch: {b['inputs']} of {report.tried} inputs -> {b['stored']} stored, {b['duplicates']} duplicates, {b['failed']} failed "
          f"({b['internal_errors']} internal errors); records lost: {b['records_lost']}")
    if args.report:
        args.report.write_text(json.dumps(report.__dict__, indent=1, ensure_ascii=False), encoding="utf-8")
    return 1 if report.failures or b["records_lost"] else 0


if __name__ == "__main__":
    sys.exit(main())
