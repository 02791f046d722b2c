"""The side of a person whose title names no country: by the company kept in the sentence."""

from __future__ import annotations

import dyad


def countries(page: str) -> dict[str, str | None]:
    record = dyad.extract(page, source="t.txt")
    return {p.name_en: p.country for e in record.events for p in e.participants}


def test_the_host_met_in_an_encounter_is_the_other_side() -> None:
    page = ("Vietnam and Germany deepen ties\n\n"
            "President Lin Varo held talks with the German Federal President Karl Mauer in Hanoi on "
            "Tuesday.\n\nThe two presidents discussed trade between Vietnam and Germany and the "
            "training of Vietnamese nurses.\n")
    got = countries(page)
    assert got.get("Karl Mauer") == "DEU"
    assert got.get("Lin Varo") == "VNM"  # not the country the sentence names


def test_members_of_a_delegation_are_on_their_leaders_side() -> None:
    page = ("Kanzlerin reist nach Indien\n\n"
            "Die deutsche Kanzlerin Anna Berger trifft in Neu-Delhi den indischen Premierminister Ravi "
            "Sundaram zu Gesprächen über Handel mit Indien.\n\n"
            "Berger wird begleitet von Agrarministerin Petra Lindholm und Forschungsministerin Marta "
            "Kessel.\n\nIndien ist für Indien und Deutschland ein wichtiger Partner, sagte Sundaram in Indien.\n")
    got = countries(page)
    assert got.get("Anna Berger") == "DEU"
    assert got.get("Petra Lindholm") == "DEU"
    assert got.get("Marta Kessel") == "DEU"


def test_the_country_nearest_the_name_in_a_long_title() -> None:
    page = ("Streit zwischen Rom und Paris\n\n"
            "Italien hat nach harscher Kritik der italienischen Regierung an Frankreichs Präsident Jean "
            "Dorval seinen Botschafter zurückgerufen. Dorval traf am Montag den italienischen "
            "Außenminister Paolo Rinaldi in Rom.\n")
    assert countries(page).get("Jean Dorval") == "FRA"


def test_a_known_person_in_a_title_naming_both_countries() -> None:
    page = ("Переговоры в Москве\n\n"
            "Президенты Казахстана и России Касым-Жомарт Токаев и Владимир Путин провели переговоры "
            "в Кремле. Путин и Токаев обсудили торговлю между Россией и Казахстаном.\n")
    got = countries(page)
    assert got.get("Vladimir Putin") == "RUS"
    assert got.get("Kassym-Jomart Tokayev") == "KAZ"


def test_both_sides_named_the_speaker_is_of_the_first() -> None:
    page = ("Ruritania cuts ties with Borduria\n\n"
            "Algeria is cutting diplomatic relations with Morocco, Foreign Minister Karim Bensaid said "
            "on Tuesday, accusing Morocco of hostile acts.\n\nMorocco has not answered; Morocco's "
            "king is abroad.\n")
    record = dyad.extract(page, source="t.txt")
    people = {p.name_en: p.country for e in record.events for p in e.participants}
    assert people.get("Karim Bensaid") == "DZA"


def test_the_one_who_signs_with_a_named_minister_is_the_other_side() -> None:
    page = ("Jordanien und Deutschland: Finanzhilfe\n\n"
            "Ein Abkommen wurde zwischen dem jordanischen Planungsminister Samir Haddad und Botschafterin "
            "Greta Holm in Amman unterzeichnet. Deutschland unterstützt Jordanien seit Jahren; Jordanien "
            "dankte Deutschland.\n")
    assert countries(page).get("Greta Holm") == "DEU"


def test_a_lone_surname_the_registry_knows_is_a_person() -> None:
    page = ("Japan and Vietnam upgrade ties\n\n"
            "HANOI, 1 May 2022 (Agency) - PM Kishida held talks with Vietnamese Prime Minister Pham Minh "
            "Chinh in Hanoi on Sunday.\n")
    got = countries(page)
    assert got.get("Fumio Kishida") == "JPN"
    # an unknown lone surname stays too weak to be a person
    assert "Tanabe" not in countries(page.replace("PM Kishida", "PM Tanabe"))


def test_a_country_word_of_another_phrase_does_not_outrank_the_registry() -> None:
    page = ("Streit um Auftritte\n\n"
            "Die niederländischen Behörden verweigerten Außenminister Mevlüt Cavusoglu am Samstag die "
            "Landeerlaubnis in Rotterdam. Die Türkei bestellte den Geschäftsträger der Niederlande ein.\n")
    people = {p.name_en: p.country for p in persons_of(page)}
    assert people.get("Mevlüt Çavuşoğlu") == "TUR"


def persons_of(page: str) -> list:  # type: ignore[type-arg]
    from dyad.clean import clean
    from dyad.extractors.persons import find_persons
    from dyad.extractors.text import quoted_spans
    from dyad.model import RawDoc

    doc = clean(RawDoc(source="t.txt", data=page.encode(), media_type="text/plain"))
    return find_persons(doc, quoted_spans(doc.text)).persons


def test_the_official_who_faces_a_foreign_envoy_is_the_host() -> None:
    page = ("Bishkek protests to Dushanbe\n\n"
            "The Ambassador of Tajikistan to Kyrgyzstan Davron Saidov was summoned to the foreign ministry "
            "of the Kyrgyz Republic.\n\n"
            "The First Deputy Foreign Minister Aibek Toktosunov handed a note to Davron Saidov, protesting "
            "the actions of the border troops of Tajikistan at Kyrgyz border posts.\n")
    people = {p.name_en: p.country for p in persons_of(page)}
    assert people.get("Davron Saidov") == "TJK"
    assert people.get("Aibek Toktosunov") == "KGZ"
