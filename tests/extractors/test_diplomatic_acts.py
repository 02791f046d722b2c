"""Diplomatic acts of conflict reports told with a second verb, a noun or a passive: summonses
("called into the ministry", "ins Aussenministerium zitiert", "vyzvana v MID"), expulsions
("ordered the expulsion", "sent the envoy home", "zur Ausreise aufgefordert"), recalls "for
consultations", and who acts on whom when the sentence names only one side. Sentences written
for the tests; each rule with a case it must not fire on."""

from __future__ import annotations

import dyad
from dyad.extractors.cameo import code_sentence
from dyad.extractors.events import one_summons
from dyad.model import Event


def codes(sentence: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source, e.target) for e in code_sentence(sentence, lang)]


def sides(sentence: str, lang: str) -> list[tuple[str, str, str]]:
    """(code, acting country, country acted on): "---" where the sentence names none."""
    return [(c, (s or "---")[:3], (t or "---")[:3]) for c, s, t in codes(sentence, lang)]


def roots(sentence: str, lang: str) -> list[str]:
    return [c[0] for c in codes(sentence, lang)]


# ---------------------------------------------------------------- summonses


def test_an_envoy_called_into_the_ministry_is_summoned() -> None:
    got = sides("The Uzbek ambassador Rustam Karimov was called into the Foreign Ministry of Kazakhstan "
                "on Friday.", "en")
    assert ("114", "KAZ", "UZB") in got
    # a minister who calls a colleague is no summons
    assert "114" not in roots("The Kazakh foreign minister called his Uzbek colleague on Friday.", "en")


def test_a_note_verbale_and_a_note_handed_over_are_protests() -> None:
    assert "114" in roots("Vietnam issued a note verbale to China over the detention of its fishermen.", "en")
    assert "114" in roots("The deputy minister handed a note to the Chinese ambassador on Monday.", "en")


def test_zitiert_ins_ministerium_is_a_summons_in_german() -> None:
    got = sides("Der polnische Botschafter wurde am Dienstag ins litauische Au\u00dfenministerium zitiert.", "de")
    assert ("114", "LTU", "POL") in got
    # a minister quoted by a newspaper is summoned nowhere
    assert "114" not in roots("Die Zeitung zitiert den polnischen Au\u00dfenminister mit scharfen Worten.", "de")


def test_vyzvan_v_mid_is_a_summons_in_russian() -> None:
    got = sides("Временный поверенный в делах Эстонии в России Марта Кукк была вызвана в МИД РФ.", "ru")
    assert ("114", "RUS", "EST") in got


# ---------------------------------------------------------------- expulsions and recalls


def test_an_expulsion_ordered_or_an_envoy_sent_home() -> None:
    assert ("161", "POL", "BLR") in sides("Poland ordered the expulsion of three Belarusian diplomats.", "en")
    assert ("161", "KEN", "SOM") in sides("Kenya sent the Somali ambassador back home on Monday.", "en")
    # an order of other things is no expulsion
    assert "161" not in roots("Poland ordered new tanks from South Korea.", "en")


def test_expelled_embassy_staff_are_diplomats() -> None:
    assert "161" in roots("Latvia expelled two employees of the Russian embassy.", "en")
    got = codes("Эстония высылает сотрудника посольства России в Таллине.", "ru")
    assert [c[0] for c in got] == ["161"] and got[0][2] == "RUSGOV"


def test_diplomats_told_to_leave_in_german() -> None:
    got = sides("Georgien hat zwei armenische Diplomaten zur Ausreise aufgefordert.", "de")
    assert ("161", "GEO", "ARM") in got
    # tourists asked to leave a region are no diplomats expelled
    assert "161" not in roots("Georgien hat die Touristen zur Ausreise aus der Region aufgefordert.", "de")


def test_a_recall_for_consultations_far_from_its_verb_in_german() -> None:
    got = sides("Das italienische Au\u00dfenministerium hat seinen Botschafter in Wien, Marco Rossi, nach "
                "den scharfen Vorw\u00fcrfen der Regierung zu Konsultationen abberufen.", "de")
    assert ("161", "ITA", "AUT") in got


def test_envoys_withdrawn_are_a_recall_not_a_military_retreat() -> None:
    got = roots("Die Regierung hat am Freitag alle Diplomaten aus Schweden abgezogen.", "de")
    assert "161" in got and "0874" not in got
    # troops withdrawn stay a military withdrawal
    assert "161" not in roots("Russland hat seine Truppen aus Georgien abgezogen.", "de")


def test_own_diplomats_are_not_the_side_acted_on() -> None:
    # "its diplomats" name the acting side again: the country they leave is acted on
    got = sides("Das Au\u00dfenministerium rief am Samstag seine Diplomaten aus der T\u00fcrkei zur\u00fcck.", "de")
    assert [c[0] for c in got] == ["161"] and got[0][2] == "TUR"


def test_the_subject_of_a_passive_expulsion_is_acted_on() -> None:
    got = codes("Der Zweite Sekret\u00e4r der bulgarischen Botschaft wurde zur unerw\u00fcnschten Person erkl\u00e4rt.",
                "de")
    assert got and got[0][0] == "161" and got[0][2] == "BGRGOV" and got[0][1].startswith("---")
    got = codes("Четыре сотрудника посольства Финляндии объявлены персонами нон грата.", "ru")
    assert ("161", "FIN", None) not in got and any(c[0] == "161" and c[2] == "FINGOV" for c in got)
    # in the active the subject acts
    got = codes("Der bulgarische Au\u00dfenminister erkl\u00e4rte zwei Diplomaten zu unerw\u00fcnschten Personen.", "de")
    assert all(c[1] == "BGRGOV" for c in got if c[0] == "161")


