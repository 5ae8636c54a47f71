"""Shared fixtures: the project's shared folder (dev gold, corpus) and the example text."""

from __future__ import annotations

import os
from pathlib import Path

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
