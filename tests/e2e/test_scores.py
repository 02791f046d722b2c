"""The extraction scored end to end with the project's scorer (../shared/eval/score.py):
on the seeds, and on our own articles in three languages (tests/fixtures), which were
written with their gold before the extractors were tuned."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ARTICLES, GOLD, ROOT, SEED_GOLD, SHARED

pytestmark = pytest.mark.slow  # score floors over whole corpora: `make test` skips it, CI runs it (`make test-all`)

SCORER = SHARED / "eval" / "score.py"
DYAD = Path(sys.executable).parent / "dyad"

# Floors, not targets: a change that lowers a score below these fails.
SEED_FLOOR = 0.90
FIXTURE_FLOOR = 0.85  # issue 3: the held-out-style articles at >= 0.85


def score(inputs: list[Path], gold_dir: Path, tmp_path: Path) -> dict:
    out = tmp_path / "pred.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        subprocess.run([str(DYAD), "extract", *map(str, inputs), "--format", "jsonl"], stdout=fh, check=True,
                       cwd=ROOT)
    res = subprocess.run([sys.executable, str(SCORER), str(out), str(gold_dir), "--json"], capture_output=True,
                         text=True, check=True)
    return json.loads(res.stdout)


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not beside the project")
def test_seed_score(tmp_path: Path) -> None:
    seeds = sorted((SHARED / "corpus" / "seeds").glob("*.txt"))
    result = score(seeds, SEED_GOLD, tmp_path)
    print(json.dumps(result, indent=1))
    assert result["overall"] >= SEED_FLOOR, result


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not beside the project")
def test_own_articles_score(tmp_path: Path) -> None:
    articles = sorted(p for p in ARTICLES.iterdir() if p.suffix in {".txt", ".html"})
    golds = {p.stem for p in GOLD.glob("*.json")}
    assert len(articles) >= 15 and {p.stem for p in articles} <= golds
    result = score(articles, GOLD, tmp_path)
    print(json.dumps(result, indent=1))
    assert result["overall"] >= FIXTURE_FLOOR, result


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval is not beside the project")
@pytest.mark.parametrize("lang", ["en", "de", "ru"])
def test_each_language_scores(lang: str, tmp_path: Path) -> None:
    articles = sorted(p for p in ARTICLES.iterdir() if p.stem.startswith(lang + "_"))
    sub = tmp_path / "gold"
    sub.mkdir()
    for a in articles:
        (sub / f"{a.stem}.json").write_text((GOLD / f"{a.stem}.json").read_text(encoding="utf-8"), encoding="utf-8")
    result = score(articles, sub, tmp_path)
    assert result["language"] == 1.0
    assert result["participants"]["f1"] >= 0.6, result
    assert result["quotes"]["f1"] >= 0.5, result


PLOVER_SET = ROOT / "bench" / "plover_sentences" / "score.py"


def test_plover_sentence_set_floor() -> None:
    """The one-sentence set over all 16 PLOVER categories (written for dyad without reading the
    coder): a floor under what it scores now, so a rule change that loses categories fails."""
    res = subprocess.run([sys.executable, str(PLOVER_SET)], capture_output=True, text=True, check=True, cwd=ROOT)
    first = res.stdout.splitlines()[0]
    category = float(first.split("category ")[1].split(";")[0])
    actors = float(first.split("with actors ")[1])
    assert category >= 0.80 and actors >= 0.75, first
