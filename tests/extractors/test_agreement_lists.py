"""Signed documents named in lists of subjects, titles that end before the signers, a name
given after a passive verb or by "the agreement is a ...", and documents only remembered.
Sentences written for the tests."""

from __future__ import annotations

import dyad


def titles(text: str) -> list[str]:
    return [a.title for a in dyad.extract(text, source="t.txt").agreements]


def test_title_ends_before_the_officials_who_signed_it() -> None:
    en = titles("Transport deal\n\nThe two sides signed an agreement on road freight between Transport Minister "
                "John Okello and Ambassador Maria Keller in Nairobi.")
    assert en == ["agreement on road freight"], en
    de = titles("Neue Zusammenarbeit\n\nAm Montag wurde ein Abkommen über Berufsbildung zwischen dem kenianischen "
                "Arbeitsminister Peter Otieno und Botschafter Hans Becker unterzeichnet.")
    assert de == ["Abkommen über Berufsbildung"], de
    ru = titles("Туризм\n\nВ Ереване подписано соглашение о сотрудничестве в области туризма между министром "
                "туризма Иваном Петровым и послом Анной Сидоровой.")
    assert ru == ["соглашение о сотрудничестве в области туризма"], ru
    fr = titles("Transport\n\nLes deux pays ont signé un accord sur le fret routier entre le ministre des Transports "
                "Jean Dupont et l'ambassadrice Marie Keller à Nairobi.")
    assert fr == ["accord sur le fret routier"], fr


def test_governments_between_which_a_document_is_made_stay_in_its_title() -> None:
    got = titles("Roaming\n\nThe ministers signed an agreement between the two governments on lower roaming "
                 "tariffs for mobile calls.")
    assert got == ["agreement between the two governments on lower roaming tariffs for mobile calls"], got


def test_a_document_only_described_and_placed_between_signers_has_no_title() -> None:
    got = titles("Hilfe\n\nNun wurde ein bilaterales Abkommen zwischen dem Finanzminister Omar Haddad und "
                 "Botschafterin Eva Brandt unterzeichnet, das 50 Millionen Euro umfasst.")
    assert got == [], got


def test_plural_documents_on_several_subjects_are_one_document_each() -> None:
    ru = titles("Визит\n\nПо итогам переговоров подписаны документы. В их числе соглашения о сотрудничестве в "
                "сфере энергетики, сотрудничестве в области культуры и спорта.")
    assert len(ru) == 2 and ru[0].endswith("в сфере энергетики") and ru[1].endswith("культуры и спорта"), ru
    en = titles("Visit\n\nThe ministers signed agreements on cooperation in the energy sector, joint training "
                "of nurses and doctors.")
    assert en == ["agreements on cooperation in the energy sector", "agreements on joint training of nurses and doctors"], en


def test_russian_genitive_singular_after_the_signing_noun_stays_one_document() -> None:
    got = titles("Визит\n\nСостоялось подписание соглашения о сотрудничестве в области торговли, развития малого "
                 "и среднего бизнеса в приграничных районах.")
    assert len(got) == 1 and got[0].endswith("в приграничных районах"), got


def test_one_document_on_a_list_of_adjectives_or_short_subjects_stays_whole() -> None:
    got = titles("Bridge\n\nThe ministers signed agreements on technical, financial and legal matters of the bridge.")
    assert got == ["agreements on technical, financial and legal matters of the bridge"], got
    got = titles("Visit\n\nThe ministers signed agreements on education, science and culture.")
    assert got == ["agreements on education, science and culture"], got


def test_subjects_covered_by_the_memoranda_signed() -> None:
    got = titles("Lake neighbours\n\nKenya and Uganda on Monday signed four Memorandums of Understanding (MoUs) "
                 "to deepen ties. The areas covered in the MoUs include fisheries, tourism, roads and water supply.")
    assert got == ["Memorandum of Understanding on fisheries", "Memorandum of Understanding on tourism",
                   "Memorandum of Understanding on roads", "Memorandum of Understanding on water supply"], got
    de = titles("Besuch\n\nDie beiden Regierungen unterzeichneten am Montag mehrere Vereinbarungen. Die Vereinbarungen "
                "betreffen die Bereiche Landwirtschaft, Bildung und Gesundheit.")
    assert de == ["Vereinbarung über Landwirtschaft", "Vereinbarung über Bildung", "Vereinbarung über Gesundheit"], de
    fr = titles("Visite\n\nLes deux gouvernements ont signé lundi plusieurs accords. Les accords portent sur la pêche, "
                "le tourisme et la santé.")
    assert fr == ["accord sur la pêche", "accord sur le tourisme", "accord sur la santé"], fr


def test_subjects_of_documents_with_no_signing_reported_are_none() -> None:
    got = titles("Talks\n\nThe ministers met in Kampala. The areas covered in the MoUs include fisheries and tourism.")
    assert got == [], got


def test_the_name_after_the_passive_verb() -> None:
    got = titles("Licences\n\nLater, an agreement was signed between the two ministries on mutual recognition of "
                 "driving licences by Transport Minister Ana Lopes and her counterpart.")
    assert got == ["agreement between the two ministries on mutual recognition of driving licences"], got
    for setting in ("The agreement was signed on the sidelines of the summit in Doha.",
                    "An agreement was signed between the two leaders on the sidelines of the summit.",
                    "The agreement was signed regarding the border after long talks."):
        assert titles("Deal\n\n" + setting) == [], setting


