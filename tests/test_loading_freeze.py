"""The first document's pipeline and tables are kept out of later full collections (`gc.freeze`),
once per process."""

from __future__ import annotations

import gc

import pytest

from peristiwa import api


def test_the_first_document_freezes_what_it_built(monkeypatch: pytest.MonkeyPatch) -> None:
    gc.unfreeze()
    monkeypatch.setattr(api, "_warm", False)
    tables = api._first(lambda n: [{"kata": [i]} for i in range(n)], 1000)
    assert api._warm
    assert gc.get_freeze_count() >= len(tables)
    gc.unfreeze()


def test_later_documents_freeze_nothing() -> None:
    gc.unfreeze()
    api.extract("Polisi menangkap dua orang di Surabaya pada Selasa.")  # warm after this
    gc.unfreeze()
    api.extract("Warga memprotes kenaikan harga di Bandung.")
    assert gc.get_freeze_count() == 0
