"""A report about two countries: events kept to that pair, actors without a country given
the side the report lets us tell. Pages written for the tests."""

from __future__ import annotations

import pytest

import dyad


def events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.cameo, e.source, e.target) for e in dyad.extract(text, source="t.txt").events]


PAGE = (
    "Vilnius expels Belarusian diplomat\n\n"
    "VILNIUS, 3 May (Baltic Wire) - Lithuania expelled a Belarusian diplomat on Monday, the Lithuanian "
    "Foreign Ministry said. Lithuania accused Belarus of organising the flow of migrants across the border.\n\n"
    "Belarus rejected the accusation and said Minsk would respond. Lithuanian officials said the border "
    "with Belarus would stay closed.\n\n"
    "In a separate dispute, Belarus also expelled a Latvian diplomat."
)


def test_a_third_state_named_in_passing_makes_no_event_of_the_pair() -> None:
    got = events(PAGE)
    assert any(s and s.startswith("LTU") and t and t.startswith("BLR") for _c, s, t in got), got
    assert not any((s or "").startswith("LVA") or (t or "").startswith("LVA") for _c, s, t in got), got


def test_a_state_named_as_the_actor_is_its_government() -> None:
    got = events(PAGE)
    assert all(len(s or "") > 3 for _c, s, _t in got), got


def test_a_sentence_alone_imposes_no_pair() -> None:
    got = events("Obama said he would not give permission to Russia to help Israel.")
    assert got and got[0][1] and got[0][1].startswith("USA"), got


def test_a_role_without_a_country_takes_the_most_named_other_side_when_a_third_is_near() -> None:
    from dyad.extractors.pair import focus_on_pair
    from dyad.model import Doc, Event

    text = ("The envoy was recalled on Tuesday. China said Lithuania broke its word on Taiwan. "
            "Taiwan protested. Taiwan said China lies. Lithuania said China overreacted. Taiwan opened an "
            "office in Vilnius; Lithuania and China argue. Taiwan thanked Lithuania; China protested to Lithuania.")
    doc = Doc(doc_id="x", source="t", text=text, language="en")
    e = Event(type="other", plover="SANCTION", cameo="161", source="CHNGOV", target="---GOV", date=None,
              location=None, participants=[], evidence=(0, 34))
    (kept,) = focus_on_pair([e], doc)
    assert kept.target == "LTUGOV"


# A headline naming the two leaders, the capital of one and a third state as the topic
# ("talks on C in A's capital"): the people named count as naming their countries, so the
# headline names three states and does not narrow the report's pair to A and C.
LEADERS_HEADLINE = {
    "en": (
        "Tokayev and Mirziyoyev want talks on Afghanistan in Tashkent\n\n"
        "On 4 March a telephone conversation took place between President of Kazakhstan Kassym-Jomart "
        "Tokayev and President of Uzbekistan Shavkat Mirziyoyev. The call was initiated by the Uzbek side, "
        "the press service said. The leaders discussed the idea of holding a high-level meeting on "
        "Afghanistan in Tashkent and the situation in Afghanistan."
    ),
    "ru": (
        "Токаев и Мирзиёев хотят провести в Ташкенте встречу по Афганистану\n"
        "4 марта состоялся телефонный разговор Касым-Жомарта Токаева с президентом Узбекистана Шавкатом "
        "Мирзиёевым.\nКак сообщает пресс-служба, разговор состоялся по инициативе узбекской стороны.\n"
        "В ходе беседы обсуждалась идея провести в Ташкенте встречу по ситуации в Афганистане."
    ),
    "de": (
        "Tokajew und Mirsijojew wollen in Taschkent über Afghanistan beraten\n\n"
        "Am 4. März telefonierte der kasachische Präsident Kassym-Schomart Tokajew mit dem usbekischen "
        "Präsidenten Schawkat Mirsijojew. Das Gespräch fand auf Initiative der usbekischen Seite statt, "
        "teilte das Präsidialamt mit. Die beiden erörterten die Lage in Afghanistan und die Idee eines "
        "Treffens zu Afghanistan in Taschkent."
    ),
}


@pytest.mark.parametrize("lang", sorted(LEADERS_HEADLINE))
def test_leaders_named_in_the_headline_count_as_their_countries(lang: str) -> None:
    got = events(LEADERS_HEADLINE[lang])
    assert any(c == "041" and {(s or "")[:3], (t or "")[:3]} == {"KAZ", "UZB"} for c, s, t in got), got
