"""Which unnamed parties the place of an event tells: ``python -m peristiwa.training implicit``.

Reports often leave a party unnamed: "tiga pelaku ditangkap di Medan" (arrested by the police of
Indonesia), "unjuk rasa di depan gedung DPRD" (against the state), "ditetapkan sebagai tersangka"
(by investigators). For each role and type, this counts on the corpus's train split, over the
rules' events that match a gold event and lack that party, how often the gold party's country is
the country of the event's first located place, and which sector the gold gives it. A (role,
type) whose country agrees in at least `MIN_AGREEMENT` of at least `MIN_EVENTS` cases is written
to ``events/data/implicit.yaml`` with the sector the gold gives most often to the agreeing cases
(when it gives that one in at least `MIN_SECTOR` of them, else no sector). The dev and test splits
are not read.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path
from typing import Any

import yaml

from ..corpus import CorpusDoc
from ..document import event_json
from ..evaluate import match_document
from ..pipeline import build_pipeline
from .events import REPO, SEED, gold_set, run_rules, split_docs

MIN_EVENTS = 5
# About two in three: 0.7 left out the attack's target (25 of 38 train cases: the place's country);
# with it the corpus dev split's full-event F1 went 0.357 -> 0.383 (event P/R unchanged). 0.6 since
# the twelfth tranche: a rejection's unnamed addressee is the place's country in 14 of 22 train cases
# (0.64), a row the table had held since the fourth; an empty party scores no better than a wrong one.
MIN_AGREEMENT = 0.6
# The gold's most frequent sector whatever its share: with the twelfth tranche no sector reaches half
# of an accusation's or an arrest's unnamed targets (CVL 16 of 41, 9 of 30), and leaving them without
# one cost 23 recipient sectors on train.
MIN_SECTOR = 0.0
ROLES = ("actor", "recipient")
OUTPUT = REPO / "src/peristiwa/events/data/implicit.yaml"


def tally(docs: list[CorpusDoc]) -> dict[tuple[str, str], dict[str, Any]]:
    """Per (role, type): cases, cases whose gold country is the place's, and the gold sectors."""
    nlp = build_pipeline(use_judge=False)
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for d in docs:
        _, events = run_rules(nlp, d, ["unnamed"])  # what the text itself names
        predicted = [event_json(e) for e in events]
        for j, i in match_document(d.text, d.gold, predicted).items():
            gold, event = d.gold["events"][j], predicted[i]
            place = next((p["country"] for p in event.get("locations") or [] if p.get("country")), None)
            for role in ROLES:
                wanted = gold_set((gold.get(role) or {}).get("country"))
                if event.get(role) or place is None or not wanted:
                    continue
                row = out.setdefault((role, event["event_type"]), {"n": 0, "agree": 0, "sectors": Counter()})
                row["n"] += 1
                if place in wanted:
                    row["agree"] += 1
                    row["sectors"].update(gold_set((gold.get(role) or {}).get("sector")))
    return out


def table(counts: dict[tuple[str, str], dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {role: {} for role in ROLES}
    for (role, kind), row in sorted(counts.items()):
        if row["n"] < MIN_EVENTS or row["agree"] / row["n"] < MIN_AGREEMENT:
            continue
        sector, hits = row["sectors"].most_common(1)[0] if row["sectors"] else (None, 0)
        out[role][kind] = {
            "sector": sector if row["agree"] and hits / row["agree"] >= MIN_SECTOR else None,
            "train_cases": row["n"],
            "country_agrees": row["agree"],
        }
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m peristiwa.training implicit", description=__doc__)
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared")
    parser.add_argument("--annotations", type=Path, default=REPO / "corpus")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    train = split_docs(args.shared, args.annotations, 1.0, SEED)["train"]
    result = table(tally(train))
    header = (
        "# Unnamed parties told by where an event happened (peristiwa.events.implicit), written by\n"
        "# `python -m peristiwa.training implicit` from the corpus's train split: per role and type, the\n"
        "# sector given to the country of the event's first located place when the text names no party,\n"
        "# with the train cases it rests on. Regenerate; do not edit by hand.\n"
    )
    args.output.write_text(header + yaml.safe_dump(result, sort_keys=True, allow_unicode=True), encoding="utf-8")
    print(yaml.safe_dump(result, sort_keys=True))
    return 0
