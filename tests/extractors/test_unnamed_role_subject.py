"""A quote whose verb of saying has a role noun for its subject that points to no one named
("Speaking of the talks with X, the envoy said: “...”") is not X's; a role whose article the
German verb holds ("sagte der Botschafter") is the subject after the verb. Texts written for the tests."""

from __future__ import annotations

import pytest

import dyad


def speakers(text: str) -> list[str | None]:
    return [q.speaker_en for q in dyad.extract(text, source="t.txt").quotes]


@pytest.mark.parametrize(("text", "spoken_of"), [
    ("Speaking about the talks with Tokayev, the envoy said: \"The president asked us to open two new consulates "
     "next year.\"", "Kassym-Jomart Tokayev"),
    ("Commenting on the letter from Macron, the ambassador told reporters: \"The president will answer it in "
     "person before the summit.\"", "Emmanuel Macron"),
    ("Комментируя визит Токаева, посол заявил: «Президент примет участие в форуме в следующем месяце».",
     "Kassym-Jomart Tokayev"),
    ("Nach dem Treffen mit Erdogan sagte der Botschafter: „Der Präsident wird die Einladung nach Berlin sicher "
     "annehmen.“", "Recep Tayyip Erdoğan"),
])
def test_an_unnamed_role_speaking_is_not_the_person_spoken_of(text: str, spoken_of: str) -> None:
    assert spoken_of not in speakers(text)


@pytest.mark.parametrize(("text", "speaker"), [
    ("Der türkische Botschafter Ali Kaya sprach in Berlin. Nach dem Treffen mit Erdogan sagte der Botschafter: "
     "„Der Präsident wird die Einladung nach Berlin sicher annehmen.“", "Ali Kaya"),
    ("Der Botschafter Polens, Jan Kowal, kam am Montag nach Vilnius. Nach dem Gespräch mit Nauseda sagte der "
     "Botschafter: „Wir wollen die Grenze gemeinsam und noch besser schützen.“", "Jan Kowal"),
    ("Dutch Ambassador Karel de Wit spoke in The Hague on Monday. Asked about the visit of Ramaphosa, the "
     "ambassador said: \"The president will be welcomed by the king in June.\"", "Karel de Wit"),
])
def test_a_named_role_still_speaks(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]
