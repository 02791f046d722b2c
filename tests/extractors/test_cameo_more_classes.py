"""More verbs and phrases of CAMEO 1.1b3 classes, each class in en, de and ru: verbal defence
(052), recognition switched (054), apologies (055), files handed over (064), ceasefires that
hold (0871), release (0841), artefacts repatriated (0842), visa and duty waivers (081, 085),
yielding to demands (080/083), blame (112), proposals to talk turned down (125), hunger
strikes (142), boycotts (143), property set on fire (1712, by protesters a riot), force
posture (152-154), talks called off and treaties torn up (160/164), embargoes (163), seizure
of firms and ships (1711, 171), network break-ins (176), fire traded (190); the Russian
masculine past without "-l" read as a verb; rows whose alternative held a space, split
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from dyad.codes import plover_for_cameo
from dyad.extractors.cameo import code_sentence


def found(sentence: str, lang: str) -> set[tuple[str, str, str]]:
    return {(plover_for_cameo(e.cameo), (e.source or "")[:3], (e.target or "")[:3])
            for e in code_sentence(sentence, lang)}


CASES = [
    # SUPPORT 052/054/055
    ("en", "Moscow leapt to the defence of Minsk after the vote in Geneva.", ("SUPPORT", "RUS", "BLR")),
    ("en", "Turkey came to the defense of Azerbaijan in the row over the corridor.", ("SUPPORT", "TUR", "AZE")),
    ("de", "Österreich stellte sich hinter Kroatien im Streit um die Grenze.", ("SUPPORT", "AUT", "HRV")),
    ("ru", "Минск встал на защиту Москвы в споре о поставках.", ("SUPPORT", "BLR", "RUS")),
    ("en", "Nicaragua switched its recognition to Beijing.", ("SUPPORT", "NIC", "CHN")),
    ("de", "Belgien hat Ruanda um Verzeihung für die Kolonialzeit gebeten.", ("SUPPORT", "BEL", "RWA")),
    # COOPERATE 064
    ("en", "Greece handed files on the smuggling ring to Bulgaria.", ("COOPERATE", "GRC", "BGR")),
    ("de", "Polen übergab Litauen die Akten über den Schmugglerring.", ("COOPERATE", "POL", "LTU")),
    # RETREAT 0871/0841/0842/085
    ("de", "Armenien und Aserbaidschan ließen an der Grenze die Waffen schweigen.", ("RETREAT", "ARM", "AZE")),
    ("de", "Ein in Teheran festgehaltener schwedischer Forscher wurde von den iranischen Behörden auf freien Fuß "
           "gesetzt.", ("RETREAT", "IRN", "SWE")),
    ("en", "Belgium repatriated dozens of artefacts to Congo.", ("RETREAT", "BEL", "COG")),
    ("en", "India scrapped the duties it had placed on Chilean copper.", ("RETREAT", "IND", "CHL")),
    ("ru", "Индия возобновила закупки, отменив запрет на ввоз пшеницы из Казахстана.", ("RETREAT", "IND", "KAZ")),
    # CONCEDE 080/081/083
    ("en", "Laos caved in to pressure from Vietnam.", ("CONCEDE", "LAO", "VNM")),
    ("de", "Brasilien hebt die Visumpflicht für chilenische Reisende auf.", ("CONCEDE", "BRA", "CHL")),
    ("ru", "Монголия ввела безвизовый режим для граждан Японии.", ("CONCEDE", "MNG", "JPN")),
    ("ru", "Киргизия пошла навстречу Казахстану и открыла пункт пропуска.", ("CONCEDE", "KGZ", "KAZ")),
    # ACCUSE 112
    ("en", "Serbia held Croatia responsible for the clash at the crossing.", ("ACCUSE", "SRB", "HRV")),
    ("de", "Estland machte Russland für die Störung der Navigationssignale verantwortlich.", ("ACCUSE", "EST", "RUS")),
    ("ru", "Армения возложила на Азербайджан ответственность за обстрел.", ("ACCUSE", "ARM", "AZE")),
    # REJECT 125, with the masculine past "отверг" read as a verb
    ("en", "Cairo dismissed an offer of talks from Addis Ababa.", ("REJECT", "EGY", "ETH")),
    ("de", "Serbien schlug ein Angebot Kroatiens zu Gesprächen aus.", ("REJECT", "SRB", "HRV")),
    ("ru", "Баку отверг предложение Еревана о встрече на границе.", ("REJECT", "AZE", "ARM")),
    # PROTEST 142/143/145
    ("en", "Nepali workers at a Qatari camp began refusing food.", ("PROTEST", "NPL", "")),
    ("en", "Greek shop owners launched a boycott of Turkish goods.", ("PROTEST", "GRC", "TUR")),
    ("en", "Protesters in Bamako set fire to the gate of the French embassy.", ("PROTEST", "", "FRA")),
    # MOBILIZE 152/153/154
    ("en", "Greece put its navy on combat readiness as Turkish ships neared Crete.", ("MOBILIZE", "GRC", "")),
    ("en", "Chad beefed up police units on its border with Sudan.", ("MOBILIZE", "TCD", "")),
    ("ru", "Узбекистан стянул к границе с Афганистаном дополнительные подразделения.", ("MOBILIZE", "UZB", "AFG")),
    # SANCTION 160/1621/163/164
    ("en", "Hanoi called off talks with Phnom Penh on the canal.", ("SANCTION", "VNM", "KHM")),
    ("de", "Schweden hat die Entwicklungszusammenarbeit mit Mali auf Eis gelegt.", ("SANCTION", "SWE", "MLI")),
    ("de", "Indien setzte die Einfuhr von Linsen aus Kanada aus.", ("SANCTION", "IND", "CAN")),
    ("ru", "Мали расторгла соглашение о сотрудничестве с Францией.", ("SANCTION", "MLI", "FRA")),
    ("en", "Canada imposed an asset freeze on six Iranian officials.", ("SANCTION", "CAN", "IRN")),
    # COERCE 1711/176
    ("en", "Hungary nationalised the Russian-owned refinery in Szazhalombatta.", ("COERCE", "HUN", "RUS")),
    ("en", "North Korean hackers broke into the network of a Japanese bank.", ("COERCE", "PRK", "JPN")),
    ("ru", "Иранские хакеры взломали серверы израильской компании.", ("COERCE", "IRN", "ISR")),
    # rows whose alternative held a space ("похвалил|высоко оценил") needed the second word
    ("ru", "Франция похвалила Марокко за реформы.", ("SUPPORT", "FRA", "MAR")),
    ("de", "Litauen verklagte Belarus vor dem Internationalen Gerichtshof.", ("ACCUSE", "LTU", "BLR")),
    ("ru", "Германия подарила Молдавии 40 машин скорой помощи.", ("AID", "DEU", "MDA")),
    ("de", "Iran kaperte einen griechischen Tanker im Golf von Oman.", ("COERCE", "IRN", "GRC")),
    # ASSAULT 190
    ("en", "Kyrgyz and Tajik border guards traded fire near the disputed village.", ("ASSAULT", "KGZ", "TJK")),
]


@pytest.mark.parametrize(("lang", "sentence", "want"), CASES)
def test_class_verbs(lang: str, sentence: str, want: tuple[str, str, str]) -> None:
    got = found(sentence, lang)
    cat, src, tgt = want
    # an empty source or target in ``want`` is not checked (the class is what is tested)
    assert any(c == cat and (not src or src in {s, t}) and (not tgt or tgt in {s, t})
               for c, s, t in got), got


NOT_EVENTS = [
    # a call-off or take-over of nothing a state owns is no sanction or seizure
    ("en", "The company took over the marketing of Danish cheese in Poland."),
    # "kündigte an" announces; it terminates no treaty
    ("de", "Frankreich kündigte an, das Abkommen mit Algerien zu prüfen."),
    # "nahm Schutzsuchende auf" takes in refugees; it defends no one verbally (no 052)
    ("de", "Deutschland nahm Schutzsuchende aus Syrien auf."),
    # cutting import duties eases trade; it is no embargo
    ("en", "India cut import duties on Australian wine."),
    # "заступил на дежурство" takes up duty; "маршрут" is a route, not a march
    ("ru", "Российский корабль заступил на дежурство у берегов Сирии."),
]


def test_route_is_no_march() -> None:
    got = found("Китай и Белоруссия обсудили новые маршруты поставок.", "ru")
    assert not any(c == "PROTEST" for c, _s, _t in got), got


@pytest.mark.parametrize(("lang", "sentence"), NOT_EVENTS)
def test_not_these_classes(lang: str, sentence: str) -> None:
    cats = {c for c, _s, _t in found(sentence, lang)}
    assert not cats & {"SANCTION", "COERCE", "SUPPORT"}, cats
