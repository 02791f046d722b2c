"""Figures on real pages: a third country's figures, amounts in words, the metric named after
an amount, converted and shared currencies, ranges and ceilings, the period of the next
number, shares of a population, set phrases, ranks and group sizes. Sentences written for
the tests."""

from __future__ import annotations

import pytest

import dyad
from dyad.model import Figure


def figures(text: str) -> list[Figure]:
    return dyad.extract(text, source="t.txt").figures


def found(text: str) -> list[tuple[str, float]]:
    return [(f.metric, round(f.value, 3)) for f in figures(text)]


# ---- a figure of another pair -------------------------------------------------------------

@pytest.mark.parametrize(("text", "kept", "dropped"), [
    ("Expulsions\n\nNorway expelled four Russian diplomats on Tuesday. Russia called the Norwegian move hostile "
     "and said Norway would regret it. Last month Poland expelled nine Russian diplomats.", 4, 9),
    ("Ausweisung\n\nNorwegen hat vier russische Diplomaten ausgewiesen. Russland nannte den Schritt Norwegens "
     "feindselig. Zuvor hatte Polen neun russische Diplomaten ausgewiesen.", 4, 9),
    ("Высылка\n\nНорвегия выслала четырех российских дипломатов. Россия назвала шаг Норвегии враждебным. "
     "Ранее Польша выслала девять российских дипломатов.", 4, 9),
])
def test_a_count_of_a_third_country_and_one_side_is_no_figure_of_the_pair(text: str, kept: float,
                                                                          dropped: float) -> None:
    values = [v for m, v in found(text) if m == "count"]
    assert kept in values and dropped not in values, values


def test_a_figure_naming_both_sides_beside_a_third_country_is_kept() -> None:
    text = ("Transit\n\nKazakhstan and Turkmenistan agreed on new tariffs. Freight on the Kazakhstan - "
            "Turkmenistan - Iran railway reached 2 million tonnes, Kazakhstan said. Turkmenistan agreed.")
    assert ("other", 2e6) in found(text), found(text)


@pytest.mark.parametrize("text", [
    "Trade\n\nKazakhstan and Belarus want more trade. Trade between them grew by 12 percent to "
    "900 million US dollars. Belarus agreed with Kazakhstan.",
    "Handel\n\nKasachstan und Belarus wollen mehr Handel. Der Handel wuchs um 12 Prozent auf "
    "900 Mio. US-Dollar. Belarus stimmte Kasachstan zu.",
])
def test_a_country_named_in_a_currency_is_no_third_country(text: str) -> None:
    assert {("growth", 12), ("trade_turnover", 9e8)} <= set(found(text)), found(text)


# ---- amounts in words ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Trade\n\nTrade between the two countries has exceeded half a billion dollars, the minister said.",
    "Handel\n\nDer Handel zwischen beiden Ländern überstieg eine halbe Milliarde Dollar, sagte der Minister.",
    "Торговля\n\nТоварооборот между странами превысил полмиллиарда долларов, сообщил министр.",
])
def test_half_a_billion(text: str) -> None:
    figs = [f for f in figures(text) if f.metric == "trade_turnover"]
    assert [(f.value, f.qualifier) for f in figs] == [(5e8, "over")], [(f.value, f.qualifier) for f in figs]


@pytest.mark.parametrize(("text", "value"), [
    ("Торговля\n\nОбъем торговли достиг полутора миллиардов долларов.", 1.5e9),  # the genitive is 1.5 too
    ("Торговля\n\nОбъем торговли составил полтора миллиарда долларов.", 1.5e9),
    ("Trade\n\nTrade reached one and a half billion dollars last year.", 1.5e9),
])
def test_one_and_a_half(text: str, value: float | None) -> None:
    values = [v for m, v in found(text) if m == "trade_turnover"]
    assert values == ([value] if value else []), values


# ---- growth told by a Russian participle --------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Перевозки\n\nОбъем перевозок составил 2 млн тонн, увеличившись на 9%.", 9),
    ("Перевозки\n\nОбъем перевозок составил 2 млн тонн, снизившись на 6%.", -6),
])
def test_a_russian_participle_of_change_is_growth(text: str, value: float) -> None:
    assert ("growth", value) in found(text), found(text)


# ---- the metric named after the amount ---------------------------------------------------

