"""The `peristiwa/1` document writers: JSONL (one document a line) and a JSON array."""

from __future__ import annotations

import json
from typing import IO

from ..document import Document


class JsonlWriter:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, document: Document) -> None:
        self.stream.write(json.dumps(document.to_json(), ensure_ascii=False) + "\n")


class JsonArray:
    """A JSON array written one item at a time, between an opening and a closing text."""

    def __init__(self, stream: IO[str], opening: str, closing: str) -> None:
        self.stream = stream
        self.closing = closing
        self.count = 0
        stream.write(opening)

    def add(self, item: object) -> None:
        self.stream.write(("," if self.count else "") + "\n" + json.dumps(item, ensure_ascii=False))
        self.count += 1

    def close(self) -> None:
        self.stream.write(self.closing)


class JsonWriter:
    """A JSON array of documents, written incrementally."""

    def __init__(self, stream: IO[str]) -> None:
        self.array = JsonArray(stream, "[", "\n]\n")

    def write(self, document: Document) -> None:
        self.array.add(document.to_json())

    def close(self) -> None:
        self.array.close()
