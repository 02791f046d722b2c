"""Ranges told with a dash or "to" and their scale once ("$40-70 million"), the whole years of
a yearly level ("over the past five years ... a year"), a comparison word that must stand
whole ("turnover in 2022"), and signed titles that run on into the signers' next act or
refer back to a clause before. Sentences written for the tests."""

from __future__ import annotations

import pytest

import dyad
from dyad.model import Figure


def figures(text: str) -> list[Figure]:
    return dyad.extract(text, source="t.txt").figures


def bounds(text: str, metric: str) -> list[tuple[float, str]]:
    return sorted((round(f.value), f.qualifier or "exact") for f in figures(text) if f.metric == metric)


def titles(text: str) -> list[str]:
    return [a.title for a in dyad.extract(text, source="t.txt").agreements]


# ---- a range whose scale is told once, after the upper end -------------------------------

@pytest.mark.parametrize("text", [
    "Trade ties\n\nThe Chilean envoy said trade between Chile and Peru has stayed at $40-70 million in recent years.",
    "Trade ties\n\nAccording to the minister, trade between Ghana and Togo reached $40–70 million last year.",
    "Handel\n\nDer Handel zwischen Chile und Peru lag zuletzt bei 40-70 Millionen Dollar, sagte der Botschafter.",
    "Торговля\n\nТоварооборот между Чили и Перу составил 40-70 млн долларов, сообщил посол.",
])
def test_a_dash_range_with_one_scale_gives_both_ends(text: str) -> None:
    assert bounds(text, "trade_turnover") == [(40_000_000, "over"), (70_000_000, "under")], figures(text)


@pytest.mark.parametrize("text", [
    "Machinery\n\nThe plant in Minsk ships 1,200 to 1,500 trucks to Mongolia every year, Belarus said.",
    "Maschinen\n\nDas Werk liefert 1200 bis 1500 Lastwagen nach Kasachstan, teilte Belarus mit.",
])
def test_a_count_range_joined_by_to_gives_both_ends(text: str) -> None:
    assert bounds(text, "count") == [(1200, "over"), (1500, "under")], figures(text)


@pytest.mark.parametrize("text", [
    "Trade ties\n\nTrade between Ghana and Togo grew from $40 to $70 million over three years.",
    "Trade ties\n\nThe score was 3-1 after Serbia and Croatia met. Trade between them reached $70 million.",
])
def test_a_change_from_one_level_to_another_or_a_falling_pair_is_no_range(text: str) -> None:
    assert all(f.qualifier in (None, "exact") for f in figures(text) if f.metric == "trade_turnover"), figures(text)
    assert 70_000_000 in [round(f.value) for f in figures(text)], figures(text)


# ---- the past n years of a level told per year --------------------------------------------

@pytest.mark.parametrize(("text", "period"), [
    (" date 2021-05-04 Over the past three years, trade between Chile and Peru was about $2 billion a year, "
     "the Chilean minister said.", "2018..2020"),
    (" date 2021-05-04 В последние три года товарооборот Чили и Перу превышал $2 млрд, сообщил министр.",
     "2018..2020"),
    (" date 2021-05-04 In den letzten drei Jahren lag der Handel zwischen Chile und Peru bei 2 Milliarden Dollar "
     "jährlich, sagte der Minister.", "2018..2020"),
])
def test_the_past_years_of_a_yearly_level_are_the_whole_years_before_the_report(text: str, period: str) -> None:
    got = [f.period for f in figures(text) if f.metric == "trade_turnover"]
    assert got == [period], figures(text)


def test_a_change_over_the_past_years_runs_up_to_the_report() -> None:
    text = (" date 2021-05-04 Over the past three years, trade between Chile and Peru has grown 40 percent, "
            "the Chilean minister said.")
    got = [f.period for f in figures(text) if f.metric == "growth"]
    assert got == ["2018..2021"], figures(text)


def test_russian_exceeded_in_the_imperfective_is_over() -> None:
    text = "Торговля\n\nВ прошлом году товарооборот Чили и Перу превышал $3 млрд, сообщил министр."
    assert [f.qualifier for f in figures(text) if f.metric == "trade_turnover"] == ["over"], figures(text)


def test_russian_one_and_a_half_in_the_genitive() -> None:
    text = "Торговля\n\nТоварооборот Чили и Перу достиг полутора миллиардов долларов, сообщил министр."
    assert [round(f.value) for f in figures(text) if f.metric == "trade_turnover"] == [1_500_000_000], figures(text)


# ---- a comparison word stands whole -------------------------------------------------------