@pytest.mark.parametrize(("text", "metrics"), [
    ("Торговля\n\nТоварооборот составил $90 млн, из них $35 млн приходится на экспорт, а $55 млн — на импорт.",
     {9e7: "trade_turnover", 3.5e7: "export", 5.5e7: "import"}),
    ("Trade\n\nBilateral trade came to $90 million, with $35 million in exports from Georgia.",
     {9e7: "trade_turnover", 3.5e7: "export"}),
    ("Handel\n\nDer Handel betrug 90 Mio. Euro; davon entfielen 35 Mio. Euro auf Exporte.",
     {9e7: "trade_turnover", 3.5e7: "export"}),
])
def test_the_metric_named_right_after_an_amount_is_its_metric(text: str, metrics: dict[float, str]) -> None:
    assert {f.value: f.metric for f in figures(text)} == metrics, found(text)


def test_of_which_names_no_metric_of_the_amount_before() -> None:
    text = "Trade\n\nTrade reached $90 million, of which exports made up $35 million."
    assert ("trade_turnover", 9e7) in found(text), found(text)


# ---- the same amount converted, a currency shared ----------------------------------------

@pytest.mark.parametrize("text", [
    "Deals\n\nThe two sides signed investment deals worth $20 billion (about €18 billion) on Monday.",
    "Abkommen\n\nBeide Seiten unterzeichneten Investitionsabkommen über 20 Mrd. Dollar (rund 18 Mrd. Euro).",
])
def test_an_amount_in_brackets_after_another_is_the_same_amount(text: str) -> None:
    assert [v for _, v in found(text)] == [2e10], found(text)


@pytest.mark.parametrize("text", [
    "Aid\n\nThe bank granted 90 million euros; of the 90 million euros, 50 million are loans and 40 million grants.",
    "Hilfe\n\nVon den 90 Millionen Euro sind 50 Millionen Kredite und 40 Millionen Zuschüsse.",
    "Помощь\n\nИз 90 миллионов евро 50 миллионов составляют кредиты, а 40 миллионов — гранты.",
])
def test_an_amount_without_a_currency_after_one_with_it_shares_it(text: str) -> None:
    figs = {f.value: f.currency for f in figures(text)}
    assert figs.get(5e7) == "EUR" and figs.get(4e7) == "EUR", figs


def test_an_amount_without_a_currency_before_any_currency_is_no_money() -> None:
    text = "Market\n\nWith 20 million consumers, the market bought goods worth $5 billion from its neighbour."
    assert 2e7 not in [v for _, v in found(text)], found(text)


# ---- ranges and ceilings ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Trade\n\nFor years trade stood between $3 million and $8 million a year.",
    "Handel\n\nJahrelang lag der Handel zwischen 3 Mio. Dollar und 8 Mio. Dollar im Jahr.",
    "Торговля\n\nГодами товарооборот составлял от $3 млн до $8 млн в год.",
])
def test_the_ends_of_a_range_are_over_and_under(text: str) -> None:
    assert [(f.value, f.qualifier) for f in figures(text)] == [(3e6, "over"), (8e6, "under")]


@pytest.mark.parametrize("text", [
    "Investment\n\nOver two decades Italy has invested up to $4 billion in the country.",
    "Auslieferung\n\nDas Land soll bis zu 60 Personen ausliefern, die gesucht werden.",
    "Инвестиции\n\nОбъем инвестиций составил вплоть до $4 млрд, сообщили в министерстве.",
])
def test_up_to_is_a_ceiling_when_no_target_is_set(text: str) -> None:
    assert [f.qualifier for f in figures(text)] == ["under"], [(f.value, f.qualifier) for f in figures(text)]


@pytest.mark.parametrize("text", [
    "Target\n\nThe presidents aim to bring trade up to $4 billion by 2030.",
    "Ziel\n\nDer Handel soll bis 2030 auf bis zu 4 Mrd. Dollar steigen, das Ziel ist gesetzt.",
])
def test_up_to_a_target_is_the_level_itself(text: str) -> None:
    assert [f.qualifier for f in figures(text)] == ["exact"], [(f.value, f.qualifier) for f in figures(text)]


def test_close_to_reaching_a_threshold_is_almost() -> None:
    text = "Trade\n\nWe are close to reaching the $2bn threshold in trade, the president said."
    assert [f.qualifier for f in figures(text)] == ["almost"]


# ---- the period that opens the next number's part ----------------------------------------

@pytest.mark.parametrize(("text", "periods"), [
    ("Торговля\n\nВ 2023 году товарооборот составил $210 млн, за январь-март 2024 года — $60 млн.",
     {2.1e8: "2023", 6e7: "2024-01..2024-03"}),
    ("Trade\n\nIn 2023 trade amounted to $210 million, in January-March 2024 to $60 million.",
     {2.1e8: "2023", 6e7: "2024-01..2024-03"}),
    ("Handel\n\nIm Jahr 2023 betrug der Handel 210 Mio. Dollar, im Januar-März 2024 60 Mio. Dollar.",
     {2.1e8: "2023", 6e7: "2024-01..2024-03"}),
])
def test_a_period_before_the_next_number_is_that_numbers(text: str, periods: dict[float, str]) -> None:
    assert {f.value: f.period for f in figures(text)} == periods


