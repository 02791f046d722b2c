"""The relationship over time: one row per period (month, quarter, year) for a country pair.

Event-data series (GDELT, ICEWS, POLECAT) count reports, so a summit covered by forty outlets
weighs forty times. dyad links reports of one event (events.cluster_id), so a row counts events;
`reports` says how many reports they had. Each event is classed by the CAMEO quad class of its
code and scored on the Goldstein scale (dyad.codes). Agreements signed and the pair's reconciled
trade claims for the same period sit in the same row, so that one table holds the relationship.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from dyad.codes import QUAD_NAMES, codes_for, goldstein, quad_class
from dyad.model import Metric
from dyad.store.pairs import normalise_pair, pair_agreements, pair_figures, pair_reports

BY = ("month", "quarter", "year")
COLUMNS = ["pair", "source", "period", "events", "reports", *QUAD_NAMES.values(), "goldstein_mean",
           "agreements", "trade_value", "trade_low", "trade_high", "trade_currency", "trade_claims",
           "trade_conflict"]

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_CLAIM_PERIOD = re.compile(r"(\d{4})(?:-(\d{2}))?(?:\.\.(\d{4})(?:-(\d{2}))?)?")


def period_of(date: str | None, by: str) -> str | None:
    """"2017-09-14" -> "2017" | "2017-Q3" | "2017-09"; None when the date is not known that precisely
    (no date, a date without its year such as "--02-27", a year alone for a month series)."""
    m = _DATE.fullmatch(date or "")
    if not m:
        return None
    year, month = m.group(1), m.group(2)
    if by == "year":
        return year
    if month is None:
        return None
    return f"{year}-Q{(int(month) - 1) // 3 + 1}" if by == "quarter" else f"{year}-{month}"


def claim_period(period: str | None, by: str) -> str | None:
    """The series period a claim's period is exactly ("2017", "2017-01..2017-12" -> "2017" by year;
    "2017-07..2017-09" -> "2017-Q3" by quarter); None for a part of one ("January-September") or a
    span of several, which are not that period's total."""
    m = _CLAIM_PERIOD.fullmatch(period or "")
    if not m:
        return None
    y1, m1, y2, m2 = m.groups()
    if y2 is None:  # "2017" or "2017-09"
        y2, m2 = y1, m1
        if m1 is None:
            m1, m2 = "01", "12"
    if y1 != y2 or m1 is None or m2 is None:
        return None
    first, last = int(m1), int(m2)
    if by == "year":
        return y1 if (first, last) == (1, 12) else None
    if by == "quarter":
        return f"{y1}-Q{last // 3}" if last - first == 2 and last % 3 == 0 else None
    return f"{y1}-{m1}" if first == last else None


def period_bounds(period: str) -> tuple[str, str]:
    """First and last day of a period label, as ISO dates (for --since/--until)."""
    if "-Q" in period:
        y, q = period.split("-Q")
        return f"{y}-{3 * int(q) - 2:02d}-01", f"{y}-{3 * int(q):02d}-31"
    if len(period) == 7:
        return f"{period}-01", f"{period}-31"
    return f"{period}-01-01", f"{period}-12-31"


def periods_between(first: str, last: str, by: str) -> list[str]:
    """Every period label from first to last, both included."""
    y, sub = int(first[:4]), 1
    if by == "quarter":
        sub = int(first[-1])
    elif by == "month":
        sub = int(first[5:7])
    out = []
    per_year = {"year": 1, "quarter": 4, "month": 12}[by]
    while True:
        label = str(y) if by == "year" else (f"{y}-Q{sub}" if by == "quarter" else f"{y}-{sub:02d}")
        out.append(label)
        if label >= last or len(out) > 12 * 1000:
            return out
        sub += 1
        if sub > per_year:
            y, sub = y + 1, 1


@dataclass
class PairEvent:
    """One real event of the pair: its reports merged as `dyad events` merges them."""

    event_id: str  # the cluster id
    type: str
    cameo: str | None
    date: str | None
    docs: set[str] = field(default_factory=set)

    @property
    def code(self) -> str:
        # A report without a usable code falls back to its kind's code, so every event has a quad
        # class and the four classes always add up to `events`.
        return self.cameo if quad_class(self.cameo) else codes_for(self.type)[1]


def pair_events(engine: Engine, pair: str, source: str | None = None) -> list[PairEvent]:
    """The pair's events (one per cluster), each with the earliest full date of its reports."""
    events: dict[str, PairEvent] = {}
    for r in pair_reports(engine, pair, source):
        key = r.cluster_id or r.event_id
        ev = events.get(key)
        if ev is None:
            ev = events[key] = PairEvent(key, r.type, r.cameo, r.date)
        ev.docs.add(r.doc_id)
        ev.cameo = ev.cameo or r.cameo
        d = r.date
        if d and not d.startswith("--") and (not ev.date or ev.date.startswith("--") or d < ev.date):
            ev.date = d  # the earliest report's day, as `dyad events` shows it
    return list(events.values())


