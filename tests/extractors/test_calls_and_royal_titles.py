"""Phone calls told with the plain verb, and royal titles that carry a name."""

from __future__ import annotations

import dyad


def call_people(page: str) -> list[set[str]]:
    record = dyad.extract(page, source="t.txt")
    return [{p.name_en for p in e.participants} for e in record.events if e.type == "phone_call"]


def test_a_call_told_with_the_plain_verb_in_russian() -> None:
    page = ("12 мая 2023, 14:05\nПрезидент Армении Ваграм Мелконян позвонил президенту Грузии Нодару "
            "Кипиани.\nСтороны обсудили вопросы двусторонней повестки.\n")
    assert call_people(page) == [{"Vagram Melkonyan", "Nodar Kipiani"}]
    spoke = page.replace("позвонил президенту Грузии Нодару Кипиани", "поговорил по телефону с президентом "
                         "Грузии Нодаром Кипиани")
    assert call_people(spoke) == [{"Vagram Melkonyan", "Nodar Kipiani"}]


def test_a_call_told_with_phoned_in_english() -> None:
    page = ("Georgia and Armenia\n\nTBILISI, 12 May (Agency) - Georgian Prime Minister Nodar Kipiani phoned "
            "Armenian Prime Minister Vahram Melkonyan on Friday to discuss transit through the two "
            "countries.\n")
    assert call_people(page) == [{"Nodar Kipiani", "Vahram Melkonyan"}]


def test_a_sultan_named_after_his_title_takes_part_in_the_talks() -> None:
    page = ("MINSK, 7. Oktober (BelTA) – Der Präsident von Belarus, Alexander Lukaschenko, und der Sultan "
            "von Oman, Haitham bin Tarik Al Said, setzten ihre Gespräche in Minsk fort.\n")
    record = dyad.extract(page, source="t.txt")
    talks = [e for e in record.events if e.type in {"talks", "meeting"}]
    assert talks and any(p.name_en.startswith("Haitham") and p.country == "OMN" for e in talks for p in e.participants)


def test_thanks_for_the_invitation_do_not_make_the_meeting_a_plan() -> None:
    page = ("Kazakhstan and Azerbaijan\n\nBAKU, 3 April (Agency) - Kazakh President Aidos Temirov, on an official "
            "visit to Azerbaijan, thanked President Rauf Guliyev for the invitation during their meeting in "
            "Baku on Monday.\n")
    record = dyad.extract(page, source="t.txt")
    assert any(e.type in {"meeting", "visit"} for e in record.events)
    planned = page.replace("thanked President Rauf Guliyev for the invitation during their meeting",
                           "invited President Rauf Guliyev to a meeting")
    assert not any(e.type == "meeting" for e in dyad.extract(planned, source="t.txt").events)


def test_a_name_after_the_dative_form_of_address() -> None:
    page = ("Am 12. April 2017 hat der kasachische Außenminister Herr Aibek Nurlanov die Delegation des "
            "Bundestages unter der Leitung von Herrn Jens Hartwig empfangen.\n")
    record = dyad.extract(page, source="t.txt")
    assert any("Jens Hartwig" in {p.name_en for p in e.participants} for e in record.events)


def test_the_sultan_named_by_his_title_speaks_his_quote() -> None:
    page = ("MINSK, 7. Oktober (BelTA) – Der Präsident von Belarus, Alexander Lukaschenko, empfing den Sultan "
            "von Oman, Haitham bin Tarik Al Said, in seiner Residenz.\n"
            "„Ich freue mich sehr, heute bei Ihnen zu Gast zu sein“, sagte der Sultan von Oman bei seiner "
            "Ankunft.\n")
    quotes = dyad.extract(page, source="t.txt").quotes
    assert quotes and (quotes[0].speaker_en or "").startswith("Haitham")