def test_a_period_after_the_figure_is_kept_when_none_stands_before() -> None:
    text = "Trade\n\nTrade reached $210 million last year and $60 million in January-March 2024."
    assert {f.value: f.period for f in figures(text)}[2.1e8] == "last year"


# ---- what states no figure of a relation -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Ties\n\nThe country, with its 90 percent Catholic population, is a natural partner of Rome.",
    "Beziehungen\n\nRund 60 Prozent der Bevölkerung sprechen Russisch, sagte der Minister.",
    "Отношения\n\nОколо 60% населения страны говорят по-русски, отметил министр.",
])
def test_a_share_of_a_population_is_no_figure(text: str) -> None:
    assert [f for f in figures(text) if f.unit == "percent"] == []


@pytest.mark.parametrize("text", [
    "Dispute\n\nThe ministry accused London of double standards in its human rights policy.",
    "Streit\n\nDas Ministerium warf Berlin doppelte Standards in der Menschenrechtspolitik vor.",
])
def test_a_multiplier_word_in_a_set_phrase_is_no_multiple(text: str) -> None:
    assert figures(text) == [], found(text)


def test_a_doubling_is_still_a_multiple() -> None:
    text = "Trade\n\nTrade between the two countries doubled over the past five years."
    assert ("growth", 2) in found(text), found(text)


# ---- counts -------------------------------------------------------------------------------

def counts(text: str) -> list[float]:
    return [v for m, v in found(text) if m == "count"]


@pytest.mark.parametrize(("text", "value"), [
    ("Summit\n\nThe delegations signed three dozen agreements in Astana.", 36),
    ("Gipfel\n\nDie Delegationen unterzeichneten zwei Dutzend Abkommen in Astana.", 24),
    ("Саммит\n\nДелегации подписали два десятка соглашений в Астане.", 20),
])
def test_dozens_are_a_scale_of_a_count(text: str, value: float) -> None:
    assert counts(text) == [value], found(text)


@pytest.mark.parametrize("text", [
    "Investors\n\nJapan is among the top 10 investors in the country's economy.",
    "Wheat\n\nAs one of the 10 largest grain exporters, the country plans new routes.",
    "Investoren\n\nJapan gehört zu den 10 größten Investoren im Land.",
    "Инвесторы\n\nЯпония входит в число 10 крупнейших инвесторов страны.",
    "Briefing\n\nThe officer briefed diplomats from 70 countries on the operation.",
    "Briefing\n\nDer Offizier unterrichtete Diplomaten aus 70 Ländern über den Einsatz.",
    "Брифинг\n\nОфицер проинформировал дипломатов из 70 стран об операции.",
    "Iran\n\n1 Minute\n\nDer Außenminister reiste nach Teheran und traf seinen Amtskollegen.",
])
def test_a_rank_a_number_of_countries_and_a_reading_time_are_no_counts(text: str) -> None:
    assert counts(text) == [], found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Delegation\n\nA 45-member Uzbek delegation arrived in Islamabad on Sunday.", 45),
    ("Delegation\n\nEine 45-köpfige usbekische Delegation traf am Sonntag in Islamabad ein.", 45),
    ("Делегация\n\nВ Исламабад прибыла делегация из 45 человек во главе с министром.", 45),
])
def test_a_group_told_by_its_size_is_a_count(text: str, value: float) -> None:
    assert counts(text) == [value], found(text)


@pytest.mark.parametrize(("text", "value"), [
    ("Shelling\n\nThree artillery shells landed in a border village overnight.", 3),
    ("Angriff\n\nDrei Grenzwachen wurden bei dem Angriff verletzt.", 3),
    ("Luftraum\n\nZwei Militärflugzeugen wurde die Überflugerlaubnis verweigert.", 2),
    ("Обстрел\n\nТри снаряда упали на территорию приграничного села.", 3),
])
def test_shells_guards_and_the_head_of_a_german_compound_are_counted(text: str, value: float) -> None:
    assert counts(text) == [value], found(text)


def test_a_german_compound_whose_head_is_no_counted_noun_is_no_count() -> None:
    text = "Botschaft\n\nZwei Botschaftsgebäude wurden geschlossen, hieß es."
    assert counts(text) == [], found(text)