# ---------------------------------------------------------------- the report's pair


def test_a_closure_naming_no_one_acts_on_the_other_side_of_the_report() -> None:
    page = ("ASTANA, 9 January (Agency) - Relations between Kazakhstan and Uzbekistan worsened this week.\n\n"
            "Kazakhstan closed the border on Monday because of a failure of its customs computers. Uzbekistan "
            "asked for an explanation. Traffic between Kazakhstan and Uzbekistan is expected to resume on "
            "Wednesday, Uzbekistan said.\n")
    closures = [e for e in dyad.extract(page, source="t.txt").events if e.cameo.startswith("16")]
    assert closures and all(e.source == "KAZGOV" and e.target == "UZBGOV" for e in closures)


def test_a_state_reducing_relations_with_no_one_named_is_kept_for_the_pair() -> None:
    assert codes("Kenya closed the border on Friday.", "en") == [("160", "KEN", None)]
    assert codes("Hungary broke off diplomatic relations on Monday.", "en") == [("161", "HUN", None)]
    # a bloc's act with no one named stays no event: the pair of a report is two states
    assert codes("The African Union closed the border.", "en") == []
    # sanctions often hit persons and firms of no named country: not placed on the pair
    assert codes("Canada announced sanctions against four senior army officers.", "en") == []


def _event(cameo: str, source: str, target: str, start: int) -> Event:
    return Event(type="other", plover="SANCTION", cameo=cameo, source=source, target=target, date=None,
                 location=None, participants=[], evidence=(start, start + 10))


def test_sanctions_told_twice_are_one_event() -> None:
    # "announced sanctions against Venezuela ... sanctions against the firms shipping its oil"
    told = [_event("163", "USAGOV", "VENGOV", 0), _event("163", "USAGOV", "VENBUS", 50)]
    assert len(one_summons(told)) == 1
    # two expulsions stay two (the envoy sent home, the consulates closed)
    acts = [_event("161", "SOMGOV", "ETHGOV", 0), _event("161", "SOMGOV", "ETHGOV", 50)]
    assert len(one_summons(acts)) == 2
    # sanctions of the other side are another act
    assert len(one_summons([*told[:1], _event("163", "VENGOV", "USAGOV", 80)])) == 2


def test_earlier_on_the_same_day_is_the_news_in_russian() -> None:
    page = ("МОСКВА, 3 июля (Агентство) - Россия высылает двух дипломатов Эстонии.\n\n"
            "Ранее в четверг временный поверенный в делах Эстонии Марта Кукк была вызвана в МИД России. "
            "Эстония назвала решение России недружественным.\n")
    assert any(e.cameo == "114" for e in dyad.extract(page, source="t.txt").events)
    page2 = page.replace("Ранее в четверг", "Ранее")
    # "earlier" with no day is the background of the report
    assert not any(e.cameo == "114" for e in dyad.extract(page2, source="t.txt").events)


def test_an_english_passive_expulsion_with_no_agent_is_done_by_the_other_side() -> None:
    assert codes("Two Latvian diplomats were expelled on Friday.", "en") == [("161", "---GOV", "LVAGOV")]
    # a passive act of force names no state by itself: no source is made up for it
    assert codes("Three soldiers were killed on Monday.", "en") == []
    page = ("CHISINAU, 2 June (Agency) - Moldova and Russia traded blows over diplomats on Friday.\n\n"
            "Moldovan Prime Minister Ion Rusu said four Russian diplomats were declared persona non grata. "
            "Russia called the decision unfriendly, and Moldova said Russia had been warned.\n")
    (act,) = [e for e in dyad.extract(page, source="t.txt").events if e.cameo == "161"]
    assert act.source == "MDAGOV" and act.target == "RUSGOV"


def test_a_recall_in_the_passive_is_done_by_the_envoys_own_state() -> None:
    # unlike a summons or an expulsion, a recall calls one's own envoy home
    assert sides("The Lithuanian ambassador to Belarus was recalled on Monday.", "en") == [("161", "LTU", "---")]
    assert ("161", "LTU", "BLR") in sides("Der litauische Botschafter in Minsk wurde abberufen.", "de")
    # the active keeps its subject as the actor
    assert ("161", "LTU", "BLR") in sides("Lithuania recalled its ambassador from Minsk.", "en")


def test_a_reduction_of_relations_by_a_state_on_its_own_forces_is_no_event() -> None:
    from dyad.extractors.pair import focus_on_pair
    from dyad.model import Doc

    text = ("Germany and Russia quarrel again. Germany closed two Russian consulates, and Russia said it "
            "would answer Germany. Russia and Germany have argued for years, Russia said. Moscow sent "
            "its own army home.")
    doc = Doc(doc_id="x", source="t.txt", text=text, language="en")
    own = _event("161", "RUSGOV", "RUSMIL", text.index("Moscow sent"))  # a misread actor of its own
    pair = _event("161", "DEUGOV", "RUSGOV", 34)
    kept = focus_on_pair([own, pair], doc)
    assert [(e.source, e.target) for e in kept] == [("DEUGOV", "RUSGOV")]
    # a statement of a state about its own army stays (its category still counts)
    said = Event(type="statement", plover="SUPPORT", cameo="055", source="RUSGOV", target="RUSMIL", date=None,
                 location=None, participants=[], evidence=own.evidence)
    assert focus_on_pair([said], doc)
