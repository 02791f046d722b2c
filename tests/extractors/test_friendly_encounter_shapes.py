"""Shapes of friendly reports found on fresh pages (bench/audit/a3friendly) and written here
in other words: forms of address of diplomatic prose ("H.E.", "Hon.", "S.E.") and initials end
no sentence, so the person met keeps the company that tells their side; the meeting noun with
its agent in "of" and its partner in "with" is an encounter; a visit that someone proposes or
invites another to make has not happened; a meeting of the visit's people beside talks that
borrowed them is the same encounter."""

from __future__ import annotations

import dyad
from dyad.model import Event


def events(text: str) -> list[Event]:
    return dyad.extract(text).events


def of_type(text: str, etype: str) -> list[Event]:
    return [e for e in events(text) if e.type == etype]


def countries(text: str) -> dict[str, str | None]:
    return {p.name_en: p.country for e in events(text) for p in e.participants}


# Forms of address and initials before the names
EN_ADDRESS = ('LUSAKA, 3 March (ZNBC) – Relations between Kazakhstan and Zambia were discussed in Lusaka.\n'
              'On 2 March H.E. Mr. Daulet K. Omarov, Ambassador of Kazakhstan to Zambia, held a meeting with '
              'Hon. Grace Mwila, Provincial Minister of Copperbelt, on the sidelines of a mining conference.\n')
EN_ADDRESS_2 = ('ACCRA, 9 May (GNA) – Belarus and Ghana discussed farm machinery supplies.\n'
                'The Rt. Hon. Kwame Asante, Regional Minister of Ashanti, received Belarusian Ambassador Pavel R. Lazovik in Kumasi.\n')
DE_ADDRESS = ('Zum Beginn seiner Amtszeit in Deutschland empfing S.E. Dr. Aidos Sarsenov, Botschafter der Republik '
              'Kasachstan, den Mittelstandsverband BVMW zum Gespräch in der Botschaft.\n')


def test_forms_of_address_end_no_sentence_and_the_met_person_is_of_the_other_side() -> None:
    found = countries(EN_ADDRESS)
    assert found.get("Grace Mwila") == "ZMB", found
    assert any(e.type == "meeting" for e in events(EN_ADDRESS))
    found = countries(EN_ADDRESS_2)
    assert found.get("Kwame Asante") == "GHA", found


def test_german_excellency_before_a_name() -> None:
    names = {p.name_en for e in events(DE_ADDRESS) for p in e.participants}
    assert any("Sarsenov" in n for n in names), names


# The meeting noun with "of" and "with"
EN_MEETING_OF = ('LIMA, 4 April (Andina) – Trade and mining were the focus of the meeting of Peruvian Foreign Minister '
                 'Ana Lopez with Kazakh Deputy Foreign Minister Roman Vassilenko in Lima on 4 April.\n')
EN_MEETING_OF_2 = ('QUITO, 12 June – Cooperation in education was discussed during the meeting of Belarusian Ambassador '
                   'Igor Petrov with Ecuadorian Vice Minister Maria Castro on 12 June.\n')
EN_MEETING_OF_BODY = ('ASTANA, 5 May (Kazinform) – The meeting of the Kazakh-Peruvian intergovernmental commission took place '
                      'with the participation of Deputy Minister Roman Vassilenko.\n')


def test_the_meeting_of_one_person_with_another_is_a_meeting() -> None:
    for text, pair in ((EN_MEETING_OF, {"Ana Lopez", "Roman Vassilenko"}), (EN_MEETING_OF_2, {"Igor Petrov", "Maria Castro"})):
        meetings = of_type(text, "meeting")
        assert len(meetings) == 1, text
        assert {p.name_en for p in meetings[0].participants} == pair


def test_the_meeting_of_a_body_with_the_participation_of_someone_names_no_partner() -> None:
    assert not [e for e in of_type(EN_MEETING_OF_BODY, "meeting") if len(e.participants) >= 2]


# A visit proposed or invited
EN_PROPOSED = ('ABUJA, 2 May – Belarusian Foreign Minister Maxim Ryzhenkov met Nigerian Foreign Minister Yusuf Tuggar in Abuja on 2 May.\n'
               'Ryzhenkov proposed organizing a visit of the Nigerian vice president to Minsk.\n')
