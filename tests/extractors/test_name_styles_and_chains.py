"""Names after honorific styles, Arabic name chains, four-word names in apposition: a Malay style ("Datuk Seri", "Tan
Sri", "Dato' Sri") or the Gulf's "Sheikh" marks where a name starts, and is no part of it; a
particle inside a run ("Al", "bin", Russian "бен") links the words of one Arabic name, which is
then not cut to its last two words (nor begun with the particle)."""

from __future__ import annotations

import dyad


def people(page: str) -> dict[str, tuple[str | None, str | None]]:
    """name as found -> (name_en, country)."""
    record = dyad.extract(page, source="t.txt")
    return {p.name: (p.name_en, p.country) for p in record.people}


def test_a_malay_style_before_a_three_word_name_en() -> None:
    page = ("Malaysia and Chile widen trade\n\n"
            "Chile's Foreign Minister Alberto van Klaveren met Malaysia's Transport Minister Datuk Seri "
            "Lim Wei Chong in Santiago on Monday.\n")
    got = people(page)
    assert "Lim Wei Chong" in got
    assert not any("Datuk" in n or n == "Wei Chong" for n in got)


def test_two_styles_and_a_form_of_address_en() -> None:
    page = ("Malaysia and Peru\n\n"
            "The Malaysian delegation included Home Minister Dato' Sri Ahmad Faizal Hamdan and Religious "
            "Affairs Minister Datuk Dr Rahim Osman, who met Peruvian officials in Lima.\n")
    got = people(page)
    assert "Ahmad Faizal Hamdan" in got
    assert "Rahim Osman" in got


def test_a_style_inside_a_somali_name_stays_part_of_it_en() -> None:
    page = ("Somalia and Kenya\n\n"
            "Somali President Hassan Sheikh Mohamud met Kenyan President William Ruto in Nairobi.\n")
    got = people(page)
    assert [v for n, v in got.items() if n.endswith("Mohamud")] == [("Hassan Sheikh Mohamud", "SOM")]


def test_an_arabic_chain_after_an_envoys_title_de() -> None:
    page = ("Treffen in Minsk\n\n"
            "Der Vorsitzende traf sich heute mit dem Botschafter der VAE in Belarus, Khalid Saeed Rashid "
            "Al Nuaimi, in Minsk.\n")
    got = people(page)
    assert got.get("Khalid Saeed Rashid Al Nuaimi") == ("Khalid Saeed Rashid Al Nuaimi", "ARE")


def test_scheich_is_a_style_not_a_given_name_de() -> None:
    page = ("Botschafter in Wien\n\n"
            "Der österreichische Außenminister Peter Hansen traf den Botschafter der Vereinigten Arabischen "
            "Emirate, Scheich Saif Rashid Al Mansouri, in Wien.\n")
    got = people(page)
    assert "Saif Rashid Al Mansouri" in got
    assert not any("Scheich" in n for n in got)


def test_an_arabic_chain_in_english_keeps_its_given_names_en() -> None:
    page = ("Emirati envoy meets Serbian speaker\n\n"
            "Serbian Speaker Ana Brnabic received the Ambassador of the United Arab Emirates to Serbia, "
            "Khalid Saeed Rashid Al Nuaimi, in Belgrade on Tuesday.\n")
    got = people(page)
    assert got.get("Khalid Saeed Rashid Al Nuaimi") == ("Khalid Saeed Rashid Al Nuaimi", "ARE")


def test_ben_links_an_arabic_name_after_a_country_ru() -> None:
    page = ("Послы вручили грамоты\n\n"
            "Президент Узбекистана Шавкат Мирзиёев принял верительные грамоты посла Королевства Саудовская "
            "Аравия Абдуллы бен Хамада Аль-Марри.\n")
    got = people(page)
    arab = [(n, v) for n, v in got.items() if "Марри" in n]
    assert len(arab) == 1 and arab[0][0].startswith("Абдулл") and "бен" in arab[0][0]
    assert arab[0][1][1] == "SAU"
    assert not any("Аравия" in n for n in got)


def test_sheikh_style_opens_a_sentence_ru() -> None:
    page = ("Визит в Доху\n\n"
            "Эмир Катара принял казахстанского министра в Дохе. Шейх Тамим бин Хамад Аль Тани отметил, что "
            "министр иностранных дел Казахстана Мурат Нуртлеу приехал впервые.\n")
    got = people(page)
    assert not any(n.lower().startswith("шейх") for n in got)
    assert any(n.startswith("Тамим") for n in got)


def test_a_chinese_surname_like_a_particle_is_no_chain_link_ru() -> None:
    # "Ван" is the Dutch "van" in Cyrillic and the Chinese surname Wang: only Arabic particles link a chain
    page = ("Переговоры в Минске\n\n"
            "Министр торговли Китайской Народной Республики Ван Лимин провел переговоры с белорусским "
            "министром в Минске.\n")
    got = people(page)
    assert any(n == "Ван Лимин" for n in got)
    assert not any("Республики" in n for n in got)


def test_two_known_surnames_side_by_side_are_two_people_de() -> None:
    page = ("Putin Erdogan: Gespräch in Sotschi\n\n"
            "Wie verlautete, will Putin Erdogan bei dem Treffen in Sotschi einen Vorschlag machen.\n")
    record = dyad.extract(page, source="t.txt")
    got = {p.name_en: p.country for p in record.people}
    assert got.get("Vladimir Putin") == "RUS"
    assert got.get("Recep Tayyip Erdoğan") == "TUR"


def test_two_known_surnames_side_by_side_ru() -> None:
    page = ("Путин Эрдоган: переговоры\n\n"
            "Стало известно, что Путин Эрдоган пригласил в Москву на переговоры.\n")
    got = {p.name_en: p.country for p in dyad.extract(page, source="t.txt").people}
    assert got.get("Vladimir Putin") == "RUS" and got.get("Recep Tayyip Erdoğan") == "TUR"


def test_a_known_full_name_is_not_split_en() -> None:
    page = ("Hungary and Russia\n\n"
            "Hungarian Prime Minister Viktor Orban met Russian President Vladimir Putin in Moscow.\n")
    got = {p.name_en: p.country for p in dyad.extract(page, source="t.txt").people}
    assert got.get("Viktor Orbán") == "HUN" and got.get("Vladimir Putin") == "RUS"


def test_a_four_word_name_set_off_by_commas_en() -> None:
    page = ("Peru recalls envoy\n\n"
            "Peru has expelled Bolivia's ambassador, Maria Fernanda Rojas Quispe, after a dispute over water "
            "rights.\n")
    got = people(page)
    assert got.get("Maria Fernanda Rojas Quispe") == ("Maria Fernanda Rojas Quispe", "BOL")


def test_a_four_word_name_set_off_by_commas_de() -> None:
    page = ("Brasilien weist Botschafterin aus\n\n"
            "Brasilien hat die Botschafterin Nicaraguas, Ana Lucia Pereira Santos, ausgewiesen.\n")
    got = people(page)
    assert got.get("Ana Lucia Pereira Santos", (None, None))[1] == "NIC"


def test_a_four_word_name_set_off_by_commas_ru() -> None:
    page = ("Бразилия выслала посла\n\n"
            "Бразилия выслала посла Никарагуа, Марию Фернанду Рохас Киспе, в ответ на высылку.\n")
    got = people(page)
    kispe = [v for n, v in got.items() if n.endswith("Киспе")]
    assert [v[1] for v in kispe] == ["NIC"]
