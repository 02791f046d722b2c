"""A relative clause that quotes a document ("a post of the embassy, in which it says “...”"):
the document's author speaks, not the person who pointed to it. Texts written for the tests."""

from __future__ import annotations

import pytest

import dyad


def speakers(text: str) -> list[str | None]:
    return [q.speaker_en for q in dyad.extract(text, source="t.txt").quotes]


@pytest.mark.parametrize(("text", "speaker", "not_speaker"), [
    ("Chilean Foreign Minister Pedro Soto criticised a note from the Bolivian Foreign Ministry, which reads "
     "\"the waters of the Pacific coast must return to their rightful owner\".", "Bolivian Foreign Ministry",
     "Pedro Soto"),
    ("Greek Foreign Minister Nikos Dendias pointed to a message of the Turkish Embassy in Athens in which it says "
     "\"the islands of the Aegean cannot be armed under the old treaties\".", "Turkish Embassy", "Nikos Dendias"),
    ("Der ungarische Außenminister Péter Szijjártó verwies auf eine Mitteilung der rumänischen Botschaft, in der "
     "es heißt: „Die Minderheitenschulen bleiben wie bisher vollständig geöffnet.“", "Romanian Embassy",
     "Péter Szijjártó"),
    ("Министр иностранных дел Литвы Габриэлюс Ландсбергис сослался на заявление посольства Белоруссии, в котором "
     "говорится, что «граница будет закрыта для всех грузовиков до весны».", "Belarusian Embassy",
     "Gabrielius Landsbergis"),
])
def test_the_author_of_the_quoted_document_speaks(text: str, speaker: str, not_speaker: str) -> None:
    got = speakers(text)
    assert not_speaker not in got
    assert got and got[0] is not None and got[0].split()[-1] == speaker.split()[-1], got
