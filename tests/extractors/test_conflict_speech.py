"""Conflict speech: criticism, accusations and threats said by a report's people or bodies.

Sentences written for these tests (not taken from any page or sentence set).
"""

from __future__ import annotations

import pytest

import dyad
from dyad.extractors.cameo import code_sentence
from dyad.extractors.cameo.mentions import Mention


def triples(sentence: str, lang: str, known: list[Mention] | None = None) -> set[tuple[str, str | None, str | None]]:
    return {(e.cameo, e.source, e.target) for e in code_sentence(sentence, lang, 0, known or [])}


def person(sentence: str, name: str, code: str) -> Mention:
    start = sentence.index(name)
    return Mention(start, start + len(name), "person", code, None)


def test_a_person_the_report_knows_acts_for_his_country() -> None:
    s = "Deputy Minister Tomas Varga sharply criticized the decision of Hungary."
    assert triples(s, "en") == {("111", "---GOV", "HUN")}  # the tables know only the title
    assert triples(s, "en", [person(s, "Tomas Varga", "SVKGOV")]) == {("111", "SVKGOV", "HUN")}


def test_a_known_mention_does_not_replace_what_the_tables_read() -> None:
    s = "Poland criticized the decision of Hungary."
    # a document's mention over a country name keeps the gazetteer's reading
    assert triples(s, "en", [Mention(0, 6, "person", "CZEGOV", None)]) == {("111", "POL", "HUN")}


@pytest.mark.parametrize(("sentence", "lang", "root"), [
    ("Poland condemned the decision.", "en", "11"),
    ("Estonia reserved the right to respond.", "en", "13"),
    ("Litauen verurteilte den Schritt scharf.", "de", "11"),
    ("Латвия осудила это решение.", "ru", "11"),
])
def test_what_is_said_against_someone_needs_no_named_target(sentence: str, lang: str, root: str) -> None:
    # the report's pair tells whom; the sentence alone still gives the act
    assert {(c[:2], t) for c, _s, t in triples(sentence, lang)} == {(root, None)}


def test_a_cooperative_act_still_needs_its_target() -> None:
    assert triples("Poland praised the decision.", "en") == set()


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("Lithuania described the Chinese decision as absurd.", "en", ("111", "LTU", "CHN")),
    ("Kyiv called the Belarusian statement a provocation.", "en", ("111", "UKRGOV", "BLR")),
    ("Berlin bezeichnete die Entscheidung Moskaus als völlig inakzeptabel.", "de", ("111", "DEUGOV", "RUS")),
    ("Москва назвала решение Варшавы провокацией.", "ru", ("111", "RUSGOV", "POL")),
])
def test_naming_something_with_a_word_of_blame_is_criticism(sentence: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(sentence, lang)


@pytest.mark.parametrize(("sentence", "lang"), [
    ("Japan described the islands as part of its territory.", "en"),
    ("Berlin bezeichnete die Entscheidung Moskaus als Schritt nach vorn.", "de"),
    ("Москва назвала решение Варшавы важным шагом.", "ru"),
    ("Kyiv called on Belarus to withdraw.", "en"),
])
def test_naming_without_blame_is_no_criticism(sentence: str, lang: str) -> None:
    assert not any(c.startswith("11") for c, _s, _t in triples(sentence, lang))


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    ("Estonia reserved the right to an adequate response to Russia.", "en", ("130", "EST", "RUS")),
    ("Wien behält sich das Recht vor, auf die Ausweisung durch Ankara zu reagieren.", "de", ("130", "AUTGOV", "TUR")),
    ("Рига оставляет за собой право ответить на действия Москвы.", "ru", ("130", "LVAGOV", "RUS")),
    ("Минск ответит на решение Вильнюса.", "ru", ("130", "BLRGOV", "LTU")),
])
def test_a_reserved_or_announced_response_is_a_threat(sentence: str, lang: str, expected: tuple[str, str, str]) -> None:
    assert expected in triples(sentence, lang)


def test_answering_questions_and_raising_a_question_are_no_acts() -> None:
    assert triples("Минск ответит на вопросы Вильнюса.", "ru") == set()
    # "поставить вопрос" raises an issue; it supplies no goods (061)
    assert triples("Киев может поставить вопрос о работе посольства Беларуси.", "ru") == set()


ARTICLE = """Norway and Denmark in row over fishing quotas

OSLO, 12 March - Norway summoned the Danish ambassador Lars Krogh on Monday over the seizure of two Norwegian trawlers by Denmark.

Norwegian Foreign Minister Kari Holm sharply criticized the Danish decision.

Norway's Defence Minister Ola Berg accused Denmark of violating the fishing agreement between the two countries.

Denmark has not yet commented on the Norwegian protest.
"""


def test_each_speaker_of_a_report_makes_a_statement_of_his_own() -> None:
    record = dyad.extract(ARTICLE, source="norway-denmark.txt")
    said = {(e.cameo, e.source, tuple(p.name for p in e.participants)) for e in record.events if e.type == "statement"}
    # the minister named only in the report (no table knows her) criticised; the defence
    # minister's accusation is a second statement, not folded into the first
    assert ("111", "NORGOV", ("Kari Holm",)) in said
    assert ("112", "NORGOV", ("Ola Berg",)) in said


