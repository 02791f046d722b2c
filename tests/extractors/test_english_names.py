"""Every output names a person by the resolved actor's English name and English title, with the
article's own spelling and title kept beside it as evidence (issue 14)."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import ARTICLES, EXAMPLES
from dyad.cli import app
from dyad.read import iter_sources
from dyad.run import ingest
from dyad.store import queries
from dyad.store.db import engine_for
from dyad.titles import english_title, translate

NOT_ENGLISH = re.compile(r"[а-яёА-ЯЁäöüßÄÖÜ]|\b(?:des|der|für|Präsident|Vorsitzende)\b")


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('names') / 'dyad.db'}"
    paths = [*sorted(EXAMPLES.iterdir()), *sorted(ARTICLES.glob("ru_0*.txt")), *sorted(ARTICLES.glob("de_0*.txt"))]
    summary = ingest(iter_sources([str(p) for p in paths]), engine_for(url))
    assert summary.stored >= 10 and not summary.failed
    return url


def run(*args: str) -> str:
    res = CliRunner().invoke(app, list(args))
    assert res.exit_code == 0, res.output
    return res.stdout


def test_every_event_participant_is_a_people_name_with_an_english_title(db: str) -> None:
    people = json.loads(run("people", "--db", db, "-f", "json"))
    events = json.loads(run("events", "--db", db, "-f", "json"))
    names_en = {p["name_en"] for p in people}
    titled = {p["actor_id"] for p in people if p["titles"]}
    assert events
    written_differs = 0
    for ev in events:
        assert set(ev["participants"]) <= names_en, ev["participants"]
        for person in ev["people"]:
            assert person["name"] == person["name_en"] in names_en
            # A person whom no document gave a title has none; everyone else has an English one.
            assert bool(person["title_en"]) == (person["actor_id"] in titled), person
            assert not NOT_ENGLISH.search(person["title_en"] or ""), person
            written_differs += person["name_as_written"] != person["name_en"]
    # The seeds and fixtures hold German and Russian spellings: some must differ from name_en.
    assert written_differs > 0


def test_people_titles_are_english_and_the_written_ones_are_kept(db: str) -> None:
    people = {p["actor_id"]: p for p in json.loads(run("people", "--db", db, "-f", "json"))}
    k = people["blr-natalya-kochanova"]
    assert "Vorsitzende des Rates der Republik" in k["titles_as_written"]
    assert "Natalja Kotschanowa" in k["aliases"]
    assert all(not NOT_ENGLISH.search(t) for t in k["titles"]), k["titles"]


def test_quotes_and_the_actor_page_use_the_english_name(db: str) -> None:
    engine = engine_for(db, create=False)
    names_en = {p["name_en"] for p in queries.people(engine)}
    for q in queries.quotes(engine):
        if q["actor_id"] and q["actor_id"] in {p["actor_id"] for p in queries.people(engine)}:
            assert q["speaker_en"] in names_en
    info = queries.actor(engine, "blr-natalya-kochanova")
    assert info is not None
    assert all(not NOT_ENGLISH.search(h["title"]) for h in info["title_history"])
    assert any("Vorsitzende des Rates der Republik" in h["as_written"] for h in info["title_history"])


def test_event_search_finds_a_person_by_an_alias(db: str) -> None:
    engine = engine_for(db, create=False)
    by_alias = queries.events(engine, q="Kotschanowa")
    assert by_alias and all("Natalya Kochanova" in e["participants"] for e in by_alias)
    assert len(by_alias) >= len(queries.events(engine, q="Kochanova")) - 0  # both spellings, one person


def test_exports_carry_the_english_name_and_title(db: str, tmp_path: Path) -> None:
    run("export", "--db", db, "--out", str(tmp_path), "-f", "csv")
    with (tmp_path / "participants.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    people = {p["name_en"] for p in json.loads(run("people", "--db", db, "-f", "json"))}
    assert rows and all(r["name_en"] in people and (r["title_en"] or not r["title"]) for r in rows)
    assert not any(NOT_ENGLISH.search(r["title_en"]) for r in rows)
    with (tmp_path / "actor_names.csv").open(encoding="utf-8") as fh:
        named = {(r["name"], r["name_en"]) for r in csv.DictReader(fh)}
    assert ("Natalja Kotschanowa", "Natalya Kochanova") in named


@pytest.mark.parametrize(("written", "lang", "english"), [
    ("Vorsitzende des Rates der Republik", "de", "Chair of the Council of the Republic"),
    ("Außerordentlichen und Bevollmächtigten Botschafter Kasachstans in Belarus", "de",
     "Ambassador Extraordinary and Plenipotentiary of Kazakhstan to Belarus"),
    ("kasachischen Minister für Handel und Integration", "de", "Minister of Trade and Integration of Kazakhstan"),
    ("Президентом Казахстана", "ru", "President of Kazakhstan"),
    ("главой МИД Узбекистана", "ru", "Foreign Minister of Uzbekistan"),
    ("Председатель Совета Республики Национального собрания Беларуси", "ru",
     "Chair of the Council of the Republic of the National Assembly of Belarus"),
    ("Federal Minister for Foreign Affairs of Germany", "de", "Federal Minister for Foreign Affairs of Germany"),
    ("director of the Second CIS Department", "en", "Director of the Second CIS Department"),
])
def test_titles_translated_through_the_language_data(written: str, lang: str, english: str) -> None:
    assert translate(written, lang) == english


def test_a_title_nothing_is_known_about_stays_as_written() -> None:
    assert translate("Oberförster", "de") == "Oberförster"
    assert translate("", "de") is None


def test_a_known_person_gets_the_registry_office_of_the_day() -> None:
    assert english_title("russischen Präsidenten", "rus-vladimir-putin", "2010-01-05", "de") == \
        "Prime Minister of Russia"
    assert english_title("Президент России", "rus-vladimir-putin", "2024-03-01", "ru") == "President of Russia"
    # No year: the office whose title has the written head word.
    assert english_title("Vorsitzende des Rates der Republik", "blr-natalya-kochanova", "--02-27", "de") == \
        "Chairperson of the Council of the Republic of the National Assembly of Belarus"
