"""Measures of CAMEO 161 (recall, expulsion, broken relations) as reports tell them: said as
decided they are taken, not threatened; a recall, an expulsion and a break of relations are three
acts; a state recalls its own envoy; a measure told again names whom it was done to.

Sentences and short reports written for these tests (not taken from any page or sentence set).
"""

from __future__ import annotations

import pytest

import dyad
from dyad.extractors.cameo import code_sentence
from dyad.extractors.events import coded_key, measure_of


def codes(sentence: str, lang: str) -> set[str]:
    return {e.cameo for e in code_sentence(sentence, lang, 0, [])}


@pytest.mark.parametrize(("lang", "sentence"), [
    # reported as decided, with no condition: the measure itself (161), not a threat (1313)
    ("en", "Mr Lopez said Chile would withdraw its ambassador from Lima."),
    ("en", "The Thai government announced that it would expel the Cambodian ambassador."),
    ("en", "Kenya's foreign minister said Nairobi would close its embassy in Mogadishu."),
    ("de", "Die Botschaft Perus in Quito werde geschlossen, erklärte der ecuadorianische Außenminister."),
    ("de", "Der ghanaische Außenminister teilte mit, dass alle Diplomaten aus Togo abgezogen werden."),
    ("de", "Der Präsident sagte, Chile werde seinen Botschafter aus Peru zurückrufen."),
    ("ru", "Министр иностранных дел Чили заявил, что страна отзовёт посла из Перу."),
    ("ru", "МИД Ганы сообщил, что Гана закроет посольство в Того."),
    ("ru", "Президент Гондураса заявил, что Гондурас разорвет отношения с Никарагуа."),
])
def test_a_measure_said_as_decided_is_taken(lang: str, sentence: str) -> None:
    found = codes(sentence, lang)
    assert "161" in found and "1313" not in found


@pytest.mark.parametrize(("lang", "sentence"), [
    # warned of, or made conditional: still a threat
    ("en", "Mr Lopez said Chile would withdraw its ambassador from Lima if Peru did not apologise."),
    ("en", "Ghana warned that it would expel the Togolese ambassador."),
    ("en", "The minister said Honduras would sever ties with Nicaragua should Managua go ahead with the dam."),
    ("de", "Die Regierung in Accra warnte, sie werde den togoischen Botschafter ausweisen."),
    ("de", "Chile werde seinen Botschafter aus Peru abberufen, falls Lima sich nicht entschuldige, sagte der Präsident."),
    ("ru", "Министр предупредил, что Чили вышлет перуанского посла."),
])
def test_a_measure_warned_of_or_conditional_stays_a_threat(lang: str, sentence: str) -> None:
    found = codes(sentence, lang)
    assert "1313" in found and "161" not in found


def test_recall_expulsion_and_break_of_relations_are_three_keys() -> None:
    keys = {coded_key("161", "NERGOV", "BENGOV", [], False, m) for m in ("recall", "", "break")}
    assert len(keys) == 3
    # the same measure told twice stays one
    assert coded_key("161", "NERGOV", "BENGOV", [], False, "recall") == \
        coded_key("161", "NERGOV", "BENGOV", [], False, "recall")


@pytest.mark.parametrize("text", [
    ("Niger cuts ties\n\nNiger severed diplomatic relations with Benin on Monday. Niamey also recalled its "
     "ambassador from Cotonou and expelled Benin's ambassador."),
    ("Bruch mit Paraguay\n\nUruguay hat die diplomatischen Beziehungen zu Paraguay abgebrochen. Uruguay rief "
     "zudem seinen Botschafter zurück und wies den paraguayischen Botschafter aus."),
])
def test_the_three_measures_of_one_report_are_three_events(text: str) -> None:
    events = [e for e in dyad.extract(text, source="ties.txt").events if e.cameo == "161"]
    assert {measure_of(e) for e in events} == {"recall", "break", ""}


@pytest.mark.parametrize("text", [
    ("Chile recalls envoy\n\nChile recalled its ambassador from Bolivia on Friday. Bolivia's ambassador in "
     "Santiago, Marta Quispe, said she regretted the step."),
    ("Chile recalls envoy\n\nChile recalled its ambassador from Bolivia on Friday over the dispute. The Bolivian "
     "ambassador Marta Quispe was told of the decision."),
])
def test_a_state_recalls_its_own_envoy_not_the_other_sides(text: str) -> None:
    recalls = [e for e in dyad.extract(text, source="recall.txt").events if e.cameo == "161"]
    assert recalls and all(p.name != "Marta Quispe" for e in recalls for p in e.participants)


