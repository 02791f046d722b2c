"""Counts in conflict and cooperation reports: numbers as digits or words before the people,
bodies, documents or arms they count; not the pair itself, idioms or rankings. Sentences
written for the tests."""

from __future__ import annotations

import pytest

import dyad


def counts(text: str) -> list[float]:
    return [f.value for f in dyad.extract(text, source="t.txt").figures if f.metric == "count"]


@pytest.mark.parametrize(("text", "value"), [
    ("Riga expels diplomats\n\nLatvia declared five Russian diplomats persona non grata on Friday.", 5),
    ("Sanctions widened\n\nThe government imposed sanctions on 7 Iranian individuals and two companies.", 7),
    ("Grenze bleibt zu\n\nDrei armenische Soldaten wurden bei dem Schusswechsel an der Grenze verletzt.", 3),
    ("Потери на границе\n\nВ результате обстрела погибли пять человек, сообщили в министерстве.", 5),
    ("Zahl der Opfer\n\nIm Krieg zwischen beiden Staaten kamen etwa 80 000 Menschen ums Leben.", 80000),
])
def test_a_count_of_people_or_bodies(text: str, value: float) -> None:
    assert value in counts(text), counts(text)


@pytest.mark.parametrize("text", [
    "Leaders meet\n\nThe two countries agreed to open a consulate in each other's capital next year.",
    "Treffen\n\nDie Präsidenten sprachen zunächst unter vier Augen und dann im erweiterten Format.",
    "Handel\n\nKasachstan ist einer der zehn größten Handelspartner des Landes in der Region.",
    "Minsk meeting\n\n14\nKassym-Jomart Tokayev holds talks with the Belarusian president in Minsk.",
])
def test_no_count_for_the_pair_an_idiom_a_rank_or_a_number_on_its_own_line(text: str) -> None:
    assert counts(text) == [], counts(text)


@pytest.mark.parametrize(("text", "values"), [
    # the counted phrase stops before a word no count noun holds ("and", "following ...")
    ("Blacklist grows\n\nThe ministry blacklisted 9 Syrian officials and members of a militia on Monday.", [9]),
    ("Talks end\n\nSeoul and Tokyo signed four agreements following lengthy talks in the capital.", [4]),
    # a partitive: the number counts the noun after "of its", "out of N", "von N"
    ("Clash on the border\n\nThe army said two of its soldiers had died in the night-time shelling.", [2]),
    ("Barriers fall\n\nThe agency has lifted 12 out of 30 trade restrictions since the spring.", [12, 30]),
    ("Grenze\n\nNach der Entscheidung bleiben nur drei von acht Grenzübergängen in der Region geöffnet.", [3, 8]),
    ("Protest\n\nDer Botschafterin wurden am Dienstag zwei Protestnoten der Regierung übergeben.", [2]),
    # Russian: the noun before a preposition, a noun before its genitive, an abbreviation
    ("Визит\n\nВ ходе визита было подписано еще 12 документов на уровне министерств и ведомств.", [12]),
    ("Граница\n\nНа границе между странами сейчас работают только три КПП из семи.", [3]),
    ("Ответ\n\nМосква объявила персонами нон грата трех дипломатов эстонского посольства в ответ.", [3]),
])
def test_the_counted_noun_is_found_inside_a_longer_phrase(text: str, values: list[float]) -> None:
    assert sorted(counts(text)) == sorted(values), counts(text)


@pytest.mark.parametrize("text", [
    "Border\n\nThe crossing will stay closed from Mar 12 this year, the governor announced.",
    "Grain\n\nKazakhstan entered the top-10 suppliers of grain to the region, the agency said.",
    "Friendship\n\nThe minister praised the friendship between the two peoples at the reception.",
    "Rankings\n\nДля Китая Беларусь входит в топ-20 поставщиков молочной продукции.",
])
def test_no_count_in_a_date_a_rank_or_the_two_peoples(text: str) -> None:
    assert counts(text) == [], counts(text)


def test_the_same_number_of_the_other_sides_diplomats_is_another_count() -> None:
    text = ("Tit for tat\n\nRussia expelled three Polish diplomats in response to the expulsion of three "
            "Russian diplomats from Warsaw last month.")
    assert counts(text) == [3, 3]


@pytest.mark.parametrize("text", [
    "Expulsion\n\nPoland expelled three Russian diplomats on Monday. The three Russian diplomats must leave "
    "the country within a week.",
    "Ausweisung\n\nÖsterreich hat vier russische Diplomaten ausgewiesen. Die vier Diplomaten müssen das Land "
    "binnen einer Woche verlassen.",
])
def test_the_same_group_named_again_is_one_count(text: str) -> None:
    assert counts(text) in ([3], [4]), counts(text)


@pytest.mark.parametrize(("text", "values"), [
    ("Shelling\n\nTwo soldiers were killed and three others were wounded in the shelling overnight.", [2, 3]),
    ("Beschuss\n\nDabei seien zwei Soldaten getötet und vier weitere verletzt worden.", [2, 4]),
    ("Diplomaten\n\nDrei Mitarbeiter müssen das Land verlassen. 120 weitere arbeiten noch an der Botschaft.", [3, 120]),
])
def test_a_count_whose_noun_is_left_out(text: str, values: list[float]) -> None:
    assert sorted(counts(text)) == sorted(values), counts(text)


def test_more_before_a_noun_is_no_elliptic_count() -> None:
    assert counts("Trade\n\nThe two sides agreed to open five more border crossings next year.") == [5]
