"""Events a report tells that are not its news of the pair: a third state's acts (the
headline names the pair), acts dated months before the report, and one act read as each
side's in turn. Sentences and pages written for the tests."""

from __future__ import annotations

from dyad.extractors.events import one_reading, told_long_before, told_once
from dyad.extractors.pair import focus_on_pair, headline_pair
from dyad.model import Doc, Event, Person


def event(cameo: str, source: str, target: str, span: tuple[int, int] = (0, 50)) -> Event:
    return Event(type="other", plover="", cameo=cameo, source=source, target=target, date=None,
                 location=None, participants=[], evidence=span)


# --- the headline names the pair ------------------------------------------------------------

HEADLINE = "Oslo expels Russian attaché over spying"
BODY = (
    "Norway expelled a Russian military attaché on Tuesday. Norway said the Russian diplomat had "
    "gathered secrets. Russia called the step hostile and said Moscow would answer it. Finland "
    "and Sweden expelled Russian staff last spring. Finland said then that Finland had proof, and "
    "Sweden and Finland closed two consulates of Russia."
)


def pair_doc() -> Doc:
    text = HEADLINE + "\n\n" + BODY
    return Doc(doc_id="t", source="t.txt", text=text, language="en", title=HEADLINE,
               title_span=(0, len(HEADLINE)))


def test_the_headline_narrows_three_sides_to_the_two_it_names() -> None:
    assert headline_pair(pair_doc(), ["RUS", "NOR", "FIN"]) == ["NOR", "RUS"]


def test_a_headline_naming_one_country_leaves_the_sides_alone() -> None:
    doc = pair_doc()
    doc.title_span = (0, len("Oslo expels"))
    assert headline_pair(doc, ["RUS", "NOR", "FIN"]) == ["RUS", "NOR", "FIN"]


def test_an_act_of_a_third_state_named_often_is_dropped_when_the_headline_names_the_pair() -> None:
    doc = pair_doc()
    start = doc.text.index("Finland and Sweden")
    kept = focus_on_pair([event("1612", "NORGOV", "RUSGOV"), event("1612", "FINGOV", "RUSGOV", (start, start + 40))], doc)
    assert [(e.source, e.target) for e in kept] == [("NORGOV", "RUSGOV")]


# --- an act dated months before the report ------------------------------------------------


def test_a_month_months_before_the_report_is_background_in_every_language() -> None:
    assert told_long_before("The ministry recalled its envoy in February.", "en", "2024-06-10")
    assert told_long_before("Im Januar hatte Berlin den Botschafter einbestellt.", "de", "2024-06-10")
    assert told_long_before("В марте 2023 года Москва выслала дипломата.", "ru", "2024-06-10")


def test_the_report_s_own_month_and_a_later_one_are_not_background() -> None:
    assert not told_long_before("The ministry recalled its envoy in June.", "en", "2024-06-10")
    assert not told_long_before("Im Mai wies Berlin den Diplomaten aus.", "de", "2024-06-10")
    assert not told_long_before("The two will meet in October.", "en", "2024-06-10")


def test_a_day_weeks_before_and_another_year_are_background() -> None:
    assert told_long_before("On 2 March the ministry summoned the envoy.", "en", "2024-06-10")
    assert not told_long_before("On 8 June the ministry summoned the envoy.", "en", "2024-06-10")
    assert told_long_before("The two countries cut ties in 2016.", "en", "2024-06-10")


def test_a_report_of_no_date_has_no_background_by_date() -> None:
    assert not told_long_before("The ministry recalled its envoy in February.", "en", None)


# --- one act read as each side's -------------------------------------------------------------


def test_one_sentence_read_both_ways_keeps_its_first_reading() -> None:
    kept = one_reading([event("161", "SRBGOV", "HRVGOV"), event("161", "HRVGOV", "SRBGOV")])
    assert [(e.source, e.target) for e in kept] == [("SRBGOV", "HRVGOV")]


def test_two_sentences_each_way_are_two_acts() -> None:
    kept = one_reading([event("161", "SRBGOV", "HRVGOV"), event("161", "HRVGOV", "SRBGOV", (51, 90))])
    assert len(kept) == 2


def test_a_fight_is_waged_by_both_sides_of_one_sentence() -> None:
    kept = one_reading([event("190", "AFGMIL", "PAKMIL"), event("190", "PAKMIL", "AFGMIL")])
    assert len(kept) == 2


# --- one act told again in a later sentence --------------------------------------------------


def envoy() -> Person:
    return Person(name="Ivan Petrov", name_en="Ivan Petrov", title="ambassador", country="RUS",
                  actor_id="p1", evidence=(70, 81))


def test_a_later_sentence_retelling_the_same_act_is_not_a_second_act() -> None:
    first = event("161", "SRBGOV", "HRVGOV")
    again = event("161", "SRBGOV", "HRVGOV", (60, 120))
    assert told_once([first, again]) == [first]


def test_a_retelling_that_names_a_new_person_or_another_code_stays() -> None:
    first = event("161", "NORGOV", "RUSGOV")
    named = event("161", "NORGOV", "RUSGOV", (60, 120))
    named.participants = [envoy()]
    summons = event("114", "NORGOV", "RUSGOV", (60, 120))
    assert told_once([first, named, summons]) == [first, named, summons]


def test_two_codings_of_one_sentence_are_left_to_the_coder() -> None:
    expel, recall = event("161", "SOMGOV", "KENGOV"), event("161", "SOMGOV", "KENGOV")
    assert len(told_once([expel, recall])) == 2
