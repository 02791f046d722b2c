"""Signing events: a signing that names no signer is the report's signing still, and one signing
told twice by the same people is one. Sentences written for the tests."""

from __future__ import annotations

import dyad


def signings(text: str) -> list[list[str]]:
    return [[p.name_en for p in e.participants] for e in dyad.extract(text, source="t.txt").events
            if e.type == "agreement_signing"]


def test_a_signing_with_no_signer_named_is_a_signing() -> None:
    assert signings("Tourism\n\nChile and Peru signed a memorandum of understanding on tourism in Lima on Monday.") == [[]]
    assert signings("Energie\n\nKenia und Uganda haben am Dienstag in Nairobi ein Abkommen über die Stromversorgung "
                    "unterzeichnet.") == [[]]
    assert signings("Энергетика\n\nАрмения и Грузия подписали в Ереване меморандум о сотрудничестве в области "
                    "энергетики.") == [[]]


def test_a_signing_told_twice_by_the_same_people_is_one() -> None:
    en = signings("Roadmaps\n\nKyrgyzstan and Tajikistan signed a number of documents, including a roadmap on trade. "
                  "The documents were signed in Bishkek in the presence of the two prime ministers, Adylbek "
                  "Kasymaliev and Kokhir Rasulzoda.")
    assert en == [["Adylbek Kasymaliev", "Kokhir Rasulzoda"]], en
    ru = signings("Дорожные карты\n\nКиргизия и Таджикистан подписали ряд двусторонних документов, в том числе "
                  "дорожную карту по развитию торговли. Документы были подписаны в Бишкеке в присутствии глав "
                  "правительств двух стран Адылбека Касымалиева и Кохира Расулзода.")
    assert len(ru) == 1, ru
