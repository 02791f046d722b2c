"""Figures of statistics reports: an amount told in two currencies, the base a change is
measured against and its own amount, the span of months a report's statistics are told for
("for the period", "the same period of 2022"), a whole year told as its months, a count's date,
and a qualifier before "US$". Sentences written for the tests."""

from __future__ import annotations

import pytest

import dyad
from dyad.model import Figure


def figures(text: str) -> list[Figure]:
    return dyad.extract(text, source="t.txt").figures


def by_value(text: str) -> dict[float, Figure]:
    return {round(f.value, 3): f for f in figures(text)}


# ---- an amount told in two currencies ----------------------------------------------------

@pytest.mark.parametrize(("text", "dollars", "local"), [
    ("Trade\n\nTrade between Armenia and Georgia reached 410 billion drams ($1.06 billion) in 2023, Armenia said.",
     1.06e9, None),
    ("Trade\n\nMongolia and Russia traded goods worth 95 billion rubles ($1.3 billion) last year.", 1.3e9, 9.5e10),
    ("Project\n\nThe bridge between Kazakhstan and Kyrgyzstan will cost about 40 billion tenge ($88 million).", 8.8e7, 4e10),
])
def test_an_amount_converted_to_dollars_is_kept_in_dollars(text: str, dollars: float, local: float | None) -> None:
    values = by_value(text)
    assert dollars in values and values[dollars].currency == "USD", values
    assert local is None or local not in values, values


def test_the_dollar_amount_keeps_the_qualifier_told_before_the_first() -> None:
    f = by_value("Project\n\nThe bridge between Kazakhstan and Kyrgyzstan will cost about 40 billion tenge ($88 million).")[8.8e7]
    assert f.qualifier == "approx", f


def test_an_amount_in_dollars_converted_to_another_currency_stays_in_dollars() -> None:
    values = by_value("Deals\n\nChina and Egypt signed deals worth $12 billion (about 11 billion euros) on Monday.")
    assert list(values) == [1.2e10], values


@pytest.mark.parametrize("text", [
    "Trade\n\nTrade between Chile and Peru reached $4.2 billion ($3.9 billion a year earlier).",
    "Trade\n\nUzbek exports to Tajikistan came to $610 million ($540 million in the same months of 2021).",
    "Trade\n\nSerbia's imports from Hungary were €2.1 billion (€1.8 billion in 2021).",
])
def test_an_amount_in_brackets_in_the_same_currency_is_another_amount(text: str) -> None:
    assert len([f for f in figures(text) if f.currency]) == 2, figures(text)


# ---- "over US$26 billion" ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "qualifier"), [
    ("Trade\n\nTrade between Brazil and Argentina topped out at over US$26 billion in 2022.", "over"),
    ("Trade\n\nJapan and Vietnam traded about US$ 48 billion in goods in 2023.", "approx"),
    ("Trade\n\nTrade between Ghana and Nigeria came to almost US$1 billion last year.", "almost"),
])
def test_a_qualifier_before_us_dollars_is_read(text: str, qualifier: str) -> None:
    money = [f for f in figures(text) if f.currency == "USD"]
    assert money and money[0].qualifier == qualifier, money


# ---- a whole year told as its months -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Trade\n\nImports from Turkey to Azerbaijan rose 14 percent from January through December 2023.",
    "Trade\n\nFrom January to December 2023 trade between Egypt and Kenya reached $900 million.",
    "Trade\n\nIn January-December 2023 exports from Belarus to Cuba grew by 9 percent.",
])
def test_january_to_december_is_the_year(text: str) -> None:
    assert [f.period for f in figures(text)] == ["2023"], figures(text)


# ---- a count's date --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Release\n\nIn March 2019, Ecuador freed 14 Peruvian fishermen.",
    "Expulsion\n\nIn October 2021 Latvia expelled three Russian diplomats.",
    "Clash\n\nIn June 2020, 20 Indian soldiers were killed in a clash with Chinese troops.",
])
def test_the_month_of_a_count_is_its_date_not_its_period(text: str) -> None:
    counts = [f for f in figures(text) if f.metric == "count"]
    assert counts and all(f.period is None for f in counts), counts


# ---- the base of a change --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "change", "base"), [
    ("Trade\n\nIn 2023 trade between Peru and Chile reached $5.4 billion. It grew by 6.1 percent compared to "
     "$5.09 billion in 2022.", 6.1, 5.09e9),
    ("Trade\n\nIn 2023 Kenya's exports to Uganda came to $800 million. They rose by 4 percent from $769 million "
     "in 2022.", 4.0, 7.69e8),
    ("Trade\n\nIn 2023 trade between Serbia and Hungary was $3 billion. It fell 5.3 percent compared to "
     "2022 ($3.17 billion).", -5.3, 3.17e9),
])
def test_the_year_of_a_base_is_the_base_amounts_not_the_changes(text: str, change: float, base: float) -> None:
    values = by_value(text)
    assert values[change].period == "2023", values
    assert values[base].period == "2022", values


