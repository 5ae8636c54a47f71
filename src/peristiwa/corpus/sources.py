"""Joining the committed annotations with the texts they annotate."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError

#: sources of the corpus, as named in ``corpus/draw.json`` and its folders
SOURCES = ("kompas", "wikipedia", "leipzig")


@dataclass(slots=True)
class CorpusDoc:
    """One annotated text: a document, or a single sentence of the Leipzig sample."""

    source: str
    doc_id: str
    text: str
    reference_time: str | None
    gold: dict[str, Any]
    #: sentence annotations only: the mentions that are not actual events (plans, negations…)
    non_events: list[dict[str, Any]] = field(default_factory=list)

    @property
    def sha1(self) -> str:
        return hashlib.sha1(self.text.encode("utf-8")).hexdigest()


def kompas_texts(shared: Path) -> dict[str, dict[str, Any]]:
    path = shared / "corpus/kompas-2025/articles.jsonl"
    with path.open(encoding="utf-8") as lines:
        records = (json.loads(ln) for ln in lines if ln.strip())
        return {r["id"]: r for r in records}


def wikipedia_text(shared: Path, doc_id: str) -> str:
    number = doc_id.removeprefix("wiki-")
    found = sorted((shared / "corpus/indocoref/passages").glob(f"{number}-*.txt"))
    if not found:
        raise InputError(doc_id, "no Wikipedia passage with that number in ../shared/corpus/indocoref")
    return found[0].read_text(encoding="utf-8")


def leipzig_sentences(shared: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    with (shared / "corpus/leipzig-ind-news-2008/sentences.txt").open(encoding="utf-8") as lines:
        for ln in lines:
            number, _, sentence = ln.rstrip("\n").partition(" ")
            out[f"leipzig-{number}"] = sentence
    return out


def _gold_files(folder: Path) -> Iterator[tuple[str, dict[str, Any]]]:
    for path in sorted(folder.glob("*.gold.json")):
        try:
            gold = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as err:
            raise InputError(str(path), f"not JSON ({err})") from err
        yield path.name.removesuffix(".gold.json"), gold


def sentence_gold(doc_id: str, record: dict[str, Any]) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A sentence annotation as a gold file: its actual mentions are the events (the trigger
    is the evidence); the rest are kept apart as non-events."""
    events: list[dict[str, Any]] = []
    non_events: list[dict[str, Any]] = []
    for mention in record.get("events", []):
        if mention.get("realis", "actual") != "actual":
            non_events.append(mention)
            continue
        event: dict[str, Any] = {"id": f"g{len(events) + 1}", "type": mention["type"]}
        event["mode"] = mention.get("mode") or []
        event["evidence"] = [mention["trigger"]]
        for key in ("actor", "recipient", "date", "optional", "killed", "injured", "arrested", "locations", "sources"):
            if mention.get(key) not in (None, {}, []):
                event[key] = mention[key]
        events.append(event)
    return {"doc": f"{doc_id}.txt", "reference_time": None, "events": events}, non_events


def load(shared: Path, annotations: Path, *, second: bool = False) -> list[CorpusDoc]:
    """Every annotated text of the corpus, joined with its annotation.

    `annotations` is the repository's ``corpus/`` folder; `shared` the folder beside the
    project that holds ``corpus/``. With `second`, the second annotations of the agreement
    study (``corpus/agreement/second``) are loaded instead of the final gold."""
    docs: list[CorpusDoc] = []
    kompas = kompas_texts(shared)
    folder = annotations / "agreement/second" if second else annotations / "kompas"
    for name, gold in _gold_files(folder):
        record = kompas.get(name)
        if record is None:
            raise InputError(name, "annotated, but not an article of ../shared/corpus/kompas-2025")
        docs.append(CorpusDoc("kompas", name, record["text"], record.get("reference_time"), gold))
    if second:
        return docs
    for name, gold in _gold_files(annotations / "wikipedia"):
        docs.append(CorpusDoc("wikipedia", name, wikipedia_text(shared, name), None, gold))
    sentences = leipzig_sentences(shared)
    for path in sorted((annotations / "leipzig").glob("*.jsonl")):
        for number, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not ln.strip():
                continue
            try:
                record = json.loads(ln)
            except json.JSONDecodeError as err:
                raise InputError(f"{path}:{number}", f"not JSON ({err})") from err
            text = sentences.get(record.get("id", ""))
            if text is None:
                raise InputError(f"{path}:{number}", f"unknown sentence id {record.get('id')!r}")
            gold, non_events = sentence_gold(record["id"], record)
            docs.append(CorpusDoc("leipzig", record["id"], text, None, gold, non_events))
    return docs
