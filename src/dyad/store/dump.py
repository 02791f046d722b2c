"""Every table, row by row, streamed in pages: what `dyad export` writes. The two tables of
people as written also get the actor's English name and title, so that an export names people
as the CLI and the page do."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, Select, select

from dyad.store import schema as t
from dyad.titles import english_title

TABLE_NAMES = [table.name for table in t.TABLES]


class TableRows:
    """The rows of one table as dicts of its columns (`columns`), read as the database streams them."""

    def __init__(self, result: Any, columns: list[str], named: bool) -> None:
        self.result, self.columns, self.named = result, columns, named

    def _row(self, r: Any) -> dict[str, Any]:
        if not self.named:
            return dict(r)
        when = r.get("_date") or r.get("_when")
        row = {k: r[k] for k in self.columns if k != "title_en"}
        row["title_en"] = english_title(r["title"], r["actor_id"], when, r["_lang"])
        return row

    def partitions(self, size: int) -> Iterator[list[dict[str, Any]]]:
        for chunk in self.result.mappings().partitions(size):
            yield [self._row(r) for r in chunk]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return (self._row(r) for r in self.result.mappings())


@contextmanager
def table_rows(engine: Engine, name: str) -> Iterator[TableRows]:
    """The rows of the table `name` (one of TABLE_NAMES) in primary-key order, streamed."""
    table = t.metadata.tables[name]
    query, named = _query(table)
    columns = [c.name for c in table.columns] + (["name_en", "title_en"] if named else [])
    with engine.connect() as conn:
        yield TableRows(conn.execution_options(stream_results=True).execute(query), columns, named)


def _query(table: t.Table) -> tuple[Select[Any], bool]:
    """The rows of one table; those of actor_names and participants with the actor's English name
    and what its English title needs (the date and language of the report)."""
    a, d, e = t.actors, t.documents, t.events
    order = list(table.primary_key.columns)
    if table is t.actor_names:
        q = (select(table, a.c.name_en, d.c.published.label("_when"), d.c.language.label("_lang"))
             .join(a, a.c.actor_id == table.c.actor_id).join(d, d.c.doc_id == table.c.doc_id))
        return q.order_by(*order), True
    if table is t.participants:
        q = (select(table, a.c.name_en, e.c.date.label("_date"), d.c.published.label("_when"),
                    d.c.language.label("_lang"))
             .join(a, a.c.actor_id == table.c.actor_id).join(e, e.c.event_id == table.c.event_id)
             .join(d, d.c.doc_id == e.c.doc_id))
        return q.order_by(*order), True
    return select(table).order_by(*order), False
