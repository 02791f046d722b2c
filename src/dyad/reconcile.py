"""Claims side by side: figures about one metric and period from different sources, their
ranges, conflicts and series; and reports of one real event linked across documents."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, func, or_, select, update

from dyad.store import schema as t

# How wide a claim is, by its qualifier, as (low factor, high factor) of the stated value.
# Stated once here: every conflict the tool reports follows from these numbers.
TOLERANCES: dict[str, tuple[float, float]] = {
    "exact": (0.99, 1.01),  # a figure stated exactly may still be rounded to the last digit shown
    "approx": (0.90, 1.10),  # "around $500 million"
    "almost": (0.85, 1.00),  # "almost $1 billion": below it, but not far
    "over": (1.00, 1.50),  # "over $1.5 billion": above it; a much larger total would be said so
    "under": (0.50, 1.00),
}
EQUIVALENT_EVENT_TYPES = [{"meeting", "talks", "visit"}]


def claim_range(value: float, qualifier: str | None) -> tuple[float, float]:
    lo, hi = TOLERANCES.get(qualifier or "exact", TOLERANCES["exact"])
    return value * lo, value * hi


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


@dataclass
class Claim:
    figure_id: str
    doc_id: str
    outlet: str | None
    source: str
    text: str
    value: float
    currency: str | None
    qualifier: str
    low: float
    high: float
    speaker_en: str | None
    evidence: tuple[int, int]
    published: str | None
    unit: str | None = None


@dataclass
class ClaimGroup:
    pair: str | None
    metric: str
    period: str | None
    forecast: bool
    claims: list[Claim] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # figure_id pairs

    def to_json(self) -> dict[str, Any]:
        return {
            "pair": self.pair, "metric": self.metric, "period": self.period, "forecast": self.forecast,
            "conflict": bool(self.conflicts),
            "claims": [c.__dict__ | {"evidence": list(c.evidence)} for c in self.claims],
            "conflicts": [list(p) for p in self.conflicts],
        }


def claim_groups(engine: Engine, pair: str | None = None, metric: str | None = None,
                 conflicts_only: bool = False) -> list[ClaimGroup]:
    f, d = t.figures, t.documents
    q = select(f, d.c.outlet, d.c.source, d.c.published).join(d, d.c.doc_id == f.c.doc_id)
    if pair:
        q = q.where(f.c.pair == "-".join(sorted(pair.upper().split("-"))))
    if metric:
        q = q.where(f.c.metric == metric)
    groups: dict[tuple[Any, ...], ClaimGroup] = {}
    with engine.connect() as conn:
        for row in conn.execute(q).mappings():
            if row["metric"] in {"count", "other"}:
                continue
            # Money in different currencies cannot be compared; neither can a percentage with dollars.
            key = (row["pair"], row["metric"], row["period"], bool(row["forecast"]), row["currency"], row["unit"])
            g = groups.setdefault(key, ClaimGroup(row["pair"], row["metric"], row["period"], bool(row["forecast"])))
            lo, hi = claim_range(row["value"], row["qualifier"])
            g.claims.append(Claim(row["figure_id"], row["doc_id"], row["outlet"], row["source"], row["text"],
                                  row["value"], row["currency"], row["qualifier"] or "exact", lo, hi,
                                  row["speaker_en"], (row["start"], row["end"]), row["published"], row["unit"]))
    out = []
    for g in groups.values():
        for i, a in enumerate(g.claims):
            for b in g.claims[i + 1 :]:
                if a.doc_id != b.doc_id and not overlap((a.low, a.high), (b.low, b.high)):
                    g.conflicts.append((a.figure_id, b.figure_id))
        if conflicts_only and not g.conflicts:
            continue
        out.append(g)
    out.sort(key=lambda g: (g.pair or "", g.metric, g.period or "", g.forecast))
    return out


def series(engine: Engine, pair: str, metric: str) -> list[dict[str, Any]]:
    """Points of one metric over periods, one per claim, sorted by period: the chart's data."""
    points = []
    for g in claim_groups(engine, pair, metric):
        for c in g.claims:
            points.append({"period": g.period, "forecast": g.forecast, "value": c.value, "low": c.low,
                           "high": c.high, "qualifier": c.qualifier, "outlet": c.outlet, "doc_id": c.doc_id,
                           "figure_id": c.figure_id, "text": c.text, "evidence": list(c.evidence),
                           "conflict": any(c.figure_id in p for p in g.conflicts), "currency": c.currency,
                           "unit": c.unit, "source": c.source, "published": c.published})
    points.sort(key=lambda p: (p["period"] or "", p["forecast"]))
    return points


