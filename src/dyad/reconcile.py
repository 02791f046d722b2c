"""Claims side by side: figures about one metric and period from different sources, their
ranges, conflicts and series; and reports of one real event linked across documents."""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Engine

from dyad.store import claims as store_claims
from dyad.store import linking as store_linking

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
                 conflicts_only: bool = False, limit: int | None = None, offset: int = 0) -> list[ClaimGroup]:
    """Groups of claims in order of pair, metric and period: `limit` groups (all without one) from
    `offset`. The groups are paged in SQL; with `conflicts_only`, SQL keeps the groups whose claims
    may disagree and the rule (different documents) is checked here, a page at a time."""
    with engine.connect() as conn:
        if not conflicts_only:
            return _load_groups(conn, [k for k, _n in store_claims.group_keys(conn, pair, metric, limit, offset)])
        out: list[ClaimGroup] = []
        for g in _conflicting(conn, pair, metric, max(limit or 0, 100)):
            if offset:
                offset -= 1
                continue
            out.append(g)
            if limit is not None and len(out) >= limit:
                break
        return out


def claim_rows(engine: Engine, pair: str | None = None, metric: str | None = None, conflicts_only: bool = False,
               limit: int | None = 100, offset: int = 0) -> list[tuple[ClaimGroup, Claim]]:
    """One claim a row, in the order of claim_groups: rows `offset` to `offset + limit`, the page of
    a table. Groups wholly before the page are skipped by their count, unread; a group the page
    touches is read whole (its conflicts need every claim)."""
    rows: list[tuple[ClaimGroup, Claim]] = []
    step = 100
    with engine.connect() as conn:
        if conflicts_only:
            groups: Iterable[ClaimGroup] = _conflicting(conn, pair, metric, step)
        else:
            groups = _groups_from(conn, pair, metric, offset, limit, step)
            offset = 0  # _groups_from starts at the group holding row `offset`, already trimmed
        for g in groups:
            for c in g.claims:
                if offset:
                    offset -= 1
                    continue
                rows.append((g, c))
                if limit is not None and len(rows) >= limit:
                    return rows
    return rows


def _groups_from(conn: Any, pair: str | None, metric: str | None, offset: int, limit: int | None,
                 step: int) -> Iterable[ClaimGroup]:
    """Groups from the one holding claim number `offset`, its claims before that one dropped, until
    `limit` claims are given (all without a limit)."""
    at, need = 0, float("inf") if limit is None else limit
    while need > 0:
        page = store_claims.group_keys(conn, pair, metric, step, at)
        at += len(page)
        keys, trim = [], 0
        for key, n in page:
            if offset >= n and not keys:
                offset -= n  # before the page: not read
                continue
            if not keys:
                trim, offset = offset, 0
            keys.append(key)
            need -= n - (trim if len(keys) == 1 else 0)
            if need <= 0:
                break
        for i, g in enumerate(_load_groups(conn, keys)):
            if i == 0 and trim:
                g.claims = g.claims[trim:]  # conflicts were found over the whole group
            yield g
        if len(page) < step:
            return


def _conflicting(conn: Any, pair: str | None, metric: str | None, step: int) -> Iterable[ClaimGroup]:
    at = 0
    while True:
        keys = [k for k, _n in store_claims.group_keys(conn, pair, metric, step, at, TOLERANCES)]
        at += len(keys)
        yield from (g for g in _load_groups(conn, keys) if g.conflicts)
        if len(keys) < step:
            return


def _load_groups(conn: Any, keys: list[tuple[Any, ...]]) -> list[ClaimGroup]:
    groups = {key: ClaimGroup(key[0], key[1], key[2], bool(key[3])) for key in keys}
    for row in store_claims.claims_of(conn, keys):
        # Money in different currencies cannot be compared; neither can a percentage with dollars.
        key = (row["pair"], row["metric"], row["period"], row["forecast"], row["currency"], row["unit"])
        g = groups.get(key)
        if g is None:
            continue
        lo, hi = claim_range(row["value"], row["qualifier"])
        g.claims.append(Claim(row["figure_id"], row["doc_id"], row["outlet"], row["source"], row["text"],
                              row["value"], row["currency"], row["qualifier"] or "exact", lo, hi,
                              row["speaker_en"], (row["start"], row["end"]), row["published"], row["unit"]))
    for g in groups.values():
        g.conflicts = _conflicts(g.claims)
    return list(groups.values())


def _conflicts(claims: list[Claim]) -> list[tuple[str, str]]:
    """Pairs of claims from different documents whose ranges do not overlap, in claim order. Two
    ranges miss each other when one ends below the other's start: with the claims sorted by start,
    those above a claim's end are a suffix, so this costs the pairs found, not every pair."""
    by_low = sorted(range(len(claims)), key=lambda i: claims[i].low)
    lows = [claims[i].low for i in by_low]
    pairs = []
    for i, a in enumerate(claims):
        for j in by_low[bisect_right(lows, a.high):]:  # low > a.high: entirely above a
            b = claims[j]
            if a.doc_id != b.doc_id:
                pairs.append((min(i, j), max(i, j)))
    return [(claims[i].figure_id, claims[j].figure_id) for i, j in sorted(pairs)]


