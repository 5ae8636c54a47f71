"""Inputs the long fuzz campaign (benchmarks/fuzz_campaign.py) found crashing, kept as cases in
tests/data/fuzz_cases.jsonl: each must now give a valid peristiwa/1 object with its offsets."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import peristiwa
from peristiwa.schema import validate

CASES = [json.loads(line) for line in (Path(__file__).parent / "data" / "fuzz_cases.jsonl").open(encoding="utf-8")]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['campaign_input']}: {c['why']}" for c in CASES])
def test_a_fuzz_case_that_crashed_is_processed(case: dict[str, Any]) -> None:
    text = case["text"]
    data = peristiwa.extract(text, reference_time=case["reference_time"]).to_json()
    validate(data)
    for event in data["events"]:
        assert event["trigger"]["text"] == text[event["trigger"]["start"] : event["trigger"]["end"]]
