"""The weak PLOVER categories of the one-sentence coder (AID, AGREE, CONCEDE, COOPERATE, REJECT,
PROTEST): whole verb/noun families of a CAMEO code and the constructions around them, in
English, German and Russian (sentences written for these tests, countries varied)."""

from __future__ import annotations

import pytest

from dyad.extractors.cameo import CodedEvent, code_sentence


def coded(sentence: str, lang: str) -> set[tuple[str, str, str]]:
    """(PLOVER category, source country, target country) of each event."""
    events: list[CodedEvent] = code_sentence(sentence, lang)
    return {(e.plover, (e.source or "")[:3], (e.target or "")[:3]) for e in events}


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # AID 072: hardware given, whatever the verb of giving
        ("en", "Norway gave Ukraine two air defence systems.", ("AID", "NOR", "UKR")),
        ("en", "Canada delivered armoured vehicles to Ukraine, the defence ministry said.", ("AID", "CAN", "UKR")),
        ("en", "South Korea donated three patrol helicopters to the Philippines.", ("AID", "KOR", "PHL")),
        ("en", "Turkey handed over 20 combat drones to Azerbaijan.", ("AID", "TUR", "AZE")),
        # AID 073: relief goods
        ("en", "Japan sent tents and blankets to quake-hit Turkey.", ("AID", "JPN", "TUR")),
        ("en", "India airlifted medicines and water purifiers to Sri Lanka.", ("AID", "IND", "LKA")),
        ("en", "Qatar shipped generators to Lebanon after the storm.", ("AID", "QAT", "LBN")),
        # AID 071: money given or lent
        ("en", "The World Bank disbursed a $500 million loan to Kenya.", ("AID", "IGO", "KEN")),
        ("en", "China extended a $2 billion credit to Pakistan.", ("AID", "CHN", "PAK")),
        ("en", "Norway gave Malawi $40 million in budget support.", ("AID", "NOR", "MWI")),
        # AID 075
        ("en", "Brazil gave asylum to a Venezuelan opposition leader.", ("AID", "BRA", "VEN")),
        # German and Russian families
        ("de", "Österreich schickte Zelte und Decken in das libysche Flutgebiet.", ("AID", "AUT", "LBY")),
        ("de", "Die Schweiz stellt Pakistan 5 Millionen Franken bereit.", ("AID", "CHE", "PAK")),
        ("de", "Frankreich gewährte Tunesien ein Darlehen über 200 Millionen Euro.", ("AID", "FRA", "TUN")),
        ("de", "Dänemark übergab der Ukraine weitere Haubitzen.", ("AID", "DNK", "UKR")),
        ("ru", "Китай передал Сербии партию беспилотников.", ("AID", "CHN", "SRB")),
        ("ru", "Белоруссия передала Никарагуа партию бронеавтомобилей.", ("AID", "BLR", "NIC")),
        ("ru", "Казахстан отправил в Афганистан палатки и одеяла.", ("AID", "KAZ", "AFG")),
        ("ru", "Япония предоставила Монголии кредит на 300 млн долларов.", ("AID", "JPN", "MNG")),
    ],
)
def test_aid_families(lang: str, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "Algeria denied a Moroccan request to reopen the land border.", ("REJECT", "DZA", "MAR")),
        ("en", "Hungary denied Ukraine's demand for a new language law.", ("REJECT", "HUN", "UKR")),
        ("en", "Venezuela shrugged off Colombia's offer of talks.", ("REJECT", "VEN", "COL")),
        ("en", "A court in Madrid blocked the extradition of a Russian hacker to the United States.",
         ("REJECT", "ESP", "RUS")),
        ("de", "Polen verwarf den Vorschlag Deutschlands.", ("REJECT", "POL", "DEU")),
        ("de", "Ungarn verwarf die Forderung Rumäniens nach neuen Gesprächen.", ("REJECT", "HUN", "ROU")),
        ("de", "Japan schloss eine Entschuldigung bei Südkorea aus.", ("REJECT", "JPN", "KOR")),
    ],
)
def test_reject_families(lang: str, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(sentence, lang)


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # visas eased again (081)
        ("en", "Latvia restored visas on arrival for Indian citizens.", ("CONCEDE", "LVA", "IND")),
        ("en", "Russia resumed e-visas for Japanese tourists.", ("CONCEDE", "RUS", "JPN")),
        ("ru", "Казахстан упростил визовый режим для граждан Индии.", ("CONCEDE", "KAZ", "IND")),
        ("ru", "Туркмения упростила выдачу виз гражданам Турции.", ("CONCEDE", "TKM", "TUR")),
        # an act done under another state's pressure yields to it (080)
        ("en", "Georgia's parliament shelved a contested bill after sustained pressure from Washington.",
         ("CONCEDE", "GEO", "USA")),
        ("en", "Under pressure from Beijing, Nepal cancelled a meeting with Tibetan leaders.",
         ("CONCEDE", "NPL", "CHN")),
        ("en", "Amid pressure from the European Union, Serbia postponed the vote on the media law.",
         ("CONCEDE", "SRB", "IGO")),
        ("de", "Unter dem Druck Chinas hat die Mongolei auf einen geplanten Besuch verzichtet.",
         ("CONCEDE", "MNG", "CHN")),
        ("de", "Auf Druck der USA hat Bosnien-Herzegowina das Wahlgesetz zurückgezogen.", ("CONCEDE", "BIH", "USA")),
    ],
)
def test_concede_families(lang: str, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(sentence, lang)


def test_pressure_from_no_state_is_no_concession() -> None:
    """Pressure from people of no named state, or the state's own, is no yielding to another."""
    assert not any(p == "CONCEDE" for p, _s, _t in coded("Jordan recalled its ambassador after pressure from protesters.",
                                                          "en"))


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("en", "The armies of Botswana and Namibia trained together along the border.", ("COOPERATE", "BWA", "NAM")),
        ("en", "Swiss prosecutors turned over bank records to Brazil.", ("COOPERATE", "CHE", "BRA")),
        ("en", "A tip-off from Jordan's intelligence service enabled German police to arrest three men.",
         ("COOPERATE", "JOR", "DEU")),
        ("en", "Information from Moroccan intelligence led Spanish police to a drug cache.", ("COOPERATE", "MAR", "ESP")),
        ("de", "Die deutsche Polizei tauschte mit den französischen Behörden Daten über Schleuser aus.",
         ("COOPERATE", "DEU", "FRA")),
        ("de", "Die österreichische Polizei hat Hinweise auf einen Anschlag an die Schweiz weitergegeben.",
         ("COOPERATE", "AUT", "CHE")),
        ("de", "Polnische und litauische Soldaten übten gemeinsam an der Grenze.", ("COOPERATE", "POL", "LTU")),
        ("ru", "Корабли России и Китая завершили совместное патрулирование в Тихом океане.",
         ("COOPERATE", "RUS", "CHN")),
    ],
)
def test_cooperate_families(lang: str, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(sentence, lang)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the promised act names the other state outright
        ("Chile agreed to reopen talks with Bolivia on access to the sea.", ("AGREE", "CHL", "BOL")),
        ("Vietnam pledged to buy 50 more passenger jets from the United States.", ("AGREE", "VNM", "USA")),
        ("Kazakhstan's energy ministry committed to supplying Germany with oil.", ("AGREE", "KAZ", "DEU")),
        ("Indonesia offered to host a summit with Australia next year.", ("AGREE", "IDN", "AUS")),
    ],
)
def test_promised_act_names_the_partner(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(sentence, "en")


def test_owner_of_a_thing_is_not_the_partner() -> None:
    """"pledged to convey Iran's protest": Iran owns the protest, the promise is not to Iran."""
    assert not any(t == "IRN" for _p, _s, t in coded("Turkey pledged to convey Iran's protest to the council.", "en"))


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # a protest at another state's site is a demonstration against it, not a complaint
        ("en", "Hundreds of Armenians protested outside the Russian embassy in Yerevan.", ("PROTEST", "ARM", "RUS")),
        ("en", "Veterans rallied outside the British embassy in Buenos Aires.", ("PROTEST", "ARG", "GBR")),
        ("en", "Students protested near the French consulate in Dakar.", ("PROTEST", "SEN", "FRA")),
        ("de", "Vor der ungarischen Botschaft in Bukarest protestierten Hunderte Rumänen.", ("PROTEST", "ROU", "HUN")),
        ("de", "Vor der russischen Botschaft in Riga demonstrierten am Samstag Tausende.", ("PROTEST", "LVA", "RUS")),
        ("ru", "Жители Бишкека провели митинг у посольства Китая.", ("PROTEST", "KGZ", "CHN")),
        ("ru", "Около посольства США в Белграде прошла акция протеста сербских студентов.", ("PROTEST", "SRB", "USA")),
    ],
)
def test_protest_at_a_site(lang: str, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(sentence, lang)


def test_state_protest_is_still_a_complaint() -> None:
    """A ministry that protests to another state (no site) lodges an official complaint."""
    assert ("ACCUSE", "POL", "BLR") in coded("The Polish foreign ministry protested to Belarus over the detention.", "en")


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        # traders clearing another state's goods from their shelves boycott it (143)
        ("en", "Kuwaiti supermarkets removed Danish products from their shelves.", ("PROTEST", "KWT", "DNK")),
        ("en", "Shoppers across Egypt are shunning French brands in protest at the cartoons.", ("PROTEST", "EGY", "FRA")),
        ("de", "Kasachische Supermärkte entfernten russische Waren aus den Regalen.", ("PROTEST", "KAZ", "RUS")),
        ("ru", "Магазины Грузии убрали с полок российские товары.", ("PROTEST", "GEO", "RUS")),
        # a demand or an offer turned back is a rejection, even when it names diplomats
        ("de", "Serbien wies den Vorschlag Kroatiens zurück.", ("REJECT", "SRB", "HRV")),
        ("de", "Iran wies die Forderung Schwedens nach Freilassung eines inhaftierten Diplomaten zurück.",
         ("REJECT", "IRN", "SWE")),
        # energy shipped to another state is economic cooperation (061)
        ("en", "Kazakhstan began shipping crude to German refineries.", ("COOPERATE", "KAZ", "DEU")),
        ("en", "Azerbaijan started pumping gas to Syria via Turkey.", ("COOPERATE", "AZE", "SYR")),
        ("en", "Ukraine exported electricity to Moldova for the first time.", ("COOPERATE", "UKR", "MDA")),
    ],
)
def test_boycott_rejection_and_energy_rows(lang: str, sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in coded(sentence, lang)
