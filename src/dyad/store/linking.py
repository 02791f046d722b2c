"""The SQL of event linking (the rules are in dyad.reconcile).

Every lookup here goes through an index (events by date, cluster and document; participants by
event; documents by date), so that linking a stored batch reads the reports of a few days around
the batch's, not the store: its cost per document stays flat as the store grows.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, func, select, tuple_, update

from dyad.store import schema as t

CHUNK = 400  # ids per IN list: under SQLite's 999 bound parameters, with room for the rest


def _chunks(items: Sequence[Any], n: int = CHUNK) -> Iterator[Sequence[Any]]:
    for k in range(0, len(items), n):
        yield items[k : k + n]


def new_reports(conn: Connection, doc_ids: Sequence[str]) -> list[Any]:
    """The reports of these documents, one row per participant, with their document's dates
    (`published`, `fetched`): a report without a year is searched for near those."""
    e, p, d = t.events, t.participants, t.documents
    rows: list[Any] = []
    for ids in _chunks(sorted(doc_ids)):
        rows.extend(conn.execute(
            select(e.c.event_id, e.c.date, p.c.actor_id, d.c.published, d.c.fetched)
            .join(p, p.c.event_id == e.c.event_id).join(d, d.c.doc_id == e.c.doc_id)
            .where(e.c.doc_id.in_(ids))))
    return rows


def latest_day(conn: Connection) -> str | None:
    """The latest full date of any stored report (one step down the date index)."""
    e = t.events
    return conn.execute(select(func.max(e.c.date)).where(e.c.date >= "0000", e.c.date < "9999~")).scalar()


def reports_on(conn: Connection, pairs: Iterable[tuple[str, str]]) -> Iterator[Any]:
    """Reports with a participant on a date, for these (actor_id, date) pairs: rows of event_id,
    cluster_id, actor_id and the date they matched on (`day`)."""
    e, p = t.events, t.participants
    ordered = sorted(set(pairs), key=lambda ad: (ad[1], ad[0]))
    for chunk in _chunks(ordered, 300):  # two parameters a pair
        # The plain date IN lets the planner walk the date index; the pairs then keep the actors.
        q = (select(e.c.event_id, e.c.cluster_id, p.c.actor_id, e.c.date.label("day"))
             .join(p, p.c.event_id == e.c.event_id)
             .where(e.c.date.in_(sorted({d for _a, d in chunk})), tuple_(p.c.actor_id, e.c.date).in_(chunk)))
        yield from conn.execute(q)


def undated_reports_published_on(conn: Connection, days: Sequence[str], actors: Sequence[str]) -> list[Any]:
    """Reports without a date of their own whose document was published on one of `days`, with one
    of these participants: rows as reports_on gives, `day` being the document's date.

    In three steps, each by one index (documents by date, events by document, participants by
    event): given the whole join, SQLite walked every report of the actors instead."""
    e, d = t.events, t.documents
    published: dict[str, str] = {}
    for chunk in _chunks(sorted(set(days))):
        published.update((r.doc_id, r.published) for r in conn.execute(
            select(d.c.doc_id, d.c.published).where(d.c.published.in_(chunk))))
    undated: dict[str, Any] = {}
    for ids in _chunks(sorted(published)):
        for r in conn.execute(select(e.c.event_id, e.c.cluster_id, e.c.doc_id, e.c.date).where(e.c.doc_id.in_(ids))):
            if r.date is None:
                undated[r.event_id] = r
    wanted = set(actors)
    rows = []
    for event_id, acts in participants_of(conn, undated).items():
        r = undated[event_id]
        rows += [_Row(event_id, r.cluster_id, a, published[r.doc_id]) for a in sorted(acts & wanted)]
    return rows


class _Row(NamedTuple):
    event_id: str
    cluster_id: str | None
    actor_id: str
    day: str


def participant_counts(conn: Connection, event_ids: Iterable[str]) -> dict[str, int]:
    p = t.participants
    out: dict[str, int] = {}
    for ids in _chunks(sorted(set(event_ids))):
        out.update((r[0], r[1]) for r in conn.execute(
            select(p.c.event_id, func.count()).where(p.c.event_id.in_(ids)).group_by(p.c.event_id)))
    return out


LINK_COLUMNS = ("event_id", "doc_id", "type", "date", "location", "cluster_id", "date_inferred")


def reports_of_clusters(conn: Connection, cluster_ids: Iterable[str]) -> dict[str, Any]:
    """Every report in these clusters (and the reports with these ids), by event_id."""
    e = t.events
    cols = [e.c[k] for k in LINK_COLUMNS]
    evs: dict[str, Any] = {}
    for ids in _chunks(sorted(set(cluster_ids))):
        for q in (select(*cols).where(e.c.cluster_id.in_(ids)), select(*cols).where(e.c.event_id.in_(ids))):
            # Two queries, not one OR: each then uses its own index (cluster, primary key).
            for row in conn.execute(q).mappings():
                evs[row["event_id"]] = row
    return evs


def participants_of(conn: Connection, event_ids: Iterable[str]) -> dict[str, set[str]]:
    p = t.participants
    parts: dict[str, set[str]] = {}
    for ids in _chunks(sorted(set(event_ids))):
        for row in conn.execute(select(p.c.event_id, p.c.actor_id).where(p.c.event_id.in_(ids))):
            parts.setdefault(row.event_id, set()).add(row.actor_id)
    return parts


def all_reports(conn: Connection) -> tuple[dict[str, set[str]], list[Any]]:
    """Every report and its participants: relinking the whole store (not done while ingesting)."""
    e, p = t.events, t.participants
    parts: dict[str, set[str]] = {}
    for row in conn.execute(select(p.c.event_id, p.c.actor_id)):
        parts.setdefault(row.event_id, set()).add(row.actor_id)
    return parts, list(conn.execute(select(*[e.c[k] for k in LINK_COLUMNS])).mappings())


def save_links(engine: Engine, updates: Sequence[tuple[str, str, str | None, bool]]) -> None:
    """(event_id, cluster_id, date, date_inferred) for each report whose cluster or date changed."""
    if not updates:
        return
    e = t.events
    with engine.begin() as conn:
        for eid, cid, new_date, inferred in updates:
            conn.execute(update(e).where(e.c.event_id == eid).values(cluster_id=cid, date=new_date,
                                                                     date_inferred=inferred))
