"""Conflict acts worded the ways news words them (passives, misread phrases, recalls, closures,
violations of airspace) and the page's date among the site's own clocks. Sentences written for
the tests; each kind with a case it must not fire on."""

from __future__ import annotations

import dyad
from dyad.extractors.cameo import code_sentence


def codes(sentence: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source, e.target) for e in code_sentence(sentence, lang)]


def test_persona_non_grata_in_the_passive_with_its_agent() -> None:
    got = codes("Three Latvian diplomats were declared persona non grata by Russia on Friday.", "en")
    assert ("161", "RUS", "LVAGOV") in got
    got = codes("Two staff members of the Estonian embassy have been recognised as persona non grata "
                "by the Russian Foreign Ministry.", "en")
    assert [c[0] for c in got] == ["161"] and got[0][1] == "RUSGOV" and got[0][2] == "ESTGOV"


def test_persona_non_grata_the_parser_reads_as_a_clause() -> None:
    got = codes("Lithuania declared two Belarusian diplomats persona non grata.", "en")
    assert [c[0] for c in got] == ["161"] and got[0][1] == "LTU" and got[0][2] == "BLRGOV"
    # declaring something else is no expulsion
    assert not any(c[0] == "161" for c in codes("Lithuania declared a state of emergency on the border.", "en"))


def test_recall_of_an_ambassador_in_russian_and_german() -> None:
    assert [c[0] for c in codes("Литва решила отозвать посла из Минска.", "ru")] == ["161"]
    assert [c[0] for c in codes("Litauen ruft seinen Botschafter aus Minsk zur\u00fcck.", "de")] == ["161"]
    # an ambassador who comes back from holiday is not recalled
    assert codes("Der Botschafter kam am Montag nach Minsk.", "de") == []


def test_border_closures_and_suspended_passage() -> None:
    assert [c[0] for c in codes("Казахстан закрыл границу с Кыргызстаном.", "ru")] == ["160"]
    got = codes("Kazakhstan temporarily suspended passage at three checkpoints on the border with Kyrgyzstan.", "en")
    assert [c[0] for c in got] == ["160"]
    assert not any(c[0] == "160" for c in codes("Kazakhstan opened a new checkpoint on the border with Kyrgyzstan.", "en"))


def test_violation_of_airspace_is_a_show_of_force() -> None:
    got = codes("Two Russian fighter jets violated Finnish airspace near Porvoo on Tuesday.", "en")
    assert got and got[0][0] == "150" and got[0][1] == "RUS" and got[0][2] == "FIN"


def test_the_article_date_beside_its_headline_beats_the_site_clock() -> None:
    page = "\n".join([
        "Minsk", "14 March 2026 / 09:12", "Quotes", "USD", "14/03", "Politics",
        "Lithuania declares two Belarusian diplomats persona non grata",
        "2 February 2025 / 17:43",
        "Lithuania declares two Belarusian diplomats persona non grata",
        "Vilnius declared two diplomats of the Belarusian embassy persona non grata on Sunday, the Lithuanian "
        "foreign ministry said in a statement published on its website.",
        "Minsk", "14 March 2026 / 09:12",
    ])
    assert dyad.extract(page, source="t.txt").doc.published == "2025-02-02"


def test_a_labelled_save_day_in_the_header_is_not_the_date() -> None:
    page = "\n".join([
        "Yerevan: 3 \u00b0C",
        "Today: Tuesday, 26 November 2024",
        "Belarus decides to recall its ambassador from Yerevan",
        "Thursday, 13 June 2024, 17:06",
        "The Belarusian ambassador to Armenia will shortly leave for Minsk for consultations, the foreign "
        "ministry in Minsk said on Thursday, according to the state news agency.",
    ])
    assert dyad.extract(page, source="t.txt").doc.published == "2024-06-13"


def test_a_press_release_dateline_with_a_whole_date() -> None:
    r = dyad.extract("Windhuk, 14. Mai 2019. Deutschland und Namibia haben heute in der Hauptstadt ein Abkommen "
                     "über berufliche Bildung unterzeichnet.", source="t.txt")
    assert r.doc.published == "2019-05-14" and r.doc.dateline_place == "Windhuk"
    # a weekday is no place
    r = dyad.extract("Montag, 12. Mai 2019. Die Regierung in Windhuk hat heute ein Programm beschlossen.", source="t.txt")
    assert r.doc.dateline_place is None


def test_german_compound_titles_carry_names() -> None:
    r = dyad.extract("Windhuk, 14. Mai 2019. Ein Abkommen wurde zwischen dem namibischen Bildungsminister Petrus "
                     "Kandjeke und Botschafterin Maria Feldhaus unterzeichnet.", source="t.txt")
    names = {p.name_en for p in r.people}
    assert {"Petrus Kandjeke", "Maria Feldhaus"} <= names


def test_a_meeting_that_was_planned_is_not_reported_as_held() -> None:
    planned = dyad.extract("ROME, 3 May (Agenzia) - Italian Foreign Minister Marco Bellandi was to meet his Greek "
                           "counterpart Nikos Dendias in Rome on Friday.", source="t.txt")
    assert not [e for e in planned.events if e.type in {"meeting", "talks", "visit"}]
    held = dyad.extract("ROME, 3 May (Agenzia) - Italian Foreign Minister Marco Bellandi met his Greek "
                        "counterpart Nikos Dendias in Rome on Friday.", source="t.txt")
    assert [e for e in held.events if e.type in {"meeting", "talks", "visit"}]


