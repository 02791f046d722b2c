"""Read-side queries shared by the CLI and the API. All SQL is built by SQLAlchemy with
bound parameters; filters never reach the database as text."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, and_, func, or_, select

from dyad.store import schema as t
from dyad.titles import english_title

MAX_LIMIT = 500


def _page(limit: int | None, offset: int | None) -> tuple[int, int]:
    return max(1, min(limit or MAX_LIMIT, MAX_LIMIT)), max(0, offset or 0)


def _has(column: Any, text: str) -> Any:
    """Case-insensitive substring match; % and _ in the text are literal characters, not wildcards."""
    return column.icontains(text, autoescape=True)


def events(engine: Engine, country: str | None = None, since: str | None = None, actor: str | None = None,
           q: str | None = None, limit: int | None = None, offset: int | None = None,
           one_per_cluster: bool = True, pair: str | None = None, type: str | None = None,
           outlet: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    e, p, d, a, n = t.events, t.participants, t.documents, t.actors, t.actor_names
    conds: list[Any] = []
    if country:
        conds.append(e.c.event_id.in_(select(p.c.event_id).where(p.c.country == country.upper())))
    if actor:
        conds.append(e.c.event_id.in_(select(p.c.event_id).where(p.c.actor_id == actor)))
    if since:
        conds.append(e.c.date >= since)
    if until:  # "2024" and "2024-03" reach to the end of that year or month
        conds.extend([e.c.date <= until + "-99" * (2 - until.count("-")), ~e.c.date.startswith("--")])
    if pair:  # both countries among the participants ("BLR-KAZ", sorted, as dyad.validate.pair gives)
        for code in pair.split("-"):
            conds.append(e.c.event_id.in_(select(p.c.event_id).where(p.c.country == code)))
    if type:
        conds.append(e.c.type == type)
    if outlet:
        conds.append(d.c.outlet == outlet)
    if q:
        # A person is found by any name they were seen with, not only the one this report used.
        known_as = select(n.c.actor_id).where(_has(n.c.name, q)).union(
            select(a.c.actor_id).where(_has(a.c.name_en, q)))
        conds.append(or_(_has(d.c.title, q), _has(e.c.location, q),
                         e.c.event_id.in_(select(p.c.event_id).where(_has(p.c.name, q))),
                         e.c.event_id.in_(select(p.c.event_id).where(p.c.actor_id.in_(known_as)))))
    newest = (e.c.date.desc().nullslast(), e.c.event_id)
    cluster = func.coalesce(e.c.cluster_id, e.c.event_id) if one_per_cluster else e.c.event_id
    # The page is chosen in the database, one row per event (cluster), so that a request reads
    # the reports of one page, not every event stored. An event's place is its newest report's.
    lim, off = _page(limit, offset)
    firsts = (select(cluster.label("k"), e.c.date, e.c.event_id,
                     func.row_number().over(partition_by=cluster, order_by=newest).label("n"))
              .select_from(e.join(d, d.c.doc_id == e.c.doc_id)).where(*conds).subquery())
    page_keys = (select(firsts.c.k).where(firsts.c.n == 1)
                 .order_by(firsts.c.date.desc().nullslast(), firsts.c.event_id).limit(lim).offset(off))
    with engine.connect() as conn:
        keys = list(conn.execute(page_keys).scalars())
        query = (select(e, d.c.outlet, d.c.source, d.c.title, d.c.url, d.c.language, d.c.published)
                 .join(d, d.c.doc_id == e.c.doc_id).where(*conds, cluster.in_(keys)).order_by(*newest))
        rows = [dict(r) for r in conn.execute(query).mappings()] if keys else []
        ids = [r["event_id"] for r in rows]
        parts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for i in range(0, len(ids), 500):
            pq = (select(p, a.c.name_en).outerjoin(a, a.c.actor_id == p.c.actor_id)
                  .where(p.c.event_id.in_(ids[i : i + 500])).order_by(p.c.event_id, p.c.actor_id))
            for r in conn.execute(pq).mappings():
                parts[r["event_id"]].append(dict(r))
    clusters: dict[str, dict[str, Any]] = {}
    out = []
    for r in rows:
        report = {"event_id": r["event_id"], "doc_id": r["doc_id"], "outlet": r["outlet"], "source": r["source"],
                  "url": r["url"], "evidence": [r["start"], r["end"]], "title": r["title"]}
        key = r["cluster_id"] or r["event_id"]
        if one_per_cluster and key in clusters:
            item = clusters[key]
            if all(x["doc_id"] != r["doc_id"] for x in item["reports"]):  # a report is a document
                item["reports"].append(report)
            for k in ("location", "plover", "cameo", "source_actor", "target_actor"):
                item[k] = item[k] or r[k]  # what the first report left out, another may say
            d = r["date"]
            if d and not d.startswith("--") and (not item["date"] or item["date"].startswith("--") or d < item["date"]):
                item["date"], item["date_inferred"] = d, r["date_inferred"]  # the earliest report's day
            for x in parts[r["event_id"]]:  # a participant named in only one of the reports
                if x["actor_id"] not in item["participant_ids"]:
                    person = _person(x, r["date"] or r["published"], r["language"])
                    item["participants"].append(person["name_en"])
                    item["participant_ids"].append(x["actor_id"])
                    item["people"].append(person)
            continue
        item = {k: r[k] for k in ("event_id", "cluster_id", "type", "plover", "cameo", "source_actor",
                                  "target_actor", "date", "date_inferred", "location")}
        # Participants by the resolved actor's English name; the report's own spelling and
        # title stay beside it in "people" as evidence.
        item["people"] = [_person(x, r["date"] or r["published"], r["language"]) for x in parts[r["event_id"]]]
        item["participants"] = [x["name_en"] for x in item["people"]]
        item["participant_ids"] = [x["actor_id"] for x in parts[r["event_id"]]]
        item["reports"] = [report]
        clusters[key] = item
        out.append(item)
    _fill_missing_titles(engine, [x for item in out for x in item["people"]])
    return out


def _fill_missing_titles(engine: Engine, people: list[dict[str, Any]]) -> None:
    """A report that names a person without a title gets the title other documents gave them
    most often, so the same person does not appear with and without one."""
    missing = {x["actor_id"] for x in people if not x["title_en"]}
    if not missing:
        return
    n, d = t.actor_names, t.documents
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    with engine.connect() as conn:
        ids = sorted(missing)
        for i in range(0, len(ids), 500):
            q = (select(n.c.actor_id, n.c.title, d.c.published, d.c.language).join(d, d.c.doc_id == n.c.doc_id)
                 .where(n.c.actor_id.in_(ids[i : i + 500]), n.c.title.is_not(None)))
            for r in conn.execute(q).mappings():
                title = english_title(r["title"], r["actor_id"], r["published"], r["language"])
                if title:
                    counts[r["actor_id"]][title] += 1
    for x in people:
        if not x["title_en"] and counts.get(x["actor_id"]):
            x["title_en"] = x["title"] = max(sorted(counts[x["actor_id"]].items()), key=lambda kv: kv[1])[0]


def _person(row: dict[str, Any], when: str | None, lang: str | None) -> dict[str, Any]:
    """A participant as shown: the actor's English name and title, and the report's wording."""
    name_en = row.get("name_en") or row["name"]
    title_en = english_title(row["title"], row["actor_id"], when, lang)
    return {"actor_id": row["actor_id"], "name": name_en, "title": title_en, "country": row["country"],
            "name_en": name_en, "title_en": title_en,
            "name_as_written": row["name"], "title_as_written": row["title"]}


def people(engine: Engine, country: str | None = None, since: str | None = None, q: str | None = None,
           limit: int | None = None, offset: int | None = None) -> list[dict[str, Any]]:
    a, n, d = t.actors, t.actor_names, t.documents
    query = select(a).order_by(a.c.name_en)
    if country:
        query = query.where(a.c.country == country.upper())
    if q:
        query = query.where(or_(_has(a.c.name_en, q),
                                a.c.actor_id.in_(select(n.c.actor_id).where(_has(n.c.name, q)))))
    lim, off = _page(limit, offset)
    with engine.connect() as conn:
        actors = [dict(r) for r in conn.execute(query.limit(lim).offset(off)).mappings()]
        ids = [x["actor_id"] for x in actors]
        names: dict[str, list[dict[str, Any]]] = defaultdict(list)
        if ids:
            nq = (select(n, d.c.published, d.c.language).join(d, d.c.doc_id == n.c.doc_id)
                  .where(n.c.actor_id.in_(ids)))
            if since:
                nq = nq.where(d.c.published >= since)
            for r in conn.execute(nq).mappings():
                names[r["actor_id"]].append(dict(r))
    out = []
    for x in actors:
        seen = names.get(x["actor_id"], [])
        if since and not seen:
            continue
        _names_and_titles(x, seen)
        out.append(x)
    return out


def actor(engine: Engine, actor_id: str) -> dict[str, Any] | None:
    """One actor: every name and title seen (with the dates of the documents), events and quotes."""
    a, n, d = t.actors, t.actor_names, t.documents
    with engine.connect() as conn:
        row = conn.execute(select(a).where(a.c.actor_id == actor_id)).mappings().first()
        if row is None:
            return None
        seen = [dict(r) for r in conn.execute(
            select(n.c.name, n.c.title, n.c.doc_id, d.c.published, d.c.outlet, d.c.language)
            .join(d, d.c.doc_id == n.c.doc_id).where(n.c.actor_id == actor_id)).mappings()]
    info = dict(row)
    _names_and_titles(info, seen)
    history: dict[str, dict[str, Any]] = {}
    for s in seen:
        if not s["title_en"]:
            continue
        h = history.setdefault(s["title_en"], {"title": s["title_en"], "as_written": [], "first_seen": None,
                                               "last_seen": None, "documents": 0})
        if s["title"] not in h["as_written"]:
            h["as_written"].append(s["title"])
        h["documents"] += 1
        when = s["published"] if s["published"] and not s["published"].startswith("--") else None
        if when:
            h["first_seen"] = min(filter(None, [h["first_seen"], when]))
            h["last_seen"] = max(filter(None, [h["last_seen"], when]))
    info["title_history"] = sorted(history.values(), key=lambda h: (h["first_seen"] or "", h["title"]))
    info["events"] = events(engine, actor=actor_id)
    info["quotes"] = quotes(engine, actor=actor_id)
    return info


def _names_and_titles(actor: dict[str, Any], seen: list[dict[str, Any]]) -> None:
    """Aliases as written; titles in English (the registry's office on the document's day, else
    the written title translated), each seen title kept as written in titles_as_written."""
    for s in seen:
        s["title_en"] = english_title(s["title"], actor["actor_id"], s["published"], s["language"])
    actor["aliases"] = sorted({s["name"] for s in seen if s["name"]})
    actor["titles"] = sorted({s["title_en"] for s in seen if s["title_en"]})
    actor["titles_as_written"] = sorted({s["title"] for s in seen if s["title"]})
    actor["documents"] = sorted({s["doc_id"] for s in seen})


def figures(engine: Engine, country: str | None = None, since: str | None = None, metric: str | None = None,
            pair: str | None = None, limit: int | None = None, offset: int | None = None) -> list[dict[str, Any]]:
    f, d = t.figures, t.documents
    query = select(f, d.c.outlet, d.c.source, d.c.published).join(d, d.c.doc_id == f.c.doc_id)
    if country:
        query = query.where(f.c.pair.contains(country.upper(), autoescape=True))
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
    # The speaker by the resolved actor's English name, as everywhere else; the quote's own is the fallback.
    speaker = func.coalesce(a.c.name_en, qt.c.speaker_en).label("speaker_en")
    cols = [c for c in qt.c if c.name != "speaker_en"]
    query = (select(*cols, speaker, d.c.outlet, d.c.published, d.c.source)
             .join(d, d.c.doc_id == qt.c.doc_id).outerjoin(a, a.c.actor_id == qt.c.actor_id))
    if country:
        query = query.where(qt.c.actor_id.in_(select(a.c.actor_id).where(a.c.country == country.upper())))
    if actor:
        query = query.where(qt.c.actor_id == actor)
    if since:
        query = query.where(d.c.published >= since)
    if q:
        query = query.where(or_(_has(qt.c.text, q), _has(qt.c.speaker_en, q), _has(a.c.name_en, q)))
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
        conds.append(or_(_has(d.c.title, q), _has(d.c.text, q)))
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
        parts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        ids = [ev["event_id"] for ev in doc["events"]]
        if ids:
            p = t.participants
            rows = conn.execute(select(p, t.actors.c.name_en).outerjoin(t.actors, t.actors.c.actor_id == p.c.actor_id)
                                .where(p.c.event_id.in_(ids))).mappings()
            when = {ev["event_id"]: ev["date"] or doc["published"] for ev in doc["events"]}
            for r in rows:
                parts[r["event_id"]].append(_person(dict(r), when[r["event_id"]], doc["language"]))
        for ev in doc["events"]:
            ev["participants"] = parts.get(ev["event_id"], [])
        names = dict(conn.execute(select(t.actors.c.actor_id, t.actors.c.name_en).where(
            t.actors.c.actor_id.in_([x["actor_id"] for x in doc["people"]]))).all()) if doc["people"] else {}
        for x in doc["people"]:
            x["name_en"] = names.get(x["actor_id"]) or x["name"]
            x["title_en"] = english_title(x["title"], x["actor_id"], doc["published"], doc["language"])
    return doc


def facets(engine: Engine) -> dict[str, Any]:
    """What there is to filter by: country pairs with their metrics, countries, outlets, languages."""
    f, a, d = t.figures, t.actors, t.documents
    with engine.connect() as conn:
        metrics = conn.execute(select(f.c.pair, f.c.metric, func.count()).group_by(f.c.pair, f.c.metric)
                               .order_by(f.c.pair, f.c.metric)).all()
        countries = conn.execute(select(a.c.country, func.count()).where(a.c.country.is_not(None))
                                 .group_by(a.c.country).order_by(a.c.country)).all()
        outlets = conn.execute(select(d.c.outlet, func.count()).where(d.c.outlet.is_not(None))
                               .group_by(d.c.outlet).order_by(d.c.outlet)).all()
        languages = conn.execute(select(d.c.language, func.count()).where(d.c.language.is_not(None))
                                 .group_by(d.c.language).order_by(d.c.language)).all()
    pairs: dict[str, dict[str, int]] = defaultdict(dict)
    for pair, metric, n in metrics:
        if pair:
            pairs[pair][metric] = n
    with engine.connect() as conn:
        types = conn.execute(select(t.events.c.type, func.count()).group_by(t.events.c.type)
                             .order_by(t.events.c.type)).all()
    return {
        "event_types": [{"type": k, "events": n} for k, n in types],
        "pairs": [{"pair": k, "metrics": v} for k, v in pairs.items()],
        "countries": [{"country": c, "actors": n} for c, n in countries],
        "outlets": [{"outlet": o, "documents": n} for o, n in outlets],
        "languages": [{"language": lang, "documents": n} for lang, n in languages],
    }
