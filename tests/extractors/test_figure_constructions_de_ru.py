"""How German and Russian tell a figure's kind, size and time: every form of a verb of rising,
"um X Prozent" as a change, the "-fach" verbs, "übersteigen" after the amount, a range joined by
a minus sign, "проц" without its dot, "на X% выше по сравнению с", the base of a comparison, a
part of a whole ("115 из 210"), an amount converted into dollars in brackets, and the year a
year-on-year comparison gives a report with no date. Sentences written for the tests."""

from __future__ import annotations

import pytest

import dyad
from dyad.model import Figure


def figures(text: str) -> list[Figure]:
    return dyad.extract(text, source="t.txt").figures


def of(text: str, metric: str) -> list[float]:
    return [f.value for f in figures(text) if f.metric == metric]


@pytest.mark.parametrize("text, value", [
    ("Handel\n\nIm Berichtszeitraum wuchsen die Lieferungen Ungarns nach Serbien um 14,5 Prozent.", 14.5),
    ("Handel\n\nPortugiesische Firmen steigerten ihre Käufe brasilianischer Waren um 23 Prozent.", 23.0),
    ("Handel\n\nÄgypten hat seine Einfuhren aus Kenia im Vorjahr um mehr als 40% gesteigert.", 40.0),
    ("Handel\n\nDer Handel zwischen Chile und Peru verzeichnete einen Anstieg von 6,2 Prozent.", 6.2),
    ("Handel\n\nDie Ausfuhren Estlands nach Finnland nahmen im Sommer um 9 Prozent deutlich zu.", 9.0),
])
def test_every_form_of_a_german_verb_of_rising_makes_a_percentage_growth(text: str, value: float) -> None:
    assert of(text, "growth") == [value], figures(text)


@pytest.mark.parametrize("text", [
    "Handel\n\nDie Importe Norwegens aus Island nahmen um 31,2 Prozent auf 833 Millionen Euro.",
    "Handel\n\nDie Exporte Kubas nach Mexiko: um 31,2 Prozent auf 90 Millionen Dollar.",
    "Handel\n\nAlgerien und Tunesien haben den Warenaustausch um knapp 31,2 Prozent ausgebaut.",
])
def test_um_before_a_percentage_tells_a_change_without_a_verb_of_change(text: str) -> None:
    assert 31.2 in of(text, "growth"), figures(text)


def test_a_share_told_with_a_percentage_stays_no_growth() -> None:
    text = "Handel\n\nAuf Polen entfallen 31 Prozent der Ausfuhren Litauens."
    assert of(text, "growth") == [], figures(text)


@pytest.mark.parametrize("text, times", [
    ("Handel\n\nSeit 2005 hat sich der Handel zwischen Japan und Vietnam versiebenfacht.", 7.0),
    ("Handel\n\nDie Ausfuhren Irlands nach Kanada haben sich in zehn Jahren verachtfacht.", 8.0),
    ("Handel\n\nDer Warenaustausch zwischen Kroatien und Slowenien hat sich seit 2000 verneunfacht.", 9.0),
])
def test_every_german_fach_verb_is_a_multiple(text: str, times: float) -> None:
    assert of(text, "growth") == [times], figures(text)


@pytest.mark.parametrize("text", [
    "Handel\n\nDer Handelsumsatz zwischen Laos und Thailand kann im nächsten Jahr 4 Mrd. Dollar übersteigen.",
    "Handel\n\nDer Handel zwischen Ghana und Nigeria dürfte 2026 die Marke 4 Milliarden Dollar überschreiten.",
    "Handel\n\nDer Warenaustausch zwischen Bolivien und Chile soll 4 Milliarden Dollar übertreffen.",
])
def test_a_german_verb_of_exceeding_after_the_amount_makes_it_over(text: str) -> None:
    found = [f for f in figures(text) if f.value == 4e9]
    assert [f.qualifier for f in found] == ["over"], figures(text)


