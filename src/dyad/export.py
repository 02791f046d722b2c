"""Export every table as JSONL, CSV or Parquet, streaming rows in pages."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from sqlalchemy import Engine, select

from dyad.store import schema as t

PAGE = 5000


def export_tables(engine: Engine, out_dir: Path, fmt: str) -> dict[str, int]:
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[str, int] = {}
    for table in t.TABLES:
        cols = [c.name for c in table.columns]
        path = out_dir / f"{table.name}.{fmt}"
        n = 0
        with engine.connect() as conn:
            result = conn.execution_options(stream_results=True).execute(select(table).order_by(*table.primary_key.columns))
            if fmt == "parquet":
                import pyarrow as pa
                import pyarrow.parquet as pq

                writer = None
                for chunk in result.mappings().partitions(PAGE):
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
                    for r in result.mappings():
                        row = dict(r)
                        if w:
                            w.writerow({k: json.dumps(v, ensure_ascii=False) if isinstance(v, list | dict) else v
                                        for k, v in row.items()})
                        else:
                            fh.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
                        n += 1
        written[table.name] = n
    return written
