"""A document's JSON written piece by piece (what the server's worker sends) is exactly the
compact JSON of `to_json()`; the server's answers are that JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from peristiwa import extract
from peristiwa.document import Document

EXTRA = Path(__file__).parent / "data" / "gold_extra"


def _compact(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, allow_nan=False, separators=(",", ":"))


@pytest.mark.parametrize("path", sorted(EXTRA.glob("*.txt"))[:4], ids=lambda p: p.stem)
def test_json_in_pieces_is_the_compact_json_of_the_document(path: Path) -> None:
    document = extract(path.read_text(encoding="utf-8"), doc_id=path.stem, reference_time="2024-03-05")
    document.url, document.title, document.keep_text = "https://contoh.id/berita", "Judul “kutipan”", True
    assert document.events and document.entities
    assert "".join(document.json_chunks()) == _compact(document.to_json())


def test_json_in_pieces_of_a_document_without_mentions() -> None:
    empty = Document(doc_id=None, text="")
    assert "".join(empty.json_chunks()) == _compact(empty.to_json())
    assert json.loads("".join(empty.json_chunks()))["events"] == []


def test_serve_worker_answers_the_json_of_the_api() -> None:
    pytest.importorskip("fastapi")
    pytest.importorskip("httpx")
    from fastapi.testclient import TestClient

    from peristiwa.serve import Settings, create_app

    text = (EXTRA / "kerusuhan-wamena-2019.txt").read_text(encoding="utf-8")
    expected = extract(text, doc_id="w", reference_time="2019-09-24").to_json()
    with TestClient(create_app(settings=Settings(timeout=120, warm_up=True))) as client:
        single = client.post("/extract", json={"text": text, "id": "w", "reference_time": "2019-09-24"})
        batch = client.post(
            "/extract/batch",
            json={"documents": [{"text": text, "id": "w", "reference_time": "2019-09-24"}, {"text": ""}]},
        )
    assert single.status_code == 200 and single.headers["content-type"] == "application/json"
    assert single.headers["x-content-type-options"] == "nosniff"
    assert single.content == _compact(expected).encode("utf-8")
    answers = batch.json()
    assert answers[0] == expected and answers[1]["error"]["status"] == 422
