"""Signed documents in the shapes agency copy uses: two documents in one breath, compound
titles, "concluded", "namely", a joint statement adopted, a plan's period ending its title,
German verb-last titles, and what names no document (a package counted by value, plural
documents followed only by their signers). Sentences written for the tests."""

from __future__ import annotations

import dyad


def titles(text: str) -> list[str]:
    return [a.title for a in dyad.extract(text, source="t.txt").agreements]


def test_two_documents_signed_in_one_breath() -> None:
    en = titles("Ministers sign documents\n\nThe interior ministers of Chile and Peru signed a memorandum on police "
                "training and an agreement on the return of stolen vehicles.")
    assert en == ["memorandum on police training", "agreement on the return of stolen vehicles"], en
    ru = titles("Подписаны документы\n\nГлавы ведомств подписали меморандум о сотрудничестве в сфере связи и "
                "программу обменов студентами на 2026-2027 годы.")
    assert ru == ["меморандум о сотрудничестве в сфере связи", "Программа обменов студентами на 2026-2027 годы"], ru


def test_a_compound_title_before_the_head() -> None:
    got = titles("Coast guards\n\nThe navy chiefs of Chile and Peru signed a coastal pollution response plan and a "
                 "fisheries inspection agreement in Lima.")
    assert got == ["coastal pollution response plan", "fisheries inspection agreement"], got
    # "search and rescue" stays one title; the sentence going on after the head is not the title
    got = titles("Rescue at sea\n\nThe ministers signed an air search and rescue agreement in Lima on Monday. "
                 "The signing of the air search and rescue agreement shows how close the navies have become.")
    assert got == ["air search and rescue agreement"], got


def test_numbers_and_quantities_do_not_open_a_compound_title() -> None:
    got = titles("Deals\n\nThe two governments signed three cooperation agreements and a number of contracts.")
    assert not any(t.lower().startswith(("three", "number")) for t in got), got


def test_a_document_concluded_is_signed() -> None:
    en = titles("Dam project\n\nThe two countries also concluded an agreement on the joint use of the border river.")
    assert en == ["agreement on the joint use of the border river"], en
    de = titles("Staudamm\n\nAußerdem schlossen beide Regierungen ein Abkommen über die Nutzung des Grenzflusses.")
    assert de == ["Abkommen über die Nutzung des Grenzflusses"], de
    ru = titles("Плотина\n\nСтороны также заключили соглашение о совместном использовании пограничной реки.")
    assert ru == ["соглашение о совместном использовании пограничной реки"], ru


def test_a_joint_statement_adopted_but_not_a_plan_adopted() -> None:
    got = titles("Summit\n\nAfter the talks the two presidents adopted a joint statement on deepening their "
                 "strategic partnership.")
    assert got == ["joint statement on deepening their strategic partnership"], got
    got = titles("Budget\n\nThe cabinet adopted a plan on cutting public spending in the coming years.")
    assert got == [], got


def test_documents_listed_after_namely() -> None:
    got = titles("Delegation visit\n\nFour documents were signed during the visit, namely a memorandum on "
                 "cooperation in forestry and a protocol on veterinary checks of poultry exports.")
    assert got == ["memorandum on cooperation in forestry", "protocol on veterinary checks of poultry exports"], got


def test_a_plans_title_ends_with_its_period() -> None:
    en = titles("Trade plan\n\nThe trade ministers signed a roadmap for 2025-2027 to double the exchange of goods.")
    assert en == ["roadmap for 2025-2027"], en
    de = titles("Handel\n\nDie Minister unterzeichneten einen Fahrplan für 2025-2027, um den Warenaustausch zu "
                "verdoppeln.")
    assert de == ["Fahrplan für 2025-2027"], de


def test_german_title_runs_to_the_participle_without_an_auxiliary_between() -> None:
    got = titles("Raumfahrt\n\nIn Astana wurde ein Abkommen über die Zusammenarbeit bei der Erkundung des "
                 "Weltraums unterzeichnet.")
    assert got == ["Abkommen über die Zusammenarbeit bei der Erkundung des Weltraums"], got
    got = titles("Raumfahrt\n\nEin Abkommen über Satellitendaten wurde am Montag in Astana unterzeichnet.")
    assert got == ["Abkommen über Satellitendaten"], got


