"""Admin hierarchy of geocoded places: the 2022 Papua provinces, their regencies and towns carry
Kemendagri 2025 names and codes (tests/data/places/papua2022.tsv)."""

from __future__ import annotations

import csv
from pathlib import Path

from peristiwa.places import find_places
from peristiwa.places.admin import hierarchy

DATA = Path(__file__).resolve().parent / "data" / "places" / "papua2022.tsv"


def _cases() -> list[dict[str, str]]:
    lines = [line for line in DATA.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


def test_admin_the_case_set_covers_every_2022_province() -> None:
    cases = _cases()
    assert len(cases) >= 30
    assert {c["admin1_code"] for c in cases} == {"93", "94", "95", "96"}


#: share of the cases whose place is found with the right province and regency (measured: see -s)
MIN_ACCURACY = 0.9


def test_admin_2022_province_and_regency_of_papuan_places() -> None:
    cases, wrong = _cases(), []
    for case in cases:
        sentence, toponym = case["sentence"], case["toponym"]
        start = sentence.index(toponym)
        found = [p for p in find_places(sentence) if p.start <= start < p.end]
        place = found[0] if found else None
        ok = (
            place is not None
            and place.admin1_code == case["admin1_code"]
            and place.admin1 == hierarchy().names[case["admin1_code"]]
            and (not case["admin2_code"] or place.admin2_code == case["admin2_code"])
        )
        if not ok:
            wrong.append(f"{toponym}: {place}")
    accuracy = 1 - len(wrong) / len(cases)
    print(f"admin accuracy {accuracy:.3f} on {len(cases)} cases; wrong: {wrong}")
    assert accuracy >= MIN_ACCURACY, wrong


def test_admin_places_abroad_and_regions_have_no_indonesian_units() -> None:
    places = find_places("Israel menyerang Gaza, dan ketegangan meluas ke seluruh Timur Tengah.")
    assert places and all(p.admin1 is None and p.admin1_code is None for p in places)
