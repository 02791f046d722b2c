"""Counts told in words (teens, tens, "half a dozen", Russian case forms), counts of people the
pack does not list whom something befell, a number with no noun, "a total of N ... agreements",
counts of vehicles and violations; two counts of one value; loans and guarantees, which are no
export; a range whose upper end is a bare scale word; "over the past year". Sentences written
for the tests."""

from __future__ import annotations

import pytest

import dyad
from dyad.model import Figure


def figures(text: str) -> list[Figure]:
    return dyad.extract(text, source="t.txt").figures


def counts(text: str) -> list[float]:
    return [f.value for f in figures(text) if f.metric == "count"]


# ---- numbers in words ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Border clash\n\nThe monitors recorded half-a-dozen violations of the truce along the line.", 6),
    ("Border clash\n\nThe monitors said nineteen soldiers had crossed the line overnight.", 19),
    ("Waffenruhe\n\nDie Beobachter zählten ein halbes Dutzend Verstöße gegen die Waffenruhe.", 6),
    ("Grenze\n\nAn der Grenze standen siebzehn Fahrzeuge der Armee bereit.", 17),
    # the dative, instrumental and genitive of a Russian numeral
    ("Нападение\n\nНеизвестные нанесли ущерб четырем служебным автомобилям консульства.", 4),
    ("Визит\n\nПо итогам переговоров стороны подписали более двадцати документов.", 20),
    ("Переговоры\n\nМинистр встретился с тремя дипломатами из соседней страны.", 3),
    ("Граница\n\nПограничники задержали пятнадцать лодок с грузом у побережья.", 15),
])
def test_a_count_in_words_of_any_case(text: str, value: float) -> None:
    assert value in counts(text), counts(text)


@pytest.mark.parametrize("text", [
    "Семья\n\nПрезидент поддержал семью погибшего пограничника и выразил соболезнования.",
    "Talks\n\nThe two hundred delegates heard the ministers speak on Monday.",
])
def test_a_word_that_only_looks_like_a_numeral_counts_nothing(text: str) -> None:
    assert counts(text) in ([], [200.0]), counts(text)
    assert 7 not in counts(text) and 2 not in counts(text), counts(text)


# ---- what befell them: any noun counts ----------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Shooting at the border\n\nGuards opened fire and five Uzbeks were killed near the post.", 5),
    ("Schüsse an der Grenze\n\nBei dem Vorfall wurden vier Tadschiken an der Grenze erschossen.", 4),
    ("Стрельба на границе\n\nВ ходе инцидента трое туристов были ранены у заставы.", 3),
])
def test_a_count_of_people_whom_something_befell(text: str, value: float) -> None:
    assert value in counts(text), counts(text)


@pytest.mark.parametrize("text", [
    "Visit\n\nThe guests also saw five Uzbeks perform a dance at the reception.",
    "Besuch\n\nDie Gäste hörten vier Tadschiken bei einem Konzert singen.",
    "Визит\n\nГости послушали троих туристов, которые пели песни.",
])
def test_a_people_named_with_no_harm_is_no_count(text: str) -> None:
    assert counts(text) == [], counts(text)


def test_a_number_with_no_noun_whom_something_befell() -> None:
    text = "Fighting\n\nAt least 14 have been killed since the shelling started, officials said."
    found = [(f.value, f.qualifier) for f in figures(text) if f.metric == "count"]
    assert found == [(14, "over")], found


def test_a_number_with_no_noun_and_no_harm_is_no_count() -> None:
    text = "Fighting\n\nAt least 14 have been invited to the talks, officials said."
    assert counts(text) == [], counts(text)


# ---- a total of N ... -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Visit ends\n\nA total of 31 governmental, regional and corporate agreements were signed in Astana.", 31),
    ("Besuch\n\nInsgesamt 14 staatliche, regionale und private Abkommen wurden in Astana unterzeichnet.", 14),
    ("Визит\n\nВсего 12 межгосударственных, региональных и отраслевых соглашений подписали в Астане.", 12),
])
def test_a_total_counts_the_noun_after_a_list_of_adjectives(text: str, value: float) -> None:
    assert value in counts(text), counts(text)


