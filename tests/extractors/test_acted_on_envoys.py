"""An envoy the report's acts fall on (expelled, summoned) is, where he is named with a verb
of saying, mostly the one spoken about: he is passed over as the speaker of reported speech
unless he stands right before the verb as its subject. Sentences written for the tests."""

from __future__ import annotations

import pytest

import dyad
from dyad.extractors.quotes import reported_speakers
from dyad.extractors.text import sentences

ENVOY, MINISTER = 0, 1

# the envoy is named first, in an adverbial, and the minister is the one who speaks (a German
# adverbial ending in the envoy's name right before the verb, "mit Botschafter X sagte", still
# reads as his: the rule looks at the gap, not at the parse)
MET_ENVOY = {
    "en": "At the meeting with the Danish ambassador Lars Holm, Deputy Minister Petr Novak said that Prague wanted answers.",
    "de": "Nach dem Treffen mit dem dänischen Botschafter Lars Holm am Montag sagte Vizeminister Petr Novak, Prag wolle Antworten.",
    "ru": "На встрече с послом Дании Ларсом Холмом замминистра Петр Новак заявил, что Прага ждет ответов.",
}
ENVOY_NAMES = {"en": "Lars Holm", "de": "Lars Holm", "ru": "Ларсом Холмом"}
MINISTER_NAMES = {"en": "Petr Novak", "de": "Petr Novak", "ru": "Петр Новак"}

# the summoned envoy himself speaks: his name stands right before the verb, or before an aside
ENVOY_SPEAKS = {
    "en": "Ambassador Lars Holm, summoned on Monday, told reporters that he would pass the protest on.",
    "de": "Botschafter Lars Holm, am Montag einbestellt, sagte, er werde den Protest weiterleiten.",
    "ru": "Посол Ларс Холм, вызванный в понедельник, заявил, что передаст протест.",
}
SPEAKING_ENVOY = {"en": "Lars Holm", "de": "Lars Holm", "ru": "Ларс Холм"}


def _speakers(text: str, names: list[str], lang: str, acted_on: set[int] | None) -> list[int]:
    anchors = [(text.index(n), text.index(n) + len(n), i) for i, n in enumerate(names)]
    check = None if acted_on is None else acted_on.__contains__
    return [p for p, _span in reported_speakers(text, lang, sentences(text), anchors, [], check)]


@pytest.mark.parametrize("lang", sorted(MET_ENVOY))
def test_the_envoy_acted_on_is_passed_over_for_the_next_named(lang: str) -> None:
    names = [ENVOY_NAMES[lang], MINISTER_NAMES[lang]]
    if lang == "en":  # without the act, the first named before the verb is taken (the rule's control)
        assert _speakers(MET_ENVOY[lang], names, lang, None) == [ENVOY]
    assert _speakers(MET_ENVOY[lang], names, lang, {ENVOY}) == [MINISTER]


@pytest.mark.parametrize("lang", sorted(ENVOY_SPEAKS))
def test_the_envoy_as_subject_of_the_verb_of_saying_still_speaks(lang: str) -> None:
    assert _speakers(ENVOY_SPEAKS[lang], [SPEAKING_ENVOY[lang]], lang, {ENVOY}) == [ENVOY]


EXPELLED = ("Ambassador Expelled\n\nNAIROBI, 6 June (Wire) - Kenya expelled the Ugandan ambassador John Okello "
            "on Thursday over remarks about the border.\n\nUgandan ambassador John Okello has been ordered to leave "
            "Kenya within 48 hours, the Kenyan government said on Thursday.")


def test_the_expelled_envoy_makes_no_statement_in_the_report_of_his_expulsion() -> None:
    r = dyad.extract(EXPELLED, source="t.txt")
    assert any(e.cameo.startswith("16") for e in r.events), r.events
    assert not [e for e in r.events if e.type == "statement" and any(p.name_en == "John Okello" for p in e.participants)], r.events
