"""The event store: idempotent adding, merging across articles, explanations, crash safety."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import peristiwa
from peristiwa.document import Document
from peristiwa.errors import StoreError
from peristiwa.store import EventStore

# Two outlets report the same bombing; a third article tells another one, elsewhere, days later.
REPORT_A = (
    "MAKASSAR, Minggu (28/3/2021) - Bom bunuh diri meledak di depan Gereja Katedral Makassar, Sulawesi "
    "Selatan, Minggu (28/3/2021) pukul 10.28 WITA. Menurut Kapolda Sulawesi Selatan, sedikitnya 20 orang "
    "terluka akibat ledakan bom di gerbang gereja itu."
)
REPORT_B = (
    "Polisi: 19 Jemaat Terluka dalam Bom Katedral Makassar\n\n"
    "MAKASSAR, KOMPAS.com - Ledakan bom bunuh diri mengguncang Gereja Katedral Makassar, Sulawesi Selatan, "
    "pada Minggu (28/3/2021) pagi. Kabid Humas Polda Sulawesi Selatan mengatakan 19 orang terluka dalam "
    "ledakan bom di gerbang gereja tersebut."
)
OTHER = (
    "SURABAYA, Rabu (31/3/2021) - Bom rakitan meledak di depan Markas Polrestabes Surabaya, Jawa Timur, "
    "Rabu (31/3/2021) pukul 08.50 WIB. Polisi menyebut dua orang terluka akibat ledakan itu."
)


def _doc(text: str, doc_id: str, reference_time: str = "2021-03-28") -> tuple[Document, str]:
    return peristiwa.extract(text, doc_id=doc_id, reference_time=reference_time), text


@pytest.fixture()
def store(tmp_path: Path) -> EventStore:
    return EventStore(str(tmp_path / "events.sqlite"))


def _assaults(store: EventStore) -> list[dict[str, object]]:
    return [e for e in store.events(event_type="ASSAULT")]


def test_store_two_reports_of_one_bombing_become_one_event_with_both_figures(store: EventStore) -> None:
    store.add([_doc(REPORT_A, "a"), _doc(REPORT_B, "b"), _doc(OTHER, "c", "2021-03-31")])
    merged = [e for e in _assaults(store) if {"a", "b"} <= {m["doc_id"] for m in e["mentions"]}]  # type: ignore[union-attr]
    assert len(merged) == 1
    injured = next(c for c in merged[0]["casualties"] if c["kind"] == "injured")  # type: ignore[union-attr]
    assert (injured["min"], injured["max"]) == (19, 20)
    assert {c["doc_id"] for c in injured["claims"]} == {"a", "b"}


def test_store_never_merges_another_day_and_place(store: EventStore) -> None:
    store.add([_doc(REPORT_A, "a"), _doc(OTHER, "c", "2021-03-31")])
    for event in _assaults(store):
        assert len({m["doc_id"] for m in event["mentions"]}) == 1  # type: ignore[union-attr]


# A follow-up the next day that does not repeat the date: blocked by its publication day.
FOLLOW_UP = (
    "Polisi masih menyelidiki pelaku ledakan bom bunuh diri di gerbang Gereja Katedral Makassar, Sulawesi "
    "Selatan. Kapolda Sulawesi Selatan menyebut 20 orang terluka akibat ledakan bom di gereja itu."
)


def test_store_an_undated_follow_up_joins_the_dated_event_of_its_week(store: EventStore) -> None:
    store.add([_doc(REPORT_A, "a"), _doc(FOLLOW_UP, "f", "2021-03-29")])
    docs = [{m["doc_id"] for m in e["mentions"]} for e in _assaults(store)]  # type: ignore[union-attr]
    assert {"a", "f"} in docs


def test_store_an_undated_event_first_is_found_by_the_dated_report_after_it(store: EventStore) -> None:
    store.add([_doc(FOLLOW_UP, "f", "2021-03-29"), _doc(REPORT_A, "a")])
    docs = [{m["doc_id"] for m in e["mentions"]} for e in _assaults(store)]  # type: ignore[union-attr]
    assert {"a", "f"} in docs
    dated = next(e for e in _assaults(store) if "a" in {m["doc_id"] for m in e["mentions"]})  # type: ignore[union-attr]
    assert dated["date"]["start"].startswith("2021-03-2")  # type: ignore[index]


def test_store_a_store_of_the_first_schema_version_opens_and_is_migrated(tmp_path: Path) -> None:
    from importlib import resources

    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, inspect

    db = tmp_path / "old.sqlite"
    config = Config()
    config.set_main_option("script_location", str(resources.files("peristiwa.store") / "migrations"))
    engine = create_engine(f"sqlite:///{db}")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0001")
    assert "block_day" not in {c["name"] for c in inspect(engine).get_columns("merged_events")}
    store = EventStore(str(db))
    store.add([_doc(REPORT_A, "a"), _doc(REPORT_B, "b")])
    assert "block_day" in {c["name"] for c in inspect(engine).get_columns("merged_events")}
    assert any(len(e["mentions"]) == 2 for e in _assaults(store))  # type: ignore[arg-type]


def test_store_adding_the_same_documents_again_changes_nothing(store: EventStore) -> None:
    docs = [_doc(REPORT_A, "a"), _doc(REPORT_B, "b")]
    store.add(docs)
    before = (store.counts(), list(store.events()))
    report = store.add(docs)
    assert report.unchanged == 2 and report.added == 0
    assert (store.counts(), list(store.events())) == before


def test_store_a_changed_text_replaces_its_events(store: EventStore) -> None:
    store.add([_doc(REPORT_A, "a"), _doc(REPORT_B, "b")])
    report = store.add([_doc(OTHER, "b", "2021-03-31")])
    assert report.replaced == 1
    docs_by_event = [{m["doc_id"] for m in e["mentions"]} for e in _assaults(store)]  # type: ignore[union-attr]
    assert {"a", "b"} not in docs_by_event and sum("b" in d for d in docs_by_event) >= 1


def test_store_explains_each_merge(store: EventStore) -> None:
    store.add([_doc(REPORT_A, "a"), _doc(REPORT_B, "b")])
    merged = next(e for e in _assaults(store) if e["n_documents"] == 2)
    report = store.explain(str(merged["event_id"]))
    joined = [m for m in report["mentions"] if m["score"] is not None]
    assert joined and joined[0]["how"]["compared"][0]["parts"]["date"] == 1.0
    with pytest.raises(StoreError):
        store.explain("ev-999999")


def test_store_a_failure_midway_leaves_whole_documents_and_a_rerun_completes(
    store: EventStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peristiwa.store import core

    docs = [_doc(REPORT_A, "a"), _doc(REPORT_B, "b"), _doc(OTHER, "c", "2021-03-31")]
    original = core.EventStore._refresh
    calls = {"n": 0}

    def dying(self: EventStore, conn: object, merged: int) -> None:
        calls["n"] += 1
        if calls["n"] == 3:  # inside the second document's transaction
            raise KeyboardInterrupt("killed")
        original(self, conn, merged)  # type: ignore[arg-type]

    monkeypatch.setattr(core.EventStore, "_refresh", dying)
    with pytest.raises(KeyboardInterrupt):
        store.add(docs)
    monkeypatch.setattr(core.EventStore, "_refresh", original)
    kept = store.counts()
    assert kept["documents"] == 1  # the first document whole, the second not at all
    store.add(docs)
    again = EventStore(str(store.engine.url.database))
    assert again.counts()["documents"] == 3


def test_store_aggregates_by_day_and_type(store: EventStore) -> None:
    store.add([_doc(REPORT_A, "a"), _doc(OTHER, "c", "2021-03-31")])
    days = dict(store.stats("day"))
    assert days.get("2021-03-28", 0) >= 1 and days.get("2021-03-31", 0) >= 1
    assert dict(store.stats("type"))["ASSAULT"] >= 2
    with pytest.raises(StoreError):
        store.stats("decade")


@pytest.mark.skipif("PERISTIWA_TEST_PG_URL" not in os.environ, reason="no PostgreSQL server (.ci/run starts one)")
def test_store_postgresql_holds_the_same_merged_events_as_sqlite(store: EventStore) -> None:
    from sqlalchemy import text

    pg = EventStore(os.environ["PERISTIWA_TEST_PG_URL"])
    with pg.engine.begin() as conn:
        conn.execute(text("TRUNCATE mentions, merged_events, documents RESTART IDENTITY CASCADE"))
    docs = [_doc(REPORT_A, "a"), _doc(REPORT_B, "b"), _doc(OTHER, "c", "2021-03-31")]
    store.add(docs)
    pg.add(docs)
    assert list(pg.events()) == list(store.events())


def test_store_http_adds_documents_and_lists_merged_events(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from peristiwa.serve import Settings, create_app

    app = create_app(settings=Settings(store=str(tmp_path / "http.sqlite")))
    with TestClient(app) as client:
        body = {
            "documents": [
                {"id": "a", "text": REPORT_A, "reference_time": "2021-03-28"},
                {"id": "b", "text": REPORT_B, "reference_time": "2021-03-28"},
                {"id": "bad", "text": ""},
            ]
        }
        added = client.post("/store/documents", json=body).json()
        assert added["added"] == 2 and len(added["errors"]) == 1
        events = client.get("/store/events", params={"type": "ASSAULT"}).json()
        assert any(e["n_documents"] == 2 for e in events)
        page = client.get("/store")
        assert page.status_code == 200 and "Katedral" not in page.text.split("<table>")[0]


def test_store_add_on_dask_gives_the_merged_events_of_a_local_run(tmp_path: Path) -> None:
    import json

    from typer.testing import CliRunner

    from peristiwa.cli import EXIT_PARTIAL, app

    pytest.importorskip("distributed")
    lines = [
        {"id": "a", "text": REPORT_A, "reference_time": "2021-03-28"},
        {"id": "b", "text": REPORT_B, "reference_time": "2021-03-28"},
        {"id": "broken", "text": "Polisi menangkap\ud800 dua orang.", "reference_time": "2021-03-28"},
        {"id": "c", "text": OTHER, "reference_time": "2021-03-31"},
        {"id": "f", "text": FOLLOW_UP, "reference_time": "2021-03-29"},
    ]
    source = tmp_path / "docs.jsonl"
    source.write_text("\n".join(json.dumps(r) for r in lines) + "\n", encoding="utf-8")
    runner = CliRunner()
    merged = {}
    for engine in ("local", "dask"):
        db = str(tmp_path / f"{engine}.sqlite")
        args = ["store", "add", str(source), "--db", db, "--engine", engine, "--batch-size", "2", "-j", "2"]
        result = runner.invoke(app, args)
        assert result.exit_code == EXIT_PARTIAL, result.output  # done, the broken document skipped
        merged[engine] = [
            sorted((m["doc_id"], m["event_type"]) for m in e["mentions"]) for e in EventStore(db).events()
        ]
        assert EventStore(db).counts()["documents"] == 4
    assert merged["dask"] == merged["local"]


def test_store_an_attack_and_the_reply_with_the_sides_swapped_are_not_merged() -> None:
    from peristiwa.store.merge import THRESHOLD, compare

    def features(actors: list[str], recipients: list[str]) -> dict[str, object]:
        return {
            "type": "ASSAULT",
            "day": "2025-06-13",
            "precision": "day",
            "reference_day": "2025-06-14",
            "country": None,
            "places": [],
            "parties": sorted({*actors, *recipients}),
            "actors": actors,
            "recipients": recipients,
            "words": ["serangan", "rudal", "teheran", "israel", "iran", "balasan"],
        }

    attack = features(["ISR/MIL"], ["IRN/MIL"])
    same = compare(features(["ISR/MIL"], ["IRN/MIL"]), [attack], {"a"}, "b")
    reply = compare(features(["IRN/MIL"], ["ISR/MIL"]), [attack], {"a"}, "b")
    assert same.score >= THRESHOLD > reply.score