def test_a_package_counted_by_value_names_no_part() -> None:
    got = titles("Milliarden\n\nBeim Besuch in Riad unterzeichneten die Länder Absichtserklärungen und "
                 "Liefervereinbarungen im Wert von 20 Mrd. Dollar.")
    assert got == [], got


def test_plural_documents_followed_only_by_signers_are_no_title() -> None:
    got = titles("Visit\n\nSeveral documents were signed, namely a joint declaration on a new investment fund, as "
                 "well as memorandums of understanding among the ministry of energy and private companies.")
    assert got == ["joint declaration on a new investment fund"], got
    ru = titles("Визит\n\nПодписаны соглашения между министерством энергетики и частными компаниями двух стран.")
    assert ru == [], ru


def test_documents_not_signed_now_are_no_agreements() -> None:
    got = titles("Trade talks\n\nThe ministers said the free trade agreement, in force since 2017, had doubled "
                 "exports, and discussed an investment treaty that is expected to be signed next year.")
    assert got == [], got
    got = titles("Gespräche\n\nBeide Seiten wollen im kommenden Jahr ein Abkommen über Investitionsschutz "
                 "unterzeichnen, sagte der Minister.")
    assert got == [], got


def event_types(text: str) -> list[str]:
    return [e.type for e in dyad.extract(text, source="t.txt").events]


def test_a_title_word_does_not_make_the_signing_old_news() -> None:
    # "implementation of" speaks of later acts elsewhere; inside a title it says nothing of when
    got = event_types("Grant deal\n\nSwedish Foreign Minister Anna Berg and Finnish Foreign Minister Juha Virtanen "
                      "met in Stockholm on Monday. Following the talks, Anna Berg and Juha Virtanen signed an "
                      "agreement on the implementation of a joint border monitoring programme.")
    assert "agreement_signing" in got, got


def test_an_agreement_concluded_is_a_signing_event() -> None:
    got = event_types("Border river\n\nSwedish President Lars Holm and Finnish President Mikko Salo met in "
                      "Helsinki on Friday. Holm and Salo also concluded an agreement on the joint use of the "
                      "border river.")
    assert "agreement_signing" in got, got


def test_a_german_singular_agreement_between_two_states_keeps_its_title() -> None:
    got = titles("Verkehr\n\nDie Minister unterzeichneten ein Abkommen zwischen der Republik Chile und der Republik "
                 "Peru über den Güterverkehr auf der Straße.")
    assert got == ["Abkommen zwischen der Republik Chile und der Republik Peru über den Güterverkehr auf der Straße"], got


def test_documents_after_an_inverted_signing() -> None:
    got = titles("Deals\n\nAlso signed were an agreement on the mutual recognition of diplomas and a memorandum on "
                 "cooperation in archives.")
    assert got == ["agreement on the mutual recognition of diplomas", "memorandum on cooperation in archives"], got


def test_a_lower_case_adjective_opens_a_title_before_the_passive_verb() -> None:
    en = titles("Geology\n\nAn intergovernmental agreement on joint geological surveys was signed in Astana.")
    assert en == ["intergovernmental agreement on joint geological surveys"], en
    ru = titles("Геология\n\nМежправительственное соглашение о совместной геологической разведке подписано в Астане.")
    assert ru == ["Межправительственное соглашение о совместной геологической разведке"], ru


def test_the_documents_of_an_earlier_signing_listed_by_include() -> None:
    en = titles("Pacts\n\nThe two governments signed a set of deals on Monday. The guest then visited a port and "
                "met students.\n\nThe nine pacts include agreements on opening a joint customs post and training "
                "customs officers in risk analysis.")
    assert en == ["agreements on opening a joint customs post", "agreements on training customs officers in risk analysis"], en
    de = titles("Besuch\n\nDie Regierungen unterzeichneten mehrere Dokumente. Zu den unterzeichneten Dokumenten gehört "
                "auch ein Fahrplan für den Ausbau der Eisenbahnverbindungen.")
    assert de == ["Fahrplan für den Ausbau der Eisenbahnverbindungen"], de
    ru = titles("Визит\n\nПравительства подписали ряд документов. В числе подписанных документов — соглашение о "
                "строительстве нового пограничного перехода.")
    assert ru == ["соглашение о строительстве нового пограничного перехода"], ru
    # with no signing told before, documents that "include" something are no agreements signed
    none = titles("Plans\n\nThe draft agreements include provisions on visa-free travel for students.")
    assert none == [], none