@pytest.mark.parametrize("text", [
    "Handel\n\nDer gegenseitige Warenverkehr zwischen Armenien und Georgien hat 2 Milliarden Dollar erreicht.",
    "Handel\n\nDer Waren- und Dienstleistungsverkehr zwischen Spanien und Marokko betrug 2 Mrd. Euro.",
    "Handel\n\nIm Warenverkehr zwischen Tschechien und Ungarn wurden 2 Milliarden Euro umgesetzt.",
])
def test_the_german_exchange_of_goods_is_trade(text: str) -> None:
    assert of(text, "trade_turnover") == [2e9], figures(text)


@pytest.mark.parametrize("text, metric", [
    ("Handel\n\nIndien verkaufte Japan 2023 Waren für 12 Milliarden Dollar, darunter 3 Milliarden Dollar an Importen "
     "aus Japan.", "import"),
    ("Handel\n\nDer Handel zwischen Kanada und Mexiko umfasste 3 Milliarden Dollar an Exporten nach Mexiko.", "export"),
    ("Handel\n\nKatar und Oman vereinbarten 3 Milliarden Dollar an Investitionen in Häfen.", "investment"),
])
def test_an_amount_an_a_metric_noun_is_of_that_metric(text: str, metric: str) -> None:
    assert 3e9 in of(text, metric), figures(text)


@pytest.mark.parametrize("text, period", [
    ("Handel\n\nDer Handel zwischen Peru und Kolumbien stieg in den ersten acht Monaten des Jahres 2023 um 5 Prozent.",
     "2023-01..2023-08"),
    ("Handel\n\nDer Handel zwischen Peru und Kolumbien stieg im ersten Halbjahr des Jahres 2021 um 5 Prozent.",
     "2021-01..2021-06"),
    ("Handel\n\nDer Handel zwischen Peru und Kolumbien stieg im Januar/April 2022 um 5 Prozent.",
     "2022-01..2022-04"),
])
def test_german_periods_with_des_jahres_and_a_slash(text: str, period: str) -> None:
    assert [f.period for f in figures(text) if f.metric == "growth"] == [period], figures(text)


@pytest.mark.parametrize("text", [
    "Торговля\n\nМонголия и Китай создали задел для товарооборота в $ 300\u2212400 млн в год.",
    "Торговля\n\nСтороны рассчитывают на товарооборот Армении и Ирана в 300\u2212400 млн долларов.",
    "Handel\n\nArmenien und Iran rechnen mit einem Handel von 300\u2212400 Mio. Dollar im Jahr.",
])
def test_a_range_joined_by_a_minus_sign_is_two_bounds(text: str) -> None:
    found = sorted((f.value, f.qualifier) for f in figures(text) if f.metric == "trade_turnover")
    assert found == [(3e8, "over"), (4e8, "under")], figures(text)


@pytest.mark.parametrize("text", [
    "Торговля\n\nТоварооборот Узбекистана и Киргизии вырос на 17,4 проц и превысил прошлогодний.",
    "Торговля\n\nЭкспорт Грузии в Армению увеличился на 17,4 проц.",
    "Торговля\n\nИмпорт Вьетнама из Лаоса в 2020 году вырос на 17,4 проц, сообщили в министерстве.",
])
def test_the_russian_percent_abbreviation_without_its_dot(text: str) -> None:
    assert of(text, "growth") == [17.4], figures(text)


@pytest.mark.parametrize("text, value", [
    ("Торговля\n\nОбъем торговли Сербии и Венгрии на 6,5% выше по сравнению с аналогичным периодом.", 6.5),
    ("Торговля\n\nПоставки из Чехии в Словакию оказались на 6,5% ниже в сравнении с прошлым годом.", -6.5),
    ("Торговля\n\nТоварооборот Кубы и Мексики на 6,5% больше аналогичного периода 2019 года.", 6.5),
])
def test_a_russian_comparative_with_its_base_told_without_chem_is_growth(text: str, value: float) -> None:
    assert of(text, "growth") == [value], figures(text)