# ---- the span of the statistics ------------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "period"), [
    ("Trade\n\nIn January-June 2024 trade between Oman and India reached $6 billion.\n\n"
     "Exports from Oman to India for the period amounted to $2.5 billion.", 2.5e9, "2024-01..2024-06"),
    ("Trade\n\nTrade between Laos and Thailand grew 9 percent in the first nine months of 2023.\n\n"
     "In the reporting period Lao exports to Thailand made up $2.7 billion.", 2.7e9, "2023-01..2023-09"),
    ("Trade\n\nIn 2022 Argentina and Paraguay traded goods worth $3 billion.\n\n"
     "Paraguayan imports from Argentina during the period came to $1.9 billion.", 1.9e9, "2022"),
])
def test_for_the_period_is_the_span_told_before(text: str, value: float, period: str) -> None:
    assert by_value(text)[value].period == period, figures(text)


@pytest.mark.parametrize(("text", "value", "period"), [
    ("Trade\n\nIn January-April 2023 trade between Morocco and Spain rose 8 percent to $4.4 billion "
     "($4.1 billion over the same period of 2022).", 4.1e9, "2022-01..2022-04"),
    ("Trade\n\nTrade between Qatar and Pakistan reached $900 million in January-May 2024. Qatari exports "
     "made up $700 million, against $650 million in the same period of 2023.", 6.5e8, "2023-01..2023-05"),
    ("Trade\n\nFrom January to September 2023 exports from Georgia to Armenia grew 11 percent. In the "
     "reporting period of 2023 they came to $300 million.", 3e8, "2023-01..2023-09"),
])
def test_the_same_period_of_a_year_is_the_span_in_that_year(text: str, value: float, period: str) -> None:
    assert by_value(text)[value].period == period, figures(text)


# ---- a target after the statistics -----------------------------------------------------------

@pytest.mark.parametrize(("text", "target"), [
    ("Trade\n\n\"Last year our trade with Chile reached $4 billion. I am sure Peru and Chile will reach $6 billion "
     "soon,\" the Peruvian minister said.", 6e9),
    ("Trade\n\nIn 2022 trade between Egypt and Kenya came to $700 million. The two sides plan to lift it to "
     "$1 billion.", 1e9),
    ("Trade\n\nIn January-June 2024 trade between Laos and Vietnam reached $1.1 billion. Both governments aim at "
     "$2 billion.", 2e9),
])
def test_a_target_takes_no_period_of_the_statistics_told_before(text: str, target: float) -> None:
    f = by_value(text)[target]
    assert f.forecast and f.period is None, f


@pytest.mark.parametrize("text", [
    "Trade\n\nTurkey and Egypt agreed to step up efforts to achieve a trade volume of $15 billion.",
    "Trade\n\nThe two ministers of Ghana and Togo pledged joint efforts to reach $900 million in trade.",
    "Trade\n\nChile and Bolivia will redouble their effort to attain bilateral trade of $2 billion.",
])
def test_efforts_to_achieve_an_amount_set_a_target(text: str) -> None:
    money = [f for f in figures(text) if f.currency]
    assert money and all(f.forecast for f in money), money


# ---- counts of crews, carriers and flights in words ---------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Release\n\nSri Lanka freed 40 Indian boatmen; six of the fishermen were minors.", 6),
    ("Flights\n\nChina and Japan will let three Japanese airlines fly to Beijing again.", 3),
    ("Flights\n\nTurkey and Iraq agreed on nine weekly flights between Ankara and Baghdad.", 9),
])
def test_a_number_in_words_counts_crews_carriers_and_flights(text: str, value: float) -> None:
    assert value in [f.value for f in figures(text) if f.metric == "count"], figures(text)


# ---- a change or a level of trade told again with another qualifier --------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Trade\n\nTrade between Peru and Chile rose 9% in January-June 2024. \"That is almost 9% more than a year "
     "earlier,\" the minister said.", 9.0),
    ("Trade\n\nGhana and Togo want to raise their trade to about $1 billion in 2025. \"The goal of $1 billion is "
     "within reach,\" the envoy said.", 1e9),
    ("Trade\n\nIn 2023 exports from Laos to Thailand reached $2.4 billion, the ministry said. Exports of some "
     "$2.4 billion make Thailand the first market of Laos.", 2.4e9),
])
def test_a_trade_figure_told_again_with_another_qualifier_is_one(text: str, value: float) -> None:
    assert [f.value for f in figures(text)].count(value) == 1, figures(text)


def test_another_amount_of_the_same_value_stays() -> None:
    text = ("Deals\n\nEgypt and Kenya signed deals worth $300 million. The projects have an effect of more than "
            "$300 million on the region, the ministry said.")
    assert [f.value for f in figures(text)].count(3e8) == 2, figures(text)
