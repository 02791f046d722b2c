"""The person finder on titles joined to a party's abbreviation ("SVP-Nationalrat"), titles
that name where the holder is posted ("the head of the station in Canada"), a country named
only in another person's title, and Russian case forms of foreign names."""

from __future__ import annotations

import dyad
from dyad.extractors import models
from dyad.extractors.people import (
    _inflected_alike,
    country_of_title,
    find_title_before,
    host_countries,
    title_head_match,
)
from dyad.lang.ru.names import name_nominative


def people(page: str) -> dict[str, str | None]:
    record = dyad.extract(page, source="t.txt")
    return {p.name_en: p.country for p in record.people}


def test_a_party_abbreviation_before_a_title_head_de() -> None:
    assert title_head_match("SPD-Chef", "de")
    assert title_head_match("EU-Kommissar", "de")
    assert title_head_match("GOP-Senator", "en")
    assert not title_head_match("Hans-Peter", "de")  # a hyphenated given name stays a name
    assert not title_head_match("SVP-Wahlkampf", "de")  # the noun after the hyphen decides


def test_a_party_member_of_parliament_with_three_names_de() -> None:
    page = ("Bern ärgert sich über Ankara\n\n"
            "„Die Türkei behandelt unseren Botschafter wie einen Schulbuben“, sagte der Luzerner "
            "SVP-Nationalrat Peter Anton Zbinden am Dienstag in Bern. Die Aargauer FDP-Politikerin "
            "Regula Steiner sprach von einem groben Affront gegen die Schweiz.\n")
    got = people(page)
    assert "Peter Anton Zbinden" in got
    assert "Regula Steiner" in got


def test_a_country_after_a_host_preposition_is_where_one_serves_en() -> None:
    title = "the Ugandan Ambassador posted in the Democratic Republic of Congo"
    assert host_countries(title, "en") == ["COD"]
    assert country_of_title(title, "en") == "UGA"
    # a country's adjective after "at" qualifies the body the holder works at: it is theirs
    at_body = "director of the Third Asia Department at the Russian Foreign Ministry"
    assert host_countries(at_body, "en") == []
    assert country_of_title(at_body, "en") == "RUS"


def test_a_capital_after_a_host_preposition_de_ru() -> None:
    assert country_of_title("österreichische Geschäftsträger in Ankara", "de") == "AUT"
    assert country_of_title("посол Румынии в Москве", "ru") == "ROU"


def test_an_official_posted_in_one_side_serves_the_other_en() -> None:
    page = ("Ottawa expels a diplomat of India\n\n"
            "Canada ordered a senior diplomat of India to leave within five days. Ottawa identified "
            "him as Arjun Prakash Rao, the head of the agency's station in Canada, according to "
            "officials. India rejected the claims of Canada.\n")
    assert people(page).get("Arjun Prakash Rao") == "IND"


def test_charge_d_affaires_and_mp_are_titles_en() -> None:
    text = "On Monday the US chargé d’affaires, Mary Jones, was summoned to the ministry."
    found = find_title_before(text, text.index("Mary"), "en", 0)
    assert found is not None and "chargé d’affaires" in found[0]
    text = "Meanwhile, Future Movement MP Rami Haddad said the letter was a protest."
    found = find_title_before(text, text.index("Rami"), "en", 0)
    assert found is not None and found[0].endswith("MP")


def test_a_country_in_the_title_of_the_person_met_is_not_ones_own_en() -> None:
    page = ("Poland and Vietnam discuss machinery trade\n\n"
            "Seeking new buyers of machinery, Trade Secretary Anna Kowalska welcomed Vietnam’s Deputy "
            "Minister of Industry Tran Van Hoa to Warsaw. Poland hopes Vietnam will buy more of its "
            "tractors, and Vietnam wants Polish investment.\n")
    got = people(page)
    assert got.get("Tran Van Hoa") == "VNM"
    assert got.get("Anna Kowalska") == "POL"


def test_foreign_names_in_the_russian_instrumental() -> None:
    morph = models.morphology("ru")
    assert name_nominative("Сердаром Бердымухамедовым", morph) == "Сердар Бердымухамедов"
    assert name_nominative("Ван Миншаном", morph) == "Ван Миншан"
    assert name_nominative("Маргот Валльстром", morph) == "Маргот Валльстром"  # "-стром" is a name's own
    assert name_nominative("Натальей Кочановой", morph) == "Наталья Кочанова"


