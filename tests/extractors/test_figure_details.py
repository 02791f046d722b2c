"""Figures beyond money: lengths in kilometres, the periods a report names relative to its year,
and qualifiers. Sentences written for the tests."""

from __future__ import annotations

import pytest

import dyad
from dyad.model import Figure


def figures(text: str) -> list[Figure]:
    return dyad.extract(text, source="t.txt").figures


@pytest.mark.parametrize(("text", "value"), [
    ("Border talks\n\nThe two states share a 1,200-kilometre border that was never fully marked.", 1200),
    ("Grenze\n\nEntlang der 300 Kilometer langen Grenze wurden neue Posten errichtet.", 300),
    ("Граница\n\nГраница протяженностью 970 км проходит по горам и степи.", 970),
])
def test_a_length_in_kilometres_is_a_figure(text: str, value: float) -> None:
    found = [(f.metric, f.value, f.unit) for f in figures(text)]
    assert ("other", value, "km") in found, found


@pytest.mark.parametrize("text", [
    "Border post\n\nThe crossing lies 150km north-east of the capital and was closed on Friday.",
    "Grenze\n\nDer Übergang liegt etwa 40 Kilometer südlich der Hauptstadt.",
    "Граница\n\nНовый пункт пропуска построят в 15 км от границы, сообщили в ведомстве.",
])
def test_how_far_a_place_lies_is_no_figure(text: str) -> None:
    assert figures(text) == [], [(f.metric, f.value) for f in figures(text)]


def test_miles_beside_kilometres_are_no_count() -> None:
    text = "Port deal\n\nThe deal leases 30 km (19 miles) of coastline to the navy for fifty years."
    assert [(f.metric, f.value) for f in figures(text)] == [("other", 30)]


@pytest.mark.parametrize(("text", "period"), [
    ("Kyiv, 14 June 2021. Trade between the two countries reached $3 billion in January-May this year.",
     "2021-01..2021-05"),
    ("Minsk, 14. Juni 2019. Der Handelsumsatz lag im Januar-April dieses Jahres bei 2,5 Milliarden Dollar.",
     "2019-01..2019-04"),
    ("Товарооборот между странами вырос на 12% по итогам первого квартала 2017 года.", "2017-01..2017-03"),
])
def test_a_month_range_of_this_year_and_a_quarter_in_the_genitive(text: str, period: str) -> None:
    assert [f.period for f in figures(text)] == [period]


def test_a_period_after_the_full_stop_of_an_abbreviated_amount_is_the_next_sentences() -> None:
    text = ("Товарооборот\n\nПо итогам прошлого года товарооборот с Китаем составил $4,2 млрд. "
            "За январь-май 2023 года объем торговли составил $1,9 млрд.")
    by_value = {f.value: f.period for f in figures(text)}
    assert by_value[4.2e9] != "2023-01..2023-05" and by_value[1.9e9] == "2023-01..2023-05", by_value


@pytest.mark.parametrize(("text", "qualifier"), [
    ("Торговля\n\nВ прошлом году товарооборот вырос, практически достигнув отметки в 9 млрд долларов.", "almost"),
    ("Trade\n\nLast year bilateral trade grew, nearly reaching $9 billion.", "almost"),
    # "up to" names the level a target sets
    ("Target\n\nThe leaders set the task of raising trade turnover to up to $3 billion in the coming years.", "exact"),
    # a multiple in words that happened is exact; one foreseen is an estimate
    ("Imports\n\nKenya has tripled its imports of maize from Uganda since the border reopened.", "exact"),
    ("Outlook\n\nWe expect a twofold rise in trade with Vietnam next year, the minister said.", "approx"),
])
def test_qualifiers(text: str, qualifier: str) -> None:
    found = [f for f in figures(text) if f.metric != "count"]
    assert found and found[0].qualifier == qualifier, [(f.value, f.qualifier) for f in found]


