"""The SQL of the collector's memory, the fetches table: what each page gave when it was last
fetched (validators for a conditional GET, a hash of its content, the document it became). The
rules (when to fetch again, what counts as changed) are in dyad.collect."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, select

from dyad.store import schema as t
from dyad.store.db import insert_for


def last_fetch(engine: Engine, url: str) -> tuple[Any, ...] | None:
    """(etag, last_modified, content_hash, doc_id, fetched_at) of the page's last fetch, or None."""
    f = t.fetches.c
    with engine.connect() as conn:
        row = conn.execute(select(f.etag, f.last_modified, f.content_hash, f.doc_id, f.fetched_at)
                           .where(f.url == url)).first()
    return tuple(row) if row else None


def remember_fetch(engine: Engine, url: str, **values: Any) -> None:
    """Record a fetch of `url`: the columns given are written, the others keep what they held."""
    stmt = insert_for(engine, t.fetches).values(url=url, **values)
    stmt = stmt.on_conflict_do_update(index_elements=[t.fetches.c.url], set_={k: stmt.excluded[k] for k in values})
    with engine.begin() as conn:
        conn.execute(stmt)
