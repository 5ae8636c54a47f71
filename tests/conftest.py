"""Shared fixtures: the project's shared folder (dev gold, corpus) and the example text."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PERISTIWA_SHARED", ROOT.parent / "shared"))
GOLD_DEV = SHARED / "gold" / "dev"
EXAMPLE = ROOT / "examples" / "contoh-berita.txt"


@pytest.fixture(scope="session")
def gold_dev() -> Path:
    if not (GOLD_DEV / "baghdad-embassy-2019.txt").is_file():
        pytest.skip(f"dev gold not found at {GOLD_DEV} (set PERISTIWA_SHARED)")
    return GOLD_DEV


@pytest.fixture(scope="session")
def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def shared_corpus() -> Path:
    if not (SHARED / "corpus" / "kompas-2025" / "articles.jsonl").is_file():
        pytest.skip(f"the text corpus is not at {SHARED / 'corpus'} (set PERISTIWA_SHARED)")
    return SHARED


def rule_events(text: str, *, reference_time: str | None = None) -> list[Any]:
    """The events the rules find in `text` (the learned judge off), negated ones left out:
    the tests of the rule stages look at what the rules propose."""
    from peristiwa.api import to_document
    from peristiwa.ingest import Record, parse_reference_time
    from peristiwa.pipeline import load_pipeline

    nlp = load_pipeline(use_judge=False)
    record = Record(id="doc", text=text, reference_time=parse_reference_time(reference_time))
    doc = nlp.make_doc(text)
    doc._.doc_id = record.id
    doc._.reference_time = record.reference_time
    return [e for e in to_document(nlp(doc), record).events if not e.negated]


def reported(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of the mentions the trigger rules report in `text` as acts that happened (or
    threats and promises made): negated mentions and mentions that are the content of another (a plan,
    a topic, a kind of act) left out."""
    from peristiwa.events.detect import find_mentions
    from peristiwa.segment import segment

    return [(m.event_type, m.trigger.text) for m in find_mentions(text, segment(text)) if not (m.negated or m.content)]


def reported_done(text: str) -> list[tuple[str, str]]:
    """(type, trigger) of the mentions told as done: as `reported`, and acts still to come ("pertemuan
    bulan depan", "yang akan") left out too."""
    from peristiwa.events.detect import find_mentions
    from peristiwa.segment import segment

    return [
        (m.event_type, m.trigger.text)
        for m in find_mentions(text, segment(text))
        if not (m.negated or m.content or m.future)
    ]


def store_and_score(gold: Path, shared: Path, tmp_path: Path) -> dict[str, Any]:
    """`gold/documents.jsonl` added to a fresh store with `peristiwa store add`, its merged events
    scored against `gold/clusters.json` by the reference scorer (`score_clusters.py --json`)."""
    import json
    import subprocess
    import sys

    from typer.testing import CliRunner

    from peristiwa.cli import app

    runner = CliRunner()
    db = str(tmp_path / "events.sqlite")
    added = runner.invoke(app, ["store", "add", str(gold / "documents.jsonl"), "--db", db])
    assert added.exit_code == 0, added.output
    merged = tmp_path / "merged.jsonl"
    assert runner.invoke(app, ["store", "events", "--db", db, "-o", str(merged)]).exit_code == 0
    scorer = shared / "tools" / "score_clusters.py"
    out = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(gold / "clusters.json"), str(merged), "--json"],
        capture_output=True,
        check=True,
        text=True,
    )
    report: dict[str, Any] = json.loads(out.stdout)
    return report