def test_a_quoted_statement_belongs_to_the_institution_that_issued_it() -> None:
    page = ("MINSK, 5 July (Agency) - The Belarusian Foreign Ministry summoned the Lithuanian charge d'affaires on "
            "Tuesday and issued a statement on the decision of Vilnius.\n\n"
            "The statement reads: \u201cThe steps taken by Vilnius contradict the spirit of good neighbourly "
            "relations between our two countries.\u201d\n")
    quotes = dyad.extract(page, source="t.txt").quotes
    assert [q.speaker_en for q in quotes] == ["Belarusian Foreign Ministry"]


def test_a_phone_call_told_again_is_one_call() -> None:
    page = ("CAIRO, 5 July (Agency) - Egyptian Foreign Minister Badr Abdelatty and Saudi Foreign Minister Faisal "
            "bin Farhan spoke in a phone call on Saturday, the ministry said.\n\n"
            "The call addressed the situation in Gaza. The two ministers also reviewed ongoing communications "
            "aimed at stabilising the ceasefire and resuming negotiations.\n")
    types = [e.type for e in dyad.extract(page, source="t.txt").events]
    assert types.count("phone_call") == 1 and "talks" not in types and "meeting" not in types


def test_a_figure_told_only_in_the_headline_is_kept_once() -> None:
    only_head = ("India and Japan sign six agreements\n\nNEW DELHI, 5 May (Agency) - The prime ministers of India "
                 "and Japan held talks in New Delhi on Saturday and discussed investment.\n")
    figs = dyad.extract(only_head, source="t.txt").figures
    assert [(f.metric, f.value) for f in figs] == [("count", 6.0)]
    repeated = ("India and Japan sign six agreements\n\nNEW DELHI, 5 May (Agency) - India and Japan signed six "
                "agreements on Saturday after talks in New Delhi.\n")
    figs = dyad.extract(repeated, source="t.txt").figures
    assert [(f.metric, f.value) for f in figs] == [("count", 6.0)]
    assert figs[0].evidence[0] > len("India and Japan sign six agreements")  # the body's sentence is the evidence


def test_the_members_of_a_delegation_take_part_in_the_visit() -> None:
    page = ("CAIRO, 14 February (Agency) - Egyptian President Abdel Fattah al-Sisi received Turkish President "
            "Recep Tayyip Erdogan in Cairo on Wednesday for talks on trade and the situation in Gaza.\n\n"
            "The Turkish delegation included Foreign Minister Hakan Fidan and Finance Minister Mehmet Simsek.\n")
    # (the leaders' talks in Cairo are Erdogan's visit too: test_encounter_kinds)
    (talks,) = [e for e in dyad.extract(page, source="t.txt").events if e.type in {"talks", "meeting"}]
    names = {p.name_en for p in talks.participants}
    assert {"Hakan Fidan", "Mehmet Simsek"} <= names
    # ministers only named in a later sentence are not members of it
    later = page.replace("The Turkish delegation included", "Back home, the reporters asked")
    (talks,) = [e for e in dyad.extract(later, source="t.txt").events if e.type == "talks"]
    assert "Hakan Fidan" not in {p.name_en for p in talks.participants}


def test_collective_nouns_are_counted() -> None:
    figs = dyad.extract("VIENNA, 5 May (Agency) - Austria expelled four Russian embassy staff on Monday, the "
                        "foreign ministry said.", source="t.txt").figures
    assert [(f.metric, f.value) for f in figs] == [("count", 4.0)]


def test_a_civilian_title_ending_in_general_is_no_soldier() -> None:
    page = ("TEHRAN, 5 May (Agency) - The British envoy was summoned by Director General of Western Europe at the "
            "Iranian Foreign Ministry Majid Nili Ahmadabadi on Monday, the ministry said.\n")
    (summons,) = [e for e in dyad.extract(page, source="t.txt").events if e.cameo == "114"]
    assert summons.source == "IRNGOV"
    assert codes("General Ivan Petrov of the Russian army threatened Ukraine.", "en")[0][1] == "RUSMIL"


def test_a_summons_told_twice_is_one_summons() -> None:
    page = ("TEHRAN, 5 May (Agency) - The Iranian Foreign Ministry summoned British Ambassador to Iran Simon "
            "Shercliff on Tuesday over new sanctions against Iran.\n\n"
            "The British envoy was summoned by Director General of Western Europe at the Iranian Foreign Ministry "
            "Majid Nili Ahmadabadi, according to a statement on the ministry's website.\n")
    summons = [e for e in dyad.extract(page, source="t.txt").events if e.cameo == "114"]
    assert len(summons) == 1 and summons[0].source == "IRNGOV" and summons[0].target == "GBRGOV"
    assert {"Simon Shercliff", "Majid Nili Ahmadabadi"} <= {p.name_en for p in summons[0].participants}


def test_a_quote_after_reported_speech_belongs_to_who_said_it() -> None:
    page = ("AMSTERDAM, 13 March (Agency) - Above all the accusations of President Recep Tayyip Erdogan, who had "
            "called the Dutch fascists, must be withdrawn, said the deputy prime minister, Lodewijk Asscher, on "
            "Monday on Dutch radio. \"It is deeply repugnant that of all countries we are called this.\"\n")
    quotes = dyad.extract(page, source="t.txt").quotes
    assert [q.speaker_en for q in quotes] == ["Lodewijk Asscher"]
