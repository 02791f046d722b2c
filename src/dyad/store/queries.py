"""Read-side queries shared by the CLI and the API. All SQL is built by SQLAlchemy with
bound parameters; filters never reach the database as text."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, and_, or_, select

from dyad.store import schema as t

MAX_LIMIT = 500


def _page(limit: int | None, offset: int | None) -> tuple[int, int]:
    return max(1, min(limit or MAX_LIMIT, MAX_LIMIT)), max(0, offset or 0)


def events(engine: Engine, country: str | None = None, since: str | None = None, actor: str | None = None,
           q: str | None = None, limit: int | None = None, offset: int | None = None,
           one_per_cluster: bool = True) -> list[dict[str, Any]]:
    e, p, d = t.events, t.participants, t.documents
    query = select(e, d.c.outlet, d.c.source, d.c.title, d.c.url).join(d, d.c.doc_id == e.c.doc_id)
    if country:
        query = query.where(e.c.event_id.in_(select(p.c.event_id).where(p.c.country == country.upper())))
    if actor:
        query = query.where(e.c.event_id.in_(select(p.c.event_id).where(p.c.actor_id == actor)))
    if since:
        query = query.where(e.c.date >= since)
    if q:
        query = query.where(or_(d.c.title.ilike(f"%{q}%"), e.c.location.ilike(f"%{q}%")))
    query = query.order_by(e.c.date.desc().nullslast(), e.c.event_id)
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(query).mappings()]
        ids = [r["event_id"] for r in rows]
        parts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for i in range(0, len(ids), 500):
            for r in conn.execute(select(p).where(p.c.event_id.in_(ids[i : i + 500]))).mappings():
                parts[r["event_id"]].append(dict(r))
    clusters: dict[str, dict[str, Any]] = {}
    out = []
    for r in rows:
        report = {"event_id": r["event_id"], "doc_id": r["doc_id"], "outlet": r["outlet"], "source": r["source"],
                  "url": r["url"], "evidence": [r["start"], r["end"]], "title": r["title"]}
        if one_per_cluster and r["cluster_id"] in clusters:
            clusters[r["cluster_id"]]["reports"].append(report)
            continue
        item = {k: r[k] for k in ("event_id", "cluster_id", "type", "plover", "cameo", "source_actor",
                                  "target_actor", "date", "date_inferred", "location")}
        item["participants"] = [x["name"] for x in parts[r["event_id"]]]
        item["participant_ids"] = [x["actor_id"] for x in parts[r["event_id"]]]
        item["reports"] = [report]
        clusters[r["cluster_id"]] = item
        out.append(item)
    lim, off = _page(limit, offset)
    return out[off : off + lim]


def people(engine: Engine, country: str | None = None, since: str | None = None, q: str | None = None,
           limit: int | None = None, offset: int | None = None) -> list[dict[str, Any]]:
    a, n, d = t.actors, t.actor_names, t.documents
    query = select(a).order_by(a.c.name_en)
    if country:
        query = query.where(a.c.country == country.upper())
    if q:
        query = query.where(or_(a.c.name_en.ilike(f"%{q}%"),
                                a.c.actor_id.in_(select(n.c.actor_id).where(n.c.name.ilike(f"%{q}%")))))
    lim, off = _page(limit, offset)
    with engine.connect() as conn:
        actors = [dict(r) for r in conn.execute(query.limit(lim).offset(off)).mappings()]
        ids = [x["actor_id"] for x in actors]
        names: dict[str, list[dict[str, Any]]] = defaultdict(list)
        if ids:
            nq = select(n, d.c.published).join(d, d.c.doc_id == n.c.doc_id).where(n.c.actor_id.in_(ids))
            if since:
                nq = nq.where(d.c.published >= since)
            for r in conn.execute(nq).mappings():
                names[r["actor_id"]].append(dict(r))
    out = []
    for x in actors:
        seen = names.get(x["actor_id"], [])
        if since and not seen:
            continue
        x["aliases"] = sorted({s["name"] for s in seen if s["name"]})
        x["titles"] = sorted({s["title"] for s in seen if s["title"]})
        x["documents"] = sorted({s["doc_id"] for s in seen})
        out.append(x)
    return out


def actor(engine: Engine, actor_id: str) -> dict[str, Any] | None:
    a = t.actors
    with engine.connect() as conn:
        row = conn.execute(select(a).where(a.c.actor_id == actor_id)).mappings().first()
    if row is None:
        return None
    base = people(engine, q=None, limit=MAX_LIMIT)  # small tables per actor; reuse the shaping
    info = next((x for x in base if x["actor_id"] == actor_id), dict(row))
    info["events"] = events(engine, actor=actor_id)
    info["quotes"] = quotes(engine, actor=actor_id)
    return info


def figures(engine: Engine, country: str | None = None, since: str | None = None, metric: str | None = None,
            pair: str | None = None, limit: int | None = None, offset: int | None = None) -> list[dict[str, Any]]:
    f, d = t.figures, t.documents
    query = select(f, d.c.outlet, d.c.source, d.c.published).join(d, d.c.doc_id == f.c.doc_id)
    if country:
        query = query.where(f.c.pair.like(f"%{country.upper()}%"))
    if metric:
        query = query.where(f.c.metric == metric)
    if pair:
        query = query.where(f.c.pair == "-".join(sorted(pair.upper().split("-"))))
    if since:
        query = query.where(d.c.published >= since)
    lim, off = _page(limit, offset)
    query = query.order_by(f.c.pair, f.c.metric, f.c.period, f.c.figure_id).limit(lim).offset(off)
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def quotes(engine: Engine, country: str | None = None, since: str | None = None, actor: str | None = None,
           q: str | None = None, limit: int | None = None, offset: int | None = None) -> list[dict[str, Any]]:
    qt, d, a = t.quotes, t.documents, t.actors
    query = select(qt, d.c.outlet, d.c.published, d.c.source).join(d, d.c.doc_id == qt.c.doc_id)
    if country:
        query = query.where(qt.c.actor_id.in_(select(a.c.actor_id).where(a.c.country == country.upper())))
    if actor:
        query = query.where(qt.c.actor_id == actor)
    if since:
        query = query.where(d.c.published >= since)
    if q:
        query = query.where(qt.c.text.ilike(f"%{q}%"))
    lim, off = _page(limit, offset)
    query = query.order_by(d.c.published.desc().nullslast(), qt.c.quote_id).limit(lim).offset(off)
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def documents(engine: Engine, q: str | None = None, since: str | None = None, outlet: str | None = None,
              limit: int | None = None, offset: int | None = None) -> list[dict[str, Any]]:
    d = t.documents
    query = select(d.c.doc_id, d.c.source, d.c.url, d.c.outlet, d.c.language, d.c.title, d.c.published,
                   d.c.dateline)
    conds = []
    if q:
        conds.append(or_(d.c.title.ilike(f"%{q}%"), d.c.text.ilike(f"%{q}%")))
    if since:
        conds.append(d.c.published >= since)
    if outlet:
        conds.append(d.c.outlet == outlet)
    if conds:
        query = query.where(and_(*conds))
    lim, off = _page(limit, offset)
    query = query.order_by(d.c.published.desc().nullslast(), d.c.doc_id).limit(lim).offset(off)
    with engine.connect() as conn:
        return [dict(r) for r in conn.execute(query).mappings()]


def document(engine: Engine, doc_id: str) -> dict[str, Any] | None:
    """A document with every extracted item and its span, for the highlighted view."""
    d = t.documents
    with engine.connect() as conn:
        row = conn.execute(select(d).where(d.c.doc_id == doc_id)).mappings().first()
        if row is None:
            return None
        doc = dict(row)
        for name, table in (("events", t.events), ("figures", t.figures), ("quotes", t.quotes),
                            ("agreements", t.agreements), ("people", t.actor_names)):
            doc[name] = [dict(r) for r in conn.execute(select(table).where(table.c.doc_id == doc_id)).mappings()]
    return doc
