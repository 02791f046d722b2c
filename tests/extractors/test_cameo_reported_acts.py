"""Who acts, and in what mood, when the act is reported rather than told: an act warned of in
a that-clause is a threat (en parse; de/ru windows, where the clause names no actor of its
own and the one who warns acts), forces moved along a border are aimed at the country
across it, and a passive handover with no agent is the act of the state that reports it
(sentences written for these tests)."""

from __future__ import annotations

import pytest

from dyad.codes import plover_for_cameo
from dyad.extractors.cameo import code_sentence


def found(sentence: str, lang: str) -> set[tuple[str, str, str]]:
    return {(plover_for_cameo(e.cameo), (e.source or "")[:3], (e.target or "")[:3])
            for e in code_sentence(sentence, lang)}


@pytest.mark.parametrize(("lang", "sentence", "want"), [
    ("en", "Norway warned that it would cut gas supplies to Poland.", ("THREATEN", "NOR", "POL")),
    ("en", "Qatar warned it could halt gas shipments to Egypt.", ("THREATEN", "QAT", "EGY")),
    ("de", "Norwegen warnte, dass es die Gaslieferungen an Polen einstellen werde.", ("THREATEN", "NOR", "POL")),
    ("ru", "Казахстан предупредил, что прекратит поставки угля Киргизии.", ("THREATEN", "KAZ", "KGZ")),
    ("ru", "Узбекистан пообещал, что отведет войска от границы с Таджикистаном.", ("AGREE", "UZB", "TJK")),
])
def test_act_in_that_clause_is_the_speakers_intent(lang: str, sentence: str, want: tuple[str, str, str]) -> None:
    got = found(sentence, lang)
    assert want in got or (want[0], want[2], want[1]) in got, got


@pytest.mark.parametrize(("lang", "sentence"), [
    # a clause that names who acted reports a past act, not a threat of the one who speaks
    ("en", "Kenya warned that Ugandan troops had attacked its border posts."),
    ("de", "Litauen warnte, dass Minsk die Grenze geschlossen habe."),
])
def test_reported_past_act_is_no_threat(lang: str, sentence: str) -> None:
    got = found(sentence, lang)
    assert not {("THREATEN", "LTU", "BLR"), ("THREATEN", "KEN", "UGA")} & got, got


@pytest.mark.parametrize(("sentence", "want"), [
    ("Chad beefed up police units on its border with Sudan.", ("MOBILIZE", "TCD", "SDN")),
    ("Greece deployed 5,000 troops along its frontier with Turkey.", ("MOBILIZE", "GRC", "TUR")),
])
def test_forces_along_a_border_target_the_neighbour(sentence: str, want: tuple[str, str, str]) -> None:
    assert want in found(sentence, "en")


def test_passive_handover_is_the_reporting_states_act() -> None:
    got = found("A Chilean smuggler was extradited to Chile on Monday, Argentina's interior ministry said.", "en")
    assert ("COOPERATE", "ARG", "CHL") in got, got


def test_receiving_side_reporting_is_not_the_releaser() -> None:
    got = found("Two Peruvian fishermen were released on Friday, Peru's foreign ministry said.", "en")
    assert not any(s == "PER" for _c, s, _t in got), got


@pytest.mark.parametrize(("lang", "sentence", "want"), [
    # an act named by a noun that a verb of announcing or ordering governs is the announcer's
    ("en", "Sweden announced the expulsion of three Iranian diplomats.", ("SANCTION", "SWE", "IRN")),
    ("en", "Turkey ordered the deployment of extra troops to northern Iraq.", ("MOBILIZE", "TUR", "IRQ")),
    ("en", "Senegal announced the release of nine Gambian fishermen.", ("RETREAT", "SEN", "GMB")),
    ("ru", "Сенегал объявил об освобождении девяти гамбийских рыбаков.", ("RETREAT", "SEN", "GMB")),
])
def test_announced_act_noun(lang: str, sentence: str, want: tuple[str, str, str]) -> None:
    assert want in found(sentence, lang), found(sentence, lang)


def test_act_noun_under_another_verb_is_not_the_subjects_act() -> None:
    # Russia condemns the expulsion; it does not expel anyone
    got = found("Russia condemned the expulsion of its diplomats by Norway.", "en")
    assert not any(c == "SANCTION" and s == "RUS" for c, s, _t in got), got