def test_a_given_name_read_in_the_plural_is_left_as_written_ru() -> None:
    morph = models.morphology("ru")
    assert name_nominative("Юн Сок Ёль", morph).startswith("Юн ")


def test_two_case_forms_of_one_name_are_one_person() -> None:
    assert _inflected_alike("Пак Мин Хёк", "Пак Мин Хёка", "ru")
    assert not _inflected_alike("Пак Мин Хёк", "Пак Мин Сон", "ru")
    assert not _inflected_alike("Пак Мин Хёк", "Ким Мин Хёка", "ru")
    assert not _inflected_alike("Anna Berg", "Anna Bergs", "en")  # English names do not inflect


def test_a_role_named_before_its_holder_en() -> None:
    page = ("Vilnius shuts a rail crossing\n\n"
            "VILNIUS - Lithuania will shut a rail crossing with Belarus until further notice, the "
            "Lithuanian transport minister said on Friday, as ties with Minsk worsen.\n\n"
            "“We could not wait any longer for an answer from Minsk,” Mr Tomas Petraitis wrote on "
            "social media.\n")
    record = dyad.extract(page, source="t.txt")
    got = {p.name_en: (p.country, p.title) for p in record.people}
    assert got["Tomas Petraitis"][0] == "LTU"
    assert "transport minister" in (got["Tomas Petraitis"][1] or "").lower()


def test_a_role_does_not_reach_a_titled_person_en() -> None:
    page = ("Vilnius shuts a rail crossing\n\n"
            "Lithuania will shut a rail crossing with Belarus, the Lithuanian transport minister said "
            "on Friday.\n\nBelarusian Deputy Foreign Minister Pavel Orlik called the step hostile.\n")
    record = dyad.extract(page, source="t.txt")
    got = {p.name_en: p.country for p in record.people}
    assert got.get("Pavel Orlik") == "BLR"


def test_a_role_acted_on_is_not_the_next_speaker_en() -> None:
    page = ("Riga sends an envoy home\n\n"
            "Latvia sent the Estonian ambassador in Riga back home on Monday over a fishing quarrel.\n\n"
            "Asked about it, Karl Tamm said Tallinn had no information on the matter.\n")
    record = dyad.extract(page, source="t.txt")
    titles = {p.name_en: p.title for p in record.people}
    assert "ambassador" not in (titles.get("Karl Tamm") or "").lower()


def test_the_prime_minister_stays_a_head_of_government_reference_en() -> None:
    from dyad.extractors.coref import _role_references

    pattern, _words = _role_references("en")
    found = pattern.search("Mr Ruiz accused the Spanish prime minister’s wife of lying.")
    assert found is not None and found.group("role").lower() == "prime minister"
    found = pattern.search("the Polish interior minister said on Thursday")
    assert found is not None and found.group("adj") == "Polish"


def test_a_titled_name_whose_surname_is_a_country_en() -> None:
    page = ("La Paz rejects the embassy's claims\n\n"
            "Bolivia's Economy Minister Rodrigo Panama said on Monday that the United States embassy "
            "had spread false claims about fuel imports.\n")
    names = [p.name for p in dyad.extract(page, source="t.txt").people]
    assert "Rodrigo Panama" in names



def test_a_country_after_an_untitled_given_name_stays_a_place_en() -> None:
    page = ("Fuel talks\n\n"
            "The fuel deal was signed in La Paz by Rodrigo Panama on Monday, officials said.\n")
    names = [p.name for p in dyad.extract(page, source="t.txt").people]
    assert "Rodrigo Panama" not in names


def test_a_word_before_a_known_surname_that_is_none_of_their_names_de() -> None:
    page = ("Protest in Bern\n\n"
            "Der türkische Präsident Recep Tayyip Erdogan war das Ziel einer Kundgebung. Auf einem "
            "Plakat stand „Stoppt Erdogan jetzt“, berichtete die Polizei.\n")
    record = dyad.extract(page, source="t.txt")
    assert not any(p.name.startswith("Stoppt") for p in record.people)
    assert [p.name_en for p in record.people].count("Recep Tayyip Erdoğan") == 1
