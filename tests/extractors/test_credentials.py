"""An envoy presenting credentials to a head of state meets him: the ceremony is a meeting of
the two sides, whether told from the envoy ("presented his credentials to") or from the host
("accepted the credentials of")."""

from __future__ import annotations

import pytest

import dyad

CREDENTIALS = {
    "en": ("ASTANA, 12 March (Kazinform) – The new Ambassador of Mongolia to Kazakhstan Batbold Dorj presented "
           "his credentials to President of Kazakhstan Kassym-Jomart Tokayev on Tuesday.\n"),
    "en_host": ("ASTANA, 12 March (Kazinform) – President of Kazakhstan Kassym-Jomart Tokayev accepted the letters "
                "of credentials of the new Ambassador of Mongolia to Kazakhstan Batbold Dorj on Tuesday.\n"),
    "de": ("ASTANA, 12. März (Kazinform) - Der neue Botschafter der Mongolei in Kasachstan, Batbold Dorj, hat am "
           "Dienstag dem kasachischen Präsidenten Kassym-Schomart Tokajew sein Beglaubigungsschreiben überreicht.\n"),
    "ru": ("АСТАНА, 12 марта. Новый посол Монголии в Казахстане Батболд Дорж во вторник вручил верительные грамоты "
           "президенту Казахстана Касым-Жомарту Токаеву.\n"),
}


@pytest.mark.parametrize("key", sorted(CREDENTIALS))
def test_presenting_credentials_is_a_meeting_of_envoy_and_head_of_state(key: str) -> None:
    rec = dyad.extract(CREDENTIALS[key], source=f"credentials_{key}.txt")
    meetings = [e for e in rec.events if e.type == "meeting"]
    assert len(meetings) == 1, [(e.type, e.cameo) for e in rec.events]
    assert {p.country for p in meetings[0].participants} == {"KAZ", "MNG"}
    assert "Tokayev" in {p.name_en.split()[-1] for p in meetings[0].participants}


def test_credentials_presented_years_ago_are_no_meeting_of_this_report() -> None:
    text = ("ASTANA, 12 March 2024 (Kazinform) – Trade between Kazakhstan and Mongolia grew by 12 percent last year.\n"
            "Ambassador of Mongolia to Kazakhstan Batbold Dorj, who presented his credentials to President of Kazakhstan "
            "Kassym-Jomart Tokayev back in 2019, spoke at a business forum in Almaty.\n")
    rec = dyad.extract(text, source="credentials_old.txt")
    assert not [e for e in rec.events if e.type == "meeting"]