@pytest.mark.parametrize(("text", "name"), [
    (("Peru expels envoy\n\nPeru ordered a Bolivian diplomat to leave the country within 48 hours. Peru then "
      "ordered the Bolivian diplomat Jorge Mamani to leave within 48 hours."), "Jorge Mamani"),
    (("Chad expels envoy\n\nChad ordered a Sudanese diplomat to leave within 72 hours. On Monday Chad ordered "
      "the Sudanese diplomat Ali Osman to leave."), "Ali Osman"),
])
def test_a_measure_told_again_takes_the_people_of_its_retelling(text: str, name: str) -> None:
    events = [e for e in dyad.extract(text, source="retold.txt").events if e.type == "other"]
    assert len(events) == 1 and [p.name for p in events[0].participants] == [name]


@pytest.mark.parametrize("text", [
    ("Envoy protests\n\nThe Japanese ambassador Kenji Sato visited the Chinese foreign ministry on Monday in protest "
     "against the detention of a Japanese diplomat. Sato met Assistant Foreign Minister Li Wei."),
    ("Envoy protests\n\nSouth Korea's ambassador Park Min-ho met Japan's Vice Foreign Minister Taro Ono on Tuesday to "
     "protest against the new school textbooks."),
    ("Protest in Vilnius\n\nDer polnische Botschafter Jan Nowak traf sich am Montag mit dem litauischen "
     "Vizeaußenminister Tomas Kazlauskas, um gegen die Festnahme zweier Polen zu protestieren."),
    ("Протест посла\n\nПосол Грузии Давид Кварацхелия посетил МИД Армении в знак протеста против задержания "
     "грузинских граждан и встретился с заместителем министра Ашотом Арутюняном."),
])
def test_an_envoys_encounter_held_to_protest_is_an_official_complaint(text: str) -> None:
    events = dyad.extract(text, source="protest.txt").events
    assert [(e.type, e.cameo) for e in events] == [("other", "114")]
    assert len(events[0].participants) == 2


def test_a_crowd_protesting_a_visit_leaves_the_visit_a_visit() -> None:
    text = ("Rally\n\nHundreds rallied in Manila in protest against the visit of Chinese Foreign Minister Wang Yi, who "
            "met Philippine President Rodrigo Duterte on Friday.")
    assert "visit" in [e.type for e in dyad.extract(text, source="rally.txt").events]


@pytest.mark.parametrize(("sentence", "expected"), [
    # "unwelcome" is English's other word for persona non grata: an expulsion (161)
    ("Chad declared four Sudanese diplomats unwelcome.", ("161", "TCD", "SDNGOV")),
    ("Kenya declared two Ugandan diplomats unwelcome on Monday.", ("161", "KEN", "UGAGOV")),
    ("Peru has declared the Mexican ambassador unwelcome.", ("161", "PER", "MEXGOV")),
])
def test_diplomats_declared_unwelcome_are_expelled(sentence: str, expected: tuple[str, str, str]) -> None:
    assert expected in {(e.cameo, e.source, e.target) for e in code_sentence(sentence, "en", 0, [])}


@pytest.mark.parametrize("text", [
    "Ties cut back\n\nBoth Peru and Ecuador downgraded diplomatic relations on Monday after the dispute over the border.",
    ("Ties cut back\n\nBoth Cambodia and Thailand have downgraded diplomatic relations since Wednesday, with Cambodia "
     "recalling its diplomatic staff on Thursday."),
])
def test_two_sides_that_both_cut_ties_each_act(text: str) -> None:
    # the sentence names no one the downgrade is done to: each side's act is its own, not one
    # act read from either side
    sides = {(e.source or "")[:3] for e in dyad.extract(text, source="ties.txt").events if e.cameo == "161"}
    assert len(sides) == 2


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    # relations ended with the plain verb of ending: CAMEO 161, break relations
    ("en", "Guatemala ended diplomatic relations with Venezuela on Thursday.", ("161", "GTM", "VEN")),
    ("en", "Bolivia terminated diplomatic ties with Israel in 2009.", ("161", "BOL", "ISR")),
    ("de", "Guatemala hat die diplomatischen Beziehungen zu Venezuela beendet.", ("161", "GTM", None)),
    ("ru", "Боливия прекратила дипломатические отношения с Кубой.", ("161", "BOL", "CUB")),
])
def test_diplomatic_relations_ended_are_broken_off(lang: str, sentence: str, expected: tuple) -> None:
    found = {(e.cameo, e.source, e.target if e.target and not e.target.startswith("---") else None)
             for e in code_sentence(sentence, lang, 0, [])}
    assert expected in found


def test_ending_a_tension_is_no_break_of_relations() -> None:
    assert codes("The talks aimed to end the tension in relations between Peru and Chile.", "en") == set()
