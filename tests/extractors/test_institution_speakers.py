"""Institutions that speak: a quote whose attribution names no person belongs to the
institution named there, in English with the country's adjective first. Texts written for
the tests, in the shape of agency copy (dateline, quote paragraphs, attribution after)."""

from __future__ import annotations

import pytest

import dyad


def speakers(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker_en, q.text[:30]) for q in dyad.extract(text, source="t.txt").quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Tallinn protests over airspace\n\nTALLINN, 8 May (Baltic Wire) - The Estonian Foreign Ministry summoned "
     "the chargé d'affaires of Russia on Monday.\n\n\"The violation of our airspace is unacceptable,\" the ministry "
     "said in a statement.", "Estonian Foreign Ministry"),
    ("Berlin reagiert auf Ausweisung\n\nBerlin (dpa) - Die Bundesregierung hat die Ausweisung zweier Diplomaten "
     "verurteilt.\n\n«Dieser Schritt bleibt nicht ohne Antwort», teilte das Auswärtige Amt am Abend mit.",
     "German Foreign Office"),
    ("МИД ответил Вильнюсу\n\nМОСКВА, 3 марта. /Агентство/. Российская сторона выразила протест литовскому "
     "послу в связи с задержанием журналиста.\n\n«Подобные действия не останутся без ответа», - заявили в МИД России.",
     "Russian Foreign Ministry"),
])
def test_institution_is_the_speaker_when_no_person_is_named(text: str, speaker: str) -> None:
    got = speakers(text)
    assert got and got[0][0] == speaker, got


def test_a_named_spokesperson_of_the_institution_stays_the_speaker() -> None:
    text = ("Warsaw summons envoy\n\nWARSAW, 2 June (PolWire) - Poland summoned the Belarusian ambassador on Friday.\n\n"
            "\"We expect an explanation without delay,\" Foreign Ministry spokesman Pawel Wronski said.")
    got = speakers(text)
    assert got and got[0][0] == "Pawel Wronski", got


def test_the_head_of_a_government_is_a_person_not_the_government() -> None:
    text = ("Премьер-министры обсудили поставки\n\nБИШКЕК, 5 мая. /Агентство/. Председатель кабинета министров "
            "Кыргызстана Адылбек Касымалиев провел переговоры с премьер-министром Таджикистана Кохиром Расулзода.\n\n"
            "«Мы рассчитываем на рост поставок», – подчеркнул глава правительства Кыргызстана.")
    got = speakers(text)
    assert got and got[0][0] == "Adylbek Kasymaliev", got


def test_it_said_and_an_institution_opening_the_sentence_speak() -> None:
    text = ("Moscow expels Czech diplomats\n\nThe Russian foreign ministry summoned Czech envoy Jan Novak and informed "
            "him that \"two employees of the Czech Embassy in Moscow are declared personas non gratae,\" it said in a "
            "statement.")
    assert speakers(text)[0][0] == "Russian Foreign Ministry", speakers(text)
    text = ("Rabat recalls envoy\n\nMorocco's Foreign Ministry announced the recall for consultation of Ambassador "
            "Karim Alami \"following the regrettable visit of the Spanish king to the two cities,\" the agency said.")
    assert speakers(text)[0][0] == "Moroccan Foreign Ministry", speakers(text)
    text = ("Beijing accuses Delhi\n\nForeign ministry spokesman Li Wei told reporters Indian troops crossed the border "
            "twice, \"provoking and attacking Chinese personnel on the ground.\"")
    assert speakers(text)[0][0] == "Li Wei", speakers(text)