def _in_range(day: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    if not day or day.startswith("--"):
        return False  # an event of unknown date cannot be placed inside a range
    return (since is None or day >= since) and (until is None or day[: len(until)] <= until)


def _trade(engine: Engine, pair: str, by: str) -> dict[str, dict[str, Any]]:
    """Per period: the consensus (median) of the claims about exactly that period's trade turnover,
    the range the sources' wording allows (qualifiers as in `dyad claims`), and whether two sources
    disagree (their ranges cannot both hold). Forecasts are left out."""
    from dyad.reconcile import claim_range

    groups: dict[tuple[str, str | None, str | None], list[Any]] = defaultdict(list)
    for f in pair_figures(engine, pair, Metric.TRADE_TURNOVER):
        period = claim_period(f.period, by)
        if period is not None:  # "2017" and "2017-01..2017-12" both claim the year: one group
            groups[(period, f.currency, f.unit)].append(f)
    best: dict[str, tuple[tuple[int, bool], str | None, list[Any]]] = {}
    for (period, currency, _unit), claims in groups.items():
        # Money in different currencies cannot be compared: keep the best attested (USD on a tie).
        rank = (len(claims), currency == "USD")
        if period not in best or rank > best[period][0]:
            best[period] = (rank, currency, claims)
    out = {}
    for period, (_rank, currency, claims) in best.items():
        ranges = [(f.doc_id, *claim_range(f.value, f.qualifier)) for f in claims]
        out[period] = {
            "trade_value": statistics.median(f.value for f in claims),
            "trade_low": min(lo for _d, lo, _h in ranges), "trade_high": max(hi for _d, _l, hi in ranges),
            "trade_currency": currency, "trade_claims": len(claims), "trade_conflict": _disagree(ranges),
        }
    return out


def _disagree(ranges: list[tuple[str, float, float]]) -> bool:
    """Whether two claims from different documents have ranges that do not overlap, in O(n log n):
    the claims that end lowest and begin highest, per document, are the only candidates."""
    low_end: dict[str, float] = {}
    high_start: dict[str, float] = {}
    for doc, lo, hi in ranges:
        low_end[doc] = min(hi, low_end.get(doc, hi))
        high_start[doc] = max(lo, high_start.get(doc, lo))
    ends = sorted(low_end.items(), key=lambda kv: kv[1])[:2]
    starts = sorted(high_start.items(), key=lambda kv: -kv[1])[:2]
    return any(d1 != d2 and h < lo for d1, h in ends for d2, lo in starts)


def _empty_row(pair: str, source: str | None, period: str | None) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update({"pair": pair, "source": source, "period": period, "events": 0, "reports": 0, "agreements": 0,
                "trade_claims": 0, "trade_conflict": False})
    row.update(dict.fromkeys(QUAD_NAMES.values(), 0))
    return row


def _check(by: str) -> None:
    if by not in BY:
        raise ValueError(f"by must be one of {', '.join(BY)} (got {by!r})")


def dyad_series(engine: Engine, pair: str, by: str = "year", source: str | None = None,
                since: str | None = None, until: str | None = None, fill: bool = False) -> list[dict[str, Any]]:
    """One row per period (see COLUMNS), oldest first; the row with period None (events whose date
    is not known to that precision) last. With `fill`, periods without anything between the first
    and the last are rows of zeros, as a dyad-year table usually has them."""
    _check(by)
    key = "-".join(normalise_pair(pair))
    src = source.upper() if source else None
    rows: dict[str | None, dict[str, Any]] = {}
    scores: dict[str | None, list[float]] = defaultdict(list)

    def row(period: str | None) -> dict[str, Any]:
        if period not in rows:
            rows[period] = _empty_row(key, src, period)
        return rows[period]

    # Dates and codes repeat a great deal over thousands of events: each is worked out once.
    periods: dict[str | None, str | None] = {}
    classes: dict[str, tuple[str, float | None]] = {}
    for ev in pair_events(engine, key, src):
        if (since or until) and not _in_range(ev.date, since, until):
            continue
        if ev.date not in periods:
            periods[ev.date] = period_of(ev.date, by)
        r = row(periods[ev.date])
        r["events"] += 1
        r["reports"] += len(ev.docs)
        code = ev.code
        if code not in classes:  # `or 1` only for the type checker: ev.code always has a quad class
            classes[code] = (QUAD_NAMES[quad_class(code) or 1], goldstein(code))
        quad, g = classes[code]
        r[quad] += 1
        if g is not None:
            scores[r["period"]].append(g)
    signed: dict[str | None, set[tuple[str, str]]] = defaultdict(set)
    for a in pair_agreements(engine, key):
        if _in_range(a.date, since, until):
            # One agreement reported by several outlets is one agreement.
            signed[period_of(a.date, by)].add((" ".join(a.title.casefold().split()), a.date or ""))
    for period, titles in signed.items():
        row(period)["agreements"] = len(titles)
    for period, trade in _trade(engine, key, by).items():
        lo, hi = period_bounds(period)
        if (since is None or hi >= since) and (until is None or lo[: len(until)] <= until):
            row(period).update(trade)
    for period, vals in scores.items():
        rows[period]["goldstein_mean"] = round(sum(vals) / len(vals), 3)
    if fill:
        known = sorted(p for p in rows if p is not None)
        first = period_of(since, by) if since else (known[0] if known else None)
        last = period_of(until, by) if until and period_of(until, by) else (known[-1] if known else None)
        if first and last:
            for period in periods_between(first, last, by):
                row(period)
    return sorted(rows.values(), key=lambda r: (r["period"] is None, r["period"] or ""))


def period_event_ids(engine: Engine, pair: str, by: str, period: str | None, source: str | None = None,
                     since: str | None = None, until: str | None = None) -> list[str]:
    """The events (cluster ids) a row of the series counts, newest first: the drill-down of a period."""
    _check(by)
    evs = [ev for ev in pair_events(engine, pair, source)
           if _in_range(ev.date, since, until) and period_of(ev.date, by) == period]
    evs.sort(key=lambda ev: ev.event_id)
    evs.sort(key=lambda ev: ev.date or "", reverse=True)
    return [ev.event_id for ev in evs]


def totals(rows: Iterable[dict[str, Any]]) -> dict[str, int]:
    """Sums of the count columns over rows (for a table's last line and for checks)."""
    keys = ["events", "reports", *QUAD_NAMES.values(), "agreements"]
    out = dict.fromkeys(keys, 0)
    for r in rows:
        for k in keys:
            out[k] += r[k]
    return out
