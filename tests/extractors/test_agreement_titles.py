"""Signed documents in real-page shapes: German compounds and verb-last perfects, Russian
titles after a place, the nominal "signing of", titles cut where the sentence moves on, a
document named twice, documents only referred to. Sentences written for the tests."""

from __future__ import annotations

import dyad


def titles(text: str) -> list[str]:
    return [a.title for a in dyad.extract(text, source="t.txt").agreements]


def test_german_compound_signed_in_the_perfect() -> None:
    got = titles("Nachbarn schließen Frieden\n\nDer Präsident Armeniens und der Präsident Aserbaidschans haben "
                 "am Freitag in Washington ein Friedensabkommen unterzeichnet, um den langen Streit beizulegen.")
    assert got == ["Friedensabkommen"], got


def test_russian_title_after_a_place_and_the_signing_noun_in_german() -> None:
    ru = titles("Лидеры подписали декларацию\n\nПрезиденты Казахстана и Узбекистана подписали в Ташкенте "
                "Декларацию о союзнических отношениях между двумя странами.")
    assert ru and ru[0].startswith("Декларация о союзнических отношениях"), ru
    de = titles("Höhepunkt des Besuchs\n\nHöhepunkt war die Unterzeichnung einer Deklaration, die die Beziehungen "
                "hebt. Am Montag folgte die Unterzeichnung einer Deklaration über strategische Partnerschaft "
                "zwischen Kasachstan und Usbekistan.")
    assert de == ["Deklaration über strategische Partnerschaft zwischen Kasachstan und Usbekistan"], de


def test_title_ends_where_the_sentence_says_where_and_when() -> None:
    got = titles("Presidents sign declaration\n\nThe presidents of Poland and Lithuania signed a joint declaration "
                 "in Vilnius on Monday, after which they spoke to reporters about energy security.")
    assert got == ["joint declaration"], got


def test_documents_only_referred_to_are_no_titles() -> None:
    got = titles("Ministers meet\n\nThe foreign ministers of Kenya and Uganda met in Kampala on Friday. "
                 "The agreements were signed at the State House in the presence of both presidents.")
    assert got == [], got


def test_documents_listed_in_the_sentence_after_the_signing() -> None:
    got = titles("Президенты провели переговоры\n\nВ ходе визита было подписано еще 12 документов. В их числе "
                 "«Дорожная карта» по развитию торговли на 2025-2026 годы, соглашение о сотрудничестве в сфере "
                 "туризма и спорта.")
    assert "Дорожная карта по развитию торговли на 2025-2026 годы" in got, got
    assert any(t.startswith("соглашение о сотрудничестве в сфере туризма") for t in got), got


def test_russian_title_before_the_active_verb() -> None:
    got = titles("Новый совет\n\nДоговор о создании Высшего совета подписали в Ташкенте президенты двух стран.")
    assert got == ["Договор о создании Высшего совета"], got


def test_title_ends_before_the_agency_credit_and_the_weekday() -> None:
    got = titles("Ministries sign roadmap\n\nThe ministries of industry of the two countries have signed a Roadmap on "
                 "industrial cooperation for 2026-2028, Wire reports via the government press office.")
    assert got == ["Roadmap on industrial cooperation for 2026-2028"], got
    got = titles("Treaty signed\n\nThe foreign ministers signed a Treaty on Good Neighbourliness on Monday and "
                 "then left for the airport.")
    assert got == ["Treaty on Good Neighbourliness"], got


def test_documents_listed_after_including_in_the_signing_sentence() -> None:
    got = titles("Governments meet\n\nSeveral bilateral documents were signed in Vilnius on Friday at the end of a "
                 "joint session of the two governments, including an intergovernmental agreement on technical, "
                 "financial and legal matters of the new bridge and a memorandum of understanding on energy security.")
    assert any(t.startswith("intergovernmental agreement on technical, financial and legal matters") for t in got), got
    assert any(t.startswith("memorandum of understanding on energy security") for t in got), got


def test_deals_counted_by_value_and_documents_referred_to_are_no_titles() -> None:
    assert titles("Visit\n\nDie beiden Länder unterzeichneten Absichtserklärungen im Wert von 20 Mrd. Dollar.") == []
    got = titles("Visit\n\nThe ministers welcomed the agreement signed by the prime ministers on Monday.")
    assert got == [], got


def test_title_ends_where_the_talks_go_on_to_their_next_act() -> None:
    en = titles("Ministers sign deal\n\nThe agriculture ministers of Georgia and Armenia signed an agreement on "
                "the joint use of a veterinary laboratory, and also agreed on the exchange of seed samples.")
    assert en == ["agreement on the joint use of a veterinary laboratory"], en
    de = titles("Minister unterzeichnen Abkommen\n\nDie Verkehrsminister Polens und Litauens unterzeichneten ein "
                "Abkommen über den Ausbau der Bahnstrecke, und vereinbarten zudem regelmäßige Konsultationen.")
    assert de == ["Abkommen über den Ausbau der Bahnstrecke"], de
    ru = titles("Министры подписали соглашение\n\nМинистры энергетики Армении и Грузии подписали соглашение о "
                "строительстве линии электропередачи, а также договорились о совместном мониторинге.")
    assert ru == ["соглашение о строительстве линии электропередачи"], ru


def test_a_document_signed_in_the_lead_is_kept_beside_a_list_of_exchanged_documents() -> None:
    got = titles("Leaders sign declaration\n\nThe presidents of Uzbekistan and Tajikistan signed the Treaty on "
                 "Allied Relations following talks in Dushanbe.\n"
                 "The delegations also exchanged the following documents:\n"
                 "- Agreement on cooperation in the field of water management;\n"
                 "- Memorandum of understanding between the ministries of health on medical training.")
    assert "Treaty on Allied Relations" in got, got
    assert len(got) == 3, got