def test_the_figure_a_russian_comparison_is_made_with_names_no_period() -> None:
    text = ("Торговля\n\nТоварооборот Египта и Туниса за пять месяцев 2021 года составил 300 млн долларов, "
            "что в два раза выше показателя за аналогичный период 2020 года.")
    found = [(f.metric, f.value, f.period) for f in figures(text)]
    assert ("trade_turnover", 3e8, "2021-01..2021-05") in found, found
    assert not any(p == "2020" for _, _, p in found), found


@pytest.mark.parametrize("text, counts", [
    ("Отношения\n\nИз совместного плана Польши и Литвы выполнено 40 из 55 мероприятий.", [40.0, 55.0]),
    ("Отношения\n\nПольша и Литва подготовили 12 из 20 соглашений к подписанию.", [12.0, 20.0]),
    ("Отношения\n\nИран и Ирак реализовали 7 из 10 проектов.", [7.0, 10.0]),
])
def test_a_russian_part_of_a_whole_counts_the_part_and_the_whole(text: str, counts: list[float]) -> None:
    assert sorted(of(text, "count")) == counts, figures(text)


@pytest.mark.parametrize("text, value, currency", [
    ("Handel\n\nDer Handel zwischen Japan und Korea erreichte 9 Billionen Yen (60 Milliarden US-Dollar).", 6e10, "USD"),
    ("Торговля\n\nТоварооборот Китая и Вьетнама составил 1,2 трлн юаней (170 млрд долларов).", 1.7e11, "USD"),
    ("Trade\n\nTrade between Kazakhstan and Georgia reached 90 billion tenge ($200 million), officials said.", 2e8, "USD"),
])
def test_an_amount_in_another_currency_converted_in_brackets_is_kept_in_the_records_currency(
        text: str, value: float, currency: str) -> None:
    found = [(f.value, f.currency) for f in figures(text) if f.metric == "trade_turnover"]
    assert found == [(value, currency)], figures(text)


def test_a_conversion_from_dollars_into_another_currency_keeps_the_dollars() -> None:
    text = "Handel\n\nDer Handel zwischen Japan und Korea erreichte 60 Milliarden US-Dollar (9 Billionen Yen)."
    assert [(f.value, f.currency) for f in figures(text) if f.metric == "trade_turnover"] == [(6e10, "USD")]


@pytest.mark.parametrize("text, period", [
    ("Торговля\n\nТоварооборот Армении и Грузии в январе-мае текущего года вырос на 11% по сравнению с "
     "аналогичным периодом 2018 года.", "2019-01..2019-05"),
    ("Торговля\n\nЗа январь-август этого года Казахстан и Монголия нарастили торговлю на 4% к "
     "аналогичному периоду 2016-го.", "2017-01..2017-08"),
    ("Handel\n\nDer Handel zwischen Polen und Tschechien wuchs von Januar bis März um 3 Prozent gegenüber dem "
     "gleichen Zeitraum des Jahres 2020.", "2021-01..2021-03"),
])
def test_a_year_on_year_base_gives_the_year_of_a_report_without_date(text: str, period: str) -> None:
    assert [f.period for f in figures(text) if f.metric == "growth"] == [period], figures(text)


@pytest.mark.parametrize("text", [
    "Торговля\n\nТоварооборот Армении и Грузии в январе-апреле текущего года вырос на 11%.",
    "Handel\n\nDer Handel zwischen Polen und Tschechien wuchs von Januar bis April dieses Jahres um 11 Prozent.",
    "Торговля\n\nС января по апрель товарооборот Польши и Литвы вырос на 11%.",
])
def test_a_month_range_from_january_of_an_unknown_year_is_the_first_months(text: str) -> None:
    assert [f.period for f in figures(text) if f.metric == "growth"] == ["first 4 months"], figures(text)