def test_a_total_of_years_is_no_count() -> None:
    text = "Visit\n\nA total of 31 years, spent on treaties, have passed since then."
    assert counts(text) == [], counts(text)


# ---- counts of vehicles, and two counts of one value -------------------------------------

def test_boats_and_cars_are_counted() -> None:
    text = ("Standoff at sea\n\nCoast guard vessels blocked two supply boats, and protesters damaged three "
            "diplomatic cars outside the embassy.")
    assert sorted(counts(text)) == [2, 3], counts(text)


@pytest.mark.parametrize(("text", "values"), [
    ("Clash\n\nThree border guards were killed and three civilians were wounded by shelling.", [3, 3]),
    ("Expulsion\n\nMoscow expelled two Czech diplomats after Prague sent home two of its own embassy workers.",
     [2, 2]),
    # the same count told again with the same noun is one; in another sentence, mostly in other
    # words too
    ("Expulsion\n\nMoscow expelled two Czech diplomats. The two diplomats must leave within a week.", [2]),
    ("Expulsion\n\nMoscow expelled five Czech diplomats. The five employees must leave within a week.", [5]),
])
def test_the_same_number_of_other_people_in_one_sentence_is_another_count(text: str, values: list[float]) -> None:
    assert sorted(counts(text)) == values, counts(text)


def test_the_same_amount_with_another_qualifier_is_another_figure() -> None:
    text = ("Deals\n\nThe two sides signed contracts worth $4.2 billion. The total effect of the visit "
            "is estimated at more than $4.2 billion, the minister said.")
    found = sorted((f.metric, f.value, f.qualifier) for f in figures(text))
    assert found == [("other", 4.2e9, "exact"), ("other", 4.2e9, "over")], found


# ---- loans and guarantees are not exports -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Support\n\nBerlin approved export credit guarantees of 2 billion euros for projects in Kazakhstan.",
    "Unterstützung\n\nBerlin hat Exportkreditgarantien in Höhe von 2 Milliarden Euro für Kasachstan bewilligt.",
    "Поддержка\n\nСтороны согласовали экспортные кредиты на 2 млрд евро для проектов в Казахстане.",
])
def test_a_guarantee_or_credit_for_exports_is_no_export(text: str) -> None:
    found = [(f.metric, f.value) for f in figures(text)]
    assert found == [("other", 2e9)], found


def test_exports_are_still_exports() -> None:
    text = "Handel\n\nDie Exporte nach Kasachstan erreichten 2 Milliarden Euro."
    assert [(f.metric, f.value) for f in figures(text)] == [("export", 2e9)]


# ---- a range whose upper end is a scale word alone ---------------------------------------

def test_a_range_up_to_a_bare_scale_word() -> None:
    text = "Торговля\n\nТоварооборот между странами составляет от 700 млн до миллиарда долларов в год."
    found = sorted((f.metric, f.value, f.qualifier, f.currency) for f in figures(text))
    assert found == [("trade_turnover", 7e8, "over", "USD"), ("trade_turnover", 1e9, "under", "USD")], found


def test_a_bare_scale_word_outside_a_range_is_no_figure() -> None:
    text = "Торговля\n\nЗа миллиард долларов можно построить завод, сказал министр."
    assert figures(text) == [], figures(text)


# ---- the past year -----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Astana, 12 March 2022. Over the past year, rail freight between the countries grew by 25%.",
    "Астана, 12 марта 2022. За прошедший год грузоперевозки между странами выросли на 25%.",
])
def test_the_past_year_is_the_year_before_the_report(text: str) -> None:
    assert [(f.metric, f.period) for f in figures(text)] == [("growth", "2021")]


