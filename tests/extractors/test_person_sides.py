"""The side of a person whose title names no country: by the company kept in the sentence."""

from __future__ import annotations

import dyad


def countries(page: str) -> dict[str, str | None]:
    record = dyad.extract(page, source="t.txt")
    return {p.name_en: p.country for e in record.events for p in e.participants}


def test_the_host_met_in_an_encounter_is_the_other_side() -> None:
    page = ("Vietnam and Germany deepen ties\n\n"
            "President Lin Varo held talks with the German Federal President Karl Mauer in Hanoi on "
            "Tuesday.\n\nThe two presidents discussed trade between Vietnam and Germany and the "
            "training of Vietnamese nurses.\n")
    got = countries(page)
    assert got.get("Karl Mauer") == "DEU"
    assert got.get("Lin Varo") == "VNM"  # not the country the sentence names


def test_members_of_a_delegation_are_on_their_leaders_side() -> None:
    page = ("Kanzlerin reist nach Indien\n\n"
            "Die deutsche Kanzlerin Anna Berger trifft in Neu-Delhi den indischen Premierminister Ravi "
            "Sundaram zu Gesprächen über Handel mit Indien.\n\n"
            "Berger wird begleitet von Agrarministerin Petra Lindholm und Forschungsministerin Marta "
            "Kessel.\n\nIndien ist für Indien und Deutschland ein wichtiger Partner, sagte Sundaram in Indien.\n")
    got = countries(page)
    assert got.get("Anna Berger") == "DEU"
    assert got.get("Petra Lindholm") == "DEU"
    assert got.get("Marta Kessel") == "DEU"
