"""Writing records and reading them back. Idempotent on doc_id; safe for concurrent writers.

A document and everything extracted from it are written in one transaction, and only
when the document row was new (INSERT ... ON CONFLICT DO NOTHING reports it), so two
ingests of the same file, even at once into one PostgreSQL, store it once.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, create_engine, delete, event, func, inspect, make_url, select, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import ArgumentError, DBAPIError

from dyad.model import Failure, Record
from dyad.store import schema as t

DEFAULT_URL = "sqlite:///dyad.db"
log = logging.getLogger(__name__)
T = TypeVar("T")


class DatabaseMissing(Exception):
    """A read command pointed at a database that does not exist; the message is one line."""


def engine_for(url: str | None = None, create: bool = True) -> Engine:
    """An engine for ``url``; with ``create`` the tables are made when missing. Read commands pass
    ``create=False``: a mistyped SQLite path must be an error, not a new empty database."""
    url = url or DEFAULT_URL
    if not create:
        _check_exists(url)
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url[len("postgresql://") :]
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 60})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(conn, _record):  # type: ignore[no-untyped-def]
            # WAL: readers (the web server) do not block the writer; foreign keys on.
            cur = conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")
            cur.close()
            # SQLAlchemy, not the sqlite3 module, begins transactions: the module's own implicit
            # BEGIN breaks SAVEPOINT, which write_records uses to drop one bad document alone.
            conn.isolation_level = None

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn):  # type: ignore[no-untyped-def]
            conn.exec_driver_sql("BEGIN")
    else:
        engine = create_engine(url, pool_pre_ping=True)
    if create:
        create_schema(engine)
    elif not inspect(engine).has_table(t.documents.name):
        engine.dispose()
        raise DatabaseMissing(f"{_shown(url)} is not a dyad database (no documents table); run dyad ingest first")
    return engine


def _shown(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _check_exists(url: str) -> None:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseMissing(f"{url!r} is not a database URL (e.g. sqlite:///dyad.db)") from None
    if parsed.get_backend_name() != "sqlite":
        return  # a server database that is missing is reported by the server when connecting
    path = parsed.database or ""
    if path in ("", ":memory:") or path.startswith("file:"):
        return
    if not Path(path).is_file():
        raise DatabaseMissing(f"no database at {path} ({url}); run dyad ingest first or check --db")


# Lists go newest first with undated rows last (DESC NULLS LAST). A PostgreSQL b-tree read backwards
# gives NULLS FIRST, so it would sort the whole table for one page; these indexes are in list order.
# (SQLite puts NULLs last when descending anyway: the plain indexes serve it.)
POSTGRES_INDEXES = (
    "CREATE INDEX IF NOT EXISTS ix_events_date_desc ON events (date DESC NULLS LAST, event_id)",
    "CREATE INDEX IF NOT EXISTS ix_documents_published_desc ON documents (published DESC NULLS LAST, doc_id)",
)
SCHEMA_LOCK = 0x64796164  # "dyad": PostgreSQL advisory lock held while creating the tables


def create_schema(engine: Engine) -> None:
    """The tables, once, even when several `dyad ingest` start at the same moment on a new database."""
    for attempt in range(5):
        try:
            with engine.begin() as conn:
                if engine.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": SCHEMA_LOCK})
                t.metadata.create_all(conn)
                # create_all makes the indexes of new tables only: a database made by an earlier
                # version gets the ones added since (ix_events_cluster, ...) here, once.
                for table in t.TABLES:
                    for index in table.indexes:
                        index.create(conn, checkfirst=True)
                if engine.dialect.name == "postgresql":
                    for ddl in POSTGRES_INDEXES:
                        conn.execute(text(ddl))
            return
        except DBAPIError as err:
            # SQLite: the other process created a table between our check and our CREATE.
            if attempt == 4 or not ("already exists" in str(err.orig) or _transient(err)):
                raise
            time.sleep(0.1 * (attempt + 1))


def insert_for(engine: Engine, table: t.Table):  # type: ignore[no-untyped-def]
    """INSERT in the engine's own dialect, which offers ON CONFLICT (PostgreSQL, SQLite)."""
    return (pg_insert if engine.dialect.name == "postgresql" else sqlite_insert)(table)


