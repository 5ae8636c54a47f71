"""Places over real texts: recall of the dev gold's places and countries, and sanity on raw passages."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from peristiwa.places import find_places, name_key

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PERISTIWA_SHARED", ROOT.parent / "shared"))
GOLD = SHARED / "gold" / "dev"
PASSAGES = SHARED / "corpus" / "indocoref" / "passages"


def gold_docs() -> list[tuple[str, set[str], set[str]]]:
    if not GOLD.is_dir():
        pytest.skip(f"dev gold not found at {GOLD} (set PERISTIWA_SHARED)")
    docs = []
    for path in sorted(GOLD.glob("*.gold.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (GOLD / gold["doc"]).read_text(encoding="utf-8")
        places: set[str] = set()
        countries: set[str] = set()
        for event in gold["events"]:
            loc = event.get("locations") or {}
            places |= set(loc.get("places") or [])
            countries |= set(loc.get("countries") or [])
        docs.append((text, places, countries))
    return docs


def test_places_gold_recall() -> None:
    found = total = 0
    for text, gold_places, _ in gold_docs():
        keys = set()
        for p in find_places(text):
            keys |= {name_key(p.text), name_key(p.name or "")}
        keys.discard("")
        total += len(gold_places)
        # The scorer's rule: a predicted place matches when one name contains the other.
        found += sum(any(name_key(g) in k or k in name_key(g) for k in keys) for g in gold_places)
    assert total > 0
    assert found / total >= 0.9, f"place recall {found}/{total}"


def test_places_gold_country_recall() -> None:
    found = total = 0
    for text, _, gold_countries in gold_docs():
        predicted = {p.country for p in find_places(text)}
        total += len(gold_countries)
        found += len(gold_countries & predicted)
    assert found == total


def test_places_passages_offsets_and_no_stop_names() -> None:
    if not PASSAGES.is_dir():
        pytest.skip(f"passages not found at {PASSAGES}")
    bad_names = {"mei", "juni", "senin", "kamis", "barat", "utara", "kota", "selatan"}
    for path in sorted(PASSAGES.glob("*.txt"))[:60]:
        text = path.read_text(encoding="utf-8")
        for place in find_places(text):
            assert text[place.start : place.end] == place.text
            assert name_key(place.text) not in bad_names, (path.name, place)