def series(engine: Engine, pair: str, metric: str, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
    """Points of one metric over periods, one per claim, sorted by period: the chart's data. A page
    of `limit` points from `offset` (all without a limit), read as a page of claim_rows."""
    points = []
    in_conflict: dict[int, set[str]] = {}
    for g, c in claim_rows(engine, pair, metric, limit=limit, offset=offset):
        flagged = in_conflict.setdefault(id(g), {f for p in g.conflicts for f in p})
        points.append({"period": g.period, "forecast": g.forecast, "value": c.value, "low": c.low,
                       "high": c.high, "qualifier": c.qualifier, "outlet": c.outlet, "doc_id": c.doc_id,
                       "figure_id": c.figure_id, "text": c.text, "evidence": list(c.evidence),
                       "conflict": c.figure_id in flagged, "currency": c.currency,
                       "unit": c.unit, "source": c.source, "published": c.published})
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


def _day(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value and not value.startswith("--") else None
    except ValueError:
        return None


def search_day(report_date: str | None, published: str | None, fetched: str | None,
               latest: str | None) -> date | None:
    """The day a report is looked for near when it is stored: its own date when that has a year.
    A date without one ("--03-14") takes the year that puts it nearest its document's date
    (published, else fetched), else nearest the latest report stored; a report without a date is
    looked for on that day itself. None when nothing says when it was (no years to search)."""
    own = _day(report_date)
    if own is not None:
        return own
    ref = _day(published) or _day(fetched) or _day(latest)
    if ref is None or report_date is None:
        return ref
    if not report_date.startswith("--"):
        return None  # not a date: found only by reports with the same text (see _search_keys)
    options = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            options.append(date.fromisoformat(f"{year:04d}{report_date[1:]}"))
        except ValueError:  # 29 February in a year without it
            continue
    return min(options, key=lambda x: abs((x - ref).days), default=None)


def _search_keys(report_date: str | None, day: date | None) -> set[str]:
    """The stored dates a report could be linked with (see dates_compatible), around its search
    day: the day before, the day itself and the day after, with and without the year. A report
    without a year is thus looked for in one year, not every year the store holds."""
    keys: set[str] = set()
    if day is not None:
        for k in (-1, 0, 1):
            x = day + timedelta(days=k)
            keys |= {x.isoformat(), x.strftime("--%m-%d")}
    elif report_date and report_date.startswith("--"):
        try:  # no year anywhere: other reports without one, by month and day
            same = date.fromisoformat("2000" + report_date[1:])
            keys |= {(same + timedelta(days=k)).strftime("--%m-%d") for k in (-1, 0, 1)}
        except ValueError:
            keys.add(report_date)
    elif report_date:
        keys.add(report_date)  # not a date: only an equal string matches (dates_compatible)
    return keys


def _reports_near(conn: Any, doc_ids: list[str]) -> tuple[dict[str, set[str]], list[Any]]:
    """The reports that documents' new reports could be linked with, as link_event_reports loads
    them: those sharing a participant with a new one on a compatible date, and every report
    already in a cluster with those. Every lookup is by date (indexed) within a day of each new
    report's search day, so linking a batch costs in proportion to the batch, not the store."""
    new = store_linking.new_reports(conn, doc_ids)
    if not new:
        return {}, []
    latest = None
    if any(_day(r.date) is None for r in new):
        latest = store_linking.latest_day(conn)
    new_actors: dict[str, set[str]] = defaultdict(set)
    keys_of: dict[str, set[str]] = {}
    published_days: set[str] = set()  # reports without a date are found by their document's date
    for r in new:
        new_actors[r.event_id].add(r.actor_id)
        if r.event_id not in keys_of:
            day = search_day(r.date, r.published, r.fetched, latest)
            keys_of[r.event_id] = _search_keys(r.date, day)
            published_days |= {k for k in keys_of[r.event_id] if not k.startswith("--")}
    wants: dict[tuple[str, str], set[str]] = defaultdict(set)  # (actor, stored date) -> new reports
    for n, keys in keys_of.items():
        for a in new_actors[n]:
            for k in keys:
                wants[(a, k)].add(n)
    actors = sorted({a for a, _k in wants})
    rows = list(store_linking.reports_on(conn, wants))
    if published_days:
        rows += store_linking.undated_reports_published_on(conn, sorted(published_days), actors)
    # Count, per stored report and new report, the participants they share on a compatible date:
    # reports that could be linked share two (or every one the smaller has).
    shared: dict[tuple[str, str], int] = defaultdict(int)
    cluster_of: dict[str, str] = {}
    seen: set[tuple[str, str]] = set()
    for r in rows:
        if (r.event_id, r.actor_id) in seen:
            continue
        seen.add((r.event_id, r.actor_id))
        cluster_of[r.event_id] = r.cluster_id or r.event_id
        for n in wants.get((r.actor_id, r.day), ()):
            shared[(r.event_id, n)] += 1
    near_ids = {cluster_of[n] for n in new_actors if n in cluster_of}
    maybe = {c for (c, n), k in shared.items() if k < min(2, len(new_actors[n]))}
    sizes = store_linking.participant_counts(conn, maybe)  # one shared is enough for a one-person report
    for (c, n), k in shared.items():
        if k >= min(2, len(new_actors[n]), sizes.get(c, 2)):
            near_ids.add(cluster_of[c])
    evs = store_linking.reports_of_clusters(conn, near_ids)
    parts = defaultdict(set, store_linking.participants_of(conn, evs))
    return parts, [evs[i] for i in sorted(evs)]


def link_event_reports(engine: Engine, doc_ids: Iterable[str] | None = None) -> int:
    """Give reports of one real event one cluster_id; fill a missing year from the others.

    Reports match when they share at least two participants (or their only one), have
    equivalent types, compatible dates and compatible places. Returns the number of links.
    With `doc_ids` (a batch just stored), only the reports those documents' reports could join
    are relinked, so that storing stays proportional to the batch, not to the database.
    """
    new_docs = set(doc_ids) if doc_ids is not None else None
    with engine.connect() as conn:
        if new_docs is not None:
            parts, evs = _reports_near(conn, sorted(new_docs))
        else:
            found, evs = store_linking.all_reports(conn)
            parts = defaultdict(set, found)
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
    store_linking.save_links(engine, updates)
    return links
