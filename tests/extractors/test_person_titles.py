"""Names found behind titles the scan used to miss, and whose envoy a summons acts on."""

from __future__ import annotations

import dyad
from dyad.clean import clean
from dyad.extractors.people import PersonEntity, is_envoy_title
from dyad.extractors.persons import find_persons
from dyad.extractors.text import quoted_spans
from dyad.model import RawDoc


def persons_of(page: str) -> dict[str, PersonEntity]:
    doc = clean(RawDoc(source="t.txt", data=page.encode(), media_type="text/plain"))
    return {p.name_en: p for p in find_persons(doc, quoted_spans(doc.text)).persons}


def test_a_title_inside_a_run_joined_by_a_particle_starts_the_name() -> None:
    page = ("Streit zwischen Wien und Rom\n\nNach der Vorladung von Botschafterin Greta Holm in Rom "
            "protestierte Österreich. Italien und Österreich streiten.\n")
    got = persons_of(page)
    assert "Greta Holm" in got
    assert got["Greta Holm"].title == "Botschafterin"


def test_a_diplomat_in_the_dative_titles_a_three_word_name() -> None:
    page = ("Streit zwischen Ankara und Oslo\n\nDem Diplomaten Arne Bent Solberg wurde eine Note "
            "übergeben, teilte das Ministerium mit. Norwegen und die Türkei streiten.\n")
    assert "Arne Bent Solberg" in persons_of(page)


def test_a_compound_spokesman_is_a_title() -> None:
    page = ("Athen und Ankara\n\nRegierungssprecher Nikos Karalis sagte am Montag, man werde "
            "nicht nachgeben. Griechenland und die Türkei streiten.\n")
    assert persons_of(page)["Nikos Karalis"].title == "Regierungssprecher"


def test_vel_joins_the_two_surnames_of_a_polish_name() -> None:
    page = ("Poland and Russia\n\nDeputy Minister Jan Nowak vel Kowal said on Monday that Poland "
            "would answer Russia.\n")
    assert "Jan Nowak vel Kowal" in persons_of(page)


def test_an_envoy_named_by_title_alone_is_of_the_country_the_report_gives_its_envoy() -> None:
    page = ("China und Schweden\n\nDie chinesische Regierung hat den schwedischen Botschafter "
            "einbestellt. Die Vorladung von Botschafter Lars Ekberg erfolgte am Montag in Peking, "
            "teilte China mit.\n")
    assert persons_of(page)["Lars Ekberg"].country == "SWE"


def test_envoys_of_two_countries_leave_a_bare_ambassador_unplaced_by_envoy_phrases() -> None:
    from dyad.extractors.people import envoy_country

    page = ("Sweden and China\n\nChina summoned the Swedish ambassador, and Sweden summoned the "
            "Chinese ambassador. Ambassador Lars Ekberg was handed a note.\n")
    doc = clean(RawDoc(source="t.txt", data=page.encode(), media_type="text/plain"))
    assert envoy_country(doc, "Ambassador") is None
    assert envoy_country(doc, "Foreign Minister") is None


def test_an_envoys_title_is_not_read_across_two_offices() -> None:
    assert is_envoy_title("Hungary's Ambassador to the United Kingdom", "en")
    assert not is_envoy_title("envoy and Vice Premier", "en")
    assert is_envoy_title("Botschafterin", "de")
    assert is_envoy_title("посол Латвии в России", "ru")
    assert not is_envoy_title("российскому послу глава МИД Японии", "ru")


def test_a_summons_takes_the_envoy_named_in_another_sentence() -> None:
    page = ("Norway and Russia\n\nThe Russian Foreign Ministry summoned the Norwegian ambassador on "
            "Monday over the expulsions. Ambassador Kari Lunde was handed a note of protest.\n")
    record = dyad.extract(page, source="t.txt")
    summons = [e for e in record.events if e.cameo.startswith("114")]
    assert summons
    assert [(p.name_en, p.country) for p in summons[0].participants] == [("Kari Lunde", "NOR")]


def test_a_speakers_side_is_not_the_country_named_in_their_quote() -> None:
    page = ("Poland and Russia\n\nPoland and Russia quarrel again over the consulates.\n\n"
            "\"Our consul was at the Russian Foreign Ministry today and received the note,\" Deputy "
            "Foreign Minister Jan Nowak vel Kowal said.\n\nRussia and Poland, Russia and Poland.\n")
    assert persons_of(page)["Jan Nowak vel Kowal"].country == "POL"


def test_a_protest_with_no_named_target_goes_to_the_one_other_countrys_envoy() -> None:
    from types import SimpleNamespace

    from dyad.extractors.events import with_envoy

    envoy = PersonEntity("Иван Петров", "Ivan Petrov", "послу России в Норвегии", "RUS", None)
    minister = PersonEntity("Кари Лунде", "Kari Lunde", "глава МИД Норвегии", "NOR", None)
    coded = SimpleNamespace(cameo="114", source="NORGOV", target="---GOV")
    got = with_envoy([minister.to_person()], [envoy, minister], coded, "ru")
    assert [p.name_en for p in got] == ["Ivan Petrov", "Kari Lunde"]
    # the source's own minister is no envoy: with no other side's envoy, nothing is added
    assert [p.name_en for p in with_envoy([minister.to_person()], [minister], coded, "ru")] == ["Kari Lunde"]


