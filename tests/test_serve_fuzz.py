"""The server answers every input of the fuzz corpus without a 500: the long campaign's generators
(benchmarks/fuzz_campaign.py) and malformed requests, one by one and as one batch, through the
packaged pipeline in its worker process. A 200 answer is a valid `peristiwa/1` object."""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient

from peristiwa.schema import validate
from peristiwa.serve import Settings, create_app

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from fuzz_campaign import make_input  # noqa: E402

JSON_TYPE = {"content-type": "application/json"}
SAMPLE = 240  # campaign inputs (60 of each generator); the campaign itself runs 1,000,000
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data").rglob("*.txt"))]


def _campaign_bodies() -> list[dict[str, Any]]:
    bodies = []
    for n in range(SAMPLE):
        text, ref = make_input(n, 23, [t for t in TEXTS if t.strip()])
        body: dict[str, Any] = {"text": text, "id": f"fuzz-{n}"}
        if ref is not None:
            body["reference_time"] = ref
        bodies.append(body)
    return bodies


#: requests a careless or hostile client sends: wrong types, odd times, broken characters
ODD_BODIES: list[Any] = [
    {"text": "Demo\ud800 di Jakarta."},
    {"text": "Polisi menangkap dua orang kemarin.", "reference_time": "0001-01-01T00:00:00+14:00"},
    {"text": "Polisi menangkap dua orang besok.", "reference_time": "9999-12-31T23:59:59-12:00"},
    {"text": "Polisi menangkap dua orang.", "reference_time": "kemarin sore"},
    {"text": "Polisi menangkap dua orang.", "reference_time": 20250303},
    {"text": "Polisi menangkap dua orang.", "url": 12, "title": ["a"]},
    {"text": "Bentrok\x00 di Wamena."},
    {"text": "   \n\t "},
    {"text": None},
    {"text": "Unjuk rasa di Makassar.", "extra": True},
    {"text": "Unjuk rasa di Makassar.", "id": "x" * 5000},
    {"text": "\u2028".join(["Massa membakar pos polisi di Ilaga."] * 3)},
    {"text": "🇮🇩 " * 500 + "Polisi menembak dua orang di Nduga."},
    [],
    "Polisi menangkap dua orang.",
    12,
    None,
]


def _status_ok(response: Any) -> None:
    assert response.status_code < 500, response.text[:300]
    assert response.headers["content-type"].startswith("application/json")
    if response.status_code == 200:
        validate(response.json())


@pytest.fixture(scope="module")
def client() -> Any:
    with TestClient(create_app(settings=Settings(timeout=120, warm_up=True))) as test_client:
        yield test_client


def test_serve_answers_every_campaign_input_without_a_server_error(client: TestClient) -> None:
    for body in _campaign_bodies():
        _status_ok(client.post("/extract", content=json.dumps(body), headers=JSON_TYPE))


def test_serve_answers_malformed_requests_with_client_errors(client: TestClient) -> None:
    for body in ODD_BODIES:
        _status_ok(client.post("/extract", content=json.dumps(body), headers=JSON_TYPE))
    for raw in (b"{", b"\xff\xfe", b'{"text": "a"}' * 2, b"", b'{"text": "\\ud800"}'):
        _status_ok(client.post("/extract", content=raw, headers=JSON_TYPE))


def test_serve_a_batch_of_fuzz_and_odd_items_answers_each_in_place(client: TestClient) -> None:
    items = _campaign_bodies()[:40] + [b for b in ODD_BODIES if isinstance(b, dict)]
    random.Random(5).shuffle(items)
    response = client.post("/extract/batch", content=json.dumps({"documents": items}), headers=JSON_TYPE)
    assert response.status_code < 500, response.text[:300]
    if response.status_code == 200:
        answers = response.json()
        assert len(answers) == len(items)
        for answer in answers:
            if "error" in answer:
                assert answer["error"]["status"] < 500, answer
            else:
                validate(answer)
