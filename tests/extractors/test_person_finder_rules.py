"""The person finder on names that open, close or sit inside other capitalised words: ordinals,
a country's genitive, a title cut short by "of the", a given name's initial, and the country of
an official named by a body, a portfolio or an envoy's title."""

from __future__ import annotations

import dyad
from dyad.extractors.people import find_title_before


def people(page: str) -> dict[str, str | None]:
    record = dyad.extract(page, source="t.txt")
    return {p.name_en: p.country for p in record.people}


def names(page: str) -> list[str]:
    return [p.name for p in dyad.extract(page, source="t.txt").people]


def test_an_ordinal_opens_a_department_not_a_name_ru() -> None:
    page = ("Москва ответила Софии\n\n"
            "Директор Второго Европейского департамента МИД России Олег Панков заявил, что Россия "
            "ответит Болгарии на высылку дипломатов.\n")
    got = people(page)
    assert not any("Второго" in n for n in names(page))
    assert got.get("Oleg Pankov") == "RUS"


def test_a_country_genitive_after_a_title_inside_a_run_ru() -> None:
    page = ("Визит в Пекин\n\n"
            "Находящийся с визитом в Китайской Народной Республике Президент Казахстана Ерлан Суханов "
            "провел переговоры с руководством Китая.\n")
    record = dyad.extract(page, source="t.txt")
    assert not any("Казахстана" in p.name for p in record.people)
    assert [p.country for p in record.people if p.name.endswith("Суханов")] == ["KAZ"]


def test_capitalised_words_after_of_the_are_no_name_en() -> None:
    page = ("Belarus and Cuba review ties\n\n"
            "Ties were discussed by the deputy foreign minister of the Eastern European country, Pavel "
            "Orlik, and the Cuban envoy.\n\nAn accord links the Directorate of Technical and Vocational "
            "Training of Cuba with a Belarusian college, Orlik said.\n")
    assert "Eastern European" not in names(page)
    body = "An accord links the Directorate of Technical and Vocational Training of Cuba."
    assert find_title_before(body, body.index("Vocational"), "en", 0) is None
    titled = "Talks with the Directorate's head Ana Ruiz."
    assert find_title_before(titled, titled.index("Ana"), "en", 0) is not None  # the rule is narrow


def test_capitalised_words_after_a_preposition_are_no_name_ru() -> None:
    body = "Соглашение подписали министр образования Кубы и Директор по Профессиональному Обучению."
    assert find_title_before(body, body.index("Профессиональному"), "ru", 0) is None


def test_an_initial_joined_to_the_surname_ru() -> None:
    page = ("Ответная мера\n\n"
            "\"3 мая в МИД России был вызван посол Болгарии в Москве Д.Петков, которому вручили ноту\", "
            "- говорится в сообщении МИД России.\n")
    assert "Д. Петков" in names(page)
    assert people(page).get("D. Petkov") == "BGR"


def test_an_initial_before_the_surname_en_but_not_an_abbreviation() -> None:
    page = ("India and Canada talk\n\n"
            "External Affairs Minister R. Vardhan said on Friday India wanted calm. The U.S. Ambassador "
            "John Marsh said Washington hoped Canada and India would talk.\n")
    found = names(page)
    assert "R. Vardhan" in found
    assert "John Marsh" in found and not any(n.startswith("S. ") for n in found)


def test_a_ministry_in_the_officials_own_quote_employs_him_ru() -> None:
    page = ("Словакия ответила России\n\n"
            "«Сегодня меня пригласили в МИД Словакии, и мне директором ведомства Павлом Гренко была "
            "вручена нота», — приводит слова посла России Ивана Лапина ТАСС.\n")
    assert people(page).get("Pavol Grenko", people(page).get("Pavel Grenko")) == "SVK"