def test_a_title_listing_portfolios_keeps_its_commas_and_its_last_noun() -> None:
    page = ("Romania and Moldova\n\nMoldova's Minister of Energy, Mining and Green Transition Ana Pop "
            "met Romanian officials in Iasi on Monday.\n")
    got = persons_of(page)
    assert "Ana Pop" in got
    assert got["Ana Pop"].title == "Moldova's Minister of Energy, Mining and Green Transition"
    assert got["Ana Pop"].country == "MDA"


def test_a_comma_after_a_title_head_still_ends_the_title() -> None:
    page = ("Leaders meet\n\nThe talks brought together Presidents Lin Varo, Karl Mauer and Foreign "
            "Minister Ida Berg in Oslo.\n")
    assert persons_of(page)["Ida Berg"].title == "Foreign Minister"


def test_an_abstract_noun_before_a_name_is_no_part_of_it() -> None:
    page = ("Russland und Belarus\n\nDer Präsident der Russischen Föderation Jonas Weller sagte am "
            "Montag, man werde die Partnerschaft vertiefen. Belarus und Russland.\n")
    assert "Jonas Weller" in persons_of(page)


def test_the_envoy_of_a_named_leader_serves_the_leaders_country() -> None:
    page = ("Washington, May 2\n\nUS President Tom Hale met Chinese President Li Wen's special envoy "
            "and Vice Premier Zhou Kang at the White House on Friday to discuss trade.\n")
    assert persons_of(page)["Zhou Kang"].country == "CHN"


def test_the_spokesman_of_a_named_leader_in_german() -> None:
    page = ("Moskau und Berlin\n\nDer russische Präsident Pjotr Sorin empfing den deutschen Kanzler Max "
            "Brandt. Sorin's Sprecher Ilja Wolkow sagte, Deutschland und Russland wollten reden.\n")
    got = persons_of(page)
    assert next(p for n, p in got.items() if n.startswith("Ilya") or n.startswith("Ilja")).country == "RUS"


def test_a_portfolio_ending_in_an_abstract_noun_is_no_person() -> None:
    page = ("Chile and Peru\n\nThe minister travelled with the Secretary of Regional Bilateral Relations, "
            "Marta Soler, to Lima on Monday.\n")
    got = persons_of(page)
    assert "Marta Soler" in got
    assert not any("Relations" in n for n in got)


def test_a_german_plural_abstract_noun_opens_no_name() -> None:
    page = ("Berlin und Prag\n\nNach den Verhandlungen Karl Brenner sagte am Montag, Deutschland und "
            "Tschechien seien einig.\n")
    assert "Karl Brenner" in persons_of(page)


def test_a_compound_naming_an_act_opens_no_title() -> None:
    page = ("Peking und Berlin\n\nChina kritisierte die Proteste anlässlich des Japan-Besuchs von "
            "Bundesverkehrsministerin Lena Roth scharf. China und Deutschland streiten.\n")
    assert persons_of(page)["Lena Roth"].title == "Bundesverkehrsministerin"


def test_an_abstract_noun_is_no_title_head() -> None:
    from dyad.extractors.people import title_head_match

    assert title_head_match("Botschafterin", "de")
    assert not title_head_match("Präsidentschaft", "de")
    assert not title_head_match("Presidentship", "en")


def test_an_envoy_named_later_in_apposition_is_the_summoned_countrys() -> None:
    page = ("Russia expels Norwegian diplomats\n\nMOSCOW - Russia's Foreign Ministry summoned Norway's "
            "ambassador on Monday.\n\nThe ambassador, Kari Lunde, was handed a note of protest. Norway "
            "said it would respond to Russia.\n")
    record = dyad.extract(page, source="t.txt")
    summons = [e for e in record.events if e.cameo.startswith("114")]
    assert summons
    assert [(p.name_en, p.country) for p in summons[0].participants] == [("Kari Lunde", "NOR")]


def test_a_german_genitive_country_names_the_envoys_country() -> None:
    page = ("Moskau und Oslo\n\nRussland hat Norwegens Botschafter einbestellt. Die Vorladung von "
            "Botschafterin Kari Lunde erfolgte am Montag, teilte Moskau mit. Russland und Norwegen.\n")
    assert persons_of(page)["Kari Lunde"].country == "NOR"


def test_a_form_of_address_accepts_a_name_where_no_model_reads_the_language() -> None:
    page = ("Berlin und Wien\n\nFrau Anna Berg traf am Montag Vertreter aus Österreich und Deutschland "
            "in Linz.\n")
    assert "Anna Berg" in persons_of(page)
    plain = ("Berlin und Wien\n\nAnna Berg traf am Montag Vertreter aus Österreich und Deutschland "
             "in Linz.\n")
    assert "Anna Berg" not in persons_of(plain)


def test_forms_of_address_in_english_and_russian() -> None:
    from dyad.extractors.people import addressed

    assert addressed("Mr. Jan Nowak", 4, "en")
    assert addressed("Mrs Jan Nowak", 4, "en")
    assert not addressed("Minsk Jan Nowak", 6, "en")
    assert addressed("Господин Ян Новак", 9, "ru")


def test_an_abbreviated_rank_does_not_end_the_sentence_before_the_name() -> None:
    page = ("Border clash\n\nISLAMABAD, 5 May (Agency) - Pakistan army spokesman Maj. Gen. Tariq Mahmood "
            "accused Afghan forces of firing first at border posts.\n")
    import dyad

    people = {p.name_en: p.country for e in dyad.extract(page, source="t.txt").events for p in e.participants}
    assert people.get("Tariq Mahmood") == "PAK"
