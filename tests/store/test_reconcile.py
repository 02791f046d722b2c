"""Reports of one real event linked across documents and languages; claims side by side.

End to end: our own English and Russian agency reports of the same meetings (tests/fixtures/
reconcile/) go through the real pipeline into SQLite. The linking rules themselves are also
checked on hand-made records, so that a change in extraction and a change in linking fail
different tests.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dyad.model import Doc, Event, Person, Record
from dyad.read import iter_sources
from dyad.reconcile import claim_groups, dates_compatible, link_event_reports
from dyad.run import ingest, store_records
from dyad.store import queries
from dyad.store.db import engine_for

HERE = Path(__file__).resolve().parents[1]  # the tests folder
REPORTS = HERE / "fixtures" / "reconcile"
MARCH_14 = [REPORTS / "2024-03-14_kazinform_en.txt", REPORTS / "2024-03-14_uza_ru.txt"]
MARCH_21 = [REPORTS / "2024-03-21_akorda_en.txt", REPORTS / "2024-03-21_kazinform_ru.txt"]
TOKAYEV = "kaz-kassym-jomart-tokayev"
MIRZIYOYEV = "uzb-shavkat-mirziyoyev"
MEETING_TYPES = {"meeting", "talks", "visit"}


def _ingest(paths: list[Path] | list[str], url: str):  # type: ignore[no-untyped-def]
    engine = engine_for(url)
    summary = ingest(iter_sources([str(p) for p in paths]), engine)
    assert not summary.failed, summary.failed
    return engine


def _meetings(engine) -> list[dict]:  # type: ignore[no-untyped-def]
    return [e for e in queries.events(engine, actor=TOKAYEV) if e["type"] in MEETING_TYPES]


def _describe(events: list[dict]) -> str:
    return json.dumps([{k: e[k] for k in ("date", "type", "location", "participant_ids")}
                       | {"reports": [Path(r["source"]).name for r in e["reports"]]} for e in events],
                      ensure_ascii=False, indent=1)


# ---- end to end: the pipeline, the store and the linking ----------------------------------------

def test_one_meeting_in_english_and_russian_is_one_event(tmp_path: Path) -> None:
    engine = _ingest(MARCH_14, f"sqlite:///{tmp_path / 'dyad.db'}")
    meetings = _meetings(engine)
    assert len(meetings) == 1, "expected one event for the 14 March meeting:\n" + _describe(meetings)
    ev = meetings[0]
    assert ev["date"] == "2024-03-14"
    assert ev["location"] == "Tashkent"
    assert {TOKAYEV, MIRZIYOYEV} <= set(ev["participant_ids"]), _describe(meetings)
    assert sorted(Path(r["source"]).name for r in ev["reports"]) == sorted(p.name for p in MARCH_14)
    # The same through the API's shape: one item, two reports, each pointing at its sentence.
    for r in ev["reports"]:
        doc = queries.document(engine, r["doc_id"])
        assert doc is not None
        start, end = r["evidence"]
        assert 0 <= start < end <= len(doc["text"])


def test_two_meetings_a_week_apart_stay_two(tmp_path: Path) -> None:
    engine = _ingest(MARCH_14 + MARCH_21, f"sqlite:///{tmp_path / 'dyad.db'}")
    meetings = _meetings(engine)
    assert sorted(e["date"] for e in meetings) == ["2024-03-14", "2024-03-21"], _describe(meetings)
    by_date = {e["date"]: e for e in meetings}
    for date, files in (("2024-03-14", MARCH_14), ("2024-03-21", MARCH_21)):
        names = sorted(Path(r["source"]).name for r in by_date[date]["reports"])
        assert names == sorted(p.name for p in files), _describe(meetings)


def test_reingest_does_not_split_or_duplicate(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'dyad.db'}"
    engine = _ingest(MARCH_14, url)
    before = _describe(_meetings(engine))
    _ingest(MARCH_14[::-1], url)
    assert _describe(_meetings(engine)) == before


# ---- the linking rules on hand-made records --------------------------------------------------------

def _person(name: str, name_en: str, country: str, actor_id: str) -> Person:
    return Person(name, name_en, None, country, actor_id, (0, len(name)))


def _record(doc_id: str, text: str, events: list[tuple[str, str | None, str | None, list[Person]]]) -> Record:
    doc = Doc(doc_id=doc_id, source=f"hand/{doc_id}", text=text, language="en")
    evs = [Event(kind, "CONSULT", "040", None, None, date, place, people, (0, len(text)))
           for kind, date, place, people in events]
    return Record(doc=doc, people=[p for e in evs for p in e.participants], events=evs)


TOK_EN = _person("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", "KAZ", TOKAYEV)
MIR_EN = _person("Shavkat Mirziyoyev", "Shavkat Mirziyoyev", "UZB", MIRZIYOYEV)
TOK_RU = _person("Касым-Жомарт Токаев", "Kassym-Jomart Tokayev", "KAZ", TOKAYEV)
MIR_RU = _person("Шавкат Мирзиёев", "Shavkat Mirziyoyev", "UZB", MIRZIYOYEV)


def test_linking_rules_on_hand_made_reports(tmp_path: Path) -> None:
    engine = engine_for(f"sqlite:///{tmp_path / 'dyad.db'}")
    store_records(engine, [
        _record("aaaa000000000001", "Tokayev met Mirziyoyev in Tashkent on 14 March 2024.",
                [("meeting", "2024-03-14", "Tashkent", [TOK_EN, MIR_EN])]),
        # Russian, "talks" for the same meeting, its date without the year
        _record("aaaa000000000002", "Токаев и Мирзиёев провели переговоры в Ташкенте 14 марта.",
                [("talks", "--03-14", "Tashkent", [TOK_RU, MIR_RU])]),
        # filed the next day
        _record("aaaa000000000003", "Tokayev and Mirziyoyev met in Tashkent.",
                [("meeting", "2024-03-15", None, [TOK_EN, MIR_EN])]),
        # a week later, same place: another meeting
        _record("aaaa000000000004", "Tokayev met Mirziyoyev in Tashkent on 21 March 2024.",
                [("meeting", "2024-03-21", "Tashkent", [TOK_EN, MIR_EN])]),
        # two days later, another city: another meeting
        _record("aaaa000000000005", "Tokayev met Mirziyoyev in Samarkand on 16 March 2024.",
                [("meeting", "2024-03-16", "Samarkand", [TOK_EN, MIR_EN])]),
        # same day, same pair, a signing is not the meeting itself
        _record("aaaa000000000006", "Tokayev and Mirziyoyev signed a treaty in Tashkent.",
                [("agreement_signing", "2024-03-14", "Tashkent", [TOK_EN, MIR_EN])]),
    ])
    evs = queries.events(engine)
    reports = {e["date"] + "@" + (e["location"] or "?") + ":" + e["type"]: sorted(r["doc_id"][-1] for r in e["reports"])
               for e in evs}
    assert reports == {
        "2024-03-14@Tashkent:meeting": ["1", "2", "3"],
        "2024-03-21@Tashkent:meeting": ["4"],
        "2024-03-16@Samarkand:meeting": ["5"],
        "2024-03-14@Tashkent:agreement_signing": ["6"],
    }, reports
    # The Russian report's missing year was filled from the English one, and says so.
    ru = [e for e in queries.events(engine, one_per_cluster=False) if e["reports"][0]["doc_id"].endswith("2")]
    assert ru[0]["date"] == "2024-03-14" and ru[0]["date_inferred"] is True
    # Linking again changes nothing.
    assert link_event_reports(engine) == link_event_reports(engine)
    assert queries.events(engine) == evs


def test_a_report_without_a_place_does_not_join_two_places(tmp_path: Path) -> None:
    engine = engine_for(f"sqlite:///{tmp_path / 'dyad.db'}")
    store_records(engine, [
        _record("cccc000000000001", "In Tashkent.", [("meeting", "2024-03-14", "Tashkent", [TOK_EN, MIR_EN])]),
        _record("cccc000000000002", "In Samarkand.", [("meeting", "2024-03-14", "Samarkand", [TOK_EN, MIR_EN])]),
        _record("cccc000000000003", "Somewhere.", [("talks", "2024-03-14", None, [TOK_RU, MIR_RU])]),
    ])
    evs = queries.events(engine)
    assert sorted(e["location"] for e in evs) == ["Samarkand", "Tashkent"], evs
    assert sorted(len(e["reports"]) for e in evs) == [1, 2], evs


def test_one_shared_participant_is_not_enough(tmp_path: Path) -> None:
    engine = engine_for(f"sqlite:///{tmp_path / 'dyad.db'}")
    other = _person("Alexander Lukashenko", "Alexander Lukashenko", "BLR", "blr-alexander-lukashenko")
    store_records(engine, [
        _record("bbbb000000000001", "Tokayev met Mirziyoyev.", [("meeting", "2024-03-14", "Tashkent", [TOK_EN, MIR_EN])]),
        _record("bbbb000000000002", "Tokayev met Lukashenko.", [("meeting", "2024-03-14", "Tashkent", [TOK_EN, other])]),
    ])
    assert len(queries.events(engine)) == 2


def _dated_record(doc_id: str, published: str | None, kind: str, date: str | None, place: str | None,
                  people: list[Person]) -> Record:
    rec = _record(doc_id, f"Report {doc_id}.", [(kind, date, place, people)])
    rec.doc.published = published
    return rec


def test_a_date_without_its_year_takes_the_year_of_its_document(db_url: str) -> None:
    engine = engine_for(db_url)
    # The same two people met on 14 March in 2023 and in 2024, both reported with the year.
    store_records(engine, [
        _dated_record("dddd000000000001", "2023-03-14", "meeting", "2023-03-14", "Tashkent", [TOK_EN, MIR_EN]),
        _dated_record("dddd000000000002", "2024-03-14", "meeting", "2024-03-14", "Tashkent", [TOK_EN, MIR_EN]),
    ])
    # A report of "14 March" in a document of 15 March 2024 is of the 2024 meeting, not of 2023's.
    store_records(engine, [
        _dated_record("dddd000000000003", "2024-03-15", "talks", "--03-14", "Tashkent", [TOK_RU, MIR_RU])])
    evs = {e["date"]: sorted(r["doc_id"][-1] for r in e["reports"]) for e in queries.events(engine)}
    assert evs == {"2024-03-14": ["2", "3"], "2023-03-14": ["1"]}, evs
    (ru,) = [e for e in queries.events(engine, one_per_cluster=False) if e["reports"][0]["doc_id"].endswith("3")]
    assert ru["date"] == "2024-03-14" and ru["date_inferred"] is True


def test_a_report_without_a_date_links_on_its_documents_date(db_url: str) -> None:
    engine = engine_for(db_url)
    store_records(engine, [
        _dated_record("eeee000000000002", "2024-05-20", "meeting", "2024-05-20", "Tashkent", [TOK_EN, MIR_EN])])
    # A report without a date whose document has one is looked for on that day, not on every day:
    # it does not join the same people's meeting in May...
    store_records(engine, [
        _dated_record("eeee000000000001", "2024-03-14", "meeting", None, "Tashkent", [TOK_EN, MIR_EN])])
    # ... and a later report of that day finds it through its document's date.
    store_records(engine, [
        _dated_record("eeee000000000003", "2024-03-14", "talks", "2024-03-14", "Tashkent", [TOK_RU, MIR_RU])])
    evs = sorted(sorted(r["doc_id"][-1] for r in e["reports"]) for e in queries.events(engine))
    assert evs == [["1", "3"], ["2"]], evs


def test_linking_reads_only_reports_near_the_new_ones(tmp_path: Path) -> None:
    """The cost of linking a batch must not grow with the store: the same people's reports on other
    days are not even read, only those within a day of the new reports (and their clusters)."""
    from dyad.reconcile import _reports_near

    engine = engine_for(f"sqlite:///{tmp_path / 'dyad.db'}")
    far = [_dated_record(f"ffff{k:012x}", f"2023-{m:02d}-10", "meeting", f"2023-{m:02d}-10", "Tashkent",
                         [TOK_EN, MIR_EN]) for k, m in enumerate(range(1, 13))]
    far += [_dated_record("ffff0000000000aa", "--06-01", "meeting", "--06-01", None, [TOK_EN, MIR_EN]),
            _dated_record("ffff0000000000ab", None, "meeting", None, None, [TOK_EN, MIR_EN])]
    near = [_dated_record("ffff0000000000b1", "2024-03-13", "meeting", "2024-03-13", "Tashkent", [TOK_EN, MIR_EN])]
    store_records(engine, far + near)
    new = _dated_record("ffff0000000000c1", "2024-03-14", "talks", "--03-14", None, [TOK_RU, MIR_RU])
    store_records(engine, [new])
    with engine.connect() as conn:
        _parts, evs = _reports_near(conn, [new.doc.doc_id])
    assert sorted(e["doc_id"] for e in evs) == ["ffff0000000000b1", "ffff0000000000c1"]


def test_search_day() -> None:
    from datetime import date

    from dyad.reconcile import search_day

    assert search_day("2024-03-14", "2020-01-01", None, None) == date(2024, 3, 14)  # its own date wins
    assert search_day("--03-14", "2024-03-15", None, None) == date(2024, 3, 14)
    assert search_day("--12-31", "2025-01-02", None, None) == date(2024, 12, 31)  # the nearest year
    assert search_day("--01-01", "2024-12-30", None, None) == date(2025, 1, 1)
    assert search_day("--03-14", "--03-15", "2022-03-20T10:00:00", None) == date(2022, 3, 14)  # fetched
    assert search_day("--03-14", None, None, "2021-07-01") == date(2021, 3, 14)  # the latest stored
    assert search_day(None, "2024-03-15", None, None) == date(2024, 3, 15)
    assert search_day("--03-14", None, None, None) is None
    assert search_day("--02-29", "2023-03-01", None, None) == date(2024, 2, 29)


@pytest.mark.parametrize(("a", "b", "same"), [
    ("2024-03-14", "2024-03-14", True), ("2024-03-14", "2024-03-15", True), ("2024-03-14", "2024-03-21", False),
    ("--03-14", "2024-03-14", True), ("--03-14", "--03-15", True), ("--03-14", "--04-14", False),
    ("--12-31", "--01-01", True), (None, "2024-03-14", True), ("garbage", "2024-03-14", False),
])
def test_dates_compatible(a: str | None, b: str | None, same: bool) -> None:
    assert dates_compatible(a, b) is same


# ---- claims: the seeds ----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    seeds = HERE.parent.parent / "shared" / "corpus" / "seeds"
    if not seeds.exists():
        seeds = HERE.parent / "examples"
    url = f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'dyad.db'}"
    _ingest(sorted(seeds.iterdir()), url)
    return url


def _check_jan_sep_2017(groups: list[dict]) -> None:
    match = [g for g in groups if g["period"] == "2017-01..2017-09" and not g["forecast"]]
    assert len(match) == 1, json.dumps(groups, indent=1, ensure_ascii=False)
    g = match[0]
    assert g["conflict"] is True
    by_value = {c["value"]: c for c in g["claims"]}
    exact, approx = by_value.get(441_000_000), by_value.get(500_000_000)
    assert exact and approx, g["claims"]
    assert exact["qualifier"] == "exact" and approx["qualifier"] == "approx"
    assert exact["currency"] == approx["currency"] == "USD"
    assert exact["doc_id"] != approx["doc_id"]
    assert Path(exact["source"]).name.startswith("002_") and Path(approx["source"]).name.startswith("001_")
    assert {exact["figure_id"], approx["figure_id"]} in [set(p) for p in g["conflicts"]]
    assert exact["high"] < approx["low"] or approx["high"] < exact["low"]  # the two ranges miss each other


def test_seed_claims_conflict_jan_sep_2017(seed_url: str) -> None:
    groups = claim_groups(engine_for(seed_url), pair="BLR-KAZ", metric="trade_turnover", conflicts_only=True)
    assert groups and all(g.conflicts for g in groups)
    _check_jan_sep_2017([g.to_json() for g in groups])
    # The pair is the same key in either order.
    again = claim_groups(engine_for(seed_url), pair="kaz-blr", metric="trade_turnover", conflicts_only=True)
    assert [g.to_json() for g in again] == [g.to_json() for g in groups]


def _dyad() -> str:
    exe = Path(sys.executable).parent / "dyad"
    return str(exe) if exe.exists() else (shutil.which("dyad") or "dyad")


def test_cli_claims_json(seed_url: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DYAD_DB", "DYAD_TOKEN"}}
    res = subprocess.run([_dyad(), "claims", "--db", seed_url, "--pair", "BLR-KAZ", "--metric", "trade_turnover",
                          "--conflicts", "--format", "json"], capture_output=True, text=True, timeout=60, env=env)
    assert res.returncode == 0, res.stderr
    groups = json.loads(res.stdout)
    assert groups and all(g["conflict"] and g["pair"] == "BLR-KAZ" and g["metric"] == "trade_turnover"
                          for g in groups)
    _check_jan_sep_2017(groups)
