"""Actor coding measured on a written test set (tests/data/actors/mentions.tsv).

Every row is a sentence, a mention the coder must find (an entity covering that substring),
its expected country and sector ("A|B" where both are defensible) and the document default
country to pass. Recall, country accuracy and sector accuracy are computed over all rows (a
mention not found counts as wrong) and must reach the issue's target of 0.90. Run with -s to
see every miss.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from peristiwa.actors import ActorCoder
from peristiwa.spans import Entity

DATA = Path(__file__).resolve().parent / "data" / "actors" / "mentions.tsv"
TARGET = 0.90
SECTORS = {
    "COP",
    "GOV",
    "JUD",
    "LEG",
    "MIL",
    "PRM",
    "PTY",
    "REB",
    "SPY",
    "UAF",
    "UNK",
    "AGR",
    "BUS",
    "CRM",
    "CVL",
    "EDU",
    "ELI",
    "JRN",
    "LAB",
    "MED",
    "REF",
    "OPP",
    "PRE",
    "REL",
    "SOC",
}
NONSTATE = {"IGO", "UNO", "EUR", "NGO", "IMG", "MNC"}


@dataclass(frozen=True, slots=True)
class Row:
    sentence: str
    mention: str
    countries: frozenset[str]
    sectors: frozenset[str]
    default_country: str | None


@dataclass(frozen=True, slots=True)
class Outcome:
    row: Row
    entity: Entity | None

    @property
    def found(self) -> bool:
        return self.entity is not None

    @property
    def country_ok(self) -> bool:
        return self.entity is not None and self.entity.country in self.row.countries

    @property
    def sector_ok(self) -> bool:
        return self.entity is not None and self.entity.sector in self.row.sectors


def _rows() -> list[Row]:
    lines = [ln for ln in DATA.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    reader = csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)
    return [
        Row(
            r["sentence"],
            r["mention"],
            frozenset(r["country"].split("|")),
            frozenset(r["sector"].split("|")),
            r["default_country"] or None,
        )
        for r in reader
    ]


def _covering(entities: list[Entity], start: int, end: int) -> Entity | None:
    covering = [e for e in entities if e.start <= start and end <= e.end]
    return min(covering, key=lambda e: e.end - e.start) if covering else None


@pytest.fixture(scope="module")
def outcomes() -> list[Outcome]:
    coder = ActorCoder.load()
    out = []
    for row in _rows():
        start = row.sentence.index(row.mention)
        ents = coder.find_entities(row.sentence, default_country=row.default_country)
        out.append(Outcome(row, _covering(ents, start, start + len(row.mention))))
    return out


def _report(outcomes: list[Outcome], ok: str) -> float:
    misses = [o for o in outcomes if not getattr(o, ok)]
    for o in misses:
        e = o.entity
        got = f"{e.text!r} {e.country} {e.sector}" if e else "not found"
        want = f"{'|'.join(sorted(o.row.countries))} {'|'.join(sorted(o.row.sectors))}"
        print(f"[{ok}] {o.row.mention!r}: want {want}, got {got}  <- {o.row.sentence}")
    score = 1 - len(misses) / len(outcomes)
    print(f"{ok}: {score:.3f} ({len(outcomes) - len(misses)}/{len(outcomes)})")
    return score


def test_actors_coding_set_is_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 220
    for row in rows:
        assert row.mention in row.sentence, row
        assert row.sectors <= SECTORS, row
        assert all(re.fullmatch(r"[A-Z]{3}", c) or c in NONSTATE for c in row.countries), row
        assert row.default_country is None or re.fullmatch(r"[A-Z]{3}", row.default_country), row


def test_actors_coding_recall(outcomes: list[Outcome]) -> None:
    assert _report(outcomes, "found") >= TARGET


def test_actors_coding_country_accuracy(outcomes: list[Outcome]) -> None:
    assert _report(outcomes, "country_ok") >= TARGET


def test_actors_coding_sector_accuracy(outcomes: list[Outcome]) -> None:
    assert _report(outcomes, "sector_ok") >= TARGET
