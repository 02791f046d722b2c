"""Conflict between two states told in everyday English: envoys asked to leave or called home,
sanctions placed and trade frozen, retorts that are no gunfire; the countries of envoys and of
officials whose country is named in two words; the person whose words an act answers.

Sentences and short reports written for these tests (not taken from any page or sentence set).
"""

from __future__ import annotations

import pytest

import dyad
from dyad.extractors.cameo import code_sentence
from dyad.extractors.events import coded_key, measure_kind
from dyad.extractors.people import Mention, _accept_variants, find_title_before


def triples(sentence: str) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source, e.target) for e in code_sentence(sentence, "en", 0, [])}


@pytest.mark.parametrize(("sentence", "expected"), [
    # an envoy asked or told to leave (or to stay away) is expelled: 161, not an appeal (020)
    ("Ghana asked the Togolese ambassador to leave Accra within two days.", ("161", "GHA", "TGOGOV")),
    ("Peru told the Mexican envoy to leave the country.", ("161", "PER", "MEXGOV")),
    ("Hungary told the Slovak ambassador to stay away until further notice.", ("161", "HUN", "SVKGOV")),
    # diplomats ordered out
    ("Norway ordered out three Russian diplomats on Monday.", ("161", "NOR", "RUSGOV")),
    ("Chad ordered out the Sudanese envoys.", ("161", "TCD", "SDNGOV")),
    # an envoy summoned or called home, or called back, is recalled: 161, not a summons (114)
    ("Algeria summoned its ambassador in Paris home for consultations.", ("161", "DZA", "FRAGOV")),
    ("Oman called back its ambassador from Tehran.", ("161", "OMN", "IRNGOV")),
    # sanctions placed or put, punitive duties levied, imports ceased, business frozen: 163
    ("Japan placed new sanctions on North Korea.", ("163", "JPN", "PRK")),
    ("Canada put sanctions on Iranian officials.", ("163", "CAN", "IRNGOV")),
    ("India levied punitive tariffs on Chinese steel.", ("163", "IND", "CHN")),
    ("Qatar ceased all imports from Egypt.", ("163", "QAT", "EGY")),
    ("Turkey ceased exports to Israel.", ("163", "TUR", "ISR")),
    ("Saudi Arabia froze all new business with Canada.", ("163", "SAU", "CANBUS")),
    # the US Treasury and its sanctions office act for the US government
    ("The Treasury Department placed sanctions on Iranian officials.", ("163", "USAGOV", "IRNGOV")),
    ("The Office of Foreign Assets Control put sanctions on Venezuelan banks.", ("163", "USAGOV", "VENBUS")),
    # a complaint made, a protest delivered, sent or registered: complain officially (114)
    ("Guyana made a formal complaint to Venezuela.", ("114", "GUY", "VEN")),
    ("Vietnam delivered a protest to the Chinese embassy.", ("114", "VNM", "CHNGOV")),
    ("Japan sent a protest to Beijing over the incursion.", ("114", "JPN", "CHN")),
    ("South Korea registered a strong protest with Tokyo.", ("114", "KOR", "JPN")),
    # insults traded, a retort shot back: words of blame, not trade (061) and not gunfire (193)
    ("Kenya's president traded insults with his Tanzanian counterpart.", ("111", "KENGOV", "TZAGOV")),
    ("India traded barbs with Pakistan at the United Nations.", ("111", "IND", "PAK")),
    ("Moldova's president shot back with an accusation that Russia was meddling.", ("112", "MDAGOV", "RUS")),
    ("Serbia shot back with a sharp retort to Croatia.", ("111", "SRB", "HRV")),
    # whose decision or move it is does the act decided
    ("Lithuania's decision to expel two Russian diplomats drew a protest.", ("161", "LTU", "RUSGOV")),
    ("Kuwait's decision to expel the Philippine ambassador surprised Manila.", ("161", "KWT", "PHLGOV")),
])
def test_everyday_verbs_of_sanctions_and_envoys(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(sentence)


def test_troops_shooting_back_still_fire() -> None:
    assert triples("Indian troops shot back at Pakistani positions.") == {("193", "INDMIL", "PAK")}


def test_a_plan_is_no_act_done() -> None:
    assert triples("Seoul's plan to impose tariffs on Japan was dropped.") == set()


@pytest.mark.parametrize(("before", "title"), [
    ("Malawi expelled the North Korean ambassador ", "North Korean ambassador"),
    ("He met the South African President ", "South African President"),
    ("Colombo said the Sri Lankan Prime Minister ", "Sri Lankan Prime Minister"),
    ("She called South Korea's Foreign Minister ", "South Korea's Foreign Minister"),
    ("In Oslo, Britain's ambassador to Norway ", "Britain's ambassador to Norway"),
])
def test_a_country_named_in_two_words_opens_the_title(before: str, title: str) -> None:
    text = before + "Ann Example said."
    found = find_title_before(text, len(before), "en", 0)
    assert found is not None and found[0] == title


def people_of(text: str) -> dict[str, str | None]:
    return {p.name: p.country for p in dyad.extract(text, source="report.txt").people}


def test_an_official_of_a_country_named_in_two_words() -> None:
    text = ("Malawi expels envoy\n\nMalawi on Monday expelled the North Korean ambassador Ri Song-chol after a "
            "dispute over a shipment of fertiliser. The Malawian foreign ministry said the envoy had 72 hours to leave.")
    assert people_of(text)["Ri Song-chol"] == "PRK"  # not KOR, read from "Korean" alone


def test_a_third_countrys_envoy_named_with_a_genitive() -> None:
    text = ("Norway summons Russian envoy\n\nNorway on Friday summoned the Russian ambassador over the jamming of "
            "aircraft signals. Britain's ambassador to Norway Jane Owen said London shared the concern of Oslo.")
    assert people_of(text)["Jane Owen"] == "GBR"


def test_the_second_envoy_of_a_tit_for_tat_is_the_other_sides() -> None:
    text = ("Ecuador and Peru expel envoys\n\nEcuador on Tuesday expelled the Peruvian ambassador, Carlos Vega Rojas, "
            "over remarks on the border. In response, Peru declared Ambassador Miguel Andrade persona non grata and "
            "gave him 72 hours to leave Lima.")
    found = people_of(text)
    assert found["Carlos Vega Rojas"] == "PER"
    assert found["Miguel Andrade"] == "ECU"


def test_a_country_is_no_variant_of_a_name() -> None:
    accepted = [Mention(0, 10, "Sri Lankan", "", None, None, False, "ner"),
                Mention(20, 40, "Ranil Wickramasinghe", "", None, None, False, "title+name")]
    candidates = [Mention(50, 60, "Sri Lankan", "", None, None, False, ""),
                  Mention(70, 84, "Wickramasinghe", "", None, None, False, "")]
    _accept_variants(candidates, accepted, "en")
    assert [c.rule for c in candidates] == ["", "surname-of-known"]


def test_the_one_whose_words_an_act_answers_is_no_participant() -> None:
    text = ("Envoy summoned\n\nPoland summoned the Israeli ambassador over comments Foreign Minister Eli Katz made about "
            "the war. Warsaw also handed the envoy a protest note against Katz's statements.")
    events = dyad.extract(text, source="summons.txt").events
    assert events and all(not e.participants for e in events)


def test_distinct_measures_of_one_family_are_distinct_acts() -> None:
    # recalling the ambassador and halting imports are two measures; an expulsion told as 161
    # and as "expelled four officers" (174) is one kind; two criticisms are one statement's root
    assert coded_key("161", "SAUGOV", "LBNGOV", [], False) != coded_key("163", "SAUGOV", "LBNGOV", [], False)
    assert measure_kind("174") == measure_kind("161") == measure_kind("166")
    assert measure_kind("173") != measure_kind("171")
    assert measure_kind("111") == measure_kind("112") == "11"


@pytest.mark.parametrize("text", [
    ("Spokeswoman rebukes envoy\n\nItaly's foreign ministry spokeswoman Paola Ricci told a regular briefing on "
     "Tuesday that the remarks of the Egyptian ambassador Ahmed Samir were unacceptable."),
    ("Minister criticises neighbour\n\nSpeaking at a news conference in Lima, Peruvian Foreign Minister Luis Paredes "
     "said Bolivian President Marco Rivas had insulted the people of Peru."),
])
def test_a_briefing_in_a_report_of_no_encounter_is_one_sides_statement(text: str) -> None:
    assert [e.type for e in dyad.extract(text, source="briefing.txt").events] == ["statement"]


def test_speaking_to_the_press_after_talks_is_no_statement_of_one_side() -> None:
    text = ("Leaders meet\n\nPresident Alan Peterson of Iceland held talks with Prime Minister Jonas Berg of Norway in "
            "Oslo on Monday. At a joint press conference after the talks, Peterson and Berg said fishing cooperation "
            "would grow.")
    assert "statement" not in [e.type for e in dyad.extract(text, source="talks.txt").events]
