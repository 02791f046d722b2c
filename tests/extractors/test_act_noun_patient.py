"""An act noun done to people names whom it is done to after it ("die Festnahme von zwei
Touristen", "задержание граждан"): they are acted on, not acting; the agent is the group an
agent preposition brings in, else the state where it was done. Sentences written for the tests."""

from __future__ import annotations

from dyad.extractors.cameo import code_sentence


def coded(sentence: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    return [(c.cameo, c.source, c.target) for c in code_sentence(sentence, lang)]


def test_the_people_an_arrest_noun_names_are_arrested_where_it_happened() -> None:
    assert ("173", "HRVGOV", "SRBPPL") in coded("Anlass war die Festnahme von zwei serbischen Staatsbürgern in Zagreb.", "de")
    assert ("173", "GEOGOV", "ARMPPL") in coded("Поводом стало задержание трех граждан Армении в Тбилиси.", "ru")


def test_an_agent_preposition_names_who_arrested_them() -> None:
    got = coded("Anlass war die Festnahme von drei albanischen Fischern durch die griechische Küstenwache.", "de")
    assert any(c == "173" and (s or "").startswith("GRC") and (t or "").startswith("ALB") for c, s, t in got), got


def test_diplomats_an_expulsion_noun_names_are_expelled_not_expelling() -> None:
    got = coded("Die Ausweisung von zwei ungarischen Diplomaten wurde am Montag bekanntgegeben.", "de")
    assert got and all(not (s or "").startswith("HUN") for c, s, _t in got if c == "161"), got
    assert any(c == "161" and (t or "").startswith("HUN") for c, _s, t in got), got


def test_a_visit_noun_keeps_its_visitor_as_the_actor() -> None:
    assert coded("Визит президента Монголии в Казахстан завершился.", "ru")[0][1].startswith("MNG")