@pytest.mark.parametrize("text", [
    "Consulates closed\n\nEthiopia closed its consulate in the port, three Somali officials said on Friday.",
    "Konsulat\n\nÄthiopien schloss sein Konsulat im Hafen, wie drei somalische Beamte berichteten.",
    "Консульство\n\nЭфиопия закрыла консульство в порту, три сомалийских чиновника сообщили об этом в пятницу.",
])
def test_people_who_tell_the_news_are_no_count(text: str) -> None:
    assert counts(text) == [], counts(text)


def test_a_noun_that_names_a_harm_is_no_harm_befalling_the_count() -> None:
    text = "Удар\n\nУдар привел к гибели двух местных жителей и ранению ещё нескольких человек."
    assert counts(text) == [], counts(text)


@pytest.mark.parametrize("text", [
    "Trade\n\nTrade between the two countries grew by twelve percent in the first half of the year.",
    "Handel\n\nDer Handel zwischen beiden Ländern wuchs im ersten Halbjahr um zwölf Prozent.",
    "Торговля\n\nТоварооборот между странами в первом полугодии вырос на двенадцать процентов.",
])
def test_a_percentage_in_words(text: str) -> None:
    assert [(f.metric, f.value) for f in figures(text)] == [("growth", 12)]


# ---- the year of the sentence before ------------------------------------------------------

@pytest.mark.parametrize(("text", "period"), [
    ("Talks in Hanoi\n\nThe partners expanded ties markedly by the end of 2022. \"Our trade came to $310 "
     "million,\" the president said.", "2022"),
    ("Gespräche\n\nBeide Seiten bauten ihre Beziehungen bis Ende 2022 deutlich aus. Der Handel erreichte "
     "310 Millionen Dollar.", "2022"),
    # a year of another paragraph is not the figure's
    ("Talks in Hanoi\n\nThe partners expanded ties markedly by the end of 2022.\n\n\"Our trade came to $310 "
     "million,\" the president said.", None),
])
def test_a_trade_figure_with_no_year_takes_the_year_of_the_sentence_before(text: str, period: str | None) -> None:
    assert [(f.metric, f.period) for f in figures(text)] == [("trade_turnover", period)]


# ---- one, when harm befalls it -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Border clash\n\nGuards fired across the river and one border guard was wounded in the exchange.",
    "Expulsion\n\nThe ministry said it expelled one Latvian diplomat over the incident.",
    "Высылка\n\nМинистерство сообщило, что высылает одного латвийского дипломата из столицы.",
])
def test_one_person_whom_harm_befalls_is_a_count(text: str) -> None:
    assert counts(text) == [1], counts(text)


@pytest.mark.parametrize("text", [
    "Talks\n\nOne official said the talks went well and one diplomat praised the hosts.",
    "Border clash\n\nOne of the guards was wounded in the exchange, the ministry said.",
    "Переговоры\n\nОдин из дипломатов был задержан, а один чиновник заявил о протесте.",
])
def test_one_as_an_article_or_one_among_many_is_no_count(text: str) -> None:
    assert counts(text) == [], counts(text)


# ---- a multiple with nothing that changed -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Border incident\n\nThe patrol fired into the air three times before it withdrew.",
    "Grenze\n\nDie Patrouille schoss drei Mal in die Luft und zog sich dann zurück.",
    "Граница\n\nПатруль три раза выстрелил в воздух и отошел от границы.",
])
def test_how_often_something_was_done_is_no_growth(text: str) -> None:
    assert [f for f in figures(text) if f.metric == "growth"] == []


@pytest.mark.parametrize("text", [
    "Trade\n\nTrade between the neighbours grew three times over the decade.",
    "Торговля\n\nТоварооборот между странами вырос в три раза за десять лет.",
])
def test_a_multiple_of_what_grew_is_still_growth(text: str) -> None:
    assert [(f.metric, f.value) for f in figures(text)] == [("growth", 3)]
