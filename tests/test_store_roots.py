"""Wording compared by root: two reports of one day in one village tell one act with other affixes."""

from __future__ import annotations

import re
from typing import Any

from peristiwa.lang.id import stopwords
from peristiwa.store.merge import THRESHOLD, compare
from peristiwa.store.roots import root_overlap, roots


def _words(sentence: str) -> list[str]:
    return sorted({w.lower() for w in re.findall(r"[^\W\d_]{4,}", sentence)} - stopwords())


def test_store_roots_undo_the_affixes_of_one_act() -> None:
    assert "diri" in roots("mendirikan") & roots("didirikan")
    assert "ungsi" in roots("pengungsian") & roots("mengungsi")
    assert "tetap" in roots("menetapkan") & roots("ditetapkan")
    assert "serang" in roots("menyerang") & roots("serangan")
    assert "pukul" in roots("memukul")
    assert not roots("membakar") & roots("membayar")


def test_store_roots_overlap_counts_a_pair_sharing_a_root_once() -> None:
    assert root_overlap({"tenda", "didirikan"}, {"tenda", "mendirikan"}) == 1.0
    assert root_overlap({"tenda", "didirikan"}, {"tenda", "membongkar"}) == 1 / 3
    assert root_overlap(set(), {"tenda"}) == 0.0


def _aid(place: list[Any], sentence: str, day: str = "2025-03-04") -> dict[str, Any]:
    return {
        "type": "AID",
        "day": day,
        "precision": "day",
        "reference_day": "2025-03-05",
        "country": "IDN",
        "parties": [],
        "actors": ["IDN/GOV"],
        "recipients": [],
        "names": [],
        "places": [place],
        "words": _words(sentence),
    }


VILLAGE = ["Sukamaju", -6.9, 107.6, "village", "IDN/32/32.04/32.04.10/32.04.10.2001"]
CITY = ["Kota Bandung", -6.91, 107.61, "city", "IDN/32/32.73"]


def test_store_merge_one_day_in_one_village_reads_the_wording_by_root() -> None:
    """Two reports of one day's relief in one village, telling the tents put up with other affixes,
    join; the same sentences sharing only a city, or on another day, stay apart."""
    first = "Pemkab mendirikan tenda pengungsian bagi warga korban banjir pada Selasa malam."
    second = "Puluhan tenda didirikan untuk penduduk yang mengungsi, kata kepala dinas sosial."
    a, b = _aid(VILLAGE, first), _aid(VILLAGE, second)
    assert compare(b, [a], {"a"}, "b").veto is None and compare(b, [a], {"a"}, "b").score >= THRESHOLD
    in_a_city = compare(_aid(CITY, second), [_aid(CITY, first)], {"a"}, "b")
    assert in_a_city.veto == "the wording has almost nothing in common"
    another_day = compare(_aid(VILLAGE, second, "2025-03-05"), [a], {"a"}, "b")
    assert another_day.veto is not None