SUMMONS = """Norway summons Danish envoy

OSLO, 12 March - Norway summoned the Danish ambassador on Monday over the seizure of two Norwegian trawlers by Denmark.

"Norway {words} the seizure of its fishing vessels by the Danish navy in waters that Denmark does not control," the Norwegian Foreign Ministry said in a statement.

Denmark has not yet commented on the Norwegian protest.
"""


def test_a_ministry_that_acts_still_states_its_condemnation() -> None:
    record = dyad.extract(SUMMONS.format(words="strongly condemns"), source="summons.txt")
    said = [(e.cameo, e.source, e.participants) for e in record.events if e.type == "statement"]
    assert said == [("111", "NORGOV", [])]


def test_a_ministry_that_acts_and_says_nothing_of_conflict_spoke_through_its_act() -> None:
    record = dyad.extract(SUMMONS.format(words="has taken note of"), source="summons.txt")
    assert [e.type for e in record.events] == ["other"]


@pytest.mark.parametrize(("quote", "lang", "code"), [
    ("We firmly reject these accusations.", "en", "120"),
    ("Wir verurteilen diesen Angriff.", "de", "111"),
    ("Мы осуждаем эти действия.", "ru", "111"),
    ("Such a defeat was not expected.", "en", None),  # no word of conflict ("defy" is not "defeat")
])
def test_words_of_conflict_in_a_quotation(quote: str, lang: str, code: str | None) -> None:
    from dyad.extractors.statements import conflict_code

    assert conflict_code(quote, lang) == code


ENCOUNTER = """Norway and Denmark at odds over trawlers

OSLO, 12 March - Norwegian Foreign Minister Kari Holm met Danish Ambassador Lars Krogh in Oslo on Monday over the seizure of two Norwegian trawlers.

"The seizure of our vessels is only the first step, and we will see more of this," she {verb}.

Denmark has not commented on the talks between Norway and Denmark.
"""


def test_a_person_at_an_encounter_quoted_with_a_warning_makes_a_statement() -> None:
    record = dyad.extract(ENCOUNTER.format(verb="warned"), source="encounter.txt")
    said = [(e.cameo, [p.name for p in e.participants]) for e in record.events if e.type == "statement"]
    assert said == [("130", ["Kari Holm"])]


def test_a_person_at_an_encounter_quoted_plainly_spoke_there() -> None:
    record = dyad.extract(ENCOUNTER.format(verb="said"), source="encounter.txt")
    assert [e.type for e in record.events if e.type == "statement"] == []


def test_the_attribution_after_a_quotation_is_read_to_the_sentence_end() -> None:
    from dyad.extractors.statements import with_attribution

    text = '"We will answer," she warned. Then she left.'
    assert with_attribution(text, (1, 16)) == "We will answer,\" she warned"


@pytest.mark.parametrize(("standing", "news"), [
    ("Hungary has repeatedly accused Romania of discrimination.", "Hungary accused Romania of discrimination."),
    ("Ungarn wirft Rumänien seit Jahren Diskriminierung vor.", "Ungarn wirft Rumänien Diskriminierung vor."),
    ("Венгрия неоднократно обвиняла Румынию в дискриминации.", "Венгрия обвинила Румынию в дискриминации."),
])
def test_a_claim_kept_up_for_long_is_no_statement_of_the_news(standing: str, news: str) -> None:
    def said(text: str) -> list[str]:
        return [e.cameo for e in dyad.extract(text, source="claim.txt").events if e.type == "statement"]

    assert said(news) == ["112"]
    assert said(standing) == []


EXPULSION = """Russia expels Latvian diplomat

MOSCOW, 4 May - Russia declared a Latvian diplomat persona non grata on Thursday in response to a Latvian decision.

The Russian Foreign Ministry said that it had summoned the Latvian charge d'affaires Janis Ozols to the ministry.

Latvia and Russia have been at odds for months, and Latvia has not yet commented.
"""


def test_a_person_named_in_what_was_said_is_not_its_speaker() -> None:
    # the envoy summoned is told of in the ministry's words; he said nothing
    record = dyad.extract(EXPULSION, source="expulsion.txt")
    assert [e.type for e in record.events if e.type == "statement"] == []
    assert any(e.cameo == "114" and [p.name for p in e.participants] == ["Janis Ozols"] for e in record.events)


@pytest.mark.parametrize(("text", "lang", "content"), [
    ("The ministry said that it had summoned Janis Ozols.", "en", True),
    ("Das Ministerium teilte mit, dass es Janis Ozols einbestellt habe.", "de", True),
    ("МИД сообщил, что вызвал Яниса Озолса.", "ru", True),
    ("The ministry said on Monday Janis Ozols would leave.", "en", False),
])
def test_a_clause_opener_after_the_verb_of_saying_starts_what_was_said(text: str, lang: str, content: bool) -> None:
    from dyad.extractors.quotes import in_content

    verb = {"en": "said", "de": "teilte mit", "ru": "сообщил"}[lang]
    name = {"en": "Janis", "de": "Janis", "ru": "Яниса"}[lang]
    assert in_content(text, text.index(verb) + len(verb), text.index(name), lang) is content


