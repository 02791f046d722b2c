"""Name spans: Russian particles of foreign names ("фон дер", "бин", "да") inside the name, and
the capitalised words before a name that are no part of it (an adverb opening the sentence, a
place or a body in the genitive, a German weekday). Sentences written for the tests."""

from __future__ import annotations

import dyad


def people(text: str) -> list[tuple[str, str]]:
    return [(p.name, p.name_en) for p in dyad.extract(text, source="t.txt").people]


def test_particles_stay_inside_a_foreign_name() -> None:
    got = people("Встреча\n\nПремьер-министр Киргизии Адылбек Касымалиев встретился с председателем "
                 "Европарламента Ханной фон дер Мейден и эмиром Катара Тамимом бин Хамадом Аль Тани.")
    names = [n for n, _ in got]
    assert "Ханна фон дер Мейден" in names, got
    assert any(n.startswith("Тамим бин Хамад") for n in names), got
    assert ("Ханна фон дер Мейден", "Khanna von der Meyden") in got, got


def test_a_genitive_place_before_a_name_is_not_its_first_word() -> None:
    got = people("Визит\n\nПрезидент Узбекистана Шавкат Мирзиёев принял министра иностранных дел Саудовской "
                 "Аравии Фейсала Аль Сауда и посла Швейцарии Карла Мюллера.")
    names = [n for n, _ in got]
    assert not any(n.startswith(("Аравии", "Швейцарии")) for n in names), got


def test_an_adverb_opening_the_sentence_is_no_given_name() -> None:
    got = people("Переговоры\n\nПрезидент Монголии Ухнаагийн Хурэлсух провел переговоры в Минске. Позднее "
                 "Хурэлсух посетил завод.")
    assert not any(n.startswith("Позднее") for n, _ in got), got


def test_a_compound_surname_in_the_instrumental_goes_back_to_the_nominative() -> None:
    got = people("Встреча\n\nПрезидент Монголии Ухнаагийн Хурэлсух встретился с президентом Анголы Жоау "
                 "Мануэлом Лоуренсу и министром Перу Луисом Сантаной да Костой.")
    assert any(n == "Луис Сантана да Коста" for n, _ in got), got


def test_a_german_weekday_before_a_name_is_not_its_first_word() -> None:
    got = people("Dank\n\nBei einer Pressekonferenz in Budapest dankte Ministerpräsident Viktor Orbán am Freitag "
                 "Schawkat Mirsijojew für die Einladung nach Taschkent.")
    assert not any(n.startswith("Freitag") for n, _ in got), got
    assert any(n == "Schawkat Mirsijojew" for n, _ in got), got
