"""A role with no article right beside a verb of saying ("..., Pakistan's foreign minister said",
"..., said Chinese Foreign Minister.") points to the holder named before. Texts written for the tests."""

from __future__ import annotations

import pytest

import dyad


def speakers(text: str) -> list[str | None]:
    return [q.speaker_en for q in dyad.extract(text, source="t.txt").quotes]


@pytest.mark.parametrize(("text", "speaker"), [
    ("Peruvian Foreign Minister Elena Ramos met her Ecuadorian counterpart in Lima on Monday. "
     "Ecuadorian Foreign Minister Jorge Vega thanked her for the invitation.\n\n\"Our border "
     "must stay open for trade and for families on both sides,\" Peru's foreign minister said.", "Elena Ramos"),
    ("Kenyan Ambassador James Mwangi handed a note to the Ugandan side on Friday. "
     "Ugandan Foreign Minister John Okello received it in Kampala.\n\n\"We will not accept any more "
     "raids on our fishermen near the islands,\" Kenya's top envoy told reporters.", "James Mwangi"),
    ("Indonesian Foreign Minister Siti Rahma spoke after the talks in Kuala Lumpur. "
     "Malaysian Foreign Minister Aziz Hamid hosted the meeting.\n\n\"Both governments agreed "
     "to mark the maritime line by the end of the year,\" said Indonesian Foreign Minister.", "Siti Rahma"),
])
def test_a_bare_role_beside_the_verb_is_the_holder_named_before(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


def test_a_bare_role_followed_by_a_name_stays_a_title() -> None:
    text = ("\"We will answer every incursion with force,\" said Greek Defence Minister Nikos Panagiotopoulos, "
            "after talks with Turkish Foreign Minister Mevlut Cavusoglu.")
    assert speakers(text) == ["Nikos Panagiotopoulos"]
