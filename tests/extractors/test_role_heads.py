"""Speakers named by a role or a bare institution word: "the head of the Russian agency",
"der Kronprinz", "the external affairs ministry" (sentences written for these tests)."""

from __future__ import annotations

import dyad
from dyad.extractors.coref import followed_by_name, person_roles
from dyad.extractors.people import PersonEntity
from dyad.extractors.persons import find_persons
from dyad.model import Doc


def referred(text: str, lang: str) -> list[tuple[str, str]]:
    """(role as written, name of the person it points to) for every role reference."""
    found = find_persons(Doc("t", "t", text, language=lang), [])
    return [(text[r.start : r.end], found.persons[r.person].name) for r in found.references]


def test_ru_head_of_a_countrys_agency_is_its_minister() -> None:
    text = ("Глава МИД Бразилии Мауро Виейра провел в Брюсселе переговоры с бельгийским министром "
            "иностранных дел Хаджой Лябиб. «Торговля выросла вдвое за два года», — сказал глава "
            "бразильского ведомства.")
    refs = referred(text, "ru")
    assert ("глава бразильского ведомства", "Мауро Виейра") in refs


def test_ru_head_of_agency_of_another_country_is_not_taken() -> None:
    text = ("Глава МИД Бразилии Мауро Виейра провел в Брюсселе переговоры с бельгийским министром "
            "иностранных дел Хаджой Лябиб. «Торговля выросла вдвое за два года», — сказал глава "
            "аргентинского ведомства.")
    assert not [r for r in referred(text, "ru") if "ведомства" in r[0]]


def test_de_crown_prince_reference() -> None:
    text = ("Kronprinz Haakon Magnus empfing am Dienstag in Oslo den dänischen Regierungschef Lars Berg. "
            "„Wir teilen dieselben Sorgen um die Ostsee und den Handel“, sagte der Kronprinz.")
    assert ("der Kronprinz", "Haakon Magnus") in referred(text, "de")


def test_ru_role_before_an_agency_acronym_is_a_reference() -> None:
    # the envoy's title is in the genitive; the capitals after the role are the agency quoting him
    text = ("Вена. МИД Австрии вызвал польского посла Яна Ковальского. «Меня пригласили в министерство "
            "из-за вчерашней статьи», — приводит слова дипломата ТАСС.")
    assert ("дипломата", "Ян Ковальский") in referred(text, "ru")
    quotes = dyad.extract(text).quotes
    assert [q.speaker for q in quotes] == ["Ян Ковальский"]


def test_ru_role_before_a_name_is_still_a_title() -> None:
    text = "Вена. МИД Австрии вызвал польского посла Яна Ковальского. Посол Ян Ковальский прибыл утром."
    assert not [r for r in referred(text, "ru") if r[0].lower().startswith("посол")]


def test_acronym_after_role() -> None:
    # an outlet's acronym ends the role; a country's acronym belongs to the title ("президента США")
    assert not followed_by_name("роль президента ТАСС", len("роль президента"), "ru")
    assert followed_by_name("роль президента США Джона", len("роль президента"), "ru")
    assert followed_by_name("the envoy Anna Berg", len("the envoy"), "en")
    assert not followed_by_name("the envoy told", len("the envoy"), "en")


def test_a_foreign_minister_answers_to_minister() -> None:
    head_of_mfa = PersonEntity("Мауро Виейра", "Mauro Vieira", "глава МИД Бразилии", "BRA", None)
    assert {"foreign_minister", "minister"} <= person_roles(head_of_mfa)
    envoy = PersonEntity("Ларс Берг", "Lars Berg", "посол Дании", "DNK", None)
    assert "minister" not in person_roles(envoy)


def test_en_lower_case_external_affairs_ministry_speaks() -> None:
    text = ("New Delhi, May 3. Relations with the neighbour cooled again on Monday. \"Such claims are "
            "baseless and we reject them in full\", the external affairs ministry said in a statement.")
    quotes = dyad.extract(text).quotes
    assert [q.speaker_en for q in quotes if q.text.startswith("Such claims")][0].endswith("Foreign Ministry")
