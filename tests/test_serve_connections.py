"""The server on a real socket: half-sent requests are closed at the read deadline without
holding the extraction worker; the Host header must name this server."""

from __future__ import annotations

import json
import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")
pytest.importorskip("httpx")

import uvicorn
from fastapi.testclient import TestClient

from peristiwa.document import Document
from peristiwa.ingest import Record
from peristiwa.serve import Settings, create_app
from peristiwa.serve.limits import default_allowed_hosts, host_of
from peristiwa.serve.timeouts import protocol_with_read_timeout

TEXT = "Ratusan mahasiswa berunjuk rasa di depan gedung DPRD di Jayapura pada Senin."
READ_TIMEOUT = 0.5


def slow_extract(record: Record) -> Document:
    """Longer than the read deadline: the deadline must not cut a request that arrived whole."""
    time.sleep(READ_TIMEOUT * 2)
    return Document(doc_id=record.id, text=record.text, reference_time=record.reference_time)


@contextmanager
def _serving(settings: Settings, read_timeout: float) -> Iterator[tuple[str, int]]:
    """The app with `slow_extract` on a real socket; its address."""
    config = uvicorn.Config(
        create_app(settings=settings, extractor=slow_extract),
        http=protocol_with_read_timeout(read_timeout),
        log_level="warning",
        lifespan="on",
    )
    server = uvicorn.Server(config)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.02)
    try:
        yield sock.getsockname()
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()


@pytest.fixture
def server() -> Iterator[tuple[str, int]]:
    with _serving(Settings(workers=1, allowed_hosts=default_allowed_hosts("127.0.0.1")), READ_TIMEOUT) as address:
        yield address


def _request(body: str) -> bytes:
    data = body.encode()
    head = (
        "POST /extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(data)}\r\n\r\n"
    )
    return head.encode() + data


def _read_all(conn: socket.socket, limit: float) -> tuple[bytes, float]:
    """Everything the server sends until it closes the connection, and how long that took."""
    start = time.monotonic()
    conn.settimeout(limit)
    chunks = []
    while chunk := conn.recv(65536):
        chunks.append(chunk)
    return b"".join(chunks), time.monotonic() - start


@pytest.mark.parametrize("part", ["headers", "body"])
def test_serve_closes_a_half_sent_request_at_the_read_deadline(server: tuple[str, int], part: str) -> None:
    whole = _request(json.dumps({"text": TEXT}))
    cut = whole.index(b"Content-Type") if part == "headers" else len(whole) - 20
    with socket.create_connection(server) as conn:
        conn.sendall(whole[:cut])
        answer, waited = _read_all(conn, limit=READ_TIMEOUT * 10)
    assert waited < READ_TIMEOUT * 6  # closed by the server, not by the test's own limit
    assert b"200 OK" not in answer


def test_serve_answers_others_while_a_request_is_half_sent(server: tuple[str, int]) -> None:
    whole = _request(json.dumps({"text": TEXT}))
    with socket.create_connection(server) as stalled, socket.create_connection(server) as other:
        stalled.sendall(whole[:-20])  # its body never ends
        other.sendall(whole)
        answer, _ = _read_all_until_body(other)
    assert answer.startswith(b"HTTP/1.1 200")


def _read_all_until_body(conn: socket.socket) -> tuple[bytes, float]:
    start = time.monotonic()
    conn.settimeout(READ_TIMEOUT * 10)
    data = b""
    while b"\r\n\r\n" not in data or not data.rstrip().endswith(b"}"):
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    return data, time.monotonic() - start


def test_serve_a_whole_request_is_answered_after_the_read_deadline(server: tuple[str, int]) -> None:
    """The deadline is for arriving; the document's work (twice the deadline here) is not cut."""
    with socket.create_connection(server) as conn:
        conn.sendall(_request(json.dumps({"text": TEXT, "id": "lambat"})))
        answer, waited = _read_all_until_body(conn)
    assert answer.startswith(b"HTTP/1.1 200") and b'"lambat"' in answer
    assert waited >= READ_TIMEOUT * 2


def test_serve_keeps_a_connection_for_a_next_request_sent_whole(server: tuple[str, int]) -> None:
    with socket.create_connection(server) as conn:
        for n in range(2):
            conn.sendall(_request(json.dumps({"text": TEXT, "id": f"ke-{n}"})))
            answer, _ = _read_all_until_body(conn)
            assert answer.startswith(b"HTTP/1.1 200") and f'"ke-{n}"'.encode() in answer


