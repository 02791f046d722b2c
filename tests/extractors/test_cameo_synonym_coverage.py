"""Synonym coverage per CAMEO class (the other verbs and nouns wire copy uses for one act, in
en/de/ru), and three mood and nominal rules: a noun naming an act as the subject of a passive
("A demand for ... was issued by X", "Norway's pledge ... was announced"), a passive aid subject
that is the thing given, and a demanded or refused act named by a noun right after the demand
(not done). Sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad.codes import plover_for_cameo
from dyad.extractors.cameo import code_sentence


def found(sentence: str, lang: str) -> set[tuple[str, str, str]]:
    return {(plover_for_cameo(e.cameo), (e.source or "")[:3], (e.target or "")[:3])
            for e in code_sentence(sentence, lang)}


CASES = [
    # en: ASSAULT
    ("en", "Syrian troops breached the armistice with Turkish forces near Idlib.", ("ASSAULT", "SYR", "TUR")),
    ("en", "A Russian missile hit a power station in Ukraine's Odesa region.", ("ASSAULT", "RUS", "UKR")),
    # en: COERCE
    ("en", "Egyptian soldiers took up positions inside Libyan territory near the border.", ("COERCE", "EGY", "LBY")),
    ("en", "Albania impounded two Greek fishing trawlers.", ("COERCE", "ALB", "GRC")),
    ("en", "The Turkish navy blocked a Cypriot survey vessel.", ("COERCE", "TUR", "CYP")),
    # en: MOBILIZE
    ("en", "Slovenia stepped up patrols on its frontier with Croatia.", ("MOBILIZE", "SVN", "HRV")),
    ("en", "Austria sent 200 police officers to its frontier with Hungary.", ("MOBILIZE", "AUT", "HUN")),
    ("en", "Norway placed its coast guard on alert after Russian flights.", ("MOBILIZE", "NOR", "")),
    # en: AGREE / COOPERATE / AID
    ("en", "Pakistan pledged to buy wheat from Kazakhstan.", ("AGREE", "PAK", "KAZ")),
    ("en", "Brazil and Argentina set up a joint company to build a gas pipeline.", ("COOPERATE", "BRA", "")),
    ("en", "Qatar transferred 50 million dollars to Lebanon for salaries.", ("AID", "QAT", "LBN")),
    ("en", "Greece dispatched rescue teams to Albania after the quake.", ("AID", "GRC", "ALB")),
    ("en", "Two Danish patrol vessels were transferred to the Estonian navy.", ("AID", "DNK", "EST")),
    # en: CONCEDE / REJECT / ACCUSE / PROTEST
    ("en", "Bahrain relaxed its moratorium on Indian workers.", ("CONCEDE", "BHR", "IND")),
    ("en", "Peru backtracked on its plan to expel Bolivian traders.", ("CONCEDE", "PER", "")),
    ("en", "Belgrade snubbed a Croatian invitation to talks.", ("REJECT", "SRB", "HRV")),
    ("en", "Chile dismissed Bolivia's request for sea access talks.", ("REJECT", "CHL", "BOL")),
    ("en", "Ukraine's prosecutors opened a criminal case against Belarusian border guards.", ("ACCUSE", "UKR", "BLR")),
    ("en", "Rioters hurled stones at the Danish embassy in Beirut.", ("PROTEST", "", "DNK")),
    # en: an act named by a noun, subject of a passive
    ("en", "Sweden's pledge of 100 million crowns for Ukraine was announced on Friday.", ("AGREE", "SWE", "UKR")),
    ("en", "A demand for the return of the ship was issued by Panama to Colombia.", ("REQUEST", "PAN", "COL")),
    ("en", "Georgia's rejection of an Armenian offer of talks was conveyed to Yerevan.", ("REJECT", "GEO", "ARM")),
    ("en", "The dispatch of British destroyers to the Red Sea was ordered by London.", ("MOBILIZE", "GBR", "")),
    ("en", "Talks between Serbian and Kosovar negotiators ended in Brussels on Monday.", ("CONSULT", "SRB", "XKX")),
    # de
    ("de", "Serbien brach die Waffenruhe mit dem Kosovo.", ("ASSAULT", "SRB", "XKX")),
    ("de", "Ungarn verstärkte die Grenzkontrollen an der Grenze zu Rumänien.", ("MOBILIZE", "HUN", "ROU")),
    ("de", "Estland versetzte seine Armee in erhöhte Gefechtsbereitschaft.", ("MOBILIZE", "EST", "")),
    ("de", "Italien entsandte ein Rettungsteam nach Albanien.", ("AID", "ITA", "ALB")),
    ("de", "Rumänien kam einer Forderung Moldaus nach.", ("CONCEDE", "ROU", "MDA")),
    ("de", "Kuba schlug das Gesprächsangebot der USA aus.", ("REJECT", "CUB", "USA")),
    ("de", "Serbien hat dem Vorschlag Kroatiens eine Absage erteilt.", ("REJECT", "SRB", "HRV")),
    ("de", "Die Ukraine begnadigte einen belarussischen Häftling.", ("RETREAT", "UKR", "BLR")),
    ("de", "Japan strich die Vergeltungszölle auf chinesischen Stahl.", ("RETREAT", "JPN", "CHN")),
    ("de", "Frankreich setzte die Kredite für Mali aus.", ("SANCTION", "FRA", "MLI")),
    ("de", "Die USA entsandten einen Zerstörer vor die Küste Venezuelas.", ("MOBILIZE", "USA", "VEN")),
    ("de", "Die Aufhebung der Visumpflicht für Polen wurde von Russland bekanntgegeben.", ("CONCEDE", "RUS", "POL")),
    ("de", "Südkorea hat die Ausfuhr von Chemikalien nach Japan eingeschränkt.", ("SANCTION", "KOR", "JPN")),
    # ru
    ("ru", "Армения нарушила режим прекращения огня с Азербайджаном.", ("ASSAULT", "ARM", "AZE")),
    ("ru", "Финляндия усилила охрану границы с Россией.", ("MOBILIZE", "FIN", "RUS")),
    ("ru", "Сербия направила спасателей в Турцию.", ("AID", "SRB", "TUR")),
    ("ru", "Киргизия заблокировала казахстанский конвой на границе.", ("COERCE", "KGZ", "KAZ")),
    ("ru", "Япония приостановила кредиты Камбодже.", ("SANCTION", "JPN", "KHM")),
    ("ru", "Китай ограничил экспорт галлия в США.", ("SANCTION", "CHN", "USA")),
    ("ru", "Казахстан помиловал гражданина Киргизии.", ("RETREAT", "KAZ", "KGZ")),
    ("ru", "Следователи Белоруссии возбудили уголовное дело против польских пограничников.", ("ACCUSE", "BLR", "POL")),
    ("ru", "Франция направила авианосец к берегам Ливии.", ("MOBILIZE", "FRA", "LBY")),
    ("ru", "Литва потребовала от Белоруссии освободить литовских граждан.", ("REQUEST", "LTU", "BLR")),
    # walking out of talks under a condition is a threat; export curbs slapped; licences revoked
    ("en", "Baghdad would walk out of the talks with Turkey unless Ankara halted the shelling.",
     ("THREATEN", "IRQ", "")),
    ("en", "China slapped curbs on Lithuanian timber.", ("SANCTION", "CHN", "LTU")),
    ("en", "Russia revoked the licences of two Polish broadcasters.", ("COERCE", "RUS", "POL")),
    ("de", "Kroatien rügte Serbien für die Äußerungen des Ministers.", ("ACCUSE", "HRV", "SRB")),
    ("ru", "Казахстан ввел пошлины на российский бензин.", ("SANCTION", "KAZ", "RUS")),
    ("ru", "Азербайджанские военные заняли позиции у армянского села.", ("COERCE", "AZE", "ARM")),
    # wire-copy verbs: deals inked, rebukes, borders sealed, people held
    ("en", "Vietnam and Australia inked a deal on rare earths.", ("SUPPORT", "VNM", "")),
    ("en", "China rapped the Philippines over the shoal.", ("ACCUSE", "CHN", "PHL")),
    ("en", "Pakistan sealed its border with Afghanistan.", ("SANCTION", "PAK", "")),
    ("de", "Die iranischen Behörden setzten einen deutschen Touristen fest.", ("COERCE", "IRN", "DEU")),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), CASES)
def test_synonym_class(lang: str, sentence: str, expected: tuple[str, str, str]) -> None:
    got = found(sentence, lang)
    plover, src, tgt = expected
    assert any(p == plover and (not src or s == src) and (not tgt or t == tgt) for p, s, t in got), got


# Each phrase here must not be read as the class beside it: a wide verb in its everyday sense,
# or an act that is demanded, not done.
NOT = [
    ("en", "The Bulgarian economy hit a record high, Sofia said.", "ASSAULT"),
    ("de", "Jordanien sieht sich durch die Flüchtlinge aus Syrien großem Druck ausgesetzt.", "SANCTION"),
    ("ru", "Молдавия потребовала вывода российских войск из Приднестровья.", "RETREAT"),
    ("ru", "Грузия потребовала освобождения задержанных в Абхазии граждан.", "RETREAT"),
    ("en", "Finland stepped up trade with Estonia last year.", "MOBILIZE"),
    ("ru", "Грузия призвала Запад занять твердую позицию в отношении России.", "COERCE"),
    ("en", "Iran said the talks with France would go on after a short pause.", "SANCTION"),
    ("de", "Die EU setzte Russland eine Frist fest.", "COERCE"),
]


@pytest.mark.parametrize(("lang", "sentence", "not_class"), NOT)
def test_not_this_class(lang: str, sentence: str, not_class: str) -> None:
    assert not any(p == not_class for p, _s, _t in found(sentence, lang))