EN_SUGGESTED = ('HANOI, 2 May – Kazakh Deputy Prime Minister Serik Zhumangarin met Vietnamese Trade Minister Nguyen Hong Dien in Hanoi.\n'
                'Zhumangarin suggested that a Vietnamese business delegation visit Astana in the autumn.\n')
DE_PROPOSED = ('ABUJA, 2. Mai – Der belarussische Außenminister Maxim Ryschenkow traf sich in Abuja mit dem nigerianischen Außenminister Yusuf Tuggar.\n'
               'Ryschenkow schlug vor, einen Besuch des nigerianischen Vizepräsidenten in Minsk zu organisieren.\n')
DE_INVITED = ('ABUJA, 2. Mai – Der belarussische Außenminister Maxim Ryschenkow traf sich in Abuja mit dem nigerianischen Außenminister Yusuf Tuggar.\n'
              'Tuggar lud den belarussischen Präsidenten Alexander Lukaschenko ein, Nigeria zu besuchen.\n')
RU_PROPOSED = ('АБУДЖА, 2 мая. Министр иностранных дел Беларуси Максим Рыженков встретился в Абудже с министром иностранных дел Нигерии Юсуфом Туггаром.\n'
               'Рыженков предложил организовать визит вице-президента Нигерии в Минск.\n')


def test_a_proposed_or_invited_visit_has_not_happened() -> None:
    for text in (EN_PROPOSED, EN_SUGGESTED, DE_PROPOSED, DE_INVITED, RU_PROPOSED):
        assert not of_type(text, "visit"), text
        assert len(of_type(text, "meeting")) == 1, text


EN_VISIT_DONE = ('MINSK, 2 May – Nigerian Vice President Kashim Shettima arrived in Minsk on an official visit on 2 May, '
                 'which Belarusian Foreign Minister Maxim Ryzhenkov had proposed in March.\n')


def test_a_visit_that_happens_stays_whatever_follows_it() -> None:
    assert len(of_type(EN_VISIT_DONE, "visit")) == 1


# The undersecretary's title
EN_UNDERSECRETARY = ('PUTRAJAYA, 11 May (Bernama) – Kazakh Ambassador Erlan Bekov met with the Undersecretary of the '
                     'Ministry of Foreign Affairs of Malaysia Kennedy Onon in Putrajaya on 11 May.\n')
EN_UNDER_SECRETARY = ('BANGKOK, 3 July – Belarusian Ambassador Pavel Lazovik held talks with Thai Under-Secretary '
                      'Somchai Preecha on farm machinery.\n')


def test_an_undersecretary_is_a_title_not_a_name() -> None:
    for text, name, country in ((EN_UNDERSECRETARY, "Kennedy Onon", "MYS"), (EN_UNDER_SECRETARY, "Somchai Preecha", "THA")):
        found = countries(text)
        assert found.get(name) == country, found


# A headline that sums up the body's encounter
EN_HEADLINE = ('Presidents of Ghana and Belarus met in narrow format\n'
               'ACCRA, 5 June – Belarusian President Alexander Lukashenko arrived in Accra on 5 June on a state visit to Ghana '
               'at the invitation of President John Mahama.\n'
               'The talks focused on farm machinery and mining.\n')
DE_HEADLINE = ('Präsidenten von Ghana und Belarus trafen sich im kleinen Kreis\n'
               'ACCRA, 5. Juni – Der belarussische Präsident Alexander Lukaschenko ist auf Einladung von Präsident John Mahama '
               'zu einem Staatsbesuch in Ghana eingetroffen.\n'
               'Die Gespräche drehten sich um Landmaschinen und Bergbau.\n')
RU_HEADLINE = ('Президенты Ганы и Беларуси встретились в узком формате\n'
               'АККРА, 5 июня. Президент Беларуси Александр Лукашенко прибыл в Аккру с государственным визитом по приглашению '
               'президента Ганы Джона Махамы.\n'
               'Затем состоялись переговоры в расширенном составе, посвященные сельхозтехнике и горной добыче.\n')


def test_a_meeting_told_only_in_the_headline_is_the_talks_of_the_body() -> None:
    for text in (EN_HEADLINE, DE_HEADLINE, RU_HEADLINE):
        assert len(of_type(text, "talks")) == 1, text
        assert not of_type(text, "meeting"), [(e.type, [p.name_en for p in e.participants]) for e in events(text)]