@pytest.mark.parametrize(
    ("host", "status"),
    [
        ("127.0.0.1:8000", 200),
        ("localhost:8000", 200),
        ("LOCALHOST", 200),
        ("[::1]:8000", 200),
        ("rebind.attacker.example", 400),
        ("127.0.0.1.attacker.example:8000", 400),
        ("", 400),
    ],
)
def test_serve_answers_only_to_its_own_host_names(host: str, status: int) -> None:
    app = create_app(
        settings=Settings(allowed_hosts=default_allowed_hosts("127.0.0.1")),
        extractor=lambda r: Document(doc_id=r.id, text=r.text),
    )
    with TestClient(app) as client:
        response = client.post("/extract", json={"text": TEXT}, headers={"host": host})
    assert response.status_code == status
    assert response.headers["x-content-type-options"] == "nosniff"
    if status == 400:
        assert response.headers["content-type"] == "application/json"
        assert "Host header" in response.json()["detail"]


def test_serve_host_defaults_name_the_bind_address_and_loopback() -> None:
    assert default_allowed_hosts("10.1.2.3") == ("10.1.2.3", "localhost", "127.0.0.1", "::1")
    assert default_allowed_hosts("127.0.0.1") == ("127.0.0.1", "localhost", "::1")
    assert default_allowed_hosts("0.0.0.0") == ("*",)  # reachable by any name: nothing to check
    assert host_of(b"Berita.Example.ORG:443") == "berita.example.org"
    assert host_of(b"[2001:db8::1]:80") == "2001:db8::1"


def test_serve_a_wildcard_subdomain_is_allowed() -> None:
    app = create_app(settings=Settings(allowed_hosts=("*.example.org",)), extractor=lambda r: Document(r.id, r.text))
    with TestClient(app) as client:
        assert client.get("/health", headers={"host": "api.example.org"}).status_code == 200
        assert client.get("/health", headers={"host": "example.org.evil"}).status_code == 400


def test_serve_run_checks_hosts_and_reads_with_a_deadline_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """`peristiwa serve` (serve.run): the Host check names the bind address, the protocol has the
    read deadline of the settings."""
    from peristiwa import serve

    seen: dict[str, object] = {}

    def fake_run(app: object, **kwargs: object) -> None:
        seen.update(kwargs, app=app)

    monkeypatch.setattr(uvicorn, "run", fake_run)
    serve.run(host="10.1.2.3", port=8123, settings=Settings(read_timeout=7.0))
    protocol = seen["http"]
    assert isinstance(protocol, type) and protocol.read_timeout == 7.0  # type: ignore[attr-defined]
    with TestClient(seen["app"]) as client:  # type: ignore[arg-type]
        assert client.get("/health", headers={"host": "10.1.2.3:8123"}).status_code == 200
        assert client.get("/health", headers={"host": "evil.example"}).status_code == 400


@pytest.fixture
def small_server() -> Iterator[tuple[str, int]]:
    """A server on a real socket whose body limit is 20,000 bytes."""
    settings = Settings(workers=1, max_body_bytes=20_000, allowed_hosts=default_allowed_hosts("127.0.0.1"))
    with _serving(settings, 5.0) as address:
        yield address


@pytest.mark.parametrize("times_the_limit", [2, 50])
def test_serve_urllib_reads_the_413_of_a_body_over_the_limit(
    small_server: tuple[str, int], times_the_limit: int
) -> None:
    """urllib sends the whole body before it reads: the server reads and drops the rest first."""
    host, port = small_server
    body = json.dumps({"text": "Demo mahasiswa di Jakarta. " * (times_the_limit * 20_000 // 27)}).encode()
    request = urllib.request.Request(
        f"http://{host}:{port}/extract", data=body, headers={"content-type": "application/json"}
    )
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=30)
    assert refused.value.code == 413
    assert "20000 bytes" in json.loads(refused.value.read())["detail"]


def test_serve_answers_413_at_once_to_a_client_waiting_for_100_continue(small_server: tuple[str, int]) -> None:
    head = (
        "POST /extract HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
        "Content-Length: 1000000\r\nExpect: 100-continue\r\n\r\n"
    )
    with socket.create_connection(small_server) as conn:
        conn.sendall(head.encode())
        conn.settimeout(5)
        answer = conn.recv(65536)
    assert answer.startswith(b"HTTP/1.1 413")