def test_a_ministry_that_closed_the_paragraph_before_employs_no_one_after_it_en() -> None:
    page = ("Kenya regrets Somalia's decision\n\n"
            "\"Kenya interferes in our affairs,\" a statement from Somalia's Foreign Ministry said.\n"
            "Permanent Secretary Otieno Wafula in his reply said Kenya regretted the decision.\n")
    assert people(page).get("Otieno Wafula") == "KEN"


def test_a_portfolio_adjective_names_no_country_en() -> None:
    page = ("Argentina and Brazil\n\n"
            "Argentina's foreign minister visited Brazil. She was accompanied by the Undersecretary of "
            "American Affairs, Rosa Quintana.\n")
    assert people(page).get("Rosa Quintana") != "USA"


def test_a_portfolio_adjective_names_no_country_de() -> None:
    page = ("Berlin und Warschau\n\n"
            "Der Beauftragte für Russische Angelegenheiten Karl Hufe sagte, Deutschland und Polen "
            "sprächen sich ab.\n")
    assert people(page).get("Karl Hufe") != "RUS"


def test_a_charge_d_affaires_is_an_envoy_de() -> None:
    page = ("Österreich und die Türkei\n\n"
            "Am Montag wurde auch der österreichische Geschäftsträger in Ankara, Georg Lanz, ins "
            "türkische Außenministerium zitiert.\n")
    lanz = [p for p in dyad.extract(page, source="t.txt").people if p.name == "Georg Lanz"]
    assert [(p.title, p.country) for p in lanz] == [("österreichische Geschäftsträger in Ankara", "AUT")]


def test_an_outlet_of_a_third_country_has_no_official_in_the_report() -> None:
    page = ("BAKU, May 3 (Trend) - Belarus and Turkmenistan held consultations.\n\n"
            "The Turkmen delegation was headed by Deputy Foreign Minister of Turkmenistan Aman Durdyev, "
            "the Belarusian delegation was headed by Deputy Foreign Minister, Oleg Barsuk.\n")
    assert people(page).get("Oleg Barsuk") != "AZE"


def test_one_title_over_two_names_gives_each_its_country_de() -> None:
    page = ("Minsk und Managua\n\n"
            "Die Außenminister von Belarus und Nicaragua Pavel Lenski und Rosa Aguirre Lacayo haben in "
            "Minsk Gespräche aufgenommen.\n")
    got = people(page)
    assert got.get("Pavel Lenski") == "BLR"
    assert got.get("Rosa Aguirre Lacayo") == "NIC"


def test_one_title_over_two_names_gives_each_its_country_en() -> None:
    page = ("Chile and Peru\n\n"
            "The foreign ministers of Chile and Peru, Ana Rojas and Luis Quispe Tello, met in Lima.\n")
    got = people(page)
    assert got.get("Ana Rojas") == "CHL"
    assert got.get("Luis Quispe Tello") == "PER"


def test_one_title_over_two_names_gives_each_its_country_ru() -> None:
    page = ("Переговоры в Минске\n\n"
            "Министры иностранных дел Беларуси и Никарагуа Павел Ленский и Роса Агирре провели "
            "переговоры в Минске.\n")
    got = {p.name: p.country for p in dyad.extract(page, source="t.txt").people}
    assert [c for n, c in got.items() if n.startswith("Роса")] == ["NIC"]


def test_a_title_of_one_country_is_not_shared_by_the_next_name() -> None:
    page = ("Talks in Riga\n\n"
            "Latvian Foreign Minister Ivars Ozols and Tomas Berg met in Riga on Monday, Berg said.\n")
    assert people(page).get("Tomas Berg") != "LVA"


def test_a_ministry_opening_a_sentence_is_no_person_de() -> None:
    page = ("Baku und Teheran\n\n"
            "Der Präsident verurteilte den Angriff. Vom Außenministerium hieß es, Iran trage die Verantwortung. "
            "Zum Innenministerium sagte Sprecher Emil Quliyev, Aserbaidschan prüfe den Fall.\n")
    found = names(page)
    assert not any("ministerium" in n for n in found)
    assert "Emil Quliyev" in found