def test_a_statement_with_no_target_is_told_outside_quotes() -> None:
    from dyad.extractors.cameo.frames import CodedEvent
    from dyad.extractors.events import said_outside_quotes
    from dyad.extractors.text import Sentence

    quoted = '"We stand together and firmly oppose any pressure," Polish Foreign Minister Jan Nowak said.'
    told = "Polish Foreign Minister Jan Nowak firmly opposed any pressure."
    event = CodedEvent("110", "DISAPPROVE", "POLGOV", None, 0, 0, "oppose")
    assert not said_outside_quotes(event, quoted, Sentence(0, len(quoted), 0), [(0, quoted.index(",\"") + 2)], "en")
    assert said_outside_quotes(event, told, Sentence(0, len(told), 0), [], "en")
    # with a named target the coder read it from the sentence's own actors: kept
    aimed = CodedEvent("110", "DISAPPROVE", "POLGOV", "LTU", 0, 0, "oppose")
    assert said_outside_quotes(aimed, quoted, Sentence(0, len(quoted), 0), [(0, quoted.index(",\"") + 2)], "en")


@pytest.mark.parametrize(("sentence", "lang", "blamed"), [
    ("Kenya noted the inadmissibility of the Somali steps.", "en", True),
    ("Wien erklärte, der Schritt Ankaras sei inakzeptabel.", "de", True),
    ("Минск заявил, что действия Киева недопустимы.", "ru", True),
    ("Kenya noted the importance of the Somali steps.", "en", False),
    ("Wien erklärte, der Schritt Ankaras sei hilfreich.", "de", False),
    ("Минск заявил, что действия Киева полезны.", "ru", False),
])
def test_saying_that_a_step_is_unacceptable_is_criticism(sentence: str, lang: str, blamed: bool) -> None:
    assert any(c == "111" for c, _s, _t in triples(sentence, lang)) is blamed


def test_a_word_of_blame_inside_a_quotation_is_the_quotation_s() -> None:
    from dyad.extractors.cameo import verb_patterns
    from dyad.extractors.cameo.frames import CodedEvent
    from dyad.extractors.events import said_outside_quotes
    from dyad.extractors.text import Sentence

    pattern = next(p.text for p in verb_patterns()["de"] if p.cameo == "111" and p.text.startswith("sagte|"))
    event = CodedEvent("111", "ACCUSE", "DEUGOV", "CHN", 0, 0, pattern)
    quoted = "„Das ist eine offene Provokation“, sagte die Sprecherin."
    told = "Die Sprecherin sagte, das sei eine Provokation."
    assert not said_outside_quotes(event, quoted, Sentence(0, len(quoted), 0), [(0, quoted.index("“") + 1)], "de")
    assert said_outside_quotes(event, told, Sentence(0, len(told), 0), [], "de")


@pytest.mark.parametrize(("sentence", "lang", "blamed"), [
    ("The Japanese prime minister called the Russian president's trip regrettable.", "en", True),
    ("Der Kanzler nannte den Schritt Moskaus bedauerlich.", "de", True),
    ("Премьер Японии назвал поездку президента России достойной сожаления.", "ru", True),
    ("The Japanese prime minister called the Russian president's trip useful.", "en", False),
    ("Der Kanzler nannte den Schritt Moskaus hilfreich.", "de", False),
    ("Премьер Японии назвал поездку президента России полезной.", "ru", False),
])
def test_calling_a_step_regrettable_is_criticism(sentence: str, lang: str, blamed: bool) -> None:
    assert any(c == "111" for c, _s, _t in triples(sentence, lang)) is blamed


def test_a_summons_and_words_of_blame_of_one_side_are_two_keys() -> None:
    from dyad.extractors.events import coded_key

    # the summons (an act) and the criticism (a word) share CAMEO's root 11 but are two events
    assert coded_key("114", "ESTGOV", "RUSGOV", [], False) != coded_key("111", "ESTGOV", "RUS", [], True)
    # two accusations of one unnamed speaker against the same side stay one
    assert coded_key("112", "ESTGOV", "RUS", [], True) == coded_key("111", "ESTGOV", "RUSGOV", [], True)


PROTEST_PAGE = (
    "Tallinn protests to Moscow\n\n"
    "The Estonian Foreign Ministry summoned the Russian ambassador on Tuesday over the closure of the "
    "border crossing.\n\n"
    "The Estonian ministry described the Russian decision as unjustified and harmful to both peoples."
)


def test_a_summons_does_not_swallow_the_criticism_told_after_it() -> None:
    import dyad

    got = [(e.cameo, e.source, e.target) for e in dyad.extract(PROTEST_PAGE, source="t.txt").events]
    assert any(c == "114" for c, _s, _t in got), got
    assert any(c == "111" and s and s.startswith("EST") and t and t.startswith("RUS") for c, s, t in got), got
