"""The SQL of claims (the rules are in dyad.reconcile): figures grouped by what they are about,
the groups paged in SQL, so that a page of claims costs the same at any size of the store."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, and_, case, func, or_, select

from dyad.model import Metric
from dyad.store import schema as t

f, d = t.figures, t.documents
# The key of a group: figures about one metric and period of one pair, in one currency and unit; the
# columns of ix_figures_group, in its order, so that SQLite groups and pages by walking the index.
# (forecast is never NULL: rows_for writes a bool.)
GROUP = (f.c.pair, f.c.metric, f.c.period, f.c.forecast, f.c.currency, f.c.unit)
ORDER = (f.c.pair.nullsfirst(), f.c.metric, f.c.period.nullsfirst(), f.c.forecast, f.c.currency.nullsfirst(),
         f.c.unit.nullsfirst())


def _pair(pair: str) -> str:
    return "-".join(sorted(pair.upper().split("-")))


def _bounds(tolerances: Mapping[str, tuple[float, float]]) -> tuple[Any, Any]:
    """A claim's low and high end in SQL, from the same table the Python side uses."""
    exact = tolerances["exact"]
    lo = case(*[(f.c.qualifier == q, f.c.value * w[0]) for q, w in tolerances.items()], else_=f.c.value * exact[0])
    hi = case(*[(f.c.qualifier == q, f.c.value * w[1]) for q, w in tolerances.items()], else_=f.c.value * exact[1])
    return lo, hi


def group_keys(conn: Connection, pair: str | None, metric: str | None, limit: int | None, offset: int,
               tolerances: Mapping[str, tuple[float, float]] | None = None) -> list[tuple[tuple[Any, ...], int]]:
    """Keys of groups with their number of claims, in order, a page of them. With `tolerances`, only
    groups that may hold a conflict: some claim's low end above another's high end (the caller
    checks that they come from different documents)."""
    q = select(*GROUP, func.count()).where(f.c.metric.not_in(Metric.NOT_CLAIMS))
    if pair:
        q = q.where(f.c.pair == _pair(pair))
    if metric:
        q = q.where(f.c.metric == metric)
    q = q.group_by(*GROUP)
    if tolerances is not None:
        lo, hi = _bounds(tolerances)
        q = q.having(and_(func.max(lo) > func.min(hi), func.count(func.distinct(f.c.doc_id)) > 1))
    return [(tuple(r[:-1]), r[-1]) for r in conn.execute(q.order_by(*ORDER).limit(limit).offset(offset))]


def _same(col: Any, value: Any) -> Any:
    return col.is_(None) if value is None else col == value


def claims_of(conn: Connection, keys: Sequence[tuple[Any, ...]]) -> Iterator[Mapping[str, Any]]:
    """The figures of these groups with their documents' outlet, source and date, in figure order."""
    for k in range(0, len(keys), 50):
        chunk = keys[k : k + 50]
        match = or_(*[and_(*[_same(col, v) for col, v in zip(GROUP, key, strict=True)]) for key in chunk])
        q = (select(f, d.c.outlet, d.c.source, d.c.published)
             .join(d, d.c.doc_id == f.c.doc_id).where(match).order_by(f.c.figure_id))
        yield from conn.execute(q).mappings()
