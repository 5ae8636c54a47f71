"""A report placed only by its dateline's province still names the town of the act in its words."""

from __future__ import annotations

import re
from typing import Any

from peristiwa.lang.id import stopwords
from peristiwa.store.merge import THRESHOLD, compare


def _words(sentence: str) -> list[str]:
    return sorted({w.lower() for w in re.findall(r"[^\W\d_]{4,}", sentence)} - stopwords())


def _agree(places: list[list[Any]], sentence: str) -> dict[str, Any]:
    return {
        "type": "AGREE",
        "day": "2025-09-11",
        "precision": "day",
        "reference_day": "2025-09-11",
        "country": "JPN",
        "parties": ["JPN/GOV"],
        "actors": ["JPN/GOV"],
        "recipients": ["IDN/GOV"],
        "names": ["Shigeru Ishiba"],
        "places": places,
        "words": _words(sentence),
    }


PALACE = ["Istana Akasaka", None, None, "landmark", None]
TOKYO = ["Tokyo", 35.69, 139.69, "city", None]
DATELINE = ["DKI Jakarta", -6.21, 106.85, "admin1", "IDN/31"]
OSAKA = ["Osaka", 34.69, 135.50, "city", None]


def test_store_merge_a_dateline_report_naming_the_town_joins_the_report_placed_there() -> None:
    """One day's pledge told from Tokyo and, under a Jakarta dateline, with the palace in its words:
    one act. The same pledge placed in another town stays apart."""
    there = _agree(
        [PALACE, TOKYO], "Ishiba menyatakan Jepang bersedia menambah investasi energi terbarukan, ucap Ishiba."
    )
    dateline = _agree(
        [DATELINE],
        "JAKARTA, KOMPAS.com - Perdana Menteri Jepang berjanji membiayai pelabuhan baru setelah pertemuan "
        "bilateral di Istana Akasaka, Kamis.",
    )
    joined = compare(dateline, [there], {"a"}, "b")
    assert joined.veto is None and joined.score >= THRESHOLD
    assert compare(there, [dateline], {"b"}, "a").score >= THRESHOLD
    elsewhere = compare(dateline, [_agree([OSAKA], " ".join(there["words"]))], {"a"}, "b")
    assert elsewhere.veto is not None or elsewhere.score < THRESHOLD
