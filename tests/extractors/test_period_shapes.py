"""Periods of figures: the year of a day's date (a dateline's) is no period, a comparison's
base after "than"/"чем за"/"als im" is not the figure's period, and one month is a period of
its own. Sentences written for the tests."""

from __future__ import annotations

import dyad


def periods(text: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.period) for f in dyad.extract(text, source="t.txt").figures]


def test_a_dateline_year_is_no_period_of_a_figure_told_later_in_the_sentence() -> None:
    got = periods("Trade up\n\nLUSAKA, 9 September 2024 – Trade between Zambia and Belarus reached $48 million in "
                  "the first half of this year, up 22% year-on-year, the ministry said.")
    assert got[0] == ("$48 million", "2024-01..2024-06"), got
    de = periods("Handel\n\nLIMA, 9. September 2024 (dpa) – Der Handel zwischen Peru und Kasachstan erreichte "
                 "im ersten Halbjahr 30 Millionen Dollar, 15 Prozent mehr als ein Jahr zuvor.")
    assert de[0] == ("30 Millionen Dollar", "2024-01..2024-06"), de


def test_the_base_of_a_comparison_is_not_the_period() -> None:
    ru = periods("Торговля\n\nАСТАНА, 9 сентября 2024 года. Товарооборот Казахстана и Таиланда за январь–июнь текущего "
                 "года составил 70 млн долларов США, что на 12% больше, чем за аналогичный период прошлого года.")
    assert ru == [("70 млн долларов США", "2024-01..2024-06"), ("12%", "2024-01..2024-06")], ru
    en = periods("Trade\n\nExports of Kazakh grain to Kenya reached $15 million in January-May 2024, 9% more "
                 "than in the same period of 2023.")
    assert en == [("$15 million", "2024-01..2024-05"), ("9%", "2024-01..2024-05")], en


def test_one_month_is_a_period() -> None:
    ru = periods("Торговля\n\nМИНСК, 3 марта 2025 года. В январе текущего года товарооборот Беларуси и Кубы "
                 "достиг 12 млн долларов.")
    assert ru == [("12 млн долларов", "2025-01..2025-01")], ru
    en = periods("Trade\n\nHARARE, 3 March 2025 - Trade between Zimbabwe and Belarus amounted to $9 million in "
                 "January this year.")
    assert en == [("$9 million", "2025-01..2025-01")], en
    de = periods("Handel\n\nBUDAPEST, 3. März 2025 (dpa) – In den ersten beiden Monaten dieses Jahres lag der "
                 "Handel zwischen Ungarn und Kasachstan bei 40 Millionen Euro.")
    assert de == [("40 Millionen Euro", "2025-01..2025-02")], de