def pair_of(countries: list[str]) -> str | None:
    cs = sorted({c for c in countries if c})
    return "-".join(cs[:2]) if len(cs) >= 2 else (cs[0] if cs else None)


def rows_for(record: Record) -> dict[str, list[dict[str, Any]]]:
    d = record.doc
    now = datetime.now(UTC).isoformat(timespec="seconds")
    rows: dict[str, list[dict[str, Any]]] = {k.name: [] for k in t.TABLES}
    rows["documents"].append({
        "doc_id": d.doc_id, "source": d.source, "url": d.url, "outlet": d.outlet, "language": d.language,
        "title": d.title, "published": d.published, "dateline": d.dateline_place, "fetched": d.fetched,
        "text": d.text, "ingested_at": now,
    })
    seen_actor: set[str] = set()

    def actor(p) -> None:  # type: ignore[no-untyped-def]
        if p.actor_id not in seen_actor:
            seen_actor.add(p.actor_id)
            rows["actors"].append({"actor_id": p.actor_id, "name_en": p.name_en, "country": p.country})
            rows["actor_names"].append({"actor_id": p.actor_id, "doc_id": d.doc_id, "name": p.name,
                                        "title": p.title, "country": p.country,
                                        "start": p.evidence[0], "end": p.evidence[1]})

    for p in record.people:
        actor(p)
    for i, e in enumerate(record.events):
        eid = f"{d.doc_id}:e{i}"
        rows["events"].append({
            "event_id": eid, "doc_id": d.doc_id, "type": e.type, "plover": e.plover, "cameo": e.cameo,
            "source_actor": e.source, "target_actor": e.target, "date": e.date,
            "date_inferred": e.date_inferred, "location": e.location,
            "start": e.evidence[0], "end": e.evidence[1], "cluster_id": eid,
        })
        seen_part: set[str] = set()
        for p in e.participants:
            actor(p)
            if p.actor_id in seen_part:
                continue
            seen_part.add(p.actor_id)
            rows["participants"].append({"event_id": eid, "actor_id": p.actor_id, "name": p.name,
                                         "title": p.title, "country": p.country})
    for i, a in enumerate(record.agreements):
        rows["agreements"].append({
            "agreement_id": f"{d.doc_id}:a{i}", "doc_id": d.doc_id, "title": a.title, "kind": a.kind,
            "parties": a.parties, "date": a.date, "start": a.evidence[0], "end": a.evidence[1],
        })
    for i, f in enumerate(record.figures):
        rows["figures"].append({
            "figure_id": f"{d.doc_id}:f{i}", "doc_id": d.doc_id, "text": f.text, "metric": f.metric,
            "value": f.value, "currency": f.currency, "unit": f.unit, "period": f.period,
            "qualifier": f.qualifier, "countries": f.countries, "pair": pair_of(f.countries),
            "forecast": f.forecast, "speaker_en": f.speaker_en, "start": f.evidence[0], "end": f.evidence[1],
        })
    for i, q in enumerate(record.quotes):
        rows["quotes"].append({
            "quote_id": f"{d.doc_id}:q{i}", "doc_id": d.doc_id, "actor_id": q.actor_id,
            "speaker_en": q.speaker_en, "text": q.text, "start": q.evidence[0], "end": q.evidence[1],
        })
    return rows


TRANSIENT_SQLSTATES = {"40P01", "40001", "55P03"}  # deadlock, serialization failure, lock not available
RETRIES = 8


def _transient(err: DBAPIError) -> bool:
    """A concurrent writer got in the way (PostgreSQL deadlock, SQLite busy): try the batch again."""
    orig = err.orig
    if getattr(orig, "sqlstate", None) in TRANSIENT_SQLSTATES:
        return True
    msg = str(orig).lower()
    return "database is locked" in msg or "deadlock detected" in msg