def test_the_agreement_is_a_declaration_named_after_the_signing() -> None:
    got = titles("Grid deal\n\nThe two prime ministers signed the deal on Tuesday. The agreement is a "
                 "“declaration of intent” to build a shared power grid.")
    assert got == ["declaration of intent to build a shared power grid"], got
    got = titles("Grid plans\n\nThe ministers met on Tuesday. The agreement is a declaration of intent to build a grid.")
    assert got == [], got


def test_a_signing_years_ago_is_remembered_not_reported() -> None:
    assert titles("Jubilee\n\nThe two countries mark 25 years since the signing of the Treaty on Friendship.") == []
    assert titles("Юбилей\n\nРоссия и Индия отмечают 20 лет с подписания Декларации о стратегическом партнерстве.") == []
    assert titles("Jubiläum\n\nBeide Länder feiern 30 Jahre seit der Unterzeichnung des Vertrags über Freundschaft.") == []


def test_amendments_made_to_a_treaty_and_where_the_next_clause_starts() -> None:
    got = titles("Поездки\n\nКроме того, внесены изменения в Соглашение о взаимных поездках граждан, достигнуты "
                 "договоренности о сотрудничестве в сфере связи.")
    assert got == ["Соглашение о взаимных поездках граждан"], got


def test_present_tense_signing() -> None:
    got = titles("Forschung\n\nAm Montag unterzeichnen beide Minister ein Abkommen über Forschung und Innovation.")
    assert got == ["Abkommen über Forschung und Innovation"], got


def test_cooperation_documents_named_by_subject_and_unnamed_ones() -> None:
    got = titles("Visit\n\nThe two presidents witnessed the signing and exchange of cooperation documents on "
                 "fisheries and maritime rescue.")
    assert got == ["cooperation documents on fisheries and maritime rescue"], got
    got = titles("Visit\n\nThe two presidents witnessed the signing and exchange of cooperation documents.")
    assert got == [], got


def test_an_office_named_between_is_a_party_not_a_signer() -> None:
    en = titles("Archives\n\nThe sides signed a memorandum on archives between the Office of the President of Ghana "
                "and the National Library of Kenya.")
    assert en == ["memorandum on archives between the Office of the President of Ghana and the National Library of Kenya"], en
    ru = titles("Архивы\n\nСтороны подписали меморандум об архивах между Администрацией Президента Казахстана "
                "и Национальной библиотекой Армении.")
    assert len(ru) == 1 and ru[0].endswith("Национальной библиотекой Армении"), ru
    de = titles("Archive\n\nBeide Seiten unterzeichneten ein Memorandum über Archive zwischen dem Amt des Präsidenten "
                "Ghanas und der Nationalbibliothek Kenias.")
    assert len(de) == 1 and de[0].endswith("Nationalbibliothek Kenias"), de


def test_a_title_ends_at_by_and_a_name_not_at_by_and_a_mode_of_transport() -> None:
    got = titles("Transit\n\nThe ministers signed a protocol on freight transit by rail and road.")
    assert got == ["protocol on freight transit by rail and road"], got


def test_two_subjects_joined_by_and_are_two_documents() -> None:
    page = ("Kazakhstan and Qatar sign documents\n\n"
            "ASTANA, 5 May (Agency) - Following the talks, Kazakh President Kassym-Jomart Tokayev and the "
            "Emir of Qatar Tamim bin Hamad Al Thani signed agreements on mutual recognition of driving "
            "licences and simplified visa rules for business travellers.\n")
    titles = [a.title for a in dyad.extract(page, source="t.txt").agreements]
    assert len(titles) == 2, titles
    # a short subject on one side keeps the title whole
    whole = page.replace("mutual recognition of driving licences", "trade")
    assert len(dyad.extract(whole, source="t.txt").agreements) == 1


def test_documents_said_to_cover_areas_are_not_one_document_per_area() -> None:
    page = ("Belarus and China sign documents\n\n"
            "MINSK, 5 May (Agency) - Belarus and China signed 20 documents after the talks of the two "
            "presidents. The documents cover trade, agriculture, healthcare, tourism and sports.\n")
    assert len(dyad.extract(page, source="t.txt").agreements) <= 1


def test_a_list_of_documents_in_plain_lines_after_a_signing() -> None:
    page = ("Armenia and Georgia sign business deals\n\n"
            "Armenia and Georgia signed five documents on Tuesday at a business forum in Tbilisi, the "
            "ministry of economy said.\n\n"
            "The documents include:\n\n"
            "Supply contract: between Yerevan Brandy Works and Kartuli Trade for 2026\n\n"
            "Logistics MoU: between Armenian Railways and the Georgian Port Authority\n\n"
            "Speaking at the forum, the minister said trade between the two countries had grown and that "
            "more companies would follow the example of the ones that signed today.\n")
    titles = [a.title for a in dyad.extract(page, source="t.txt").agreements]
    assert len(titles) == 2, titles
    assert titles[0].startswith("Supply contract")
    # without a signing told before, "The documents include:" opens no list of signed documents
    unsigned = page.replace("signed five documents on Tuesday", "discussed five documents on Tuesday")
    assert dyad.extract(unsigned, source="t.txt").agreements == []
