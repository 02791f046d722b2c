"""Conflict acts and sanctions in the shapes unseen news tells them (CAMEO 1.1b3 114, 16x, 18x,
19x): a weapon as the subject of the verb that strikes, bombs dropped, embassies evacuated,
staff pulled out, an act noun that took effect or was completed, a passive summons whose host
is where the envoy is posted; German separable verbs read as one word ("stellte ... ein") and
compound nouns read by their last part ("Raketenangriff"); an order to the state's own police or
troops as its own act; unnamed attackers of foreigners coded to the place; Russian event nouns
that end like verbs told apart from the verbs built on them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from dyad.codes import plover_for_cameo
from dyad.extractors.cameo import code_sentence
from dyad.extractors.cameo.lexicon import lexicon
from dyad.extractors.cameo.verbs import written_stems
from dyad.extractors.cameo.window import WORD, _separable_forms


def found(sentence: str, lang: str) -> set[tuple[str, str, str]]:
    return {(plover_for_cameo(e.cameo), (e.source or "")[:3], (e.target or "")[:3])
            for e in code_sentence(sentence, lang)}


CASES = [
    # a weapon as the subject: its owner or launch site acts
    ("en", "Iranian drones struck a fuel depot in northern Iraq overnight.", ("ASSAULT", "IRN", "IRQ")),
    ("en", "Two rockets fired from Syria slammed into a village in Israel.", ("ASSAULT", "SYR", "ISR")),
    ("en", "Azerbaijani artillery pounded Armenian positions near Jermuk.", ("ASSAULT", "AZE", "ARM")),
    # bombs dropped, in three languages
    ("en", "Sudanese warplanes dropped bombs on a market in South Sudan.", ("ASSAULT", "SDN", "SSD")),
    ("de", "Türkische Kampfflugzeuge warfen Bomben auf Dörfer im Irak ab.", ("ASSAULT", "TUR", "IRQ")),
    ("ru", "Сирийские самолеты сбросили бомбы на турецкий блокпост.", ("ASSAULT", "SYR", "TUR")),
    # hostages and abductions
    ("en", "Militants seized two Korean hostages in Afghanistan.", ("ASSAULT", "", "KOR")),
    ("de", "Rebellen verschleppten drei chinesische Ingenieure im Kongo.", ("ASSAULT", "", "CHN")),
    # embassies evacuated, staff pulled out, trade halted
    ("en", "Britain evacuated its embassy in Kabul.", ("SANCTION", "GBR", "AFG")),
    ("en", "Paris ordered its embassy in Niamey closed.", ("SANCTION", "FRA", "NER")),
    ("en", "Sweden pulled its diplomats out of Iran.", ("SANCTION", "SWE", "")),
    ("en", "Pakistan halted trade with India.", ("SANCTION", "PAK", "IND")),
    ("de", "Italien evakuierte seine Botschaft in Libyen.", ("SANCTION", "ITA", "LBY")),
    ("ru", "Германия эвакуировала сотрудников посольства в Судане.", ("SANCTION", "DEU", "SDN")),
    # German separable verbs, read as one word wherever the particle stands
    ("de", "Norwegen stellte die Budgethilfe für Malawi ein.", ("SANCTION", "NOR", "MWI")),
    ("de", "Dänemark hat die Militärhilfe für Mali eingestellt.", ("SANCTION", "DNK", "MLI")),
    ("de", "Estland zog seinen Botschafter aus Minsk ab.", ("SANCTION", "EST", "BLR")),
    # German compounds read by their last part
    ("de", "Der ukrainische Drohnenangriff auf Moskau.", ("ASSAULT", "UKR", "RUS")),
    ("de", "Peking drohte Taiwan mit Wirtschaftssanktionen.", ("THREATEN", "CHN", "TWN")),
    # act nouns that took effect or were completed
    ("en", "Canada's ban on imports of Russian steel took effect on Friday.", ("SANCTION", "CAN", "RUS")),
    ("en", "The withdrawal of Turkish troops from northern Iraq was finished on Sunday.", ("RETREAT", "TUR", "IRQ")),
    # a passive summons: the envoy's posting names the host
    ("en", "The Chinese ambassador in Vilnius was summoned on Tuesday.", ("ACCUSE", "LTU", "CHN")),
    ("de", "Der iranische Botschafter in Schweden wurde einbestellt.", ("ACCUSE", "SWE", "IRN")),
    ("ru", "Посол Ирана в Азербайджане был вызван в министерство иностранных дел.", ("ACCUSE", "AZE", "IRN")),
    # unnamed attackers of another country's people: coded to the country where it happened
    ("en", "Three Turkish workers were abducted by armed men in southern Libya.", ("ASSAULT", "LBY", "TUR")),
    ("ru", "В Мали боевики похитили четырех граждан Индии.", ("ASSAULT", "MLI", "IND")),
    # the one ordered is the state's own arm: the order is the state's act, not an appeal
    ("en", "Mali ordered police to expel the French ambassador.", ("SANCTION", "MLI", "FRA")),
    ("en", "Ankara ordered troops to open fire on Syrian positions.", ("ASSAULT", "TUR", "SYR")),
    # a Russian verb built on an event noun that ends like a verb is a verb
    ("ru", "Израильские военные обстреляли ливанскую деревню.", ("ASSAULT", "ISR", "LBN")),
]


@pytest.mark.parametrize(("lang", "sentence", "want"), CASES)
def test_conflict_shapes(lang: str, sentence: str, want: tuple[str, str, str]) -> None:
    got = found(sentence, lang)
    plover, src, tgt = want
    assert any(p == plover and (not src or s == src) and (not tgt or t == tgt) for p, s, t in got), got


NOT_EVENTS = [
    # a weapon word that is not the subject of a strike; a jet that lands attacks no one
    ("en", "A Russian passenger jet landed in Minsk on Monday.", "ASSAULT"),
    ("en", "Egypt's economy was hit by the drop in tourism.", "ASSAULT"),
    # a separable particle that belongs to no event verb; a noun merely containing a stem
    ("de", "Die Regierung stellte zwei neue Minister ein.", "SANCTION"),
    ("de", "Die Entwicklungszusammenarbeit mit Jordanien läuft seit Jahren.", "SANCTION"),
    # lives a strike claimed are no demand
    ("de", "Der Anschlag in Kabul forderte zwölf Todesopfer.", "REQUEST"),
    # unnamed attackers of people of no named country: the place is not the attacker
    ("en", "Gunmen shot dead four soldiers in northern Burkina Faso.", "ASSAULT-BFA-"),
    # asking another state to act is an appeal to it, not its act
    ("en", "Washington asked Turkey to expel the Iranian diplomats.", "SANCTION"),
    # an envoy summoned in his own country names no host
    ("en", "The French ambassador in France was summoned.", "ACCUSE-FRA-FRA"),
]


@pytest.mark.parametrize(("lang", "sentence", "unwanted"), NOT_EVENTS)
def test_not_these_events(lang: str, sentence: str, unwanted: str) -> None:
    got = found(sentence, lang)
    if "-" in unwanted:
        plover, src, tgt = unwanted.split("-")
        assert (plover, src, tgt) not in got, got
    else:
        assert all(p != unwanted for p, _s, _t in got), got


def _joined(sentence: str) -> dict[str, list[str]]:
    words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(sentence)]
    lx = lexicon("de")
    forms = _separable_forms(words, [lx.norm(w) for *_x, w in words], sentence, lx)
    return {words[i][2]: f for i, f in forms.items()}


def test_separable_forms_join_particle_ge_and_zu() -> None:
    assert "einstellte" in _joined("Finnland stellte die Zahlungen ein.")["stellte"]
    assert "einstellt" in _joined("Finnland hat die Zahlungen eingestellt.")["eingestellt"]
    assert "einstellen" in _joined("Finnland droht, die Zahlungen einzustellen.")["einzustellen"]
    # a particle that does not end the clause joins nothing ("ein" as an article): only the
    # clause-final one does ("vor")
    assert _joined("Finnland stellte ein neues Programm vor.")["stellte"] == ["vorstellte"]


def test_written_stems_find_compounds_and_split_verbs() -> None:
    import re

    rx = re.compile(written_stems((("sanktion", False), ("einstell", False)), "de"), re.I)
    assert rx.search("mit Handelssanktionen")
    assert rx.search("stellte die Hilfe ein") and rx.search("hat die Hilfe eingestellt")
    # English stems stay at a word's start
    en = re.compile(written_stems((("sanction", False),), "en"), re.I)
    assert en.search("new sanctions") and not en.search("nonsanctioned")