def retry_concurrent(work: Callable[[], T], what: str) -> T:
    """`work()` (its own transactions), run again while a concurrent writer gets in the way
    (PostgreSQL deadlock, SQLite busy); any other error, or the last attempt's, is raised."""
    for attempt in range(RETRIES):
        try:
            return work()
        except DBAPIError as err:
            if not _transient(err) or attempt == RETRIES - 1:
                raise
            log.info("%s met a concurrent writer (%s); retrying", what, str(err.orig)[:80])
            time.sleep(random.uniform(0.05, 0.2) * (attempt + 1))
    raise AssertionError("unreachable: the last attempt returns or raises")


def write_records(engine: Engine, records: Iterable[Record],
                  failed: list[Failure] | None = None) -> tuple[int, int, list[str]]:
    """Write a batch in one transaction. Returns (stored, duplicates, doc_ids of the documents stored).

    Each document is written under a savepoint: with `failed` given, a document the database
    refuses is rolled back alone and reported there, and the rest of the batch is stored; without
    it, the error is raised. A batch that meets a concurrent writer's deadlock is retried whole.
    The stored documents with events stay marked unlinked (see `unlinked_docs`) until their
    events are linked (dyad.run.store_records does it next).
    """
    records = list(records)

    def attempt() -> tuple[int, int, list[str], list[Failure]]:
        refused: list[Failure] = []
        stored, dup, new_ids = _store_batch(engine, records, refused, raise_refused=failed is None)
        return stored, dup, new_ids, refused

    stored, dup, new_ids, refused = retry_concurrent(attempt, f"batch of {len(records)}")
    if failed is not None:
        failed.extend(refused)
    return stored, dup, new_ids


def unlinked_docs(engine: Engine) -> list[str]:
    """The documents whose events were stored but not yet linked (a run killed in between)."""
    with engine.connect() as conn:
        return list(conn.execute(select(t.unlinked.c.doc_id)).scalars())


def mark_linked(engine: Engine, doc_ids: list[str]) -> None:
    """Clear the unlinked marks of these documents: their events are linked."""
    with engine.begin() as conn:
        for start in range(0, len(doc_ids), 500):
            conn.execute(delete(t.unlinked).where(t.unlinked.c.doc_id.in_(doc_ids[start:start + 500])))


def _store_batch(engine: Engine, records: list[Record], refused: list[Failure],
                 raise_refused: bool) -> tuple[int, int, list[str]]:
    stored = dup = 0
    new_ids: list[str] = []
    with engine.begin() as conn:
        for record in records:
            try:
                with conn.begin_nested():
                    rows = rows_for(record)
                    # RETURNING says whether the row was new; rowcount does not (-1 on psycopg for this).
                    ins = insert_for(engine, t.documents).on_conflict_do_nothing().returning(t.documents.c.doc_id)
                    if conn.execute(ins, rows["documents"][0]).first() is None:
                        dup += 1
                        continue
                    for table in (t.actors, t.actor_names, t.events, t.participants, t.agreements, t.figures,
                                  t.quotes):
                        if rows[table.name]:
                            conn.execute(insert_for(engine, table).on_conflict_do_nothing(), rows[table.name])
                    if rows["events"]:  # linked after the commit; the mark survives a kill in between
                        conn.execute(insert_for(engine, t.unlinked).on_conflict_do_nothing(), {"doc_id": record.doc.doc_id})
            except Exception as err:  # one document the database refuses must not lose the batch
                if raise_refused or (isinstance(err, DBAPIError) and _transient(err)):
                    raise
                orig = err.orig if isinstance(err, DBAPIError) else err
                reason = (str(orig).strip().splitlines() or [type(orig).__name__])[0][:200]
                refused.append(Failure(record.doc.source, f"not stored: {reason}"))
                continue
            stored += 1
            new_ids.append(record.doc.doc_id)
    return stored, dup, new_ids


def counts(engine: Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {tb.name: conn.execute(select(func.count()).select_from(tb)).scalar_one() for tb in t.TABLES
                if tb.name != "fetches"}
