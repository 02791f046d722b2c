"""Score dyad on the fourth held-out one-sentence PLOVER set (same columns and scoring as set 1).

    python bench/plover_sentences4/score.py [--verbose]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SET1 = HERE.parent / "plover_sentences" / "score.py"


def main(argv: list[str]) -> int:
    spec = importlib.util.spec_from_file_location("plover_score_set1", _SET1)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.main([*argv, str(HERE / "sentences.tsv")])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