@pytest.mark.parametrize("text", [
    "Handel\n\n2019 betrug der Handel zwischen Irland und Island 3 Milliarden Euro. "
    "Zudem wurden 120 Millionen Euro in die isländische Fischerei investiert.",
    "Торговля\n\nТоварооборот Турции и Грузии в 2019 году составил 3 млрд долларов. "
    "Кроме того, 120 млн долларов было инвестировано в грузинскую энергетику.",
    "Trade\n\nIn 2019 trade between Chile and Peru stood at $3 billion. "
    "Besides, $120 million were invested in Peruvian ports.",
])
def test_the_verb_of_an_amounts_own_clause_beats_the_trade_of_the_sentence_before(text: str) -> None:
    assert of(text, "investment") == [1.2e8], figures(text)


@pytest.mark.parametrize("text", [
    "Товарооборот Египта и Судана превысил 5 млрд долларов\n\n"
    "Товарооборот Египта и Судана в 2022 году достиг 5,08 млрд долларов, сообщила таможня.",
    "Handel zwischen Kenia und Uganda über 5 Milliarden Dollar\n\n"
    "Der Handel zwischen Kenia und Uganda erreichte 2022 rund 5,07 Milliarden Dollar.",
    "Trade between Oman and Yemen tops $5 billion\n\n"
    "Trade between Oman and Yemen reached $5.06 billion in 2022, the customs office said.",
])
def test_a_headline_rounding_the_bodys_figure_is_that_figure(text: str) -> None:
    assert len(of(text, "trade_turnover")) == 1, figures(text)


@pytest.mark.parametrize("text", [
    "Handel\n\nDas Projekt in Kasachstan und Georgien wird auf rund 30 Milliarden Tenge (60 Millionen Dollar) geschätzt.",
    "Торговля\n\nПроект Казахстана и Грузии оценивается примерно в 30 млрд тенге (60 млн долларов).",
    "Trade\n\nThe project of Kazakhstan and Georgia is estimated at about 30 billion tenge ($60 million).",
])
def test_the_words_before_a_converted_amount_qualify_its_conversion(text: str) -> None:
    found = [(f.value, f.qualifier) for f in figures(text) if f.currency == "USD"]
    assert found == [(6e7, "approx")], figures(text)


@pytest.mark.parametrize("text, period", [
    (" date 2018-05 Handel\n\nDer Handel zwischen Peru und Kolumbien stieg im vergangenen Jahr um 5 Prozent.", "2017"),
    (" date 2021-11 Торговля\n\nТоварооборот Армении и Грузии в январе-сентябре вырос на 5%.", "2021-01..2021-09"),
    (" date 2016-03 Trade\n\nTrade between Chile and Peru grew by 5 percent this year, officials said.", "2016"),
])
def test_the_year_of_a_crawlers_month_stamp_resolves_a_period(text: str, period: str) -> None:
    record = dyad.extract(text, source="t.txt")
    assert record.doc.published is None
    assert [f.period for f in record.figures if f.metric == "growth"] == [period], record.figures


@pytest.mark.parametrize("text", [
    "Handel\n\nDer Handel zwischen Peru und Chile fiel 2019 um 8 Prozent, dennoch wuchsen die Exporte 2020 um 4 Prozent.",
    "Handel\n\nDie Einfuhren Irlands aus Island sanken 2019 um 8 Prozent, jedoch stiegen sie 2020 um 4 Prozent.",
    "Торговля\n\nТоварооборот Кубы и Мексики в 2019 году сократился на 8%, однако в 2020 году вырос на 4%.",
])
def test_a_fall_before_a_contrasting_conjunction_leaves_the_rise_after_it_alone(text: str) -> None:
    assert sorted(of(text, "growth")) == [-8, 4], figures(text)


@pytest.mark.parametrize("text", [
    "Handel\n\nLaut Statistik liegt Peru auf Platz 4 unter den Handelspartnern Chiles.",
    "Handel\n\nPolen belegt Rang 2 unter den Abnehmern tschechischer Waren.",
    "Handel\n\nNorwegen rückte im Handel mit Island auf Platz 7 unter allen Lieferanten vor.",
])
def test_a_place_in_a_german_ranking_is_no_count(text: str) -> None:
    assert of(text, "count") == [], figures(text)
