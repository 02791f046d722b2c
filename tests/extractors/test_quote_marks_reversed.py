"""German newspapers quote »like this«, the Russian «...» reversed; an opening mark glued to the
stop before it still opens. Sentences written for the tests."""

from __future__ import annotations

from dyad.extractors.text import quoted_spans


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in quoted_spans(text)]


def test_german_printers_marks_quote_the_words_inside_them() -> None:
    text = ("Der litauische Außenminister warf dem Nachbarland eine »gezielte« Provokation vor. "
            "Er sagte, Minsk führe »einen hybriden Angriff gegen unsere Grenze und unser Volk«. "
            "Das belarussische Außenministerium nannte die Vorwürfe »völlig haltlos und politisch motiviert«.")
    assert quoted(text) == ["einen hybriden Angriff gegen unsere Grenze und unser Volk",
                            "völlig haltlos und politisch motiviert"]


def test_russian_marks_still_quote_and_an_opening_mark_glued_to_a_stop_opens() -> None:
    text = ("Министр отметил рост торговли.«За девять месяцев оборот вырос почти на треть, и мы "
            "ожидаем нового рекорда», — сказал он.")
    assert quoted(text) == ["За девять месяцев оборот вырос почти на треть, и мы ожидаем нового рекорда"]


def test_a_closing_mark_after_a_stop_closes() -> None:
    text = "Он заявил: «Мы готовы продолжить переговоры в любое время.» После этого встреча завершилась."
    assert quoted(text) == ["Мы готовы продолжить переговоры в любое время."]
