"""Lists page in the database: pages are disjoint and together make the whole list, filters
apply before the page is cut (a page is full when there is more), and the CLI and the API take
--limit/--offset (limit/offset) with a cap. Hand-made records, on SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text

from dyad.model import Doc, Event, Figure, Person, Quote, Record
from dyad.reconcile import claim_groups, claim_rows, series
from dyad.run import store_records
from dyad.store import queries
from dyad.store.db import engine_for

COUNTRIES = ["BLR", "KAZ", "UZB", "KGZ"]


def _person(country: str, k: int) -> Person:
    name = f"Person{k} {country.title()}"
    return Person(name, name, f"Minister {k}", country, f"{country.lower()}-person-{k}", (0, len(name)))


def _record(i: int) -> Record:
    """Document i: a meeting on day i of two people; two documents a day report the same meeting,
    so 2n documents make n events. Figures of one pair and two periods; a quote."""
    day = f"2024-01-{1 + i // 2:02d}"
    a, b = COUNTRIES[(i // 2) % 4], COUNTRIES[(i // 2 + 1) % 4]
    pa, pb = _person(a, i // 2 % 3), _person(b, 0)
    doc = Doc(doc_id=f"{i:016x}", source=f"hand/{i}.txt", text=f"Report {i}.", language="en",
              outlet=f"Outlet{i % 2}", published=day)
    value = 100.0 if i % 5 else 200.0  # every fifth document disagrees
    figs = [Figure(f"{value} million", "trade_turnover", value * 1e6, "USD", None, f"2023-Q{1 + i % 2}", "exact",
                   ["BLR", "KAZ"], False, None, (0, 5))]
    return Record(doc=doc, people=[pa, pb],
                  events=[Event("meeting", "CONSULT", "040", a, b, day, "Minsk", [pa, pb], (0, 5))],
                  figures=figs, quotes=[Quote(pa.name, pa.name_en, pa.actor_id, f"Quote {i}.", (0, 5))])


@pytest.fixture()
def store(db_url: str) -> Any:
    engine = engine_for(db_url)
    store_records(engine, [_record(i) for i in range(24)])
    return engine


def _pages(fetch: Any, size: int) -> list[list[Any]]:
    pages, offset = [], 0
    while True:
        page = fetch(limit=size, offset=offset)
        if not page:
            return pages
        assert len(page) <= size
        pages.append(page)
        offset += size


def test_events_page_over_real_events(store: Any) -> None:
    whole = queries.events(store)
    assert len(whole) == 12 and all(len(e["reports"]) == 2 for e in whole)  # 24 reports, 12 events
    assert [e["date"] for e in whole] == sorted((e["date"] for e in whole), reverse=True)
    pages = _pages(lambda **kw: queries.events(store, **kw), 5)
    assert [len(p) for p in pages] == [5, 5, 2]
    assert [e for p in pages for e in p] == whole
    reports = _pages(lambda **kw: queries.events(store, one_per_cluster=False, **kw), 7)
    assert sum(len(p) for p in reports) == 24


def test_events_filters_before_the_page(store: Any) -> None:
    kaz = queries.events(store, country="KAZ")
    assert len(kaz) == 6 and all("KAZ" in {p["country"] for p in e["people"]} for e in kaz)
    assert queries.events(store, country="KAZ", limit=4) == kaz[:4]
    assert queries.events(store, country="KAZ", limit=4, offset=4) == kaz[4:]
    one = queries.events(store, actor="blr-person-0")
    assert one and all("blr-person-0" in e["participant_ids"] for e in one)
    assert [e["date"] for e in queries.events(store, since="2024-01-10")] == [f"2024-01-{d}" for d in (12, 11, 10)]


def test_events_list_a_cluster_when_any_report_matches(store: Any) -> None:
    # A report with a third person, linked to day 1's meeting: the filter on that person finds the
    # event, and the event shows both of its reports.
    extra = _record(0)
    extra.doc.doc_id, extra.doc.source = "ff00000000000000", "hand/extra.txt"
    guest = _person("MNG", 9)
    extra.events[0].participants = extra.events[0].participants + [guest]
    extra.people = extra.people + [guest]
    store_records(store, [extra])
    (ev,) = queries.events(store, actor=guest.actor_id)
    assert len(ev["reports"]) == 3 and ev["date"] == "2024-01-01"
    assert queries.events(store, country="MNG") == [ev]


def test_quotes_newest_first_undated_last(store: Any) -> None:
    odd = [_record(30), _record(31), _record(32)]
    for r, published in zip(odd, (None, "--01-05", "2024-02-01"), strict=True):
        r.doc.published = published
        r.events[0].date = published
    store_records(store, odd)
    whole = queries.quotes(store)
    assert len(whole) == 27
    dates = [q["published"] for q in whole]
    assert dates[0] == "2024-02-01" and dates[-2:] == ["--01-05", None]
    assert dates[:-1] == sorted(dates[:-1], reverse=True)
    pages = _pages(lambda **kw: queries.quotes(store, **kw), 4)
    assert [q for p in pages for q in p] == whole
    assert [q["published"] for q in queries.quotes(store, since="2024-01-12")] == ["2024-02-01", "2024-01-12",
                                                                                 "2024-01-12"]


def test_people_page_with_since_is_full(store: Any) -> None:
    # Everyone is named before 2024-01-07; only some after. The page is cut after the filter.
    later = queries.people(store, since="2024-01-07")
    assert later and queries.people(store, since="2024-01-07", limit=1) == later[:1]
    everyone = queries.people(store)
    pages = _pages(lambda **kw: queries.people(store, **kw), 2)
    assert [p for page in pages for p in page] == everyone
    kaz0 = next(p for p in everyone if p["actor_id"] == "kaz-person-0")
    assert kaz0["document_count"] == len(kaz0["documents"]) > 0


def test_people_list_some_documents_and_count_them_all(store: Any) -> None:
    many = [_record(100 + i) for i in range(queries.DOCUMENTS_SHOWN + 3)]
    for r in many:
        r.doc.doc_id = f"aa{r.doc.doc_id[2:]}"
        r.people = [_person("MNG", 7)]
    store_records(store, many)
    (mng,) = queries.people(store, country="MNG")
    assert mng["document_count"] == len(many)
    assert mng["documents"] == sorted(r.doc.doc_id for r in many)[: queries.DOCUMENTS_SHOWN]
    assert queries.actor(store, "mng-person-7")["document_count"] == len(many)


def test_claims_page_over_groups(store: Any) -> None:
    groups = claim_groups(store)
    assert [g.period for g in groups] == ["2023-Q1", "2023-Q2"]
    assert [g.period for g in claim_groups(store, limit=1)] == ["2023-Q1"]
    assert [g.period for g in claim_groups(store, limit=1, offset=1)] == ["2023-Q2"]
    assert claim_groups(store, limit=1, offset=2) == []
    # Documents 0, 5, 10, 15, 20 say 200 million: Q1 (even i) and Q2 (odd i) both disagree.
    conflicting = claim_groups(store, conflicts_only=True)
    assert [g.period for g in conflicting] == ["2023-Q1", "2023-Q2"] and all(g.conflicts for g in conflicting)
    assert [g.period for g in claim_groups(store, conflicts_only=True, offset=1)] == ["2023-Q2"]
    assert len(claim_groups(store, conflicts_only=True, limit=1)) == 1


@pytest.mark.parametrize("size", [5, 12, 13])
def test_claim_rows_page_through_the_claims(store: Any, size: int) -> None:
    # Two groups of 12 claims: pages cut inside a group, at its end and across it.
    whole = [(g.period, c.figure_id) for g in claim_groups(store) for c in g.claims]
    assert len(whole) == 24
    pages = _pages(lambda **kw: [(g.period, c.figure_id) for g, c in claim_rows(store, **kw)], size)
    assert [r for p in pages for r in p] == whole
    conflicting = [(g.period, c.figure_id) for g in claim_groups(store, conflicts_only=True) for c in g.claims]
    rows = claim_rows(store, conflicts_only=True, limit=size, offset=3)
    assert [(g.period, c.figure_id) for g, c in rows] == conflicting[3 : 3 + size]
    assert all(g.conflicts for g, _c in rows)


def test_series_pages_by_point(store: Any) -> None:
    whole = series(store, "KAZ-BLR", "trade_turnover")
    assert [p["period"] for p in whole] == ["2023-Q1"] * 12 + ["2023-Q2"] * 12
    assert {p["value"] for p in whole if p["conflict"]} == {1e8, 2e8}
    assert series(store, "BLR-KAZ", "trade_turnover", limit=5, offset=10) == whole[10:15]


def test_claims_in_one_document_do_not_conflict(db_url: str) -> None:
    engine = engine_for(db_url)
    rec = _record(2)
    rec.figures.append(Figure("900 million", "trade_turnover", 9e8, "USD", None, "2023-Q1", "exact",
                              ["BLR", "KAZ"], False, None, (0, 5)))
    store_records(engine, [rec])  # 100 and 900 million in one document: no conflict
    assert claim_groups(engine, conflicts_only=True) == []
    assert len(claim_groups(engine)) == 1
    store_records(engine, [_record(4)])  # 100 million again, in another document: 900 now conflicts
    (g,) = claim_groups(engine, conflicts_only=True)
    assert g.conflicts == [(f"{2:016x}:f1", f"{4:016x}:f0")]


def test_older_database_gets_the_new_indexes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = engine_for(url)
    with engine.begin() as conn:
        conn.execute(text("DROP INDEX ix_events_cluster"))
    engine.dispose()
    engine = engine_for(url)
    assert "ix_events_cluster" in {ix["name"] for ix in inspect(engine).get_indexes("events")}


def _cli(*args: str) -> Any:
    from typer.testing import CliRunner

    from dyad.cli import app

    return CliRunner().invoke(app, list(args))


def test_cli_lists_take_limit_and_offset(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'dyad.db'}"
    store_records(engine_for(url), [_record(i) for i in range(24)])
    for cmd, n in (("events", 12), ("quotes", 24), ("figures", 24), ("people", 12)):
        first = json.loads(_cli(cmd, "--db", url, "--format", "json", "--limit", "3").stdout)
        second = json.loads(_cli(cmd, "--db", url, "--format", "json", "--limit", "3", "--offset", "3").stdout)
        everything = json.loads(_cli(cmd, "--db", url, "--format", "json").stdout)
        assert len(everything) == n, cmd
        assert first + second == everything[:6], cmd
    groups = json.loads(_cli("claims", "--db", url, "--format", "json", "--limit", "1", "--offset", "1").stdout)
    assert [g["period"] for g in groups] == ["2023-Q2"]
    claims = list(csv.DictReader(io.StringIO(_cli("claims", "--db", url, "--format", "csv", "--limit", "14").stdout)))
    assert [c["period"] for c in claims] == ["2023-Q1"] * 12 + ["2023-Q2"] * 2  # rows, not groups
    table = _cli("events", "--db", url, "--limit", "2")
    assert table.exit_code == 0 and "--offset 2" in table.stderr  # a full page says how to go on
    too_many = _cli("events", "--db", url, "--limit", "100000")
    assert too_many.exit_code != 0 and "--limit" in too_many.stderr
