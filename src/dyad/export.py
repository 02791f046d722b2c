"""Export every table as JSONL, CSV or Parquet, streaming rows in pages."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from dyad.store import dump

PAGE = 5000
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """A value as a CSV cell that a spreadsheet shows and does not run.

    Excel, LibreOffice and Google Sheets take a cell starting with = + - @ (or a tab or carriage
    return before one) as a formula: a headline "=HYPERLINK(...)" would run on the analyst's
    machine. Such text gets a leading apostrophe (OWASP's advice); numbers stay numbers.
    """
    if isinstance(value, list | dict):
        value = json.dumps(value, ensure_ascii=False)
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def export_tables(engine: Engine, out_dir: Path, fmt: str) -> dict[str, int]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    for name in dump.TABLE_NAMES:
        path = out_dir / f"{name}.{fmt}"
        n = 0
        with dump.table_rows(engine, name) as result:
            cols = result.columns
            if fmt == "parquet":
                import pyarrow as pa
                import pyarrow.parquet as pq

                writer = None
                for chunk in result.partitions(PAGE):
                    rows = [{k: (json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v)
                             for k, v in r.items()} for r in chunk]
                    batch = pa.Table.from_pylist(rows)
                    if writer is None:
                        writer = pq.ParquetWriter(path, batch.schema)
                    writer.write_table(batch.cast(writer.schema) if batch.schema != writer.schema else batch)
                    n += len(rows)
                if writer is None:
                    pq.write_table(pa.table({c: pa.array([], pa.string()) for c in cols}), path)
                else:
                    writer.close()
            else:
                with path.open("w", encoding="utf-8", newline="") as fh:
                    w = csv.DictWriter(fh, fieldnames=cols) if fmt == "csv" else None
                    if w:
                        w.writeheader()
                    for row in result:
                        if w:
                            w.writerow({k: csv_cell(v) for k, v in row.items()})
                        else:
                            fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
                        n += 1
        written[name] = n
    return written


def series_schema() -> Any:  # a pyarrow.Schema; pyarrow is imported only when needed
    """Column types of a series table, stated so that an all-empty column still reads as numbers in
    pandas and R (a null-only column would otherwise come out as strings or nulls)."""
    import pyarrow as pa

    from dyad.series import COLUMNS

    types = {"pair": pa.string(), "source": pa.string(), "period": pa.string(), "goldstein_mean": pa.float64(),
             "trade_value": pa.float64(), "trade_low": pa.float64(), "trade_high": pa.float64(),
             "trade_currency": pa.string(), "trade_conflict": pa.bool_()}
    return pa.schema([(c, types.get(c, pa.int64())) for c in COLUMNS])


def write_series(rows: list[dict[str, Any]], path: Path) -> None:
    """A series as .csv (empty cell for no value) or .parquet, by the file's suffix."""
    from dyad.series import COLUMNS

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.suffix.lower() == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = series_schema()
        pq.write_table(pa.Table.from_pylist([{c: r.get(c) for c in COLUMNS} for r in rows], schema=schema), path)
    elif path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)
    else:
        raise ValueError(f"{path.name}: a series is written as .csv or .parquet")