def same_event_type(a: str, b: str) -> bool:
    return a == b or any(a in g and b in g for g in EQUIVALENT_EVENT_TYPES)


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Same day, or one day apart (a report filed the next day, time zones). A date without its
    year ("--03-14") is compared by month and day only."""
    from datetime import date

    if not a or not b:
        return True
    try:
        if a.startswith("--") or b.startswith("--"):
            # 2000 is a leap year, so "--02-29" parses; the year is otherwise irrelevant.
            da, db = date.fromisoformat("2000" + a[-6:]), date.fromisoformat("2000" + b[-6:])
            return abs((da - db).days) <= 1 or abs((da - db).days) >= 365  # 31 Dec next to 1 Jan
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 1
    except ValueError:
        return a == b


def _compatible(a: Any, b: Any) -> bool:
    """Two reports could be of one event: equivalent kinds, compatible dates, no two different places."""
    return (same_event_type(a["type"], b["type"]) and dates_compatible(a["date"], b["date"])
            and not (a["location"] and b["location"] and a["location"] != b["location"]))


def _year_from(partial: str, full: list[str]) -> str | None:
    """"--03-15" completed with the year of a compatible full date ("2024-03-14" -> "2024-03-15")."""
    from datetime import date

    for d in full:
        if not dates_compatible(d, partial):
            continue
        year = int(d[:4])
        if partial[2:4] == "12" and d[5:7] == "01":
            year -= 1
        elif partial[2:4] == "01" and d[5:7] == "12":
            year += 1
        try:
            return date.fromisoformat(f"{year:04d}{partial[1:]}").isoformat()
        except ValueError:
            continue
    return None


def _dates_near(d: str, years: range) -> set[str]:
    """Every stored date a report dated `d` could be linked with (see dates_compatible): the day
    before, the day itself and the day after, with and without the year; for a date without its
    year, those days in every year the database holds."""
    from datetime import date, timedelta

    try:
        day = date.fromisoformat("2000" + d[-6:] if d.startswith("--") else d)
    except ValueError:
        return {d}  # not a date: only an equal string matches
    same = date(2000, day.month, day.day)  # month and day compared as dates_compatible does
    month_days = {(same + timedelta(days=k)).strftime("%m-%d") for k in (-1, 0, 1)}
    if not d.startswith("--"):
        days = [day + timedelta(days=k) for k in (-1, 0, 1)]
        month_days |= {x.strftime("%m-%d") for x in days}
        return {x.isoformat() for x in days} | {"--" + md for md in month_days}
    return {"--" + md for md in month_days} | {f"{y:04d}-{md}" for y in years for md in month_days}


def _stored_years(conn: Any) -> range:
    e = t.events
    lo, hi = conn.execute(select(func.min(e.c.date), func.max(e.c.date))
                          .where(e.c.date >= "0000", e.c.date < "9999~")).one()
    try:
        return range(int(lo[:4]), int(hi[:4]) + 1)
    except (TypeError, ValueError):
        return range(0)


def _reports_near(conn: Any, doc_ids: list[str]) -> tuple[dict[str, set[str]], list[Any]]:
    """The reports that documents' new reports could be linked with, as link_event_reports loads
    them: those sharing a participant with a new one on a compatible date, and every report
    already in a cluster with those. The lookups go by date (indexed), so that linking a stored
    batch costs in proportion to the batch rather than to the database."""
    from sqlalchemy import tuple_

    e, p = t.events, t.participants
    new = conn.execute(select(e.c.event_id, e.c.date, p.c.actor_id).join(p, p.c.event_id == e.c.event_id)
                       .where(e.c.doc_id.in_(doc_ids))).all()
    if not new:
        return {}, []
    years = _stored_years(conn) if any(r.date and r.date.startswith("--") for r in new) else range(0)
    new_actors: dict[str, set[str]] = defaultdict(set)
    for r in new:
        new_actors[r.event_id].add(r.actor_id)
    wants: dict[tuple[str, str], set[str]] = defaultdict(set)  # (actor, stored date) -> new reports
    undated: set[str] = set()  # actors of new reports without a date: any of their reports fits
    for r in new:
        if r.date:
            for d in _dates_near(r.date, years):
                wants[(r.actor_id, d)].add(r.event_id)
        else:
            undated.add(r.actor_id)
    actors = sorted({r.actor_id for r in new})
    base = select(e.c.event_id, e.c.cluster_id, e.c.date, p.c.actor_id).join(p, p.c.event_id == e.c.event_id)
    queries = [base.where(e.c.date.is_(None), p.c.actor_id.in_(actors))]
    if undated:
        queries.append(base.where(p.c.actor_id.in_(sorted(undated))))
    pairs = sorted(wants, key=lambda ad: (ad[1], ad[0]))
    for k in range(0, len(pairs), 300):
        chunk = pairs[k : k + 300]
        queries.append(base.where(e.c.date.in_(sorted({d for _a, d in chunk})),
                                  tuple_(p.c.actor_id, e.c.date).in_(chunk)))
    # Count, per stored report and new report, the participants they share on a compatible date:
    # reports that could be linked share two (or every one the smaller has).
    shared: dict[tuple[str, str], int] = defaultdict(int)
    cluster_of: dict[str, str] = {}
    for q in queries:
        for r in conn.execute(q):
            cluster_of[r.event_id] = r.cluster_id or r.event_id
            news = wants.get((r.actor_id, r.date), set()) if r.date else set()
            if not r.date or r.actor_id in undated:
                news = news | {n for n, acts in new_actors.items() if r.actor_id in acts}
            for n in news:
                shared[(r.event_id, n)] += 1
    near_ids = {cluster_of[n] for n in new_actors if n in cluster_of}
    maybe = {c for (c, n), k in shared.items() if k < min(2, len(new_actors[n]))}
    sizes: dict[str, int] = {}
    for k in range(0, len(maybe), 400):  # one shared participant is enough only for a one-person report
        ids = sorted(maybe)[k : k + 400]
        sizes.update((r[0], r[1]) for r in conn.execute(select(p.c.event_id, func.count())
                                                         .where(p.c.event_id.in_(ids)).group_by(p.c.event_id)))
    for (c, n), k in shared.items():
        if k >= min(2, len(new_actors[n]), sizes.get(c, 2)):
            near_ids.add(cluster_of[c])
    cols = (e.c.event_id, e.c.doc_id, e.c.type, e.c.date, e.c.location, e.c.cluster_id, e.c.date_inferred)
    evs: dict[str, Any] = {}
    chunk_ids = sorted(near_ids)
    for k in range(0, len(chunk_ids), 400):
        ids = chunk_ids[k : k + 400]
        for row in conn.execute(select(*cols).where(or_(e.c.cluster_id.in_(ids), e.c.event_id.in_(ids)))).mappings():
            evs[row["event_id"]] = row
    parts: dict[str, set[str]] = defaultdict(set)
    ids = sorted(evs)
    for k in range(0, len(ids), 400):
        for row in conn.execute(select(p.c.event_id, p.c.actor_id).where(p.c.event_id.in_(ids[k : k + 400]))):
            parts[row.event_id].add(row.actor_id)
    return parts, [evs[i] for i in ids]


def link_event_reports(engine: Engine, doc_ids: Iterable[str] | None = None) -> int:
    """Give reports of one real event one cluster_id; fill a missing year from the others.

    Reports match when they share at least two participants (or their only one), have
    equivalent types, compatible dates and compatible places. Returns the number of links.
    With `doc_ids` (a batch just stored), only the reports those documents' reports could join
    are relinked, so that storing stays proportional to the batch, not to the database.
    """
    e, p = t.events, t.participants
    new_docs = set(doc_ids) if doc_ids is not None else None
    with engine.connect() as conn:
        parts: dict[str, set[str]] = defaultdict(set)
        if new_docs is not None:
            parts, evs = _reports_near(conn, sorted(new_docs))
        else:
            for row in conn.execute(select(p.c.event_id, p.c.actor_id)):
                parts[row.event_id].add(row.actor_id)
            evs = list(conn.execute(select(e.c.event_id, e.c.doc_id, e.c.type, e.c.date, e.c.location,
                                           e.c.cluster_id, e.c.date_inferred)).mappings())
    by_actor: dict[str, list[int]] = defaultdict(list)
    for i, ev in enumerate(evs):
        for a in parts.get(ev["event_id"], ()):
            by_actor[a].append(i)
    parent = list(range(len(evs)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    # Candidate links: reports in different documents that share the participants and agree on
    # kind, date and place. The most specific agreements (same place, same day) are linked first.
    candidates: dict[tuple[int, int], int] = {}
    for idxs in by_actor.values():
        for x in range(len(idxs)):
            for y in range(x + 1, len(idxs)):
                i, j = sorted((idxs[x], idxs[y]))
                a, b = evs[i], evs[j]
                if a["doc_id"] == b["doc_id"] or (i, j) in candidates:
                    continue
                if new_docs is not None and a["doc_id"] not in new_docs and b["doc_id"] not in new_docs \
                        and a["cluster_id"] != b["cluster_id"]:
                    continue  # two earlier reports: judged when the later of them was stored
                pa, pb = parts[a["event_id"]], parts[b["event_id"]]
                if len(pa & pb) < min(2, len(pa), len(pb)) or not _compatible(a, b):
                    continue
                candidates[(i, j)] = (2 * bool(a["location"] and a["location"] == b["location"])
                                      + bool(a["date"] and a["date"] == b["date"]) + (a["type"] == b["type"]))
    members: dict[int, list[int]] = {i: [i] for i in range(len(evs))}
    links = 0
    for i, j in sorted(candidates, key=lambda ij: (-candidates[ij], ij)):
        ri, rj = find(i), find(j)
        if ri == rj:
            continue
        # Every report of the merged event must agree with every other: a report without a place
        # must not join "in Tashkent" and "in Samarkand" on the same day into one event.
        if not all(_compatible(evs[x], evs[y]) for x in members[ri] for y in members[rj]):
            continue
        parent[rj] = ri
        members[ri].extend(members.pop(rj))
        links += 1
    clusters: dict[int, list[int]] = defaultdict(list)
    for i in range(len(evs)):
        clusters[find(i)].append(i)
    updates = []
    for members in clusters.values():
        cid = min(evs[i]["event_id"] for i in members)
        full = sorted({evs[i]["date"] for i in members if evs[i]["date"] and not evs[i]["date"].startswith("--")})
        for i in members:
            ev = evs[i]
            new_date, inferred = ev["date"], bool(ev["date_inferred"])
            if ev["date"] and ev["date"].startswith("--") and full:
                filled = _year_from(ev["date"], full)
                if filled:
                    new_date, inferred = filled, True  # the year comes from another report
            if cid != ev["cluster_id"] or new_date != ev["date"]:
                updates.append((ev["event_id"], cid, new_date, inferred))
    if updates:
        with engine.begin() as conn:
            for eid, cid, new_date, inferred in updates:
                conn.execute(update(e).where(e.c.event_id == eid).values(cluster_id=cid, date=new_date,
                                                                         date_inferred=inferred))
    return links
