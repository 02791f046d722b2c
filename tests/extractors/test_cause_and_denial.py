"""The person whose words an act answers is no participant of the act ("in protest at remarks
by ..."), and a denial with no named accuser is aimed at the report's other side. Sentences
written for the tests."""

from __future__ import annotations

import dyad


def events(text: str) -> list[tuple[str, str, str | None, str | None, list[str]]]:
    rec = dyad.extract(text, source="t.txt")
    return [(e.type, e.cameo, e.source, e.target, [p.name_en for p in e.participants]) for e in rec.events]


def test_the_speaker_an_act_protests_against_is_not_its_participant() -> None:
    en = events("Envoy recalled\n\nLIMA, 4 March 2025 - Peru recalled its ambassador to Bolivia on Tuesday in "
                "protest at remarks by Bolivian President Luis Arce, the foreign ministry said.")
    recall = [e for e in en if e[1].startswith("16")]
    assert recall and all("Luis Arce" not in e[4] for e in recall), en
    de = events("Botschafter abberufen\n\nLIMA, 4. März 2025 (dpa) - Peru hat aus Protest gegen Äußerungen des "
                "bolivianischen Präsidenten Luis Arce seinen Botschafter aus Bolivien abberufen.")
    recall = [e for e in de if e[1].startswith("16")]
    assert recall and all("Luis Arce" not in e[4] for e in recall), de


def test_a_denial_without_its_accuser_is_aimed_at_the_other_side() -> None:
    de = events("Streit um Festnahmen\n\nBELGRAD, 4. März 2025 (dpa) - Serbien hat Kroatien vorgeworfen, zwei "
                "serbische Lastwagenfahrer an der kroatischen Grenze grundlos festgehalten zu haben. Kroatien wies die "
                "Vorwürfe zurück.")
    assert any(e[1] == "016" and (e[2] or "").startswith("HRV") and (e[3] or "").startswith("SRB") for e in de), de
    en = events("Row over detentions\n\nBELGRADE, 4 March 2025 - Serbia accused Croatia of detaining two Serbian "
                "truck drivers at the Croatian border without cause. Croatia rejected the accusations.")
    assert any(e[1] == "016" and (e[2] or "").startswith("HRV") and (e[3] or "").startswith("SRB") for e in en), en
