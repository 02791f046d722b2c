"""`dyad series`: counts per period that are known by hand.

A store built through the store API from records written here (so the counts do not move when the
extractors change), our own two articles ingested end to end (a conflict and a cooperation report
about one pair), and the seeds, on which the series must agree with `dyad events` and the API.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dyad.cli import app
from dyad.codes import goldstein, goldstein_table, quad_class
from dyad.model import Agreement, Doc, Event, Figure, Person, Record
from dyad.read import iter_sources
from dyad.run import ingest, store_records
from dyad.series import BY, claim_period, dyad_series, period_event_ids, period_of, periods_between, totals
from dyad.store import queries
from dyad.store.db import engine_for

HERE = Path(__file__).resolve().parents[1]  # the tests folder
ARTICLES = HERE / "fixtures" / "series"
QUADS = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"]
runner = CliRunner()


# ---- pieces ---------------------------------------------------------------------------------------

def test_period_of() -> None:
    assert [period_of("2017-09-14", by) for by in BY] == ["2017-09", "2017-Q3", "2017"]
    assert period_of("2017-12-31", "quarter") == "2017-Q4" and period_of("2017-01-01", "quarter") == "2017-Q1"
    assert [period_of(d, "year") for d in ("--02-27", None, "", "someday")] == [None] * 4
    assert period_of("2017", "year") == "2017" and period_of("2017", "month") is None  # not that precise
    assert period_of("2017-09", "quarter") == "2017-Q3"


def test_claim_period_only_whole_periods() -> None:
    assert claim_period("2017", "year") == "2017" and claim_period("2017-01..2017-12", "year") == "2017"
    assert claim_period("2017-01..2017-09", "year") is None  # January-September is not the year
    assert claim_period("2017-07..2017-09", "quarter") == "2017-Q3"
    assert claim_period("2017-08..2017-10", "quarter") is None
    assert claim_period("2017-09", "month") == "2017-09" and claim_period("2017-09..2017-09", "month") == "2017-09"
    assert claim_period("2011..2017", "year") is None and claim_period("last year", "year") is None
    assert claim_period("2017", "quarter") is None


def test_periods_between() -> None:
    assert periods_between("2016-Q3", "2017-Q2", "quarter") == ["2016-Q3", "2016-Q4", "2017-Q1", "2017-Q2"]
    assert periods_between("2016-11", "2017-02", "month") == ["2016-11", "2016-12", "2017-01", "2017-02"]
    assert periods_between("2016", "2016", "year") == ["2016"]


def test_goldstein_table() -> None:
    table = goldstein_table()
    assert {f"{r:02d}" for r in range(1, 21)} <= set(table)  # every root has its value
    assert all(-10 <= v <= 10 for v in table.values())
    # Published values (Goldstein 1992 via CAMEO): a few checked by hand.
    assert (goldstein("057"), goldstein("046"), goldstein("040"), goldstein("112"), goldstein("190")) == \
        (8.0, 7.0, 1.0, -2.0, -10.0)
    assert goldstein("0431") == goldstein("043") == 2.8  # a sub-code the table lacks: its base's value
    assert goldstein(None) is None
    assert [quad_class(c) for c in ("010", "057", "061", "112", "190")] == [1, 1, 2, 3, 4]


# ---- a store from records, counts known by hand ----------------------------------------------------

MIRZOYAN = Person("Ararat Mirzoyan", "Ararat Mirzoyan", "Foreign Minister", "ARM", "arm-ararat-mirzoyan", (0, 15))
BAYRAMOV = Person("Jeyhun Bayramov", "Jeyhun Bayramov", "Foreign Minister", "AZE", "aze-jeyhun-bayramov", (20, 35))
ERDOGAN = Person("Recep Tayyip Erdogan", "Recep Tayyip Erdogan", "President", "TUR", "tur-recep-tayyip-erdogan", (0, 5))
PASHINYAN = Person("Nikol Pashinyan", "Nikol Pashinyan", "Prime Minister", "ARM", "arm-nikol-pashinyan", (0, 5))


def _doc(n: int, outlet: str, published: str | None) -> Doc:
    return Doc(doc_id=f"{n:016x}", source=f"records/{n}.txt", text=f"Report {n} " + "text " * 20,
               language="en", outlet=outlet, title=f"Report {n}", published=published)


def _event(kind: str, cameo: str, src: str | None, tgt: str | None, date: str | None,
           people: list[Person], location: str | None = None) -> Event:
    from dyad.codes import plover_for_cameo

    return Event(kind, plover_for_cameo(cameo), cameo, src, tgt, date, location, people, (0, 10))


def _trade(value: float, qualifier: str, period: str) -> Figure:
    return Figure(f"trade {value}", "trade_turnover", value, "USD", None, period, qualifier, ["ARM", "AZE"],
                  False, None, (0, 5))


PROTOCOL = "Protocol on the delimitation of the state border"
RECORDS = [
    Record(_doc(1, "Armenpress", "2023-03-14"), people=[MIRZOYAN], events=[
        _event("statement", "112", "ARMGOV", "AZE", "2023-03-14", [MIRZOYAN]),  # accuses: verbal conflict, -2
        _event("other", "190", "AZEMIL", "ARM", "2023-03-14", []),  # shelling: material conflict, -10
    ], figures=[_trade(300e6, "exact", "2022")]),
    Record(_doc(2, "APA", "2023-03-20"), figures=[_trade(320e6, "approx", "2022"),
                                                  _trade(999e6, "exact", "2023-01..2023-09")]),
    # One meeting reported from both sides: one event, two reports, a direction each.
    Record(_doc(3, "Armenpress", "2023-05-02"), people=[MIRZOYAN, BAYRAMOV], events=[
        _event("talks", "046", "ARMGOV", "AZEGOV", "2023-05-02", [MIRZOYAN, BAYRAMOV], "Washington")]),
    Record(_doc(4, "APA", "2023-05-02"), people=[BAYRAMOV, MIRZOYAN], events=[
        _event("talks", "046", "AZEGOV", "ARMGOV", "2023-05-02", [BAYRAMOV, MIRZOYAN], "Washington")]),
    # A signing and its agreement; a second outlet reports the same agreement.
    Record(_doc(5, "Armenpress", "2023-11-20"), people=[MIRZOYAN, BAYRAMOV], events=[
        _event("agreement_signing", "057", "ARMGOV", "AZEGOV", "2023-11-20", [MIRZOYAN, BAYRAMOV], "Almaty")],
        agreements=[Agreement(PROTOCOL, "protocol", ["ARM", "AZE"], "2023-11-20", (0, 10))]),
    Record(_doc(6, "APA", "2023-11-21"),
           agreements=[Agreement(PROTOCOL.upper(), "protocol", ["AZE", "ARM"], "2023-11-20", (0, 10)),
                       Agreement("Memorandum on trade", "memorandum", ["ARM", "TUR"], "2023-11-20", (0, 10))]),
    # A meeting whose year no report gives: counted, in the row of unknown period.
    Record(_doc(7, "News.am", "--06-01"), people=[MIRZOYAN, BAYRAMOV], events=[
        _event("meeting", "040", "ARMGOV", "AZEGOV", "--06-01", [MIRZOYAN, BAYRAMOV], "Brussels")]),
    # The coder left the target open; the participants say both countries took part.
    Record(_doc(8, "Armenpress", "2024-01-10"), people=[MIRZOYAN, BAYRAMOV], events=[
        _event("meeting", "040", "ARMGOV", None, "2024-01-10", [MIRZOYAN, BAYRAMOV])]),
    # Not the pair's: a domestic event, another pair, a statement by one side with no one of the other.
    Record(_doc(9, "Armenpress", "2023-03-15"), people=[PASHINYAN, ERDOGAN, MIRZOYAN], events=[
        _event("meeting", "040", "ARMGOV", "ARMLEG", "2023-03-15", [PASHINYAN]),
        _event("phone_call", "041", "ARMGOV", "TURGOV", "2023-03-15", [PASHINYAN, ERDOGAN]),
        # (a month away from the accusation: one day apart, linking would join the two statements)
        _event("statement", "010", "ARMGOV", None, "2023-04-20", [MIRZOYAN]),
    ]),
]


@pytest.fixture(scope="module")
def hand_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('series') / 'dyad.db'}"
    assert store_records(engine_for(url), RECORDS) == (len(RECORDS), 0)
    return url


def _by_period(rows: list[dict]) -> dict:
    return {r["period"]: r for r in rows}


def test_yearly_counts_by_hand(hand_url: str) -> None:
    rows = dyad_series(engine_for(hand_url), "AZE-ARM", "year")
    assert [r["period"] for r in rows] == ["2022", "2023", "2024", None]
    y = _by_period(rows)
    assert all(r["pair"] == "ARM-AZE" and r["source"] is None for r in rows)
    r = y["2023"]
    assert (r["events"], r["reports"]) == (4, 5)  # accusation, shelling, talks (2 reports), signing
    assert [r[k] for k in QUADS] == [2, 0, 1, 1]
    assert r["goldstein_mean"] == pytest.approx((-2 - 10 + 7 + 8) / 4)
    assert r["agreements"] == 1  # one protocol in two reports; the ARM-TUR memorandum is not the pair's
    assert r["trade_value"] is None  # January-September is not the year's total
    assert (y["2024"]["events"], y["2024"]["verbal_cooperation"], y["2024"]["goldstein_mean"]) == (1, 1, 1.0)
    assert (y[None]["events"], y[None]["goldstein_mean"]) == (1, 1.0)
    t = y["2022"]
    assert t["events"] == 0 and t["goldstein_mean"] is None and t["trade_claims"] == 2
    assert t["trade_value"] == pytest.approx(310e6)  # the median of 300 and "around 320"
    # Lowest and highest the wording allows: "around 320" is 288 to 352; 300 exactly is 297 to 303.
    assert (t["trade_low"], t["trade_high"]) == (pytest.approx(288e6), pytest.approx(352e6))
    assert t["trade_currency"] == "USD" and t["trade_conflict"] is False
    assert totals(rows)["events"] == len(queries.events(engine_for(hand_url), pair="ARM-AZE")) == 6


def test_quarters_and_months_by_hand(hand_url: str) -> None:
    engine = engine_for(hand_url)
    q = _by_period(dyad_series(engine, "ARM-AZE", "quarter"))
    assert list(q) == ["2023-Q1", "2023-Q2", "2023-Q4", "2024-Q1", None]
    assert [q["2023-Q1"][k] for k in QUADS] == [0, 0, 1, 1] and q["2023-Q1"]["goldstein_mean"] == -6.0
    assert (q["2023-Q2"]["events"], q["2023-Q2"]["reports"], q["2023-Q2"]["goldstein_mean"]) == (1, 2, 7.0)
    assert (q["2023-Q4"]["events"], q["2023-Q4"]["agreements"]) == (1, 1)
    m = dyad_series(engine, "ARM-AZE", "month")
    assert [r["period"] for r in m] == ["2023-03", "2023-05", "2023-11", "2024-01", None]
    for rows in (q.values(), m):
        for r in rows:
            assert sum(r[k] for k in QUADS) == r["events"]


def test_direction_by_hand(hand_url: str) -> None:
    engine = engine_for(hand_url)
    arm = _by_period(dyad_series(engine, "ARM-AZE", "year", source="ARM"))
    aze = _by_period(dyad_series(engine, "ARM-AZE", "year", source="aze"))
    # ARM: accusation, talks (its report), signing; and the 2024 meeting whose target was left open.
    assert [arm["2023"][k] for k in QUADS] == [2, 0, 1, 0] and arm["2024"]["events"] == 1
    # An event seen from ARM's side counts with all its reports: the talks have two.
    assert arm["2023"]["reports"] == 4 and arm["2023"]["source"] == "ARM"
    # AZE: the shelling and its side's report of the talks.
    assert [aze["2023"][k] for k in QUADS] == [1, 0, 0, 1] and "2024" not in aze
    with pytest.raises(ValueError):
        dyad_series(engine, "ARM-AZE", "year", source="TUR")


def test_since_until_and_fill(hand_url: str) -> None:
    engine = engine_for(hand_url)
    rows = dyad_series(engine, "ARM-AZE", "quarter", since="2023-04", until="2023")
    assert [(r["period"], r["events"]) for r in rows] == [("2023-Q2", 1), ("2023-Q4", 1)]  # undated left out
    filled = dyad_series(engine, "ARM-AZE", "quarter", since="2023-04", until="2023", fill=True)
    assert [(r["period"], r["events"]) for r in filled] == [("2023-Q2", 1), ("2023-Q3", 0), ("2023-Q4", 1)]
    assert filled[1]["goldstein_mean"] is None


def test_drill_down_matches_the_row(hand_url: str) -> None:
    engine = engine_for(hand_url)
    for row in dyad_series(engine, "ARM-AZE", "quarter"):
        ids = period_event_ids(engine, "ARM-AZE", "quarter", row["period"])
        assert len(ids) == row["events"]
        if ids:
            events = queries.events(engine, pair="ARM-AZE", clusters=ids)
            assert sorted(e["cluster_id"] or e["event_id"] for e in events) == sorted(ids)
            assert sum(len(e["reports"]) for e in events) == row["reports"]


def test_cli_table_json_csv_and_files(hand_url: str, tmp_path: Path) -> None:
    res = runner.invoke(app, ["series", "--pair", "ARM-AZE", "--by", "year", "--db", hand_url, "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout) == dyad_series(engine_for(hand_url), "ARM-AZE", "year")
    res = runner.invoke(app, ["series", "--pair", "ARM-AZE", "--db", hand_url, "--format", "csv",
                              "--out", str(tmp_path / "s.parquet"), "--chart", str(tmp_path / "s.svg")])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0].startswith("pair,source,period,events,reports,verbal_cooperation") and len(lines) == 5
    import pyarrow.parquet as pq

    table = pq.read_table(tmp_path / "s.parquet")
    assert table.num_rows == 4 and str(table.schema.field("events").type) == "int64"
    assert str(table.schema.field("trade_value").type) == "double"
    assert table.column("events").to_pylist() == [0, 4, 1, 1]
    svg = (tmp_path / "s.svg").read_text()
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg and "Goldstein" in svg
    res = runner.invoke(app, ["series", "--pair", "ARM-AZE", "--db", hand_url, "--out", str(tmp_path / "x.csv")])
    assert res.exit_code == 0 and "2023" in res.stdout
    assert (tmp_path / "x.csv").read_text().count("\n") == 5
    for bad in (["--pair", "ARM"], ["--pair", "ARM-AZE", "--from", "TUR"], ["--pair", "ARM-AZE", "--by", "week"],
                ["--pair", "ARM-AZE", "--since", "March"], ["--pair", "ARM-AZE", "--chart", "x.pdf"]):
        res = runner.invoke(app, ["series", "--db", hand_url, *bad])
        assert res.exit_code == 2, (bad, res.output)


def test_api_gives_the_cli_rows(hand_url: str) -> None:
    from fastapi.testclient import TestClient

    from dyad.web.api import create_app

    with TestClient(create_app(hand_url), base_url="http://127.0.0.1") as client:
        for by in BY:
            for frm in (None, "ARM"):
                args = ["series", "--pair", "ARM-AZE", "--by", by, "--db", hand_url, "--format", "json"]
                cli = json.loads(runner.invoke(app, args + (["--from", frm] if frm else [])).stdout)
                body = client.get("/api/series", params={"pair": "AZE-ARM", "by": by, "from": frm}).json()
                assert body["items"] == cli and body["pair"] == "ARM-AZE" and body["by"] == by
        listed = client.get("/api/events", params={"pair": "AZE-ARM", "from": "AZE"}).json()["items"]
        assert sorted(e["cameo"] for e in listed) == ["046", "190"]
        assert client.get("/api/events", params={"from": "AZE"}).status_code == 400
        drill = client.get("/api/series/events", params={"pair": "ARM-AZE", "by": "quarter",
                                                         "period": "2023-Q1"}).json()
        assert drill["total"] == 2 and {e["cameo"] for e in drill["items"]} == {"112", "190"}
        undated = client.get("/api/series/events", params={"pair": "ARM-AZE", "by": "year"}).json()
        assert [e["date"] for e in undated["items"]] == ["--06-01"]
        for params in ({"pair": "ARM-AZE", "by": "week"}, {"pair": "ARM-AZE", "from": "TUR"},
                       {"pair": "ARM-ARM"}, {"by": "year"}):
            assert client.get("/api/series", params=params).status_code == 400, params


# ---- our own articles, end to end --------------------------------------------------------------

def test_conflict_and_cooperation_articles(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'dyad.db'}"
    summary = ingest(iter_sources([str(p) for p in sorted(ARTICLES.glob("*.txt"))]), engine_for(url))
    assert summary.stored == 2 and not summary.failed
    m = _by_period(dyad_series(engine_for(url), "ARM-AZE", "month"))
    assert set(m) == {"2023-03", "2023-05"}
    march, may = m["2023-03"], m["2023-05"]
    # March: the accusation (verbal conflict) and the shelling (material conflict); no cooperation.
    assert march["verbal_conflict"] >= 1 and march["material_conflict"] >= 1
    assert march["verbal_cooperation"] == march["material_cooperation"] == 0
    assert march["goldstein_mean"] < 0
    # May: the talks, cooperation only.
    assert may["verbal_cooperation"] >= 1 and may["verbal_conflict"] == may["material_conflict"] == 0
    assert may["goldstein_mean"] > 0


# ---- the seeds ---------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    seeds = HERE.parent.parent / "shared" / "corpus" / "seeds"
    seeds = seeds if seeds.exists() else HERE.parent / "examples"
    url = f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'dyad.db'}"
    assert ingest(iter_sources([str(p) for p in sorted(seeds.iterdir())]), engine_for(url)).stored == 5
    return url


def test_seeds_series_adds_up(seeds_url: str) -> None:
    res = runner.invoke(app, ["events", "--pair", "KAZ-BLR", "--db", seeds_url, "--format", "json"])
    assert res.exit_code == 0, res.output
    listed = json.loads(res.stdout)
    assert listed
    for by in BY:
        for frm in (None, "BLR", "KAZ"):
            args = ["series", "--pair", "BLR-KAZ", "--by", by, "--db", seeds_url, "--format", "json"]
            rows = json.loads(runner.invoke(app, args + (["--from", frm] if frm else [])).stdout)
            for r in rows:
                assert sum(r[k] for k in QUADS) == r["events"], r
                if r["events"]:  # the seeds are a cooperative record
                    assert r["goldstein_mean"] > 0, r
            if frm is None:
                assert sum(r["events"] for r in rows) == len(listed)
                assert sum(r["reports"] for r in rows) == sum(len(e["reports"]) for e in listed)
    years = _by_period(dyad_series(engine_for(seeds_url), "BLR-KAZ", "year"))
    assert years["2017"]["agreements"] == 7  # the seven documents signed in Astana on 29 November 2017
    assert years["2014"]["trade_value"] == 1e9 and years["2014"]["events"] == 0


def test_seeds_api_gives_the_cli_rows(seeds_url: str) -> None:
    from fastapi.testclient import TestClient

    from dyad.web.api import create_app

    with TestClient(create_app(seeds_url), base_url="http://127.0.0.1") as client:
        for by in BY:
            cli = json.loads(runner.invoke(app, ["series", "--pair", "BLR-KAZ", "--by", by, "--db", seeds_url,
                                                 "--format", "json"]).stdout)
            assert client.get("/api/series", params={"pair": "BLR-KAZ", "by": by}).json()["items"] == cli


def test_an_event_without_a_usable_code_still_adds_up(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'dyad.db'}"
    odd = _event("visit", "", "ARMGOV", "AZEGOV", "2023-02-01", [MIRZOYAN, BAYRAMOV])
    odd.cameo = None  # type: ignore[assignment]  # stored reports may lack a code
    store_records(engine_for(url), [Record(_doc(20, "APA", "2023-02-01"), people=[MIRZOYAN, BAYRAMOV], events=[odd])])
    (row,) = dyad_series(engine_for(url), "ARM-AZE", "year")
    assert (row["events"], row["verbal_cooperation"], row["goldstein_mean"]) == (1, 1, 1.9)  # a visit: 042


def test_same_rows_on_every_database(db_url: str, hand_url: str) -> None:
    """PostgreSQL (in CI) answers as SQLite: the pair rules, JSON parties and linking are SQL of both."""
    engine = engine_for(db_url)
    store_records(engine, RECORDS)
    for by in BY:
        for frm in (None, "ARM", "AZE"):
            assert dyad_series(engine, "ARM-AZE", by, frm) == dyad_series(engine_for(hand_url), "ARM-AZE", by, frm)
    assert dyad_series(engine, "ARM-AZE", "year")[1]["events"] == 4


def test_trade_disagreement_needs_two_documents() -> None:
    from dyad.series import _disagree

    assert not _disagree([("a", 90, 110), ("b", 100, 120)])  # ranges overlap
    assert _disagree([("a", 90, 110), ("b", 120, 130)])
    assert not _disagree([("a", 90, 110), ("a", 120, 130)])  # one document's two figures: not a dispute
    # The lowest-ending and highest-starting claims are of one document; another pair disagrees.
    assert _disagree([("a", 90, 100), ("a", 200, 210), ("b", 150, 160)])
    assert not _disagree([])