@pytest.mark.parametrize(("text", "value"), [
    ("Handel\n\nDer Umsatz erreichte 112,5% gegenüber dem Niveau von 2016, teilte das Amt mit.", 12.5),
    ("Торговля\n\nТоварооборот составил 107,3% к уровню 2018 года, сообщили в ведомстве.", 7.3),
    ("Trade\n\nTrade turnover amounted to 115 percent of the 2020 level, the agency said.", 15),
])
def test_a_level_over_100_percent_of_a_base_is_growth(text: str, value: float) -> None:
    found = [(f.metric, round(f.value, 3)) for f in figures(text)]
    assert ("growth", value) in found, found


@pytest.mark.parametrize("text", [
    "Summit\n\nThe two presidents have met 14 times since 2019, the spokesman recalled.",
    "Визит\n\nЛидеры двух стран встречались 9 раз за последние два года.",
])
def test_meeting_n_times_is_a_count_of_meetings(text: str) -> None:
    found = [(f.metric, f.value) for f in figures(text)]
    assert found and found[0][0] == "count", found


@pytest.mark.parametrize(("text", "period"), [
    ("War toll\n\nThe fighting between 2014 and 2016 killed about 9,000 people on both sides.", "2014..2016"),
    ("Krieg\n\nDer Konflikt kostete zwischen 1992 und 1994 etwa 30 000 Menschen das Leben.", "1992..1994"),
    ("Война\n\nВ ходе конфликта 1992-1994 годов погибли около 30 000 человек.", "1992..1994"),
])
def test_a_range_of_years_is_the_period_even_of_a_count(text: str, period: str) -> None:
    assert [f.period for f in figures(text) if f.metric == "count"] == [period]


def test_climbing_is_growth() -> None:
    text = "Trade\n\nOur trade turnover climbed by 37% last year, the minister said at the opening."
    assert [(f.metric, f.value) for f in figures(text)] == [("growth", 37)]


def test_a_scale_word_joined_by_a_hyphen_and_yen() -> None:
    text = ("Investment\n\nThe new goal exceeds the 2.5-trillion yen in investment that the previous "
            "government had announced in 2014.")
    found = [(f.metric, f.value, f.currency) for f in figures(text)]
    assert ("investment", 2.5e12, "JPY") in found, found


@pytest.mark.parametrize(("text", "period"), [
    ("Kyiv, 14 June 2021. Japan will invest 2 trillion yen in the country over the next four years.",
     "next 4 years"),
    ("Минск, 14 июня 2021. Товарооборот за последние годы вырос в 12 раз, отметил министр.", "last years"),
    ("Berlin, 14. Juni 2021. Der Handel ist in den letzten Jahren um 30 Prozent gewachsen.", "last years"),
])
def test_the_next_n_years_and_recent_years_are_kept_as_written(text: str, period: str) -> None:
    assert [f.period for f in figures(text)] == [period]


def test_an_amount_named_again_without_its_period_is_the_same_figure() -> None:
    text = ("Tokyo, 3 May 2022. Japan will invest 4 trillion yen in the country over the next five years. "
            "The 4-trillion yen target is the largest so far, officials said.")
    found = [(f.metric, f.value, f.period) for f in figures(text)]
    assert found == [("investment", 4e12, "next 5 years")], found


def test_a_russian_span_of_years_with_the_number_in_the_genitive() -> None:
    page = ("Товарооборот\n\nМИНСК, 5 мая. Стороны намерены довести товарооборот между Беларусью и "
            "Кыргызстаном до $500 миллионов в течение ближайших пяти лет.\n")
    figs = dyad.extract(page, source="t.txt").figures
    assert [(f.value, f.period) for f in figs] == [(500000000.0, "next 5 years")]


