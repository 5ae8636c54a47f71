"""The HTTP API: answers are `peristiwa/1`, bad requests are clear 4xx, limits hold (413, 504)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("httpx")

from fastapi.testclient import TestClient

from peristiwa import SCHEMA, __version__
from peristiwa.document import Document
from peristiwa.errors import InputError
from peristiwa.ingest import Record
from peristiwa.schema import validate
from peristiwa.serve import Settings, create_app
from peristiwa.spans import Event, Party, Place, Segment, Span

TEXTS = [
    "Sekelompok orang bersenjata menyerang pos polisi di Ilaga, Papua Tengah, pada 4 Maret 2024.",
    "Ratusan mahasiswa berunjuk rasa di depan gedung DPRD di Jayapura.",
    "Komnas HAM mengecam kekerasan tersebut dan meminta semua pihak menahan diri.",
]
TRIGGERS = {"menyerang": "ASSAULT", "berunjuk rasa": "PROTEST", "mengecam": "ACCUSE"}


def fake_extract(record: Record) -> Document:
    """A stand-in for the pipeline: one event per known trigger word, offsets into the text."""
    if "RUSAK" in record.text:
        raise InputError(record.id, "pretend this document cannot be processed")
    events = []
    sentence = Segment(0, len(record.text))
    for word, kind in TRIGGERS.items():
        at = record.text.find(word)
        if at < 0:
            continue
        actor = [Party(record.text[:at].strip(), 0, len(record.text[:at].strip()))]
        places = []
        for name, lat, lon in (("Ilaga", -3.98, 137.62), ("Jayapura", -2.53, 140.72)):
            where = record.text.find(name)
            if where >= 0:
                places.append(
                    Place(name, where, where + len(name), name=name, country="IDN", feature="city", lat=lat, lon=lon)
                )
        events.append(
            Event(
                id=f"{record.id}#{len(events) + 1}",
                event_type=kind,
                trigger=Span(word, at, at + len(word)),
                sentence=sentence,
                actor=actor,
                locations=places,
            )
        )
    return Document(
        doc_id=record.id,
        text=record.text,
        reference_time=record.reference_time,
        url=record.url,
        title=record.title,
        events=events,
        segments=[sentence],
    )


@pytest.fixture
def client() -> Iterator[TestClient]:
    with TestClient(create_app(extractor=fake_extract)) as test_client:
        yield test_client


def test_serve_health_and_version(client: TestClient) -> None:
    assert client.get("/health").json() == {"status": "ok"}
    assert client.get("/version").json() == {"name": "peristiwa", "version": __version__, "schema": SCHEMA}


@pytest.mark.parametrize("text", TEXTS)
def test_serve_extract_answers_peristiwa_1(client: TestClient, text: str) -> None:
    response = client.post("/extract", json={"text": text, "id": "berita-1", "reference_time": "2024-03-05"})
    assert response.status_code == 200
    data = response.json()
    validate(data)
    assert data["doc_id"] == "berita-1" and data["reference_time"] == "2024-03-05T00:00:00Z"
    assert len(data["events"]) == 1
    trigger = data["events"][0]["trigger"]
    assert text[trigger["start"] : trigger["end"]] == trigger["text"]


@pytest.mark.parametrize(
    ("body", "status", "words"),
    [
        ({"text": ""}, 422, "text is empty"),
        ({"text": "  \n "}, 422, "text is empty"),
        ({"text": 42}, 422, "text"),
        ({}, 422, "text: Field required"),
        ({"text": "Polisi menangkap tiga orang.", "reference_time": "kemarin"}, 422, "ISO 8601"),
        ({"text": "Polisi menangkap tiga orang.", "path": "/etc/passwd"}, 422, "path"),
        (["Polisi menangkap tiga orang."], 422, "dictionary"),
    ],
)
def test_serve_extract_rejects_bad_requests_clearly(client: TestClient, body: object, status: int, words: str) -> None:
    response = client.post("/extract", json=body)
    assert response.status_code == status
    assert words in response.json()["detail"]


def test_serve_malformed_json_is_400(client: TestClient) -> None:
    response = client.post(
        "/extract", content=b'{"text": "Demo di Jakarta', headers={"content-type": "application/json"}
    )
    assert response.status_code == 400
    assert response.json()["detail"].startswith("malformed JSON")


def test_serve_document_error_is_422(client: TestClient) -> None:
    response = client.post("/extract", json={"text": "Teks RUSAK sekali."})
    assert response.status_code == 422 and "cannot be processed" in response.json()["detail"]


def test_serve_batch_reports_errors_in_place(client: TestClient) -> None:
    documents = [
        {"text": TEXTS[0], "id": "a"},
        {"text": "", "id": "kosong"},
        {"text": TEXTS[1]},
        "bukan objek",
        {"text": "Teks RUSAK.", "id": "rusak"},
        {"text": TEXTS[2], "reference_time": "x"},
    ]
    response = client.post("/extract/batch", json={"documents": documents})
    assert response.status_code == 200
    out = response.json()
    assert len(out) == len(documents)
    validate(out[0])
    validate(out[2])
    assert out[0]["doc_id"] == "a" and out[2]["doc_id"] == "2"
    assert out[1] == {"doc_id": "kosong", "error": {"status": 422, "detail": "text: Value error, text is empty"}}
    assert out[3]["doc_id"] == "3" and out[3]["error"]["status"] == 422
    assert out[4]["doc_id"] == "rusak" and "cannot be processed" in out[4]["error"]["detail"]
    assert out[5]["doc_id"] == "5" and "ISO 8601" in out[5]["error"]["detail"]


def test_serve_batch_size_limit() -> None:
    app = create_app(extractor=fake_extract, settings=Settings(max_batch=2))
    with TestClient(app) as client:
        response = client.post("/extract/batch", json={"documents": [{"text": t} for t in TEXTS]})
    assert response.status_code == 413 and "limit is 2" in response.json()["detail"]


@pytest.mark.parametrize("chunked", [False, True])
def test_serve_body_size_limit_is_413(chunked: bool) -> None:
    app = create_app(extractor=fake_extract, settings=Settings(max_body_bytes=1000))
    body = ('{"text": "' + "Demo mahasiswa di Jakarta. " * 100 + '"}').encode()
    with TestClient(app) as client:
        if chunked:
            response = client.post(
                "/extract", content=iter([body[:600], body[600:]]), headers={"content-type": "application/json"}
            )
        else:
            response = client.post("/extract", content=body, headers={"content-type": "application/json"})
        assert response.status_code == 413
        assert "1000 bytes" in response.json()["detail"]
        assert client.post("/extract", json={"text": TEXTS[0]}).status_code == 200


def test_serve_time_limit_is_504() -> None:
    release = threading.Event()

    def stuck(record: Record) -> Document:
        release.wait(5)
        return fake_extract(record)

    app = create_app(extractor=stuck, settings=Settings(timeout=0.05))
    try:
        with TestClient(app) as client:
            response = client.post("/extract", json={"text": TEXTS[0]})
            assert response.status_code == 504 and "limit" in response.json()["detail"]
    finally:
        release.set()


def test_serve_viewer_and_openapi_are_served(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and "viewer.js" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for path in (
        "/static/viewer.js",
        "/static/vendor/leaflet/leaflet.js",
        "/static/countries-110m.geojson",
        "/static/contoh-berita.txt",
    ):
        assert client.get(path).status_code == 200, path
    spec = client.get("/openapi.json").json()
    assert {"/extract", "/extract/batch", "/health", "/version"} <= set(spec["paths"])


@pytest.mark.parametrize(
    "path",
    ["/static/../app.py", "/static/..%2fapp.py", "/static/%2e%2e/__init__.py", "/etc/passwd", "/static//etc/passwd"],
)
def test_serve_never_serves_files_outside_static(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404 or "create_app" not in response.text
    assert "root:" not in response.text


def test_serve_real_pipeline_example(example_text: str) -> None:
    with TestClient(create_app()) as real:
        response = real.post("/extract", json={"text": example_text, "id": "contoh", "reference_time": "2024-03-04"})
    assert response.status_code == 200
    data = response.json()
    validate(data)
    assert data["events"], "the example reports several events"
    for event in data["events"]:
        trigger = event["trigger"]
        assert example_text[trigger["start"] : trigger["end"]] == trigger["text"]


def test_serve_an_unexpected_error_is_json_with_the_security_headers() -> None:
    def broken(record: Record) -> Document:
        raise RuntimeError("bug")

    with TestClient(create_app(extractor=broken)) as test_client:
        response = test_client.post("/extract", json={"text": "Polisi menangkap dua orang di Medan."})
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/json"
    assert response.headers["x-content-type-options"] == "nosniff"
    assert "internal error" in response.json()["detail"]


JSON_TYPE = {"content-type": "application/json"}


def test_serve_pipeline_workers_answer_bad_items_in_place() -> None:
    """The packaged pipeline in its worker process: a lone surrogate is that item's 422."""
    batch = {
        "documents": [
            {"id": "baik", "text": "Polisi menangkap dua orang di Medan."},
            {"id": "rusak", "text": "Demo\ud800"},
        ]
    }
    with TestClient(create_app(settings=Settings(timeout=120, warm_up=True))) as test_client:
        answer = test_client.post("/extract/batch", content=json.dumps(batch), headers=JSON_TYPE).json()
        body = json.dumps({"text": "Demo\ud800 di Jakarta."})  # "\\ud800" escaped, as a client sends it
        single = test_client.post("/extract", content=body, headers=JSON_TYPE)
    assert answer[0]["doc_id"] == "baik" and answer[0]["events"]
    assert answer[1]["error"]["status"] == 422 and "lone surrogate" in answer[1]["error"]["detail"]
    assert single.status_code == 422 and "character 4" in single.json()["detail"]


def test_serve_a_document_over_its_budget_is_stopped_and_the_server_answers_on() -> None:
    with TestClient(create_app(settings=Settings(timeout=0.01))) as test_client:
        text = "Polisi menangkap dua orang di Medan pada Senin (3/3/2025). " * 300  # ~0.5 s of work
        stopped = test_client.post("/extract", json={"text": text})
        health = test_client.get("/health")
    assert stopped.status_code == 504 and "over its budget" in stopped.json()["detail"]
    assert health.status_code == 200
