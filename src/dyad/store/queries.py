"""Read-side queries shared by the CLI and the API. All SQL is built by SQLAlchemy with
bound parameters; filters never reach the database as text."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Engine, and_, exists, func, or_, select

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
           outlet: str | None = None, until: str | None = None, source: str | None = None,
           clusters: list[str] | None = None) -> list[dict[str, Any]]:
    """Events, newest first: one item per cluster (a real-world event with every report of it), or
    one per report. Filters, order and page are applied in SQL, so that a page costs the same at
    any size of the store; a cluster is listed when any of its reports matches the filters.
    `pair` keeps the reports `dyad series` counts for the pair (dyad.store.pairs), with `source`
    those of one direction; `clusters` only those events (their ids, as `dyad series` gives them)."""
    e, p, d, a, n = t.events, t.participants, t.documents, t.actors, t.actor_names

    def filters(ev: Any, walk: bool = True) -> list[Any]:  # on the reports of `ev` (events or an alias)
        # On a walk, people and outlets are checked per report met (a primary-key lookup), where an
        # IN would first read every report of the country or actor. Text is matched by one scan
        # (IN): it has no index, and a match per report met costs more than reading it once.
        def named(cond: Any) -> Any:
            if walk:
                return exists(select(p.c.event_id).where(p.c.event_id == ev.c.event_id, cond))
            return ev.c.event_id.in_(select(p.c.event_id).where(cond))

        conds = []
        if country:
            conds.append(named(p.c.country == country.upper()))
        if actor:
            conds.append(named(p.c.actor_id == actor))
        if pair:  # coded as between the two, or both among the participants when a side is not coded
            from dyad.store.pairs import pair_condition

            conds.append(pair_condition(pair, source, ev))
        if since:
            conds.append(ev.c.date >= since)
        if until:  # "2024" and "2024-03" reach to the end of that year or month
            conds += [ev.c.date <= until + "-99" * (2 - until.count("-")), ~ev.c.date.startswith("--")]
        if type:
            conds.append(ev.c.type == type)
        if outlet:
            conds.append(exists(select(d.c.doc_id).where(d.c.doc_id == ev.c.doc_id, d.c.outlet == outlet)) if walk
                         else ev.c.doc_id.in_(select(d.c.doc_id).where(d.c.outlet == outlet)))
        if q:
            # A person is found by any name they were seen with, not only the one this report used.
            known_as = select(n.c.actor_id).where(_has(n.c.name, q)).union(
                select(a.c.actor_id).where(_has(a.c.name_en, q)))
            conds.append(or_(ev.c.doc_id.in_(select(d.c.doc_id).where(_has(d.c.title, q))), _has(ev.c.location, q),
                             ev.c.event_id.in_(select(p.c.event_id).where(_has(p.c.name, q))),
                             ev.c.event_id.in_(select(p.c.event_id).where(p.c.actor_id.in_(known_as)))))
        return conds

    lim, off = _page(limit, offset)
    order = (e.c.date.desc().nullslast(), e.c.event_id)
    if not one_per_cluster:
        page = select(e.c.event_id).where(*filters(e, walk=False))
    else:
        # A cluster's id is the smallest event_id among its reports, so that report stands for it:
        # the page walks the date index over those and stops after `limit`. (cluster_id NULL: a
        # database from before linking, each report its own event.)
        page = select(e.c.event_id).where(or_(e.c.cluster_id == e.c.event_id, e.c.cluster_id.is_(None)))
        r = e.alias("r")
        conds = filters(r)
        if actor and _reports_of(engine, actor) <= FEW_REPORTS:
            # Few reports: their clusters first (ix_participants_actor), then the walk keeps those.
            cluster = func.coalesce(r.c.cluster_id, r.c.event_id)
            page = page.where(e.c.event_id.in_(select(cluster).where(*filters(r, walk=False))))
        elif conds:
            # Many may match: each cluster met on the walk is checked, and the walk stops at a page.
            member = or_(r.c.cluster_id == e.c.event_id, r.c.event_id == e.c.event_id)
            page = page.where(exists(select(r.c.event_id).where(member, *conds)))
    if clusters is not None:  # a cluster's id is its smallest report's event_id
        page = page.where(e.c.event_id.in_(clusters))
    page = page.order_by(*order).limit(lim).offset(off)
    with engine.connect() as conn:
        ids = list(conn.execute(page).scalars())
        if not ids:
            return []
        rows_q = (select(e, d.c.outlet, d.c.source, d.c.title, d.c.url, d.c.language, d.c.published)
                  .join(d, d.c.doc_id == e.c.doc_id))
        if one_per_cluster:
            rows_q = rows_q.where(or_(e.c.cluster_id.in_(ids), e.c.event_id.in_(ids)))
        else:
            rows_q = rows_q.where(e.c.event_id.in_(ids))
        rows = [dict(r) for r in conn.execute(rows_q.order_by(*order)).mappings()]
        parts: dict[str, list[dict[str, Any]]] = defaultdict(list)
        report_ids = [r["event_id"] for r in rows]
        for i in range(0, len(report_ids), 500):
            pq = (select(p, a.c.name_en).outerjoin(a, a.c.actor_id == p.c.actor_id)
                  .where(p.c.event_id.in_(report_ids[i : i + 500])).order_by(p.c.event_id, p.c.actor_id))
            for r in conn.execute(pq).mappings():
                parts[r["event_id"]].append(dict(r))
    clusters: dict[str, dict[str, Any]] = {}
    for r in rows:
        report = {"event_id": r["event_id"], "doc_id": r["doc_id"], "outlet": r["outlet"], "source": r["source"],
                  "url": r["url"], "evidence": [r["start"], r["end"]], "title": r["title"]}
        key = (r["cluster_id"] or r["event_id"]) if one_per_cluster else r["event_id"]
        if key in clusters:
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
    page_items = [clusters[i] for i in ids if i in clusters]
    _fill_missing_titles(engine, [x for item in page_items for x in item["people"]])
    return page_items


FEW_REPORTS = 2000  # an actor in fewer reports: their clusters are gathered before the walk


def _reports_of(engine: Engine, actor: str) -> int:
    """How many reports name the actor, counted no further than FEW_REPORTS + 1 (index range)."""
    p = t.participants
    few = select(p.c.event_id).where(p.c.actor_id == actor).limit(FEW_REPORTS + 1).subquery()
    with engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(few)).scalar_one())


def _fill_missing_titles(engine: Engine, people: list[dict[str, Any]]) -> None:
    """A report that names a person without a title gets the title other documents gave them
    most often, so the same person does not appear with and without one."""
    missing = {x["actor_id"] for x in people if not x["title_en"]}
    if not missing:
        return
    with engine.connect() as conn:
        seen = _wordings(conn, sorted(missing))
    counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r in seen:
        if r["title_en"]:
            counts[r["actor_id"]][r["title_en"]] += r["documents"]
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
    if since:  # in SQL, so that a page is full: named in a document of that date or later
        query = query.where(a.c.actor_id.in_(select(n.c.actor_id).join(d, d.c.doc_id == n.c.doc_id)
                                             .where(d.c.published >= since)))
    lim, off = _page(limit, offset)
    with engine.connect() as conn:
        actors = [dict(r) for r in conn.execute(query.limit(lim).offset(off)).mappings()]
        ids = [x["actor_id"] for x in actors]
        seen: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for r in _wordings(conn, ids, since):
            seen[r["actor_id"]].append(r)
        docs = _documents_of(conn, ids, since)
    for x in actors:
        _names_and_titles(x, seen.get(x["actor_id"], []))
        x["documents"], x["document_count"] = docs.get(x["actor_id"], ([], 0))
    return actors


DOCUMENTS_SHOWN = 50  # doc ids listed per actor; document_count says how many there are
ACTOR_LATEST = 100  # events and quotes on an actor's page: the latest, as a list's first page


def _seen_rows(conn: Any, ids: list[str], since: str | None = None) -> list[dict[str, Any]]:
    """Per actor, each name and title seen, with the date and language of the documents (the
    English title depends on them) and how many documents: grouped in SQL, so that an actor named
    in thousands of documents brings a row per distinct wording and day, not per document."""
    n, d = t.actor_names, t.documents
    rows: list[dict[str, Any]] = []
    for i in range(0, len(ids), 400):
        q = (select(n.c.actor_id, n.c.name, n.c.title, d.c.published, d.c.language,
                    func.count(func.distinct(n.c.doc_id)).label("documents"))
             .join(d, d.c.doc_id == n.c.doc_id).where(n.c.actor_id.in_(ids[i : i + 400]))
             .group_by(n.c.actor_id, n.c.name, n.c.title, d.c.published, d.c.language))
        if since:
            q = q.where(d.c.published >= since)
        rows += [dict(r) for r in conn.execute(q).mappings()]
    for r in rows:
        r["title_en"] = english_title(r["title"], r["actor_id"], r["published"], r["language"])
    return rows


def _wordings(conn: Any, ids: list[str], since: str | None = None) -> list[dict[str, Any]]:
    """Per actor, each name and title seen with how many times and the date and language of one
    document that has it (the English title is made from those). Cheaper than _seen_rows: grouped
    on ix_actor_names_wording alone, then one document looked up per wording, so a page of actors
    named in thousands of documents costs a scan of their index entries, not a join per document.
    A written title maps to one English title here (of its document's day); an actor's own page
    (actor) gives every office held, day by day."""
    n, d = t.actor_names, t.documents
    rows: list[dict[str, Any]] = []
    for i in range(0, len(ids), 400):
        q = (select(n.c.actor_id, n.c.name, n.c.title, func.count().label("documents"),
                    func.max(n.c.doc_id).label("doc_id"))
             .where(n.c.actor_id.in_(ids[i : i + 400])).group_by(n.c.actor_id, n.c.name, n.c.title))
        if since:
            q = q.where(n.c.doc_id.in_(select(d.c.doc_id).where(d.c.published >= since)))
        rows += [dict(r) for r in conn.execute(q).mappings()]
    docs: dict[str, Any] = {}
    wanted = sorted({r["doc_id"] for r in rows})
    for i in range(0, len(wanted), 400):
        docs.update((r.doc_id, r) for r in conn.execute(select(d.c.doc_id, d.c.published, d.c.language)
                                                       .where(d.c.doc_id.in_(wanted[i : i + 400]))))
    for r in rows:
        doc = docs.get(r["doc_id"])
        r["published"], r["language"] = (doc.published, doc.language) if doc else (None, None)
        r["title_en"] = english_title(r["title"], r["actor_id"], r["published"], r["language"])
    return rows


def _documents_of(conn: Any, ids: list[str], since: str | None = None) -> dict[str, tuple[list[str], int]]:
    """Per actor: some of the documents naming them (DOCUMENTS_SHOWN, by doc_id) and how many."""
    n, d = t.actor_names, t.documents

    def scope(q: Any) -> Any:
        return q.join(d, d.c.doc_id == n.c.doc_id).where(d.c.published >= since) if since else q

    counts: dict[str, int] = {}
    for i in range(0, len(ids), 400):
        q = select(n.c.actor_id, func.count(func.distinct(n.c.doc_id))).select_from(n)
        counts.update((r[0], r[1]) for r in conn.execute(
            scope(q).where(n.c.actor_id.in_(ids[i : i + 400])).group_by(n.c.actor_id)))
    out: dict[str, tuple[list[str], int]] = {}
    for actor_id, count in counts.items():  # the primary key (actor_id, doc_id, name) gives them in order
        shown = conn.execute(scope(select(n.c.doc_id).select_from(n)).where(n.c.actor_id == actor_id)
                             .distinct().order_by(n.c.doc_id).limit(DOCUMENTS_SHOWN)).scalars()
        out[actor_id] = (list(shown), count)
    return out


def actor(engine: Engine, actor_id: str) -> dict[str, Any] | None:
    """One actor: every name and title seen (titles with the dates of their documents), the
    latest events and quotes."""
    a = t.actors
    with engine.connect() as conn:
        row = conn.execute(select(a).where(a.c.actor_id == actor_id)).mappings().first()
        if row is None:
            return None
        seen = _seen_rows(conn, [actor_id])
        info = dict(row)
        info["documents"], info["document_count"] = _documents_of(conn, [actor_id]).get(actor_id, ([], 0))
    _names_and_titles(info, seen)
    history: dict[str, dict[str, Any]] = {}
    for s in seen:
        if not s["title_en"]:
            continue
        h = history.setdefault(s["title_en"], {"title": s["title_en"], "as_written": [], "first_seen": None,
                                               "last_seen": None, "documents": 0})
        if s["title"] not in h["as_written"]:
            h["as_written"].append(s["title"])
        h["documents"] += s["documents"]
        when = s["published"] if s["published"] and not s["published"].startswith("--") else None
        if when:
            h["first_seen"] = min(filter(None, [h["first_seen"], when]))
            h["last_seen"] = max(filter(None, [h["last_seen"], when]))
    info["title_history"] = sorted(history.values(), key=lambda h: (h["first_seen"] or "", h["title"]))
    info["events"] = events(engine, actor=actor_id, limit=ACTOR_LATEST)
    info["quotes"] = quotes(engine, actor=actor_id, limit=ACTOR_LATEST)
    return info


def _names_and_titles(actor: dict[str, Any], seen: list[dict[str, Any]]) -> None:
    """Aliases as written; titles in English (the registry's office on the document's day, else
    the written title translated), each seen title kept as written in titles_as_written."""
    actor["aliases"] = sorted({s["name"] for s in seen if s["name"]})
    actor["titles"] = sorted({s["title_en"] for s in seen if s["title_en"]})
    actor["titles_as_written"] = sorted({s["title"] for s in seen if s["title"]})


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
    with engine.connect() as conn:
        if actor:  # one actor's quotes: found through ix_quotes_actor, then sorted
            query = query.order_by(d.c.published.desc().nullslast(), qt.c.quote_id).limit(lim).offset(off)
            return [dict(r) for r in conn.execute(query).mappings()]
        return _newest_first(conn, query, qt.c.quote_id, lim, off)


def _newest_first(conn: Any, query: Any, tie: Any, lim: int, off: int) -> list[dict[str, Any]]:
    """Rows of `query` (joined with documents) ordered by the document's date, newest first, then
    `tie`: read a few dates at a time down the date index, so that a page reads about a page of rows.
    Given the whole ORDER BY ... LIMIT, SQLite read every quote and sorted them all."""
    d = t.documents
    want, rows, after, step = lim + off, [], None, 4
    while len(rows) < want:
        dates_q = select(d.c.published).where(d.c.published.is_not(None)).distinct()
        if after is not None:
            dates_q = dates_q.where(d.c.published < after)
        dates = list(conn.execute(dates_q.order_by(d.c.published.desc()).limit(step)).scalars())
        if not dates:  # undated documents last
            q = query.where(d.c.published.is_(None)).order_by(tie)
        else:
            q = query.where(d.c.published.in_(dates)).order_by(d.c.published.desc(), tie)
        rows += [dict(r) for r in conn.execute(q.limit(want - len(rows))).mappings()]
        if not dates:
            break
        after, step = dates[-1], min(step * 2, 256)  # filters may match few rows: take larger steps
    return rows[off:want]


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


def document_texts(engine: Engine, doc_ids: list[str]) -> dict[str, str]:
    """The cleaned text of these documents, by doc_id: a search result shows a snippet of each."""
    if not doc_ids:
        return {}
    d = t.documents
    with engine.connect() as conn:
        return dict(conn.execute(select(d.c.doc_id, d.c.text).where(d.c.doc_id.in_(doc_ids))).all())


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