@pytest.mark.parametrize(("text", "period"), [
    ("Riga, 14 June 2021. Trade between the two countries has grown to $4 billion since 2015.", "2015..2021"),
    ("Trade\n\nTrade between the two countries has grown to $4 billion since 2015.", "since 2015"),
    ("Handel\n\nSeit 2016 ist der Handelsumsatz auf 2 Milliarden Euro gestiegen.", "since 2016"),
    ("Минск, 14 июня 2022. Товарооборот с 2017 года вырос до 3 млрд долларов.", "2017..2022"),
    # a span of years is no start
    ("Торговля\n\nС 2015 по 2018 год товарооборот вырос до 3 млрд долларов.", "2015..2018"),
])
def test_since_a_year_runs_to_the_reports_year(text: str, period: str) -> None:
    assert [f.period for f in figures(text) if f.metric != "count"] == [period]


@pytest.mark.parametrize("text", [
    "Trade\n\nThe ministers want to bring trade to $2 billion in the coming years, compared with $1 billion in 2019.",
    "Handel\n\nIn den kommenden Jahren soll der Handel auf 2 Milliarden Dollar wachsen, nach 1 Milliarde 2019.",
    "Торговля\n\nСтороны намерены довести товарооборот до 2 млрд долларов в ближайшие годы против 1 млрд в 2019 году.",
])
def test_the_coming_years_are_the_period_of_a_target(text: str) -> None:
    assert figures(text)[0].value == 2e9 and figures(text)[0].period == "coming years"


@pytest.mark.parametrize("text", [
    "Talks\n\nSince 2014 the two leaders have met nine times. During this time they signed 40 agreements.",
    "Gespräche\n\nSeit 2014 haben sich die beiden Präsidenten neunmal getroffen. In dieser Zeit wurden 40 Abkommen "
    "unterzeichnet.",
    "Переговоры\n\nС 2014 года президенты встречались девять раз. За это время было подписано 40 соглашений.",
])
def test_during_this_time_is_the_period_the_sentence_before_named(text: str) -> None:
    by_value = {f.value: f.period for f in figures(text)}
    assert by_value.get(40) == "since 2014", by_value
    # without the sentence before naming one, "during this time" gives none
    assert {f.value: f.period for f in figures(text.split(". ", 1)[1])}.get(40) is None


def test_a_hand_wrapped_sentence_keeps_its_period_on_the_next_line() -> None:
    text = ("Trade\n\nAstana, 3 October 2022. Trade between the two countries exceeded $90 million in the\n"
            "first eight months of this year, the ministry said.\nExports grew too.")
    assert [f.period for f in figures(text)] == ["2022-01..2022-08"]
    # a line that ends a sentence keeps to itself
    apart = "Trade\n\nAstana, 3 October 2022. Trade between the two countries exceeded $90 million\nIn 2019 it was less."
    assert [f.period for f in figures(apart)][0] is None


@pytest.mark.parametrize("text", [
    "Talks\n\nThe president said he had met with his counterpart 18 times since 2013.",
    "Переговоры\n\nПрезидент отметил, что встречался с Си Цзиньпином 18 раз.",
])
def test_meetings_counted_after_the_person_met_are_a_count(text: str) -> None:
    assert [(f.metric, f.value) for f in figures(text)] == [("count", 18)]


def test_a_length_has_no_period() -> None:
    text = "Port deal\n\nThe deal leases 30 km of coastline in a region that has been autonomous since 1993."
    assert [(f.value, f.period) for f in figures(text)] == [(30, None)]


@pytest.mark.parametrize(("text", "period"), [
    ("Riga, 14 June 2023. Over the past decade, trade between Latvia and Lithuania has doubled.", "2013..2023"),
    ("Trade\n\nOver the last two decades, trade between Latvia and Lithuania has tripled.", "last 20 years"),
    ("Riga, 14. Juni 2023. Der Handel zwischen Lettland und Litauen hat sich im letzten Jahrzehnt verdoppelt.",
     "2013..2023"),
    ("Рига, 14 июня 2023 г. Товарооборот Латвии и Литвы за последнее десятилетие вырос вдвое.", "2013..2023"),
])
def test_decades_are_ten_years_each(text: str, period: str) -> None:
    assert [f.period for f in figures(text)] == [period]
