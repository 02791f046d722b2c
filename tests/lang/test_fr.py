"""The French pack, added without changing any extractor, reads a French agency article; an
Italian article (no pack) is named as Italian with a warning and nothing guessed. Both
articles were written for these tests (tests/fixtures/lang)."""

from __future__ import annotations

from pathlib import Path

import pytest

import dyad
from dyad.lang import available, pack
from dyad.model import Record
from dyad.names import to_english
from dyad.registry import get_registry
from dyad.titles import english_title, translate

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "lang"


@pytest.fixture(scope="module")
def fr() -> Record:
    return dyad.extract((FIXTURES / "fr_article.txt").read_text(encoding="utf-8"), source="fr_article.txt")


@pytest.fixture(scope="module")
def it() -> Record:
    return dyad.extract((FIXTURES / "it_article.txt").read_text(encoding="utf-8"), source="it_article.txt")


def _people(r: Record) -> dict[str, object]:
    return {p.name_en: p for p in r.people}


def test_french_is_a_pack() -> None:
    assert "fr" in available()
    assert pack("fr").CODE == "fr"


def test_read_as_french(fr: Record) -> None:
    assert fr.doc.language == "fr"
    assert not fr.warnings
    assert fr.doc.dateline_place == "Paris"
    assert fr.doc.title.startswith("France et Ouzbékistan")


def test_published_from_the_page(fr: Record) -> None:
    # "Publié le 12/03/2025 à 14h05" and the dateline "PARIS, 12 mars (Agence)"
    assert fr.doc.published == "2025-03-12"


def test_people_in_english(fr: Record) -> None:
    people = _people(fr)
    assert set(people) == {"Jean-Noël Barrot", "Bakhtiyor Saidov"}  # "Saïdov" in the text
    assert people["Jean-Noël Barrot"].country == "FRA"
    assert people["Bakhtiyor Saidov"].country == "UZB"
    assert people["Bakhtiyor Saidov"].actor_id == "uzb-bakhtiyor-saidov"
    assert people["Jean-Noël Barrot"].title == "ministre de l'Europe et des Affaires étrangères"  # as written


def test_titles_in_english(fr: Record) -> None:
    for p in fr.people:
        shown = english_title(p.title, p.actor_id, fr.doc.published, "fr")
        assert shown and shown.startswith("Minister") and "ministre" not in shown.lower(), shown


def test_title_translation() -> None:
    assert translate("ministre de l'Europe et des Affaires étrangères", "fr") == "Minister for Europe and Foreign Affairs"
    assert translate("Premier ministre", "fr") == "Prime Minister"
    assert translate("ministre des Affaires étrangères de l'Ouzbékistan", "fr") == \
        "Minister of Foreign Affairs of Uzbekistan"
    assert translate("ambassadeur extraordinaire et plénipotentiaire de France", "fr") == \
        "Ambassador Extraordinary and Plenipotentiary of France"
    assert translate("l'ambassadeur de Russie en France", "fr") == "Ambassador of Russia to France"
    assert translate("porte-parole du ministère russe des Affaires étrangères", "fr") == \
        "Spokesperson of the Ministry of Foreign Affairs of Russia"


def test_french_transcriptions_to_english() -> None:
    assert to_english("Mourat Nourtleou", "fr") == "Murat Nurtleu"
    assert to_english("Sergueï Lavrov", "fr") == "Sergei Lavrov"
    assert to_english("Vladimir Poutine", "fr") == "Vladimir Putin"
    assert to_english("Kassym-Jomart Tokaïev", "fr") == "Kasym-Zhomart Tokayev"
    assert to_english("Jean-Noël Barrot", "fr") == "Jean-Noël Barrot"  # a French name stays as written
    assert get_registry().lookup(to_english("Mourat Nourtleou", "fr")).actor_id == "kaz-murat-nurtleu"


def test_meeting(fr: Record) -> None:
    meeting = next(e for e in fr.events if e.type == "meeting")
    assert {p.name_en for p in meeting.participants} == {"Jean-Noël Barrot", "Bakhtiyor Saidov"}
    assert meeting.cameo == "040"
    assert meeting.location == "Paris"
    assert "s'est entretenu" in meeting.rule


def test_signing(fr: Record) -> None:
    kinds = {a.title: a.kind for a in fr.agreements}
    assert kinds == {
        "accord de coopération dans le domaine des énergies renouvelables": "agreement",
        "protocole d'accord sur la formation des diplomates": "memorandum",
    }
    signing = next(e for e in fr.events if e.type == "agreement_signing")
    assert {p.name_en for p in signing.participants} == {"Jean-Noël Barrot", "Bakhtiyor Saidov"}


def test_trade_figure(fr: Record) -> None:
    fig = next(f for f in fr.figures if f.currency)
    assert fig.text == "1,2 milliard de dollars"
    assert (fig.value, fig.currency, fig.metric, fig.period) == (1.2e9, "USD", "trade_turnover", "2023")
    growth = next(f for f in fr.figures if f.unit == "percent")
    assert (growth.value, growth.metric) == (18, "growth")


def test_figure_countries(fr: Record) -> None:
    # "entre les deux pays": the report's pair, France and Uzbekistan ("Ouzbékistan")
    assert {tuple(sorted(f.countries)) for f in fr.figures} == {("FRA", "UZB")}


def test_quotes_with_speakers(fr: Record) -> None:
    quotes = [(q.speaker_en, q.text[:20]) for q in fr.quotes]
    assert quotes == [("Jean-Noël Barrot", "L'Ouzbékistan est po"), ("Bakhtiyor Saidov", "Nous comptons sur l'")]


def test_italian_is_named_and_nothing_guessed(it: Record) -> None:
    assert it.doc.language == "it"
    assert it.warnings == ["no language pack for it"]
    assert not it.people and not it.events and not it.quotes and not it.figures and not it.agreements
    assert it.to_json()["warnings"] == ["no language pack for it"]


def test_a_short_french_text_is_french() -> None:
    text = ("Le président français a reçu mardi à Paris son homologue algérien pour des entretiens consacrés à la "
            "coopération économique et à la mémoire. Les deux chefs d'État ont signé une déclaration commune sur le "
            "partenariat renouvelé entre les deux pays, selon la présidence, qui a salué une visite historique.")
    r = dyad.extract(text, source="t.txt")
    assert r.doc.language == "fr" and not r.warnings
    # no name is written, so none is invented: "le président français" is the office's holder on
    # the day, from the actor registry, as "the French President" is in English
    assert [p.actor_id for p in r.people] == ["fra-emmanuel-macron"]


CONFLICT = ("PARIS, 4 avril (Agence) – Le ministère français des Affaires étrangères a convoqué mardi l'ambassadeur "
            "de Russie en France, Alexeï Mechkov, après l'arrestation de deux ressortissants français à Moscou. "
            "Paris a condamné une détention « arbitraire et injustifiable » et a exigé de Moscou leur libération "
            "immédiate.")


def test_summons_and_condemnation_are_coded() -> None:
    r = dyad.extract(CONFLICT, source="t.txt")
    assert r.doc.language == "fr"
    summons = next(e for e in r.events if e.cameo == "114")  # a convoqué l'ambassadeur
    assert (summons.source, summons.target) == ("FRAGOV", "RUSGOV")
    assert [p.name_en for p in summons.participants] == ["Alexei Meshkov"]  # "Alexeï Mechkov"
    assert summons.participants[0].country == "RUS"
    assert {e.cameo for e in r.events} & {"111", "1053"}  # a condamné, a exigé de Moscou leur libération
