"""The actor registry: lookup by any spelling, office holders by date, stable ids."""

from __future__ import annotations

import csv
from importlib import resources

import pytest

from dyad.registry import ROLES, Registry, actor_id_for, get_registry


@pytest.fixture(scope="module")
def reg() -> Registry:
    return get_registry()


def test_csv_is_well_formed() -> None:
    ref = resources.files("dyad").joinpath("data/actors.csv")
    with ref.open("r", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert rows
    names: dict[str, str] = {}
    for r in rows:
        assert r["role"] in ROLES, r
        assert len(r["country"]) == 3 and r["country"].isupper()
        assert r["source"], r
        for d in (r["start"], r["end"]):
            assert d == "" or d[:4].isdigit(), r
        if r["start"] and r["end"]:
            assert r["start"] <= r["end"], r
        assert names.setdefault(r["actor_id"], r["name_en"]) == r["name_en"]


def test_get_registry_is_cached(reg: Registry) -> None:
    assert get_registry() is reg
    assert len(reg) > 150


@pytest.mark.parametrize(
    "spelling",
    [
        "Natalya Kochanova",
        "Natalja Kotschanowa",
        "Наталья Кочанова",
        "Кочанова Наталья Ивановна",
        "Kochanova",
    ],
)
def test_kochanova_spellings_one_id(reg: Registry, spelling: str) -> None:
    a = reg.lookup(spelling)
    assert a is not None and a.actor_id == "blr-natalya-kochanova"
    assert actor_id_for(spelling, "BLR") == "blr-natalya-kochanova"


@pytest.mark.parametrize(
    "spelling",
    ["Aleksandr Lukashenko", "Alexander Lukashenko", "Alexander Lukaschenko", "Лукашенко Александр Григорьевич",
     "Lukashenka"],
)  # fmt: skip
def test_lukashenko_spellings_one_id(reg: Registry, spelling: str) -> None:
    assert actor_id_for(spelling, "BLR") == "blr-alexander-lukashenko"


def test_koshanov_is_not_kochanova(reg: Registry) -> None:
    a = reg.lookup("Yerlan Koshanov", "KAZ")
    assert a is not None and a.actor_id == "kaz-yerlan-koshanov"
    assert actor_id_for("Yerlan Koshanov", "KAZ") != actor_id_for("Natalya Kochanova", "BLR")
    assert reg.lookup("Koshanov").actor_id != reg.lookup("Kochanova").actor_id  # type: ignore[union-attr]


def test_no_fuzzy_merge(reg: Registry) -> None:
    assert reg.lookup("Askar Beisenbayev").actor_id != reg.lookup("Askar Mamin").actor_id  # type: ignore[union-attr]
    assert reg.lookup("Askar") is None  # a first name alone
    assert reg.lookup("Japarov") is None  # two known Japarovs
    assert reg.lookup("Natalya Kochanov") is None
    assert reg.lookup("Tokayev", "BLR") is None  # a bare surname must fit the country


def test_russian_inflected_forms(reg: Registry) -> None:
    assert reg.lookup("Касым-Жомартом Токаевым").actor_id == "kaz-kassym-jomart-tokayev"  # type: ignore[union-attr]
    assert reg.lookup("Кочановой").actor_id == "blr-natalya-kochanova"  # type: ignore[union-attr]


def test_holder_across_change_of_office(reg: Registry) -> None:
    assert reg.holder("head_of_state", "KAZ", "2017-11-29").actor_id == "kaz-nursultan-nazarbayev"  # type: ignore[union-attr]
    assert reg.holder("head_of_state", "KAZ", "2019-03-19").actor_id == "kaz-nursultan-nazarbayev"  # type: ignore[union-attr]
    assert reg.holder("head_of_state", "KAZ", "2019-03-20").actor_id == "kaz-kassym-jomart-tokayev"  # type: ignore[union-attr]
    assert reg.holder("head_of_state", "KAZ", None).actor_id == "kaz-kassym-jomart-tokayev"  # type: ignore[union-attr]
    assert reg.holder("head_of_state", "KAZ", "2021").actor_id == "kaz-kassym-jomart-tokayev"  # type: ignore[union-attr]
    assert reg.holder("head_of_state", "KAZ", "--02-27") is None


def test_holder_other_offices(reg: Registry) -> None:
    cases = [
        ("speaker_upper", "BLR", "2021-06-09", "blr-natalya-kochanova"),
        ("speaker_lower", "BLR", "2017-11-23", "blr-vladimir-andreichenko"),
        ("speaker_lower", "KAZ", "2025-02-05", "kaz-yerlan-koshanov"),
        ("head_of_state", "BLR", "2017-11-29", "blr-alexander-lukashenko"),
        ("foreign_minister", "RUS", "2015-01-01", "rus-sergey-lavrov"),
        ("head_of_government", "RUS", "2010-01-01", "rus-vladimir-putin"),
        ("head_of_state", "RUS", "2010-01-01", "rus-dmitry-medvedev"),
        ("head_of_government", "DEU", "2020-01-01", "deu-angela-merkel"),
        ("head_of_state", "USA", "2022-06-01", "usa-joe-biden"),
    ]
    for role, iso, date, expected in cases:
        a = reg.holder(role, iso, date)
        assert a is not None and a.actor_id == expected, (role, iso, date)
    assert reg.holder("head_of_state", "XXX", "2020-01-01") is None


def test_holder_ambassador_by_host(reg: Registry) -> None:
    a = reg.holder("ambassador", "KAZ", "2021-06-09", host="BLR")
    assert a is not None and a.actor_id == "kaz-askar-beisenbayev"


def test_actor_id_for_unknown_people_is_stable() -> None:
    a = actor_id_for("Ivan Petrov", "RUS")
    assert a == actor_id_for("Иван Петров", "RUS") == actor_id_for("Iwan Petrow", "RUS")
    assert a.startswith("p-rus-")
    assert actor_id_for("Ivan Petrov", None).startswith("p-xxx-")
    assert actor_id_for("Ivan Petrov", "RUS") != actor_id_for("Ivan Sidorov", "RUS")
