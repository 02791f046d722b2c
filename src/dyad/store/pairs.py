"""Which stored reports and agreements belong to a country pair: the SQL behind `dyad series` and
`dyad events --pair`, kept in one place so that both count the same events.

A report belongs to the pair A-B when its coded actors are one country each (source A and target B,
or B and A). When the coder left one side without a country (no target, or "---"), the named
participants decide: the report belongs to A-B when people of both countries took part. A report
whose two coded actors are of one country is domestic and belongs to no pair. The direction of a
report is its source actor's country. An event (the reports linked into one cluster) is the pair's
when one of its reports is.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine, String, and_, cast, func, or_, select

from dyad.store import schema as t


def normalise_pair(pair: str) -> tuple[str, str]:
    """"kaz-blr" -> ("BLR", "KAZ"): pairs are stored and keyed in alphabetical order."""
    a, _, b = pair.upper().partition("-")
    if len(a) != 3 or len(b) != 3 or not a.isalpha() or not b.isalpha() or a == b:
        raise ValueError(f"a pair is two different ISO3 codes joined by '-', e.g. BLR-KAZ (got {pair!r})")
    x, y = sorted((a, b))
    return x, y


def _starts(column: Any, code: str) -> Any:
    """column starts with a three-letter code, as a range ("BLRGOV": "BLR" <= x < "BLS"): the same on
    SQLite and PostgreSQL, and open to an index on the column."""
    return and_(column >= code, column < code[:2] + chr(ord(code[2]) + 1))


def pair_condition(pair: str, source: str | None = None, events: Any = None) -> Any:
    """A WHERE clause on events: the reports of the pair, or with `source` only those whose source
    actor is of that country (what one side did to the other). One pass over the events' actor
    codes; the participants are looked up only for reports with a side left open."""
    a, b = normalise_pair(pair)
    e, p = (t.events if events is None else events), t.participants  # `events`: the table or an alias of it
    s = source.upper() if source else None
    if s is not None and s not in (a, b):
        raise ValueError(f"--from {source} is not a side of {a}-{b}")
    directions = [(s, b if s == a else a)] if s else [(a, b), (b, a)]
    coded = [and_(_starts(e.c.source_actor, x), _starts(e.c.target_actor, y)) for x, y in directions]
    one_side_open = or_(e.c.source_actor.is_(None), e.c.target_actor.is_(None),
                        e.c.source_actor.like("---%"), e.c.target_actor.like("---%"))
    # EXISTS, looked up by the participants' primary key (event_id first) only for the few reports
    # with a side open: an IN (... INTERSECT ...) list would read every participant of both countries
    # (0.19 s instead of 0.05 s for a busy pair at 100k documents; bench/series_bench.py).
    both_took_part = and_(*(select(p.c.event_id).where(p.c.event_id == e.c.event_id, p.c.country == c).exists()
                            for c in (a, b)))
    open_side = and_(one_side_open, both_took_part)  # in this order: SQLite tests the cheap part first
    if s:
        open_side = and_(open_side, _starts(e.c.source_actor, s))
    return or_(*coded, open_side)


def pair_reports(engine: Engine, pair: str, source: str | None = None) -> list[Any]:
    """Every report of the pair's events, lean: (event_id, cluster_id, doc_id, type, cameo, date). An
    event (cluster) is the pair's when any of its reports is, and then all its reports count, as
    `dyad events --pair` lists it. Ordered as `dyad events` reads them (newest date first, then id),
    so that the first code of a cluster is the one `dyad events` shows."""
    e = t.events
    m = e.alias("m")
    cluster = func.coalesce(e.c.cluster_id, e.c.event_id)
    matching = select(func.coalesce(m.c.cluster_id, m.c.event_id)).where(pair_condition(pair, source, m))
    q = select(e.c.event_id, e.c.cluster_id, e.c.doc_id, e.c.type, e.c.cameo, e.c.date).where(cluster.in_(matching))
    with engine.connect() as conn:
        rows = conn.execute(q).all()  # one fetchall, not a fetchone per row
    # Sorted here, not by ORDER BY: SQLite would walk the date index over the whole table to avoid a
    # sort of a few thousand rows (0.5 s instead of 0.2 s at 100k documents).
    rows.sort(key=lambda r: r.event_id)
    rows.sort(key=lambda r: r.date or "", reverse=True)  # stable: ids stay ascending within a date
    return rows


def pair_agreements(engine: Engine, pair: str) -> list[Any]:
    """Agreements whose parties are both countries of the pair: (agreement_id, doc_id, title, date, parties)."""
    a, b = normalise_pair(pair)
    ag = t.agreements
    text = cast(ag.c.parties, String)  # JSON as text on both SQLite and PostgreSQL: a coarse first cut
    q = (select(ag.c.agreement_id, ag.c.doc_id, ag.c.title, ag.c.date, ag.c.parties)
         .where(text.like(f'%"{a}"%'), text.like(f'%"{b}"%')))
    with engine.connect() as conn:
        return [r for r in conn.execute(q) if {a, b} <= set(r.parties or [])]



def pair_figures(engine: Engine, pair: str, metric: str) -> list[Any]:
    """The pair's claims of one metric, lean and without forecasts: (figure_id, doc_id, value,
    qualifier, currency, unit, period). Read by the figures' (pair, metric) index."""
    a, b = normalise_pair(pair)
    f = t.figures
    q = (select(f.c.figure_id, f.c.doc_id, f.c.value, f.c.qualifier, f.c.currency, f.c.unit, f.c.period)
         .where(f.c.pair == f"{a}-{b}", f.c.metric == metric, or_(f.c.forecast.is_(None), f.c.forecast.is_(False))))
    with engine.connect() as conn:
        return list(conn.execute(q).all())
