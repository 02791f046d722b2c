"""Documents signed under other verbs than "sign": sealed, exchanged at a ceremony, initialled
(besiegelt, paraphiert; парафировали, скрепили подписями), and a title that ends where the
signers go on to their next act. Sentences written for the tests."""

from __future__ import annotations

import dyad


def record(text: str) -> dyad.Record:
    return dyad.extract(text, source="t.txt")


def titles(text: str) -> list[str]:
    return [a.title for a in record(text).agreements]


def signings(text: str) -> list[str]:
    return [e.type for e in record(text).events if e.type == "agreement_signing"]


def test_documents_exchanged_after_talks_are_signed() -> None:
    text = ("Ties deepen\n\nDODOMA, 5 May 2025 - Tanzanian President Samia Suluhu Hassan and Kazakh President "
            "Kassym-Jomart Tokayev held talks in Dodoma on Monday.\n\nAfter the talks, the sides exchanged an "
            "agreement on visa-free travel and a memorandum of understanding on geological exploration.")
    assert titles(text) == ["agreement on visa-free travel", "memorandum of understanding on geological exploration"]
    assert signings(text) == ["agreement_signing"]


def test_exchanging_views_is_no_signing() -> None:
    text = ("Talks in Lima\n\nLIMA, 5 May 2025 - Peruvian Foreign Minister Elmer Schialer and Belarusian Foreign "
            "Minister Maxim Ryzhenkov exchanged views on trade and regional security.")
    assert titles(text) == []
    assert signings(text) == []


def test_a_pact_sealed_is_a_document_signed() -> None:
    text = ("Grain deal\n\nACCRA, 2 Oct 2024 - Ghanaian Trade Minister Kwame Asante and Kazakh Deputy Prime "
            "Minister Serik Zhumangarin on Tuesday sealed a pact on fertiliser supplies, officials said.")
    assert titles(text) == ["pact on fertiliser supplies"]
    assert signings(text) == ["agreement_signing"]


def test_a_border_sealed_is_no_document() -> None:
    text = ("Border\n\nThe army sealed the border with its neighbour after the clashes, officials said.")
    assert titles(text) == []
    assert signings(text) == []


def test_german_sealed_and_initialled_documents() -> None:
    text = ("Energie\n\nWINDHUK, 7. November 2024 (dpa) - Der namibische Außenminister Peya Mushelenga "
            "und sein kasachischer Amtskollege Murat Nurtleu besiegelten am Donnerstag ein Abkommen über die "
            "Lieferung von Wasserstoff.")
    assert titles(text) == ["Abkommen über die Lieferung von Wasserstoff"]
    assert signings(text) == ["agreement_signing"]


def test_german_title_ends_at_the_next_act_in_the_past_plural() -> None:
    got = titles("Verkehr\n\nDie Minister unterzeichneten ein Abkommen über den Luftverkehr und kündigten "
                 "neue Flugverbindungen an.")
    assert got == ["Abkommen über den Luftverkehr"], got
    kept = titles("Verkehr\n\nDie Minister unterzeichneten ein Abkommen über Häfen und bewährten Verfahren der "
                  "Zollabfertigung.")
    assert kept == ["Abkommen über Häfen und bewährten Verfahren der Zollabfertigung"], kept


def test_russian_documents_sealed_with_signatures_and_a_title_ending_at_the_next_act() -> None:
    text = ("Визы\n\nЛУАНДА, 3 октября 2024 года. Министр иностранных дел Анголы Тете Антониу и министр "
            "иностранных дел Беларуси Максим Рыженков провели переговоры. Стороны скрепили подписями соглашение о взаимной отмене виз и наметили план совместных действий.")
    assert titles(text) == ["соглашение о взаимной отмене виз"]
    assert signings(text) == ["agreement_signing"]
    ran_on = titles("Связь\n\nСтороны подписали меморандум о сотрудничестве в области связи и обсудили "
                    "поставки оборудования.")
    assert ran_on == ["меморандум о сотрудничестве в области связи"], ran_on


def test_documents_exchanged_at_a_ceremony_and_listed_with_semicolons() -> None:
    text = ("Visit\n\nHANOI, 6 May 2025 - President Luong Cuong and President Kassym-Jomart Tokayev held talks and "
            "witnessed the exchanges of bilateral cooperation documents.\n\nThe cooperation documents include a "
            "memorandum of understanding on cooperation between the two science ministries; another on tourism; "
            "and a programme of cooperation between the justice ministries for 2025-2027.")
    got = titles(text)
    assert "memorandum of understanding on cooperation between the two science ministries" in got, got
    assert "programme of cooperation between the justice ministries for 2025-2027" in got, got