def test_a_word_ending_like_a_comparison_word_is_none() -> None:
    text = ("Trade\n\nChile and Peru held talks in Lima. The bilateral turnover in 2022 rose by 12%, "
            "reaching $900 million.")
    got = sorted((f.metric, f.period) for f in figures(text))
    assert got == [("growth", "2022"), ("trade_turnover", "2022")], figures(text)


# ---- where a signed title ends -------------------------------------------------------------

@pytest.mark.parametrize(("text", "title"), [
    ("Visit\n\nThe presidents of Chile and Peru signed a declaration on border trade and agreed to meet again "
     "in spring.", "declaration on border trade"),
    ("Besuch\n\nDie Präsidenten Chiles und Perus unterzeichneten eine Erklärung über den Grenzhandel und "
     "vereinbarten ein neues Treffen.", "Erklärung über den Grenzhandel"),
    ("Визит\n\nПрезиденты Чили и Перу подписали декларацию о приграничной торговле и договорились "
     "встретиться весной.", "Декларация о приграничной торговле"),
])
def test_a_title_ends_where_the_signers_next_act_begins(text: str, title: str) -> None:
    got = titles(text)
    assert got and got[0].lower() == title.lower(), got


@pytest.mark.parametrize("text", [
    "Visit\n\nChile and Peru launched a joint fisheries council, the protocol on the founding of which was signed "
    "by the ministers.",
    "Визит\n\nЧили и Перу создали совет по рыболовству, меморандум о создании которого подписали министры.",
])
def test_a_title_that_refers_back_is_no_title(text: str) -> None:
    got = titles(text)
    assert not any("which" in t or "котор" in t for t in got), got


# ---- a German multiple written as one word ------------------------------------------------

def test_a_german_multiple_written_as_one_word() -> None:
    text = ("Handel\n\nDer Handel zwischen Chile und Peru erreichte 6 Milliarden Dollar, gut viermal so viel wie "
            "vor zehn Jahren, sagte der Botschafter.")
    assert [round(f.value) for f in figures(text) if f.metric == "growth"] == [4], figures(text)


# ---- a year of a date in the sentence before is no period --------------------------------

@pytest.mark.parametrize(("text", "period"), [
    (" date 2023-11-12 Эту цель поставили президенты Чили и Перу в апреле 2019 года в Лиме. Это цель выйти на "
     "товарооборот в $3 млрд, сообщил министр.", None),
    (" date 2023-11-12 Президенты Чили и Перу провели переговоры в 2019 году. Товарооборот тогда составил $3 млрд, "
     "сообщил министр.", "2019"),
])
def test_a_year_after_a_month_in_the_locative_is_a_date(text: str, period: str | None) -> None:
    assert [f.period for f in figures(text) if f.metric == "trade_turnover"] == [period], figures(text)


# ---- a change told as a fraction ----------------------------------------------------------

@pytest.mark.parametrize(("text", "value", "qualifier"), [
    ("Trade\n\nLast year trade between Chile and Peru grew by a third to $3 billion.", 33.3, "exact"),
    ("Handel\n\nDer Handel zwischen Chile und Peru sank im vergangenen Jahr um ein Viertel auf 3 Milliarden Dollar.",
     -25.0, "exact"),
    ("Торговля\n\nВ прошлом году товарооборот Чили и Перу вырос почти на четверть и достиг $3 млрд.", 25.0, "almost"),
])
def test_a_change_by_a_fraction_is_a_percentage(text: str, value: float, qualifier: str) -> None:
    got = [(f.value, f.qualifier) for f in figures(text) if f.metric == "growth"]
    assert got == [(value, qualifier)], figures(text)


def test_a_fraction_of_a_whole_is_no_change() -> None:
    text = "Trade\n\nA quarter of the trade between Chile and Peru is copper, worth $3 billion last year."
    assert not [f for f in figures(text) if f.metric == "growth"], figures(text)


# ---- "a deal on ...": a document named by its subject ---------------------------------------

def test_a_deal_on_a_subject_is_a_signed_document() -> None:
    got = titles("Visit\n\nChile and Peru signed several documents, including a protocol on customs checks and a "
                 "fisheries deal on catch quotas in the Pacific.")
    assert any(t.startswith("fisheries deal on catch quotas") for t in got), got


def test_a_deal_without_a_subject_is_no_document() -> None:
    got = titles("Visit\n\nThe presidents of Chile and Peru signed a protocol on customs checks. It was a good deal "
                 "for both, the ministers said.")
    assert not any("deal" in t for t in got), got
